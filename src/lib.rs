//! Entretien: an interview role-play simulator for professionals who may meet
//! an adolescent exploited by a proxénète d'adolescents.
//!
//! Layers: [`scenario`] (model, loading, checking) → [`engine`] (a run, its
//! scoring and debrief) → [`app`] (egui screens), beside [`audio`], [`cli`]
//! and [`report`] (documents a session leaves behind).
//! The model and the engine are the crate `entretien-core`, which depends on
//! no UI, sound or command-line crate and never touches the disk, so the
//! compiler keeps the layers; this crate adds what reads files
//! ([`scenario::disk`], [`scenario::library`]) and everything people see.

pub use entretien_core::engine;

/// `0.1.0 (2026-12-07)`: the version and the day it was built, as
/// `entretien --version` and the settings' credits say them.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("ENTRETIEN_BUILD_DATE"),
    ")"
);

pub mod app;
pub mod assets;
pub mod audio;
pub mod cli;
pub mod fuzz_checks;
pub mod i18n;
pub mod limits;
pub mod report;
pub mod scenario;
pub mod store;
pub mod synth;
