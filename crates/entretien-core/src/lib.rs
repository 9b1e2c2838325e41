//! Entretien's core: what a scenario is and what a run of it does, with no
//! screen, sound or disk.
//!
//! Layers: [`scenario`] (model, loading from text, compiling, checking, the
//! map's layout) → [`engine`] (a run, its scoring and debrief, the workshop).
//! This crate depends on no UI, sound or command-line crate and never touches
//! the file system: what it must know of the disk (which voice files exist)
//! comes in as data ([`scenario::model::Assets`]). The app crate reads files,
//! draws screens and plays sound.

#![forbid(unsafe_code)]

pub mod engine;
pub mod limits;
pub mod scenario;
