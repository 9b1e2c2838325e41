//! The words of the reports (an attempt's, a workshop's) and of
//! `entretien report`, beside the app's own ([`super::Msg`]).

use super::fr_or_en;
use crate::scenario::Lang;

/// Messages of the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum RMsg {
    AttemptReport,
    Scenario,
    AttemptId,
    HowItEnded,
    Decisions,
    NoDecision,
    YourAnswer,
    Feedback,
    BestAvailable,
    TimeTaken,
    KeyPoint,
    ThisAttempt,
    ThisWorkshop,
    GoodPractice,
    RaisedBy,
    ReferenceNote,
    RadarTitle,
    Said,
    Reply,
    BestAnswers,
    NoBetterAnswer,
    DiscussionQuestions,
    NoQuestion,
    SessionDate,
    Group,
    Facilitator,
    DiscussionTime,
    MapJump,
    MapJumpNote,
    StoppedEarly,
}

/// The message in `lang`.
pub fn tr_r(msg: RMsg, lang: Lang) -> &'static str {
    let (fr, en) = match msg {
        RMsg::AttemptReport => ("Rapport d'entretien", "Interview report"),
        RMsg::Scenario => ("Scénario", "Scenario"),
        RMsg::AttemptId => ("Identifiant", "Id"),
        RMsg::HowItEnded => ("Issue de l'entretien", "How the interview ended"),
        RMsg::Decisions => ("Décisions", "Decisions"),
        RMsg::NoDecision => ("Aucune décision.", "No decision."),
        RMsg::YourAnswer => ("Votre réponse", "Your answer"),
        RMsg::Feedback => ("Retour", "Feedback"),
        RMsg::BestAvailable => ("Meilleure réponse disponible", "Best answer available"),
        RMsg::TimeTaken => ("Temps de réponse", "Time taken"),
        RMsg::KeyPoint => ("Point clé", "Key point"),
        RMsg::ThisAttempt => ("Cette tentative", "This attempt"),
        RMsg::ThisWorkshop => ("Cet atelier", "This workshop"),
        RMsg::GoodPractice => (
            "Bonne pratique à chaque décision",
            "Good practice at every decision",
        ),
        RMsg::RaisedBy => ("Réponses qui l'ont renforcé", "Answers that raised it"),
        RMsg::ReferenceNote => (
            "La ligne pointillée est le profil d'un parcours qui prend une réponse recommandée à chaque décision de ce scénario.",
            "The dashed line is the profile of a path that takes a recommended answer at every decision of this scenario.",
        ),
        RMsg::RadarTitle => ("Radar des cinq points clés", "Radar of the five key points"),
        RMsg::Said => ("Ses mots", "Words"),
        RMsg::Reply => ("Réplique", "Reply"),
        RMsg::BestAnswers => ("Meilleures réponses disponibles", "Best answers available"),
        RMsg::NoBetterAnswer => (
            "Aucune décision n'avait de meilleure réponse disponible.",
            "No decision had a better answer available.",
        ),
        RMsg::DiscussionQuestions => ("Questions pour la discussion", "Questions for discussion"),
        RMsg::NoQuestion => (
            "Le scénario ne propose pas de question pour ces moments.",
            "The scenario offers no question for these moments.",
        ),
        RMsg::SessionDate => ("Date de la séance\u{202F}:", "Session date:"),
        RMsg::Group => ("Groupe\u{202F}:", "Group:"),
        RMsg::Facilitator => ("Animation\u{202F}:", "Facilitator:"),
        RMsg::DiscussionTime => ("Temps de discussion", "Discussion time"),
        RMsg::MapJump => ("Saut par la carte", "Jump on the map"),
        RMsg::MapJumpNote => (
            "La salle est allée à un autre moment par la carte des embranchements\u{202F}: ces décisions ont été prises sans vote, sur le chemin le plus court.",
            "The room went to another moment through the branch map: these decisions were taken without a vote, on the shortest way there.",
        ),
        RMsg::StoppedEarly => (
            "L'atelier s'est arrêté avant la fin du scénario.",
            "The workshop stopped before the end of the scenario.",
        ),
    };
    fr_or_en(fr, en, lang)
}

/// The heading over the young person's side: « Du côté de Léa ».
pub fn side_of(name: &str, lang: Lang) -> String {
    fr_or_en(format!("Du côté de {name}"), format!("{name}'s side"), lang)
}

/// A duration: `45 s`, `2 min 05 s`.
pub fn duration(ms: u64) -> String {
    let secs = (ms + 500) / 1000;
    let (min, sec) = (secs / 60, secs % 60);
    if min == 0 {
        format!("{sec}\u{a0}s")
    } else {
        format!("{min}\u{a0}min {sec:02}\u{a0}s")
    }
}

/// The CLI's messages about `entretien report`.
pub mod cli {
    use super::fr_or_en;
    use crate::scenario::Lang;

    /// No attempt has this id.
    pub fn unknown_id(id: &str, lang: Lang) -> String {
        fr_or_en(
            format!(
                "Aucune tentative n'a l'identifiant «\u{202F}{id}\u{202F}», et ce n'est pas un fichier d'atelier. \
                 Voyez les identifiants avec «\u{202F}entretien history\u{202F}»."
            ),
            format!(
                "No attempt has the id \"{id}\", and it is not a workshop file. \
                 See the ids with \"entretien history\"."
            ),
            lang,
        )
    }

    /// Several ids start with it.
    pub fn ambiguous(id: &str, count: usize, lang: Lang) -> String {
        fr_or_en(
            format!(
                "{count} tentatives ont un identifiant qui commence par «\u{202F}{id}\u{202F}»\u{202F}: \
                 donnez-en plus de caractères (voyez «\u{202F}entretien history\u{202F}»)."
            ),
            format!(
                "{count} attempts have an id starting with \"{id}\": give more of its characters \
                 (see \"entretien history\")."
            ),
            lang,
        )
    }

    /// The scenario of an attempt is not found.
    pub fn no_scenario(id: &str, scenario: &str, lang: Lang) -> String {
        fr_or_en(
            format!(
                "La tentative {id} a été jouée sur le scénario «\u{202F}{scenario}\u{202F}», introuvable ou invalide. \
                 Donnez son dossier avec --scenarios DIR."
            ),
            format!(
                "Attempt {id} was played on scenario \"{scenario}\", which is not found or not valid. \
                 Give its folder with --scenarios DIR."
            ),
            lang,
        )
    }

    /// The record no longer replays.
    pub fn no_replay(id: &str, why: &str, lang: Lang) -> String {
        fr_or_en(
            format!(
                "La tentative {id} ne se rejoue plus sur le scénario tel qu'il est ({why})\u{202F}: \
                 son rapport ne peut pas être refait. Le tableau d'«\u{202F}entretien history\u{202F}» la garde."
            ),
            format!(
                "Attempt {id} no longer replays on the scenario as it is now ({why}): \
                 its report cannot be made again. \"entretien history\" still lists it."
            ),
            lang,
        )
    }

    /// A workshop file that does not read.
    pub fn bad_workshop(path: &str, why: &str, lang: Lang) -> String {
        fr_or_en(
            format!(
                "{path}\u{202F}: ce n'est pas un atelier enregistré ({why}). \
                 Donnez le fichier .ron qu'Entretien garde à côté du compte rendu de l'atelier."
            ),
            format!(
                "{path}: not a saved workshop ({why}). \
                 Give the .ron file Entretien keeps beside the workshop's summary."
            ),
            lang,
        )
    }

    /// `--format pdf` needs a file.
    pub fn pdf_needs_output(lang: Lang) -> &'static str {
        fr_or_en(
            "Le format pdf s'écrit dans un fichier\u{202F}: ajoutez -o FICHIER.pdf.",
            "The pdf format is written to a file: add -o FILE.pdf.",
            lang,
        )
    }

    /// xAPI statements are per attempt.
    pub fn xapi_per_attempt(lang: Lang) -> &'static str {
        fr_or_en(
            "Les énoncés xAPI décrivent une tentative\u{202F}: donnez l'identifiant d'une tentative (entretien history), pas un atelier.",
            "xAPI statements describe one attempt: give an attempt's id (entretien history), not a workshop.",
            lang,
        )
    }

    /// Written.
    pub fn written(path: &str, lang: Lang) -> String {
        fr_or_en(
            format!("Écrit\u{202F}: {path}"),
            format!("Written: {path}"),
            lang,
        )
    }
}
