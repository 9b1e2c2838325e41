//! The map of a giant scenario (issue 19): what a frame makes grows with
//! what is in sight, not with the scenario, and Tab still walks the boxes
//! past the edge of the view.

#![allow(clippy::unwrap_used, reason = "test code: a panic is a failed test")]

use egui::{Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::{MapPlace, map_ui};
use crate::i18n::{Msg, tr};
use crate::scenario::layout::{MapLayout, layout};
use crate::scenario::load::{DEFAULT_MAX_BEATS, Limits};
use crate::scenario::{Lang, Scenario, check::check_source};

/// A valid scenario of `beats` beats, made in memory (the synthetic
/// scenario, each beat titled "Moment N" so that its box has a name of its
/// own), and its layout.
fn giant(beats: usize) -> (Scenario, MapLayout) {
    let synth = crate::synth::scenario_source(beats, 3);
    let mut src = String::with_capacity(synth.len() + beats * 60);
    for line in synth.lines() {
        match line.strip_prefix("  (id: \"b") {
            Some(rest) => {
                let number = rest.split('"').next().unwrap();
                let title = format!("(fr: \"Moment {number}\", en: \"Moment {number}\")");
                src.push_str(&format!("  (id: \"b{number}\", title: {title}, "));
                src.push_str(&rest[number.len() + 3..]);
            }
            None => src.push_str(line),
        }
        src.push('\n');
    }
    let limits = Limits {
        max_states: 1_000,
        ..Limits::default()
    };
    let s = check_source(&src, "giant.ron", None, &limits)
        .scenario
        .unwrap();
    let layout = layout(&s);
    (s, layout)
}

/// The map of `s` in a window of 1000 × 700 points, as the workshop shows
/// it (each box a button).
fn harness<'a>(s: &'a Scenario, layout: &'a MapLayout) -> Harness<'a> {
    let place = MapPlace {
        width: 980.0,
        height: 680.0,
        jump: true,
        wheel_pans: true,
    };
    let mut h = Harness::builder()
        .with_size(vec2(1000.0, 700.0))
        .build_ui(move |ui| {
            map_ui(ui, s, layout, &[], Lang::En, place);
        });
    h.run();
    h
}

/// The boxes made widgets, by name and place.
fn boxes(h: &Harness<'_>) -> Vec<(String, Rect)> {
    (h.query_all_by_label_contains(tr(Msg::GoToMoment, Lang::En)))
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .collect()
}

fn canvas(h: &Harness<'_>) -> Rect {
    h.get_by_label_contains("Branch map (keyboard").rect()
}

#[test]
fn a_giant_map_makes_and_paints_only_what_is_in_sight() {
    let (s, layout) = giant(DEFAULT_MAX_BEATS);
    let h = harness(&s, &layout);
    let frame = canvas(&h);
    let made = boxes(&h);
    assert!(!made.is_empty(), "no box in sight");
    assert!(
        made.len() < 40,
        "{} of {} beats are widgets",
        made.len(),
        s.beats.len()
    );
    for (name, rect) in &made {
        assert!(rect.intersects(frame.expand(40.0)), "{name} at {rect:?}");
    }
    // Each box and line in sight is a few shapes (a line, its head, a
    // box, its words); the whole map would be tens of thousands.
    let shapes = h.output().shapes.len();
    assert!(shapes < 1_000, "{shapes} shapes for one frame");
}

#[test]
fn tab_walks_the_boxes_past_the_edge_of_the_view() {
    let (s, layout) = giant(300);
    let mut h = harness(&s, &layout);
    let frame = canvas(&h);
    let at_first = boxes(&h);
    let first = &at_first.first().unwrap().0;
    h.get_by_label(first).focus();
    h.run();
    for _ in 0..at_first.len() + 5 {
        h.key_press(egui::Key::Tab);
        h.run();
    }
    let focused = h
        .query_all_by_label_contains(tr(Msg::GoToMoment, Lang::En))
        .find(|n| n.is_focused())
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()));
    let (name, rect) = focused.expect("the focus left the boxes");
    assert!(
        at_first.iter().all(|(n, _)| n != &name),
        "{name} was in sight at first"
    );
    assert!(
        frame.contains_rect(rect),
        "the view follows: {rect:?} in {frame:?}"
    );
}

#[test]
fn a_long_line_is_drawn_from_its_points_in_sight_and_one_either_side() {
    use super::MARGIN;
    use super::sight::in_view;
    use crate::scenario::layout::Point;
    let forward: Vec<Point> = (0..=100)
        .map(|i| Point {
            x: i as f32 * 10.0,
            y: 5.0,
        })
        .collect();
    // x from 300 to 500 in layout units, as the map sees them (margin in).
    let seen = Rect::from_min_max(
        egui::pos2(300.0 + MARGIN, 0.0),
        egui::pos2(500.0 + MARGIN, 50.0),
    );
    assert_eq!(in_view(&forward, seen), 29..52);
    let back: Vec<Point> = forward.iter().rev().copied().collect();
    assert_eq!(in_view(&back, seen), 49..72);
    // Out of sight to the right: the last point only, nothing to draw.
    let far = Rect::from_min_max(egui::pos2(5000.0, 0.0), egui::pos2(6000.0, 50.0));
    assert_eq!(in_view(&forward, far).len(), 1);
    // A short line is kept whole.
    assert_eq!(in_view(&forward[..5], far), 0..5);
}
