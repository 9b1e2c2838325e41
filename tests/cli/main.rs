//! The `entretien` binary end to end: `check`, `play` (`--save`,
//! `--from`), `simulate`, `graph`, `voice-script`, `history`, on fixtures
//! and the built-ins, and the program copied elsewhere.
//!
//! Never run the binary without a subcommand here: that opens the window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../common/cli.rs"]
mod cli;
#[path = "../common/media.rs"]
mod media;

mod assets_at_run_time;
mod check;
mod fork;
mod fork_errors;
mod format_rules;
mod history;
mod play;
mod report;
mod safety;
mod simulate;
mod voice_script;
