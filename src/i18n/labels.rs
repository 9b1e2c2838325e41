//! Names of the domain values in both languages.

use super::{Msg, fr_or_en, tr};
use crate::engine::{Mode, Policy, StepReach};
use crate::scenario::{Difficulty, Gender, KeyPoint, Lang, Mood, Outcome};

/// "1. Poser un cadre rassurant" / "1. Set a reassuring frame"…: numbered as
/// the module numbers them, so that a rationale's "(point 1)" reads everywhere.
pub fn key_point(point: KeyPoint, lang: Lang) -> &'static str {
    match point {
        KeyPoint::Frame => fr_or_en(
            "1. Poser un cadre rassurant",
            "1. Set a reassuring frame",
            lang,
        ),
        KeyPoint::Authenticity => fr_or_en("2. Être authentique", "2. Be authentic", lang),
        KeyPoint::NonJudgement => fr_or_en("3. Ne pas juger", "3. Don't judge", lang),
        KeyPoint::Asking => fr_or_en("4. Demander", "4. Ask", lang),
        KeyPoint::Pace => fr_or_en(
            "5. Respecter la temporalité du jeune",
            "5. Respect the young person's pace",
            lang,
        ),
    }
}

/// One word for table headers, numbered: "1. Cadre" / "1. Frame"…
pub fn key_point_short(point: KeyPoint, lang: Lang) -> &'static str {
    match point {
        KeyPoint::Frame => fr_or_en("1. Cadre", "1. Frame", lang),
        KeyPoint::Authenticity => fr_or_en("2. Authenticité", "2. Authenticity", lang),
        KeyPoint::NonJudgement => fr_or_en("3. Non-jugement", "3. No judgement", lang),
        KeyPoint::Asking => fr_or_en("4. Demander", "4. Asking", lang),
        KeyPoint::Pace => fr_or_en("5. Temporalité", "5. Pace", lang),
    }
}

/// The visible mood, agreeing with the speaker's gender in French
/// (neutral: the inclusive form with a middle dot).
pub fn mood(mood: Mood, gender: Gender, lang: Lang) -> &'static str {
    // (feminine, masculine, neutral, English)
    let forms = match mood {
        Mood::Calm => ["calme", "calme", "calme", "calm"],
        Mood::Guarded => [
            "sur la réserve",
            "sur la réserve",
            "sur la réserve",
            "guarded",
        ],
        Mood::Anxious => ["inquiète", "inquiet", "inquiet·ète", "anxious"],
        Mood::Defiant => [
            "sur la défensive",
            "sur la défensive",
            "sur la défensive",
            "defiant",
        ],
        Mood::Sad => ["triste", "triste", "triste", "sad"],
        Mood::Angry => ["en colère", "en colère", "en colère", "angry"],
        Mood::Hesitant => ["hésitante", "hésitant", "hésitant·e", "hesitant"],
        Mood::Relieved => ["soulagée", "soulagé", "soulagé·e", "relieved"],
    };
    gendered(forms, gender, lang)
}

/// The debrief heading over the young person's inner thoughts.
pub fn thoughts_heading(gender: Gender, lang: Lang) -> &'static str {
    match (lang, gender) {
        (Lang::Fr, Gender::Feminine) => "Ce qu'elle pensait",
        (Lang::Fr, Gender::Masculine) => "Ce qu'il pensait",
        (Lang::Fr, Gender::Neutral) => "Ses pensées",
        (Lang::En, Gender::Feminine) => "What she was thinking",
        (Lang::En, Gender::Masculine) => "What he was thinking",
        (Lang::En, Gender::Neutral) => "What they were thinking",
    }
}

/// The presenter's heading over the young person's thought now.
pub fn thinks_now(gender: Gender, lang: Lang) -> &'static str {
    match (lang, gender) {
        (Lang::Fr, Gender::Feminine) => "Ce qu'elle pense",
        (Lang::Fr, Gender::Masculine) => "Ce qu'il pense",
        (Lang::Fr, Gender::Neutral) => "Sa pensée",
        (Lang::En, Gender::Feminine) => "What she thinks",
        (Lang::En, Gender::Masculine) => "What he thinks",
        (Lang::En, Gender::Neutral) => "What they think",
    }
}

/// The hover text of the practice trust indicator.
pub fn trust_help(gender: Gender, lang: Lang) -> &'static str {
    let forms = [
        "Indicateur d'entraînement\u{202F}: la confiance cachée de la jeune",
        "Indicateur d'entraînement\u{202F}: la confiance cachée du jeune",
        "Indicateur d'entraînement\u{202F}: la confiance cachée de la personne",
        "Practice indicator: the young person's hidden trust",
    ];
    gendered(forms, gender, lang)
}

/// Picks among `[feminine, masculine, neutral, English]`.
fn gendered(forms: [&'static str; 4], gender: Gender, lang: Lang) -> &'static str {
    match (lang, gender) {
        (Lang::En, _) => forms[3],
        (Lang::Fr, Gender::Feminine) => forms[0],
        (Lang::Fr, Gender::Masculine) => forms[1],
        (Lang::Fr, Gender::Neutral) => forms[2],
    }
}

/// The kind of ending.
pub fn outcome(outcome: Outcome, lang: Lang) -> &'static str {
    match outcome {
        Outcome::BondKept => fr_or_en("Lien maintenu", "Bond kept", lang),
        Outcome::Disclosure => fr_or_en("Révélation", "Disclosure", lang),
        Outcome::Rupture => fr_or_en("Rupture du lien", "Bond broken", lang),
        Outcome::AtRisk => fr_or_en("Jeune en danger", "Young person at risk", lang),
    }
}

/// A protective step's mark and status: `✓` "Franchie", `✗` "Non franchie",
/// or `○` "Non atteinte" (the interview stopped before it: no reproach).
pub fn checkpoint_status(reach: StepReach, lang: Lang) -> (&'static str, &'static str) {
    match reach {
        StepReach::Taken => ("✓", tr(Msg::CheckpointDone, lang)),
        StepReach::Missed => ("✗", tr(Msg::CheckpointMissed, lang)),
        StepReach::NotReached => (
            "○",
            fr_or_en(
                "Non atteinte\u{202F}: l'entretien s'est arrêté avant",
                "Not reached: the interview stopped before it",
                lang,
            ),
        ),
    }
}

/// The difficulty.
pub fn difficulty(difficulty: Difficulty, lang: Lang) -> &'static str {
    match difficulty {
        Difficulty::Introductory => fr_or_en("Initiation", "Introductory", lang),
        Difficulty::Intermediate => fr_or_en("Intermédiaire", "Intermediate", lang),
        Difficulty::Advanced => fr_or_en("Avancé", "Advanced", lang),
    }
}

/// How a simulation picked the answers.
pub fn policy(policy: Policy, lang: Lang) -> &'static str {
    let (fr, en) = match policy {
        Policy::Random => ("réponses au hasard", "random answers"),
        Policy::Best => ("meilleures réponses", "best answers"),
        Policy::Worst => ("pires réponses", "worst answers"),
        Policy::Longest => (
            "toujours la réponse la plus longue",
            "always the longest answer",
        ),
        Policy::Shortest => (
            "toujours la réponse la plus courte",
            "always the shortest answer",
        ),
    };
    fr_or_en(fr, en, lang)
}

/// `YYYY-MM-DD HH:MM` in local time, from seconds since 1970.
pub fn date(secs: u64) -> String {
    local_time(secs, "%Y-%m-%d %H:%M")
}

/// Seconds since 1970 in local time, set by a `strftime` `format` (file
/// names want other separators than [`date`]); empty when out of range.
pub fn local_time(secs: u64, format: &str) -> String {
    i64::try_from(secs)
        .ok()
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map(|t| t.to_zoned(system_zone()).strftime(format).to_string())
        .unwrap_or_default()
}

/// The largest time-zone file read: real ones are a few kilobytes.
const ZONE_FILE_MAX_BYTES: u64 = 1024 * 1024;

/// The system's time zone, unless `TZ` names a file that is not a regular
/// file of a sensible size (a pipe, `/dev/zero`): reading it would hang or
/// never end, so times are then given in UTC.
fn system_zone() -> jiff::tz::TimeZone {
    static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    ZONE.get_or_init(|| {
        let tz = std::env::var_os("TZ").unwrap_or_default();
        let tz = tz.to_string_lossy();
        let path = std::path::Path::new(tz.strip_prefix(':').unwrap_or(&tz));
        let sane =
            std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= ZONE_FILE_MAX_BYTES);
        if path.is_absolute() && !sane {
            jiff::tz::TimeZone::UTC
        } else {
            jiff::tz::TimeZone::system()
        }
    })
    .clone()
}

/// A mode's name.
pub fn mode_name(mode: Mode, lang: Lang) -> &'static str {
    tr(
        match mode {
            Mode::Practice => Msg::Practice,
            Mode::Assessment => Msg::Assessment,
            Mode::Workshop => Msg::Workshop,
        },
        lang,
    )
}

/// What a mode does, in a sentence.
pub fn mode_help(mode: Mode, lang: Lang) -> &'static str {
    tr(
        match mode {
            Mode::Practice => Msg::PracticeHelp,
            Mode::Assessment => Msg::AssessmentHelp,
            Mode::Workshop => Msg::WorkshopHelp,
        },
        lang,
    )
}

/// The overall result of an assessment, for its debrief: when it was, the
/// share of recommended answers, the protective steps passed, the ending.
pub fn assessment_result(d: &crate::engine::Debrief, started_secs: u64, lang: Lang) -> String {
    let decisions = d.decisions.len();
    let good = d.decisions.iter().filter(|x| x.recommended).count();
    let share = super::whole_percent(good as f32 / decisions.max(1) as f32, lang);
    let passed = d.checkpoints.iter().filter(|c| c.done).count();
    let steps = d.checkpoints.len();
    let e = &d.ending;
    let end = format!(
        "{} ({})",
        super::quoted(e.title.get(lang), lang),
        outcome(e.outcome, lang)
    );
    let when = date(started_secs);
    fr_or_en(
        format!(
            "Évaluation du {when}\u{202F}: {good} réponses recommandées sur {decisions} ({share}), {passed} étapes de protection franchies sur {steps}, fin\u{202F}: {end}."
        ),
        format!(
            "Assessment of {when}: {good} recommended answers out of {decisions} ({share}), {passed} of {steps} protective steps passed, ending: {end}."
        ),
        lang,
    )
}
