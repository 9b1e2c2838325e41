//! Every user-visible string, in French and English, in one place: the
//! app's words (and those the command line shares with it) in [`Msg`], the
//! command line's own in [`CliMsg`], the checker's and the engine's messages
//! in [`problem_message`], [`problem_hint`], [`render_problem`] and
//! [`engine_error`], the names of things in [`labels`], the sound's state
//! in [`sound`]. One way to pick a language ([`fr_or_en`]) and one way to
//! quote ([`quoted`]) serve them all.

mod app;
mod cli;
pub mod closing;
pub mod export;
pub mod fork;
pub mod labels;
pub mod learning_debrief;
pub mod learning_history;
pub mod legend;
mod problems;
mod problems_audit;
mod problems_dialogue;
mod reading;
pub mod report;
pub mod sound;
mod syntax;
pub mod turning;
pub mod workshop;
pub mod xapi;

pub use app::{Msg, tr};
pub use cli::{CliMsg, tr_cli};
pub use problems::{engine_error, problem_hint, problem_message, render_problem};

use crate::scenario::Lang;

/// `« text »` in French, `“text”` in English.
pub fn quoted(text: impl std::fmt::Display, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("«\u{202F}{text}\u{202F}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// `label : value` in French (a narrow no-break space before the colon),
/// `label: value` in English.
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    format!("{label}{} {value}", colon(lang))
}

/// The colon as each language sets it: after a narrow no-break space
/// (U+202F) in French, right after the word in English.
pub fn colon(lang: Lang) -> &'static str {
    fr_or_en("\u{202F}:", ":", lang)
}

/// `value` with `decimals` digits after a decimal comma in French, a
/// decimal point in English.
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    let text = format!("{value:.decimals$}");
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A share (0–1) as a percentage with one decimal: `12,5 %` (narrow
/// no-break space) in French, `12.5%` in English.
pub fn percent(share: f64, lang: Lang) -> String {
    let value = decimal(share * 100.0, 1, lang);
    match lang {
        Lang::Fr => format!("{value}\u{202F}%"),
        Lang::En => format!("{value}%"),
    }
}

/// A share (0–1) as a whole percentage: `95 %` (narrow no-break space)
/// in French, `95%` in English.
pub fn whole_percent(share: f32, lang: Lang) -> String {
    let value = (share * 100.0).round();
    match lang {
        Lang::Fr => format!("{value:.0}\u{202F}%"),
        Lang::En => format!("{value:.0}%"),
    }
}

/// `fr` or `en`, whichever is in `lang`: the one way every word is
/// picked by language.
pub fn fr_or_en<T>(fr: T, en: T, lang: Lang) -> T {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}
