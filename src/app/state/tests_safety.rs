//! The data-safety faults found when the app was tried as users would
//! (issue 8), each driven through the command handler.

use super::tests::{ID, act, available, play_to_end, second_window, start, state_in};
use super::*;
use crate::store::{HISTORY_FILE, LoadNote, SAVED_FILE};

/// Fault 1: a notice per cause, whatever the detail says (a temporary
/// file's random name), so saves that keep failing add nothing.
#[test]
fn the_same_cause_updates_its_notice_instead_of_adding_one() {
    let mut notices = Notices::default();
    for tmp in [".tmpA1b2", ".tmpZ9y8", ".tmpQ7r6"] {
        notices.raise(Notice::SaveFailed {
            place: "/data".into(),
            detail: format!("Permission denied at path \"/data/{tmp}\""),
        });
    }
    assert_eq!(notices.all().len(), 1);
    assert!(
        matches!(&notices.all()[0], Notice::SaveFailed { detail, .. } if detail.contains(".tmpQ7r6"))
    );
    notices.raise(Notice::SaveFailed {
        place: "/scenarios".into(),
        detail: String::new(),
    });
    assert_eq!(notices.all().len(), 2, "another folder is another cause");
}

#[test]
fn an_interview_in_a_folder_that_refuses_writes_raises_one_notice() {
    let dir = tempfile::tempdir().unwrap();
    // The saved-interviews file is a place: every save fails.
    std::fs::create_dir_all(dir.path().join("data").join(SAVED_FILE)).unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    let mut raised = 0;
    for _ in 0..13 {
        let Some(&first) = available(&state).first() else {
            break;
        };
        raised += act(&mut state, Command::Choose(first))
            .iter()
            .filter(|e| matches!(e, Effect::NoticeRaised(_)))
            .count();
    }
    let kinds: Vec<_> = state
        .notices
        .all()
        .iter()
        .map(std::mem::discriminant)
        .collect();
    let save_failed = std::mem::discriminant(&Notice::SaveFailed {
        place: String::new(),
        detail: String::new(),
    });
    assert_eq!(kinds.iter().filter(|k| **k == save_failed).count(), 1);
    assert!(raised <= 1, "told once: {raised}");
}

/// Starts the interview, answers once and quits: it is saved, unfinished.
fn leave_after_one_answer(state: &mut AppState) {
    start(state);
    let first = available(state)[0];
    act(state, Command::Choose(first));
    act(state, Command::Quit);
}

fn write_saved(dir: &std::path::Path, text: &str) {
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("data").join(SAVED_FILE), text).unwrap();
}

/// Fault 2: a saved interview that parses but does not replay (a beat
/// index past the end) is set aside with a notice, never resumed.
#[test]
fn a_saved_run_that_does_not_fit_is_set_aside_not_resumed() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    leave_after_one_answer(&mut state);
    let text = std::fs::read_to_string(dir.path().join("data").join(SAVED_FILE)).unwrap();
    let broken = text.replacen("beat: ", "beat: 9999", 1);
    assert_ne!(broken, text);
    write_saved(dir.path(), &broken);
    let mut state = state_in(dir.path());
    assert!(state.can_resume(ID), "it parses, so it is offered");
    act(&mut state, Command::Resume(ID.into()));
    assert!(matches!(state.screen, Screen::Library));
    let [Notice::CannotResume { why, .. }] = state.notices.all() else {
        panic!("{:?}", state.notices.all())
    };
    let ResumeFailure::Damaged {
        kept_at: Some(kept),
    } = why
    else {
        panic!("{why:?}")
    };
    assert!(
        std::fs::read_to_string(kept).unwrap().contains("9999"),
        "kept, not deleted"
    );
    assert!(!state.can_resume(ID));
    act(&mut state, Command::Resume(ID.into()));
    assert!(
        !state_in(dir.path()).can_resume(ID),
        "gone from the file too"
    );
}

/// A damaged save that cannot be set aside (the data folder is gone,
/// a file in its place) says so, and why, instead of a silent "not kept".
#[test]
fn a_damaged_save_that_cannot_be_set_aside_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    leave_after_one_answer(&mut state);
    let text = std::fs::read_to_string(dir.path().join("data").join(SAVED_FILE)).unwrap();
    write_saved(dir.path(), &text.replacen("beat: ", "beat: 9999", 1));
    let mut state = state_in(dir.path());
    let data = dir.path().join("data");
    std::fs::rename(&data, dir.path().join("data-gone")).unwrap();
    std::fs::write(&data, "a file where the folder was").unwrap();
    // Not waiting for the writer: setting aside is done in the command,
    // and so must its notice be.
    state.handle(Command::Resume(ID.into()));
    let notices = state.notices.all();
    assert!(
        notices.iter().any(|n| matches!(
            n,
            Notice::CannotResume {
                why: ResumeFailure::Damaged { kept_at: None },
                ..
            }
        )),
        "{notices:?}"
    );
    assert!(
        (notices.iter())
            .any(|n| matches!(n, Notice::SaveFailed { detail, .. } if !detail.is_empty())),
        "{notices:?}"
    );
}

/// The app over `template` (a version of the template's text).
fn state_with(dir: &std::path::Path, template: &str) -> AppState {
    let mut state = state_in(dir);
    state.entries = vec![crate::scenario::check::check_source(
        template,
        "template.ron",
        None,
        &crate::scenario::load::Limits::default(),
    )];
    state
}

/// Issue 19, fault 5: an update that only adds a comment or changes the
/// layout keeps the saved interview resumable; one that changes what the
/// scenario says sets it aside in a file, never deletes it.
#[test]
fn a_changed_scenario_sets_the_saved_interview_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    leave_after_one_answer(&mut state);
    let commented = format!(
        "// Mise à jour : un commentaire.\n{}",
        super::tests::TEMPLATE.replace("    ", "  ")
    );
    let mut state = state_with(dir.path(), &commented);
    act(&mut state, Command::Resume(ID.into()));
    assert!(
        matches!(state.screen, Screen::Interview(_)),
        "{:?}",
        state.notices.all()
    );
    act(&mut state, Command::Quit);
    let reworded = super::tests::TEMPLATE.replace("Ouais…", "Bon…");
    let mut state = state_with(dir.path(), &reworded);
    act(&mut state, Command::Resume(ID.into()));
    let [Notice::CannotResume { why, .. }] = state.notices.all() else {
        panic!("{:?}", state.notices.all())
    };
    let ResumeFailure::ScenarioChanged { kept_at: Some(at) } = why else {
        panic!("{why:?}")
    };
    assert!(
        std::fs::read_to_string(at).unwrap().contains(ID),
        "kept, not deleted"
    );
}

/// Issue 19, fault 8: the app stopped after recording a finished
/// interview and before clearing its saved copy; the copy is dropped at
/// the next start, so "Reprendre" cannot record the attempt twice.
#[test]
fn an_interview_already_in_the_history_is_not_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("data").join(SAVED_FILE);
    let mut state = state_in(dir.path());
    leave_after_one_answer(&mut state);
    let copy = std::fs::read_to_string(&saved).unwrap();
    act(&mut state, Command::Resume(ID.into()));
    while matches!(state.screen, Screen::Interview(_)) {
        let next = available(&state)[0];
        act(&mut state, Command::Choose(next));
    }
    assert_eq!(state.history.len(), 1);
    // As if the app had stopped before clearing the saved copy.
    std::fs::write(&saved, copy).unwrap();
    let state = state_in(dir.path());
    assert_eq!(state.history.len(), 1);
    assert!(
        !state.can_resume(ID),
        "offered again: it would be recorded twice"
    );
}

/// Issue 19, fault 12: a second damaged run of the same scenario is set
/// aside beside the first one's copy, never over it.
#[test]
fn a_second_damaged_run_keeps_the_first_ones_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut kept = Vec::new();
    for beat in ["9998", "9999"] {
        let mut state = state_in(dir.path());
        start(&mut state);
        let first = available(&state)[0];
        act(&mut state, Command::Choose(first));
        act(&mut state, Command::Quit);
        let text = std::fs::read_to_string(dir.path().join("data").join(SAVED_FILE)).unwrap();
        write_saved(
            dir.path(),
            &text.replacen("beat: ", &format!("beat: {beat}"), 1),
        );
        let mut state = state_in(dir.path());
        act(&mut state, Command::Resume(ID.into()));
        let [Notice::CannotResume { why, .. }] = state.notices.all() else {
            panic!("{:?}", state.notices.all())
        };
        let ResumeFailure::Damaged { kept_at: Some(at) } = why else {
            panic!("{why:?}")
        };
        kept.push(at.clone());
    }
    assert_ne!(kept[0], kept[1]);
    assert!(std::fs::read_to_string(&kept[0]).unwrap().contains("9998"));
    assert!(std::fs::read_to_string(&kept[1]).unwrap().contains("9999"));
}

/// Fault 3: two windows on one data folder each finish an interview;
/// both attempts are kept, and neither window drops the other's
/// unfinished interview.
#[test]
fn two_windows_on_one_folder_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = state_in(dir.path());
    let mut b = second_window(dir.path());
    start(&mut a);
    play_to_end(&mut a);
    start(&mut b);
    play_to_end(&mut b);
    assert_eq!(b.history.len(), 2, "b sees a's attempt after its own save");
    assert_eq!(state_in(dir.path()).history.len(), 2);
    // a leaves an interview halfway; b, which started earlier, finishes
    // its own: a's stays resumable.
    let mut c = state_in(dir.path());
    start(&mut c);
    start(&mut a);
    let first = available(&a)[0];
    act(&mut a, Command::Choose(first));
    act(&mut a, Command::Quit);
    play_to_end(&mut c);
    assert!(state_in(dir.path()).can_resume(ID));
}

/// Fault 4: a history that cannot be read stays in place with its reason;
/// a new attempt is kept in memory and nothing overwrites the file.
#[test]
fn an_unreadable_history_is_left_in_place_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("data").join(HISTORY_FILE);
    std::fs::create_dir_all(&history).unwrap();
    let mut state = state_in(dir.path());
    assert!(
        matches!(state.notices.all(), [Notice::DataFile(LoadNote::Unreadable { reason, .. })] if !reason.is_empty()),
        "{:?}",
        state.notices.all()
    );
    start(&mut state);
    play_to_end(&mut state);
    assert!(history.is_dir(), "left in place");
    assert!(!dir.path().join("data/history.ron.corrupt").exists());
    assert_eq!(state.history.len(), 1, "the attempt stays in memory");
    assert!(
        state
            .notices
            .all()
            .iter()
            .any(|n| matches!(n, Notice::SaveFailed { .. }))
    );
}

#[test]
fn a_history_that_does_not_parse_is_moved_aside_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data").join(HISTORY_FILE), "[ (scenario: ").unwrap();
    let mut state = state_in(dir.path());
    assert!(
        matches!(state.notices.all(), [Notice::DataFile(LoadNote::MovedAside { reason, .. })] if !reason.is_empty()),
        "{:?}",
        state.notices.all()
    );
    assert!(dir.path().join("data/history.ron.corrupt").exists());
    start(&mut state);
    play_to_end(&mut state);
    assert_eq!(state_in(dir.path()).history.len(), 1);
    act(&mut state, Command::Dismiss(0));
    assert!(state.notices.all().is_empty());
}

/// Issue 19, fault 3: a dropped file named like a kept scenario that has
/// another id is kept beside it ("x-2.ron"), and both stay.
#[test]
fn a_same_name_drop_of_another_scenario_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    for (folder, id) in [("a", "alpha"), ("b", "beta")] {
        let from = dir.path().join(folder);
        std::fs::create_dir_all(&from).unwrap();
        let text = super::tests::TEMPLATE.replacen("id: \"template\"", &format!("id: \"{id}\""), 1);
        std::fs::write(from.join("x.ron"), text).unwrap();
        act(&mut state, Command::AddFile(from.join("x.ron")));
    }
    let kept = |name: &str| std::fs::read_to_string(dir.path().join("scenarios").join(name));
    assert!(kept("x.ron").unwrap().contains("id: \"alpha\""));
    assert!(kept("x-2.ron").unwrap().contains("id: \"beta\""));
    for id in ["alpha", "beta"] {
        assert!(state.scenario(id).is_some(), "{id} is in the library");
    }
    // A new version of `alpha` still replaces its own file.
    let again = dir.path().join("a/x.ron");
    std::fs::write(&again, kept("x.ron").unwrap().replace("Ouais", "Bof")).unwrap();
    act(&mut state, Command::AddFile(again));
    assert!(kept("x.ron").unwrap().contains("Bof"));
    assert!(!dir.path().join("scenarios/x-3.ron").exists());
}

/// Fault 5: a user file with a built-in's id is refused in the library,
/// so it can neither be resumed nor touch the built-in's saved interview.
#[test]
fn a_second_file_with_a_taken_id_is_refused_and_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    leave_after_one_answer(&mut state);
    let copy = dir.path().join("copy.ron");
    let edited = super::tests::TEMPLATE.replace("Ouais… Vous vouliez me voir ?", "Ouais ?");
    std::fs::write(&copy, edited).unwrap();
    act(&mut state, Command::AddFile(copy));
    let refused = state.entries.last().unwrap();
    assert!(refused.scenario.is_none());
    assert!(matches!(
        &refused.problems[0].kind,
        crate::scenario::ProblemKind::IdTaken { id, by } if id == ID && by == "template.ron"
    ));
    assert!(!dir.path().join("scenarios/copy.ron").exists(), "not kept");
    assert_eq!(
        state
            .entries
            .iter()
            .filter(|r| r.scenario.is_some())
            .count(),
        1
    );
    act(&mut state, Command::Resume(ID.into()));
    assert!(
        matches!(state.screen, Screen::Interview(_)),
        "the original's interview resumes: {:?}",
        state.notices.all()
    );
}
