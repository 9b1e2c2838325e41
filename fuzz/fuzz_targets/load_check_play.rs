//! A scenario file: checked, then played. The checks live in the library,
//! [`entretien::fuzz_checks::load_check_play`], so that `cargo test` runs them on
//! every seed file too (`tests/fuzz_seeds.rs`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| entretien::fuzz_checks::load_check_play(data));
