//! The history as the command line reads it: an interview finished in the
//! app is listed by `entretien history`, and its record replays exactly
//! with `entretien play ID --seed S --choose …`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::cli::entretien;
use entretien::app::state::{AppState, Command, Screen, Setup};
use entretien::engine::View;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::store::{Settings, Store};
use serde_json::Value;

const KELLY: &str = "kelly-foyer";

/// Plays Kelly in the app's state, taking a different answer at each
/// decision (not always the first), until the debrief.
pub(crate) fn finish_an_interview(data: &std::path::Path) {
    let mut state = AppState::new(Setup {
        entries: builtin(&Limits::default()),
        store: Some(Store::new(data)),
        user_scenarios: None,
        settings: Settings::default(),
        seed: 5,
        clock_ms: Box::new(|| 1_764_000_000_000),
    });
    state.handle(Command::OpenBriefing(KELLY.into()));
    state.handle(Command::Start);
    for turn in 0..200usize {
        let Screen::Interview(session) = &state.screen else {
            break;
        };
        let s = state.scenario(KELLY).unwrap();
        let View::Beat { offers, .. } = session.run.view(s) else {
            break;
        };
        let index = offers[turn % offers.len()].index;
        state.handle(Command::Choose(index));
    }
    assert!(matches!(state.screen, Screen::Debrief { .. }));
}

fn history(data: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", data)
        .arg("history")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn an_attempt_saved_by_the_app_replays_exactly_from_history_json() {
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    let (code, stdout) = history(dir.path(), &["--json"]);
    assert_eq!(code, 0);
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let attempt = &doc["attempts"][0];
    assert_eq!(attempt["scenario"], KELLY);
    let id = attempt["id"].as_str().unwrap();
    assert!(
        id.len() == 8 && id.chars().all(|c| c.is_ascii_hexdigit()),
        "{id}"
    );
    let (_, table) = history(dir.path(), &[]);
    assert!(table.lines().nth(1).unwrap().starts_with(id), "{table}");
    let seed = attempt["seed"].as_u64().unwrap().to_string();
    let keys: Vec<&str> = attempt["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["continues"] == false)
        .map(|d| d["choice"].as_str().unwrap())
        .collect();
    assert!(keys.len() >= 3, "{keys:?}");
    let out = entretien()
        .args(["play", KELLY, "--seed", &seed, "--json", "--choose"])
        .arg(keys.join(","))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let replay: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(replay["ending"], attempt["ending"]);
    let scores: Vec<&Value> = replay["debrief"]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["score"])
        .collect();
    let recorded: Vec<&Value> = attempt["scores"].as_array().unwrap().iter().collect();
    assert_eq!(scores, recorded);
    let done: Vec<&Value> = replay["debrief"]["checkpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["done"])
        .collect();
    let recorded: Vec<&Value> = attempt["checkpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["done"])
        .collect();
    assert_eq!(done, recorded);
}

#[test]
fn history_lists_attempts_and_never_moves_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout) = history(dir.path(), &[]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Aucune tentative"), "{stdout}");
    finish_an_interview(dir.path());
    let (code, stdout) = history(dir.path(), &["--lang", "en"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("kelly-foyer v"), "{stdout}");
    assert!(
        stdout.starts_with("id\tDate\tScenario\tMode\tEnding"),
        "{stdout}"
    );
    std::fs::write(dir.path().join("history.ron"), "[ (scenario: ").unwrap();
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", dir.path())
        .arg("history")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("history.ron") && err.contains("1:"), "{err}");
    assert!(
        dir.path().join("history.ron").exists(),
        "a reader moves nothing"
    );
}

/// A file in `--scenarios DIR` with a built-in's id: `play ID` plays the
/// built-in and says which file it left out and why.
#[test]
fn play_by_id_names_the_copy_it_does_not_play() {
    let dir = tempfile::tempdir().unwrap();
    let kelly = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/kelly-foyer.ron");
    std::fs::copy(kelly, dir.path().join("ma-copie.ron")).unwrap();
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", dir.path().join("data"))
        .args(["--lang", "en", "--scenarios"])
        .arg(dir.path())
        .args(["play", KELLY, "--seed", "1", "--json", "--choose", "ecoute"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("ma-copie.ron"), "{err}");
    assert!(
        err.contains("is already used by builtin:kelly-foyer.ron"),
        "{err}"
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["scenario"], KELLY);
}

/// Issue 19, fault 14: `entretien history --json | head -1` stops quietly
/// (exit 0, nothing on stderr) when the reader goes away, as the other
/// commands do.
#[test]
fn history_stops_quietly_when_its_reader_goes_away() {
    use std::io::Read as _;
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    // Many copies of the attempt: more output than a pipe holds.
    let file = dir.path().join("history.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    let (open, close) = (text.find('[').unwrap(), text.rfind(']').unwrap());
    let one = &text[open + 1..close];
    let many = format!("[{}]", one.repeat(200));
    std::fs::write(&file, many).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_entretien"))
        .env("ENTRETIEN_DATA_DIR", dir.path())
        .args(["history", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The reading end is closed here, as `head` does.
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).as_ref()
        ),
        (Some(0), "")
    );
}

/// Issue 19, fault 15: `TZ` naming a device or a pipe (`/dev/zero`) no
/// longer makes `history` read without end: times come out in UTC.
#[test]
fn a_hostile_tz_does_not_hang_history() {
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_entretien"))
        .env("ENTRETIEN_DATA_DIR", dir.path())
        .env("TZ", "/dev/zero")
        .arg("history")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // A deadline, not a synchronisation: the command must be done by then.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("history still running after 20 s with TZ=/dev/zero");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success());
}
