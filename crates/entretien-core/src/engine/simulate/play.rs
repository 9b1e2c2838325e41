//! One simulated run: the policy's answers, with mistakes put in at
//! chosen decisions ("faults"), replayable from its seed alone.

use rand::seq::index::sample;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg32;

use super::{MAX_DECISIONS, Plan};
use crate::engine::Run;
use crate::scenario::Scenario;

/// What one run did.
pub struct Played {
    /// The run, ended unless `MAX_DECISIONS` or a stuck beat stopped it.
    pub run: Run,
    /// Decisions taken ("Continuer" is not one).
    pub decisions: usize,
    /// Of them, good practice.
    pub recommended: usize,
    /// Every step taken: (beat, choice index), "Continuer" included.
    pub moves: Vec<(u32, u16)>,
}

/// The policy's own draws (ties) come from a generator of their own,
/// seeded from the run's seed, so that a run replays from its seed alone.
fn policy_rng(seed: u64) -> Pcg32 {
    Pcg32::seed_from_u64(seed ^ 0x5EED)
}

/// Plays one run with `seed`: `plan.policy` everywhere, except at the
/// decisions numbered in `faults_at` (from 0, sorted), where an answer that
/// is not good practice is drawn instead; where none is offered, the
/// mistake waits for the next decision that offers one.
pub fn play(scenario: &Scenario, plan: &Plan, seed: u64, faults_at: &[usize]) -> Played {
    let mut rng = policy_rng(seed);
    let mut run = Run::new(scenario, seed);
    let mut available = Vec::new();
    let mut mistakes = Vec::new();
    let (mut decisions, mut recommended, mut pending) = (0, 0, 0);
    let mut faults = faults_at.iter().peekable();
    let mut moves = Vec::new();
    while let Some(beat) = run.available_choices(scenario, &mut available) {
        if moves.len() >= MAX_DECISIONS {
            break;
        }
        let b = scenario.beat(beat);
        let decides = available
            .iter()
            .any(|&i| !b.choices[usize::from(i)].continues);
        if decides {
            while faults.next_if(|&&at| at <= decisions).is_some() {
                pending += 1;
            }
        }
        mistakes.clear();
        mistakes.extend(available.iter().copied().filter(|&i| {
            let c = &b.choices[usize::from(i)];
            !c.continues && !c.scores.is_recommended()
        }));
        let pick = if pending > 0 && !mistakes.is_empty() {
            pending -= 1;
            Some(mistakes[rng.random_range(0..mistakes.len())])
        } else {
            plan.policy.pick(b, &available, plan.lang, &mut rng)
        };
        let Some(pick) = pick else { break };
        if run.choose_index(scenario, pick).is_err() {
            break;
        }
        moves.push((beat, pick));
        let choice = &b.choices[usize::from(pick)];
        if !choice.continues {
            recommended += usize::from(choice.scores.is_recommended());
            decisions += 1;
        }
    }
    Played {
        run,
        decisions,
        recommended,
        moves,
    }
}

/// `k` distinct decisions among `decisions` (all of them when fewer),
/// drawn from `seed`, sorted.
pub fn fault_positions(decisions: usize, k: usize, seed: u64) -> Vec<usize> {
    let mut rng = Pcg32::seed_from_u64(seed ^ 0xFA_017);
    let mut at = sample(&mut rng, decisions, k.min(decisions)).into_vec();
    at.sort_unstable();
    at
}

/// Plays the run of `seed` with `plan.faults` mistakes: where they go is
/// drawn among the decisions of the same run played without mistakes.
pub fn play_with_faults(scenario: &Scenario, plan: &Plan, seed: u64) -> Played {
    let clean = play(scenario, plan, seed, &[]);
    if plan.faults == 0 {
        return clean;
    }
    let at = fault_positions(clean.decisions, plan.faults, seed);
    play(scenario, plan, seed, &at)
}
