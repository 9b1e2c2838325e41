//! Names of the domain values in both languages.

use crate::engine::Policy;
use crate::scenario::{Difficulty, KeyPoint, Lang, Mood, Outcome};

/// "Poser un cadre rassurant" / "Set a reassuring frame"…
pub fn key_point(point: KeyPoint, lang: Lang) -> &'static str {
    let fr = lang == Lang::Fr;
    match point {
        KeyPoint::Frame => {
            if fr {
                "Poser un cadre rassurant"
            } else {
                "Set a reassuring frame"
            }
        }
        KeyPoint::Authenticity => {
            if fr {
                "Être authentique"
            } else {
                "Be authentic"
            }
        }
        KeyPoint::NonJudgement => {
            if fr {
                "Ne pas juger"
            } else {
                "Don't judge"
            }
        }
        KeyPoint::Asking => {
            if fr {
                "Demander"
            } else {
                "Ask"
            }
        }
        KeyPoint::Pace => {
            if fr {
                "Respecter la temporalité du jeune"
            } else {
                "Respect the young person's pace"
            }
        }
    }
}

/// One word for table headers: "Cadre" / "Frame"…
pub fn key_point_short(point: KeyPoint, lang: Lang) -> &'static str {
    let fr = lang == Lang::Fr;
    match point {
        KeyPoint::Frame => {
            if fr {
                "Cadre"
            } else {
                "Frame"
            }
        }
        KeyPoint::Authenticity => {
            if fr {
                "Authenticité"
            } else {
                "Authenticity"
            }
        }
        KeyPoint::NonJudgement => {
            if fr {
                "Non-jugement"
            } else {
                "No judgement"
            }
        }
        KeyPoint::Asking => {
            if fr {
                "Demander"
            } else {
                "Asking"
            }
        }
        KeyPoint::Pace => {
            if fr {
                "Temporalité"
            } else {
                "Pace"
            }
        }
    }
}

/// The visible mood.
pub fn mood(mood: Mood, lang: Lang) -> &'static str {
    let fr = lang == Lang::Fr;
    match mood {
        Mood::Calm => {
            if fr {
                "calme"
            } else {
                "calm"
            }
        }
        Mood::Guarded => {
            if fr {
                "sur la réserve"
            } else {
                "guarded"
            }
        }
        Mood::Anxious => {
            if fr {
                "inquiète"
            } else {
                "anxious"
            }
        }
        Mood::Defiant => {
            if fr {
                "sur la défensive"
            } else {
                "defiant"
            }
        }
        Mood::Sad => {
            if fr {
                "triste"
            } else {
                "sad"
            }
        }
        Mood::Angry => {
            if fr {
                "en colère"
            } else {
                "angry"
            }
        }
        Mood::Hesitant => {
            if fr {
                "hésitante"
            } else {
                "hesitant"
            }
        }
        Mood::Relieved => {
            if fr {
                "soulagée"
            } else {
                "relieved"
            }
        }
    }
}

/// The kind of ending.
pub fn outcome(outcome: Outcome, lang: Lang) -> &'static str {
    let fr = lang == Lang::Fr;
    match outcome {
        Outcome::BondKept => {
            if fr {
                "Lien maintenu"
            } else {
                "Bond kept"
            }
        }
        Outcome::Disclosure => {
            if fr {
                "Révélation"
            } else {
                "Disclosure"
            }
        }
        Outcome::Rupture => {
            if fr {
                "Rupture du lien"
            } else {
                "Bond broken"
            }
        }
        Outcome::AtRisk => {
            if fr {
                "Jeune en danger"
            } else {
                "Young person at risk"
            }
        }
    }
}

/// The difficulty.
pub fn difficulty(difficulty: Difficulty, lang: Lang) -> &'static str {
    let fr = lang == Lang::Fr;
    match difficulty {
        Difficulty::Introductory => {
            if fr {
                "Initiation"
            } else {
                "Introductory"
            }
        }
        Difficulty::Intermediate => {
            if fr {
                "Intermédiaire"
            } else {
                "Intermediate"
            }
        }
        Difficulty::Advanced => {
            if fr {
                "Avancé"
            } else {
                "Advanced"
            }
        }
    }
}

/// How a simulation picked the answers.
pub fn policy(policy: Policy, lang: Lang) -> &'static str {
    let (fr, en) = match policy {
        Policy::Random => ("réponses au hasard", "random answers"),
        Policy::Best => ("meilleures réponses", "best answers"),
        Policy::Worst => ("pires réponses", "worst answers"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}
