//! Load, check and play an arbitrary scenario file.
//!
//! Input layout: the scenario text, then optionally a NUL byte followed by
//! "driver" bytes that steer the run (mode, seed, which choice, when to
//! undo…). Without a NUL (the seed corpus is plain `.ron` files) the whole
//! input is the scenario and the run is steered by a generator seeded from
//! a hash of the input, so every input is still played deterministically.
//!
//! Beyond "never panic", it checks what the engine and the docs promise:
//! - the checker gives a scenario only without errors, and that scenario
//!   has the shape format v2 describes ([`super::invariants::scenario_shape`]);
//! - each choice taken records one step and reports the lines and
//!   checkpoints that appeared ([`super::invariants::after_choice`]);
//! - a refused choice (unavailable, out of range, unknown key, after the
//!   end) is an `Err` and leaves the run unchanged;
//! - `undo` gives back exactly the run as it was before the last step (a
//!   "Continuer" included) where the mode allows it, and `replay(k)` the
//!   run as it was after `k` steps;
//! - a run survives a JSON round trip;
//! - the debrief exists exactly when the run has ended, and agrees with
//!   the run ([`super::invariants::ended`]): its decisions are the steps
//!   that are not a "Continuer";
//! - when the checker explored the whole (beat × state) graph
//!   (`summary.complete`), no reachable beat leaves every choice
//!   unavailable, an available choice always has a target, and every
//!   finished run's `raw_total`s lie inside the checker's score bounds
//!   (docs/scoring.md §7).

use super::invariants;
use crate::engine::{EngineError, Happened, Mode, Run, View};
use crate::i18n::{engine_error, render_problem};
use crate::scenario::check::check_bytes;
use crate::scenario::graph::Summary;
use crate::scenario::load::Limits;
use crate::scenario::{Lang, Scenario, Severity};

/// The state limit of the check: lower than the app's, for speed (Kelly's
/// graph has some 750,000 states; its first 20,000 are checked).
pub(super) const MAX_STATES: usize = 20_000;
/// Most steps taken in one run.
const MAX_STEPS: usize = 200;
/// Most operations (steps, refused choices, undos) in one run.
const MAX_OPS: usize = 600;

/// Checks and plays one input (see the module's documentation).
pub fn load_check_play(data: &[u8]) {
    let limits = Limits {
        max_bytes: 1 << 20,
        max_states: MAX_STATES,
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
    invariants::scenario_shape(scenario);
    let mut d = Driver::new(driver, fnv1a(data));
    play(scenario, report.summary.as_ref(), &mut d);
}

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

/// Practice mostly (feedback after each answer, undo), sometimes the
/// modes that allow no undo.
fn mode(d: &mut Driver) -> Mode {
    match d.byte() % 8 {
        6 => Mode::Assessment,
        7 => Mode::Workshop,
        _ => Mode::Practice,
    }
}

fn play(s: &Scenario, summary: Option<&Summary>, d: &mut Driver) {
    let complete = summary.is_some_and(|x| x.complete);
    let mode = mode(d);
    let mut run = Run::new(s, d.u64()).with_mode(mode);
    assert!(run.matches(s).is_ok());
    // history[k] = the run after k steps (before step k + 1).
    let mut history: Vec<Run> = Vec::new();

    for _ in 0..MAX_OPS {
        assert_eq!(history.len(), run.steps().len());
        if history.len() >= MAX_STEPS {
            break;
        }
        let (beat, avail, unavail) = match run.view(s) {
            View::Ended(_) => {
                assert!(run.ending().is_some() && run.beat().is_none());
                // Sometimes go back from the end to explore another branch.
                if d.byte().is_multiple_of(4) && run.can_undo() {
                    undo(s, &mut run, &mut history);
                    continue;
                }
                break;
            }
            View::Beat {
                beat,
                narration,
                offers,
                locked,
                ..
            } => {
                assert!(run.ending().is_none() && run.beat() == Some(beat));
                assert_eq!(offers.len() + locked.len(), s.beat(beat).choices.len());
                assert_eq!(narration.is_some(), s.beat(beat).narration.is_some());
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
        let taken = match d.byte() % 16 {
            0..=10 => {
                let i = d.pick(&avail);
                take(s, &mut run, &mut history, |r| r.choose_index(s, i))
            }
            11 | 12 => {
                if let Some(i) = (!unavail.is_empty()).then(|| d.pick(&unavail)) {
                    refused(
                        &mut run,
                        |r| r.choose_index(s, i),
                        |e| matches!(e, EngineError::Unavailable { .. }),
                    );
                }
                Ok(())
            }
            13 => {
                let i = if d.byte().is_multiple_of(2) {
                    n_choices + usize::from(d.byte())
                } else {
                    usize::from(u16::MAX)
                };
                let i = u16::try_from(i)
                    .ok()
                    .filter(|&i| usize::from(i) >= n_choices);
                if let Some(i) = i {
                    let e = refused(
                        &mut run,
                        |r| r.choose_index(s, i),
                        |e| matches!(e, EngineError::UnknownChoice { .. }),
                    );
                    // The message is built in both languages.
                    let _ = engine_error(&e, Lang::Fr);
                    let _ = engine_error(&e, Lang::En);
                }
                Ok(())
            }
            14 => {
                undo(s, &mut run, &mut history);
                Ok(())
            }
            // By key: a real key of this beat, or one that cannot exist.
            _ => {
                if d.byte().is_multiple_of(2) {
                    let key = &s.beat(beat).choices[usize::from(d.pick(&avail))].key;
                    take(s, &mut run, &mut history, |r| r.choose(s, key))
                } else {
                    refused(
                        &mut run,
                        |r| r.choose(s, "\u{1}no such key\u{1}"),
                        |e| matches!(e, EngineError::UnknownChoice { .. }),
                    );
                    Ok(())
                }
            }
        };
        match taken {
            Ok(()) => {}
            // A random route whose weights are all zero, in a state the
            // checker did not reach.
            Err(EngineError::NoTarget { .. }) if !complete => break,
            Err(e) => panic!("an available offer failed: {e:?}"),
        }
    }

    finish(s, summary, d, &run, &history);
}

/// Takes an available offer: an error only for a random route with no
/// target, that leaves the run as it was; else one step more, checked.
fn take(
    s: &Scenario,
    run: &mut Run,
    history: &mut Vec<Run>,
    choose: impl FnOnce(&mut Run) -> Result<Happened, EngineError>,
) -> Result<(), EngineError> {
    let before = run.clone();
    match choose(run) {
        Ok(happened) => {
            invariants::after_choice(s, &before, run, &happened);
            history.push(before);
            Ok(())
        }
        Err(e) => {
            assert_eq!(*run, before, "a failed choice changed the run");
            Err(e)
        }
    }
}

/// A choice that must be refused: an error `expected` accepts, and the run
/// as it was.
fn refused(
    run: &mut Run,
    choose: impl FnOnce(&mut Run) -> Result<Happened, EngineError>,
    expected: fn(&EngineError) -> bool,
) -> EngineError {
    let before = run.clone();
    let r = choose(run);
    assert_eq!(*run, before, "a refused choice changed the run");
    match r {
        Err(e) if expected(&e) => e,
        r => panic!("a choice that must be refused gave {r:?}"),
    }
}

/// Undo where the mode allows it and a step was taken; else an error that
/// leaves the run as it was.
fn undo(s: &Scenario, run: &mut Run, history: &mut Vec<Run>) {
    let before = run.clone();
    match run.undo(s) {
        Ok(()) => {
            assert!(before.can_undo(), "undo succeeded where it may not");
            let prev = history.pop().expect("undo succeeded with no step taken");
            assert_eq!(
                *run, prev,
                "undo did not give back the run before the last step"
            );
        }
        Err(e) => {
            assert!(!before.can_undo(), "undo refused: {e:?}");
            let expected = if before.mode().rules().undo {
                EngineError::NothingToUndo
            } else {
                EngineError::UndoNotAllowed
            };
            assert_eq!(e, expected);
            assert_eq!(*run, before, "a refused undo changed the run");
        }
    }
}

fn finish(s: &Scenario, summary: Option<&Summary>, d: &mut Driver, run: &Run, history: &[Run]) {
    // replay(k) rebuilds the run after k steps.
    if !history.is_empty() {
        let k = usize::from(d.byte()) % (history.len() + 1);
        let again = run
            .replay(s, k)
            .expect("replay of a run's own steps failed");
        let expected = history.get(k).unwrap_or(run);
        assert_eq!(
            &again, expected,
            "replay({k}) differs from the run after {k} steps"
        );
    }

    // A saved run loads back identical.
    let json = serde_json::to_string(run).expect("a run serialises");
    let back: Run = serde_json::from_str(&json).expect("a saved run loads");
    assert_eq!(&back, run, "JSON round trip changed the run");
    invariants::transcript(s, run);

    match run.view(s) {
        View::Ended(_) => {
            let db = run.debrief(s).expect("debrief of an ended run failed");
            invariants::ended(s, run, &db);
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
            assert!(
                matches!(r, Err(EngineError::Ended)),
                "a choice after the end gave {r:?}"
            );
            assert_eq!(&after, run, "a choice after the end changed the run");
        }
        View::Beat { .. } => {
            let r = run.debrief(s);
            assert!(
                matches!(r, Err(EngineError::NotEnded)),
                "debrief before the end gave {:?}",
                r.map(|_| ())
            );
        }
    }
}
