//! The faults found when the app was tried as users would, driven through
//! the real window with egui_kittest (each `run()` also checks that every
//! control has an accessible name).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, broken, click, harness, press, settle_saves, template};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::Screen;
use entretien::scenario::Lang;
use entretien::scenario::check::check_source;
use entretien::scenario::library::refuse_taken_ids;
use entretien::scenario::load::Limits;

fn start(h: &mut Harness<'_, App>) {
    click(h, "Préparer l'entretien…");
    click(h, "Commencer l'entretien");
    assert!(matches!(h.state().state.screen, Screen::Interview(_)));
}

fn finish(h: &mut Harness<'_, App>) {
    start(h);
    for _ in 0..50 {
        if !matches!(h.state().state.screen, Screen::Interview(_)) {
            break;
        }
        press(h, egui::Key::Num1);
    }
    assert!(matches!(h.state().state.screen, Screen::Debrief { .. }));
}

/// Fault 1: however many notices, three are shown, the rest counted, and
/// the interview below stays in reach.
#[test]
fn notices_never_cover_the_interview() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    for n in 0..6 {
        let bad = dir.path().join(format!("bad{n}.ron"));
        std::fs::write(&bad, "Scenario(").unwrap();
        h.state_mut()
            .state
            .handle(entretien::app::state::Command::AddFile(bad));
    }
    h.run();
    assert_eq!(h.state().state.notices.all().len(), 6);
    assert_eq!(h.query_all_by_label_contains("Fermer (").count(), 3);
    h.get_by_label_contains("3 autre(s) avis");
    start(&mut h);
    press(&mut h, egui::Key::Num1);
    let Screen::Interview(session) = &h.state().state.screen else {
        panic!()
    };
    assert_eq!(
        session.run.steps().len(),
        1,
        "the answers are still in reach"
    );
}

/// Fault 2: "Reprendre" on a saved interview that does not fit says so and
/// sets it aside; it never panics, now or at the next try.
#[test]
fn resuming_a_damaged_saved_interview_says_so_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    start(&mut h);
    press(&mut h, egui::Key::Num1);
    click(&mut h, "Quitter (reprendre plus tard)");
    settle_saves(&mut h);
    let file = dir.path().join("data/unfinished.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("beat: ", "beat: 9999", 1)).unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Reprendre");
    assert!(matches!(h.state().state.screen, Screen::Library));
    h.get_by_label_contains("Cet entretien ne peut pas être repris");
    h.get_by_label_contains("la sauvegarde est endommagée");
    assert!(h.query_by_label("Reprendre").is_none());
    start(&mut h);
}

/// Fault 3: two windows on one data folder, each finishing an interview:
/// both attempts are in the history a third window shows.
#[test]
fn two_windows_on_one_folder_keep_both_attempts() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = harness(app(dir.path(), vec![template()], Lang::Fr));
    let mut second = harness(app(dir.path(), vec![template()], Lang::Fr));
    finish(&mut first);
    finish(&mut second);
    settle_saves(&mut first);
    settle_saves(&mut second);
    let mut third = harness(app(dir.path(), vec![template()], Lang::Fr));
    assert_eq!(third.state().state.history.len(), 2);
    click(&mut third, "Historique");
    let listed = third.query_all_by_label_contains("Entraînement").count();
    assert!(listed >= 2, "both attempts are listed: {listed}");
}

/// Fault 4: a history that cannot be read is left in place and the reason
/// is shown.
#[test]
fn an_unreadable_history_is_left_in_place_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data/history.ron")).unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    h.get_by_label_contains("ne peut pas être lu");
    h.get_by_label_contains("history.ron");
    // The system's reason, folded under "Détails".
    click(&mut h, "Détails");
    h.get_by_label_contains("not a regular file");
    finish(&mut h);
    settle_saves(&mut h);
    assert!(dir.path().join("data/history.ron").is_dir());
    h.get_by_label_contains("Impossible d'enregistrer");
}

/// Fault 5: a second file with the template's id shows its error; only the
/// first can be prepared or resumed.
#[test]
fn a_copy_with_a_taken_id_shows_which_file_wins() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/template.ron"),
    )
    .unwrap();
    let copy = check_source(&src, "copie.ron", None, &Limits::default());
    let mut entries = vec![template(), copy, broken()];
    refuse_taken_ids(&mut entries);
    let mut h = harness(app(dir.path(), entries, Lang::Fr));
    assert_eq!(h.query_all_by_label("Préparer l'entretien…").count(), 1);
    h.get_by_label_contains("est déjà celui de template.ron");
    start(&mut h);
    press(&mut h, egui::Key::Num1);
    click(&mut h, "Quitter (reprendre plus tard)");
    assert_eq!(h.query_all_by_label("Reprendre").count(), 1);
}

/// Fault 6: without sound, the settings say why.
#[test]
fn the_settings_say_why_there_is_no_sound() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Réglages");
    h.get_by_label_contains("Aucune sortie audio");
    h.get_by_label_contains("Branchez un casque");
    // The technical reason, folded under "Détails".
    h.get_by_label("Détails");
}
