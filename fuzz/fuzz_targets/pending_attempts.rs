//! The pending-attempts file (`pending-attempts.ron`). The checks live in
//! the library, [`entretien::fuzz_checks::pending_attempts`], so that
//! `cargo test` runs them on every seed file too (`tests/fuzz_seeds.rs`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| entretien::fuzz_checks::pending_attempts(data));
