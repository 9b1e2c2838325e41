//! The branch map in words, through the real app: its boxes are named by
//! the beats' titles (never their ids), it numbers the decisions as the
//! debrief does (a narration's "Continuer" is no decision), it opens on the
//! path at a size that can be read, and "Vue d'ensemble" stays readable. In
//! the workshop it opens over the presenter view, large, and a moment is
//! reached with Tab and Enter.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, click, harness_sized, press, words_of, zoom_percent};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entretien::app::App;
use entretien::app::state::{Command, Mode, Screen, WorkshopCommand};
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};

/// The least zoom the map may open at, in percent.
const READABLE_PERCENT: u32 = 85;

fn camille() -> Scenario {
    let entries = builtin(&Limits::default());
    let mut found = entries.iter().filter_map(|r| r.scenario.as_ref());
    found
        .find(|s| s.meta.id == "camille-ecole")
        .unwrap()
        .clone()
}

/// Camille played with key 1 to the debrief, in `lang`, at `size`.
fn debrief(lang: Lang, size: egui::Vec2) -> (Harness<'static, App>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let entries = builtin(&Limits::default());
    let mut h = harness_sized(app(dir.path(), entries, lang), size);
    for cmd in [
        Command::OpenBriefing("camille-ecole".into()),
        Command::Start,
    ] {
        h.state_mut().state.handle(cmd);
        h.run();
    }
    let mut presses = 0;
    while matches!(h.state().state.screen, Screen::Interview(_)) {
        press(&mut h, egui::Key::Num1);
        presses += 1;
        assert!(presses < 80, "the interview should end");
    }
    (h, dir)
}

/// The decision numbers of a map box's name, "Décision 3, 5 : Le titre"
/// (empty for any other name, such as the debrief's "Décision 3 — …").
fn map_numbers(name: &str, decision: &str) -> Vec<u32> {
    let Some(rest) = name.strip_prefix(&format!("{decision} ")) else {
        return Vec::new();
    };
    let (numbers, after) = rest.split_at(
        rest.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == ' '))
            .unwrap_or(rest.len()),
    );
    if !(after.starts_with(':') || after.starts_with("\u{202F}:")) {
        return Vec::new();
    }
    numbers
        .split([',', ' '])
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// The numbers of the debrief's headings, "Décision 3 — « … »".
fn heading_number(name: &str, decision: &str) -> Option<u32> {
    let rest = name.strip_prefix(&format!("{decision} "))?;
    let (number, after) = rest.split_once(' ')?;
    after.starts_with('—').then(|| number.parse().ok())?
}

/// Every name on screen (labels and buttons) with where it is.
fn names(h: &Harness<'_, App>) -> Vec<(String, egui::Rect)> {
    let all = h.query_all_by_role(egui::accesskit::Role::Label);
    let all = all.chain(h.query_all_by_role(egui::accesskit::Role::Button));
    all.filter_map(|n| Some((words_of(&n)?, n.rect())))
        .collect()
}

#[test]
fn the_map_names_moments_and_numbers_decisions_as_the_debrief_does() {
    let s = camille();
    for (lang, size, words) in [
        (Lang::Fr, egui::vec2(1100.0, 760.0), MapWords::FR),
        (Lang::En, egui::vec2(1920.0, 1080.0), MapWords::EN),
    ] {
        let (mut h, _dir) = debrief(lang, size);
        let steps = match &h.state().state.screen {
            Screen::Debrief { session, .. } => session.run.steps().len(),
            other => panic!("not the debrief: {other:?}"),
        };
        // The debrief's last "Décision N —".
        let last_debrief = (names(&h).iter())
            .filter_map(|(n, _)| heading_number(n, words.decision))
            .max()
            .unwrap();
        assert!(
            (last_debrief as usize) < steps,
            "Camille opens on a narration: fewer decisions ({last_debrief}) than steps ({steps})"
        );
        click(&mut h, words.branch_map);
        h.get_by_label_contains(words.canvas).scroll_to_me();
        h.run();
        let named = names(&h);
        // Titles, not ids: the first moment is named as its author did.
        let first = s.beats[s.start as usize].title.as_ref().unwrap().get(lang);
        assert!(
            named.iter().any(|(n, _)| n.contains(first)),
            "{first} in {named:?}"
        );
        for beat in &s.beats {
            assert!(
                named.iter().all(|(n, _)| n != &beat.id),
                "a box named by its id {}",
                beat.id
            );
        }
        // The map's last decision number is the debrief's.
        let last_map = (named.iter())
            .flat_map(|(n, _)| map_numbers(n, words.decision))
            .max()
            .unwrap();
        assert_eq!(last_map, last_debrief, "{lang:?}");
        // It opens on the path, readable: the ending reached is in sight.
        let frame = h.get_by_label_contains(words.canvas).rect();
        let ending = (named.iter())
            .find(|(n, _)| n.contains(" — ") && n.contains(words.your_ending))
            .unwrap();
        assert!(frame.contains_rect(ending.1), "{ending:?} in {frame:?}");
        assert!(zoom_percent(&h, words.zoom) >= READABLE_PERCENT);
        // The whole map stays readable: it pans rather than shrinking.
        click(&mut h, words.whole);
        assert!(zoom_percent(&h, words.zoom) >= READABLE_PERCENT);
        h.check_accessibility();
    }
}

/// The words the test looks for, in each language.
struct MapWords {
    decision: &'static str,
    branch_map: &'static str,
    canvas: &'static str,
    your_ending: &'static str,
    zoom: &'static str,
    whole: &'static str,
}

impl MapWords {
    const FR: MapWords = MapWords {
        decision: "Décision",
        branch_map: "Carte des embranchements",
        canvas: "Carte des embranchements (au clavier",
        your_ending: "votre fin",
        zoom: "Zoom\u{202F}:",
        whole: "Vue d'ensemble",
    };
    const EN: MapWords = MapWords {
        decision: "Decision",
        branch_map: "Branch map",
        canvas: "Branch map (keyboard",
        your_ending: "your ending",
        zoom: "Zoom:",
        whole: "Whole map",
    };
}

#[test]
fn in_the_workshop_the_map_opens_large_and_a_moment_is_reached_by_keyboard() {
    let s = camille();
    let dir = tempfile::tempdir().unwrap();
    let entries = builtin(&Limits::default());
    let size = egui::vec2(1280.0, 720.0);
    let mut h = harness_sized(app(dir.path(), entries, Lang::Fr), size);
    // One screen, the presenter beside the room view (F2): kittest draws
    // a room window of its own over this one.
    for cmd in [
        Command::SetMode(Mode::Workshop),
        Command::OpenBriefing("camille-ecole".into()),
        Command::Start,
        Command::Workshop(WorkshopCommand::ToggleAudienceWindow),
        Command::Workshop(WorkshopCommand::TogglePresenter),
    ] {
        h.state_mut().state.handle(cmd);
        h.run();
    }
    // A few steps in: the clicker goes on and follows the room.
    for _ in 0..4 {
        press(&mut h, egui::Key::A);
        press(&mut h, egui::Key::PageDown);
        press(&mut h, egui::Key::PageDown);
    }
    let beat_now = |h: &Harness<'_, App>| match &h.state().state.screen {
        Screen::Workshop(w) => w.session.run.beat(),
        _ => None,
    };
    let before = beat_now(&h);
    click(&mut h, "Carte des embranchements…");
    let canvas = "Carte des embranchements (au clavier";
    let frame = h.get_by_label_contains(canvas).rect();
    assert!(frame.width() > size.x * 0.85, "{frame:?}");
    assert!(frame.height() > size.y * 0.55, "{frame:?}");
    // While the map is open, letters are no votes and Page Down goes nowhere.
    press(&mut h, egui::Key::PageDown);
    assert_eq!(beat_now(&h), before);
    // The first moment, by its title, with Tab-reachable focus and Enter.
    let first = s.beats[s.start as usize]
        .title
        .as_ref()
        .unwrap()
        .get(Lang::Fr);
    let go = format!("Aller à ce moment\u{202F}: {first}");
    h.get_by_label(&go).focus();
    h.run();
    press(&mut h, egui::Key::Enter);
    assert_eq!(beat_now(&h), Some(s.start));
    // Gone there, the overlay closes and gives the keys back.
    assert!(h.query_by_label_contains(canvas).is_none());
    assert!(!h.state().state.workshop_view.map_open);
    h.check_accessibility();
}
