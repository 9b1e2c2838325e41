//! The state rules: conditions, effects and routes, the start state, and
//! effects applied to a state within each slot's range.

use super::{Scenario, Slot, Target};

/// Compiled condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// Slot ≥ value.
    AtLeast(Slot, i32),
    /// Slot ≤ value.
    AtMost(Slot, i32),
    /// Every one holds.
    All(Vec<Cond>),
    /// One holds.
    Any(Vec<Cond>),
}

impl Cond {
    /// Evaluates against a state vector.
    pub fn holds(&self, state: &[i32]) -> bool {
        match self {
            Cond::AtLeast(s, v) => state[usize::from(*s)] >= *v,
            Cond::AtMost(s, v) => state[usize::from(*s)] <= *v,
            Cond::All(cs) => cs.iter().all(|c| c.holds(state)),
            Cond::Any(cs) => cs.iter().any(|c| c.holds(state)),
        }
    }
}

/// `None` holds always.
pub fn holds(cond: Option<&Cond>, state: &[i32]) -> bool {
    cond.is_none_or(|c| c.holds(state))
}

/// Compiled effect: the value is clamped to the slot's range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// Add to a slot.
    Add(Slot, i32),
    /// Set a slot.
    Set(Slot, i32),
}

/// Compiled route.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    /// Fixed.
    Goto(Target),
    /// First case that holds, else the fallback.
    Branch(Vec<(Cond, Target)>, Target),
    /// Weighted draw.
    Random(Vec<WeightedTarget>),
}

impl Route {
    /// Every place this route can lead: each case of a branch then its
    /// fallback, or each option of a draw, in file order (a target may
    /// come twice).
    pub fn targets(&self) -> impl Iterator<Item = Target> + '_ {
        let (cases, fallback, options): (&[(Cond, Target)], _, &[WeightedTarget]) = match self {
            Route::Goto(t) => (&[], Some(*t), &[]),
            Route::Branch(cases, otherwise) => (cases, Some(*otherwise), &[]),
            Route::Random(options) => (&[], None, options),
        };
        let cases = cases.iter().map(|(_, t)| *t);
        cases
            .chain(fallback)
            .chain(options.iter().map(|o| o.target))
    }
}

/// A weighted target.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightedTarget {
    /// Where.
    pub target: Target,
    /// Base weight.
    pub base: i32,
    /// Slot factors.
    pub per: Vec<(Slot, i32)>,
}

impl WeightedTarget {
    /// Weight in `state`, never negative.
    pub fn weight(&self, state: &[i32]) -> u32 {
        let w = self.per.iter().fold(i64::from(self.base), |acc, (s, f)| {
            acc + i64::from(*f) * i64::from(state[usize::from(*s)])
        });
        u32::try_from(w.clamp(0, i64::from(u32::MAX))).unwrap_or(0)
    }
}

impl Scenario {
    /// Applies a choice's effects to `state`, clamping to each slot's range.
    pub fn apply(&self, effects: &[Op], state: &mut [i32]) {
        for op in effects {
            let (slot, value) = match *op {
                Op::Add(s, d) => (s, state[usize::from(s)].saturating_add(d)),
                Op::Set(s, v) => (s, v),
            };
            let def = &self.slots[usize::from(slot)];
            state[usize::from(slot)] = value.clamp(def.min, def.max);
        }
    }

    /// The start state.
    pub fn start_state(&self) -> Vec<i32> {
        self.slots.iter().map(|s| s.start).collect()
    }
}
