//! Scenarios: the RON model, loading with limits, and the checker; the
//! "what to do next" resources, checked the same way; and the layout of
//! the branch map.
//!
//! Nothing here knows about egui, rodio, the terminal or the disk: the app,
//! the CLI and the tests all go through [`check::check_bytes`] or
//! [`check::check_source`], with the media folder's files as data.

pub mod audio_lookup;
pub mod check;
pub mod compile;
pub mod graph;
mod item_at;
pub mod layout;
pub mod load;
mod locate;
pub mod model;
pub mod parse_error;
pub mod problem;
pub mod raw;
pub mod resources;
mod slip;
pub mod syntax;
pub mod text;
mod unique;
pub mod voices;

use serde::{Deserialize, Serialize};

pub use model::{Beat, Character, Checkpoint, Choice, Ending, Line, Scenario, Target};
pub use problem::{Problem, ProblemKind, Severity};
pub use text::{Lang, Text};

/// The five key points of an interview with a (potential) victim, in the
/// module's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum KeyPoint {
    /// 1. Poser un cadre rassurant.
    Frame,
    /// 2. Être authentique.
    Authenticity,
    /// 3. Ne pas juger.
    NonJudgement,
    /// 4. Demander.
    Asking,
    /// 5. Respecter la temporalité du jeune.
    Pace,
}

impl KeyPoint {
    /// All five, in the module's order.
    pub const ALL: [KeyPoint; 5] = [
        KeyPoint::Frame,
        KeyPoint::Authenticity,
        KeyPoint::NonJudgement,
        KeyPoint::Asking,
        KeyPoint::Pace,
    ];

    /// Position in [`KeyPoint::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The name written in scenario files (`Frame`…).
    pub fn name(self) -> &'static str {
        match self {
            KeyPoint::Frame => "Frame",
            KeyPoint::Authenticity => "Authenticity",
            KeyPoint::NonJudgement => "NonJudgement",
            KeyPoint::Asking => "Asking",
            KeyPoint::Pace => "Pace",
        }
    }
}

/// The young person's visible mood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Mood {
    Calm,
    Guarded,
    Anxious,
    Defiant,
    Sad,
    Angry,
    Hesitant,
    Relieved,
}

impl Mood {
    /// The name written in scenario files (`Guarded`…).
    pub fn name(self) -> &'static str {
        match self {
            Mood::Calm => "Calm",
            Mood::Guarded => "Guarded",
            Mood::Anxious => "Anxious",
            Mood::Defiant => "Defiant",
            Mood::Sad => "Sad",
            Mood::Angry => "Angry",
            Mood::Hesitant => "Hesitant",
            Mood::Relieved => "Relieved",
        }
    }
}

/// Grammatical gender of a character: French labels and moods agree with it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    /// "elle", "méfiante".
    #[default]
    Feminine,
    /// "il", "méfiant".
    Masculine,
    /// Inclusive forms ("méfiant·e") and the name instead of a pronoun.
    Neutral,
}

impl Gender {
    /// The name written in scenario files (`Feminine`…).
    pub fn name(self) -> &'static str {
        match self {
            Gender::Feminine => "Feminine",
            Gender::Masculine => "Masculine",
            Gender::Neutral => "Neutral",
        }
    }
}

/// What kind of ending a run reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// The young person agrees to stay in contact; no disclosure needed.
    BondKept,
    /// The young person tells what is happening.
    Disclosure,
    /// The young person closes the conversation and the link breaks.
    Rupture,
    /// The young person leaves in danger.
    AtRisk,
}

impl Outcome {
    /// A good ending: the bond is kept or the young person tells. Required
    /// checkpoints must be passed on every path to one.
    pub fn is_good(self) -> bool {
        matches!(self, Outcome::BondKept | Outcome::Disclosure)
    }
}

/// Difficulty shown on the library card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Difficulty {
    /// First steps.
    Introductory,
    /// Some experience.
    Intermediate,
    /// Hard reactions, few good options.
    Advanced,
}
