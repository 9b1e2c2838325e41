//! The history file (`history.ron`), as the app and `entretien history`
//! read it: parse, write back and read again to the same text, and replay
//! every replayable record against its scenario (choice keys may name
//! anything: each must be an error, never a panic). A record lists every
//! step, "Continuer" included; a replay that ends gives a debrief that
//! agrees with its run.

use super::{invariants, parsed, scenario};
use crate::engine::Run;
use crate::store::{Attempt, parse_history};

/// Checks one input as a history file.
pub fn history(data: &[u8]) {
    let Some(history) = parsed(data, parse_history) else {
        return;
    };
    let written = ron::to_string(&history).expect("a parsed history writes");
    let back = parse_history(&written).expect("what was written reads back");
    assert_eq!(ron::to_string(&back).expect("writes again"), written);
    for attempt in &history {
        replay(attempt);
    }
}

fn replay(attempt: &Attempt) {
    let (Some(seed), Some(s)) = (attempt.seed, scenario(&attempt.scenario)) else {
        return;
    };
    let mut run = Run::new(s, seed).with_mode(attempt.mode);
    for d in attempt.decisions.iter().take(500) {
        let before = run.clone();
        match run.choose(s, &d.choice) {
            Ok(happened) => invariants::after_choice(s, &before, &run, &happened),
            Err(_) => {
                assert_eq!(run, before, "a refused key changed the run");
                return;
            }
        }
    }
    if let Ok(debrief) = run.debrief(s) {
        invariants::ended(s, &run, &debrief);
    }
}
