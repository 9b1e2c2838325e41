//! Media files for the tests of sound failures.

/// A WAV whose header says 0 samples a second (symphonia panicked on it:
/// "TimeBase cannot have 0 numerator or denominator").
pub fn zero_rate_wav() -> Vec<u8> {
    let mut w = Vec::new();
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&40u32.to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes()); // PCM
    w.extend_from_slice(&1u16.to_le_bytes()); // mono
    w.extend_from_slice(&0u32.to_le_bytes()); // 0 Hz
    w.extend_from_slice(&0u32.to_le_bytes());
    w.extend_from_slice(&2u16.to_le_bytes());
    w.extend_from_slice(&16u16.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&4u32.to_le_bytes());
    w.extend_from_slice(&[0, 0, 0, 0]);
    w
}
