//! Scenarios as the app and the command line meet them: everything of the
//! core's [`entretien_core::scenario`] (model, checker, map layout), plus
//! what touches the disk, which the core never does: reading a file within
//! the limits and listing its media folder ([`disk`]), the library of
//! built-in, user and given scenarios ([`library`]), and where the built-in
//! voices and the closing's phrases are found at run time ([`media`]).

pub use entretien_core::scenario::*;

pub mod disk;
pub mod library;
pub mod media;
