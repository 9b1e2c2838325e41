//! The words of "what decided the ending" (see `engine::turning`), in
//! French and English, for the debrief, the CLI, the workshop and its
//! summary.

use super::labels::outcome;
use super::{fr_or_en, quoted};
use crate::engine::{Debrief, TurningPoint};
use crate::scenario::{Lang, Scenario};

/// The heading: what decided a disappointing ending, or what made a good one.
pub fn heading(points: &[TurningPoint], good_ending: bool, lang: Lang) -> &'static str {
    if good_ending && points.iter().all(|p| !p.better) {
        fr_or_en("Ce qui a fait cette fin", "What made this ending", lang)
    } else {
        fr_or_en("Ce qui a décidé de la fin", "What decided the ending", lang)
    }
}

/// Said when no single answer changes the ending.
pub fn none(good_ending: bool, lang: Lang) -> &'static str {
    if good_ending {
        fr_or_en(
            "Aucune réponse isolée n'a fait cette fin\u{202F}: c'est l'ensemble de l'entretien.",
            "No single answer made this ending: it is the whole interview.",
            lang,
        )
    } else {
        fr_or_en(
            "Aucune réponse isolée n'a décidé de la fin\u{202F}: c'est l'ensemble de l'entretien (voyez «\u{202F}Décision par décision\u{202F}» plus bas).",
            "No single answer decided the ending: it is the whole interview (see \"Decision by decision\" below).",
            lang,
        )
    }
}

/// The section as text: its heading and its lines; `None` after a good
/// ending that no single answer made (nothing to say).
pub fn section(s: &Scenario, d: &Debrief, lang: Lang) -> Option<(&'static str, Vec<String>)> {
    let good = d.outcome.is_good();
    if good && d.turning_points.is_empty() {
        return None;
    }
    let lines = if d.turning_points.is_empty() {
        vec![none(good, lang).to_owned()]
    } else {
        (d.turning_points.iter())
            .map(|p| sentence(p, s, lang))
            .collect()
    };
    Some((heading(&d.turning_points, good, lang), lines))
}

/// « Décision 11 — « … ». Avec « … », l'entretien se serait terminé par
/// « Révélation » (…). » — the other answer and where it leads.
pub fn sentence(p: &TurningPoint, s: &Scenario, lang: Lang) -> String {
    let Some(beat) = s.beats.iter().find(|b| b.id == p.beat_id) else {
        return String::new();
    };
    let text = |i: u16| (beat.choices.get(usize::from(i))).map_or("", |c| c.text.get(lang));
    let (taken, instead) = (quoted(text(p.taken), lang), quoted(text(p.instead), lang));
    let ending = &s.endings[p.ending as usize];
    let end = format!(
        "{} ({})",
        quoted(ending.title.get(lang), lang),
        outcome(ending.kind, lang)
    );
    let n = p.decision;
    match (lang, p.better) {
        (Lang::Fr, true) => format!(
            "Décision {n} — {taken}. Avec {instead}, l'entretien se serait terminé par {end}."
        ),
        (Lang::Fr, false) => format!(
            "Décision {n} — {taken}. Avec {instead} à la place, l'entretien se serait terminé par {end}."
        ),
        (Lang::En, true) => {
            format!(
                "Decision {n} — {taken}. With {instead}, the interview would have ended in {end}."
            )
        }
        (Lang::En, false) => format!(
            "Decision {n} — {taken}. With {instead} instead, the interview would have ended in {end}."
        ),
    }
}
