//! The unfinished-interviews file (`unfinished.ron`), as the app reads it
//! at start and resumes from it: parse, then restore each interview
//! against its scenario. A file that parses but does not fit must be
//! refused by `Session::restore`, never panic later; a restored one must
//! play on and give its debrief like a fresh one. A "Continuer" is a step
//! with its time like any answer: one time and one history record per
//! step, the record marked when it is a "Continuer".

use super::{invariants, parsed, scenario};
use crate::engine::{Session, View};
use crate::scenario::Scenario;
use crate::store::{latest_saved, parse_saved_runs};

/// Checks one input as an unfinished-interviews file.
pub fn saved_run(data: &[u8]) {
    let Some(runs) = parsed(data, parse_saved_runs) else {
        return;
    };
    for session in runs.values() {
        let id = session.scenario_id();
        let _ = latest_saved(&runs, id);
        let Some(s) = scenario(id) else {
            continue;
        };
        let Ok(mut restored) = session.clone().restore(s, 0) else {
            continue;
        };
        // Restoring is idempotent: what came back restores to itself.
        let again = restored
            .clone()
            .restore(s, 1)
            .expect("a restored interview restores");
        assert_eq!(again.run, restored.run);
        timed(s, &restored);
        let _ = restored.run.shown_lines(s);
        invariants::transcript(s, &restored.run);
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
            let before = restored.run.clone();
            let happened = restored
                .choose(s, first, step)
                .expect("an offered answer is taken");
            invariants::after_choice(s, &before, &restored.run, &happened);
        }
        timed(s, &restored);
        match restored.run.debrief(s) {
            Ok(db) => invariants::ended(s, &restored.run, &db),
            Err(e) => assert!(restored.run.ending().is_none(), "{e:?} at the end"),
        }
    }
}

/// One time and one record per step, "Continuer" included and marked.
fn timed(s: &Scenario, session: &Session) {
    let steps = session.run.steps();
    assert_eq!(session.decision_ms.len(), steps.len());
    let records = session.records(s);
    assert_eq!(records.len(), steps.len());
    for (r, step) in records.iter().zip(steps) {
        let beat = s.beat(step.shown.beat);
        let choice = &beat.choices[usize::from(step.choice)];
        assert_eq!((&r.beat, &r.choice), (&beat.id, &choice.key));
        assert_eq!(r.continues, choice.continues);
    }
}
