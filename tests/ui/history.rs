//! History's learning side in the real app (egui_kittest, accessibility
//! checked): an attempt opens its debrief again, from the keyboard too,
//! and leads back to History; a record that no longer replays says why;
//! the latest attempt's radar and the progress with its sentence; the
//! library's last result and what "Reprendre" resumes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, click, harness_sized, press, template};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, Screen};
use entretien::engine::{Mode, Session};
use entretien::scenario::check::Report;
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};
use entretien::store::{Attempt, saved_key};

/// The app's fixed clock (common::app).
const NOW_MS: u64 = 1_764_000_000_000;

fn big(entries: Vec<Report>, dir: &std::path::Path) -> Harness<'static, App> {
    harness_sized(app(dir, entries, Lang::Fr), egui::vec2(1280.0, 720.0))
}

fn go(h: &mut Harness<'_, App>, cmd: Command) {
    h.state_mut().state.handle(cmd);
    h.run();
}

fn template_scenario(h: &Harness<'_, App>) -> Scenario {
    h.state().state.scenario("template").unwrap().clone()
}

/// Plays the template once with key 1 and returns its record.
fn play_once(h: &mut Harness<'_, App>) -> Attempt {
    go(h, Command::OpenBriefing("template".into()));
    go(h, Command::Start);
    let mut n = 0;
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        press(h, egui::Key::Num1);
        n += 1;
        assert!(n < 20, "the template ends");
    }
    h.state().state.history.last().unwrap().clone()
}

fn ending_title(s: &Scenario, id: &str) -> String {
    let e = s.endings.iter().find(|e| e.id == id).unwrap();
    e.title.get(Lang::Fr).to_owned()
}

#[test]
fn an_attempt_opens_its_debrief_again_from_the_keyboard_and_leads_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = big(vec![template()], dir.path());
    let recorded = play_once(&mut h);
    go(&mut h, Command::OpenHistory);
    // Tab from the top bar reaches the row's button; Enter opens it.
    let button = "Revoir la tentative 1";
    let mut tabs = 0;
    while !h.get_by_label(button).is_focused() {
        press(&mut h, egui::Key::Tab);
        tabs += 1;
        assert!(tabs < 20, "the button is not reachable with Tab");
    }
    press(&mut h, egui::Key::Enter);
    h.run();
    let Screen::Debrief { debrief, .. } = &h.state().state.screen else {
        panic!("no debrief");
    };
    assert_eq!(debrief.ending.id, recorded.ending);
    let title = ending_title(&template_scenario(&h), &recorded.ending);
    h.get_by_label_contains(&format!("{title} — "));
    h.get_by_label_contains("Tentative 1 du ");
    assert!(
        h.query_all_by_label_contains("Le scénario a changé")
            .next()
            .is_none()
    );
    h.check_accessibility();
    assert_eq!(h.state().state.history.len(), 1, "nothing recorded again");
    click(&mut h, "Retour à l'historique");
    assert!(matches!(h.state().state.screen, Screen::History));
}

#[test]
fn a_record_that_does_not_replay_says_why_and_a_changed_ending_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = big(vec![template()], dir.path());
    let played = play_once(&mut h);
    let s = template_scenario(&h);
    let old = Attempt {
        seed: None,
        decisions: Vec::new(),
        finished_secs: played.finished_secs + 10,
        ..played.clone()
    };
    let mut changed = played.clone();
    changed.decisions[0].beat = "ailleurs".into();
    changed.finished_secs += 20;
    // As if the scenario had once ended this run elsewhere.
    let elsewhere = (s.endings.iter())
        .find(|e| e.id != played.ending)
        .unwrap()
        .clone();
    let otherwise = Attempt {
        ending: elsewhere.id.clone(),
        outcome: elsewhere.kind,
        finished_secs: played.finished_secs + 30,
        ..played.clone()
    };
    let history = &mut h.state_mut().state.history;
    history.extend([old, changed, otherwise]);
    go(&mut h, Command::OpenHistory);
    h.get_by_label("enregistrée avant que les choix soient conservés");
    h.get_by_label("le scénario a changé depuis\u{202F}: étape 1");
    h.get_by_label("le scénario a changé\u{202F}: rejouée, elle finit autrement");
    for gone in ["Revoir la tentative 2", "Revoir la tentative 3"] {
        assert!(h.query_by_label(gone).is_none(), "{gone}");
    }
    h.check_accessibility();
    click(&mut h, "Revoir la tentative 4");
    let then = ending_title(&s, &elsewhere.id);
    let now = ending_title(&s, &played.ending);
    h.get_by_label_contains(&format!(
        "Le scénario a changé depuis cette tentative\u{202F}: elle s'était terminée par «\u{202F}{then}\u{202F}»"
    ));
    h.get_by_label_contains(&format!("elle se termine par «\u{202F}{now}\u{202F}»"));
}

fn kelly() -> Report {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/debrief/kelly-foyer-before-revision.ron");
    check_file(&path, &Limits::default())
}

#[test]
fn history_shows_the_profile_and_progress_per_mode_and_stays_accessible() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = big(vec![template(), kelly()], dir.path());
    let played = play_once(&mut h);
    // Six practice attempts: shares 20, 30, 40 | 60, 70, 80 %, so
    // (20 + 30 + 40) / 3 = 30 % and (60 + 70 + 80) / 3 = 70 %.
    let mut more = Vec::new();
    for (i, share) in [0.2, 0.3, 0.4, 0.6, 0.7, 0.8].into_iter().enumerate() {
        more.push(Attempt {
            recommended_share: Some(share),
            finished_secs: played.finished_secs + 100 * (i as u64 + 1),
            mode: Mode::Practice,
            ..played.clone()
        });
    }
    // One assessment, and an old record at the second scenario.
    more.push(Attempt {
        mode: Mode::Assessment,
        finished_secs: played.finished_secs + 900,
        ..played.clone()
    });
    more.push(Attempt {
        scenario: "kelly-foyer".into(),
        seed: None,
        decisions: Vec::new(),
        finished_secs: played.finished_secs + 50,
        ..played.clone()
    });
    let history = &mut h.state_mut().state.history;
    history.clear();
    history.extend(more);
    go(&mut h, Command::OpenHistory);
    assert_eq!(
        h.query_all_by_label_contains("Profil de la dernière tentative (")
            .count(),
        2,
        "one per scenario"
    );
    let radars = h
        .query_all_by_label_contains("Profil sur les cinq points clés\u{202F}: Dernière tentative");
    assert_eq!(radars.count(), 2);
    h.get_by_label("Sur l'ensemble des scénarios");
    // The latest attempt is the assessment: progress starts there (at
    // the template and over all; the other scenario has none).
    assert_eq!(h.query_all_by_label_contains("vous en avez 1.").count(), 2);
    h.get_by_label("Aucune tentative en mode Évaluation pour l'instant.");
    // Six practice attempts here and one at the other scenario.
    click(&mut h, "Entraînement (7)");
    h.get_by_label(
        "Réponses recommandées\u{202F}: 30\u{202F}% sur vos trois premières tentatives, 70\u{202F}% sur vos trois dernières (en hausse de 40 points).",
    );
    h.check_accessibility();
}

#[test]
fn the_library_shows_the_last_result_and_what_resume_brings_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = big(vec![template()], dir.path());
    let played = play_once(&mut h);
    let s = template_scenario(&h);
    // An interview started two days ago, answered once after 10 seconds.
    let two_days = 2 * 86_400 * 1000;
    let t0 = NOW_MS - two_days - 10_000;
    let mut session = Session::new(&s, 5, Mode::Assessment, Lang::Fr, t0);
    let mut offered = Vec::new();
    session.run.available_choices(&s, &mut offered).unwrap();
    session.choose(&s, offered[0], t0 + 10_000).unwrap();
    let key = saved_key(&session);
    h.state_mut().state.unfinished.insert(key, session);
    go(&mut h, Command::OpenLibrary);
    let title = ending_title(&s, &played.ending);
    h.get_by_label_contains("Dernier résultat\u{202F}: ");
    h.get_by_label_contains(&format!("«\u{202F}{title}\u{202F}»"));
    h.get_by_label(
        "En cours (Évaluation)\u{202F}: reprend à la décision 2\u{202F}; dernière réponse il y a 2 jours.",
    );
    h.get_by_label("Reprendre");
    h.check_accessibility();
}
