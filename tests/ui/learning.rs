//! The debrief's other pages in the real app (issue 21): the radar and
//! the young person's side, present and accessible, with what a real run
//! did; a retry from a decision that ends beside the run it came from;
//! the young person's page reached with the keyboard alone.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, click, harness_sized, press, settle_saves, template};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, DebriefView, Screen};
use entretien::engine::Session;
use entretien::i18n::learning_debrief::signed;
use entretien::scenario::Lang;

const SIDE: &str = "Du côté de Léa";
const COMPARE: &str = "Comparer avec l'essai précédent";

/// The template played from the library to its debrief, `digit` at every
/// decision.
fn played(digit: egui::Key) -> (tempfile::TempDir, Harness<'static, App>) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_sized(
        app(dir.path(), vec![template()], Lang::Fr),
        egui::vec2(1280.0, 720.0),
    );
    click(&mut h, "Préparer l'entretien…");
    click(&mut h, "Commencer l'entretien");
    finish(&mut h, digit);
    (dir, h)
}

fn finish(h: &mut Harness<'_, App>, digit: egui::Key) {
    let mut presses = 0;
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        press(h, digit);
        presses += 1;
        assert!(presses < 20, "the template should end");
    }
}

fn on_screen(h: &Harness<'_, App>) -> Session {
    match &h.state().state.screen {
        Screen::Debrief { session, .. } | Screen::Interview(session) => (**session).clone(),
        other => panic!("no interview on screen: {other:?}"),
    }
}

#[test]
fn the_radar_and_the_young_persons_side_show_a_real_run_accessibly() {
    let (_dir, mut h) = played(egui::Key::Num1);
    h.get_by_label_contains("Profil sur les cinq points clés\u{202F}: Cet entretien\u{202F}:");
    h.check_accessibility();
    click(&mut h, SIDE);
    assert_eq!(h.state().state.debrief_view, DebriefView::YoungPerson);
    let session = on_screen(&h);
    let s = h.state().state.scenario("template").unwrap().clone();
    let moments = session.run.perspective(&s);
    let thought = moments.iter().find_map(|m| m.thought.as_ref()).unwrap();
    h.get_by_label_contains(thought.get(Lang::Fr));
    let (trust, max) = moments
        .iter()
        .flat_map(|m| &m.stakes)
        .find(|st| st.trust && st.before != st.after)
        .map(|st| (st, st.max))
        .expect("the run moved trust");
    let change = format!(
        "Confiance\u{202F}: {}/{max} → {}/{max}  {}",
        trust.before,
        trust.after,
        signed(trust.after - trust.before)
    );
    h.get_by_label(&change);
    h.check_accessibility();
}

#[test]
fn a_retry_from_a_decision_ends_beside_the_run_it_came_from() {
    let (_dir, mut h) = played(egui::Key::Num1);
    let original = on_screen(&h);
    assert!(
        h.query_by_label(COMPARE).is_none(),
        "no fork, no comparison"
    );
    click(&mut h, "Réessayer à partir d'ici (Décision 2)");
    let fork = on_screen(&h);
    let s = h.state().state.scenario("template").unwrap().clone();
    let step = original.run.steps_before_decision(&s, 2).unwrap();
    assert_eq!(fork.run.steps(), &original.run.steps()[..step]);
    // Another answer at decision 2, then the first ones to the end.
    press(&mut h, egui::Key::Num2);
    finish(&mut h, egui::Key::Num1);
    click(&mut h, COMPARE);
    h.get_by_label("Vous avez repris l'essai précédent à la décision 2.");
    h.get_by_label("Identiques jusque-là, les deux essais diffèrent à partir de la décision 2.");
    let (_, c) = h.state().state.comparison().unwrap();
    let moved = c.points.iter().find_map(|p| p.delta().filter(|d| *d != 0));
    let moved = moved.expect("another answer moves a key point");
    assert!(
        h.query_all_by_label(&signed(moved.into())).next().is_some(),
        "the change {moved} is shown"
    );
    h.check_accessibility();
}

#[test]
fn the_young_persons_side_is_reached_with_tab_and_enter() {
    let (_dir, mut h) = played(egui::Key::Num1);
    let mut tabs = 0;
    while !h.get_by_label(SIDE).is_focused() {
        press(&mut h, egui::Key::Tab);
        tabs += 1;
        assert!(tabs < 30, "Tab never reached the young person's side");
    }
    press(&mut h, egui::Key::Enter);
    assert_eq!(h.state().state.debrief_view, DebriefView::YoungPerson);
    h.get_by_label_contains("Chacune de vos réponses vue par Léa");
}

/// At twice the text size on the smallest window, the comparison's
/// columns wrap their words inside the window.
#[test]
fn the_comparison_fits_a_narrow_window_at_large_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), vec![template()], Lang::En);
    app.state.settings.text_scale = 2.0;
    let (w, zoom) = (1024.0, 2.0);
    let mut h = harness_sized(app, egui::vec2(w, 700.0));
    click(&mut h, "Prepare the interview…");
    click(&mut h, "Start the interview");
    finish(&mut h, egui::Key::Num1);
    click(&mut h, "Retry from here (Decision 2)");
    press(&mut h, egui::Key::Num2);
    finish(&mut h, egui::Key::Num1);
    click(&mut h, "Compare with the previous attempt");
    let (_, c) = h.state().state.comparison().unwrap();
    let mut cells: Vec<String> = vec![
        format!("{} — ", c.first.title.get(Lang::En)),
        format!("{} — ", c.second.title.get(Lang::En)),
    ];
    cells.extend(
        c.checkpoints
            .iter()
            .map(|p| p.label.get(Lang::En).to_owned()),
    );
    let exact = ["Change", "Recommended answers"].map(|t| h.get_by_label(t).rect());
    for (text, rect) in ["Change", "Recommended answers"].iter().zip(exact) {
        assert!(rect.right() <= w / zoom, "{text} at {rect:?}");
    }
    for text in cells {
        let rect = h.get_all_by_label_contains(&text).next().unwrap().rect();
        assert!(rect.right() <= w / zoom, "{text} at {rect:?}");
    }
    h.check_accessibility();
}

/// The debrief's export buttons write the files, in the data folder's
/// `exports/`, and a notice says where.
#[test]
fn the_debriefs_export_buttons_write_the_page_and_the_statements() {
    let (dir, mut h) = played(egui::Key::Num1);
    let exports = dir.path().join("data").join("exports");
    click(&mut h, "Page à imprimer");
    settle_saves(&mut h);
    click(&mut h, "xAPI");
    settle_saves(&mut h);
    let mut names: Vec<String> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names[0].ends_with(".html") && names[1].ends_with(".xapi.json"),
        "{names:?}"
    );
    let page = std::fs::read_to_string(exports.join(&names[0])).unwrap();
    assert!(
        page.contains("Du côté de Léa"),
        "the page holds the young person's side"
    );
    // One notice per file written, naming it.
    let told = h
        .query_all_by_label_contains("Exporté (ouvert à l'instant)")
        .count();
    assert_eq!(told, 2);
    h.check_accessibility();
}

/// A protective step the interview ended before is « non atteinte », not
/// a miss: the template's "direct" ends it at the first answer.
#[test]
fn a_step_the_interview_stopped_before_is_not_called_missed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_sized(
        app(dir.path(), vec![template()], Lang::Fr),
        egui::vec2(1280.0, 720.0),
    );
    click(&mut h, "Préparer l'entretien…");
    click(&mut h, "Commencer l'entretien");
    let s = h.state().state.entries[0].scenario.clone().unwrap();
    let session = on_screen(&h);
    let beat = s.beat(session.run.beat().unwrap());
    let direct = beat.choices.iter().position(|c| c.key == "direct").unwrap();
    h.state_mut().state.handle(Command::Choose(direct as u16));
    h.run();
    assert!(matches!(h.state().state.screen, Screen::Debrief { .. }));
    let stopped = "Non atteinte\u{202f}: l'entretien s'est arrêté avant";
    assert!(h.query_all_by_label_contains(stopped).count() >= 1);
    assert_eq!(h.query_all_by_label_contains("Non franchie").count(), 0);
}
