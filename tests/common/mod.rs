//! Shared set-up for the UI tests: the real `App` over temporary folders.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use entretien::app::App;
use entretien::app::state::{AppState, Settings, Setup};
use entretien::engine::{Run, Workshop};
use entretien::scenario::check::{Report, check_source};
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};
use entretien::store::Store;
use rand::{Rng, SeedableRng};

/// The window sizes trainees and rooms use: laptops and projectors.
pub const LAYOUT_SIZES: [(f32, f32); 4] = [
    (1024.0, 700.0),
    (1100.0, 760.0),
    (1280.0, 720.0),
    (1920.0, 1080.0),
];

/// The commented template: small, unshuffled, ends in 2 or 3 decisions.
pub fn template() -> Report {
    let src =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/template.ron"))
            .unwrap();
    check_source(&src, "template.ron", None, &Limits::default())
}

/// A malformed fixture, listed with its error.
pub fn broken() -> Report {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unknown-target.ron");
    check_file(&path, &Limits::default())
}

/// The app over `entries`, with its data in `dir`.
pub fn app(dir: &Path, entries: Vec<Report>, lang: Lang) -> App {
    let settings = Settings {
        lang,
        ..Settings::default()
    };
    let mut state = AppState::new(Setup {
        entries,
        store: Some(Store::new(&dir.join("data"))),
        user_scenarios: Some(dir.join("scenarios")),
        settings,
        seed: 11,
        clock_ms: Box::new(|| 1_764_000_000_000),
    });
    // The build date changes every day; the snapshots must not.
    state.version = "0.0.0 (2026-01-01)";
    App::new(state)
}

/// A harness of laptop size around `app`.
pub fn harness(app: App) -> Harness<'static, App> {
    harness_sized(app, egui::vec2(1024.0, 640.0))
}

/// A harness of `size` around `app`. A screen that opens new widgets may
/// take a few frames to settle: egui styles a widget it has not seen yet
/// on the next frame (the workshop's outcome page, with the room view
/// beside it, takes six).
pub fn harness_sized(app: App, size: egui::Vec2) -> Harness<'static, App> {
    Harness::builder()
        .with_size(size)
        .with_max_steps(8)
        .build_eframe(move |_cc| app)
}

/// Clicks the widget named `label`; widgets below the fold of a scroll
/// area are brought into view first.
pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Presses `key` and lets the frame run.
pub fn press(h: &mut Harness<'_, App>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

/// One run standing at each decision beat random play reaches (the first
/// one found), by beat id.
pub fn one_run_per_beat(s: &Scenario) -> BTreeMap<String, Run> {
    let mut found = BTreeMap::new();
    let mut rng = rand_pcg::Pcg32::seed_from_u64(18);
    let mut available = Vec::new();
    for seed in 0..3000 {
        let mut run = Run::new(s, seed);
        // Mostly good practice, some mistakes: the deep beats come too.
        let care = rng.random_range(0.0..1.0);
        while let Some(beat) = run.available_choices(s, &mut available) {
            let b = s.beat(beat);
            if !b.choices[0].continues {
                found.entry(b.id.clone()).or_insert_with(|| run.clone());
            }
            let good: Vec<u16> = (available.iter().copied())
                .filter(|&i| b.choices[usize::from(i)].scores.is_recommended())
                .collect();
            let pool = if !good.is_empty() && rng.random_bool(care) {
                &good
            } else {
                &available
            };
            let pick = pool[rng.random_range(0..pool.len())];
            run.choose_index(s, pick).unwrap();
        }
    }
    found
}

/// A workshop that took the way `run` took, the room following each
/// answer (and seeing each outcome), standing where `run` stands.
pub fn workshop_at(s: &Scenario, run: &Run, lang: Lang) -> Workshop {
    let mut w = Workshop::new(s, run.seed, lang, 1_764_000_000_000);
    for step in run.steps() {
        let at = w.offers(s).iter().position(|o| o.index == step.choice);
        w.follow(s, at.unwrap(), 1_764_000_000_000).unwrap();
        if w.outcome_shown() {
            w.next(s, 1_764_000_000_000).unwrap();
        }
    }
    assert_eq!(w.session.run.beat(), run.beat(), "the same way");
    w
}

/// A widget's words: a label's text is its value, a button's its name.
pub fn words_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    node.accesskit_node().label().or_else(|| node.value())
}

/// The number in the branch map's "Zoom : 100 %", found by `zoom`
/// ("Zoom\u{202F}:" in French).
pub fn zoom_percent(h: &Harness<'_, App>, zoom: &str) -> u32 {
    let label = words_of(&h.get_by_label_contains(zoom)).unwrap();
    let digits: String = label.chars().filter(char::is_ascii_digit).collect();
    digits.parse().unwrap()
}

/// Lets the app's writer thread finish what it was given, then draws a
/// frame with the result: what the next frames would show once saved.
pub fn settle_saves(h: &mut Harness<'static, App>) {
    h.state_mut().state.wait_saved();
    h.run();
}
