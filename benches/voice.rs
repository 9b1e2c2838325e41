//! From a choice to the start of the next line's voice: the command
//! handler, the effects, the voice lookup, and the first samples decoded by
//! a null output (what a device does before it can sound). Target (issue
//! 9): under 50 ms.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use entretien::app::sound::Sound;
use entretien::app::state::{AppState, Command, Screen, Setup};
use entretien::audio::NullOutput;
use entretien::engine::View;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::store::Settings;

/// Kelly at her first line, sound on, and the answer to give.
fn at_first_beat() -> (AppState, Sound, u16) {
    let mut state = AppState::new(Setup {
        entries: builtin(&Limits::default()),
        store: None,
        user_scenarios: None,
        settings: Settings::default(),
        seed: 3,
        clock_ms: Box::new(|| 0),
    });
    state.handle(Command::OpenBriefing("kelly-foyer".into()));
    state.handle(Command::Start);
    let Screen::Interview(session) = &state.screen else {
        panic!("the interview did not start")
    };
    let s = state.scenario("kelly-foyer").unwrap();
    let View::Beat { offers, .. } = session.run.view(s) else {
        panic!("ended at once")
    };
    let first = offers[0].index;
    let mut sound = Sound::with_output(Box::new(NullOutput::default()));
    sound.frame(&state);
    (state, sound, first)
}

fn choice_to_voice(c: &mut Criterion) {
    // The bench means nothing without voices: check one starts.
    let (mut state, mut sound, first) = at_first_beat();
    let effects = state.handle(Command::Choose(first));
    sound.follow(&state, &effects);
    let failures = sound.take_new_failures();
    assert!(failures.is_empty(), "{failures:?}");
    let controller = sound.controller().expect("sound on");
    assert!(
        controller.current_line().is_some(),
        "no voice: generate them first"
    );
    c.bench_function("choice_to_voice_start", |b| {
        b.iter_batched(
            at_first_beat,
            |(mut state, mut sound, first)| {
                let effects = state.handle(Command::Choose(first));
                sound.follow(&state, &effects);
                sound
            },
            BatchSize::SmallInput,
        );
    });
}

criterion_group!(benches, choice_to_voice);
criterion_main!(benches);
