//! Serde mirror of a scenario file, exactly as written in RON.
//!
//! Nothing here is checked: [`super::compile`] turns it into a validated
//! [`super::Scenario`] and reports every problem at once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::Text;
use super::{Difficulty, Gender, KeyPoint, Mood, Outcome};

/// A whole scenario file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct RawScenario {
    /// Stable id, used in line ids, saved runs and history.
    pub id: String,
    /// Bumped by the author when the content changes.
    pub version: u32,
    /// Title on the library card.
    pub title: Text,
    /// One or two sentences on the library card.
    pub summary: Text,
    /// Where the interview takes place.
    pub setting: Text,
    /// Who the trainee plays.
    pub trainee_role: Text,
    /// The adolescent met in the interview.
    pub young_person: RawYoungPerson,
    /// Other people who speak (a colleague, a nurse, a parent…).
    #[serde(default)]
    pub characters: Vec<RawCharacter>,
    /// Protective steps tracked beside the five key points.
    #[serde(default)]
    pub checkpoints: Vec<RawCheckpoint>,
    /// "What to do next" sections of its own, beside the built-in ones
    /// (`scenarios/resources.ron`).
    #[serde(default)]
    pub resources: Vec<RawSection>,
    /// What was noticed before the interview.
    pub noticed: Text,
    /// Learning objectives shown at the briefing.
    #[serde(default)]
    pub objectives: Vec<Text>,
    /// Content note shown before starting.
    pub content_note: Text,
    /// Estimated duration in minutes.
    pub minutes: u32,
    /// Difficulty shown on the card.
    pub difficulty: Difficulty,
    /// Present the choices of each beat in a random (seeded) order.
    #[serde(default)]
    pub shuffle_choices: bool,
    /// Hidden numeric state (trust at least).
    #[serde(default)]
    pub variables: Vec<RawVariable>,
    /// Hidden boolean state, all false at the start.
    #[serde(default)]
    pub flags: Vec<String>,
    /// Id of the first beat.
    pub start: String,
    /// The beats, in any order.
    pub beats: Vec<RawBeat>,
    /// The endings.
    pub endings: Vec<RawEnding>,
}

/// The young person's identity card.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawYoungPerson {
    /// First name (fictional).
    pub name: String,
    /// Age in years.
    pub age: u32,
    /// Living situation in a sentence.
    pub situation: Text,
    /// Grammatical gender: labels, moods and headings agree with it.
    #[serde(default)]
    pub gender: Gender,
}

/// Another person who speaks in the scenario.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCharacter {
    /// Name used in `speaker` fields.
    pub id: String,
    /// Name shown beside the line.
    pub name: String,
    /// Role shown beside the name ("collègue éducatrice").
    pub role: Text,
    /// Grammatical gender.
    #[serde(default)]
    pub gender: Gender,
}

/// A protective step of the module (safety checked, secrecy explained…).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheckpoint {
    /// Name used in `Reach` effects and `Flag` conditions.
    pub id: String,
    /// Short label for the debrief.
    pub label: Text,
    /// What the step is for, shown when it was missed.
    pub lesson: Text,
    /// Every path to a good ending must pass it (the checker warns otherwise).
    #[serde(default)]
    pub required: bool,
    /// Flags that contradict this step: while one of them is set, the step
    /// must not be credited (the audit checks every path).
    #[serde(default)]
    pub contradicted_by: Vec<String>,
}

/// A voice file: one path for both languages, or one per language.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum RawAudio {
    /// The same file in both languages.
    Both(String),
    /// One file per language.
    PerLang {
        /// French file.
        fr: String,
        /// English file.
        en: String,
    },
}

/// A numeric state variable.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawVariable {
    /// Name used in conditions and effects.
    pub id: String,
    /// Lowest value (effects clamp to it).
    pub min: i32,
    /// Highest value (effects clamp to it).
    pub max: i32,
    /// Value at the start of a run.
    pub start: i32,
    /// The name under which the trainee sees it in practice mode; a
    /// variable that steers where the story goes must be shown.
    #[serde(default)]
    pub shown: Option<Text>,
}

/// One moment of the conversation: narration and/or a line, then the
/// trainee answers (`choices`) or the story goes on (`next`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawBeat {
    /// Author-given id, unique among beats and endings.
    pub id: String,
    /// A few words that name the moment (« Le retour de fugue »), shown on
    /// the branch map instead of the id.
    #[serde(default)]
    pub title: Option<Text>,
    /// A narrator's paragraph ("Le lendemain…"), shown before the line.
    #[serde(default)]
    pub narration: Option<Text>,
    /// The main line.
    #[serde(default)]
    pub line: Option<RawLine>,
    /// Other ways of saying it, picked by state or at random.
    #[serde(default)]
    pub variants: Vec<RawVariant>,
    /// What the young person thinks, revealed only at the debrief.
    #[serde(default)]
    pub thought: Option<Text>,
    /// Note or discussion prompt for a facilitator.
    #[serde(default)]
    pub facilitator: Option<Text>,
    /// What the trainee can say.
    #[serde(default)]
    pub choices: Vec<RawChoice>,
    /// Instead of choices: where the story goes on, after a single "Continuer".
    #[serde(default)]
    pub next: Option<Next>,
}

/// A spoken line with its non-verbal cue.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLine {
    /// Who speaks (a character id); the young person when absent.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The words.
    pub text: Text,
    /// Non-verbal cue ("elle regarde son téléphone").
    #[serde(default)]
    pub cue: Option<Text>,
    /// Visible mood.
    #[serde(default)]
    pub mood: Option<Mood>,
    /// Voice file, relative to the scenario's asset folder; found by
    /// convention from the line id when absent.
    #[serde(default)]
    pub audio: Option<RawAudio>,
}

/// An alternative line.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawVariant {
    /// Author-given id, unique in the beat.
    pub id: String,
    /// When set, the variant is preferred while this holds.
    #[serde(default)]
    pub when: Option<Condition>,
    /// Who speaks; the young person when absent.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The words.
    pub text: Text,
    /// Non-verbal cue.
    #[serde(default)]
    pub cue: Option<Text>,
    /// Visible mood.
    #[serde(default)]
    pub mood: Option<Mood>,
    /// Voice file.
    #[serde(default)]
    pub audio: Option<RawAudio>,
}

/// What the young person answers right after a choice, before the next beat.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawReply {
    /// Who speaks; the young person when absent.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The words.
    pub text: Text,
    /// Non-verbal cue.
    #[serde(default)]
    pub cue: Option<Text>,
    /// Visible mood.
    #[serde(default)]
    pub mood: Option<Mood>,
    /// Voice file.
    #[serde(default)]
    pub audio: Option<RawAudio>,
    /// Other ways of saying it, chosen by the state after the choice.
    #[serde(default)]
    pub variants: Vec<RawVariant>,
}

/// Something the trainee can say.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    /// Author-given key, unique in the beat.
    pub key: String,
    /// The trainee's words.
    pub text: Text,
    /// −2..+2 on the key points in play; absent = not in play.
    #[serde(default, deserialize_with = "super::unique::scores")]
    pub scores: BTreeMap<KeyPoint, i32>,
    /// Why it helps or hurts, naming the key points.
    #[serde(default)]
    pub rationale: Text,
    /// Changes to the hidden state.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// The choice is offered only while this holds.
    #[serde(default)]
    pub when: Option<Condition>,
    /// The young person's immediate answer to these words.
    #[serde(default)]
    pub reply: Option<RawReply>,
    /// Where the conversation goes.
    pub next: Next,
    /// Voice file for the trainee's words.
    #[serde(default)]
    pub audio: Option<RawAudio>,
    /// This answer repairs an earlier serious fault: after a −2, a good
    /// ending may only be reached through an answer marked so.
    #[serde(default)]
    pub repair: bool,
    /// Why this answer, though not good practice, may cost nothing (the
    /// audit then does not ask it to lower the chances of a good ending).
    #[serde(default)]
    pub minor: Option<String>,
}

/// A way the run can end.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnding {
    /// Author-given id, unique among beats and endings.
    pub id: String,
    /// What kind of outcome it is.
    pub kind: Outcome,
    /// Short title.
    pub title: Text,
    /// What happens.
    pub text: Text,
    /// The lesson for the debrief.
    pub lesson: Text,
    /// Audio played at the end.
    #[serde(default)]
    pub audio: Option<RawAudio>,
    /// Ids of the resource sections to show first in this ending's debrief.
    #[serde(default)]
    pub resources_first: Vec<String>,
    /// Other lessons for some of the paths that reach this ending: the
    /// first whose condition holds at the end is shown instead of `lesson`.
    #[serde(default)]
    pub lesson_variants: Vec<RawLessonVariant>,
}

/// A lesson for the paths where its condition holds at the end.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLessonVariant {
    /// Author-given id, unique in the ending.
    pub id: String,
    /// Tested on the state at the end.
    pub when: Condition,
    /// The lesson.
    pub text: Text,
}

/// A test on the hidden state.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub enum Condition {
    /// Variable ≥ value.
    AtLeast(String, i32),
    /// Variable ≤ value.
    AtMost(String, i32),
    /// Flag is set.
    Flag(String),
    /// Flag is not set.
    NotFlag(String),
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
}

/// A change to the hidden state.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub enum Effect {
    /// Add to a variable (clamped to its range).
    Add(String, i32),
    /// Set a variable (clamped to its range).
    Set(String, i32),
    /// Set a flag.
    SetFlag(String),
    /// Clear a flag.
    ClearFlag(String),
    /// Mark a checkpoint as passed (it stays passed).
    Reach(String),
}

/// Where a choice leads.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub enum Next {
    /// Always the same beat or ending.
    Goto(String),
    /// The first case whose condition holds, else `otherwise`.
    Branch {
        /// Tested in order.
        cases: Vec<Case>,
        /// Taken when no case holds.
        otherwise: String,
    },
    /// Drawn at random; weights may depend on the state.
    Random(Vec<Weighted>),
}

/// One case of a [`Next::Branch`].
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Condition to test.
    pub when: Condition,
    /// Target when it holds.
    pub goto: String,
}

/// One target of a [`Next::Random`]: weight = `weight` + Σ factor × variable, at least 0.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Weighted {
    /// Target beat or ending.
    pub goto: String,
    /// Base weight.
    pub weight: i32,
    /// `(variable, factor)` pairs added to the weight.
    #[serde(default)]
    pub per: Vec<(String, i32)>,
}

/// One section as written, in a resource file or in a scenario's
/// `resources: [...]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    /// Stable id, named by an ending's `resources_first`.
    pub id: String,
    /// Heading.
    pub title: Text,
    /// Items, one sentence each; an empty list is reported.
    #[serde(default)]
    pub items: Vec<Text>,
}
