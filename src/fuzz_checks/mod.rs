//! What the fuzz targets check, kept in the library so that the ordinary
//! test suite runs the same checks.
//!
//! Each function takes one input as `cargo fuzz` hands it over (any bytes)
//! and panics when the input makes the checker, the engine or the store
//! break one of their promises: asserting is the point. The targets in
//! `fuzz/fuzz_targets/` only call them, and `tests/engine/fuzz_seeds.rs` feeds
//! them every seed file (the shipped scenarios, the template, the fixtures,
//! and data files written by playing the built-ins), so that a check that
//! fails on a shipped file fails `cargo test` without a nightly compiler
//! (issue 23: the scenario target asserted "one debrief decision per
//! step", false since format v2's "Continuer", and nobody saw it).
//!
//! Only `scenario`, `engine`, `store`, `i18n` and the audio head decoding
//! are used here: the fuzz crate builds the library without default
//! features, with `decode` alone (rodio's decoders, no sound device).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a fuzz check asserts: an expectation that fails is the finding"
)]

mod audio_head;
mod history;
mod invariants;
mod load_check_play;
mod pending_attempts;
mod resource_file;
mod saved_run;
mod saved_workshops;
mod settings;

use std::sync::OnceLock;

pub use audio_head::audio_head;
pub use history::history;
pub use load_check_play::load_check_play;
pub use pending_attempts::pending_attempts;
pub use resource_file::resource_file;
pub use saved_run::saved_run;
pub use saved_workshops::saved_workshops;
pub use settings::settings;

use crate::scenario::Scenario;
use crate::scenario::check::check_source;
use crate::scenario::library::builtin;
use crate::scenario::load::Limits;

/// The scenarios a saved interview or a history record may name: the
/// built-ins and the template, compiled on first use. The state limit of
/// the scenario target keeps this quick: a scenario compiles the same
/// whether or not its whole graph was explored.
pub fn scenarios() -> &'static [Scenario] {
    static ALL: OnceLock<Vec<Scenario>> = OnceLock::new();
    ALL.get_or_init(|| {
        let limits = Limits {
            max_states: load_check_play::MAX_STATES,
            ..Limits::default()
        };
        let template = check_source(
            include_str!("../../docs/template.ron"),
            "template.ron",
            None,
            &limits,
        );
        builtin(&limits)
            .into_iter()
            .chain([template])
            .filter_map(|r| r.scenario)
            .collect()
    })
}

/// The scenario with this id, as the app finds it.
fn scenario(id: &str) -> Option<&'static Scenario> {
    scenarios().iter().find(|s| s.meta.id == id)
}

/// A data file's input, parsed as the store parses it; `None` for what the
/// app sets aside (not UTF-8, or not parsing).
fn parsed<T>(data: &[u8], parse: fn(&str) -> Result<T, String>) -> Option<T> {
    std::str::from_utf8(data)
        .ok()
        .and_then(|text| parse(text).ok())
}
