//! Fork and compare: a run played on from a decision keeps the finished
//! run beside it, replays it exactly up to there, and ends beside it.

use super::tests::{ID, act, available, play_to_end, start, state_in};
use super::*;

fn on_screen(state: &AppState) -> Session {
    match &state.screen {
        Screen::Interview(session) | Screen::Debrief { session, .. } => (**session).clone(),
        other => panic!("no interview on screen: {other:?}"),
    }
}

/// Plays to the end taking the last answer offered each time (the other
/// tests' runs take the first).
fn play_last_to_end(state: &mut AppState) {
    while let Some(last) = available(state).last().copied() {
        act(state, Command::Choose(last));
    }
}

#[test]
fn a_fork_replays_its_original_up_to_the_fork_and_ends_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    play_to_end(&mut state);
    let original = on_screen(&state);
    assert!(
        state.comparison().is_none(),
        "a first run has nothing to compare"
    );
    let s = state.scenario(ID).unwrap().clone();
    let step = original.run.steps_before_decision(&s, 2).unwrap();
    act(&mut state, Command::RetryFrom(step));
    let fork = on_screen(&state);
    assert_eq!(fork.run.steps(), &original.run.steps()[..step]);
    let kept = state.fork.as_ref().unwrap();
    assert_eq!(kept.original.run, original.run);
    assert_eq!(kept.from_decision, Some(2));
    assert!(state.comparison().is_none(), "not before the fork ends");
    play_last_to_end(&mut state);
    let fork = on_screen(&state);
    let (kept, c) = state.comparison().expect("the fork's debrief compares");
    assert_eq!(kept.original.run, original.run);
    assert_eq!(c.shared_steps, step, "{:?}", fork.run.steps());
    assert_eq!(c.diverged_at, Some(2));
    let (first, second) = (original.run.debrief(&s), fork.run.debrief(&s));
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(
        (&c.first.id, &c.second.id),
        (&first.ending.id, &second.ending.id)
    );
    for (delta, (a, b)) in c.points.iter().zip(first.points.iter().zip(&second.points)) {
        assert_eq!((delta.first, delta.second), (a.score, b.score), "{delta:?}");
    }
    assert_eq!(state.debrief_view, DebriefView::Debrief);
}

#[test]
fn a_fork_of_a_fork_compares_with_its_direct_original_and_leaving_drops_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    play_to_end(&mut state);
    act(&mut state, Command::RetryFrom(0));
    play_last_to_end(&mut state);
    let fork = on_screen(&state);
    act(&mut state, Command::RetryFrom(0));
    assert_eq!(state.fork.as_ref().unwrap().original.run, fork.run);
    play_to_end(&mut state);
    assert!(state.comparison().is_some());
    act(&mut state, Command::ShowDebrief(DebriefView::Comparison));
    assert_eq!(state.debrief_view, DebriefView::Comparison);
    act(&mut state, Command::OpenLibrary);
    assert!(state.fork.is_none() && state.debrief_view == DebriefView::Debrief);
    // Starting afresh from a fork's debrief is no fork either.
    start(&mut state);
    play_to_end(&mut state);
    act(&mut state, Command::RetryFrom(0));
    play_to_end(&mut state);
    assert!(state.fork.is_some());
    act(&mut state, Command::Replay);
    assert!(state.fork.is_none());
}
