//! Each built-in scenario's widest beat (the most answers, the longest
//! words) in the workshop, revealed, on a projector (1920×1080) and a
//! laptop (1280×720), on one screen with the presenter beside the room
//! view (F2): every answer's card and every vote control are there, the
//! presenter stays usable, the accessibility check passes.
//! With the `snapshots` feature the screens are also written as PNGs to
//! look at (`tests/snapshots/widest_*.png`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, harness_sized};
use egui_kittest::kittest::Queryable as _;
use entretien::app::state::{Command, Mode, Screen, WorkshopCommand};
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};

/// Beats from the widest down: most answers, then most words (some may
/// be offered fewer at the time, by their conditions).
fn widest_first(s: &Scenario) -> Vec<u32> {
    let width = |b: &entretien::scenario::Beat| {
        let words: usize = b.choices.iter().map(|c| c.text.get(Lang::Fr).len()).sum();
        (b.choices.len(), words)
    };
    let mut beats: Vec<u32> = (0..s.beats.len() as u32).collect();
    beats.sort_by_key(|&b| std::cmp::Reverse(width(s.beat(b))));
    beats
}

#[test]
fn every_built_in_widest_beat_fits_both_screens_in_both_views() {
    let entries = builtin(&Limits::default());
    assert_eq!(entries.len(), 3, "Kelly, Camille, Lucie");
    // Several harnesses: their snapshot results are gathered in one.
    #[cfg(feature = "snapshots")]
    let mut results = egui_kittest::SnapshotResults::new();
    for report in &entries {
        let s = report.scenario.as_ref().unwrap();
        for (width, height) in [(1920.0, 1080.0), (1280.0, 720.0)] {
            let dir = tempfile::tempdir().unwrap();
            let mut h = harness_sized(
                app(dir.path(), entries.clone(), Lang::Fr),
                egui::vec2(width, height),
            );
            let go = |h: &mut egui_kittest::Harness<'_, _>, cmd| {
                let state: &mut entretien::app::App = h.state_mut();
                state.state.handle(cmd);
                h.run();
            };
            go(&mut h, Command::SetMode(Mode::Workshop));
            go(&mut h, Command::OpenBriefing(s.meta.id.clone()));
            go(&mut h, Command::Start);
            go(
                &mut h,
                Command::Workshop(WorkshopCommand::ToggleAudienceWindow),
            );
            go(&mut h, Command::Workshop(WorkshopCommand::TogglePresenter));
            // The widest beat the workshop can reach.
            let at = widest_first(s).into_iter().find(|&b| {
                go(&mut h, Command::Workshop(WorkshopCommand::Jump(b)));
                h.state().state.workshop_view.hint.is_none()
            });
            let at = at.expect("some beat is reachable");
            let Screen::Workshop(ws) = &h.state().state.screen else {
                panic!("not in the workshop")
            };
            assert_eq!(ws.session.run.beat(), Some(at));
            let answers = ws.offers(s).len();
            go(&mut h, Command::Workshop(WorkshopCommand::ToggleReveal));
            for n in 0..answers {
                let letter = entretien::engine::letter(n);
                h.get_by_label(&format!("Suivre la réponse {letter}"));
                h.get_by_label(&format!("Ajouter un vote pour {letter}"));
            }
            h.get_by_label_contains("Les réponses et leurs effets");
            for n in 0..answers {
                let card = format!("Carte de la réponse {}", entretien::engine::letter(n));
                let r = h.get_by_label(&card).rect();
                assert!(
                    r.right() <= width && r.bottom() <= height,
                    "{card} at {r:?}"
                );
            }
            h.check_accessibility();
            #[cfg(feature = "snapshots")]
            {
                h.snapshot(format!("widest_{}_{width}x{height}", s.meta.id));
                results.extend_harness(&mut h);
            }
        }
    }
}
