//! What a finished attempt teaches beyond its debrief: the young person's
//! side of each answer ([`Moment`]), a run played on from one of its
//! decisions and set beside the first ([`Comparison`]), and a run rebuilt
//! from the history's record of it ([`Session::from_records`]).
//!
//! [`Session::from_records`]: super::Session::from_records

mod compare;
mod perspective;
mod replay;

pub use compare::{CheckpointPair, Comparison, PointDelta};
pub use perspective::{Moment, Stake};
pub use replay::ReplayError;
