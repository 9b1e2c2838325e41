//! A jump to a beat clicked on the branch map: along the decisions taken
//! when it is on them, else the way there, found by a breadth-first search
//! over real runs (so conditions, effects and random routes are the
//! engine's own), trying the best-scored answers first, so the way found
//! is the shortest and, among the shortest, the one good practice would
//! take.

use std::collections::VecDeque;

use rustc_hash::FxHashSet;

use super::{Followed, Workshop};
use crate::engine::{EngineError, Happened, Run};
use crate::scenario::Scenario;

impl Workshop {
    /// Takes again the decision last taken back, the outcome on screen
    /// (if any) put away first: a jump or a check goes through several.
    pub(super) fn forward_past_outcome(
        &mut self,
        scenario: &Scenario,
        now_ms: u64,
    ) -> Result<Happened, EngineError> {
        self.outcome_shown = false;
        self.forward(scenario, now_ms)
    }

    /// Goes to `beat`: back or forward along the decisions taken when it is
    /// on them, else by the shortest way there from here (or from the
    /// start), recommended answers first. Returns whether it got there.
    pub fn jump(&mut self, scenario: &Scenario, beat: u32, now_ms: u64) -> bool {
        let got_there = self.go_to(scenario, beat, now_ms);
        // A jump lands on the moment itself, not on an outcome before it.
        self.outcome_shown &= !got_there;
        got_there
    }

    fn go_to(&mut self, scenario: &Scenario, beat: u32, now_ms: u64) -> bool {
        let here = |w: &Workshop| w.session.run.beat() == Some(beat);
        if here(self) {
            return true;
        }
        if let Some(at) = self.log.iter().position(|d| d.beat == beat) {
            while self.log.len() > at && self.back(scenario, now_ms).is_ok() {}
            return here(self);
        }
        if let Some(at) = self.ahead.iter().rposition(|d| d.beat == beat) {
            while self.ahead.len() > at {
                if self.forward_past_outcome(scenario, now_ms).is_err() {
                    return false;
                }
            }
            return here(self);
        }
        let found = to_beat(scenario, &self.session.run, beat)
            .map(|path| (self.log.len(), path))
            .or_else(|| {
                let start = self.session.run.replay(scenario, 0).ok()?;
                Some((0, to_beat(scenario, &start, beat)?))
            });
        let Some((keep, path)) = found else {
            return false;
        };
        while self.log.len() > keep && self.back(scenario, now_ms).is_ok() {}
        self.new_branch();
        for index in path {
            let offers = self.offers(scenario);
            let decision = self.decision(&offers, index, Followed::Map);
            if self.take(scenario, decision, now_ms).is_err() {
                return false;
            }
        }
        here(self)
    }
}

/// States looked at before giving up (a scenario's states are far fewer).
const MAX_STATES: usize = 50_000;

/// The choice indices that lead from `from` to `beat`, if any. Each
/// (beat, state) is queued once: the first way to it is the shortest.
pub(super) fn to_beat(scenario: &Scenario, from: &Run, beat: u32) -> Option<Vec<u16>> {
    if from.beat() == Some(beat) {
        return Some(Vec::new());
    }
    let mut seen = FxHashSet::default();
    seen.insert((from.beat()?, from.state().to_vec()));
    let mut queue = VecDeque::from([(from.clone(), Vec::new())]);
    let mut offers = Vec::new();
    while let Some((run, path)) = queue.pop_front() {
        let Some(at) = run.available_choices(scenario, &mut offers) else {
            continue;
        };
        let choices = &scenario.beat(at).choices;
        offers.sort_by_key(|&i| std::cmp::Reverse(choices[usize::from(i)].scores.total()));
        for &index in &offers {
            let mut next = run.clone();
            if next.choose_index(scenario, index).is_err() {
                continue;
            }
            let Some(reached) = next.beat() else {
                continue;
            };
            let mut longer = path.clone();
            longer.push(index);
            if reached == beat {
                return Some(longer);
            }
            if seen.len() < MAX_STATES && seen.insert((reached, next.state().to_vec())) {
                queue.push_back((next, longer));
            }
        }
    }
    None
}
