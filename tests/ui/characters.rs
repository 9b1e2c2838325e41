//! Format v2 in the real app (egui_kittest): the screen offers only the
//! answers the engine makes available, the debrief lists the protective
//! checkpoints, and a boy's run agrees in the masculine.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::common::{app, click, harness, press};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::Screen;
use entretien::scenario::Lang;
use entretien::scenario::check::Report;
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;

/// Yanis, 15, at the youth service: another character, narration, replies,
/// a conditional answer (trust ≥ 4), checkpoints; answers in file order.
fn yanis() -> Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2/yanis-amo.ron");
    check_file(&path, &Limits::default())
}

fn start(lang: Lang) -> (tempfile::TempDir, Harness<'static, App>) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![yanis()], lang));
    click(&mut h, "Préparer l'entretien…");
    // The briefing names the other people met, with their role.
    h.get_by_label("Inès (collègue éducatrice)");
    click(&mut h, "Commencer l'entretien");
    assert!(matches!(h.state().state.screen, Screen::Interview(_)));
    (dir, h)
}

const CONDITIONAL: &str = "Tu m'as dit merci tout à l'heure";

#[test]
fn a_conditional_answer_appears_only_once_its_condition_holds() {
    let (_dir, mut h) = start(Lang::Fr);
    // "direct" lowers trust to 1: the answer that needs trust ≥ 4 is not drawn.
    press(&mut h, egui::Key::Num2);
    h.get_by_label_contains("Il arrête pas de m'écrire");
    assert!(h.query_by_label_contains(CONDITIONAL).is_none());
    // Key 3 is now nothing: only two answers are offered.
    press(&mut h, egui::Key::Num3);
    let Screen::Interview(session) = &h.state().state.screen else {
        panic!("left the interview");
    };
    assert_eq!(session.run.steps().len(), 1);
    click(&mut h, "Annuler le dernier choix (Ctrl+Z)");
    // "cadre" raises trust to 4: now it is offered, and chosen with key 2.
    press(&mut h, egui::Key::Num1);
    h.get_by_label_contains(CONDITIONAL);
    press(&mut h, egui::Key::Num2);
    h.get_by_label_contains("Inès passe la tête par la porte");
}

#[test]
fn the_debrief_lists_checkpoints_done_and_missed_in_the_masculine() {
    let (_dir, mut h) = start(Lang::Fr);
    // Masculine mood on the current line.
    h.get_by_label("Yanis — hésitant");
    press(&mut h, egui::Key::Num1); // cadre
    h.get_by_label_contains("Ok. Merci.");
    press(&mut h, egui::Key::Num1); // securite
    h.get_by_label_contains("Étape franchie\u{202F}: Sécurité vérifiée ce soir");
    h.get_by_label("1. Continuer");
    h.check_accessibility();
    press(&mut h, egui::Key::Num1); // Continuer
    press(&mut h, egui::Key::Num1); // conclure
    assert!(matches!(h.state().state.screen, Screen::Debrief { .. }));
    h.get_by_label("Étapes de protection");
    h.get_by_label("Sécurité vérifiée ce soir — Franchie");
    h.get_by_label("Entretien conclu — Franchie");
    // No answer on this path could take it: the interview ended first.
    h.get_by_label("Ne pas rester seul·e — Non atteinte\u{202f}: l'entretien s'est arrêté avant");
    h.get_by_label_contains("Parlez-en à une collègue");
    h.get_by_label("Ce qu'il pensait");
    h.check_accessibility();
    assert!(h.query_by_label("Ce qu'elle pensait").is_none());
    // Three decisions: the "Continuer" is not one.
    let Screen::Debrief { debrief, .. } = &h.state().state.screen else {
        unreachable!()
    };
    assert_eq!(debrief.decisions.len(), 3);
}

#[test]
fn in_english_the_other_character_is_named_with_a_role() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![yanis()], Lang::En));
    click(&mut h, "Prepare the interview…");
    click(&mut h, "Start the interview");
    press(&mut h, egui::Key::Num1);
    press(&mut h, egui::Key::Num1);
    h.get_by_label("Inès (fellow youth worker)");
    h.get_by_label("1. Continue");
}
