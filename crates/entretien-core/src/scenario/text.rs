//! Bilingual text: every player-visible string exists in French and English.

use serde::{Deserialize, Serialize};

/// Interface and content language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Français (default).
    #[default]
    #[serde(rename = "fr")]
    Fr,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Both languages, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The ISO code, also the field name in scenario files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// A text in both languages. Missing languages parse as empty and are
/// reported by the checker, so that every gap is listed at once. The French
/// text is set with French spacing when it is read ([`french_spacing`]), so
/// authors may type ordinary spaces.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawText")]
pub struct Text {
    /// French.
    #[serde(default)]
    pub fr: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

/// [`Text`] as written in a file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    #[serde(default)]
    fr: String,
    #[serde(default)]
    en: String,
}

impl From<RawText> for Text {
    fn from(raw: RawText) -> Text {
        Text {
            fr: french_spacing(&raw.fr),
            en: raw.en,
        }
    }
}

/// The narrow no-break space French sets before `: ; ? ! »` and after `«`.
pub const NARROW_NBSP: char = '\u{202F}';

/// Puts a narrow no-break space where French typography wants one: an
/// ordinary or no-break space before `: ; ? ! »` or after `«` becomes
/// U+202F, so that the sign never starts a line.
pub fn french_spacing(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let is_space = |c: char| c == ' ' || c == '\u{A0}';
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let next = chars.get(i + 1).copied();
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let before_sign = next.is_some_and(|n| matches!(n, ':' | ';' | '?' | '!' | '»'));
            if is_space(c) && (before_sign || prev == Some('«')) {
                NARROW_NBSP
            } else {
                c
            }
        })
        .collect()
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// Languages whose text is empty or blank.
    pub fn missing(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::ALL
            .into_iter()
            .filter(|l| self.get(*l).trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_spacing_before_signs_and_inside_guillemets() {
        let set = french_spacing("Quoi ? « Oui » : non ; 22:00 ! Déjà\u{A0}?");
        assert_eq!(
            set,
            "Quoi\u{202F}? «\u{202F}Oui\u{202F}»\u{202F}: non\u{202F}; 22:00\u{202F}! Déjà\u{202F}?"
        );
        // Read from a file: French set, English untouched.
        let text: Text = ron::from_str(r#"(fr: "Ça va ?", en: "Okay ?")"#).unwrap();
        assert_eq!(text.fr, "Ça va\u{202F}?");
        assert_eq!(text.en, "Okay ?");
    }
}
