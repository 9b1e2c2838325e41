//! Messages of the pedagogical audit (`entretien audit`, and the warnings
//! `entretien check` adds from it), in French and English. Each rule and
//! its fix are explained at length in docs/checker.md.

use super::fr_or_en;
use super::percent;
use crate::scenario::{Lang, ProblemKind};

/// A share given in per mille, as a percentage with one decimal.
fn pm(permille: u32, lang: Lang) -> String {
    percent(f64::from(permille) / 1000.0, lang)
}

/// "français" / "French" for the language measured.
pub(super) fn language(measured: Lang, lang: Lang) -> &'static str {
    match (measured, lang) {
        (Lang::Fr, Lang::Fr) => "français",
        (Lang::En, Lang::Fr) => "anglais",
        (Lang::Fr, Lang::En) => "French",
        (Lang::En, Lang::En) => "English",
    }
}

/// What is wrong and how to fix it, for the audit's kinds; `None` for
/// the others.
pub fn message_and_hint(kind: &ProblemKind, lang: Lang) -> Option<(String, String)> {
    let pick = |f: String, e: String| fr_or_en(f, e, lang);
    use ProblemKind as K;
    let pair = match kind {
        K::GuesserWins {
            policy,
            lang: measured,
            share,
            limit,
        } => {
            let longest = policy == "longest";
            let (who_fr, who_en) = if longest {
                ("toujours la réponse la plus longue", "always the longest answer")
            } else {
                ("toujours la réponse la plus courte", "always the shortest answer")
            };
            let l = language(*measured, lang);
            (
                pick(
                    format!(
                        "sans rien lire, en choisissant {who_fr} ({l}), on arrive à une bonne fin dans {} des cas (au plus {} permis)",
                        pm(*share, lang),
                        pm(*limit, lang)
                    ),
                    format!(
                        "without reading, picking {who_en} ({l}) reaches a good ending in {} of runs (at most {} allowed)",
                        pm(*share, lang),
                        pm(*limit, lang)
                    ),
                ),
                pick(
                    "équilibrez les longueurs\u{202f}: des erreurs longues, chaleureuses et plausibles, des bonnes réponses parfois courtes (voir «\u{202f}entretien audit\u{202f}»)".into(),
                    "balance the lengths: long, warm, plausible mistakes, and good answers that are sometimes short (see `entretien audit`)".into(),
                ),
            )
        }
        K::LengthTell {
            lang: measured,
            longest_good,
            decisions,
        } => {
            let l = language(*measured, lang);
            (
                pick(
                    format!("la réponse la plus longue est la bonne pratique dans {longest_good} décisions sur {decisions} ({l}, 60\u{202f}% au plus)"),
                    format!("the longest answer is good practice in {longest_good} of {decisions} decisions ({l}, at most 60%)"),
                ),
                pick(
                    "dans ces décisions, allongez une erreur tentante (la leçon bienveillante, la fausse garantie) ou raccourcissez une bonne réponse («\u{202f}Relou comment\u{202f}?\u{202f}»)\u{202f}; «\u{202f}entretien audit\u{202f}» les liste".into(),
                    "in those decisions, lengthen a tempting mistake (the kind lecture, the false guarantee) or shorten a good answer (\"Annoying how?\"); `entretien audit` lists them".into(),
                ),
            )
        }
        K::LengthRatio {
            lang: measured,
            ratio,
        } => {
            let l = language(*measured, lang);
            let r = super::decimal(f64::from(*ratio) / 1000.0, 2, lang);
            (
                pick(
                    format!("les bonnes réponses font en moyenne {r} fois la longueur des autres ({l}, entre 0,8 et 1,25 attendu)"),
                    format!("good answers are on average {r} times as long as the others ({l}, 0.8 to 1.25 expected)"),
                ),
                pick(
                    "rapprochez les longueurs\u{202f}: les erreurs peuvent être longues et chaleureuses, les bonnes réponses courtes".into(),
                    "bring the lengths closer: mistakes can be long and warm, good answers short".into(),
                ),
            )
        }
        K::SeriousFaultDisclosure { ending } => (
            pick(
                format!("après cette réponse notée −2, la fin de révélation «\u{202f}{ending}\u{202f}» reste atteignable"),
                format!("after this answer scored −2, the disclosure ending \"{ending}\" can still be reached"),
            ),
            pick(
                "une faute grave coûte la révélation\u{202f}: menez-la vers une fin qui n'est pas une révélation, sur tous les chemins".into(),
                "a serious fault costs the disclosure: lead it to an ending that is not a disclosure, on every path".into(),
            ),
        ),
        K::SeriousFaultUnrepaired { ending } => (
            pick(
                format!("après cette réponse notée −2, la bonne fin «\u{202f}{ending}\u{202f}» est atteignable sans réparation"),
                format!("after this answer scored −2, the good ending \"{ending}\" can be reached without a repair"),
            ),
            pick(
                "ne laissez une bonne fin qu'au-delà d'une réponse qui répare (marquée `repair: true`), ou fermez-la".into(),
                "keep a good ending only beyond an answer that repairs (marked `repair: true`), or close it".into(),
            ),
        ),
        K::CostlessMistake {
            good_best,
            good_it,
            disclosure_best,
            disclosure_it,
        } => (
            pick(
                format!(
                    "cette erreur ne coûte presque rien\u{202f}: bonnes fins {} → {}, révélation {} → {} (5 points de moins au moins attendus)",
                    pm(*good_best, lang), pm(*good_it, lang), pm(*disclosure_best, lang), pm(*disclosure_it, lang)
                ),
                format!(
                    "this mistake costs almost nothing: good endings {} → {}, disclosure {} → {} (at least 5 points less expected)",
                    pm(*good_best, lang), pm(*good_it, lang), pm(*disclosure_best, lang), pm(*disclosure_it, lang)
                ),
            ),
            pick(
                "faites-lui coûter quelque chose de visible (confiance, une porte qui se ferme), ou marquez-la `minor: \"pourquoi\"`".into(),
                "make it cost something visible (trust, a door that closes), or mark it `minor: \"why\"`".into(),
            ),
        ),
        K::TwoFaultsForgiven { best, two_faults } => (
            pick(
                format!("avec deux erreurs, on arrive encore à une bonne fin dans {} des cas (meilleure pratique\u{202f}: {}\u{202f}; 30 points de moins au moins attendus)", pm(*two_faults, lang), pm(*best, lang)),
                format!("with two mistakes, a good ending still comes in {} of runs (best practice: {}; at least 30 points less expected)", pm(*two_faults, lang), pm(*best, lang)),
            ),
            pick(
                "faites peser les erreurs sur la confiance et sur les fins («\u{202f}simulate --policy best --faults 2\u{202f}» montre où)".into(),
                "make mistakes weigh on trust and on the endings (`simulate --policy best --faults 2` shows where)".into(),
            ),
        ),
        K::SoonerByMistake {
            decisions,
            good_practice,
            script,
        } => {
            let (never_fr, never_en) = ("jamais".to_owned(), "never".to_owned());
            let gp_fr = good_practice.map_or(never_fr, |n| format!("en {n}"));
            let gp_en = good_practice.map_or(never_en, |n| format!("in {n}"));
            (
                pick(
                    format!("avec cette erreur, la révélation arrive en {decisions} décisions, la bonne pratique seule {gp_fr}\u{202f}; un chemin possible, selon les tirages\u{202f}: {script}"),
                    format!("with this mistake the disclosure comes in {decisions} decisions, good practice alone {gp_en}; a possible path, as the draws fall: {script}"),
                ),
                pick(
                    "une erreur ne doit jamais ouvrir la révélation plus tôt\u{202f}: retardez-la sur ce chemin ou ouvrez-la aussi tôt à la bonne pratique".into(),
                    "a mistake must never open the disclosure sooner: delay it on this path or open it as early to good practice".into(),
                ),
            )
        }
        K::BetterThanGood {
            state,
            states,
            its,
            good,
            good_key,
        } => (
            pick(
                format!("cette erreur donne plus de chances d'une bonne fin ({}) que la meilleure bonne réponse «\u{202f}{good_key}\u{202f}» ({}) dans {states} état(s), par exemple {state}", pm(*its, lang), pm(*good, lang)),
                format!("this mistake gives a better chance of a good ending ({}) than the best good answer \"{good_key}\" ({}) in {states} state(s), for instance {state}", pm(*its, lang), pm(*good, lang)),
            ),
            pick(
                "une erreur ne doit jamais mieux réussir que la bonne pratique\u{202f}: revoyez ses effets et sa suite".into(),
                "a mistake must never do better than good practice: review its effects and where it leads".into(),
            ),
        ),
        K::SeriousBeatsLesser {
            state,
            states,
            its,
            lesser,
            lesser_key,
        } => (
            pick(
                format!("cette faute grave (−2) donne plus de chances d'une bonne fin ({}) que l'erreur moindre «\u{202f}{lesser_key}\u{202f}» ({}) dans {states} état(s), par exemple {state}", pm(*its, lang), pm(*lesser, lang)),
                format!("this serious fault (−2) gives a better chance of a good ending ({}) than the lesser mistake \"{lesser_key}\" ({}) in {states} state(s), for instance {state}", pm(*its, lang), pm(*lesser, lang)),
            ),
            pick(
                "une faute plus grave ne doit jamais mieux finir qu'une maladresse\u{202f}: offrez la même réparation après l'erreur moindre, ou fermez davantage après la faute grave".into(),
                "a worse fault must never end better than a lesser slip: offer the same repair after the lesser mistake, or close more after the serious fault".into(),
            ),
        ),
        K::CreditContradicted { checkpoint, flag } => (
            pick(
                format!("l'étape «\u{202f}{checkpoint}\u{202f}» est créditée à cette fin alors que «\u{202f}{flag}\u{202f}», qui la contredit, est resté posé"),
                format!("the step \"{checkpoint}\" is credited at this ending while \"{flag}\", which contradicts it, still stands"),
            ),
            pick(
                "n'accordez l'étape que si le drapeau a été levé (`when: NotFlag(…)` sur le choix qui la franchit), ou faites lever le drapeau par la réponse qui répare".into(),
                "grant the step only when the flag is not set (`when: NotFlag(…)` on the choice that passes it), or clear the flag in the answer that repairs".into(),
            ),
        ),
        K::NeverRead { name } => (
            pick(
                format!("«\u{202f}{name}\u{202f}» change mais rien ne le lit\u{202f}: ce qu'il enregistre ne coûte rien"),
                format!("\"{name}\" changes but nothing reads it: what it records costs nothing"),
            ),
            pick(
                "lisez-le dans une condition (une suite, une variante, un choix), ou retirez-le".into(),
                "read it in a condition (a route, a variant, a choice), or remove it".into(),
            ),
        ),
        K::NeverSet { name } => (
            pick(
                format!("«\u{202f}{name}\u{202f}» est lu mais rien ne le change\u{202f}: les conditions sur lui ne changent jamais"),
                format!("\"{name}\" is read but nothing changes it: the conditions on it never change"),
            ),
            pick(
                "faites-le changer par un effet (`SetFlag`, `Add`), ou retirez ces conditions".into(),
                "change it with an effect (`SetFlag`, `Add`), or remove those conditions".into(),
            ),
        ),
        K::HiddenStake { name } => (
            pick(
                format!("la variable «\u{202f}{name}\u{202f}» oriente l'histoire mais n'est jamais montrée au stagiaire"),
                format!("the variable \"{name}\" steers the story but is never shown to the trainee"),
            ),
            pick(
                "ajoutez `shown: (fr: …, en: …)` à la variable\u{202f}: le nom sous lequel le mode entraînement la montre".into(),
                "add `shown: (fr: …, en: …)` to the variable: the name practice mode shows it under".into(),
            ),
        ),
        K::LineNeverSaid { variant } => (
            match variant {
                Some(v) => pick(
                    format!("aucun état ne fait dire la variante «\u{202f}{v}\u{202f}»"),
                    format!("no state makes the variant \"{v}\" be said"),
                ),
                None => pick(
                    "aucun état ne fait dire la réplique principale\u{202f}: une variante conditionnelle la remplace toujours".into(),
                    "no state makes the main line be said: a conditional variant always replaces it".into(),
                ),
            },
            pick(
                "revoyez la condition `when` (les variantes dont la condition tient passent avant la réplique principale), ou retirez la ligne".into(),
                "review the `when` condition (variants whose condition holds come before the main line), or remove the line".into(),
            ),
        ),
        _ => return None,
    };
    Some(pair)
}
