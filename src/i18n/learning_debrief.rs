//! The words of the debrief's other pages (issue 21): the young person's
//! side of each answer, and a fork set beside the run it was played on
//! from.

use super::fr_or_en;
use crate::scenario::{Gender, Lang};

/// The trainee's own debrief, as a page beside the others.
pub fn debrief_page(lang: Lang) -> &'static str {
    fr_or_en("Votre bilan", "Your debrief", lang)
}

/// The page of the young person's side: "Du côté de Kelly".
pub fn their_side(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Du côté de {name}"),
        Lang::En => format!("{name}'s side"),
    }
}

/// What the young person's page shows, in one sentence.
pub fn their_side_intro(name: &str, gender: Gender, lang: Lang) -> String {
    let (fr, en) = match gender {
        Gender::Feminine => ("ce qu'elle pensait", "what she was thinking"),
        Gender::Masculine => ("ce qu'il pensait", "what he was thinking"),
        Gender::Neutral => ("ses pensées", "what they were thinking"),
    };
    match lang {
        Lang::Fr => format!(
            "Chacune de vos réponses vue par {name}\u{202F}: ce qui venait d'être dit, {fr}, votre réponse, ce qui a monté ou baissé, puis la réponse qui a suivi."
        ),
        Lang::En => format!(
            "Each of your answers as {name} lived it: what had just been said, {en}, your answer, what rose or fell, then the reply that followed."
        ),
    }
}

/// Who replied: "Kelly répond".
pub fn replies(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{name} répond"),
        Lang::En => format!("{name} replies"),
    }
}

/// The page that sets a fork beside its original.
pub fn compare_page(lang: Lang) -> &'static str {
    fr_or_en(
        "Comparer avec l'essai précédent",
        "Compare with the previous attempt",
        lang,
    )
}

/// The run a fork was played on from.
pub fn previous_attempt(lang: Lang) -> &'static str {
    fr_or_en("Essai précédent", "Previous attempt", lang)
}

/// The fork itself.
pub fn this_attempt(lang: Lang) -> &'static str {
    fr_or_en("Cet essai", "This attempt", lang)
}

/// Where the trainee asked to play again.
pub fn resumed_at(decision: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Vous avez repris l'essai précédent à la décision {decision}."),
        Lang::En => format!("You played the previous attempt again from decision {decision}."),
    }
}

/// Where the two runs part: « À partir de la décision N ».
pub fn diverged_at(decision: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "Identiques jusque-là, les deux essais diffèrent à partir de la décision {decision}."
        ),
        Lang::En => {
            format!("The same until then, the two attempts differ from decision {decision} on.")
        }
    }
}

/// The fork took every step the original took.
pub fn identical(lang: Lang) -> &'static str {
    fr_or_en(
        "Vous avez refait les mêmes choix\u{202F}: les deux essais sont identiques.",
        "You made the same choices again: the two attempts are the same.",
        lang,
    )
}

/// Which run the change column subtracts from which.
pub fn change_explained(lang: Lang) -> &'static str {
    fr_or_en(
        "Écart\u{202F}: cet essai par rapport à l'essai précédent (▲ plus haut, ▼ plus bas, = pareil).",
        "Change: this attempt against the previous one (▲ higher, ▼ lower, = the same).",
        lang,
    )
}

/// The change column's heading.
pub fn change(lang: Lang) -> &'static str {
    fr_or_en("Écart", "Change", lang)
}

/// The endings' row.
pub fn ending(lang: Lang) -> &'static str {
    fr_or_en("Fin", "Ending", lang)
}

/// The row of the share of recommended answers.
pub fn recommended_answers(lang: Lang) -> &'static str {
    fr_or_en("Réponses recommandées", "Recommended answers", lang)
}

/// A change of a share, in percentage points: "▲ +20 pts" (the same
/// abbreviation in both languages).
pub fn points_change(delta: i32) -> String {
    match delta {
        0 => "=".to_owned(),
        _ => format!("{} pts", signed(delta)),
    }
}

/// A signed change with its mark, never colour alone: "▲ +12", "▼ −5", "=".
pub fn signed(delta: i32) -> String {
    match delta {
        d if d > 0 => format!("▲ +{d}"),
        d if d < 0 => format!("▼ \u{2212}{}", d.unsigned_abs()),
        _ => "=".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_says_its_direction_in_a_mark_and_a_sign() {
        assert_eq!(signed(12), "▲ +12");
        assert_eq!(signed(-5), "▼ \u{2212}5");
        assert_eq!(signed(0), "=");
        assert_eq!(points_change(-20), "▼ \u{2212}20 pts");
    }
}
