//! The five key points explained in one line each, for the legend the
//! trainee opens during the interview and in the debrief. The wording
//! follows the module's summary and the sourced guidance in
//! `shared/domain/notes.md` §3.1–3.5.

use super::fr_or_en;
use crate::scenario::{KeyPoint, Lang};

/// The legend's title.
pub fn title(lang: Lang) -> &'static str {
    fr_or_en("Les cinq points clés", "The five key points", lang)
}

/// What the point asks of the trainee, in one line.
pub fn meaning(point: KeyPoint, lang: Lang) -> &'static str {
    match point {
        KeyPoint::Frame => fr_or_en(
            "Un endroit calme, sans interruption ni pression de temps\u{202F}; dire clairement que parler n'attire pas d'ennuis.",
            "A quiet place, with no interruptions and no time pressure; say clearly that talking will not get anyone into trouble.",
            lang,
        ),
        KeyPoint::Authenticity => fr_or_en(
            "Dire honnêtement ce que vous ferez de ce qui vous est confié\u{202F}; aucune promesse que vous ne pouvez pas tenir, pas de secret absolu.",
            "Say honestly what you will do with what you are told; no promise you cannot keep, no absolute secrecy.",
            lang,
        ),
        KeyPoint::NonJudgement => fr_or_en(
            "Ni reproche, ni morale, ni critique de son «\u{202F}copain\u{202F}»\u{202F}; rien de ce qui s'est passé ne justifie la violence subie.",
            "No reproach, no moralising, no criticism of the “boyfriend”; nothing that happened justifies the violence.",
            lang,
        ),
        KeyPoint::Asking => fr_or_en(
            "Des questions ouvertes (quoi, comment) sur ce qui est vécu\u{202F}; écouter, sans interrogatoire ni recherche de détails.",
            "Open questions (what, how) about what is lived; listen, with no interrogation and no digging for details.",
            lang,
        ),
        KeyPoint::Pace => fr_or_en(
            "Laisser choisir quoi dire et quand\u{202F}; ne pas arriver tout de suite avec des solutions, et y revenir plus tard.",
            "Let them choose what to say and when; do not come straight in with solutions, and come back to it later.",
            lang,
        ),
    }
}
