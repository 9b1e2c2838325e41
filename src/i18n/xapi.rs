//! The words of the xAPI export: how a learning record store shows each
//! verb (its `display`), in both languages at once, since a statement
//! carries every language it has.

use super::fr_or_en;
use crate::scenario::Lang;

/// The verbs the export uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// The interview was started.
    Attempted,
    /// One decision was taken.
    Answered,
    /// The interview reached an ending.
    Completed,
}

/// How the verb reads in `lang` (past tense, as records read).
pub fn verb_display(verb: Verb, lang: Lang) -> &'static str {
    match verb {
        Verb::Attempted => fr_or_en("a tenté", "attempted", lang),
        Verb::Answered => fr_or_en("a répondu", "answered", lang),
        Verb::Completed => fr_or_en("a terminé", "completed", lang),
    }
}
