//! Synthetic scenarios for benchmarks, property tests and fuzzing.
//!
//! Every generated scenario is valid by construction: routes only go
//! forward (so every run ends), every beat has an unconditional choice, and
//! every random route has a target with a positive base weight.

use std::fmt::Write;

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg32;

const ENDINGS: [(&str, &str); 4] = [
    ("lien", "BondKept"),
    ("revelation", "Disclosure"),
    ("rupture", "Rupture"),
    ("danger", "AtRisk"),
];

const POINTS: [&str; 5] = ["Frame", "Authenticity", "NonJudgement", "Asking", "Pace"];

/// RON source of a valid scenario with `beats` beats (at least 1), shaped by `seed`.
pub fn scenario_source(beats: usize, seed: u64) -> String {
    let beats = beats.max(1);
    let mut rng = Pcg32::seed_from_u64(seed);
    let mut s = String::with_capacity(beats * 700);
    let text = |fr: &str, en: &str| format!("(fr: \"{fr}\", en: \"{en}\")");
    let _ = write!(
        s,
        "Scenario(id: \"synth\", version: 1, title: {t}, summary: {t}, setting: {t}, trainee_role: {t}, \
         young_person: (name: \"Alex\", age: 15, situation: {t}), noticed: {t}, objectives: [{t}], \
         content_note: {t}, minutes: 10, difficulty: Intermediate, shuffle_choices: {shuffle}, \
         variables: [(id: \"trust\", min: 0, max: 4, start: 2)], flags: [\"told\"], start: \"b0\",\n beats: [\n",
        t = text("t", "t"),
        shuffle = rng.random_bool(0.5),
    );
    for i in 0..beats {
        let _ = writeln!(
            s,
            "  (id: \"b{i}\", line: (text: {l}, mood: Guarded), variants: [(id: \"v\", when: AtLeast(\"trust\", 3), text: {l}), (id: \"w\", text: {l})], thought: {l}, choices: [",
            l = text("ligne", "line"),
        );
        let choices = rng.random_range(1..=3);
        for c in 0..choices {
            let conditional = c > 0 && rng.random_bool(0.4);
            let when = if conditional {
                format!("when: AtLeast(\"trust\", {}), ", rng.random_range(1..=4))
            } else {
                String::new()
            };
            let mut scores = Vec::new();
            for p in POINTS {
                if rng.random_bool(0.5) {
                    scores.push(format!("{p}: {}", rng.random_range(-2..=2)));
                }
            }
            let scores = if scores.is_empty() {
                "Frame: 1".to_owned()
            } else {
                scores.join(", ")
            };
            let effect = match rng.random_range(0..4) {
                0 => "SetFlag(\"told\")".to_owned(),
                _ => format!("Add(\"trust\", {})", rng.random_range(-1..=1)),
            };
            // The first choice always moves on, so that every beat is reachable.
            let next = match if c == 0 { 0 } else { rng.random_range(0..3) } {
                0 if c == 0 && i + 1 < beats => format!("Goto(\"b{}\")", i + 1),
                0 => format!("Goto({})", target(&mut rng, i, beats)),
                1 => format!(
                    "Branch(cases: [(when: Flag(\"told\"), goto: {})], otherwise: {})",
                    target(&mut rng, i, beats),
                    target(&mut rng, i, beats)
                ),
                _ => format!(
                    "Random([(goto: {}, weight: 1, per: [(\"trust\", 1)]), (goto: {}, weight: 0, per: [(\"trust\", 1)])])",
                    target(&mut rng, i, beats),
                    target(&mut rng, i, beats)
                ),
            };
            let _ = writeln!(
                s,
                "    (key: \"c{c}\", {when}text: {t}, scores: {{{scores}}}, rationale: {r}, effects: [{effect}], next: {next}),",
                t = text("réponse", "answer"),
                r = text("pourquoi", "why"),
            );
        }
        s.push_str("  ]),\n");
    }
    s.push_str(" ],\n endings: [\n");
    for (id, kind) in ENDINGS {
        let _ = writeln!(
            s,
            "  (id: \"{id}\", kind: {kind}, title: {t}, text: {t}, lesson: {t}),",
            t = text("fin", "end")
        );
    }
    s.push_str(" ],\n)\n");
    s
}

/// A forward beat (1 to 3 ahead) or, at the end and now and then, an ending.
fn target(rng: &mut Pcg32, i: usize, beats: usize) -> String {
    let jump = rng.random_range(1..=3);
    if i + jump < beats && rng.random_range(0..10) > 0 {
        format!("\"b{}\"", i + jump)
    } else {
        format!("\"{}\"", ENDINGS[rng.random_range(0..ENDINGS.len())].0)
    }
}
