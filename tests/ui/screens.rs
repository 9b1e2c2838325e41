//! The real app driven through its screens with egui_kittest: complete runs
//! in both modes and both languages, resume, undo, retry, broken files,
//! corrupt history, keyboard use. Every `run()` also checks that each
//! control has an accessible name.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, broken, click, harness, press, settle_saves, template, zoom_percent};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::Screen;
use entretien::scenario::Lang;

fn screen<'h>(h: &'h Harness<'_, App>) -> &'h Screen {
    &h.state().state.screen
}

fn steps(h: &Harness<'_, App>) -> usize {
    match screen(h) {
        Screen::Interview(session) => session.run.steps().len(),
        other => panic!("not in an interview: {other:?}"),
    }
}

/// A text shown at least once (headings repeat the navigation labels).
fn shown(h: &Harness<'_, App>, label: &str) {
    assert!(
        h.query_all_by_label(label).next().is_some(),
        "{label:?} not shown"
    );
}

/// Answers with key 1 until the debrief; returns the number of decisions.
fn answer_until_debrief(h: &mut Harness<'_, App>) -> usize {
    let mut n = 0;
    while matches!(screen(h), Screen::Interview(_)) {
        press(h, egui::Key::Num1);
        n += 1;
        assert!(n < 50, "the interview should end");
    }
    n
}

fn start(h: &mut Harness<'_, App>, prepare: &str, begin: &str) {
    click(h, prepare);
    assert!(matches!(screen(h), Screen::Briefing { .. }));
    click(h, begin);
    assert!(matches!(screen(h), Screen::Interview(_)));
}

#[test]
fn practice_run_in_french_shows_feedback_and_the_debrief() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    shown(&h, "Scénarios");
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
    h.get_by_label_contains("Ouais");
    press(&mut h, egui::Key::Num1);
    assert_eq!(steps(&h), 1);
    h.get_by_label_contains("Retour sur votre choix");
    h.get_by_label("Annuler le dernier choix (Ctrl+Z)");
    answer_until_debrief(&mut h);
    assert!(matches!(screen(&h), Screen::Debrief { .. }));
    h.get_by_label("Profil sur les cinq points clés");
    h.get_by_label("Et maintenant\u{202F}?");
    assert!(h.query_all_by_label_contains("116 000").next().is_some());
    assert!(
        h.query_all_by_label_contains("Procureur du Roi")
            .next()
            .is_some()
    );
    h.get_by_label("Ce qu'elle pensait");
    assert_eq!(h.state().state.history.len(), 1);
}

#[test]
fn assessment_run_in_english_hides_feedback_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::En));
    click(&mut h, "Assessment");
    start(&mut h, "Prepare the interview…", "Start the interview");
    h.get_by_label_contains("You wanted to see me");
    press(&mut h, egui::Key::Num1);
    assert!(
        h.query_by_label_contains("Feedback on your choice")
            .is_none()
    );
    assert!(h.query_by_label("Undo the last choice").is_none());
    answer_until_debrief(&mut h);
    h.get_by_label("Profile on the five key points");
    h.get_by_label("What to do next");
    assert!(
        h.query_all_by_label_contains("Child Focus: 116 000")
            .next()
            .is_some()
    );
}

#[test]
fn undo_takes_back_the_last_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
    press(&mut h, egui::Key::Num1);
    assert_eq!(steps(&h), 1);
    click(&mut h, "Annuler le dernier choix (Ctrl+Z)");
    assert_eq!(steps(&h), 0);
}

#[test]
fn quit_then_resume_even_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
    press(&mut h, egui::Key::Num1);
    click(&mut h, "Quitter (reprendre plus tard)");
    assert!(matches!(screen(&h), Screen::Library));
    drop(h);
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Reprendre");
    assert_eq!(steps(&h), 1);
}

#[test]
fn retry_from_a_decision_of_the_debrief() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
    let decisions = answer_until_debrief(&mut h);
    assert!(decisions >= 2);
    click(&mut h, "Réessayer à partir d'ici (Décision 2)");
    assert_eq!(steps(&h), 1);
    click(&mut h, "Pause / sortir");
    assert!(h.state().state.paused);
    h.get_by_label("Reprendre l'entretien");
    click(&mut h, "Retour aux scénarios (l'entretien est gardé)");
    assert!(matches!(screen(&h), Screen::Library));
    h.get_by_label("Reprendre");
}

#[test]
fn a_broken_scenario_is_listed_with_its_error_and_the_others_play() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template(), broken()], Lang::Fr));
    h.get_by_label("Ce fichier contient des erreurs et ne peut pas être joué");
    h.get_by_label_contains("unknown-target.ron:32:32");
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
}

#[test]
fn a_corrupt_history_file_is_moved_aside_and_said() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/history.ron"), "not ron at all").unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    h.get_by_label_contains("Un fichier de données endommagé a été mis de côté");
    assert!(dir.path().join("data/history.ron.corrupt").exists());
    click(&mut h, "Fermer (1)");
    assert!(h.state().state.notices.all().is_empty());
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
    answer_until_debrief(&mut h);
    assert_eq!(h.state().state.history.len(), 1);
}

#[test]
fn arrows_and_enter_choose_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
    press(&mut h, egui::Key::ArrowDown);
    press(&mut h, egui::Key::ArrowDown);
    press(&mut h, egui::Key::Enter);
    let (Screen::Interview(session) | Screen::Debrief { session, .. }) = screen(&h) else {
        panic!()
    };
    // The second answer of the first beat is "direct".
    assert_eq!(session.run.steps()[0].choice, 1);
}

#[test]
fn language_switches_live_and_every_screen_passes_the_accessibility_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "EN");
    shown(&h, "Scenarios");
    click(&mut h, "Settings");
    shown(&h, "Text size");
    click(&mut h, "High contrast");
    click(&mut h, "History");
    h.get_by_label("No attempts yet.");
    h.check_accessibility();
    click(&mut h, "Resources");
    assert!(
        h.query_all_by_label_contains("You can stop at any time")
            .next()
            .is_some()
    );
    assert!(h.query_all_by_label_contains("Pag-Asa").next().is_some());
    h.check_accessibility();
    click(&mut h, "FR");
    shown(&h, "Historique");
}

#[test]
fn history_lists_attempts_with_a_trend_and_stays_accessible() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    for _ in 0..2 {
        start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
        answer_until_debrief(&mut h);
        click(&mut h, "Retour aux scénarios");
    }
    click(&mut h, "Historique");
    assert_eq!(h.state().state.history.len(), 2);
    shown(&h, "Évolution par point clé");
    assert_eq!(
        h.query_all_by_label("Entraînement").count(),
        2,
        "one row per attempt"
    );
    h.check_accessibility();
}

#[test]
fn every_builtin_scenario_plays_to_the_end_in_both_languages() {
    let builtin =
        entretien::scenario::library::builtin(&entretien::scenario::load::Limits::default());
    assert!(!builtin.is_empty());
    for report in builtin {
        for lang in [Lang::Fr, Lang::En] {
            let dir = tempfile::tempdir().unwrap();
            let mut h = harness(app(dir.path(), vec![report.clone()], lang));
            let (prepare, begin) = match lang {
                Lang::Fr => ("Préparer l'entretien…", "Commencer l'entretien"),
                Lang::En => ("Prepare the interview…", "Start the interview"),
            };
            start(&mut h, prepare, begin);
            answer_until_debrief(&mut h);
            assert!(
                matches!(screen(&h), Screen::Debrief { .. }),
                "{}",
                report.file
            );
        }
    }
}

#[test]
fn settings_are_kept_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Réglages");
    click(&mut h, "Sombre");
    click(&mut h, "English");
    settle_saves(&mut h);
    let text = std::fs::read_to_string(dir.path().join("data/settings.ron")).unwrap();
    let saved = entretien::store::parse_settings(&text).unwrap();
    assert_eq!(saved.theme, entretien::store::Theme::Dark);
    assert_eq!(saved.lang, Lang::En);
    // A new window on the same folder opens with them.
    let h = harness(app(dir.path(), vec![template()], Lang::Fr));
    assert_eq!(h.state().state.settings, saved);
}

/// The map's zoom label, in French.
const ZOOM: &str = "Zoom\u{202F}:";

#[test]
fn the_branch_map_opens_on_the_debrief_and_zooms_by_button_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    start(&mut h, "Préparer l'entretien…", "Commencer l'entretien");
    answer_until_debrief(&mut h);
    assert!(h.query_by_label("Zoom avant").is_none(), "folded at first");
    click(&mut h, "Carte des embranchements");
    let first = zoom_percent(&h, ZOOM);
    click(&mut h, "Zoom avant");
    let closer = zoom_percent(&h, ZOOM);
    assert!(closer > first, "{closer} > {first}");
    click(&mut h, "Zoom arrière");
    click(&mut h, "Zoom arrière");
    assert!(zoom_percent(&h, ZOOM) < first);
    click(&mut h, "Revenir au parcours");
    assert_eq!(zoom_percent(&h, ZOOM), first);
    // From the keyboard: the map takes the focus, + zooms in.
    h.get_by_label_contains("Carte des embranchements (au clavier")
        .focus();
    h.run();
    press(&mut h, egui::Key::Plus);
    h.run();
    assert!(zoom_percent(&h, ZOOM) > first);
    click(&mut h, "Vue d'ensemble");
    h.check_accessibility();
}
