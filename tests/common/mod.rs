//! Shared set-up for the UI tests: the real `App` over temporary folders.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use entretien::app::App;
use entretien::app::state::{AppState, Settings, Setup};
use entretien::scenario::Lang;
use entretien::scenario::check::{Report, check_file, check_source};
use entretien::scenario::load::Limits;
use entretien::store::Store;

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
    App::new(AppState::new(Setup {
        entries,
        store: Some(Store::new(&dir.join("data"))),
        user_scenarios: Some(dir.join("scenarios")),
        settings,
        seed: 11,
        clock_ms: Box::new(|| 1_764_000_000_000),
    }))
}

/// A harness of laptop size around `app`.
pub fn harness(app: App) -> Harness<'static, App> {
    harness_sized(app, egui::vec2(1024.0, 640.0))
}

/// A harness of `size` around `app`.
pub fn harness_sized(app: App, size: egui::Vec2) -> Harness<'static, App> {
    Harness::builder()
        .with_size(size)
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
