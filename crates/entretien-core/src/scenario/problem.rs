//! Problems found while loading or checking a scenario.
//!
//! A problem is data: what is wrong ([`ProblemKind`]), where (file,
//! line:column, path to the item). Its words, in French and English, live in
//! the app's `i18n` module.

use std::fmt;

use serde::Serialize;

use super::parse_error::{Expected, SyntaxError};
use super::{KeyPoint, Lang};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The scenario still plays, but something is off.
    Warning,
    /// The scenario cannot be played.
    Error,
}

/// A 1-based position in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// One step of the path to an item in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "in", content = "id", rename_all = "lowercase")]
pub enum Segment {
    /// `beats["id"]`
    Beat(String),
    /// `variants["id"]`
    Variant(String),
    /// `choices["key"]`
    Choice(String),
    /// `endings["id"]`
    Ending(String),
    /// `variables["id"]`
    Variable(String),
    /// `characters["id"]`
    Character(String),
    /// `checkpoints["id"]`
    Checkpoint(String),
    /// `["id"]`: an element with an id in the list named by the field
    /// before it (`sections["secret"]` in a resource file,
    /// `lesson_variants["repare"]` in an ending).
    Section(String),
    /// `[n]`: the element at `n` (from 0) of the list named by the field
    /// before it, for lists whose elements have no id (`items[2]`).
    Index(usize),
    /// `.field`
    Field(&'static str),
}

/// Where in the scenario an item sits, e.g. `beats["accueil"].choices["b"].next`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ItemPath(pub Vec<Segment>);

impl ItemPath {
    /// A path one step deeper.
    pub fn with(&self, segment: Segment) -> ItemPath {
        let mut p = self.clone();
        p.0.push(segment);
        p
    }
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            let dot = if i == 0 { "" } else { "." };
            match seg {
                Segment::Beat(id) => write!(f, "{dot}beats[\"{id}\"]")?,
                Segment::Variant(id) => write!(f, "{dot}variants[\"{id}\"]")?,
                Segment::Choice(id) => write!(f, "{dot}choices[\"{id}\"]")?,
                Segment::Ending(id) => write!(f, "{dot}endings[\"{id}\"]")?,
                Segment::Variable(id) => write!(f, "{dot}variables[\"{id}\"]")?,
                Segment::Character(id) => write!(f, "{dot}characters[\"{id}\"]")?,
                Segment::Checkpoint(id) => write!(f, "{dot}checkpoints[\"{id}\"]")?,
                Segment::Section(id) => write!(f, "[\"{id}\"]")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
                Segment::Field(name) => write!(f, "{dot}{name}")?,
            }
        }
        Ok(())
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum ProblemKind {
    /// The file could not be read.
    Io { detail: String },
    /// A folder was given where a file was expected.
    IsDirectory,
    /// A pipe, socket or device named like a scenario: skipped, never
    /// opened (reading a pipe would wait for a writer forever).
    NotAFile,
    /// Over the size limit.
    TooLarge { bytes: u64, limit: u64 },
    /// Bytes that are not UTF-8.
    NotUtf8 { byte_offset: usize },
    /// Nothing in the file.
    Empty,
    /// Looks like JSON.
    LooksLikeJson,
    /// RON syntax error.
    Syntax { error: SyntaxError },
    /// Nested deeper than the limit.
    TooDeep { limit: usize },
    /// More beats than [`Limits::max_beats`](super::load::Limits::max_beats).
    TooManyBeats { beats: usize, limit: usize },
    /// A field the format does not know.
    UnknownField {
        field: String,
        expected: Vec<String>,
    },
    /// A required field is absent.
    MissingField { field: String },
    /// A value of the wrong type: what was expected, and what is written.
    WrongType { expected: Expected, found: String },
    /// A field written twice in one item.
    DuplicateField { field: String },
    /// A key point scored twice in one `scores`.
    DuplicateScore { point: KeyPoint },
    /// A decimal number where a whole number is expected, with the whole
    /// numbers around it.
    DecimalNumber {
        written: String,
        below: i64,
        above: i64,
    },
    /// A typographic quote (“ ” « »…) outside a text.
    TypographicQuote { found: char },
    /// A non-breaking space outside a text (`U+00A0`…).
    NonBreakingSpace { code: String },
    /// A typographic minus or dash (− –) where `-` is meant.
    TypographicMinus { found: char },
    /// An unknown enum variant (mood, outcome…).
    UnknownVariant {
        found: String,
        expected: Vec<String>,
    },
    /// Two items share an id.
    DuplicateId { id: String },
    /// An id that cannot be used in line ids.
    InvalidId { id: String },
    /// A reference to no beat or ending.
    UnknownTarget { target: String },
    /// The start is not a beat.
    StartNotBeat { target: String },
    /// A reference to no variable.
    UnknownVariable { name: String },
    /// A reference to no flag.
    UnknownFlag { name: String },
    /// A value outside its allowed range.
    OutOfRange { value: i64, min: i64, max: i64 },
    /// A variable whose min is above its max.
    EmptyRange { min: i32, max: i32 },
    /// A text without its French or English version.
    MissingText { lang: Lang },
    /// A beat with no choice.
    NoChoices,
    /// A resource section with no item.
    EmptySection,
    /// No ending at all.
    NoEndings,
    /// A choice with no score.
    NoScores,
    /// A choice with no rationale.
    NoRationale,
    /// A beat where no choice is good practice, so the debrief has no model answer.
    NoGoodPractice,
    /// A key point no choice scores.
    KeyPointNeverScored { point: KeyPoint },
    /// A beat no run can reach.
    UnreachableBeat,
    /// An ending no run can reach.
    UnreachableEnding,
    /// From here, with this state, no ending can be reached.
    DeadEnd { state: String },
    /// With this state, no choice is available.
    NoChoiceAvailable { state: String },
    /// With this state, every random weight is zero.
    AllWeightsZero { state: String },
    /// An audio file that does not exist.
    MissingAudio { audio: String },
    /// An asset path that leaves the scenario's folder.
    AssetOutsideFolder { asset: String },
    /// More items than the format allows (choices or variants in a beat,
    /// variables and flags in a scenario).
    TooMany {
        what: Counted,
        count: usize,
        limit: usize,
    },
    /// The (beat × state) graph is too large to explore completely.
    StateSpaceTooLarge { limit: usize },
    /// A `speaker` that names no character.
    UnknownSpeaker { name: String },
    /// A beat with neither narration nor line.
    NothingSaid,
    /// Variants on a beat that has no main line.
    VariantsWithoutLine,
    /// A beat with both `choices` and `next`.
    ChoicesAndNext,
    /// `Reach` names no checkpoint.
    UnknownCheckpoint { name: String },
    /// `SetFlag`/`ClearFlag` on a checkpoint (only `Reach` passes one).
    CheckpointNotFlag { name: String },
    /// A good ending can be reached without passing a required checkpoint.
    CheckpointAvoidable { checkpoint: String, state: String },
    /// A line without its voice file, in a scenario that has an audio folder.
    AudioMissing { line: String, lang: Lang },
    /// A voice file that belongs to no line.
    AudioOrphan { audio: String },
    /// `resources_first` names no resource section.
    UnknownResource { id: String },
    /// A path written for Windows (`C:\…`, backslashes).
    WindowsPath { asset: String },
    /// Another file, loaded first, already has this scenario id: that one
    /// is played, this one is not.
    IdTaken { id: String, by: String },
    /// A beat where the trainee decides, without a `title` to name it on
    /// the branch map.
    UntitledBeat,
    /// A beat title longer than the map shows.
    LongTitle {
        lang: Lang,
        chars: usize,
        limit: usize,
    },
    /// An inclusive dot (« seul·e ») in words that are said aloud: it
    /// cannot be spoken or recorded.
    SpokenInclusiveDot { word: String },
    /// A control character (C0 or C1, but tab and newline) in a text: it
    /// could drive a terminal (clear it, set its title, write to the
    /// clipboard) when the text is printed.
    ControlCharacter { lang: Lang, code: u32 },
    /// A voice or ambience file that does not decode: that line plays
    /// silent.
    AudioUndecodable { file: String, detail: String },
    // The pedagogical audit (engine::audit): what a trainee who guesses,
    // or who makes mistakes, can get. Shares are in per mille.
    /// A policy that reads nothing reaches a good ending too often.
    GuesserWins {
        policy: String,
        lang: Lang,
        share: u32,
        limit: u32,
    },
    /// The longest answer is good practice in too many decisions.
    LengthTell {
        lang: Lang,
        longest_good: usize,
        decisions: usize,
    },
    /// Good answers are much longer (or shorter) than the others.
    LengthRatio { lang: Lang, ratio: u32 },
    /// After an answer scored −2, the Disclosure ending can still come.
    SeriousFaultDisclosure { ending: String },
    /// After an answer scored −2, a good ending comes without a repair.
    SeriousFaultUnrepaired { ending: String },
    /// A mistake that barely changes the chances of a good ending.
    CostlessMistake {
        good_best: u32,
        good_it: u32,
        disclosure_best: u32,
        disclosure_it: u32,
    },
    /// Two mistakes cost too little.
    TwoFaultsForgiven { best: u32, two_faults: u32 },
    /// A path with a mistake reaches the Disclosure ending in fewer
    /// decisions than any good-practice path.
    SoonerByMistake {
        decisions: usize,
        good_practice: Option<usize>,
        script: String,
    },
    /// In some state, a mistake gives a better chance of a good ending than
    /// every good answer offered there.
    BetterThanGood {
        state: String,
        states: usize,
        its: u32,
        good: u32,
        good_key: String,
    },
    /// In some state, a serious fault (−2) gives a better chance of a good
    /// ending than every lesser mistake offered there.
    SeriousBeatsLesser {
        state: String,
        states: usize,
        its: u32,
        lesser: u32,
        lesser_key: String,
    },
    /// A checkpoint credited while a flag that contradicts it stands.
    CreditContradicted { checkpoint: String, flag: String },
    /// A flag or variable changed but never read.
    NeverRead { name: String },
    /// A flag or variable read but never changed.
    NeverSet { name: String },
    /// A variable that steers where the story goes, not shown to the trainee.
    HiddenStake { name: String },
    /// A line (its main text, or a variant) that no state selects.
    LineNeverSaid { variant: Option<String> },
}

impl ProblemKind {
    /// How bad it is.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::KeyPointNeverScored { .. }
            | ProblemKind::NoGoodPractice
            | ProblemKind::UnreachableBeat
            | ProblemKind::UnreachableEnding
            | ProblemKind::MissingAudio { .. }
            | ProblemKind::NotAFile
            | ProblemKind::StateSpaceTooLarge { .. }
            | ProblemKind::CheckpointAvoidable { .. }
            | ProblemKind::AudioMissing { .. }
            | ProblemKind::AudioOrphan { .. }
            | ProblemKind::SpokenInclusiveDot { .. }
            | ProblemKind::AudioUndecodable { .. }
            | ProblemKind::UntitledBeat
            | ProblemKind::LongTitle { .. } => Severity::Warning,
            kind if kind.is_audit() => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl ProblemKind {
    /// A finding of the pedagogical audit (`entretien audit`), rather than
    /// of the format and graph checks.
    pub fn is_audit(&self) -> bool {
        use ProblemKind as K;
        matches!(
            self,
            K::GuesserWins { .. }
                | K::LengthTell { .. }
                | K::LengthRatio { .. }
                | K::SeriousFaultDisclosure { .. }
                | K::SeriousFaultUnrepaired { .. }
                | K::CostlessMistake { .. }
                | K::TwoFaultsForgiven { .. }
                | K::SoonerByMistake { .. }
                | K::BetterThanGood { .. }
                | K::SeriousBeatsLesser { .. }
                | K::CreditContradicted { .. }
                | K::NeverRead { .. }
                | K::NeverSet { .. }
                | K::HiddenStake { .. }
                | K::LineNeverSaid { .. }
        )
    }
}

/// What [`ProblemKind::TooMany`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Counted {
    /// Choices of one beat.
    Choices,
    /// Variants of one beat.
    Variants,
    /// Variables and flags together.
    StateSlots,
}

/// A located problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// What is wrong.
    #[serde(flatten)]
    pub kind: ProblemKind,
    /// Error or warning.
    pub severity: Severity,
    /// The file, as given.
    pub file: String,
    /// Line and column, when known.
    pub location: Option<Location>,
    /// The item, when the problem is about one.
    pub path: ItemPath,
}

impl Problem {
    /// A problem about the whole file.
    pub fn file(file: &str, kind: ProblemKind) -> Problem {
        Problem::at(file, ItemPath::default(), kind)
    }

    /// A problem about one item.
    pub fn at(file: &str, path: ItemPath, kind: ProblemKind) -> Problem {
        Problem {
            severity: kind.severity(),
            kind,
            file: file.to_owned(),
            location: None,
            path,
        }
    }

    /// `file:line:col` or `file`.
    pub fn place(&self) -> String {
        match self.location {
            Some(l) => format!("{}:{}:{}", self.file, l.line, l.column),
            None => self.file.clone(),
        }
    }
}
