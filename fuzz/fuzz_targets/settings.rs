//! The settings file (`settings.ron`). The checks live in the library,
//! [`entretien::fuzz_checks::settings`], so that `cargo test` runs them on
//! every seed file too (`tests/fuzz_seeds.rs`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| entretien::fuzz_checks::settings(data));
