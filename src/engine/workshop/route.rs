//! The way to a beat clicked on the branch map: a breadth-first search over
//! real runs (so conditions, effects and random routes are the engine's
//! own), trying the best-scored answers first, so the way found is the
//! shortest and, among the shortest, the one good practice would take.

use std::collections::VecDeque;

use rustc_hash::FxHashSet;

use crate::engine::Run;
use crate::scenario::Scenario;

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
