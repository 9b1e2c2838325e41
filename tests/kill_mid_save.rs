//! Nothing confirmed is lost when the app is killed while it saves (issue
//! 19). A child process — this test binary again, running only
//! `saver` — plays interviews in the app's state, saving after every
//! answer through the writer thread, and prints "confirmed N" each time
//! the writer has put N finished attempts on disk. The parent kills it
//! with SIGKILL right after a confirmation, while the next interview is
//! being saved, then reads the folder as the next start would.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command as Process, Stdio};

use entretien::app::state::{AppState, Command, Screen, Setup};
use entretien::engine::View;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::store::{
    HISTORY_FILE, SAVED_FILE, Settings, Store, parse_history, parse_saved_runs,
};

const CHILD_DIR: &str = "ENTRETIEN_TEST_SAVER_DIR";
const ID: &str = "lucie-urgences";

/// Plays `rounds` interviews (forever with `None`) in `dir`, reporting
/// after each how many attempts the history file holds.
fn save_interviews(dir: &Path, rounds: Option<u32>, out: &mut dyn std::io::Write) {
    let entries = builtin(&Limits::default());
    // Each start plays new interviews (another seed, another time), not
    // the ones an earlier child already recorded.
    let first = Store::new(dir)
        .peek(HISTORY_FILE, parse_history)
        .map_or(0, |h| h.len() as u32);
    for round in first.. {
        if rounds.is_some_and(|r| round >= first + r) {
            break;
        }
        let mut state = AppState::new(Setup {
            entries: entries.clone(),
            store: Some(Store::new(dir)),
            user_scenarios: None,
            settings: Settings::default(),
            seed: u64::from(round),
            clock_ms: Box::new(move || 1_764_000_000_000 + u64::from(round) * 60_000),
        });
        state.handle(Command::OpenBriefing(ID.into()));
        state.handle(Command::Start);
        for turn in 0..200usize {
            let Screen::Interview(session) = &state.screen else {
                break;
            };
            let View::Beat { offers, .. } = session.run.view(state.scenario(ID).unwrap()) else {
                break;
            };
            let index = offers[(turn + round as usize) % offers.len()].index;
            state.handle(Command::Choose(index));
        }
        state.wait_saved();
        writeln!(out, "confirmed {}", state.history.len()).unwrap();
        out.flush().unwrap();
    }
}

/// In the child, saves until killed; in the ordinary run, three rounds
/// that must all reach the history.
#[test]
fn saver() {
    if let Some(dir) = std::env::var_os(CHILD_DIR) {
        save_interviews(Path::new(&dir), None, &mut std::io::stdout());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    save_interviews(dir.path(), Some(3), &mut std::io::sink());
    let history = Store::new(dir.path()).peek(HISTORY_FILE, parse_history);
    assert_eq!(history.unwrap().len(), 3);
}

#[cfg(unix)]
#[test]
fn killing_the_app_while_it_saves_loses_nothing_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    for kill_after in [1, 3, 6] {
        let mut child = Process::new(std::env::current_exe().unwrap())
            .args(["--exact", "saver", "--nocapture", "--test-threads=1"])
            .env(CHILD_DIR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let confirmed = lines
            .by_ref()
            .map_while(Result::ok)
            .filter_map(|l| l.strip_prefix("confirmed ")?.parse::<usize>().ok())
            .find(|n| *n >= kill_after)
            .expect("the child confirms saves");
        // SIGKILL: no destructor, no flush; the next interview is under way.
        child.kill().unwrap();
        child.wait().unwrap();
        let before = store.peek(HISTORY_FILE, parse_history).unwrap().len();
        assert!(
            before >= confirmed,
            "{before} attempts on disk, {confirmed} confirmed"
        );
        store
            .peek(SAVED_FILE, parse_saved_runs)
            .expect("the unfinished interviews still parse");
        let reopened = AppState::new(Setup {
            entries: Vec::new(),
            store: Some(store.clone()),
            user_scenarios: None,
            settings: Settings::default(),
            seed: 0,
            clock_ms: Box::new(|| 0),
        });
        assert_eq!(reopened.notices.all(), &[], "nothing moved aside");
    }
}
