//! The unfinished-workshops file (`unfinished-workshops.ron`). The checks live in the library,
//! [`entretien::fuzz_checks::saved_workshops`], so that `cargo test` runs them on
//! every seed file too (`tests/fuzz_seeds.rs`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| entretien::fuzz_checks::saved_workshops(data));
