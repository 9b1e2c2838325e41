//! The app with sound, through a null output: each line's voice starts as
//! it appears, R and S act on it, and the debrief's closing plays, pauses
//! and stops. Needs the committed voices of the built-in scenarios.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "common/media.rs"]
mod media;

use common::{click, harness};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{AppState, Screen, Setup};
use entretien::audio::{ClosingState, NullOutput};
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::store::{Settings, Store};

fn voice(h: &Harness<'_, App>) -> Option<std::path::PathBuf> {
    let controller = h.state().sound.controller().expect("sound on");
    // Every file played: no notice of a sound file that failed.
    assert!(
        h.state().state.notices.all().is_empty(),
        "{:?}",
        h.state().state.notices.all()
    );
    controller.current_line().map(std::path::Path::to_path_buf)
}

#[test]
fn voices_follow_the_lines_and_the_closing_plays_pauses_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(Setup {
        entries: builtin(&Limits::default()),
        store: Some(Store::new(&dir.path().join("data"))),
        user_scenarios: None,
        settings: Settings::default(),
        seed: 2,
        clock_ms: Box::new(|| 1_764_000_000_000),
    });
    let mut h = harness(App::with_output(state, Box::new(NullOutput::default())));
    assert!(h.query_by_label("Sans son").is_none());
    h.get_all_by_label("Préparer l'entretien…")
        .next()
        .unwrap()
        .click();
    h.run();
    click(&mut h, "Commencer l'entretien");
    let first = voice(&h).expect("the first line has a voice");
    assert!(
        first.to_string_lossy().contains("kelly-foyer/fr/"),
        "{first:?}"
    );
    h.key_press(egui::Key::R);
    h.run();
    assert_eq!(voice(&h), Some(first.clone()), "R plays it again");
    let mut turns = 0;
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        h.key_press(egui::Key::Num1);
        h.run();
        turns += 1;
        assert!(turns < 80);
    }
    assert_ne!(voice(&h), Some(first), "later lines played");
    click(&mut h, "Écouter la conclusion");
    assert_eq!(
        h.state().sound.closing_state(),
        Some(ClosingState::Playing(0))
    );
    click(&mut h, "Mettre en pause");
    assert_eq!(
        h.state().sound.closing_state(),
        Some(ClosingState::Paused(0))
    );
    click(&mut h, "Reprendre l'écoute");
    click(&mut h, "Arrêter l'écoute");
    assert_eq!(h.state().sound.closing_state(), Some(ClosingState::Stopped));
}

/// Issue 19, fault 6: a voice file that makes the decoder fail (a WAV of
/// 0 samples a second, which made symphonia panic) is said in a notice,
/// and the sound goes on: the next line's voice still plays.
#[test]
fn a_voice_that_will_not_play_is_said_and_the_sound_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let kelly = builtin(&Limits::default())
        .into_iter()
        .find(|r| r.file.contains("kelly"))
        .unwrap();
    let first = {
        let s = kelly.scenario.as_ref().unwrap();
        let id = s.line_id(s.start, 0);
        s.voice(&id, entretien::scenario::Lang::Fr)
            .unwrap()
            .to_path_buf()
    };
    // The first line's voice replaced by a broken WAV, in a copy of the
    // built-in's folder layout.
    let broken = dir.path().join("broken.wav");
    std::fs::write(&broken, media::zero_rate_wav()).unwrap();
    let mut entry = kelly;
    let s = entry.scenario.as_mut().unwrap();
    let start = s.start as usize;
    if let Some(speech) = s.beats[start].speech.as_mut() {
        speech.main.audio.fr = Some(broken.clone());
        for v in &mut speech.variants {
            v.line.audio.fr = Some(broken.clone());
        }
    }
    let state = AppState::new(Setup {
        entries: vec![entry],
        store: Some(Store::new(&dir.path().join("data"))),
        user_scenarios: None,
        settings: Settings::default(),
        seed: 2,
        clock_ms: Box::new(|| 1_764_000_000_000),
    });
    let mut h = harness(App::with_output(state, Box::new(NullOutput::default())));
    click(&mut h, "Préparer l'entretien…");
    click(&mut h, "Commencer l'entretien");
    h.get_by_label_contains("Un fichier son ne se lit pas");
    assert!(
        h.state().sound.unavailable().is_none(),
        "the sound is still on"
    );
    h.key_press(egui::Key::Num1);
    h.run();
    let now = h.state().sound.controller().unwrap().current_line();
    assert!(now.is_some_and(|f| f != broken && f != first), "{now:?}");
}
