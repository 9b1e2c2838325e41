//! The engine and the checker as a library: runs, debriefs, golden
//! transcripts, the pedagogical audit, properties, the fuzzers' seeds and
//! the typography of every text, the built-in voice files, the xAPI export
//! against the specification's rules.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../common/cli.rs"]
mod cli;
#[path = "../common/media.rs"]
mod media;
#[path = "../common/xapi_rules/mod.rs"]
mod xapi_rules;

mod audit;
mod debrief_truth;
mod fuzz_seeds;
mod golden;
mod properties;
mod reports;
mod run;
mod typography;
mod voice_files;
mod xapi;
