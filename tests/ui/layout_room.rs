//! The room view fits its screen (issue 18): for every decision beat of
//! every built-in, with the room view filling the main window (one screen)
//! at a laptop's and a projector's sizes, before the reveal and at the
//! reveal, the line and every answer (every card at the reveal) lie inside
//! the window, with no scrolling; the answers' text is at least 3.5 % of
//! the window's height; the accessibility check passes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{LAYOUT_SIZES, app, harness_sized, one_run_per_beat, workshop_at};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, Screen, WorkshopCommand as W};
use entretien::engine::{View, Workshop, letter};
use entretien::i18n::quoted;
use entretien::scenario::Lang;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;

/// The facilitator's commands, then one frame: the room view lays out
/// what they lead to, not each step between.
fn go(h: &mut Harness<'_, App>, cmds: &[W]) {
    for cmd in cmds {
        h.state_mut().state.handle(Command::Workshop(*cmd));
    }
    h.run();
}

fn workshop<'h>(h: &'h Harness<'_, App>) -> &'h Workshop {
    match &h.state().state.screen {
        Screen::Workshop(w) => w,
        other => panic!("not in a workshop: {other:?}"),
    }
}

/// Every node named `label` lies inside the window; there is one.
fn inside(h: &Harness<'_, App>, label: &str, (w, ht): (f32, f32), what: &str) {
    let rects: Vec<egui::Rect> = h.query_all_by_label(label).map(|n| n.rect()).collect();
    assert!(!rects.is_empty(), "{what}: {label:?} is not on screen");
    for r in rects {
        assert!(
            r.left() >= 0.0 && r.top() >= 0.0 && r.right() <= w && r.bottom() <= ht,
            "{what}: {label:?} at {r:?}, outside the {w}×{ht} window"
        );
    }
}

#[test]
fn every_answer_and_every_card_of_every_built_in_fits_the_room_view() {
    let entries = builtin(&Limits::default());
    for report in &entries {
        let s = report.scenario.as_ref().unwrap();
        let runs = one_run_per_beat(s);
        let lang = Lang::Fr;
        for size in LAYOUT_SIZES {
            let dir = tempfile::tempdir().unwrap();
            let mut h = harness_sized(
                app(dir.path(), entries.clone(), lang),
                egui::vec2(size.0, size.1),
            );
            // One screen: the room view fills the window.
            let view = &mut h.state_mut().state.workshop_view;
            view.audience_window = false;
            view.presenter_shown = false;
            for (beat, run) in &runs {
                let what = format!("{} {beat} {}×{}", s.meta.id, size.0, size.1);
                let w = workshop_at(s, run, lang);
                let texts: Vec<String> = (w.offers(s).iter())
                    .map(|o| o.choice.text.get(lang).to_owned())
                    .collect();
                let View::Beat { said, .. } = run.view(s) else {
                    panic!("{what}: a decision beat")
                };
                let line = said.map(|said| quoted(said.line.text.get(lang), lang));
                h.state_mut().state.screen = Screen::Workshop(Box::new(w));
                // Before the reveal: a tie the room is told of (two votes
                // each for A and B, "next" twice, the scores hidden again),
                // the timer running, every answer in sight.
                let vote = |answer| W::Vote { answer, delta: 2 };
                let tie = [vote(0), vote(1), W::Next, W::Next, W::ToggleReveal];
                go(&mut h, &[&tie[..], &[W::ToggleTimer]].concat());
                assert!(!workshop(&h).revealed());
                for text in texts.iter().chain(&line) {
                    inside(&h, text, size, &what);
                }
                h.get_by_label_contains("Égalité");
                h.get_by_label_contains("Discussion 00:00");
                let least = size.1 * 0.035;
                for text in &texts {
                    let answer = h.get_by_label(text).rect();
                    assert!(
                        answer.height() >= least,
                        "{what}: {text:?} is {answer:?}, text under {least}"
                    );
                }
                // The reveal: every card in sight, the majority marked.
                let majority = W::Vote {
                    answer: 1,
                    delta: 1,
                };
                go(&mut h, &[majority, W::ToggleReveal]);
                for (n, text) in texts.iter().enumerate() {
                    let card = format!("{}. {text}", letter(n));
                    inside(&h, &card, size, &what);
                    inside(
                        &h,
                        &format!("Carte de la réponse {}", letter(n)),
                        size,
                        &what,
                    );
                }
                h.get_by_label_contains("choix de la salle");
                if let Some(text) = &line {
                    inside(&h, text, size, &what);
                }
            }
            h.check_accessibility();
        }
    }
}
