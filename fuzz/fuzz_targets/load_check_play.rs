//! Load, check and play an arbitrary scenario file.
//!
//! Input layout: the scenario text, then optionally a NUL byte followed by
//! "driver" bytes that steer the run (seed, which choice, when to undo…).
//! Without a NUL (the seed corpus is plain `.ron` files) the whole input is
//! the scenario and the run is steered by a generator seeded from a hash of
//! the input, so every input is still played deterministically.
//!
//! Beyond "never panic", it checks what the engine and the docs promise:
//! - a refused choice (unavailable, out of range, unknown key, after the end)
//!   is an `Err` and leaves the run unchanged;
//! - `undo` gives back exactly the run as it was before the last decision,
//!   and `replay(k)` the run as it was after `k` decisions;
//! - a run survives a JSON round trip;
//! - the debrief exists exactly when the run has ended, its scores are
//!   0–100 and its shares 0–1;
//! - when the checker explored the whole (beat × state) graph
//!   (`summary.complete`), no reachable beat leaves every choice
//!   unavailable, an available choice always has a target, and every
//!   finished run's `raw_total`s lie inside the checker's score bounds
//!   (docs/scoring.md §7).

#![no_main]

use libfuzzer_sys::fuzz_target;

use entretien::engine::{EngineError, Run, View};
use entretien::i18n::{engine_error, render_problem};
use entretien::scenario::check::check_bytes;
use entretien::scenario::graph::Summary;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario, Severity};

/// Most decisions taken in one run.
const MAX_DECISIONS: usize = 200;
/// Most operations (decisions, refused choices, undos) in one run.
const MAX_OPS: usize = 600;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_bytes: 1 << 20,
        max_states: 20_000,
        ..Limits::default()
    };
    let (text, driver) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let report = check_bytes(text, "fuzz.ron", &limits);
    // Messages, hints and locations are built for every problem.
    for p in &report.problems {
        let _ = render_problem(p, Lang::Fr);
        let _ = render_problem(p, Lang::En);
    }
    let Some(scenario) = &report.scenario else {
        return;
    };
    assert_eq!(
        report.count(Severity::Error),
        0,
        "a scenario came out of a report with errors"
    );
    let mut d = Driver::new(driver, fnv1a(data));
    play(scenario, report.summary.as_ref(), &mut d);
});

/// Bytes from the input, then a splitmix64 stream once they run out.
struct Driver<'a> {
    bytes: &'a [u8],
    state: u64,
}

impl<'a> Driver<'a> {
    fn new(bytes: &'a [u8], seed: u64) -> Self {
        Driver { bytes, state: seed }
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => (splitmix64(&mut self.state) >> 24) as u8,
        }
    }

    fn u64(&mut self) -> u64 {
        (0..8).fold(0u64, |acc, _| (acc << 8) | u64::from(self.byte()))
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        let i = (usize::from(self.byte()) << 8 | usize::from(self.byte())) % items.len();
        items[i]
    }
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn play(s: &Scenario, summary: Option<&Summary>, d: &mut Driver) {
    let complete = summary.is_some_and(|x| x.complete);
    let mut run = Run::new(s, d.u64());
    assert!(run.matches(s).is_ok());
    // history[k] = the run after k decisions (before decision k + 1).
    let mut history: Vec<Run> = Vec::new();

    for _ in 0..MAX_OPS {
        assert_eq!(history.len(), run.steps().len());
        if history.len() >= MAX_DECISIONS {
            break;
        }
        let (beat, avail, unavail) = match run.view(s) {
            View::Ended(_) => {
                assert!(run.ending().is_some());
                // Sometimes go back from the end to explore another branch.
                if d.byte() % 4 == 0 && !history.is_empty() {
                    undo(s, &mut run, &mut history);
                    continue;
                }
                break;
            }
            View::Beat {
                beat,
                offers,
                locked,
                ..
            } => {
                assert!(run.ending().is_none());
                assert_eq!(offers.len() + locked.len(), s.beat(beat).choices.len());
                let avail: Vec<u16> = offers.iter().map(|o| o.index).collect();
                let unavail: Vec<u16> = locked.iter().map(|o| o.index).collect();
                (beat, avail, unavail)
            }
        };
        let n_choices = s.beat(beat).choices.len();
        if avail.is_empty() {
            assert!(
                !complete,
                "beat {:?}: no choice available in a reachable state, yet the checker explored the whole graph",
                s.beat(beat).id
            );
            break;
        }
        match d.byte() % 16 {
            0..=10 => {
                let i = d.pick(&avail);
                let before = run.clone();
                match run.choose_index(s, i) {
                    Ok(_) => history.push(before),
                    Err(EngineError::NoTarget { beat }) if !complete => {
                        assert_eq!(run, before, "a failed choice changed the run");
                        let _ = beat;
                        break;
                    }
                    Err(e) => panic!("choose_index({i}) on an available offer failed: {e:?}"),
                }
            }
            11 | 12 => {
                if unavail.is_empty() {
                    continue;
                }
                let i = d.pick(&unavail);
                let before = run.clone();
                let r = run.choose_index(s, i);
                assert!(
                    matches!(r, Err(EngineError::Unavailable { .. })),
                    "choose_index({i}) on an unavailable offer gave {r:?}"
                );
                assert_eq!(run, before, "a refused choice changed the run");
            }
            13 => {
                let i = if d.byte() % 2 == 0 {
                    n_choices + usize::from(d.byte())
                } else {
                    usize::from(u16::MAX)
                };
                let Ok(i) = u16::try_from(i) else { continue };
                if usize::from(i) < n_choices {
                    continue;
                }
                let before = run.clone();
                let r = run.choose_index(s, i);
                assert!(
                    matches!(r, Err(EngineError::UnknownChoice { .. })),
                    "choose_index({i}) out of range ({n_choices} choices) gave {r:?}"
                );
                assert_eq!(run, before, "an out-of-range choice changed the run");
                // The message is built in both languages.
                if let Err(e) = r {
                    let _ = engine_error(&e, Lang::Fr);
                    let _ = engine_error(&e, Lang::En);
                }
            }
            14 => undo(s, &mut run, &mut history),
            _ => {
                // By key: a real key of this beat, or one that cannot exist.
                let before = run.clone();
                if d.byte() % 2 == 0 {
                    let i = d.pick(&avail);
                    let key = s.beat(beat).choices[usize::from(i)].key.clone();
                    match run.choose(s, &key) {
                        Ok(_) => history.push(before),
                        Err(_) => assert_eq!(run, before, "a failed choice changed the run"),
                    }
                } else {
                    let r = run.choose(s, "\u{1}no such key\u{1}");
                    assert!(
                        matches!(r, Err(EngineError::UnknownChoice { .. })),
                        "an unknown key gave {r:?}"
                    );
                    assert_eq!(run, before, "an unknown key changed the run");
                }
            }
        }
    }

    finish(s, summary, d, &run, &history);
}

fn undo(s: &Scenario, run: &mut Run, history: &mut Vec<Run>) {
    match run.undo(s) {
        Ok(()) => {
            let prev = history.pop().expect("undo succeeded with no decision taken");
            assert_eq!(*run, prev, "undo did not give back the run before the last decision");
        }
        Err(EngineError::NothingToUndo) => {
            assert!(history.is_empty(), "undo refused with {} decisions taken", history.len());
        }
        Err(e) => panic!("undo failed: {e:?}"),
    }
}

fn finish(s: &Scenario, summary: Option<&Summary>, d: &mut Driver, run: &Run, history: &[Run]) {
    // replay(k) rebuilds the run after k decisions.
    if !history.is_empty() {
        let k = usize::from(d.byte()) % (history.len() + 1);
        let again = run.replay(s, k).expect("replay of a run's own decisions failed");
        let expected = history.get(k).unwrap_or(run);
        assert_eq!(&again, expected, "replay({k}) differs from the run after {k} decisions");
    }

    // A saved run loads back identical.
    let json = serde_json::to_string(run).expect("a run serialises");
    let back: Run = serde_json::from_str(&json).expect("a saved run loads");
    assert_eq!(&back, run, "JSON round trip changed the run");

    match run.view(s) {
        View::Ended(_) => {
            let db = run.debrief(s).expect("debrief of an ended run failed");
            assert_eq!(db.decisions.len(), run.steps().len());
            assert_eq!(Some(db.ending), run.ending());
            for p in &db.points {
                if let Some(score) = p.score {
                    assert!(score <= 100, "{:?}: score {score} above 100", p.point);
                }
                if let Some(share) = p.recommended_share {
                    assert!((0.0..=1.0).contains(&share), "{:?}: share {share}", p.point);
                }
            }
            if let Some(share) = db.recommended_share {
                assert!((0.0..=1.0).contains(&share), "overall share {share}");
            }
            if let Some(summary) = summary.filter(|x| x.complete) {
                assert_eq!(db.points.len(), summary.score_bounds.len());
                for (p, b) in db.points.iter().zip(&summary.score_bounds) {
                    assert_eq!(p.point, b.point);
                    if let Some(min) = b.min {
                        assert!(
                            p.raw_total >= min,
                            "{:?}: raw total {} below the checker's minimum {min}",
                            p.point,
                            p.raw_total
                        );
                    }
                    if let Some(max) = b.max {
                        assert!(
                            p.raw_total <= max,
                            "{:?}: raw total {} above the checker's maximum {max}",
                            p.point,
                            p.raw_total
                        );
                    }
                }
            }
            let mut after = run.clone();
            let r = after.choose_index(s, 0);
            assert!(matches!(r, Err(EngineError::Ended)), "a choice after the end gave {r:?}");
            assert_eq!(&after, run, "a choice after the end changed the run");
        }
        View::Beat { .. } => {
            let r = run.debrief(s);
            assert!(matches!(r, Err(EngineError::NotEnded)), "debrief before the end gave {:?}", r.map(|_| ()));
        }
    }
}
