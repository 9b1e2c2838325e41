//! Short names for a map: a beat by its title (or the first words of what
//! is said there), an answer by its first words. Authors write the titles;
//! answers have none, and their first words tell them apart well enough.

use super::{Beat, Choice};
use crate::scenario::Lang;

/// Most characters of a beat named by its first words: a title's length.
const BEAT_WORDS_CHARS: usize = crate::scenario::compile::MAX_TITLE_CHARS;
/// Most characters of an answer's short label: a few words, one short row.
const ANSWER_WORDS_CHARS: usize = 28;

impl Beat {
    /// The beat's title in `lang`; without one, the first words of its
    /// line (or of its narration), then its id.
    pub fn map_title(&self, lang: Lang) -> String {
        if let Some(title) = &self.title {
            return title.get(lang).to_owned();
        }
        let line = self.speech.as_ref().map(|s| &s.main);
        match line.or(self.narration.as_ref()) {
            Some(l) => first_words(l.text.get(lang), BEAT_WORDS_CHARS),
            None => self.id.clone(),
        }
    }
}

impl Choice {
    /// The first few words of the answer in `lang`, cut with "…".
    pub fn short_label(&self, lang: Lang) -> String {
        first_words(self.text.get(lang), ANSWER_WORDS_CHARS)
    }
}

/// The words of `text` that fit in `max_chars`, cut with "…" when some
/// are left out (the first word is kept whatever its length). Words are
/// split at ordinary spaces only: a no-break space keeps « ? » with its
/// word.
fn first_words(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let mut kept = String::new();
    for word in text.split([' ', '\n']).filter(|w| !w.is_empty()) {
        let room = kept.chars().count() + usize::from(!kept.is_empty()) + word.chars().count();
        if room > max_chars && !kept.is_empty() {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    // A whole sentence needs no "…"; "Je sais, …" reads as a cut where
    // "Je sais…" reads as a pause.
    if kept.ends_with(['.', '?', '!', '…']) {
        return kept;
    }
    let kept = kept.trim_end_matches([',', ';', ':', '\u{202F}', '\u{A0}', '—', '–', '-']);
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::first_words;

    #[test]
    fn first_words_cut_at_a_space_and_keep_french_spacing() {
        assert_eq!(first_words("Court.", 10), "Court.");
        assert_eq!(
            first_words("Tu veux en parler\u{202F}? On a le temps.", 20),
            "Tu veux en parler\u{202F}?"
        );
        assert_eq!(first_words("Bon, écoute, je comprends", 12), "Bon, écoute…");
        assert_eq!(
            first_words("Anticonstitutionnellement dit", 5),
            "Anticonstitutionnellement…"
        );
    }
}
