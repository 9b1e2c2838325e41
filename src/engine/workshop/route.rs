//! The way to a beat clicked on the branch map: a breadth-first search over
//! real runs (so conditions, effects and random routes are the engine's
//! own), trying the best-scored answers first, so the way found is the
//! shortest and, among the shortest, the one good practice would take.

use std::collections::VecDeque;

use rustc_hash::FxHashSet;

use crate::engine::Run;
use crate::scenario::Scenario;

/// Runs looked at before giving up (a scenario's states are far fewer).
const MAX_RUNS: usize = 50_000;

/// The choice indices that lead from `from` to `beat`, if any.
pub(super) fn to_beat(scenario: &Scenario, from: &Run, beat: u32) -> Option<Vec<u16>> {
    let mut seen = FxHashSet::default();
    let mut queue = VecDeque::from([(from.clone(), Vec::new())]);
    let mut offers = Vec::new();
    let mut looked = 0;
    while let Some((run, path)) = queue.pop_front() {
        let Some(at) = run.available_choices(scenario, &mut offers) else {
            continue;
        };
        if at == beat {
            return Some(path);
        }
        looked += 1;
        if looked > MAX_RUNS || !seen.insert((at, run.state().to_vec())) {
            continue;
        }
        let choices = &scenario.beat(at).choices;
        offers.sort_by_key(|&i| std::cmp::Reverse(choices[usize::from(i)].scores.total()));
        for &index in &offers {
            let mut next = run.clone();
            if next.choose_index(scenario, index).is_ok() {
                let mut longer = path.clone();
                longer.push(index);
                queue.push_back((next, longer));
            }
        }
    }
    None
}
