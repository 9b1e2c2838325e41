//! Media files for the tests of sound failures.

/// A 16-bit PCM WAV of `samples` (interleaved when `channels` > 1) at
/// `rate_hz`, its header as the format gives it.
pub fn wav(rate_hz: u32, channels: u16, samples: &[i16]) -> Vec<u8> {
    let data: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
    let block_align = channels * 2;
    let mut w = Vec::new();
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes()); // PCM
    w.extend_from_slice(&channels.to_le_bytes());
    w.extend_from_slice(&rate_hz.to_le_bytes());
    w.extend_from_slice(&(rate_hz * u32::from(block_align)).to_le_bytes());
    w.extend_from_slice(&block_align.to_le_bytes());
    w.extend_from_slice(&16u16.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&(data.len() as u32).to_le_bytes());
    w.extend_from_slice(&data);
    w
}

/// A WAV whose header says 0 samples a second (symphonia panicked on it:
/// "TimeBase cannot have 0 numerator or denominator").
pub fn zero_rate_wav() -> Vec<u8> {
    wav(0, 1, &[0, 0])
}
