//! Two mistakes, sampled: best practice with two answers that are not good
//! practice put in at decisions drawn at random, run by run with the same
//! seeds as best practice alone (`simulate --policy best --faults 2`).

use serde::Serialize;

use super::Finding;
use crate::engine::{Plan, Played, Policy, fault_positions, play};
use crate::scenario::problem::ItemPath;
use crate::scenario::{Outcome, ProblemKind, Scenario};

/// Two mistakes must lower the good endings by at least this (30 points).
pub const MIN_TWO_FAULT_COST: f64 = 0.30;

/// What two mistakes did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TwoFaults {
    /// Runs played (seeds `seed`, `seed + 1`…).
    pub runs: usize,
    /// Good-ending share of best practice alone.
    pub best: f64,
    /// Good-ending share with two mistakes.
    pub two_faults: f64,
    /// Runs where the first mistake alone ended better than best practice
    /// with the same seed (a chance draw may differ after the mistake: the
    /// exact rule is "never better", checked state by state).
    pub first_mistake_better: usize,
    /// Runs where the second mistake turned a bad ending into a good one.
    pub second_mistake_better: usize,
}

/// Disclosure above keeping the bond above the bad endings.
fn rank(s: &Scenario, played: &Played) -> u8 {
    match played.run.ending().map(|e| s.endings[e as usize].kind) {
        Some(Outcome::Disclosure) => 2,
        Some(Outcome::BondKept) => 1,
        _ => 0,
    }
}

/// Plays `runs` seeds from `seed` and reports the two-mistake rule.
pub fn two_faults(s: &Scenario, runs: usize, seed: u64, findings: &mut Vec<Finding>) -> TwoFaults {
    let plan = Plan::of(Policy::Best);
    let mut figures = TwoFaults {
        runs,
        best: 0.0,
        two_faults: 0.0,
        first_mistake_better: 0,
        second_mistake_better: 0,
    };
    let (mut best_good, mut two_good) = (0usize, 0usize);
    for i in 0..runs {
        let seed = seed.wrapping_add(i as u64);
        let clean = play(s, &plan, seed, &[]);
        let at = fault_positions(clean.decisions, 2, seed);
        let one = play(s, &plan, seed, &at[..at.len().min(1)]);
        let two = play(s, &plan, seed, &at);
        let [clean, one, two] = [&clean, &one, &two].map(|p| rank(s, p));
        best_good += usize::from(clean > 0);
        two_good += usize::from(two > 0);
        figures.first_mistake_better += usize::from(one > clean);
        figures.second_mistake_better += usize::from(two > 0 && one == 0);
    }
    let share = |n: usize| {
        if runs == 0 {
            0.0
        } else {
            n as f64 / runs as f64
        }
    };
    figures.best = share(best_good);
    figures.two_faults = share(two_good);
    if runs > 0 && figures.two_faults > (figures.best - MIN_TWO_FAULT_COST).max(0.0) + 1e-9 {
        let kind = ProblemKind::TwoFaultsForgiven {
            best: super::permille(figures.best),
            two_faults: super::permille(figures.two_faults),
        };
        findings.push((ItemPath::default(), kind));
    }
    figures
}
