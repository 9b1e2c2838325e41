//! The validated scenario: ids resolved to indices, texts complete.
//!
//! Immutable once built; everything that changes during an interview lives in
//! [`crate::engine::Run`].

mod assets;
mod lookup;
mod rules;
mod section;
mod short;

use std::path::PathBuf;

use super::raw::RawYoungPerson;
use super::{Difficulty, Gender, KeyPoint, Lang, Mood, Outcome, Text};

pub use assets::{Assets, Listing};
pub use rules::{Cond, Op, Route, WeightedTarget, holds};
pub use section::{Section, valid_id};

/// Index of a state slot (a variable or a flag).
pub type Slot = u16;

/// A checked, playable scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// What the library card and the briefing show.
    pub meta: Meta,
    /// Who speaks: the young person first ([`YOUNG_PERSON`]), then the others.
    pub characters: Vec<Character>,
    /// Protective steps, in file order.
    pub checkpoints: Vec<Checkpoint>,
    /// Its own "what to do next" sections (the built-in ones are shared).
    pub resources: Vec<Section>,
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
    /// Where its media are, when known.
    pub assets: Option<Assets>,
    /// The room ambience (`ambience.ogg` beside the voices), found when the
    /// scenario is loaded, like the voices.
    pub ambience: Option<PathBuf>,
}

/// Someone who speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Character {
    /// Id used in `speaker` fields (`young_person` for the young person).
    pub id: String,
    /// Name shown beside the line.
    pub name: String,
    /// Role shown beside the name; `None` for the young person.
    pub role: Option<Text>,
    /// Grammatical gender.
    pub gender: Gender,
}

/// Index into [`Scenario::characters`].
pub type CharacterIndex = u16;

/// The young person is always the first character.
pub const YOUNG_PERSON: CharacterIndex = 0;

/// Speaker id of the young person in files.
pub const YOUNG_PERSON_ID: &str = "young_person";

/// Who says a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// A narrator's paragraph: no name, no mood.
    Narrator,
    /// A character.
    Character(CharacterIndex),
}

/// A protective step tracked beside the five key points.
#[derive(Debug, Clone)]
pub struct Checkpoint {
    /// Author-given id.
    pub id: String,
    /// Short label.
    pub label: Text,
    /// What it is for.
    pub lesson: Text,
    /// Must be passed on every path to a good ending.
    pub required: bool,
    /// Its state slot (0 = not yet, 1 = passed).
    pub slot: Slot,
    /// The label's voice (by convention, stem `checkpoint.<id>`), spoken
    /// in the closing when the step was missed.
    pub audio: Audio,
    /// Flags that contradict the step: it must not be credited while one
    /// of them is set.
    pub contradicted_by: Vec<Slot>,
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
    /// A flag or a checkpoint (0 or 1) rather than a variable.
    pub is_flag: bool,
    /// The name the trainee sees it under in practice mode, if shown.
    pub shown: Option<Text>,
}

/// A compiled beat.
#[derive(Debug, Clone)]
pub struct Beat {
    /// Author-given id.
    pub id: String,
    /// A few words that name the moment, for the branch map; see
    /// [`Beat::map_title`] for a beat without one.
    pub title: Option<Text>,
    /// Narration shown before the line.
    pub narration: Option<Line>,
    /// What is said, with its variants.
    pub speech: Option<Speech>,
    /// Inner thought, revealed at the debrief.
    pub thought: Option<Text>,
    /// Facilitator note.
    pub facilitator: Option<Text>,
    /// Choices in file order.
    pub choices: Vec<Choice>,
}

/// A line with the ways it can be said: picked when it appears.
#[derive(Debug, Clone)]
pub struct Speech {
    /// The main line.
    pub main: Line,
    /// Alternatives: 1-based in [`Speech::line`].
    pub variants: Vec<Variant>,
}

impl Speech {
    /// The line for `variant` (0 = main line, n = variants[n-1]).
    pub fn line(&self, variant: u16) -> &Line {
        match usize::from(variant)
            .checked_sub(1)
            .and_then(|v| self.variants.get(v))
        {
            Some(v) => &v.line,
            None => &self.main,
        }
    }

    /// `#id` of a variant, empty for the main line.
    pub fn suffix(&self, variant: u16) -> String {
        match usize::from(variant)
            .checked_sub(1)
            .and_then(|v| self.variants.get(v))
        {
            Some(v) => format!("#{}", v.id),
            None => String::new(),
        }
    }
}

/// One line: a character's words or a narrator's paragraph.
#[derive(Debug, Clone)]
pub struct Line {
    /// Who says it.
    pub speaker: Speaker,
    /// Words.
    pub text: Text,
    /// Non-verbal cue.
    pub cue: Option<Text>,
    /// Mood.
    pub mood: Option<Mood>,
    /// Voice files, already resolved.
    pub audio: Audio,
}

/// A voice file per language, resolved at load time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Audio {
    /// French file.
    pub fr: Option<PathBuf>,
    /// English file.
    pub en: Option<PathBuf>,
}

impl Audio {
    /// The file for `lang`, if there is one.
    pub fn get(&self, lang: Lang) -> Option<&PathBuf> {
        match lang {
            Lang::Fr => self.fr.as_ref(),
            Lang::En => self.en.as_ref(),
        }
    }
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

    /// No key point in play (a "Continuer" step).
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
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
    /// The immediate answer, shown before the next beat.
    pub reply: Option<Speech>,
    /// Where it leads.
    pub next: Route,
    /// Audio for the trainee's words.
    pub audio: Audio,
    /// The single "Continuer" of a narration beat: no words, no scores.
    pub continues: bool,
    /// Repairs an earlier serious fault (see the audit).
    pub repair: bool,
    /// Why this answer may cost nothing, when the author says so.
    pub minor: Option<String>,
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
    pub audio: Audio,
    /// Resource sections to show first in its debrief.
    pub resources_first: Vec<String>,
    /// Lessons for some paths, tried in order before `lesson`.
    pub lesson_variants: Vec<LessonVariant>,
}

/// A lesson for the paths where its condition holds at the end.
#[derive(Debug, Clone)]
pub struct LessonVariant {
    /// Author-given id.
    pub id: String,
    /// Tested on the state at the end.
    pub when: Cond,
    /// The lesson.
    pub text: Text,
}

impl Ending {
    /// Which lesson fits a run that ends in `state`: 0 for `lesson`, n for
    /// the n-th variant (the first whose condition holds).
    pub fn lesson_for(&self, state: &[i32]) -> u16 {
        (self.lesson_variants.iter())
            .position(|v| v.when.holds(state))
            .map_or(0, |i| i as u16 + 1)
    }

    /// The lesson numbered as [`Ending::lesson_for`] numbers it.
    pub fn lesson(&self, n: u16) -> &Text {
        usize::from(n)
            .checked_sub(1)
            .and_then(|i| self.lesson_variants.get(i))
            .map_or(&self.lesson, |v| &v.text)
    }
}

/// A beat or an ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// Index into [`Scenario::beats`].
    Beat(u32),
    /// Index into [`Scenario::endings`].
    Ending(u32),
}
