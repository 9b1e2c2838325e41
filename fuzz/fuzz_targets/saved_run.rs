//! The unfinished-interviews file (`unfinished.ron`), as the app reads it
//! at start and resumes from it: parse, then restore each interview
//! against its scenario. A file that parses but does not fit must be
//! refused by `Session::restore`, never panic later; a restored one must
//! play on, undo and give its debrief like a fresh one.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

use entretien::engine::View;
use entretien::store::{latest_saved, parse_saved_runs};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(runs) = parse_saved_runs(text) else {
        return;
    };
    for session in runs.values() {
        let id = session.scenario_id();
        let _ = latest_saved(&runs, id);
        let Some(s) = common::scenario(id) else {
            continue;
        };
        let Ok(mut restored) = session.clone().restore(s, 0) else {
            continue;
        };
        // Restoring is idempotent: what came back restores to itself.
        let again = restored.clone().restore(s, 1).expect("a restored interview restores");
        assert_eq!(again.run, restored.run);
        let _ = restored.run.transcript(s);
        let _ = restored.run.shown_lines(s);
        let _ = restored.records(s);
        // Play on to the end (bounded): first available answer each time.
        let mut out = Vec::new();
        for step in 0..200u64 {
            if restored.run.available_choices(s, &mut out).is_none() {
                break;
            }
            let Some(&first) = out.first() else { break };
            if let View::Beat { offers, .. } = restored.run.view(s) {
                assert!(offers.iter().any(|o| o.index == first));
            }
            restored.choose(s, first, step).expect("an offered answer is taken");
        }
        assert_eq!(restored.run.debrief(s).is_ok(), restored.run.ending().is_some());
        assert_eq!(restored.decision_ms.len(), restored.run.steps().len());
    }
});
