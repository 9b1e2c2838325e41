//! Saving off the frame (issue 19): attempts that could not be saved are
//! kept and saved later (fault 1); a second window neither takes nor
//! replaces another window's live interview (fault 4); a frame never
//! waits for a lock another program holds.

use super::tests::{ID, act, available, play_to_end, second_window, start, state_in};
use super::*;
use crate::store::{HISTORY_FILE, PENDING_FILE, SAVED_FILE, parse_history, parse_saved_runs};

fn on_disk(dir: &std::path::Path) -> Vec<Attempt> {
    Store::new(&dir.join("data"))
        .peek(HISTORY_FILE, parse_history)
        .unwrap()
}

/// A folder in the history's place: every save of the history fails
/// until it is removed. Returns it.
fn block_history(dir: &std::path::Path) -> std::path::PathBuf {
    let history = dir.join("data").join(HISTORY_FILE);
    std::fs::create_dir_all(&history).unwrap();
    history
}

/// Whether a "cannot save" notice is shown.
fn told_cannot_save(state: &AppState) -> bool {
    (state.notices.all().iter()).any(|n| matches!(n, Notice::SaveFailed { .. }))
}

fn finish_one(state: &mut AppState) {
    start(state);
    play_to_end(state);
    state.wait_saved();
}

/// Fault 1: the history cannot be written (here a folder in its place);
/// the attempt is kept in a pending file and shown; once the history can
/// be written, the next save writes both attempts.
#[test]
fn an_attempt_that_could_not_be_saved_is_written_with_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let history = block_history(dir.path());
    let mut state = state_in(dir.path());
    finish_one(&mut state);
    assert!(told_cannot_save(&state), "{:?}", state.notices.all());
    let pending = dir.path().join("data").join(PENDING_FILE);
    assert!(pending.is_file(), "kept on disk, not only in memory");
    assert_eq!(state.history.len(), 1, "History shows it");
    std::fs::remove_dir(&history).unwrap();
    let mut state = second_window(dir.path());
    assert_eq!(state.history.len(), 1, "shown after a restart");
    finish_one(&mut state);
    assert_eq!(on_disk(dir.path()).len(), 2, "both attempts saved");
    assert_eq!(state.history.len(), 2);
    assert!(!pending.exists(), "nothing pending any more");
}

/// Fault 1, the same with a window that stays open: the first attempt is
/// not dropped from History when the second save reloads the file.
#[test]
fn an_open_window_keeps_showing_an_attempt_it_saves_late() {
    let dir = tempfile::tempdir().unwrap();
    let history = block_history(dir.path());
    let mut state = state_in(dir.path());
    finish_one(&mut state);
    std::fs::remove_dir(&history).unwrap();
    finish_one(&mut state);
    assert_eq!(on_disk(dir.path()).len(), 2);
    assert_eq!(state.history.len(), 2);
}

/// Fault 1 when the data folder refuses every write (here a file in its
/// place): the attempt waits in the system's temporary folder, and the
/// next start shows it.
#[test]
fn when_the_data_folder_refuses_everything_the_attempt_waits_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("data"), "not a folder").unwrap();
    let mut state = state_in(dir.path());
    finish_one(&mut state);
    let [_, fallback] = Store::new(&dir.path().join("data")).pending_places();
    let kept = fallback.dir().join(PENDING_FILE);
    let found = kept.is_file();
    let reopened = state_in(dir.path()).history.len();
    std::fs::remove_dir_all(fallback.dir()).unwrap();
    assert!(found, "kept in {}", kept.display());
    assert_eq!(reopened, 1, "shown after a restart");
}

/// Fault 4: window A plays; window B, opened later on the same folder,
/// starts the same scenario and answers: A's saved interview is kept.
#[test]
fn a_second_window_does_not_replace_a_live_interview() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = state_in(dir.path());
    start(&mut a);
    for _ in 0..2 {
        let first = available(&a)[0];
        act(&mut a, Command::Choose(first));
    }
    let mut b = second_window(dir.path());
    start(&mut b);
    let first = available(&b)[0];
    act(&mut b, Command::Choose(first));
    let runs = Store::new(&dir.path().join("data"))
        .peek(SAVED_FILE, parse_saved_runs)
        .unwrap();
    assert_eq!(runs.len(), 2, "{:?}", runs.keys());
    // Once A has gone, B's next interview replaces it as before.
    drop(a);
    start(&mut b);
    let first = available(&b)[0];
    act(&mut b, Command::Choose(first));
    assert_eq!(b.unfinished.len(), 1, "{:?}", b.unfinished.keys());
}

/// Fault 4: B cannot resume the interview A is playing (both would play
/// it, and the history would record it twice); once A leaves it, B can.
#[test]
fn a_live_interview_is_resumed_in_one_window_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = state_in(dir.path());
    start(&mut a);
    let first = available(&a)[0];
    act(&mut a, Command::Choose(first));
    let mut b = second_window(dir.path());
    act(&mut b, Command::Resume(ID.into()));
    assert!(matches!(b.screen, Screen::Library));
    assert!(
        matches!(
            b.notices.all(),
            [Notice::CannotResume {
                why: ResumeFailure::OpenElsewhere,
                ..
            }]
        ),
        "{:?}",
        b.notices.all()
    );
    act(&mut a, Command::Quit);
    act(&mut b, Command::Resume(ID.into()));
    assert!(matches!(b.screen, Screen::Interview(_)));
    assert_eq!(
        b.notices.all(),
        &[],
        "the notice is over once it opens here"
    );
    act(&mut a, Command::Resume(ID.into()));
    assert!(matches!(a.screen, Screen::Library), "now B holds it");
}

/// The frame never waits on the disk: with the history's lock held by
/// another program, finishing an interview returns at once, and the
/// attempt is shown; the writer gives up after its wait, with a notice.
#[test]
fn finishing_does_not_wait_for_a_lock_held_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let lock = std::fs::File::create(data.join(format!(".{HISTORY_FILE}.lock"))).unwrap();
    lock.lock().unwrap();
    let mut state = state_in(dir.path());
    state.handle(Command::OpenBriefing(ID.into()));
    state.handle(Command::Start);
    while let Some(first) = available(&state).first().copied() {
        state.handle(Command::Choose(first));
    }
    assert!(state.saving(), "the save is still waiting for the lock");
    assert_eq!(state.history.len(), 1);
    state.wait_saved();
    assert!(told_cannot_save(&state), "{:?}", state.notices.all());
    drop(lock);
    assert!(data.join(PENDING_FILE).is_file());
}
