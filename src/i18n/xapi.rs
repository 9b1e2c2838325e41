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

/// The settings' field for who an export names.
pub fn actor_label(lang: Lang) -> &'static str {
    fr_or_en(
        "Votre nom dans les exports xAPI (facultatif)",
        "Your name in xAPI exports (optional)",
        lang,
    )
}

/// What the field is for, and that nothing leaves without the trainee.
pub fn actor_hint(lang: Lang) -> &'static str {
    fr_or_en(
        "Une adresse e-mail ou un pseudonyme, pour le système de suivi des formations de votre organisation. Vide\u{202F}: l'export ne nomme personne. Rien ne quitte cet ordinateur sans que vous exportiez.",
        "An email address or a pseudonym, for your organisation's learning record store. Empty: the export names no one. Nothing leaves this computer unless you export it.",
        lang,
    )
}

/// The field's placeholder.
pub fn actor_placeholder(lang: Lang) -> &'static str {
    fr_or_en(
        "prenom.nom@exemple.be ou un pseudonyme",
        "name@example.org or a pseudonym",
        lang,
    )
}
