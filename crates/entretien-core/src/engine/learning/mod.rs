//! What a finished attempt teaches beyond its debrief: the young person's
//! side of each answer ([`Moment`]), a run played on from one of its
//! decisions and set beside the first ([`Comparison`]), and a run rebuilt
//! from the history's record of it ([`Session::from_records`]).
//!
//! [`Session::from_records`]: super::Session::from_records

mod compare;
mod perspective;
mod reach;
mod replay;

pub use compare::{CheckpointPair, Comparison, PointDelta};
pub use perspective::{Moment, Stake};
pub use reach::StepReach;
pub use replay::ReplayError;

use crate::engine::Profile;
use crate::engine::simulate::{Plan, Policy, play};
use crate::scenario::Scenario;

/// The profile good practice reaches on `scenario`: a run that takes a
/// recommended answer at every decision (the simulator's `best` policy,
/// seed 0). The radar draws an attempt over it; the best answers of a
/// scenario need not reach 100 on every point.
pub fn good_practice_profile(scenario: &Scenario) -> Profile {
    play(scenario, &Plan::of(Policy::Best), 0, &[])
        .run
        .profile(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::template;

    #[test]
    fn good_practice_scores_at_least_any_other_policy() {
        let s = template();
        let best = good_practice_profile(&s);
        let worst = play(&s, &Plan::of(Policy::Worst), 0, &[]).run.profile(&s);
        let sum = |p: &Profile| {
            p.points
                .iter()
                .filter_map(|p| p.score)
                .map(u32::from)
                .sum::<u32>()
        };
        assert!(sum(&best) > sum(&worst), "{best:?} {worst:?}");
    }
}
