//! The engine on format v2: what a choice makes happen, the transcript it
//! resolves, the mode rules it owns, and runs saved before them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use entretien::engine::{EngineError, Mode, Run, View};
use entretien::scenario::Scenario;
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;

fn yanis() -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2/yanis-amo.ron");
    check_file(&path, &Limits::default()).scenario.unwrap()
}

#[test]
fn each_choice_says_which_lines_appear_and_which_checkpoints_are_passed() {
    let s = yanis();
    let mut run = Run::new(&s, 1);
    let h = run.choose(&s, "cadre").unwrap();
    // Trust reaches 4 with this choice: the reply's conditional variant wins.
    assert_eq!(
        h.lines,
        ["yanis-amo/accueil/cadre/reply#merci", "yanis-amo/telephone"]
    );
    assert!(h.reached.is_empty() && !h.ended);
    let h = run.choose(&s, "securite").unwrap();
    assert_eq!(
        h.lines,
        ["yanis-amo/collegue/narration", "yanis-amo/collegue"]
    );
    assert_eq!(h.reached, ["securite"]);
    let h = run.choose(&s, "continue").unwrap();
    assert_eq!(h.lines, ["yanis-amo/depart"]);
    let h = run.choose(&s, "conclure").unwrap();
    assert_eq!(h.lines, ["yanis-amo/lien"]);
    assert_eq!(h.reached, ["cloture"]);
    assert!(h.ended);

    let transcript = run.transcript(&s);
    assert_eq!(transcript.len(), 4);
    assert!(transcript[2].choice.continues);
    assert_eq!(transcript[2].said.unwrap().name(), "Inès");
    assert!(transcript[2].narration.unwrap().speaker.is_none());
    let reached: Vec<Vec<&str>> = transcript
        .iter()
        .map(|e| e.reached.iter().map(|c| c.id.as_str()).collect())
        .collect();
    assert_eq!(reached, [vec![], vec!["securite"], vec![], vec!["cloture"]]);
    let d = run.debrief(&s).unwrap();
    let done: Vec<(&str, bool)> = d
        .checkpoints
        .iter()
        .map(|c| (c.id.as_str(), c.done))
        .collect();
    assert_eq!(
        done,
        [("securite", true), ("cloture", true), ("pas-seul", false)]
    );
    // The "Continuer" is not a decision and does not count in the shares.
    assert_eq!(d.decisions.len(), 3);
    assert_eq!(d.decisions[2].step, 3);
    assert_eq!(d.recommended_share, Some(1.0));
}

#[test]
fn an_ending_shows_its_urgent_resources_first_then_the_scenario_s_own() {
    let s = yanis();
    let mut run = Run::new(&s, 1);
    for key in ["cadre", "ici-aussi", "continue", "conclure"] {
        run.choose(&s, key).unwrap();
    }
    let d = run.debrief(&s).unwrap();
    assert_eq!(d.ending.id, "parti");
    assert_eq!(d.next_steps[..3], ["police", "aide", "amo-equipe"]);
    // Then every built-in section, each once.
    let builtin = entretien::scenario::resources::builtin();
    assert_eq!(d.next_steps.len(), builtin.len() + 1);
    let mut unique = d.next_steps.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), d.next_steps.len());
}

#[test]
fn the_view_offers_only_what_the_state_allows() {
    let s = yanis();
    let mut run = Run::new(&s, 1);
    run.choose(&s, "direct").unwrap();
    let View::Beat { offers, locked, .. } = run.view(&s) else {
        panic!("ended")
    };
    let keys = |o: &[entretien::engine::Offer<'_>]| -> Vec<String> {
        o.iter().map(|o| o.choice.key.clone()).collect()
    };
    assert_eq!(keys(&offers), ["securite", "juger"]);
    assert_eq!(keys(&locked), ["ici-aussi"]);
    assert_eq!(
        run.choose(&s, "ici-aussi"),
        Err(EngineError::Unavailable {
            key: "ici-aussi".into()
        })
    );
}

#[test]
fn assessment_gives_no_feedback_and_no_undo() {
    let s = yanis();
    let mut practice = Run::new(&s, 1);
    practice.choose(&s, "cadre").unwrap();
    assert_eq!(practice.feedback(&s).map(|c| c.key.as_str()), Some("cadre"));
    assert!(practice.can_undo());
    practice.undo(&s).unwrap();
    assert!(practice.steps().is_empty());

    let mut assessment = Run::new(&s, 1).with_mode(Mode::Assessment);
    assessment.choose(&s, "cadre").unwrap();
    assert!(assessment.feedback(&s).is_none());
    assert!(!assessment.can_undo());
    assert_eq!(assessment.undo(&s), Err(EngineError::UndoNotAllowed));
    // Replaying keeps the mode.
    let replayed = assessment.replay(&s, 1).unwrap();
    assert_eq!(replayed.mode(), Mode::Assessment);
}

#[test]
fn a_run_saved_before_modes_and_replies_still_loads() {
    let s = yanis();
    let mut run = Run::new(&s, 3);
    run.choose(&s, "direct").unwrap();
    let saved = ron::to_string(&run).unwrap();
    // What an older version wrote: no `mode`, steps without `reply`.
    let old = saved.replace("mode:Practice,", "").replace(",reply:0", "");
    assert_ne!(old, saved, "the fields to remove were not found: {saved}");
    let loaded: Run = ron::from_str(&old).unwrap();
    assert_eq!(loaded.mode(), Mode::Practice);
    assert_eq!(loaded, run);
}
