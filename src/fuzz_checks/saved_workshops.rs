//! The unfinished-workshops file (`unfinished-workshops.ron`), as the app
//! reads it at start and resumes from it: parse, then restore each
//! workshop against its scenario. A file that parses but does not fit
//! must be refused by `Workshop::restore`, never panic later; a restored
//! one must go on: vote, reveal, back, forward and "next" (through the
//! outcomes the room is shown) to its ending.
//! The room's log has one decision per step of the run, a "Continuer"
//! included (taken without a vote, marked `Followed::Continue`).

use super::{invariants, parsed, scenario};
use crate::engine::{Followed, Next, Workshop};
use crate::scenario::Scenario;
use crate::store::parse_saved_workshops;

/// Checks one input as an unfinished-workshops file.
pub fn saved_workshops(data: &[u8]) {
    let Some(saved) = parsed(data, parse_saved_workshops) else {
        return;
    };
    for w in saved.values() {
        let Some(s) = scenario(w.session.scenario_id()) else {
            continue;
        };
        let Ok(mut w) = w.clone().restore(s, 0) else {
            continue;
        };
        logged(&w);
        assert_eq!(w.votes().len(), w.offers(s).len());
        let _ = w.cards(s);
        if w.can_back() {
            w.back(s, 1).expect("a decision taken goes back");
            w.forward(s, 2).expect("and forward again");
            logged(&w);
        }
        // On to the end (bounded): a vote for A, then the clicker.
        let restored = w.decisions().len();
        for step in 0..400u64 {
            w.vote(0, 1);
            // A narration step waiting behind an outcome is shown first.
            let narration = w.is_narration(s) && !w.outcome_shown();
            let next = w
                .next(s, step)
                .expect("next never fails on a restored workshop");
            // Narration goes on at once, without a reveal.
            assert!(
                !narration || matches!(next, Next::Went(_)),
                "{next:?} on narration"
            );
            match next {
                Next::Over => break,
                // Saved votes may tie; the votes for A grow until they win.
                Next::NoMajority | Next::Revealed | Next::Went(_) | Next::Shown { .. } => {}
            }
        }
        logged(&w);
        went_on(s, &w, restored);
        if let Ok(db) = w.session.run.debrief(s) {
            invariants::ended(s, &w.session.run, &db);
        }
    }
}

/// One decision of the room per step of its run, on the same beat and
/// answer.
fn logged(w: &Workshop) {
    let steps = w.session.run.steps();
    assert_eq!(w.decisions().len(), steps.len());
    for (d, step) in w.decisions().iter().zip(steps) {
        assert_eq!((d.beat, d.choice), (step.shown.beat, step.choice));
    }
    assert_eq!(w.session.decision_ms.len(), steps.len());
}

/// The decisions the clicker took after the restore: a "Continuer" is
/// marked as one, an answer never is.
fn went_on(s: &Scenario, w: &Workshop, from: usize) {
    for d in w.decisions().iter().skip(from) {
        let continues = s.beat(d.beat).choices[usize::from(d.choice)].continues;
        assert_eq!(d.how == Followed::Continue, continues, "{d:?}");
    }
}
