//! Every answer on screen (issue 18): for every decision beat of every
//! built-in, at the window sizes trainees and rooms use, each answer's
//! button lies inside the window and above the keys hint, so no answer is
//! hidden below the edge while its number key still picks it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::common::{LAYOUT_SIZES, app, harness_sized, one_run_per_beat};
use egui_kittest::kittest::Queryable as _;
use entretien::app::state::Screen;
use entretien::engine::{Mode, Session};
use entretien::scenario::Lang;
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;

const BUILT_INS: [&str; 3] = ["camille-ecole", "kelly-foyer", "lucie-urgences"];

#[test]
fn every_answer_of_every_built_in_fits_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for id in BUILT_INS {
        let report = check_file(&root.join(format!("{id}.ron")), &Limits::default());
        let s = report.scenario.clone().unwrap();
        let runs = one_run_per_beat(&s);
        let decisions = (s.beats.iter()).filter(|b| !b.choices[0].continues).count();
        let missed: Vec<_> = (s.beats.iter())
            .filter(|b| !b.choices[0].continues && !runs.contains_key(&b.id))
            .map(|b| &b.id)
            .collect();
        assert_eq!(runs.len(), decisions, "{id}: play missed {missed:?}");
        for lang in [Lang::Fr, Lang::En] {
            for (w, h) in LAYOUT_SIZES {
                let mut harness = harness_sized(
                    app(dir.path(), vec![report.clone()], lang),
                    egui::vec2(w, h),
                );
                for (beat, run) in &runs {
                    let mut session = Session::new(&s, 1, Mode::Practice, lang, 1_764_000_000_000);
                    session.run = run.clone();
                    harness.state_mut().state.screen = Screen::Interview(Box::new(session));
                    harness.run();
                    let keys = if lang == Lang::Fr {
                        "Touches 1 à 9"
                    } else {
                        "Keys 1 to 9"
                    };
                    let hint = harness.get_by_label_contains(keys).rect();
                    let mut offered = Vec::new();
                    run.available_choices(&s, &mut offered);
                    for (n, &i) in offered.iter().enumerate() {
                        let text = s.beat(run.beat().unwrap()).choices[usize::from(i)]
                            .text
                            .get(lang);
                        let answer = harness.get_by_label(&format!("{}. {text}", n + 1)).rect();
                        assert!(
                            answer.top() >= 0.0
                                && answer.bottom() <= hint.top()
                                && answer.right() <= w,
                            "{id} {beat} {lang:?} {w}×{h}: answer {} at {answer:?}, hint at {hint:?}",
                            n + 1
                        );
                    }
                }
            }
        }
    }
}

/// At 150 % text on the smallest window, the answers of the busiest beat
/// may not all fit: each one the arrows reach is brought into view.
#[test]
fn at_large_text_the_focused_answer_comes_into_view() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let report = check_file(&root.join("kelly-foyer.ron"), &Limits::default());
    let s = report.scenario.clone().unwrap();
    // The beat with the most answers on offer, and its words.
    let mut offered = Vec::new();
    let (run, texts) = (one_run_per_beat(&s).into_values())
        .map(|run| {
            run.available_choices(&s, &mut offered);
            let beat = s.beat(run.beat().unwrap());
            let texts: Vec<String> = (offered.iter().enumerate())
                .map(|(n, &i)| {
                    format!(
                        "{}. {}",
                        n + 1,
                        beat.choices[usize::from(i)].text.get(Lang::Fr)
                    )
                })
                .collect();
            (run, texts)
        })
        .max_by_key(|(_, texts)| texts.iter().map(String::len).sum::<usize>())
        .unwrap();
    let mut app = app(dir.path(), vec![report], Lang::Fr);
    app.state.settings.text_scale = 1.5;
    let (w, h) = (1024.0, 700.0);
    let mut harness = harness_sized(app, egui::vec2(w, h));
    let mut session = Session::new(&s, 1, Mode::Practice, Lang::Fr, 1_764_000_000_000);
    session.run = run;
    harness.state_mut().state.screen = Screen::Interview(Box::new(session));
    harness.run();
    for text in &texts {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
        let node = harness.get_by_label(text);
        assert!(node.is_focused(), "{text} not focused");
        // Its top in sight, above the keys hint (in points: the window is
        // 1024×700 pixels at a zoom of 1.5).
        let rect = node.rect();
        let hint = harness.get_by_label_contains("Touches 1 à 9").rect();
        assert!(
            rect.top() >= 0.0 && rect.top() < hint.top() && hint.bottom() <= h / 1.5,
            "{text} at {rect:?}, the hint at {hint:?}"
        );
    }
    harness.check_accessibility();
}
