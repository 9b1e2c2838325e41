//! Entretien: an interview role-play simulator for professionals who may meet
//! an adolescent exploited by a proxénète d'adolescents.
//!
//! Layers: [`scenario`] (model, loading, checking) → [`engine`] (a run, its
//! scoring and debrief) → [`app`] (egui screens), beside [`audio`] and [`cli`].
//! `scenario` and `engine` never import egui, rodio or clap.

pub mod app;
pub mod assets;
pub mod audio;
pub mod cli;
pub mod engine;
pub mod fuzz_checks;
pub mod i18n;
pub mod limits;
pub mod scenario;
pub mod store;
pub mod synth;
