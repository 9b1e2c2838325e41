//! What decided the ending: the decisions where another answer, the rest of
//! the run kept as it was, would have ended differently.
//!
//! Each decision is replayed from the run's seed: the same answers up to
//! it, the other answer there, then the same later answers where they are
//! still offered (else best practice). After a worse ending than the best,
//! a mistake whose recommended alternative ends better is a turning point;
//! after a good ending, a good answer whose worst alternative ends worse is
//! one of the decisions that made it.

use rand::SeedableRng;
use rand_pcg::Pcg32;
use serde::Serialize;

use super::{MAX_DECISIONS, Policy, Run};
use crate::scenario::model::holds;
use crate::scenario::{Lang, Outcome, Scenario};

/// One decision that decided the ending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TurningPoint {
    /// Its number among the debrief's decisions, from 1.
    pub decision: u32,
    /// Index of its exchange in the run ("retry from here" starts there).
    pub step: usize,
    /// Its beat's id.
    pub beat_id: String,
    /// The answer taken (its index in the beat).
    pub taken: u16,
    /// Its key.
    pub taken_key: String,
    /// The other answer (its index in the beat).
    pub instead: u16,
    /// Its key.
    pub instead_key: String,
    /// The ending the other answer would have reached.
    pub ending: u32,
    /// That ending's id.
    pub ending_id: String,
    /// True: the other answer (good practice) would have ended better; false:
    /// it (a mistake) would have ended worse, so this answer made the ending.
    pub better: bool,
}

/// Disclosure above keeping the bond above the other endings.
pub(super) fn rank(kind: Outcome) -> u8 {
    match kind {
        Outcome::Disclosure => 2,
        Outcome::BondKept => 1,
        Outcome::Rupture | Outcome::AtRisk => 0,
    }
}

impl Run {
    /// The turning points of an ended run, in order (empty before the end).
    pub fn turning_points(&self, scenario: &Scenario) -> Vec<TurningPoint> {
        let Some(ending) = self.ending() else {
            return Vec::new();
        };
        let now = rank(scenario.endings[ending as usize].kind);
        let mut points = Vec::new();
        let numbers = self.decision_numbers(scenario);
        for (k, (step, number)) in self.steps().iter().zip(numbers).enumerate() {
            let Some(decision) = number else { continue };
            let beat = scenario.beat(step.shown.beat);
            let taken = &beat.choices[usize::from(step.choice)];
            let offered = (0..beat.choices.len() as u16)
                .filter(|&i| i != step.choice)
                .filter(|&i| holds(beat.choices[usize::from(i)].when.as_ref(), &step.state));
            let rank_of = |i: &u16| Policy::Best.rank(&beat.choices[usize::from(*i)], Lang::Fr);
            // A mistake against the best recommended answer; a good answer
            // against the worst other one.
            let instead = if taken.scores.is_recommended() {
                (now > 0).then(|| offered.min_by_key(rank_of)).flatten()
            } else {
                let good =
                    offered.filter(|&i| beat.choices[usize::from(i)].scores.is_recommended());
                good.max_by_key(|i| (rank_of(i), std::cmp::Reverse(*i)))
            };
            let Some(instead) = instead else { continue };
            let Some(other) = self.ending_with(scenario, k, instead) else {
                continue;
            };
            let then = rank(scenario.endings[other as usize].kind);
            let better = !taken.scores.is_recommended();
            if (better && then > now) || (!better && then < now) {
                points.push(TurningPoint {
                    decision,
                    step: k,
                    beat_id: beat.id.clone(),
                    taken: step.choice,
                    taken_key: taken.key.clone(),
                    instead,
                    instead_key: beat.choices[usize::from(instead)].key.clone(),
                    ending: other,
                    ending_id: scenario.endings[other as usize].id.clone(),
                    better,
                });
            }
        }
        points
    }

    /// The ending reached with answer `instead` at step `k`, the same
    /// answers before, and after it the same answers where still offered
    /// (else best practice, its ties drawn from the run's seed).
    fn ending_with(&self, scenario: &Scenario, k: usize, instead: u16) -> Option<u32> {
        let mut run = self.replay(scenario, k).ok()?;
        run.choose_index(scenario, instead).ok()?;
        let mut later: Vec<(u32, u16)> = (self.steps().iter().skip(k + 1))
            .map(|s| (s.shown.beat, s.choice))
            .collect();
        let mut rng = Pcg32::seed_from_u64(self.seed ^ 0x7E41);
        let mut available = Vec::new();
        for _ in 0..MAX_DECISIONS {
            let Some(beat) = run.available_choices(scenario, &mut available) else {
                break;
            };
            let same = (later.iter()).position(|(b, c)| *b == beat && available.contains(c));
            let pick = match same {
                Some(i) => later.remove(i).1,
                None => Policy::Best.pick(scenario.beat(beat), &available, Lang::Fr, &mut rng)?,
            };
            run.choose_index(scenario, pick).ok()?;
        }
        run.ending()
    }
}
