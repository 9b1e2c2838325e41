//! The branch map's layout on every built-in scenario, the template and
//! generated scenarios: the same layout every time, every beat and ending
//! placed once, no two boxes overlapping, every line between two boxes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use entretien::scenario::Scenario;
use entretien::scenario::check::check_source;
use entretien::scenario::layout::{MapLayout, MapNode, NodeKind, Point, layout};
use entretien::scenario::load::Limits;
use entretien::scenario::model::Target;
use entretien::synth::scenario_source;
use proptest::prelude::*;

/// The built-in scenarios and the template.
fn scenarios() -> Vec<Scenario> {
    let limits = Limits::default();
    let template =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/template.ron"))
            .unwrap();
    let mut all: Vec<Scenario> = entretien::scenario::library::builtin(&limits)
        .into_iter()
        .map(|r| r.scenario.expect("a built-in scenario loads"))
        .collect();
    all.push(
        check_source(&template, "template.ron", None, &limits)
            .scenario
            .unwrap(),
    );
    assert_eq!(all.len(), 4);
    all
}

/// Every property the map relies on, for one scenario.
fn assert_sound(s: &Scenario, map: &MapLayout) {
    let id = &s.meta.id;
    // Every beat, then every ending, once, in file order.
    let expected: Vec<Target> = (0..s.beats.len() as u32)
        .map(Target::Beat)
        .chain((0..s.endings.len() as u32).map(Target::Ending))
        .collect();
    let placed: Vec<Target> = map.nodes.iter().map(|n| n.target).collect();
    assert_eq!(placed, expected, "{id}: each beat and ending once");
    for (i, e) in s.endings.iter().enumerate() {
        let node = map.node(Target::Ending(i as u32)).unwrap();
        assert_eq!(node.kind, NodeKind::Ending(e.kind), "{id}: ending kind");
        assert_eq!(node.id, e.id);
    }
    for (i, a) in map.nodes.iter().enumerate() {
        assert!(a.x >= 0.0 && a.y >= 0.0, "{id}: {} inside the map", a.id);
        assert!(a.x + a.width <= map.width && a.y + a.height <= map.height);
        for b in &map.nodes[i + 1..] {
            assert!(!a.overlaps(b), "{id}: {} overlaps {}", a.id, b.id);
        }
    }
    // Every choice's every target has its edge, and every edge's ends exist.
    for (b, beat) in s.beats.iter().enumerate() {
        for (c, choice) in beat.choices.iter().enumerate() {
            for to in choice.next.targets() {
                let from = Target::Beat(b as u32);
                assert!(
                    map.edges.iter().any(|e| e.from == from
                        && e.to == to
                        && e.choices
                            .iter()
                            .any(|k| usize::from(k.index) == c && k.key == choice.key)),
                    "{id}: no edge for {}/{}",
                    beat.id,
                    choice.key
                );
            }
        }
    }
    for e in &map.edges {
        assert!(matches!(e.from, Target::Beat(_)), "{id}: edges leave beats");
        let (from, to) = (map.node(e.from).unwrap(), map.node(e.to).unwrap());
        assert!(!e.choices.is_empty());
        assert!(
            e.points.len() >= 2,
            "{id}: {} → {} has a line",
            from.id,
            to.id
        );
        // The line starts on the beat's box and ends on its target's.
        let on =
            |p: &Point, n: &MapNode| (p.x - n.x).abs() < 0.01 || (p.x - n.x - n.width).abs() < 0.01;
        let (first, last) = (e.points[0], e.points[e.points.len() - 1]);
        if e.from != e.to {
            assert!(
                on(&first, from) && on(&last, to),
                "{id}: {} → {}",
                from.id,
                to.id
            );
        }
        assert_eq!(
            e.back,
            to.layer <= from.layer,
            "{id}: {} → {}",
            from.id,
            to.id
        );
        let label = e.label;
        assert!(
            (0.0..=map.width).contains(&label.x) && (0.0..=map.height).contains(&label.y),
            "{id}: the label of {} → {} is on the map",
            from.id,
            to.id
        );
    }
}

#[test]
fn every_builtin_scenario_and_the_template_lay_out_soundly() {
    for s in scenarios() {
        let map = layout(&s);
        assert_sound(&s, &map);
        assert!(map.node(Target::Beat(s.start)).unwrap().layer == 0);
    }
}

#[test]
fn the_same_scenario_gives_the_same_layout() {
    for s in scenarios() {
        assert_eq!(layout(&s), layout(&s), "{}", s.meta.id);
        // A copy loaded again lays out the same as well.
        assert_eq!(layout(&s.clone()), layout(&s));
    }
}

#[test]
fn the_template_loop_goes_back_and_its_path_goes_forward() {
    let s = scenarios().pop().unwrap();
    let map = layout(&s);
    let beat = |id: &str| Target::Beat(s.beats.iter().position(|b| b.id == id).unwrap() as u32);
    let edge = |from: &str, to: Target| {
        map.edges
            .iter()
            .find(|e| e.from == beat(from) && e.to == to)
            .unwrap()
    };
    // silence → secret returns to an earlier beat.
    assert!(edge("silence", beat("secret")).back);
    // accueil → secret stands for three choices, in file order.
    let keys: Vec<&str> = edge("accueil", beat("secret"))
        .choices
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(keys, ["cadre", "direct", "telephone"]);
    assert!(!edge("secret", beat("confidence")).back);
}

#[test]
fn an_unreachable_beat_still_has_its_place() {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unreachable-beat.ron"),
    )
    .unwrap();
    let report = check_source(&src, "unreachable-beat.ron", None, &Limits::default());
    // A warning only: the scenario still loads.
    let s = report.scenario.expect("loads with a warning");
    let map = layout(&s);
    assert_sound(&s, &map);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn generated_scenarios_lay_out_soundly(beats in 1usize..60, shape in any::<u64>()) {
        let src = scenario_source(beats, shape);
        let s = check_source(&src, "synth.ron", None, &Limits::default()).scenario.unwrap();
        let map = layout(&s);
        assert_sound(&s, &map);
        prop_assert_eq!(map, layout(&s));
    }
}
