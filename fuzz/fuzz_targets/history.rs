//! The history file (`history.ron`). The checks live in the library,
//! [`entretien::fuzz_checks::history`], so that `cargo test` runs them on
//! every seed file too (`tests/fuzz_seeds.rs`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| entretien::fuzz_checks::history(data));
