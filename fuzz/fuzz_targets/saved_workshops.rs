//! The unfinished-workshops file (`unfinished-workshops.ron`), as the app
//! reads it at start and resumes from it: parse, then restore each
//! workshop against its scenario. A file that parses but does not fit
//! must be refused by `Workshop::restore`, never panic later; a restored
//! one must go on: vote, reveal, back, forward and "next" to its ending.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

use entretien::engine::Next;
use entretien::store::parse_saved_workshops;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(saved) = parse_saved_workshops(text) else {
        return;
    };
    for w in saved.values() {
        let Some(s) = common::scenario(w.session.scenario_id()) else {
            continue;
        };
        let Ok(mut w) = w.clone().restore(s, 0) else {
            continue;
        };
        assert_eq!(w.decisions().len(), w.session.run.steps().len());
        assert_eq!(w.votes().len(), w.offers(s).len());
        let _ = w.cards(s);
        if w.can_back() {
            w.back(s, 1).expect("a decision taken goes back");
            w.forward(s, 2).expect("and forward again");
        }
        // On to the end (bounded): a vote for A, then the clicker.
        for step in 0..400u64 {
            w.vote(0, 1);
            match w.next(s, step).expect("next never fails on a restored workshop") {
                Next::Over => break,
                // Saved votes may tie; the votes for A grow until they win.
                Next::NoMajority | Next::Revealed | Next::Went(_) => {}
            }
        }
    }
});
