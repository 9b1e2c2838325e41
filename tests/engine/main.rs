//! The engine and the checker as a library: runs, debriefs, golden
//! transcripts, the pedagogical audit, properties, the fuzzers' seeds and
//! the typography of every text, the built-in voice files.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../common/cli.rs"]
mod cli;
#[path = "../common/media.rs"]
mod media;

mod audit;
mod debrief_truth;
mod fuzz_seeds;
mod golden;
mod properties;
mod reports;
mod run;
mod typography;
mod voice_files;
