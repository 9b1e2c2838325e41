//! How far a run came with each protective step: taken, missed (an answer
//! that would have taken it was offered and another was given), or not
//! reached (the run stopped before any answer could take it). A report
//! must not reproach a step the room or the trainee never had the chance
//! to take.

use serde::Serialize;

use crate::engine::Run;
use crate::scenario::Scenario;
use crate::scenario::model::holds;

/// Where a run left one protective step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepReach {
    /// Passed, and still passed at the end.
    Taken,
    /// Not passed, though an answer offered on the way would have passed it.
    Missed,
    /// Not passed, and no answer offered on the way could pass it: the
    /// interview stopped before it.
    NotReached,
}

impl Run {
    /// Each protective step of `scenario`, in file order, as this run left
    /// it. An answer "could pass" a step when it was available at a beat
    /// the run met (the current one included) and its effects, applied to
    /// the state of that moment, pass the step.
    pub fn checkpoint_reach(&self, scenario: &Scenario) -> Vec<StepReach> {
        let mut offered = vec![false; scenario.checkpoints.len()];
        let mut mark = |beat: u32, state: &[i32]| {
            for choice in &scenario.beat(beat).choices {
                if !holds(choice.when.as_ref(), state) {
                    continue;
                }
                let mut after = state.to_vec();
                scenario.apply(&choice.effects, &mut after);
                for passed in scenario.checkpoints_passed(state, &after) {
                    if let Some(i) = scenario.checkpoints.iter().position(|c| c.id == passed.id) {
                        offered[i] = true;
                    }
                }
            }
        };
        for step in self.steps() {
            mark(step.shown.beat, &step.state);
        }
        if let Some(beat) = self.beat() {
            mark(beat, self.state());
        }
        scenario
            .checkpoints
            .iter()
            .zip(offered)
            .map(|(c, offered)| {
                if self.state()[usize::from(c.slot)] != 0 {
                    StepReach::Taken
                } else if offered {
                    StepReach::Missed
                } else {
                    StepReach::NotReached
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::template;

    /// The template's steps, by id, as `run` left them.
    fn reach(s: &Scenario, run: &Run) -> Vec<(String, StepReach)> {
        let ids = s.checkpoints.iter().map(|c| c.id.clone());
        ids.zip(run.checkpoint_reach(s)).collect()
    }

    #[test]
    fn a_step_never_offered_is_not_reached_one_declined_is_missed() {
        let s = template();
        let mut run = Run::new(&s, 1);
        let fresh = reach(&s, &run);
        // At the first beat, only what its answers can pass is in reach.
        let first = s.beat(s.start);
        let in_reach: Vec<bool> = s
            .checkpoints
            .iter()
            .map(|c| {
                first.choices.iter().any(|ch| {
                    let mut after = s.start_state();
                    s.apply(&ch.effects, &mut after);
                    after[usize::from(c.slot)] != 0
                })
            })
            .collect();
        for ((id, r), reachable) in fresh.iter().zip(&in_reach) {
            let expected = if *reachable {
                StepReach::Missed
            } else {
                StepReach::NotReached
            };
            assert_eq!(*r, expected, "{id} at the start");
        }
        assert!(
            in_reach.iter().any(|r| !r),
            "the template keeps a step for later beats"
        );
        // Played to the end with good practice, every step is taken or was offered.
        let mut out = Vec::new();
        while let Some(beat) = run.available_choices(&s, &mut out) {
            let best = out
                .iter()
                .copied()
                .max_by_key(|&i| s.beat(beat).choices[usize::from(i)].scores.total());
            run.choose_index(&s, best.unwrap_or(0)).unwrap();
        }
        let done = run.debrief(&s).unwrap().checkpoints;
        for ((id, r), d) in reach(&s, &run).iter().zip(&done) {
            assert_eq!(*r == StepReach::Taken, d.done, "{id}: the debrief agrees");
        }
    }
}
