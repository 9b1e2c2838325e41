//! Two runs of one scenario side by side: a finished attempt and the run
//! played on from one of its decisions. Where they part, both endings, the
//! protective steps and the five key points, with the change from the
//! first to the second.

use serde::Serialize;

use crate::engine::{Debrief, EndingReached, EngineError, Run, StepReach};
use crate::scenario::{KeyPoint, Scenario, Text};

/// One protective step in both runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckpointPair {
    /// Its id.
    pub id: String,
    /// Its short label.
    #[serde(skip)]
    pub label: Text,
    /// Required on the way to a good ending.
    pub required: bool,
    /// Passed in the first run.
    pub first: bool,
    /// Passed in the second.
    pub second: bool,
    /// How far each run came with it (first, second).
    pub reach: [StepReach; 2],
}

/// One key point in both runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PointDelta {
    /// The key point.
    pub point: KeyPoint,
    /// 0–100 in the first run (`None`: not tested).
    pub first: Option<u8>,
    /// 0–100 in the second.
    pub second: Option<u8>,
}

impl PointDelta {
    /// Second minus first, when both runs tested the point.
    pub fn delta(&self) -> Option<i16> {
        Some(i16::from(self.second?) - i16::from(self.first?))
    }
}

/// Two finished runs of one scenario side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Steps both runs share from the start ("Continuer" included).
    pub shared_steps: usize,
    /// The first decision (numbered as in the first run) where they
    /// differ; `None` when one run is the other.
    pub diverged_at: Option<u32>,
    /// The first run's ending.
    pub first: EndingReached,
    /// The second run's ending.
    pub second: EndingReached,
    /// The protective steps, in file order.
    pub checkpoints: Vec<CheckpointPair>,
    /// The five key points, in order.
    pub points: Vec<PointDelta>,
    /// Share of good practice in each run.
    pub recommended: [Option<f32>; 2],
}

impl Comparison {
    /// The 0–100 score of each key point in the first run and in the
    /// second, in [`KeyPoint::ALL`] order.
    pub fn scores(&self) -> [[Option<u8>; 5]; 2] {
        let side = |pick: fn(&PointDelta) -> Option<u8>| {
            [0, 1, 2, 3, 4].map(|k| self.points.get(k).and_then(pick))
        };
        [side(|p| p.first), side(|p| p.second)]
    }

    /// Sets two finished runs of `scenario` side by side.
    pub fn new(scenario: &Scenario, first: &Run, second: &Run) -> Result<Comparison, EngineError> {
        let a = first.debrief(scenario)?;
        let b = second.debrief(scenario)?;
        let shared_steps = first
            .steps()
            .iter()
            .zip(second.steps())
            .take_while(|(x, y)| x == y)
            .count();
        let identical = shared_steps == first.steps().len() && shared_steps == second.steps().len();
        // The first decision at or after the parting step, in the first run.
        let diverged_at = (!identical)
            .then(|| {
                first.decision_numbers(scenario)[shared_steps.min(first.steps().len())..]
                    .iter()
                    .find_map(|n| *n)
            })
            .flatten();
        Ok(Comparison {
            shared_steps,
            diverged_at,
            checkpoints: pairs(&a, &b),
            points: KeyPoint::ALL
                .iter()
                .map(|&point| PointDelta {
                    point,
                    first: score(&a, point),
                    second: score(&b, point),
                })
                .collect(),
            recommended: [a.recommended_share, b.recommended_share],
            first: a.ending,
            second: b.ending,
        })
    }
}

fn score(d: &Debrief, point: KeyPoint) -> Option<u8> {
    d.points.iter().find(|p| p.point == point)?.score
}

fn pairs(a: &Debrief, b: &Debrief) -> Vec<CheckpointPair> {
    a.checkpoints
        .iter()
        .zip(&b.checkpoints)
        .map(|(x, y)| CheckpointPair {
            id: x.id.clone(),
            label: x.label.clone(),
            required: x.required,
            first: x.done,
            second: y.done,
            reach: [x.reach, y.reach],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::simulate::{Plan, Policy, play};
    use crate::scenario::check::template;

    #[test]
    fn a_fork_parts_where_the_second_run_answered_otherwise() {
        let s = template();
        let best = play(&s, &Plan::of(Policy::Best), 3, &[]).run;
        let worst = play(&s, &Plan::of(Policy::Worst), 3, &[]).run;
        let same = Comparison::new(&s, &best, &best).unwrap();
        assert_eq!(same.diverged_at, None);
        assert!(same.points.iter().all(|p| p.delta().unwrap_or(0) == 0));
        let c = Comparison::new(&s, &best, &worst).unwrap();
        assert_eq!(c.diverged_at, Some(1));
        assert_eq!(c.shared_steps, 0);
        let raised = c.points.iter().filter_map(PointDelta::delta).sum::<i16>();
        assert!(raised < 0, "the worst answers score lower: {:?}", c.points);
        assert_eq!(c.checkpoints.len(), s.checkpoints.len());
    }

    /// A run that ends at its first answer never reached the protective
    /// steps: the pair says "not reached" for it, not "missed".
    #[test]
    fn a_step_the_second_run_stopped_before_is_not_reached() {
        let s = template();
        let best = play(&s, &Plan::of(Policy::Best), 3, &[]).run;
        let mut early = Run::new(&s, 3);
        early.choose(&s, "direct").unwrap();
        assert!(
            early.ending().is_some(),
            "the template's \"direct\" ends it"
        );
        let c = Comparison::new(&s, &best, &early).unwrap();
        let firsts = best.debrief(&s).unwrap().checkpoints;
        for (pair, first) in c.checkpoints.iter().zip(&firsts) {
            assert_eq!(pair.reach[0], first.reach);
            assert_eq!(pair.reach[1], StepReach::NotReached, "{}", pair.id);
            assert!(!pair.second);
        }
    }
}
