//! Why the run did not end better, beyond the turning points: what the last
//! answer's route (a `Branch`) tested, when the other side of its test led
//! to a better ending. A variable the trainee can see (declared `shown`) is
//! named with its value and the line; a protective step is named when it
//! was missed; a hidden flag is never named, but the answer that set it is.

use serde::Serialize;

use super::Run;
use super::turning::rank;
use crate::scenario::model::{Cond, Route, Slot};
use crate::scenario::{Scenario, Target};

/// One thing the last route tested, and the better ending on its other side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Cause {
    /// A shown variable, on one side of a line.
    Line {
        /// Its slot (its name is the slot's `shown`).
        slot: Slot,
        /// Its id in the file.
        variable: String,
        /// Its value at the end.
        value: i32,
        /// The line: `value >= bound` when `at_least`, else `value <= bound`.
        bound: i32,
        /// Which side of the line the test asks for.
        at_least: bool,
        /// True: the value was on that side, and this ending came of it;
        /// false: it was not, and on that side the run would have ended in
        /// `other`.
        reached: bool,
        /// The better ending on the other side.
        other: u32,
    },
    /// A protective step not passed.
    StepMissed {
        /// Index into the scenario's checkpoints.
        checkpoint: usize,
        /// True: missing it led to this ending; false: passing it would
        /// have led to `other`.
        reached: bool,
        /// The better ending on the other side.
        other: u32,
    },
    /// The answer that set a hidden flag this ending came of.
    Answer {
        /// Its number among the debrief's decisions, from 1.
        decision: u32,
        /// Its step in the run.
        step: usize,
        /// The better ending the route gives without the flag.
        other: u32,
    },
}

/// One simple test of a condition: slot, bound, `at_least`.
type Atom = (Slot, i32, bool);

impl Run {
    /// What the last route tested that kept the run from a better ending
    /// (empty before the end, when the last route is not a `Branch`, or
    /// when no better ending lies on the other side of its tests).
    pub fn causes(&self, scenario: &Scenario) -> Vec<Cause> {
        let (Some(ending), Some(last)) = (self.ending(), self.steps().last()) else {
            return Vec::new();
        };
        let now = rank(scenario.endings[ending as usize].kind);
        let choice = &scenario.beat(last.shown.beat).choices[usize::from(last.choice)];
        let Route::Branch(cases, otherwise) = &choice.next else {
            return Vec::new();
        };
        let better = |target: &Target| match *target {
            Target::Ending(e) if rank(scenario.endings[e as usize].kind) > now => Some(e),
            _ => None,
        };
        let state = self.state();
        let held = cases.iter().position(|(cond, _)| cond.holds(state));
        let mut found: Vec<(Atom, bool, u32)> = Vec::new();
        for (i, (cond, target)) in cases.iter().enumerate() {
            if Some(i) == held {
                // What made this case hold, against the fallback's ending.
                if let Some(other) = better(otherwise) {
                    atoms(cond, state, true, &mut |a| found.push((a, true, other)));
                }
                break;
            }
            // What kept an earlier case, to a better ending, from holding.
            if let Some(other) = better(target) {
                atoms(cond, state, false, &mut |a| found.push((a, false, other)));
            }
        }
        let mut causes = Vec::new();
        for ((slot, bound, at_least), reached, other) in found {
            if let Some(cause) = self.cause(scenario, slot, bound, at_least, reached, other)
                && !causes.contains(&cause)
            {
                causes.push(cause);
            }
        }
        causes
    }

    /// One test in the trainee's terms, if it has any.
    fn cause(
        &self,
        scenario: &Scenario,
        slot: Slot,
        bound: i32,
        at_least: bool,
        reached: bool,
        other: u32,
    ) -> Option<Cause> {
        let def = &scenario.slots[usize::from(slot)];
        if def.shown.is_some() {
            let variable = def.id.clone();
            let value = self.state()[usize::from(slot)];
            return Some(Cause::Line {
                slot,
                variable,
                value,
                bound,
                at_least,
                reached,
                other,
            });
        }
        let checkpoint = scenario.checkpoints.iter().position(|c| c.slot == slot);
        let value = self.state()[usize::from(slot)];
        match checkpoint {
            // A test that the step was not passed held, or one that it was failed.
            Some(checkpoint) if value == 0 => Some(Cause::StepMissed {
                checkpoint,
                reached,
                other,
            }),
            // A hidden flag that held: the answer that last gave it its value.
            None if reached && def.is_flag => {
                let (step, decision) = self.last_change(scenario, slot)?;
                Some(Cause::Answer {
                    decision,
                    step,
                    other,
                })
            }
            _ => None,
        }
    }

    /// The step (and its decision number) whose answer last changed `slot`.
    fn last_change(&self, scenario: &Scenario, slot: Slot) -> Option<(usize, u32)> {
        let steps = self.steps();
        let after = |k: usize| steps.get(k + 1).map_or(self.state(), |s| &s.state);
        // A "Continuer" takes the number of the decision before it.
        let mut decision = 0;
        let mut found = None;
        let numbers = self.decision_numbers(scenario);
        for (k, (step, number)) in steps.iter().zip(numbers).enumerate() {
            decision = number.unwrap_or(decision);
            if step.state[usize::from(slot)] != after(k)[usize::from(slot)] {
                found = Some((k, decision));
            }
        }
        found.filter(|&(_, decision)| decision > 0)
    }
}

/// Calls `found` with each simple test of `cond` that came out as `held`
/// (for a condition that held: the tests that made it hold; for one that
/// failed: the tests that made it fail).
fn atoms(cond: &Cond, state: &[i32], held: bool, found: &mut impl FnMut(Atom)) {
    match cond {
        Cond::AtLeast(slot, v) if cond.holds(state) == held => found((*slot, *v, true)),
        Cond::AtMost(slot, v) if cond.holds(state) == held => found((*slot, *v, false)),
        Cond::All(cs) | Cond::Any(cs) => {
            for c in cs {
                atoms(c, state, held, found);
            }
        }
        Cond::AtLeast(..) | Cond::AtMost(..) => {}
    }
}
