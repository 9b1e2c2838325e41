//! The hidden state: variables, flags and checkpoints become slots;
//! conditions, effects and routes refer to them by index.

use std::collections::hash_map::Entry;

use super::{At, Compiler, Item, MAX_SLOTS, at};
use crate::scenario::model::{Checkpoint, Cond, Op, Route, Slot, SlotDef, Target, WeightedTarget};
use crate::scenario::problem::{Counted, ProblemKind};
use crate::scenario::raw::{Condition, Effect, Next, RawScenario};

/// What a state name refers to: a reference of the wrong kind is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SlotKind {
    Variable,
    Flag,
    Checkpoint,
}

impl<'a> Compiler<'a> {
    /// Variables first, then flags, then checkpoints.
    pub(super) fn slots(&mut self, raw: &'a RawScenario) -> (Vec<SlotDef>, Vec<Checkpoint>) {
        let mut defs = Vec::new();
        for v in &raw.variables {
            let item = Item::Variable(&v.id);
            self.id(item, &v.id);
            if v.min > v.max {
                self.push(
                    item.path(),
                    ProblemKind::EmptyRange {
                        min: v.min,
                        max: v.max,
                    },
                );
            } else if !(v.min..=v.max).contains(&v.start) {
                let kind = ProblemKind::OutOfRange {
                    value: v.start.into(),
                    min: v.min.into(),
                    max: v.max.into(),
                };
                self.push(at(item, "start").path(), kind);
            }
            self.add_slot(item, &v.id, SlotKind::Variable);
            defs.push(SlotDef {
                id: v.id.clone(),
                min: v.min,
                max: v.max.max(v.min),
                start: v.start.clamp(v.min, v.max.max(v.min)),
                is_flag: false,
                shown: v.shown.clone(),
            });
            if let Some(label) = &v.shown {
                self.text(|| at(item, "shown").path(), label);
            }
        }
        let flags = raw.flags.iter().map(|f| (Item::Top("flags"), f));
        let checkpoints = raw
            .checkpoints
            .iter()
            .map(|c| (Item::Checkpoint(&c.id), &c.id));
        for (i, (item, id)) in flags.chain(checkpoints).enumerate() {
            self.id(item, id);
            let kind = if i < raw.flags.len() {
                SlotKind::Flag
            } else {
                SlotKind::Checkpoint
            };
            self.add_slot(item, id, kind);
            defs.push(SlotDef {
                id: id.clone(),
                min: 0,
                max: 1,
                start: 0,
                is_flag: true,
                shown: None,
            });
        }
        let first_checkpoint = raw.variables.len() + raw.flags.len();
        let checkpoints = raw
            .checkpoints
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let item = Item::Checkpoint(&c.id);
                self.text(|| at(item, "label").path(), &c.label);
                self.text(|| at(item, "lesson").path(), &c.lesson);
                let audio = self.audio(at(item, "label"), &format!("checkpoint/{}", c.id), None);
                let contradicted_by = (c.contradicted_by.iter())
                    .map(|flag| self.slot(at(item, "contradicted_by"), flag, &[SlotKind::Flag]))
                    .collect();
                Checkpoint {
                    contradicted_by,
                    audio,
                    id: c.id.clone(),
                    label: c.label.clone(),
                    lesson: c.lesson.clone(),
                    required: c.required,
                    slot: Slot::try_from(first_checkpoint + i).unwrap_or(Slot::MAX),
                }
            })
            .collect();
        (defs, checkpoints)
    }

    fn add_slot(&mut self, item: Item<'_>, id: &'a str, kind: SlotKind) {
        if self.slots.len() == MAX_SLOTS {
            let kind = ProblemKind::TooMany {
                what: Counted::StateSlots,
                count: MAX_SLOTS + 1,
                limit: MAX_SLOTS,
            };
            self.push(item.path(), kind);
        }
        let index = Slot::try_from(self.slots.len()).unwrap_or(Slot::MAX);
        match self.slots.entry(id) {
            Entry::Vacant(slot) => {
                slot.insert((index, kind));
            }
            Entry::Occupied(_) => {
                self.declared_twice.push(id);
                self.push(item.path(), ProblemKind::DuplicateId { id: id.to_owned() });
            }
        }
    }

    /// A slot by name; `accepts` says which kinds the reference may name,
    /// and the first of them names the kind in the message.
    fn slot(&mut self, at: At<'_>, name: &str, accepts: &[SlotKind]) -> Slot {
        match self.slots.get(name) {
            Some((slot, kind)) if accepts.contains(kind) => *slot,
            Some((slot, _)) if self.declared_twice.contains(&name) => *slot,
            found => {
                let name = name.to_owned();
                let kind = match (accepts[0], found) {
                    (SlotKind::Flag, Some((_, SlotKind::Checkpoint))) => {
                        ProblemKind::CheckpointNotFlag { name }
                    }
                    (SlotKind::Checkpoint, _) => ProblemKind::UnknownCheckpoint { name },
                    (SlotKind::Flag, _) => ProblemKind::UnknownFlag { name },
                    (SlotKind::Variable, _) => ProblemKind::UnknownVariable { name },
                };
                self.push(at.path(), kind);
                0
            }
        }
    }

    pub(super) fn cond(&mut self, at: At<'_>, raw: &Condition) -> Cond {
        // A checkpoint can be tested like a flag.
        const FLAGS: &[SlotKind] = &[SlotKind::Flag, SlotKind::Checkpoint];
        const VARIABLE: &[SlotKind] = &[SlotKind::Variable];
        match raw {
            Condition::AtLeast(v, n) => Cond::AtLeast(self.slot(at, v, VARIABLE), *n),
            Condition::AtMost(v, n) => Cond::AtMost(self.slot(at, v, VARIABLE), *n),
            Condition::Flag(f) => Cond::AtLeast(self.slot(at, f, FLAGS), 1),
            Condition::NotFlag(f) => Cond::AtMost(self.slot(at, f, FLAGS), 0),
            Condition::All(cs) => Cond::All(cs.iter().map(|c| self.cond(at, c)).collect()),
            Condition::Any(cs) => Cond::Any(cs.iter().map(|c| self.cond(at, c)).collect()),
        }
    }

    pub(super) fn effect(&mut self, at: At<'_>, raw: &Effect) -> Op {
        const VARIABLE: &[SlotKind] = &[SlotKind::Variable];
        const FLAG: &[SlotKind] = &[SlotKind::Flag];
        const CHECKPOINT: &[SlotKind] = &[SlotKind::Checkpoint];
        match raw {
            Effect::Add(v, n) => Op::Add(self.slot(at, v, VARIABLE), *n),
            Effect::Set(v, n) => Op::Set(self.slot(at, v, VARIABLE), *n),
            Effect::SetFlag(f) => Op::Set(self.slot(at, f, FLAG), 1),
            Effect::ClearFlag(f) => Op::Set(self.slot(at, f, FLAG), 0),
            Effect::Reach(c) => Op::Set(self.slot(at, c, CHECKPOINT), 1),
        }
    }

    fn target(&mut self, at: At<'_>, id: &str) -> Target {
        match self.targets.get(id) {
            Some(t) => *t,
            None => {
                let target = id.to_owned();
                self.push(at.path(), ProblemKind::UnknownTarget { target });
                Target::Ending(0)
            }
        }
    }

    pub(super) fn route(&mut self, at: At<'_>, raw: &Next) -> Route {
        match raw {
            Next::Goto(id) => Route::Goto(self.target(at, id)),
            Next::Branch { cases, otherwise } => {
                let cases = cases
                    .iter()
                    .map(|c| (self.cond(at, &c.when), self.target(at, &c.goto)))
                    .collect();
                Route::Branch(cases, self.target(at, otherwise))
            }
            Next::Random(options) => {
                if options.is_empty() {
                    self.push(
                        at.path(),
                        ProblemKind::AllWeightsZero {
                            state: String::new(),
                        },
                    );
                }
                let options = options
                    .iter()
                    .map(|w| WeightedTarget {
                        target: self.target(at, &w.goto),
                        base: w.weight,
                        per: w
                            .per
                            .iter()
                            .map(|(v, f)| (self.slot(at, v, &[SlotKind::Variable]), *f))
                            .collect(),
                    })
                    .collect();
                Route::Random(options)
            }
        }
    }
}
