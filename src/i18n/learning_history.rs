//! The words of History's learning side (past debriefs, progress, the
//! profile of the latest attempt) and of the library's last result and
//! "Reprendre" details.

use super::labels::{key_point_short, mode_name, outcome};
use super::{colon, fr_or_en, quoted};
use crate::engine::Mode;
use crate::scenario::{Lang, Outcome};
use crate::store::progress::{ATTEMPTS_FOR_CHANGE, COMPARED, Change, Measure};

/// The button that opens an attempt's debrief again.
pub fn review_attempt(number: usize, lang: Lang) -> String {
    fr_or_en(
        format!("Revoir la tentative {number}"),
        format!("Review attempt {number}"),
        lang,
    )
}

/// The button's visible word (its full name is [`review_attempt`]).
pub fn review(lang: Lang) -> &'static str {
    fr_or_en("Revoir", "Review", lang)
}

/// Why an old record's debrief cannot be opened again.
pub fn not_recorded(lang: Lang) -> &'static str {
    fr_or_en(
        "enregistrée avant que les choix soient conservés",
        "recorded before choices were kept",
        lang,
    )
}

/// Why a record of a scenario that changed cannot be replayed: from which
/// step (from 1) it no longer fits.
pub fn changed_at(step: usize, lang: Lang) -> String {
    fr_or_en(
        format!("le scénario a changé depuis{} étape {step}", colon(lang)),
        format!("the scenario has changed since{} step {step}", colon(lang)),
        lang,
    )
}

/// Beside the button of an attempt that now ends otherwise.
pub fn ends_otherwise(lang: Lang) -> &'static str {
    fr_or_en(
        "le scénario a changé\u{202F}: rejouée, elle finit autrement",
        "the scenario has changed: replayed, it ends differently",
        lang,
    )
}

/// The last column's header.
pub fn debrief_column(lang: Lang) -> &'static str {
    fr_or_en("Débriefing", "Debrief", lang)
}

/// The share of recommended answers, in full.
pub fn recommended_column(lang: Lang) -> &'static str {
    fr_or_en("Réponses recommandées", "Recommended answers", lang)
}

/// The protective steps column's header.
pub fn steps_column(lang: Lang) -> &'static str {
    fr_or_en("Étapes", "Steps", lang)
}

/// The header of the share of recommended answers, short.
pub fn recommended_short(lang: Lang) -> &'static str {
    fr_or_en("Recomm.", "Recomm.", lang)
}

/// What the protective steps column counts.
pub fn steps_column_help(lang: Lang) -> &'static str {
    fr_or_en(
        "Étapes de protection requises franchies / requises",
        "Required protective steps passed / required",
        lang,
    )
}

/// Above a debrief opened from History.
pub fn past_heading(number: usize, date: &str, lang: Lang) -> String {
    fr_or_en(
        format!("Tentative {number} du {date}, rejouée à partir de son enregistrement."),
        format!("Attempt {number} ({date}), replayed from its record."),
        lang,
    )
}

/// Said over a past debrief whose replay ends elsewhere than recorded.
pub fn ending_differs(recorded: &str, recorded_kind: Outcome, now: &str, lang: Lang) -> String {
    let then = format!(
        "{} ({})",
        quoted(recorded, lang),
        outcome(recorded_kind, lang)
    );
    let now = quoted(now, lang);
    fr_or_en(
        format!(
            "Le scénario a changé depuis cette tentative\u{202F}: elle s'était terminée par {then}\u{202F}; rejouée sur la version actuelle, elle se termine par {now}. Le débriefing ci-dessous est celui de la version actuelle."
        ),
        format!(
            "The scenario has changed since this attempt: it ended with {then}; replayed on the current version, it ends with {now}. The debrief below is the current version's."
        ),
        lang,
    )
}

/// Back from a past debrief.
pub fn back_to_history(lang: Lang) -> &'static str {
    fr_or_en("Retour à l'historique", "Back to the history", lang)
}

/// The progress section's heading.
pub fn progress_heading(lang: Lang) -> &'static str {
    fr_or_en("Progression", "Progress", lang)
}

/// The heading of the progress over every scenario.
pub fn all_scenarios(lang: Lang) -> &'static str {
    fr_or_en("Sur l'ensemble des scénarios", "Across all scenarios", lang)
}

/// A mode in the row that chooses which attempts progress follows.
pub fn mode_with_count(mode: Mode, count: usize, lang: Lang) -> String {
    format!("{} ({count})", mode_name(mode, lang))
}

/// What the row of modes does.
pub fn mode_row_help(lang: Lang) -> &'static str {
    fr_or_en(
        "La progression suit un mode à la fois\u{202F}: les évaluations et les ateliers ne se mélangent pas à l'entraînement.",
        "Progress follows one mode at a time: assessments and workshops are not mixed with practice.",
        lang,
    )
}

/// When the scenario has no attempt in the mode progress follows.
pub fn none_in_mode(mode: Mode, lang: Lang) -> String {
    let mode = mode_name(mode, lang);
    fr_or_en(
        format!("Aucune tentative en mode {mode} pour l'instant."),
        format!("No attempt in {mode} mode yet."),
        lang,
    )
}

/// A measure's name in the plot's legend and its sentence.
pub fn measure_name(measure: Measure, lang: Lang) -> &'static str {
    match measure {
        Measure::Recommended => recommended_column(lang),
        Measure::Point(p) => key_point_short(p, lang),
    }
}

/// What the progress plot's vertical axis counts.
pub fn progress_axis(lang: Lang) -> &'static str {
    fr_or_en(
        "Points clés sur 100, réponses recommandées en %",
        "Key points out of 100, recommended answers in %",
        lang,
    )
}

/// The radar's heading in History, with the latest attempt's date.
pub fn latest_profile(date: &str, lang: Lang) -> String {
    fr_or_en(
        format!("Profil de la dernière tentative ({date})"),
        format!("Profile of the latest attempt ({date})"),
        lang,
    )
}

/// The radar's series in History: the latest attempt, good practice on
/// the scenario, the attempt before.
pub fn radar_names(lang: Lang) -> [&'static str; 3] {
    [
        fr_or_en("Dernière tentative", "Latest attempt", lang),
        fr_or_en("Bonne pratique", "Good practice", lang),
        fr_or_en("Tentative précédente", "Attempt before", lang),
    ]
}

/// When there are not yet enough attempts to speak of change.
pub fn too_few(attempts: usize, lang: Lang) -> String {
    fr_or_en(
        format!(
            "Pas encore assez de tentatives pour parler d'évolution\u{202F}: il en faut {ATTEMPTS_FOR_CHANGE} (les {COMPARED} premières et les {COMPARED} dernières, distinctes), vous en avez {attempts}."
        ),
        format!(
            "Not enough attempts yet to speak of change: it takes {ATTEMPTS_FOR_CHANGE} (the first {COMPARED} and the last {COMPARED}, apart), you have {attempts}."
        ),
        lang,
    )
}

/// The change of `measure` from the first three attempts to the last
/// three, or why it is not said; `attempts` is how many there are.
pub fn change_sentence(measure: Measure, change: Change, attempts: usize, lang: Lang) -> String {
    let name = measure_name(measure, lang);
    let (first, last, some_unmeasured) = match change {
        Change::TooFew { measured } => {
            return fr_or_en(
                format!(
                    "{name}{} évalué dans {measured} tentatives sur {attempts}, pas encore assez pour comparer.",
                    colon(lang)
                ),
                format!(
                    "{name}: measured in {measured} of {attempts} attempts, not enough yet to compare."
                ),
                lang,
            );
        }
        Change::Compared {
            first,
            last,
            some_unmeasured,
        } => (first.round(), last.round(), some_unmeasured),
    };
    let value = |v: f64| match measure {
        Measure::Recommended => fr_or_en(format!("{v:.0}\u{202F}%"), format!("{v:.0}%"), lang),
        Measure::Point(_) => format!("{v:.0}/100"),
    };
    let (first_text, last_text) = (value(first), value(last));
    // The direction is read on the rounded figures the sentence shows.
    let gap = (last - first).abs();
    let unit = if gap == 1.0 { "point" } else { "points" };
    let direction = if last > first {
        fr_or_en(
            format!("en hausse de {gap:.0} {unit}"),
            format!("up {gap:.0} {unit}"),
            lang,
        )
    } else if last < first {
        fr_or_en(
            format!("en baisse de {gap:.0} {unit}"),
            format!("down {gap:.0} {unit}"),
            lang,
        )
    } else {
        fr_or_en("sans changement", "no change", lang).to_owned()
    };
    let (mean, mean_en) = match measure {
        Measure::Recommended => ("", ""),
        Measure::Point(_) => (" en moyenne", " on average"),
    };
    if some_unmeasured {
        fr_or_en(
            format!(
                "{name}{} {first_text}{mean} sur les trois premières tentatives qui l'ont évalué, {last_text} sur les trois dernières ({direction}).",
                colon(lang)
            ),
            format!(
                "{name}: {first_text}{mean_en} over the first three attempts that measured it, {last_text} over the last three ({direction})."
            ),
            lang,
        )
    } else {
        fr_or_en(
            format!(
                "{name}{} {first_text}{mean} sur vos trois premières tentatives, {last_text} sur vos trois dernières ({direction}).",
                colon(lang)
            ),
            format!(
                "{name}: {first_text}{mean_en} over your first three attempts, {last_text} over your last three ({direction})."
            ),
            lang,
        )
    }
}

/// A scenario card's last result: when, which ending, the share of
/// recommended answers.
pub fn last_result(
    date: &str,
    ending: Option<&str>,
    kind: Outcome,
    share: Option<f32>,
    lang: Lang,
) -> String {
    let end = match ending {
        Some(title) => format!("{} ({})", quoted(title, lang), outcome(kind, lang)),
        None => outcome(kind, lang).to_owned(),
    };
    let share = share.map(|s| {
        let percent = super::whole_percent(s, lang);
        fr_or_en(
            format!(", {percent} de réponses recommandées"),
            format!(", {percent} recommended answers"),
            lang,
        )
    });
    fr_or_en(
        format!(
            "Dernier résultat{} {date} — {end}{}.",
            colon(lang),
            share.as_deref().unwrap_or("")
        ),
        format!(
            "Last result: {date} — {end}{}.",
            share.as_deref().unwrap_or("")
        ),
        lang,
    )
}

/// What "Reprendre" brings back: the mode, the decision it resumes at,
/// and when it was last answered (or started, before any answer).
pub fn resume_details(
    mode: Mode,
    decision: usize,
    answered: bool,
    ago: &str,
    lang: Lang,
) -> String {
    let mode = mode_name(mode, lang);
    if answered {
        fr_or_en(
            format!(
                "En cours ({mode})\u{202F}: reprend à la décision {decision}\u{202F}; dernière réponse {ago}."
            ),
            format!("Unfinished ({mode}): resumes at decision {decision}; last answer {ago}."),
            lang,
        )
    } else {
        fr_or_en(
            format!("En cours ({mode})\u{202F}: commencé {ago}, à la décision {decision}."),
            format!("Unfinished ({mode}): started {ago}, at decision {decision}."),
            lang,
        )
    }
}

/// How long ago, from seconds elapsed: « il y a 2 jours », "2 days ago".
pub fn ago(secs: u64, lang: Lang) -> String {
    let (n, fr, en) = match secs {
        0..60 => return fr_or_en("à l'instant", "just now", lang).to_owned(),
        60..3_600 => (secs / 60, "minute", "minute"),
        3_600..86_400 => (secs / 3_600, "heure", "hour"),
        _ => (secs / 86_400, "jour", "day"),
    };
    let s = if n == 1 { "" } else { "s" };
    fr_or_en(
        format!("il y a {n} {fr}{s}"),
        format!("{n} {en}{s} ago"),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_said_with_the_rounded_figures_and_their_direction() {
        let change = Change::Compared {
            first: 45.0,
            last: 72.4,
            some_unmeasured: false,
        };
        assert_eq!(
            change_sentence(Measure::Recommended, change, 7, Lang::Fr),
            "Réponses recommandées\u{202F}: 45\u{202F}% sur vos trois premières tentatives, 72\u{202F}% sur vos trois dernières (en hausse de 27 points)."
        );
        let flat = Change::Compared {
            first: 50.2,
            last: 49.8,
            some_unmeasured: true,
        };
        let text = change_sentence(
            Measure::Point(crate::scenario::KeyPoint::Pace),
            flat,
            7,
            Lang::En,
        );
        assert!(text.contains("50/100 on average"), "{text}");
        assert!(text.ends_with("(no change)."), "{text}");
    }

    #[test]
    fn time_ago_reads_in_whole_units() {
        assert_eq!(ago(30, Lang::Fr), "à l'instant");
        assert_eq!(ago(60, Lang::En), "1 minute ago");
        assert_eq!(ago(2 * 86_400 + 5, Lang::Fr), "il y a 2 jours");
        assert_eq!(ago(3 * 3_600, Lang::En), "3 hours ago");
    }
}
