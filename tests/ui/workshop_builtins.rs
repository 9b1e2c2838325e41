//! Every built-in scenario played to an ending in a two-screen workshop
//! (the room view in a window of its own, embedded here), in French and
//! in English, from the keyboard only, as with a clicker: the room votes
//! for the first answer with its letter, Page Down reveals, follows, shows
//! the reply to the room and goes on; Page Up goes back once on the way.
//! The room sees each answer taken and the ending; the summary names it;
//! both views pass the accessibility check at the end.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, harness_sized, press, settle_saves};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, Mode, Screen};
use entretien::engine::{Stage, Workshop};
use entretien::scenario::Lang;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;

fn workshop<'h>(h: &'h Harness<'_, App>) -> &'h Workshop {
    match &h.state().state.screen {
        Screen::Workshop(w) => w,
        other => panic!("left the workshop: {other:?}"),
    }
}

#[test]
fn every_built_in_reaches_an_ending_from_the_clicker_in_both_languages() {
    let entries = builtin(&Limits::default());
    for report in &entries {
        let s = report.scenario.as_ref().unwrap();
        for lang in [Lang::Fr, Lang::En] {
            let dir = tempfile::tempdir().unwrap();
            let mut h = harness_sized(
                app(dir.path(), entries.clone(), lang),
                egui::vec2(1920.0, 1080.0),
            );
            for cmd in [
                Command::SetMode(Mode::Workshop),
                Command::OpenBriefing(s.meta.id.clone()),
                Command::Start,
            ] {
                h.state_mut().state.handle(cmd);
                h.run();
            }
            assert!(h.state().state.workshop_view.audience_window);
            let taken = match lang {
                Lang::Fr => "Réponse suivie",
                Lang::En => "The answer taken",
            };
            let (mut presses, mut outcomes, mut went_back) = (0, 0, false);
            while !workshop(&h).over() {
                match workshop(&h).stage(s) {
                    Stage::Decision(d) if !d.revealed => press(&mut h, egui::Key::A),
                    Stage::Outcome(_) => {
                        outcomes += 1;
                        // In the room's window and in the presenter's.
                        assert_eq!(h.query_all_by_label_contains(taken).count(), 2);
                        // Once: back to the vote, and on again.
                        if !went_back {
                            went_back = true;
                            press(&mut h, egui::Key::PageUp);
                            assert!(matches!(workshop(&h).stage(s), Stage::Decision(_)));
                            press(&mut h, egui::Key::PageDown);
                            assert!(workshop(&h).outcome_shown());
                        }
                    }
                    _ => {}
                }
                press(&mut h, egui::Key::PageDown);
                presses += 1;
                assert!(presses < 400, "{} should end", s.meta.id);
            }
            assert!(outcomes > 3, "{}: the room saw what it chose", s.meta.id);
            let w = workshop(&h);
            let ending = &s.endings[w.session.run.ending().unwrap() as usize];
            let title = ending.title.get(lang).to_owned();
            // In the room's window and in the presenter's.
            assert!(
                h.query_all_by_label_contains(&title).count() >= 2,
                "{title} on both views"
            );
            settle_saves(&mut h);
            let path = h.state().state.workshop_view.summary.clone().unwrap();
            let text = std::fs::read_to_string(path).unwrap();
            assert!(text.contains(&title), "{title} in the summary");
            h.check_accessibility();
        }
    }
}

/// A jump on the map passes narration steps too: the presenter lists the
/// decisions taken, never a narration step as an empty "decision".
#[test]
fn a_jump_through_narration_lists_decisions_only() {
    use entretien::app::state::WorkshopCommand;
    let entries = builtin(&Limits::default());
    let lucie = entries
        .iter()
        .filter_map(|r| r.scenario.as_ref())
        .find(|s| s.meta.id == "lucie-urgences")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_sized(
        app(dir.path(), entries.clone(), Lang::Fr),
        egui::vec2(1920.0, 1080.0),
    );
    for cmd in [
        Command::SetMode(Mode::Workshop),
        Command::OpenBriefing(lucie.meta.id.clone()),
        Command::Start,
    ] {
        h.state_mut().state.handle(cmd);
        h.run();
    }
    let mut narrations_passed = 0;
    for beat in (0..lucie.beats.len() as u32).rev() {
        h.state_mut()
            .state
            .handle(Command::Workshop(WorkshopCommand::Jump(beat)));
        h.run();
        let w = workshop(&h);
        let narration = |d: &&entretien::engine::RoomDecision| {
            lucie.beats[d.beat as usize].choices[usize::from(d.choice)].continues
        };
        narrations_passed += w.decisions().iter().filter(narration).count();
        let decisions = w.decisions().iter().filter(|d| !narration(d)).count();
        let listed: Vec<String> = h
            .query_all_by_label_contains(" — via la carte, sans vote — ")
            .filter_map(|n| crate::common::words_of(&n))
            .collect();
        assert_eq!(listed.len(), decisions, "{listed:?}");
        assert!(
            listed.iter().all(|l| !l.trim_end().ends_with('—')),
            "{listed:?}"
        );
    }
    assert!(narrations_passed > 0, "the jumps passed a narration step");
}
