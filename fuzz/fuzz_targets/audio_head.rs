//! A voice or ambience file, decoded at its head as `check` and the sound
//! thread do. The checks live in the library,
//! [`entretien::fuzz_checks::audio_head`], so that `cargo test` runs them on
//! every seed file too (`tests/fuzz_seeds.rs`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| entretien::fuzz_checks::audio_head(data));
