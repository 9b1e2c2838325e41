//! The app with sound, through a null output: each line's voice starts as
//! it appears, R and S act on it, and the debrief's closing plays, pauses
//! and stops. Needs the committed voices of the built-in scenarios.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{click, harness};
use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{AppState, Screen, Setup};
use entretien::audio::{ClosingState, NullOutput, PlaybackError};
use entretien::scenario::Lang;
use entretien::scenario::check::Report;
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

/// Kelly's interview with its first line's voice replaced by a broken WAV
/// (0 samples a second, which made symphonia panic), in a copy of the
/// built-in's folder layout; the broken file and the first line's real one.
fn kelly_with_a_broken_first_voice(dir: &Path) -> (AppState, PathBuf, PathBuf) {
    let mut kelly = builtin(&Limits::default())
        .into_iter()
        .find(|r| r.file.contains("kelly"))
        .unwrap();
    let s = kelly.scenario.as_mut().unwrap();
    let first = s
        .voice(&s.line_id(s.start, 0), Lang::Fr)
        .unwrap()
        .to_path_buf();
    let broken = dir.join("broken.wav");
    std::fs::write(&broken, crate::media::zero_rate_wav()).unwrap();
    let start = s.start as usize;
    if let Some(speech) = s.beats[start].speech.as_mut() {
        speech.main.audio.fr = Some(broken.clone());
        for v in &mut speech.variants {
            v.line.audio.fr = Some(broken.clone());
        }
    }
    (state_over(dir, vec![kelly]), broken, first)
}

fn state_over(dir: &Path, entries: Vec<Report>) -> AppState {
    AppState::new(Setup {
        entries,
        store: Some(Store::new(&dir.join("data"))),
        user_scenarios: None,
        settings: Settings::default(),
        seed: 2,
        clock_ms: Box::new(|| 1_764_000_000_000),
    })
}

/// Issue 19, fault 6: a voice file that makes the decoder fail is said in
/// a notice, and the sound goes on: the next line's voice still plays.
#[test]
fn a_voice_that_will_not_play_is_said_and_the_sound_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (state, broken, first) = kelly_with_a_broken_first_voice(dir.path());
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

/// Issue 20, item 6: the trainee is told once per file, in a notice that
/// takes nothing over; the trainer finds the file named in the settings,
/// beside the output in use, until the list is cleared.
#[test]
fn the_settings_name_a_voice_that_would_not_play_until_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let (state, broken, _) = kelly_with_a_broken_first_voice(dir.path());
    let mut h = harness(App::with_output(state, Box::new(NullOutput::default())));
    click(&mut h, "Préparer l'entretien…");
    click(&mut h, "Commencer l'entretien");
    click(&mut h, "Fermer (1)");
    h.key_press(egui::Key::R);
    h.run();
    assert!(
        h.state().state.notices.all().is_empty(),
        "played again, the same file is not told again"
    );
    click(&mut h, "Réglages");
    h.get_by_label("Sortie audio\u{202F}: celle du système");
    h.get_by_label("Problèmes de lecture");
    let named = format!(
        "Fichier son qui ne se lit pas\u{202F}: {}",
        broken.display()
    );
    assert_eq!(h.query_all_by_label(&named).count(), 1, "listed once");
    h.check_accessibility();
    click(&mut h, "Effacer la liste");
    assert!(h.query_by_label(&named).is_none());
    h.get_by_label("Aucun problème de lecture");
}

/// A card that stops while playing (unplugged) is said once, the top bar
/// says « Sans son », and the settings say why.
#[test]
fn a_card_that_stops_is_said_and_the_settings_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut out = NullOutput::default();
    out.fail_later(PlaybackError::DeviceLost("device unplugged".into()));
    let mut h = harness(App::with_output(
        state_over(dir.path(), Vec::new()),
        Box::new(out),
    ));
    h.get_by_label_contains("Le son s'est arrêté");
    h.get_by_label("Sans son");
    click(&mut h, "Réglages");
    h.get_by_label_contains("Aucune sortie audio");
    h.get_by_label("La sortie audio s'est arrêtée pendant la lecture");
    h.check_accessibility();
}
