//! Every built-in scenario played to an ending in the workshop, in French
//! and in English, the room voting for the first answer each time and the
//! clicker doing the rest: the ending shows on the room view, the summary
//! names it, and both views pass the accessibility check at the end.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{app, harness_sized, press};
use egui_kittest::kittest::Queryable as _;
use entretien::app::state::{Command, Mode, Screen};
use entretien::scenario::Lang;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;

#[test]
fn every_built_in_reaches_an_ending_in_the_workshop_in_both_languages() {
    let entries = builtin(&Limits::default());
    for report in &entries {
        let s = report.scenario.as_ref().unwrap();
        for lang in [Lang::Fr, Lang::En] {
            let dir = tempfile::tempdir().unwrap();
            let mut h = harness_sized(
                app(dir.path(), entries.clone(), lang),
                egui::vec2(1280.0, 720.0),
            );
            for cmd in [
                Command::SetMode(Mode::Workshop),
                Command::OpenBriefing(s.meta.id.clone()),
                Command::Start,
            ] {
                h.state_mut().state.handle(cmd);
                h.run();
            }
            let mut presses = 0;
            loop {
                let Screen::Workshop(w) = &h.state().state.screen else {
                    panic!("left the workshop");
                };
                if w.session.run.ending().is_some() {
                    break;
                }
                if !w.is_narration(s) {
                    press(&mut h, egui::Key::A);
                }
                press(&mut h, egui::Key::PageDown);
                presses += 1;
                assert!(presses < 200, "{} should end", s.meta.id);
            }
            let Screen::Workshop(w) = &h.state().state.screen else {
                unreachable!()
            };
            let ending = &s.endings[w.session.run.ending().unwrap() as usize];
            let title = ending.title.get(lang).to_owned();
            assert!(
                h.query_all_by_label_contains(&title).next().is_some(),
                "{title} on screen"
            );
            let path = h.state().state.workshop_view.summary.clone().unwrap();
            let text = std::fs::read_to_string(path).unwrap();
            assert!(text.contains(&title), "{title} in the summary");
            h.check_accessibility();
        }
    }
}
