//! The words of "what decided the ending" (see `engine::turning`), in
//! French and English, for the debrief, the CLI, the workshop and its
//! summary.

use super::labels::outcome;
use super::{fr_or_en, quoted};
use crate::engine::{Cause, Debrief, TurningPoint};
use crate::scenario::{Lang, Scenario};

/// The heading: what decided a disappointing ending, or what made a good one.
pub fn heading(points: &[TurningPoint], good_ending: bool, lang: Lang) -> &'static str {
    if good_ending && points.iter().all(|p| !p.better) {
        fr_or_en("Ce qui a fait cette fin", "What made this ending", lang)
    } else {
        fr_or_en("Ce qui a décidé de la fin", "What decided the ending", lang)
    }
}

/// Said when no single answer changes the ending (`more`: what led to it
/// follows).
fn none(good_ending: bool, more: bool, lang: Lang) -> &'static str {
    if more {
        fr_or_en(
            "Aucune réponse, changée à elle seule, n'aurait changé la fin\u{202F}; voici ce qui y a mené.",
            "No answer, changed on its own, would have changed the ending; here is what led to it.",
            lang,
        )
    } else if good_ending {
        fr_or_en(
            "Aucune réponse isolée n'a fait cette fin\u{202F}: c'est l'ensemble de l'entretien.",
            "No single answer made this ending: it is the whole interview.",
            lang,
        )
    } else {
        // Said in the debrief, the CLI, the room's ending and the summary
        // alike: no pointer to a section that only some of them have.
        fr_or_en(
            "Aucune réponse isolée n'a décidé de la fin\u{202F}: c'est l'ensemble de l'entretien, décision après décision.",
            "No single answer decided the ending: it is the whole interview, decision after decision.",
            lang,
        )
    }
}

/// The section as text: its heading and its lines; `None` after a good
/// ending that no single answer made and no line kept from a better one
/// (nothing to say).
pub fn section(s: &Scenario, d: &Debrief, lang: Lang) -> Option<(&'static str, Vec<String>)> {
    let good = d.ending.outcome.is_good();
    if good && d.turning_points.is_empty() && d.causes.is_empty() {
        return None;
    }
    let causes = causes(s, d, lang);
    let mut lines: Vec<String> = if d.turning_points.is_empty() {
        vec![none(good, !causes.is_empty(), lang).to_owned()]
    } else {
        (d.turning_points.iter())
            .map(|p| sentence(p, s, lang))
            .collect()
    };
    lines.extend(causes);
    Some((heading(&d.turning_points, good, lang), lines))
}

/// What the last route tested, one sentence each; an answer already
/// named as a turning point is not named twice.
pub fn causes(s: &Scenario, d: &Debrief, lang: Lang) -> Vec<String> {
    (d.causes.iter())
        .filter(|c| match c {
            Cause::Answer { decision, .. } => {
                !d.turning_points.iter().any(|p| p.decision == *decision)
            }
            _ => true,
        })
        .filter_map(|c| cause(c, s, d, lang))
        .collect()
}

/// « « Confiance » était à 5 à la fin : à 7 ou plus, l'entretien se serait
/// terminé par « … » (Révélation). », and the like for a step missed or
/// the answer that set a hidden flag.
fn cause(c: &Cause, s: &Scenario, d: &Debrief, lang: Lang) -> Option<String> {
    let ending = |e: u32| {
        let e = &s.endings[e as usize];
        format!(
            "{} ({})",
            quoted(e.title.get(lang), lang),
            outcome(e.kind, lang)
        )
    };
    let fr = lang == Lang::Fr;
    Some(match *c {
        Cause::Line {
            slot,
            value,
            bound,
            at_least,
            reached,
            other,
            ..
        } => {
            let def = &s.slots[usize::from(slot)];
            let name = quoted(
                def.shown.as_ref().map_or(def.id.as_str(), |n| n.get(lang)),
                lang,
            );
            let end = ending(other);
            match (fr, at_least, reached) {
                (true, _, _) => {
                    let side = if at_least { "ou plus" } else { "ou moins" };
                    let then = if reached {
                        format!("l'entretien se termine ainsi plutôt que par {end}")
                    } else {
                        format!("l'entretien se serait terminé par {end}")
                    };
                    format!("{name} était à {value} à la fin\u{202F}: à {bound} {side}, {then}.")
                }
                (false, _, _) => {
                    let side = if at_least { "or more" } else { "or less" };
                    let then = if reached {
                        format!("the interview ends this way rather than in {end}")
                    } else {
                        format!("the interview would have ended in {end}")
                    };
                    format!("{name} was at {value} at the end: at {bound} {side}, {then}.")
                }
            }
        }
        Cause::StepMissed {
            checkpoint,
            reached,
            other,
        } => {
            let step = quoted(s.checkpoints.get(checkpoint)?.label.get(lang), lang);
            let end = ending(other);
            match (fr, reached) {
                (true, true) => format!(
                    "L'étape {step} n'a pas été franchie\u{202F}: c'est une des raisons de cette fin, plutôt que {end}."
                ),
                (true, false) => format!(
                    "L'étape {step} n'a pas été franchie\u{202F}: franchie, l'entretien pouvait se terminer par {end}."
                ),
                (false, true) => format!(
                    "The step {step} was not taken: that is one reason for this ending, rather than {end}."
                ),
                (false, false) => format!(
                    "The step {step} was not taken: with it, the interview could have ended in {end}."
                ),
            }
        }
        Cause::Answer {
            decision, other, ..
        } => {
            let taken = d.decisions.iter().find(|t| t.number == decision)?;
            let text = quoted(s.choice(taken.beat, taken.choice)?.text.get(lang), lang);
            let end = ending(other);
            if fr {
                format!(
                    "Décision {decision} — {text}. Cette réponse est une des raisons de cette fin, plutôt que {end}."
                )
            } else {
                format!(
                    "Decision {decision} — {text}. This answer is one reason for this ending, rather than {end}."
                )
            }
        }
    })
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
