//! The voices shipped in `assets/audio` (placeholders made by
//! `scripts/make-voices.sh`, or recordings put in their place): the
//! built-in scenarios find a voice for every line and have no stray file,
//! the closing has every shared phrase, and every file decodes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::path::{Path, PathBuf};

use entretien::engine::Phrase;
use entretien::scenario::library::{BUILTIN, builtin};
use entretien::scenario::load::Limits;
use entretien::scenario::media::builtin_audio;
use entretien::scenario::{Lang, ProblemKind};

/// Every `.ogg` under `dir`, sorted.
#[cfg(feature = "audio")]
fn ogg_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "ogg") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn builtin_scenarios_check_with_no_audio_warning() {
    let reports = builtin(&Limits::default());
    assert_eq!(reports.len(), BUILTIN.len());
    for report in reports {
        let id = report
            .file
            .trim_start_matches("builtin:")
            .trim_end_matches(".ron");
        // Both language folders exist, so that every line is looked for.
        for lang in Lang::ALL {
            let folder = builtin_audio().join(id).join(lang.code());
            assert!(folder.is_dir(), "{} is missing", folder.display());
        }
        let ambience = builtin_audio().join(id).join("ambience.ogg");
        assert!(ambience.is_file(), "{} is missing", ambience.display());
        let audio: Vec<_> = report
            .problems
            .iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    ProblemKind::AudioMissing { .. }
                        | ProblemKind::AudioOrphan { .. }
                        | ProblemKind::MissingAudio { .. }
                )
            })
            .collect();
        assert!(audio.is_empty(), "{id}: {audio:#?}");
        assert!(report.scenario.is_some(), "{id} checks clean");
    }
}

/// The checker does not look at the closing's folder: every phrase has
/// its file in both languages, and nothing else is there.
#[test]
fn the_closing_has_every_phrase_and_nothing_else() {
    for lang in Lang::ALL {
        let folder = builtin_audio().join("closing").join(lang.code());
        let mut expected: Vec<PathBuf> = Phrase::all()
            .into_iter()
            .map(|p| folder.join(format!("{}.ogg", p.stem())))
            .collect();
        expected.sort();
        let found: Vec<PathBuf> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(found, expected);
    }
}

/// Every file decodes with rodio, as the app plays it, and lasts more than
/// zero seconds.
///
/// Decoding all of them (over an hour of sound) takes close to a minute in
/// a debug build, and finding the length through rodio (a seekable file)
/// or seeking to the end doubles the cost of opening. So rodio decodes the
/// first second of each file (the headers, the codebooks, the first
/// pages), and the rest is checked from the Ogg pages themselves
/// ([`ogg_length`]): every page is whole, its checksum is right, the last
/// one ends the stream, and its granule position gives the length.
#[cfg(feature = "audio")]
#[test]
fn every_ogg_decodes_and_lasts() {
    use rodio::{Decoder, Source};
    use std::time::Duration;

    let files = ogg_files(builtin_audio());
    assert!(files.len() > 100, "{} files", files.len());
    for path in files {
        let shown = path.display();
        let bytes = std::fs::read(&path).unwrap();
        let decoder = Decoder::new(std::io::Cursor::new(bytes.clone()))
            .unwrap_or_else(|e| panic!("{shown}: {e}"));
        let rate = decoder.sample_rate().get();
        let per_second = u64::from(rate) * u64::from(decoder.channels().get());
        let known = decoder.total_duration();
        let first = decoder.take(usize::try_from(per_second).unwrap()).count();
        assert!(first > 0, "{shown}: no sample");
        let (granule, header_rate) = ogg_length(&bytes).unwrap_or_else(|e| panic!("{shown}: {e}"));
        assert_eq!(header_rate, rate, "{shown}");
        let length = known.unwrap_or(Duration::from_secs_f64(granule as f64 / f64::from(rate)));
        assert!(length > Duration::ZERO, "{shown}: lasts zero seconds");
        // A file shorter than a second was decoded whole: its samples agree
        // with the headers, within a Vorbis block (the last is not trimmed).
        if granule < u64::from(rate) {
            let said = granule * per_second / u64::from(rate);
            assert!(
                (first as u64).abs_diff(said) <= 2048,
                "{shown}: {first} ≠ {said}"
            );
        }
    }
}

/// Walks the Ogg pages of a Vorbis file: each starts with `OggS`, has a
/// right CRC and is whole; the first holds the Vorbis identification
/// header; the last ends the stream. Returns the last granule position
/// (samples per channel) and the sample rate.
#[cfg(feature = "audio")]
fn ogg_length(bytes: &[u8]) -> Result<(u64, u32), String> {
    let crc_table = ogg_crc_table();
    let mut at = 0;
    let mut last = None;
    let mut rate = None;
    while at < bytes.len() {
        let page = &bytes[at..];
        if page.len() < 27 || &page[..4] != b"OggS" {
            return Err(format!("no page at byte {at}"));
        }
        let segments = usize::from(page[26]);
        let body: usize = page
            .get(27..27 + segments)
            .ok_or("a page header cut short")?
            .iter()
            .map(|&s| usize::from(s))
            .sum();
        let len = 27 + segments + body;
        let page = page
            .get(..len)
            .ok_or(format!("the page at byte {at} is cut short"))?;
        let stored = u32::from_le_bytes(page[22..26].try_into().unwrap());
        if ogg_crc(&crc_table, page) != stored {
            return Err(format!("bad checksum in the page at byte {at}"));
        }
        if at == 0 {
            let id = &page[27 + segments..];
            if id.len() < 16 || &id[..7] != b"\x01vorbis" {
                return Err("not Vorbis".into());
            }
            rate = Some(u32::from_le_bytes(id[12..16].try_into().unwrap()));
        }
        last = Some((page[5], u64::from_le_bytes(page[6..14].try_into().unwrap())));
        at += len;
    }
    match (last, rate) {
        (Some((flags, granule)), Some(rate)) if flags & 4 != 0 => Ok((granule, rate)),
        _ => Err("the stream does not end".into()),
    }
}

/// The Ogg page checksum: CRC-32, polynomial 0x04c11db7, not reflected,
/// over the page with its checksum field as zeros.
#[cfg(feature = "audio")]
fn ogg_crc(table: &[u32], page: &[u8]) -> u32 {
    page.iter().enumerate().fold(0u32, |crc, (i, &b)| {
        let b = if (22..26).contains(&i) { 0 } else { b };
        (crc << 8) ^ table[usize::from((crc >> 24) as u8 ^ b)]
    })
}

#[cfg(feature = "audio")]
fn ogg_crc_table() -> Vec<u32> {
    (0..256u32)
        .map(|i| {
            (0..8).fold(i << 24, |r, _| {
                if r & 0x8000_0000 != 0 {
                    (r << 1) ^ 0x04c1_1db7
                } else {
                    r << 1
                }
            })
        })
        .collect()
}
