//! The validated scenario: ids resolved to indices, texts complete.
//!
//! Immutable once built; everything that changes during an interview lives in
//! [`crate::engine::Run`].

use std::path::PathBuf;

use super::raw::RawYoungPerson;
use super::{Difficulty, KeyPoint, Mood, Outcome, Text};

/// Index of a state slot (a variable or a flag).
pub type Slot = u16;

/// A checked, playable scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// What the library card and the briefing show.
    pub meta: Meta,
    /// State slots: variables first, then flags.
    pub slots: Vec<SlotDef>,
    /// Index of the first beat.
    pub start: u32,
    /// Beats, in file order.
    pub beats: Vec<Beat>,
    /// Endings, in file order.
    pub endings: Vec<Ending>,
    /// Hash of the source, so that a saved run is resumed only on the same content.
    pub fingerprint: u64,
    /// Folder that audio paths are resolved in, when the scenario came from disk.
    pub asset_dir: Option<PathBuf>,
}

/// The scenario's identity and briefing texts, as written.
#[derive(Debug, Clone)]
pub struct Meta {
    /// Stable id.
    pub id: String,
    /// Author's version number.
    pub version: u32,
    /// Title.
    pub title: Text,
    /// Summary.
    pub summary: Text,
    /// Setting.
    pub setting: Text,
    /// The trainee's role.
    pub trainee_role: Text,
    /// The young person.
    pub young_person: RawYoungPerson,
    /// What was noticed before.
    pub noticed: Text,
    /// Learning objectives.
    pub objectives: Vec<Text>,
    /// Content note.
    pub content_note: Text,
    /// Estimated minutes.
    pub minutes: u32,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Shuffle the choices.
    pub shuffle_choices: bool,
}

/// A state slot.
#[derive(Debug, Clone)]
pub struct SlotDef {
    /// Name in the file.
    pub id: String,
    /// Lowest value.
    pub min: i32,
    /// Highest value.
    pub max: i32,
    /// Value at the start.
    pub start: i32,
    /// A flag (0 or 1) rather than a variable.
    pub is_flag: bool,
}

/// A compiled beat.
#[derive(Debug, Clone)]
pub struct Beat {
    /// Author-given id.
    pub id: String,
    /// Main line.
    pub line: Line,
    /// Alternative lines.
    pub variants: Vec<Variant>,
    /// Inner thought, revealed at the debrief.
    pub thought: Option<Text>,
    /// Facilitator note.
    pub facilitator: Option<Text>,
    /// Choices in file order.
    pub choices: Vec<Choice>,
}

/// A line of the young person.
#[derive(Debug, Clone)]
pub struct Line {
    /// Words.
    pub text: Text,
    /// Non-verbal cue.
    pub cue: Option<Text>,
    /// Mood.
    pub mood: Option<Mood>,
    /// Audio file, already resolved inside the asset folder.
    pub audio: Option<PathBuf>,
}

/// An alternative line.
#[derive(Debug, Clone)]
pub struct Variant {
    /// Author-given id.
    pub id: String,
    /// Preferred while this holds; `None` = one of the random alternatives.
    pub when: Option<Cond>,
    /// The line.
    pub line: Line,
}

/// Scores on the five key points, `None` where a point is not in play.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores(pub [Option<i8>; 5]);

impl Scores {
    /// The score on `point`, if in play.
    pub fn get(&self, point: KeyPoint) -> Option<i8> {
        self.0[point.index()]
    }

    /// Sum of the points in play.
    pub fn total(&self) -> i32 {
        self.0.iter().flatten().map(|s| i32::from(*s)).sum()
    }

    /// Good practice: at least one point raised and none lowered.
    pub fn is_recommended(&self) -> bool {
        let mut raised = false;
        for s in self.0.iter().flatten() {
            if *s < 0 {
                return false;
            }
            raised |= *s > 0;
        }
        raised
    }
}

/// A compiled choice.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Author-given key.
    pub key: String,
    /// Words.
    pub text: Text,
    /// Scores.
    pub scores: Scores,
    /// Why it helps or hurts.
    pub rationale: Text,
    /// State changes, applied in order.
    pub effects: Vec<Op>,
    /// Availability.
    pub when: Option<Cond>,
    /// Where it leads.
    pub next: Route,
    /// Audio for the trainee's words.
    pub audio: Option<PathBuf>,
}

/// A compiled ending.
#[derive(Debug, Clone)]
pub struct Ending {
    /// Author-given id.
    pub id: String,
    /// Outcome kind.
    pub kind: Outcome,
    /// Title.
    pub title: Text,
    /// What happens.
    pub text: Text,
    /// Lesson.
    pub lesson: Text,
    /// Audio at the end.
    pub audio: Option<PathBuf>,
}

/// A beat or an ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// Index into [`Scenario::beats`].
    Beat(u32),
    /// Index into [`Scenario::endings`].
    Ending(u32),
}

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

    /// Stable id of a beat's main line: `scenario/beat`.
    pub fn line_id(&self, beat: u32) -> String {
        format!("{}/{}", self.meta.id, self.beat(beat).id)
    }

    /// Stable id of a beat's variant: `scenario/beat#variant`.
    pub fn variant_id(&self, beat: u32, variant: usize) -> String {
        let b = self.beat(beat);
        match variant.checked_sub(1).and_then(|v| b.variants.get(v)) {
            Some(v) => format!("{}/{}#{}", self.meta.id, b.id, v.id),
            None => self.line_id(beat),
        }
    }

    /// Stable id of a choice: `scenario/beat/choice`.
    pub fn choice_id(&self, beat: u32, choice: usize) -> String {
        let b = self.beat(beat);
        let key = b.choices.get(choice).map_or("?", |c| c.key.as_str());
        format!("{}/{}/{}", self.meta.id, b.id, key)
    }

    /// The beat at `index` (indices come from this scenario).
    pub fn beat(&self, index: u32) -> &Beat {
        &self.beats[index as usize]
    }

    /// The line shown for `variant` (0 = main line, n = variants[n-1]).
    pub fn line(&self, beat: u32, variant: usize) -> &Line {
        let b = self.beat(beat);
        match variant.checked_sub(1).and_then(|v| b.variants.get(v)) {
            Some(v) => &v.line,
            None => &b.line,
        }
    }

    /// Id of a beat or ending.
    pub fn target_id(&self, target: Target) -> &str {
        match target {
            Target::Beat(b) => &self.beats[b as usize].id,
            Target::Ending(e) => &self.endings[e as usize].id,
        }
    }
}
