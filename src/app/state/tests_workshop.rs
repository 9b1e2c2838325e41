//! The workshop as the command handler runs it: lines for the sound, the
//! summary written at the ending and when leaving, a workshop left for
//! another screen and resumed, and opening the summary.

use super::tests::{ID, act, state_in};
use super::*;

fn start_workshop(state: &mut AppState) -> Vec<Effect> {
    act(state, Command::SetMode(Mode::Workshop));
    act(state, Command::OpenBriefing(ID.into()));
    act(state, Command::Start)
}

fn workshop_cmd(state: &mut AppState, cmd: WorkshopCommand) -> Vec<Effect> {
    act(state, Command::Workshop(cmd))
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
    // A vote is no line; following an answer voices its reply (the
    // template's first answer has none), and "next" the next moment's.
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
    assert_eq!(
        lines(&workshop_cmd(&mut state, WorkshopCommand::Follow(0))),
        0
    );
    assert!(lines(&workshop_cmd(&mut state, WorkshopCommand::Next)) >= 1);
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
        // The room sees the outcome; "next" puts it away.
        workshop_cmd(&mut state, WorkshopCommand::Next);
        if state
            .workshop()
            .is_some_and(|(w, _)| w.session.run.ending().is_some())
        {
            break;
        }
    }
    let path = written.expect("the ending writes the summary");
    assert!(path.is_file());
    // The page opens in a browser; the Markdown and the record that
    // `entretien report` reads are kept beside it.
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("html"));
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(path.with_extension("md").is_file() && path.with_extension("ron").is_file());
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
    assert!(
        !state.can_resume(ID),
        "a workshop at its ending is done with"
    );
}

#[test]
fn a_workshop_left_for_another_screen_is_summarised_and_resumed() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    workshop_cmd(&mut state, WorkshopCommand::Follow(0));
    let before = state.workshop().map(|(w, _)| w.clone()).unwrap();
    act(&mut state, Command::OpenSettings);
    assert!(matches!(state.screen, Screen::Settings));
    let summary = state
        .workshop_view
        .summary
        .clone()
        .expect("written when left");
    assert!(summary.is_file());
    assert!(state.can_resume(ID));
    act(&mut state, Command::OpenLibrary);
    act(&mut state, Command::Resume(ID.into()));
    let after = state.workshop().map(|(w, _)| w.clone()).unwrap();
    assert_eq!(after, before, "the same workshop, votes and all");
    assert!(state.parked_workshop_of(ID), "still saved while on screen");
}

#[test]
fn a_workshop_comes_back_after_the_app_closes_and_a_damaged_one_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    workshop_cmd(&mut state, WorkshopCommand::Follow(0));
    workshop_cmd(&mut state, WorkshopCommand::Next);
    workshop_cmd(
        &mut state,
        WorkshopCommand::Vote {
            answer: 1,
            delta: 2,
        },
    );
    let before = state.workshop().map(|(w, _)| w.clone()).unwrap();
    // Closing the window leaves the screen.
    act(&mut state, Command::Quit);
    drop(state);

    let mut state = state_in(dir.path());
    assert!(state.can_resume(ID), "offered in the library");
    act(&mut state, Command::SetMode(Mode::Workshop));
    act(&mut state, Command::Resume(ID.into()));
    let after = state.workshop().map(|(w, _)| w.clone()).unwrap();
    assert_eq!(after.decisions(), before.decisions());
    assert_eq!(after.votes(), before.votes(), "the votes in progress too");
    assert_eq!(after.session.run, before.session.run);
    let summary = state.workshop_view.summary.clone();
    assert!(
        summary.is_some_and(|p| p.is_file()),
        "its summary opens again"
    );

    // The same file, edited so that the room's decision is not the step.
    act(&mut state, Command::OpenLibrary);
    let file = dir
        .path()
        .join("data")
        .join(crate::store::SAVED_WORKSHOPS_FILE);
    let text = std::fs::read_to_string(&file).unwrap();
    // The room's decisions come after the interview in the file.
    let at = text.rfind("choice: 0").expect("a decision in the file");
    let edited = format!(
        "{}choice: 1{}",
        &text[..at],
        &text[at + "choice: 0".len()..]
    );
    std::fs::write(&file, edited).unwrap();
    let mut state = state_in(dir.path());
    act(&mut state, Command::SetMode(Mode::Workshop));
    act(&mut state, Command::Resume(ID.into()));
    assert!(!matches!(state.screen, Screen::Workshop(_)));
    assert!(matches!(
        state.notices.all().last(),
        Some(Notice::CannotResume {
            why: ResumeFailure::Damaged { kept_at: Some(_) },
            ..
        })
    ));
    assert!(!state.can_resume(ID), "set aside, not offered again");
}

#[test]
fn a_workshop_with_no_decision_leaves_no_summary() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    workshop_cmd(&mut state, WorkshopCommand::SaveSummary);
    act(&mut state, Command::OpenLibrary);
    assert_eq!(state.workshop_view.summary, None);
    assert!(!dir.path().join("data").join("workshops").exists());
}

#[test]
fn a_workshop_opens_safe_for_a_projector() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    // The room view in a window of its own, the presenter in this one.
    let view = &state.workshop_view;
    assert!(view.audience_window && !view.presenter_shown);
    // Back to one window: the room view fills it, the presenter hidden
    // until F2.
    workshop_cmd(&mut state, WorkshopCommand::ToggleAudienceWindow);
    let view = &state.workshop_view;
    assert!(!view.audience_window && !view.presenter_shown);
    workshop_cmd(&mut state, WorkshopCommand::TogglePresenter);
    assert!(state.workshop_view.presenter_shown);
    // The next workshop opens the same way as this one was left.
    act(&mut state, Command::OpenLibrary);
    start_workshop(&mut state);
    let view = &state.workshop_view;
    assert!(!view.audience_window && !view.presenter_shown);
}

#[test]
fn at_the_ending_the_clicker_turns_to_what_to_do_next_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start_workshop(&mut state);
    let over = |state: &AppState| state.workshop().is_some_and(|(w, _)| w.over());
    for _ in 0..80 {
        if over(&state) {
            break;
        }
        workshop_cmd(
            &mut state,
            WorkshopCommand::Vote {
                answer: 0,
                delta: 1,
            },
        );
        workshop_cmd(&mut state, WorkshopCommand::Next);
    }
    assert!(over(&state) && !state.workshop_view.next_steps_shown);
    workshop_cmd(&mut state, WorkshopCommand::Next);
    assert!(state.workshop_view.next_steps_shown, "the second page");
    workshop_cmd(&mut state, WorkshopCommand::Back);
    assert!(
        over(&state) && !state.workshop_view.next_steps_shown,
        "the ending again"
    );
    workshop_cmd(&mut state, WorkshopCommand::Next);
    workshop_cmd(&mut state, WorkshopCommand::Back);
    workshop_cmd(&mut state, WorkshopCommand::Back);
    assert!(!over(&state), "then back to the last decision");
}
