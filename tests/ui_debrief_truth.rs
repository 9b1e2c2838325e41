//! The debrief tells the truth, in the real app (egui_kittest, accessibility
//! checked): what decided the ending and a retry there; an assessment that
//! gives no feedback during the interview, says which mode runs, and ends
//! with its overall result; gauges that show the last answer's change.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{app, click, harness, harness_sized, press, template};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, Screen};
use entretien::engine::{Mode, Session};
use entretien::scenario::check::{Report, check_file};
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};

const KELLY: &str = "tests/fixtures/debrief/kelly-foyer-before-revision.ron";
const SEED: u64 = 2006910085158467303;
const KEYS: &str = "pas-sanction,besoins,medecin,soeur,objectif-soeur,observer,bizarre,merci-silence,transparence,merci-confiance,quitte-le,ne-rien-sans-toi,securite,plan-nuit,appeler-ce-soir,petit-pas,tenir-parole,avec-elle,conclure";

fn kelly() -> Report {
    check_file(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(KELLY),
        &Limits::default(),
    )
}

fn scenario(h: &Harness<'_, App>) -> Scenario {
    h.state().state.entries[0].scenario.clone().unwrap()
}

/// The run of issue 17 played to its end through the app's commands.
#[test]
fn the_debrief_names_decision_11_and_retries_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_sized(
        app(dir.path(), vec![kelly()], Lang::Fr),
        egui::vec2(1100.0, 760.0),
    );
    let s = scenario(&h);
    let session = Session::new(&s, SEED, Mode::Practice, Lang::Fr, 1_764_000_000_000);
    h.state_mut().state.screen = Screen::Interview(Box::new(session));
    let beat_now = |h: &Harness<'_, App>| match &h.state().state.screen {
        Screen::Interview(session) => session.run.beat().map(|b| s.beat(b).clone()),
        _ => None,
    };
    for key in KEYS.split(',') {
        // Narration beats go on with their single "Continuer".
        while beat_now(&h).is_some_and(|b| b.choices[0].continues) {
            h.state_mut().state.handle(Command::Choose(0));
        }
        let beat = beat_now(&h).unwrap_or_else(|| panic!("ended before {key}"));
        let index = beat.choices.iter().position(|c| c.key == key).unwrap();
        h.state_mut().state.handle(Command::Choose(index as u16));
        h.run();
    }
    let Screen::Debrief { debrief, .. } = &h.state().state.screen else {
        panic!("no debrief");
    };
    assert_eq!(debrief.ending_id, "distance");
    h.get_by_label("Ce qui a décidé de la fin");
    h.get_by_label_contains("Décision 11 — «\u{202f}Tu vois bien qu'il te manipule");
    h.get_by_label_contains("se serait terminé par «\u{202f}Kelly commence à parler\u{202f}»");
    h.check_accessibility();
    click(&mut h, "Réessayer à partir de la décision 11");
    let Screen::Interview(session) = &h.state().state.screen else {
        panic!("the retry did not open the interview");
    };
    assert_eq!(s.beat(session.run.beat().unwrap()).id, "ressenti");
    assert_eq!(session.run.steps().len(), 10);
}

#[test]
fn an_assessment_gives_no_feedback_and_ends_with_its_result() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Évaluation");
    click(&mut h, "Préparer l'entretien…");
    click(&mut h, "Commencer l'entretien");
    // The mode is in sight; no gauge.
    h.get_by_label("Évaluation");
    assert!(h.query_all_by_label_contains("Confiance").next().is_none());
    let mut decisions = 0;
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        press(&mut h, egui::Key::Num1);
        decisions += 1;
        assert!(decisions < 20, "the template should end");
        // The first answers pass "transparency": never announced here.
        assert!(
            h.query_all_by_label_contains("Étape franchie")
                .next()
                .is_none()
        );
    }
    h.get_by_label_contains("Évaluation du ");
    h.get_by_label_contains("réponses recommandées sur");
    h.get_by_label_contains("étapes de protection franchies sur 2");
    h.check_accessibility();
}

#[test]
fn a_gauge_shows_the_change_of_the_last_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Préparer l'entretien…");
    click(&mut h, "Commencer l'entretien");
    h.get_by_label("Confiance 3/10");
    press(&mut h, egui::Key::Num1);
    h.get_by_label("Confiance 5/10 (+2)");
    h.check_accessibility();
}
