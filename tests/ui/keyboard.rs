//! The keyboard as a trainee uses it (issue 18): Tab starts in the
//! screen's content, Enter starts from the briefing, no answer stays
//! highlighted on a new beat, Ctrl+Z undoes, and a debrief opened by a
//! retry starts at its top.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, click, harness, press, template};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::Screen;
use entretien::scenario::Lang;

fn steps(h: &Harness<'_, App>) -> usize {
    match &h.state().state.screen {
        Screen::Interview(session) => session.run.steps().len(),
        other => panic!("not in an interview: {other:?}"),
    }
}

#[test]
fn tab_starts_in_the_content_and_enter_starts_the_briefing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    press(&mut h, egui::Key::Tab);
    // The first control of the library, not the top bar's "Scénarios".
    assert!(h.get_by_label("Entraînement").is_focused());
    click(&mut h, "Préparer l'entretien…");
    assert!(h.get_by_label("Commencer l'entretien").is_focused());
    press(&mut h, egui::Key::Enter);
    assert_eq!(steps(&h), 0);
}

#[test]
fn no_answer_stays_highlighted_and_ctrl_z_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Préparer l'entretien…");
    press(&mut h, egui::Key::Enter);
    press(&mut h, egui::Key::ArrowDown);
    press(&mut h, egui::Key::Enter);
    assert_eq!(steps(&h), 1);
    h.run();
    // Enter again picks nothing: the focus went with the beat.
    press(&mut h, egui::Key::Enter);
    assert_eq!(steps(&h), 1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(steps(&h), 0);
}

#[test]
fn a_debrief_after_a_retry_opens_at_its_top() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Préparer l'entretien…");
    press(&mut h, egui::Key::Enter);
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        press(&mut h, egui::Key::Num1);
    }
    let heading = |h: &Harness<'_, App>| h.get_by_label("Profil sur les cinq points clés").rect();
    let top = heading(&h).top();
    // Down to the last card, and retry from there.
    click(&mut h, "Réessayer à partir d'ici (Décision 1)");
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        press(&mut h, egui::Key::Num1);
    }
    assert!(
        (heading(&h).top() - top).abs() < 1.0,
        "{top} then {:?}",
        heading(&h)
    );
}
