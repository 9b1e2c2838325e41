//! The workshop as the command handler runs it: lines for the sound, the
//! summary written at the ending and when leaving, a workshop left for
//! another screen and resumed, and opening the summary.

use super::tests::{ID, state_in};
use super::*;

fn start_workshop(state: &mut AppState) -> Vec<Effect> {
    state.handle(Command::SetMode(Mode::Workshop));
    state.handle(Command::OpenBriefing(ID.into()));
    state.handle(Command::Start)
}

fn workshop_cmd(state: &mut AppState, cmd: WorkshopCommand) -> Vec<Effect> {
    state.handle(Command::Workshop(cmd))
}

fn lines(effects: &[Effect]) -> usize {
    effects
        .iter()
        .filter(|e| matches!(e, Effect::LineShown { .. }))
        .count()
}

#[test]
fn a_workshop_starts_announces_its_lines_and_is_not_an_interview() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    let effects = start_workshop(&mut state);
    assert!(matches!(state.screen, Screen::Workshop(_)));
    assert!(
        lines(&effects) >= 1,
        "the first line is voiced: {effects:?}"
    );
    assert!(state.session().is_some(), "the sound finds the scenario");
    // A vote is no line; following an answer shows the next ones.
    assert_eq!(
        lines(&workshop_cmd(
            &mut state,
            WorkshopCommand::Vote {
                answer: 0,
                delta: 1
            }
        )),
        0
    );
    assert!(lines(&workshop_cmd(&mut state, WorkshopCommand::Follow(0))) >= 1);
    // Back shows the earlier beat's lines again.
    assert!(lines(&workshop_cmd(&mut state, WorkshopCommand::Back)) >= 1);
    assert!(
        state.unfinished.is_empty(),
        "a workshop is no saved interview"
    );
}

#[test]
fn the_summary_follows_every_decision_to_the_ending_and_opens_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    assert!(
        workshop_cmd(&mut state, WorkshopCommand::OpenSummary).is_empty(),
        "nothing to open before a summary exists"
    );
    let mut written = None;
    for _ in 0..40 {
        let effects = workshop_cmd(&mut state, WorkshopCommand::Follow(0));
        let path = effects.into_iter().find_map(|e| match e {
            Effect::SummaryWritten { path } => Some(path),
            _ => None,
        });
        assert!(path.is_some(), "each decision rewrites the summary");
        written = path;
        if state
            .workshop()
            .is_some_and(|(w, _)| w.session.run.ending().is_some())
        {
            break;
        }
    }
    let path = written.expect("the ending writes the summary");
    assert!(path.is_file());
    assert_eq!(state.workshop_view.summary.as_ref(), Some(&path));
    assert_eq!(
        workshop_cmd(&mut state, WorkshopCommand::OpenSummary),
        vec![Effect::OpenFile(path.clone())]
    );
    assert_eq!(
        workshop_cmd(&mut state, WorkshopCommand::OpenSummaryFolder),
        vec![Effect::OpenFile(dir.path().join("data").join("workshops"))]
    );
    assert!(
        state.history.is_empty(),
        "a room's run is not a trainee's attempt"
    );
}

#[test]
fn a_workshop_left_for_another_screen_is_summarised_and_resumed() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    workshop_cmd(&mut state, WorkshopCommand::Follow(0));
    let before = state.workshop().map(|(w, _)| w.clone()).unwrap();
    state.handle(Command::OpenSettings);
    assert!(matches!(state.screen, Screen::Settings));
    let summary = state
        .workshop_view
        .summary
        .clone()
        .expect("written when left");
    assert!(summary.is_file());
    assert!(state.can_resume(ID));
    state.handle(Command::OpenLibrary);
    state.handle(Command::Resume(ID.into()));
    let after = state.workshop().map(|(w, _)| w.clone()).unwrap();
    assert_eq!(after, before, "the same workshop, votes and all");
    assert!(!state.parked_workshop_of(ID));
}

#[test]
fn a_workshop_with_no_decision_leaves_no_summary() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    workshop_cmd(&mut state, WorkshopCommand::SaveSummary);
    state.handle(Command::OpenLibrary);
    assert_eq!(state.workshop_view.summary, None);
    assert!(!dir.path().join("data").join("workshops").exists());
}
