//! The fuzz targets' checks ([`entretien::fuzz_checks`]) on every seed file,
//! in the ordinary test suite: a target that fails on a shipped file fails
//! here, without a nightly compiler or a fuzzing run (issue 23).
//!
//! - `load_check_play`: `scenarios/*.ron`, `docs/template.ron` and
//!   `tests/fixtures/**/*.ron`, each as it is and with a few driver bytes
//!   after a NUL (other seeds, the three modes, other answers).
//! - The data-file targets: files written here as the app writes them, by
//!   playing the built-in scenarios and the template (interviews left at
//!   several points, a narration beat among them; workshops with votes in
//!   progress; finished interviews in the history, and a record in the
//!   format written before full records), the resource files, settings.
//! - `audio_head`: tiny WAVs written here (mono, stereo, one sample), the
//!   smallest shipped OGG, and the same damaged (truncated, a flipped byte,
//!   sizes that lie, a sample rate of 0, empty).
//!
//! With `ENTRETIEN_FUZZ_CORPUS=fuzz/corpus`, each target's seeds are also
//! written to `fuzz/corpus/<target>/`, to start a fuzzing run from them
//! (fuzz/README.md).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use entretien::engine::{Mode, Next, Session, Workshop};
use entretien::fuzz_checks;
use entretien::scenario::library::BUILTIN;
use entretien::scenario::{Lang, Outcome, Scenario};
use entretien::store::{Attempt, SavedRuns, SavedWorkshops, Settings, saved_key};
use ron::ser::PrettyConfig;
use serde::Serialize;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The `-max_len` that fuzz/README.md gives libFuzzer, which cuts a longer
/// seed: every scenario seed must fit whole.
const MAX_LEN: usize = 384 * 1024;

/// A seed: its file name in the corpus, and its bytes.
type Seed = (String, Vec<u8>);

/// Writes the seeds to the corpus when asked, then checks them.
fn run(target: &str, check: fn(&[u8]), seeds: &[Seed]) {
    if let Some(dir) = std::env::var_os("ENTRETIEN_FUZZ_CORPUS") {
        let dir = Path::new(&dir).join(target);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in seeds {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
    }
    check_all(target, check, seeds);
}

/// Runs `check` on every seed and names every seed it fails on.
fn check_all(target: &str, check: fn(&[u8]), seeds: &[Seed]) {
    assert!(!seeds.is_empty(), "{target}: no seed");
    let failed: Vec<&str> = (seeds.iter())
        .filter(|(_, bytes)| catch_unwind(AssertUnwindSafe(|| check(bytes))).is_err())
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        failed.is_empty(),
        "{target} fails on {failed:?} (the panics are above)"
    );
}

/// The `.ron` files under `dir`, sorted, sub-folders included when `deep`.
fn ron_files(dir: &Path, deep: bool, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = (std::fs::read_dir(dir).unwrap())
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if deep {
                ron_files(&path, deep, out);
            }
        } else if path.extension().is_some_and(|e| e == "ron") {
            out.push(path);
        }
    }
}

/// Files as seeds, named by their path (`tests-fixtures-invalid-empty.ron`).
fn file_seeds(paths: &[PathBuf]) -> Vec<Seed> {
    (paths.iter())
        .map(|p| {
            let relative = p.strip_prefix(ROOT).unwrap().to_string_lossy();
            (relative.replace('/', "-"), std::fs::read(p).unwrap())
        })
        .collect()
}

#[test]
fn load_check_play_passes_on_every_shipped_scenario_and_fixture() {
    let root = Path::new(ROOT);
    let mut paths = vec![root.join("docs/template.ron")];
    ron_files(&root.join("scenarios"), false, &mut paths);
    ron_files(&root.join("tests/fixtures"), true, &mut paths);
    let files = file_seeds(&paths);
    assert!(files.len() > 60, "{} files", files.len());
    for (name, bytes) in &files {
        assert!(
            bytes.len() <= MAX_LEN,
            "{name}: raise -max_len in fuzz/README.md"
        );
    }
    run("load_check_play", fuzz_checks::load_check_play, &files);
    // The same files played again: after a NUL, a driver byte picks the
    // mode and reseeds the run (the rest of the drive comes from a hash).
    let driven: Vec<Seed> = (files.iter())
        .flat_map(|(name, bytes)| {
            (0..8u8).map(move |k| {
                let mut input = bytes.clone();
                input.extend([0, 0xF8 | k]);
                (format!("{name}+{k}"), input)
            })
        })
        .collect();
    check_all("load_check_play", fuzz_checks::load_check_play, &driven);
}

/// The built-in scenarios and the template, as the data-file targets find
/// them: every one of them plays.
fn scenarios() -> &'static [Scenario] {
    let all = fuzz_checks::scenarios();
    assert_eq!(
        all.len(),
        BUILTIN.len() + 1,
        "a shipped scenario does not play"
    );
    all
}

/// A text as the store writes it.
fn pretty(value: &(impl Serialize + ?Sized)) -> Vec<u8> {
    ron::ser::to_string_pretty(value, PrettyConfig::default())
        .unwrap()
        .into_bytes()
}

/// An interview played `steps` steps (or to its end), answer `seed + n`
/// among those offered at step `n`; the times are made up.
fn played(s: &Scenario, seed: u64, mode: Mode, steps: usize) -> Session {
    let mut session = Session::new(s, seed, mode, Lang::Fr, 1_700_000_000_000);
    let mut offers = Vec::new();
    for n in 0..steps {
        if session.run.available_choices(s, &mut offers).is_none() {
            break;
        }
        let pick = offers[(seed as usize + n) % offers.len()];
        let now = 1_700_000_000_000 + 4_000 * (n as u64 + 1);
        session.choose(s, pick, now).unwrap();
    }
    session
}

/// The interview stopped on its first narration beat, if it meets one.
fn at_narration(s: &Scenario, seed: u64) -> Option<Session> {
    (0..60)
        .map(|n| played(s, seed, Mode::Practice, n))
        .find(|session| {
            let beat = session.run.beat();
            beat.is_some_and(|b| s.beat(b).choices.iter().any(|c| c.continues))
        })
}

#[test]
fn saved_run_passes_on_interviews_left_at_every_point() {
    let mut seeds: Vec<Seed> = vec![("empty.ron".into(), b"{}".to_vec())];
    for s in scenarios() {
        let mut runs = SavedRuns::new();
        for (seed, steps) in [(1, 0), (2, 3), (3, 8), (4, 200)] {
            let session = played(s, seed, Mode::Practice, steps);
            runs.insert(saved_key(&session), session);
        }
        runs.extend(at_narration(s, 5).map(|session| (saved_key(&session), session)));
        let assessed = played(s, 6, Mode::Assessment, 5);
        runs.insert(saved_key(&assessed), assessed);
        let text = pretty(&runs);
        // The same file with one step moved to a beat that does not exist.
        let damaged = String::from_utf8(text.clone())
            .unwrap()
            .replacen("beat: ", "beat: 9999", 1);
        seeds.push((format!("{}.ron", s.meta.id), text));
        seeds.push((format!("{}-damaged.ron", s.meta.id), damaged.into_bytes()));
    }
    run("saved_run", fuzz_checks::saved_run, &seeds);
}

/// A workshop after `decisions` decisions of the room (votes, reveal,
/// next), one taken back, and votes in progress at the beat on screen.
fn workshop(s: &Scenario, seed: u64, decisions: usize) -> Workshop {
    let mut w = Workshop::new(s, seed, Lang::Fr, 1_700_000_000_000);
    let mut now = 1_700_000_000_000;
    while w.decisions().len() < decisions {
        now += 30_000;
        w.vote(w.decisions().len() % w.votes().len().max(1), 3);
        w.vote(0, 1);
        if w.next(s, now).unwrap() == Next::Over {
            break;
        }
    }
    if w.can_back() {
        w.back(s, now + 1_000).unwrap();
    }
    w.vote(0, 2);
    w.set_revealed(true);
    w
}

#[test]
fn saved_workshops_passes_on_workshops_left_with_votes() {
    let mut seeds: Vec<Seed> = vec![("empty.ron".into(), b"{}".to_vec())];
    for s in scenarios() {
        let mut saved = SavedWorkshops::new();
        saved.insert(s.meta.id.clone(), workshop(s, 7, 4));
        seeds.push((format!("{}.ron", s.meta.id), pretty(&saved)));
        saved.insert(s.meta.id.clone(), workshop(s, 8, 40));
        seeds.push((format!("{}-late.ron", s.meta.id), pretty(&saved)));
    }
    run("saved_workshops", fuzz_checks::saved_workshops, &seeds);
}

/// A history record as written before records were full.
#[derive(Serialize)]
struct Older<'a> {
    scenario: &'a str,
    version: u32,
    mode: Mode,
    finished_secs: u64,
    ending: &'a str,
    outcome: Outcome,
    scores: [Option<u8>; 5],
    recommended_share: Option<f32>,
}

#[test]
fn history_passes_on_finished_interviews() {
    let mut attempts = Vec::new();
    for s in scenarios() {
        for (seed, mode) in [
            (1, Mode::Practice),
            (2, Mode::Assessment),
            (3, Mode::Workshop),
        ] {
            let session = played(s, seed, mode, 400);
            let db = session.run.debrief(s).expect("a shipped scenario ends");
            attempts.push(Attempt::new(&session, s, &db, 1_700_000_900));
        }
    }
    // The format written before full records: no seed, language, start,
    // decisions or checkpoints.
    let older: Vec<Older> = (attempts.iter())
        .map(|a| Older {
            scenario: &a.scenario,
            version: a.version,
            mode: a.mode,
            finished_secs: a.finished_secs,
            ending: &a.ending,
            outcome: a.outcome,
            scores: a.scores,
            recommended_share: a.recommended_share,
        })
        .collect();
    let seeds: Vec<Seed> = vec![
        ("empty.ron".into(), b"[]".to_vec()),
        ("finished.ron".into(), pretty(&attempts)),
        ("older.ron".into(), pretty(&older)),
    ];
    run("history", fuzz_checks::history, &seeds);
    // The pending file holds the same records; one kept twice (two
    // windows set the same attempt aside) is read once.
    let twice: Vec<Attempt> = attempts.iter().chain(&attempts[..1]).cloned().collect();
    let pending: Vec<Seed> = vec![
        ("empty.ron".into(), b"[]".to_vec()),
        ("finished.ron".into(), pretty(&attempts)),
        ("twice.ron".into(), pretty(&twice)),
    ];
    run("pending_attempts", fuzz_checks::pending_attempts, &pending);
}

#[test]
fn settings_passes_on_written_and_hand_edited_settings() {
    let seeds: Vec<Seed> = vec![
        ("default.ron".into(), pretty(&Settings::default())),
        (
            "hand-edited.ron".into(),
            b"(lang: En, text_scale: 9.5, volume: -3.0, room_text_scale: NaN, theme: Dark)"
                .to_vec(),
        ),
    ];
    run("settings", fuzz_checks::settings, &seeds);
}

#[test]
fn resource_file_passes_on_the_resource_files() {
    let root = Path::new(ROOT);
    let mut paths = vec![root.join("scenarios/resources.ron")];
    ron_files(&root.join("tests/fixtures/resources"), false, &mut paths);
    run(
        "resource_file",
        fuzz_checks::resource_file,
        &file_seeds(&paths),
    );
}

#[test]
fn audio_head_passes_on_tiny_and_damaged_voices() {
    let tone: Vec<i16> = (0..64).map(|i| (i * 500) as i16).collect();
    let valid: Vec<Seed> = vec![
        ("mono-8k.wav".into(), crate::media::wav(8_000, 1, &tone)),
        ("stereo-44k.wav".into(), crate::media::wav(44_100, 2, &tone)),
        ("one-sample.wav".into(), crate::media::wav(22_050, 1, &[1])),
        (
            "smallest.ogg".into(),
            std::fs::read(
                Path::new(ROOT).join("assets/audio/kelly-foyer/en/ce-soir.securite.reply.ogg"),
            )
            .unwrap(),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in &valid {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let decoded = entretien::audio::decode_guarded(&file);
        assert_eq!(decoded, Ok(()), "{name}: a valid seed must decode");
    }
    let mut seeds = valid.clone();
    for (name, bytes) in &valid {
        seeds.push((format!("half-{name}"), bytes[..bytes.len() / 2].to_vec()));
        seeds.push((
            format!("header-only-{name}"),
            bytes[..bytes.len().min(44)].to_vec(),
        ));
        let mut flipped = bytes.clone();
        flipped[bytes.len() / 3] ^= 0xff;
        seeds.push((format!("flipped-{name}"), flipped));
    }
    let mut lying = crate::media::wav(8_000, 1, &tone);
    lying[40..44].copy_from_slice(&u32::MAX.to_le_bytes()); // data size
    seeds.extend([
        ("zero-rate.wav".into(), crate::media::zero_rate_wav()),
        ("no-channels.wav".into(), crate::media::wav(8_000, 0, &tone)),
        ("lying-size.wav".into(), lying),
        ("empty".into(), Vec::new()),
    ]);
    run("audio_head", fuzz_checks::audio_head, &seeds);
}
