//! The unfinished-interviews file (`unfinished.ron`). The checks live in the library,
//! [`entretien::fuzz_checks::saved_run`], so that `cargo test` runs them on
//! every seed file too (`tests/fuzz_seeds.rs`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| entretien::fuzz_checks::saved_run(data));
