//! The history file (`history.ron`), as the app and `entretien history`
//! read it: parse, write back and read again to the same text, and replay
//! every replayable record against its scenario (choice keys may name
//! anything: each must be an error, never a panic).

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

use entretien::engine::Run;
use entretien::store::{Attempt, parse_history};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(history) = parse_history(text) else {
        return;
    };
    let written = ron::to_string(&history).expect("a parsed history writes");
    let back = parse_history(&written).expect("what was written reads back");
    assert_eq!(ron::to_string(&back).expect("writes again"), written);
    for attempt in &history {
        replay(attempt);
    }
});

fn replay(attempt: &Attempt) {
    let (Some(seed), Some(s)) = (attempt.seed, common::scenario(&attempt.scenario)) else {
        return;
    };
    let mut run = Run::new(s, seed).with_mode(attempt.mode);
    for d in attempt.decisions.iter().take(500) {
        if run.choose(s, &d.choice).is_err() {
            return;
        }
    }
    if let Ok(debrief) = run.debrief(s) {
        assert!(debrief.points.iter().all(|p| p.score.is_none_or(|v| v <= 100)));
    }
}
