//! The debrief tells the truth, in the real app (egui_kittest, accessibility
//! checked): what decided the ending, a way to its card and a retry there;
//! a closing that praises only what was done, in words that agree with the
//! young person; an assessment that gives no feedback during the
//! interview, says which mode runs, and ends with its overall result;
//! gauges that show the last answer's change; the key points' legend.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, click, harness, harness_sized, press, template};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, Screen};
use entretien::engine::{Mode, Session};
use entretien::scenario::check::Report;
use entretien::scenario::disk::check_file;
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
    assert_eq!(debrief.ending.id, "distance");
    h.get_by_label("Ce qui a décidé de la fin");
    h.get_by_label_contains("Décision 11 — «\u{202f}Tu vois bien qu'il te manipule");
    h.get_by_label_contains("se serait terminé par «\u{202f}Kelly commence à parler\u{202f}»");
    h.check_accessibility();
    // `quitte-le` lowered Non-judgement: the closing never says "aucun".
    assert!(
        h.query_all_by_label_contains("aucun jugement")
            .next()
            .is_none()
    );
    // "See decision 11" brings its card into the window.
    let card = "Réessayer à partir d'ici (Décision 11)";
    let bottom = 760.0;
    assert!(
        h.get_by_label(card).rect().top() > bottom,
        "card already in view"
    );
    h.get_by_label("Voir la décision 11").click();
    for _ in 0..4 {
        h.run();
    }
    let rect = h.get_by_label(card).rect();
    assert!(rect.top() >= 0.0 && rect.bottom() <= bottom, "{rect:?}");
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

/// The five key points, numbered and explained, one key away during the
/// interview and in the debrief.
#[test]
fn k_opens_the_legend_of_the_five_key_points() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
    click(&mut h, "Préparer l'entretien…");
    click(&mut h, "Commencer l'entretien");
    assert!(h.query_by_label("Les cinq points clés").is_none());
    press(&mut h, egui::Key::K);
    h.get_by_label("Les cinq points clés");
    h.get_by_label("3. Ne pas juger");
    h.get_by_label_contains("Des questions ouvertes (quoi, comment)");
    h.check_accessibility();
    press(&mut h, egui::Key::K);
    assert!(h.query_by_label("Les cinq points clés").is_none());
    // Answer to the end: the chips and the profile use the same numbers.
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        press(&mut h, egui::Key::Num1);
    }
    h.get_by_label_contains("touche K");
    let named = |h: &Harness<'_, App>| {
        (h.query_all_by_label("5. Respecter la temporalité du jeune")).count()
    };
    assert_eq!(named(&h), 1, "the profile names the point");
    click(&mut h, "Points clés (K)");
    assert_eq!(named(&h), 2, "and so does the legend, the same way");
    h.check_accessibility();
}

/// The words about the young person agree with them: a boy (the v2
/// fixture) and a girl (the template), in both languages; no "il ou elle".
#[test]
fn the_closing_and_next_steps_agree_with_the_young_person() {
    let yanis = check_file(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2/yanis-amo.ron"),
        &Limits::default(),
    );
    for (report, lang, agreeing) in [
        (yanis.clone(), Lang::Fr, "Ce qu'il pensait"),
        (yanis, Lang::En, "What he was thinking"),
        (template(), Lang::Fr, "Ce qu'elle pensait"),
        (template(), Lang::En, "What she was thinking"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(app(dir.path(), vec![report], lang));
        let s = scenario(&h);
        let mut run = entretien::engine::Run::new(&s, 5);
        let mut available = Vec::new();
        while run.available_choices(&s, &mut available).is_some() {
            run.choose_index(&s, available[0]).unwrap();
        }
        let mut session = Session::new(&s, 5, Mode::Practice, lang, 1_764_000_000_000);
        session.run = run;
        let debrief = Box::new(session.run.debrief(&s).unwrap());
        h.state_mut().state.screen = Screen::Debrief {
            session: Box::new(session),
            debrief,
        };
        h.run();
        h.get_by_label(agreeing);
        for both in [
            "il ou elle",
            "lui ou elle",
            "le ou la jeune",
            "he or she",
            "him or her",
        ] {
            assert!(
                h.query_all_by_label_contains(both).next().is_none(),
                "{both} in {lang:?}"
            );
        }
    }
}
