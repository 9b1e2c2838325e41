//! The command handler driven as the screens drive it: a full interview,
//! quit and resume, undo, retry, dropped files, effects.

use super::*;
use crate::engine::View;
use crate::scenario::check::check_source;
use crate::scenario::load::Limits;

pub(super) const TEMPLATE: &str = include_str!("../../../docs/template.ron");
pub(super) const ID: &str = "template";
pub(super) const NOW_MS: u64 = 1_700_000_000_000;

pub(super) fn entries() -> Vec<Report> {
    vec![check_source(
        TEMPLATE,
        "template.ron",
        None,
        &Limits::default(),
    )]
}

pub(super) fn setup_in(dir: &std::path::Path) -> Setup {
    Setup {
        entries: entries(),
        store: Some(Store::new(&dir.join("data"))),
        user_scenarios: Some(dir.join("scenarios")),
        settings: Settings::default(),
        seed: 7,
        clock_ms: Box::new(|| NOW_MS),
    }
}

pub(super) fn state_in(dir: &std::path::Path) -> AppState {
    AppState::new(setup_in(dir))
}

/// Another window on the same folder, opened a second later.
pub(super) fn second_window(dir: &std::path::Path) -> AppState {
    AppState::new(Setup {
        seed: 8,
        clock_ms: Box::new(|| NOW_MS + 1000),
        ..setup_in(dir)
    })
}

/// Handles `cmd` as a frame would, then lets the writer finish, as the
/// frames after it would see it: what the command and the saves caused.
pub(super) fn act(state: &mut AppState, cmd: Command) -> Vec<Effect> {
    let mut effects = state.handle(cmd);
    effects.extend(state.wait_saved());
    effects
}

/// Indices of the available choices now.
pub(super) fn available(state: &AppState) -> Vec<u16> {
    let Screen::Interview(session) = &state.screen else {
        return Vec::new();
    };
    let s = state.scenario(session.scenario_id()).unwrap();
    match session.run.view(s) {
        View::Beat { offers, .. } => offers.iter().map(|o| o.index).collect(),
        View::Ended(_) => Vec::new(),
    }
}

pub(super) fn start(state: &mut AppState) -> Vec<Effect> {
    act(state, Command::OpenBriefing(ID.into()));
    act(state, Command::Start)
}

pub(super) fn play_to_end(state: &mut AppState) -> Vec<Effect> {
    let mut effects = Vec::new();
    while let Some(first) = available(state).first().copied() {
        effects.extend(act(state, Command::Choose(first)));
    }
    effects
}

fn interview(state: &AppState) -> &Session {
    match &state.screen {
        Screen::Interview(session) => session,
        other => panic!("not in an interview: {other:?}"),
    }
}

#[test]
fn the_template_is_the_scenario_these_tests_name() {
    assert_eq!(entries()[0].scenario.as_ref().unwrap().meta.id, ID);
}

#[test]
fn a_full_run_ends_in_the_debrief_and_a_full_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    act(&mut state, Command::Start);
    assert!(
        matches!(state.screen, Screen::Library),
        "start needs a briefing"
    );
    start(&mut state);
    assert!(matches!(state.screen, Screen::Interview(_)));
    play_to_end(&mut state);
    let Screen::Debrief { debrief, session } = &state.screen else {
        panic!("{:?}", state.screen)
    };
    assert_eq!(state.history.len(), 1);
    let a = &state.history[0];
    assert_eq!(a.ending, debrief.ending.id);
    assert_eq!(a.finished_secs, NOW_MS / 1000);
    assert_eq!(a.seed, Some(session.run.seed));
    assert_eq!(a.decisions.len(), session.run.steps().len());
    assert_eq!(a.checkpoints.len(), debrief.checkpoints.len());
    assert!(state.unfinished.is_empty());
    let reloaded = state_in(dir.path());
    assert_eq!(reloaded.history, state.history, "history is on disk");
    assert!(reloaded.notices.all().is_empty());
}

#[test]
fn effects_tell_every_line_checkpoint_and_saved_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    let at_start = start(&mut state);
    let s = state.scenario(ID).unwrap();
    let first_lines = interview(&state).run.shown_lines(s);
    assert!(!first_lines.is_empty());
    let shown: Vec<_> = first_lines
        .into_iter()
        .map(|id| Effect::LineShown { id })
        .collect();
    assert_eq!(at_start, shown);
    let effects = play_to_end(&mut state);
    let Screen::Debrief { debrief, .. } = &state.screen else {
        panic!()
    };
    let ending_line = state
        .scenario(ID)
        .unwrap()
        .ending_line_id(debrief.ending.index);
    assert!(effects.contains(&Effect::LineShown { id: ending_line }));
    let saved = Effect::AttemptSaved {
        scenario: ID.into(),
        ending: debrief.ending.id.clone(),
    };
    assert_eq!(effects.last(), Some(&saved));
    let reached = effects
        .iter()
        .filter(|e| matches!(e, Effect::CheckpointReached { .. }))
        .count();
    let done = debrief.checkpoints.iter().filter(|c| c.done).count();
    assert_eq!(reached, done);
}

#[test]
fn quitting_keeps_the_run_to_resume_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    let first = available(&state)[0];
    act(&mut state, Command::Choose(first));
    let before = interview(&state).run.clone();
    act(&mut state, Command::Quit);
    assert!(matches!(state.screen, Screen::Library));
    let mut restarted = state_in(dir.path());
    assert!(restarted.can_resume(ID));
    let effects = restarted.handle(Command::Resume(ID.into()));
    assert_eq!(interview(&restarted).run, before);
    assert!(matches!(effects.as_slice(), [Effect::LineShown { .. }, ..]));
}

#[test]
fn undo_only_in_practice() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    for (mode, expected_steps) in [(Mode::Practice, 0), (Mode::Assessment, 1)] {
        act(&mut state, Command::SetMode(mode));
        start(&mut state);
        // The template's "cadre" answer (index 0) never ends the run.
        act(&mut state, Command::Choose(0));
        act(&mut state, Command::Undo);
        assert_eq!(
            interview(&state).run.steps().len(),
            expected_steps,
            "{mode:?}"
        );
        act(&mut state, Command::OpenLibrary);
    }
}

#[test]
fn retry_from_a_decision_keeps_the_decisions_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    play_to_end(&mut state);
    let Screen::Debrief { session, .. } = &state.screen else {
        panic!()
    };
    assert!(session.run.steps().len() >= 2);
    let first = session.run.steps()[0].clone();
    act(&mut state, Command::RetryFrom(1));
    assert_eq!(interview(&state).run.steps(), [first]);
    act(&mut state, Command::OpenLibrary);
    assert!(state.can_resume(ID), "a retried run left halfway is kept");
}

#[test]
fn dropped_files_are_checked_kept_or_listed_with_their_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    let good = dir.path().join("good.ron");
    let other_id = TEMPLATE.replacen("id: \"template\"", "id: \"autre\"", 1);
    assert_ne!(other_id, TEMPLATE);
    std::fs::write(&good, other_id).unwrap();
    act(&mut state, Command::AddFile(good.clone()));
    assert!(dir.path().join("scenarios/good.ron").exists());
    // The same file dropped again replaces its entry.
    act(&mut state, Command::AddFile(good));
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Scenario(").unwrap();
    act(&mut state, Command::AddFile(bad));
    assert!(!dir.path().join("scenarios/bad.ron").exists());
    assert_eq!(state.entries.len(), 3);
    assert!(state.scenario("autre").is_some());
    assert!(state.entries[2].scenario.is_none() && state.entries[2].first_error().is_some());
    assert!(matches!(
        state.notices.all(),
        [Notice::Added { .. }, Notice::Rejected { .. }]
    ));
}

/// A dropped pipe is listed with its warning and neither read nor kept.
#[cfg(unix)]
#[test]
fn a_dropped_pipe_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    let pipe = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    assert!(made.unwrap().success());
    // Should the pipe be opened for reading, this writer lets the read
    // end (and the test fail) instead of waiting forever.
    let writer = pipe.clone();
    std::thread::spawn(move || std::fs::write(writer, ""));
    act(&mut state, Command::AddFile(pipe));
    assert!(!dir.path().join("scenarios/pipe.ron").exists());
    let last = state.entries.last().unwrap();
    assert!(last.scenario.is_none());
    assert_eq!(
        last.problems[0].kind,
        crate::scenario::ProblemKind::NotAFile
    );
    assert!(matches!(state.notices.all(), [Notice::Rejected { .. }]));
}

#[test]
fn pause_only_during_an_interview_and_settings_are_clamped_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    act(&mut state, Command::TogglePause);
    assert!(!state.paused);
    start(&mut state);
    act(&mut state, Command::TogglePause);
    assert!(state.paused);
    act(&mut state, Command::Quit);
    assert!(!state.paused);
    let wild = Settings {
        text_scale: 9.0,
        volume: -1.0,
        theme: Theme::Dark,
        ..Settings::default()
    };
    act(&mut state, Command::SetSettings(wild));
    assert_eq!(
        (state.settings.text_scale, state.settings.volume),
        (2.0, 0.0)
    );
    assert_eq!(
        state_in(dir.path()).settings.theme,
        Theme::Dark,
        "kept on disk"
    );
}

/// The window opens on reports checked without the exploration; the full
/// check replaces them when ready, except that an interview on screen
/// keeps its scenario until it ends.
#[test]
fn the_full_check_replaces_the_first_reports_but_not_a_scenario_in_play() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    let quick = Limits {
        explore: false,
        ..Limits::default()
    };
    state.entries = vec![check_source(TEMPLATE, "template.ron", None, &quick)];
    assert!(state.entries[0].summary.is_none(), "not explored yet");
    state.analysed(entries());
    assert!(state.entries[0].summary.is_some(), "explored");
    start(&mut state);
    let mut refused = entries();
    refused[0].scenario = None;
    state.analysed(refused);
    assert!(
        state.scenario(ID).is_some(),
        "the interview on screen goes on"
    );
    act(&mut state, Command::OpenLibrary);
    let mut refused = entries();
    refused[0].scenario = None;
    state.analysed(refused);
    assert!(state.scenario(ID).is_none(), "then the full check holds");
}

/// An action the engine refuses is said (a fault: screens offer only what
/// it allows), and nothing changes.
#[test]
fn a_refused_choice_is_said_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    let before = interview(&state).run.clone();
    act(&mut state, Command::Choose(999));
    assert_eq!(interview(&state).run, before);
    assert!(
        matches!(state.notices.all(), [Notice::NotDone { detail }] if !detail.is_empty()),
        "{:?}",
        state.notices.all()
    );
}
