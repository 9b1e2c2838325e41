//! The words of the spoken closing's shared phrases (the engine picks
//! them, see `engine::closing`). Each is recorded as it is written here:
//! keep the texts and the voices together (`entretien voice-script`).
//! One recording serves every scenario, so the French never depends on the
//! young person's gender: « la personne en face de vous… celle qu'elle
//! présente » agrees for a girl and a boy alike.

use crate::engine::{ClosingPart, Phrase};
use crate::scenario::media::closing_file;
use crate::scenario::voices::{LineKind, VoiceLine};
use crate::scenario::{KeyPoint, Lang, Scenario, Text};

/// The words of a part of the closing.
pub fn part_text(scenario: &Scenario, part: ClosingPart, lang: Lang) -> &str {
    match part {
        ClosingPart::Phrase(p) => phrase(p, lang),
        ClosingPart::Ending(e) => scenario
            .endings
            .get(e as usize)
            .map_or("", |e| e.text.get(lang)),
        ClosingPart::Checkpoint(i) => scenario
            .checkpoints
            .get(i)
            .map_or("", |c| c.label.get(lang)),
    }
}

/// The recording script of the shared phrases, in the order of
/// [`Phrase::all`]: said by the narrator, recorded once for every scenario
/// in `assets/audio/closing/<lang>/<stem>.ogg`.
pub fn recording_script() -> Vec<VoiceLine> {
    Phrase::all()
        .into_iter()
        .map(|p| {
            let stem = p.stem();
            VoiceLine {
                line_id: p.line_id(),
                kind: LineKind::Closing,
                voice: None,
                mood: None,
                cue: None,
                text: Text {
                    fr: phrase(p, Lang::Fr).to_owned(),
                    en: phrase(p, Lang::En).to_owned(),
                },
                fr: closing_file(&stem, Lang::Fr),
                en: closing_file(&stem, Lang::En),
                stem,
            }
        })
        .collect()
}

/// The phrase in `lang`.
pub fn phrase(p: Phrase, lang: Lang) -> &'static str {
    use KeyPoint as K;
    let (fr, en) = match p {
        Phrase::Intro => (
            "L'entretien est terminé. Voici ce qu'on peut en retenir.",
            "The interview is over. Here is what to take from it.",
        ),
        Phrase::WentWell(K::Frame) => (
            "Vous avez posé un cadre rassurant, un moment où parler était possible.",
            "You set a reassuring frame, a moment where talking was possible.",
        ),
        Phrase::TryNext(K::Frame) => (
            "La prochaine fois, posez d'abord un cadre rassurant et informel, sans interrogatoire ni menace de sanction.",
            "Next time, first set a reassuring, informal frame, with no interrogation and no threat of sanction.",
        ),
        Phrase::WentWell(K::Authenticity) => (
            "Votre parole était authentique\u{202F}: vous avez dit votre inquiétude et la vérité sur ce que vous alliez faire.",
            "You stayed authentic: you said you were worried, and told the truth about what you would do.",
        ),
        Phrase::TryNext(K::Authenticity) => (
            "La prochaine fois, soyez authentique\u{202F}: dites votre inquiétude, et ne promettez rien que vous ne pourrez pas tenir.",
            "Next time, be authentic: say you are worried, and promise nothing you cannot keep.",
        ),
        Phrase::WentWell(K::NonJudgement) => (
            "Vous n'avez porté aucun jugement, ni sur la personne en face de vous, ni sur celle qu'elle présente comme son copain.",
            "You judged no one: neither the young person, nor the one they call their boyfriend.",
        ),
        Phrase::TryNext(K::NonJudgement) => (
            "La prochaine fois, évitez tout jugement, sur la personne en face de vous comme sur celle qu'elle présente comme son copain\u{202F}: c'est ce qui garde le lien.",
            "Next time, avoid any judgement, of the young person or of the one they call their boyfriend: that is what keeps the bond.",
        ),
        Phrase::WentWell(K::Asking) => (
            "Vous avez osé demander, avec des questions ouvertes, ce qui se passait.",
            "You dared to ask, with open questions, what was going on.",
        ),
        Phrase::TryNext(K::Asking) => (
            "La prochaine fois, osez demander, avec des questions ouvertes, ce qui se passe et ce dont la personne a besoin.",
            "Next time, dare to ask, with open questions, what is going on and what the young person needs.",
        ),
        Phrase::WentWell(K::Pace) => (
            "Vous avez respecté son rythme, sans forcer les confidences.",
            "You respected their pace, without forcing them to confide.",
        ),
        Phrase::TryNext(K::Pace) => (
            "La prochaine fois, respectez son rythme\u{202F}: fixez des objectifs à court terme, et revenez vers la personne plutôt que de tout obtenir en une fois.",
            "Next time, respect their pace: set short-term goals, and come back to them rather than getting everything at once.",
        ),
        Phrase::Missed => ("Ce qui a manqué\u{202F}:", "What was missed:"),
        Phrase::Help => (
            "En cas de doute, ne gardez pas vos questions pour vous. Child Focus répond au 116 000, et des centres spécialisés peuvent vous conseiller\u{202F}: Sürya en Wallonie, Pag-Asa à Bruxelles, Payoke en Flandre. Tout est dans Ressources.",
            "When in doubt, do not keep your questions to yourself. Child Focus answers on 116 000, and specialised centres can advise you: Sürya in Wallonia, Pag-Asa in Brussels, Payoke in Flanders. Everything is under Resources.",
        ),
        Phrase::Outro => (
            "Prenez un moment pour vous avant de passer à autre chose.",
            "Take a moment for yourself before moving on.",
        ),
    };
    super::fr_or_en(fr, en, lang)
}
