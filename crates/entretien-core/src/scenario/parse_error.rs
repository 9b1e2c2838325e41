//! The parser's errors as data: what broke ([`SyntaxError`]), what a value
//! should have been ([`Expected`]), and the items of the format the parser
//! names by their Rust types ([`Thing`]). `syntax.rs` makes them from the
//! parser's errors; a problem carries them; the app words them.

use serde::Serialize;

/// An item of the format, which the parser names by its Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Thing {
    Scenario,
    YoungPerson,
    Variable,
    Beat,
    Line,
    Variant,
    Choice,
    Ending,
    Text,
    Case,
    RandomTarget,
    Condition,
    Effect,
    Next,
    KeyPoint,
    Mood,
    Outcome,
    Difficulty,
}

/// Rust type name, the item it stands for, and the item's name in JSON.
pub(super) const TYPES: [(&str, Thing, &str); 19] = [
    ("RawScenario", Thing::Scenario, "scenario"),
    ("Scenario", Thing::Scenario, "scenario"),
    ("RawYoungPerson", Thing::YoungPerson, "young-person"),
    ("RawVariable", Thing::Variable, "variable"),
    ("RawBeat", Thing::Beat, "beat"),
    ("RawLine", Thing::Line, "line"),
    ("RawVariant", Thing::Variant, "variant"),
    ("RawChoice", Thing::Choice, "choice"),
    ("RawEnding", Thing::Ending, "ending"),
    ("Text", Thing::Text, "text"),
    ("Case", Thing::Case, "case"),
    ("Weighted", Thing::RandomTarget, "random-target"),
    ("Condition", Thing::Condition, "condition"),
    ("Effect", Thing::Effect, "effect"),
    ("Next", Thing::Next, "next"),
    ("KeyPoint", Thing::KeyPoint, "key-point"),
    ("Mood", Thing::Mood, "mood"),
    ("Outcome", Thing::Outcome, "outcome"),
    ("Difficulty", Thing::Difficulty, "difficulty"),
];

impl Thing {
    /// The item a Rust type name stands for (`RawBeat` → a beat).
    pub fn from_type(name: &str) -> Option<Thing> {
        TYPES.iter().find(|t| t.0 == name).map(|t| t.1)
    }
}

/// What a value should have been.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Expected {
    /// A whole number.
    WholeNumber,
    /// A whole number within the field's bounds (0 or more for counts).
    NumberInBounds,
    /// A text in straight double quotes.
    Text,
    /// `true` or `false`.
    TrueOrFalse,
    /// A list in `[ … ]`.
    List,
    /// Scores in `{ … }`.
    Scores,
    /// A group of fields in `( … )`, of this item when known.
    Group {
        /// The item the group is.
        of: Option<Thing>,
    },
    /// Something else, in the parser's words (type names replaced).
    Other {
        /// The parser's English description.
        detail: String,
    },
}

/// Where the RON syntax breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "what", rename_all = "kebab-case")]
pub enum SyntaxError {
    /// The file ends before a bracket or a text is closed.
    UnexpectedEnd,
    /// A comma is missing between two fields or items.
    MissingComma,
    /// A colon is missing after a field name.
    MissingColon,
    /// A closing `)`, `]` or `}` is missing.
    MissingClose {
        /// The bracket expected.
        bracket: char,
    },
    /// A text's closing `"` is missing.
    UnclosedText,
    /// A comment is not closed.
    UnclosedComment,
    /// A `\` in a text that starts no known escape.
    BadEscape,
    /// A field name or a value from a fixed list was expected.
    ExpectedName {
        /// What is written there.
        found: String,
    },
    /// A character that has no place here.
    UnexpectedChar {
        /// The character.
        found: char,
    },
    /// Something after the scenario's closing parenthesis.
    AfterEnd,
    /// A name before `(` that is not the one expected (`Scenaro(`), or a
    /// field name where an item of a list was expected (a `]` missing).
    WrongName {
        /// The name written.
        found: String,
        /// The item expected there.
        of: Option<Thing>,
    },
    /// A form with too few or too many values, like `AtLeast("trust")`.
    WrongCount {
        /// The form (`AtLeast`), when the parser names it.
        form: Option<String>,
        /// How many values it takes.
        expected: usize,
        /// How many were written.
        found: usize,
    },
    /// Anything else, in the parser's words (type names replaced).
    Other {
        /// The parser's English description.
        detail: String,
    },
}
