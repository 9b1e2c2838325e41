//! The workshop mode driven through the real app with egui_kittest: a
//! whole workshop (votes by key and button, reveal, follow the minority,
//! the reply shown to the room, no majority, back, forward, jump from the
//! branch map, the ending, the summary written and opened), the room view
//! in a window of its own by default and back in the main window (filling
//! it, the presenter behind F2), and the accessibility check on both views.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, click, harness_sized, press, settle_saves, template};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, Screen, WorkshopCommand};
use entretien::engine::{Followed, Stage, Stall, Workshop};
use entretien::scenario::Lang;

fn workshop<'h>(h: &'h Harness<'_, App>) -> &'h Workshop {
    match &h.state().state.screen {
        Screen::Workshop(w) => w,
        other => panic!("not in a workshop: {other:?}"),
    }
}

fn beat_id(h: &Harness<'_, App>) -> String {
    let w = workshop(h);
    let s = h.state().state.scenario(w.session.scenario_id()).unwrap();
    w.session
        .run
        .beat()
        .map_or_else(|| "(over)".into(), |b| s.beat(b).id.clone())
}

fn narration(h: &Harness<'_, App>) -> bool {
    let w = workshop(h);
    w.is_narration(h.state().state.scenario(w.session.scenario_id()).unwrap())
}

fn start_workshop(h: &mut Harness<'_, App>) {
    click(h, "Atelier");
    click(h, "Préparer l'atelier…");
    click(h, "Commencer l'atelier");
    assert_eq!(beat_id(h), "accueil");
}

#[test]
fn a_whole_workshop_votes_reveals_follows_goes_back_and_forward_and_writes_its_summary() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_sized(
        app(dir.path(), vec![template()], Lang::Fr),
        egui::vec2(1280.0, 720.0),
    );
    start_workshop(&mut h);
    // The presenter in this window, the room view in a window of its own
    // (embedded here, as kittest has one window).
    assert!(h.state().state.workshop_view.audience_window);
    h.get_by_label("Vue animation");
    h.get_by_label_contains("Décision 1");
    h.check_accessibility();

    // One screen: the room view fills the window, with nothing of the app
    // (no top bar) and nothing the room is not shown, until F2.
    let one_window = Command::Workshop(WorkshopCommand::ToggleAudienceWindow);
    h.state_mut().state.handle(one_window);
    h.run();
    h.get_by_label_contains("Décision 1");
    assert!(h.query_by_label("Vue animation").is_none());
    assert!(h.query_by_label("Scénarios").is_none(), "no top bar");
    assert!(
        h.query_by_label_contains("pas montré à la salle").is_none(),
        "nothing private on a mirrored screen"
    );
    h.check_accessibility();
    press(&mut h, egui::Key::F2);
    h.get_by_label("Vue animation");
    // What the room is not shown stays folded even then.
    h.get_by_label_contains("pas montré à la salle");

    // The room votes: B by key three times, A by key then by button, and
    // "−" takes one back from the answer voted last (A).
    for key in [egui::Key::B, egui::Key::B, egui::Key::B, egui::Key::A] {
        press(&mut h, key);
    }
    click(&mut h, "Ajouter un vote pour A");
    press(&mut h, egui::Key::Minus);
    assert_eq!(workshop(&h).votes(), &[1, 3, 0]);
    assert!(h.query_all_by_label_contains("3 votes").next().is_some());
    assert!(
        h.query_by_label("Bonne pratique").is_none(),
        "no score before the reveal"
    );

    // The clicker: the first "next" reveals every answer's scores.
    press(&mut h, egui::Key::PageDown);
    assert!(workshop(&h).revealed());
    h.get_by_label_contains("Les réponses et leurs effets");
    h.get_by_label("Bonne pratique");
    // The two answers to avoid here ("direct" and "telephone").
    assert_eq!(h.query_all_by_label("Choix à éviter").count(), 2);
    h.check_accessibility();

    // The facilitator follows the minority (A, "cadre"); the room sees the
    // answer taken before the next moment.
    click(&mut h, "Suivre la réponse A");
    assert_eq!(beat_id(&h), "secret");
    assert!(workshop(&h).outcome_shown());
    h.get_by_label("Réponse suivie A — autre réponse que celle de la majorité (B)");
    let first = &workshop(&h).decisions()[0];
    assert_eq!(
        (first.how, first.votes.clone()),
        (Followed::Other, vec![1, 3, 0])
    );

    // The next moment, with the thread kept; no vote: "next" reveals, then
    // waits for the facilitator, and the room is told.
    press(&mut h, egui::Key::PageDown);
    h.get_by_label_contains("Précédemment");
    press(&mut h, egui::Key::PageDown);
    press(&mut h, egui::Key::PageDown);
    assert_eq!(beat_id(&h), "secret");
    let stalled = |h: &Harness<'_, App>| {
        let w = workshop(h);
        match w.stage(h.state().state.scenario(w.session.scenario_id()).unwrap()) {
            Stage::Decision(d) => d.stalled,
            _ => None,
        }
    };
    assert_eq!(stalled(&h), Some(Stall::NoVotes));
    h.get_by_label_contains("Pas de majorité");
    h.get_by_label("Pas de vote\u{202F}: l'animation choisit");
    click(&mut h, "Suivre la réponse B");
    assert_eq!(beat_id(&h), "confidence");

    // Back twice (clicker and button), with the votes each beat had: from
    // the outcome, back to its vote.
    press(&mut h, egui::Key::PageUp);
    assert_eq!(beat_id(&h), "secret");
    assert!(!workshop(&h).outcome_shown());
    click(&mut h, "Décision précédente (Page précédente)");
    assert_eq!(beat_id(&h), "accueil");
    assert_eq!(workshop(&h).votes(), &[1, 3, 0]);
    // Forward twice: the same decisions again, each outcome shown again.
    click(&mut h, "Décision suivante, déjà prise");
    assert_eq!(beat_id(&h), "secret");
    assert!(workshop(&h).outcome_shown());
    press(&mut h, egui::Key::PageDown);
    press(&mut h, egui::Key::PageDown);
    assert_eq!(beat_id(&h), "confidence");
    assert!(!workshop(&h).can_forward());

    // On to an ending: the room votes A each time and follows the majority.
    let mut turns = 0;
    while !workshop(&h).over() {
        if !narration(&h) {
            press(&mut h, egui::Key::A);
        }
        press(&mut h, egui::Key::PageDown);
        turns += 1;
        assert!(turns < 40, "the workshop should end");
    }
    h.get_by_label("Fin de l'atelier");
    h.get_by_label("Profil sur les cinq points clés");
    h.check_accessibility();

    settle_saves(&mut h);
    // The summary was written at the ending, in the data folder.
    let path = h.state().state.workshop_view.summary.clone().unwrap();
    assert!(path.starts_with(dir.path().join("data").join("workshops")));
    // The page opens; the Markdown beside it says the same.
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("html"));
    let text = std::fs::read_to_string(path.with_extension("md")).unwrap();
    assert!(text.starts_with("# Atelier — Modèle de scénario"), "{text}");
    // The first decision: the room's votes, and the minority followed.
    assert!(text.contains("| B | "), "{text}");
    assert!(text.contains("| 3 |"), "{text}");
    assert!(
        text.contains("autre réponse que celle de la majorité"),
        "{text}"
    );
    assert!(text.contains("## Issue de l'entretien"), "{text}");
    click(&mut h, "Ouvrir le résumé");
    assert_eq!(h.state().opened, vec![path]);

    // The branch map, over the presenter view, jumps back to the first
    // beat, named by its title (from the keyboard: each beat's box takes
    // the focus and Enter); gone there, it closes.
    click(&mut h, "Carte des embranchements…");
    h.get_by_label("Aller à ce moment\u{202F}: Léa passe la porte (décision 1)")
        .focus();
    h.run();
    press(&mut h, egui::Key::Enter);
    assert_eq!(beat_id(&h), "accueil");
    assert!(workshop(&h).can_forward());
    assert!(!h.state().state.workshop_view.map_open);
    // While the map is open it has the keys: + zooms it and is no vote.
    assert_eq!(workshop(&h).votes(), &[1, 3, 0]);
    click(&mut h, "Carte des embranchements…");
    h.get_by_label_contains("Carte des embranchements (au clavier")
        .focus();
    h.run();
    press(&mut h, egui::Key::Plus);
    press(&mut h, egui::Key::A);
    assert_eq!(workshop(&h).votes(), &[1, 3, 0]);
    // Escape closes it.
    press(&mut h, egui::Key::Escape);
    assert!(!h.state().state.workshop_view.map_open);

    // The room view in a window of its own again (embedded here): both
    // views pass the accessibility check, and keys count once, though the
    // room's window is drawn inside this one.
    click(&mut h, "Vue salle dans une fenêtre à part (projecteur)");
    assert!(h.state().state.workshop_view.audience_window);
    h.get_by_label_contains("Décision 1");
    h.get_by_label("Scénarios");
    h.check_accessibility();
    press(&mut h, egui::Key::B);
    assert_eq!(workshop(&h).votes(), &[1, 4, 0]);
}
