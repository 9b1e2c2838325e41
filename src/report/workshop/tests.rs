#![allow(clippy::unwrap_used)]

use super::*;
use crate::engine::letter;

/// The documented template, checked.
fn template() -> crate::scenario::Scenario {
    let src = include_str!("../../../docs/template.ron");
    let limits = crate::scenario::load::Limits::default();
    (crate::scenario::check::check_source(src, "template.ron", None, &limits).scenario)
        .expect("the template is valid")
}

/// The letter position of the answer with `key` on screen now.
fn position(s: &Scenario, w: &Workshop, key: &str) -> usize {
    w.offers(s)
        .iter()
        .position(|o| o.choice.key == key)
        .unwrap_or_else(|| panic!("{key} is not offered"))
}

/// The table row of the answer with `key` at decision `n` (from 1).
fn row<'a>(md: &'a str, n: usize, text: &str) -> &'a str {
    let heading = md.find(&format!(" {n}\n")).unwrap();
    md[heading..]
        .lines()
        .find(|l| l.starts_with("| ") && l.contains(text))
        .unwrap_or_else(|| panic!("no row for {text} at decision {n}:\n{md}"))
}

/// Accueil: the room votes "direct" 5 to 2, the facilitator follows
/// "cadre"; secret: "promesse" by majority, scores hidden; confidence: no
/// votes, so no majority; then a narration and the ending.
fn played(lang: Lang) -> (Scenario, Workshop, [char; 3]) {
    let s = template();
    let mut w = Workshop::new(&s, 1, lang, 0);
    let (cadre, direct) = (position(&s, &w, "cadre"), position(&s, &w, "direct"));
    w.vote(direct, 5);
    w.vote(cadre, 2);
    w.set_revealed(true);
    follow(&s, &mut w, cadre);
    let promesse = position(&s, &w, "promesse");
    w.vote(promesse, 3);
    follow(&s, &mut w, promesse);
    follow(&s, &mut w, 0);
    follow(&s, &mut w, 0);
    assert!(w.over(), "the template ended");
    (s, w, [letter(cadre), letter(direct), letter(promesse)])
}

/// Follows answer `n`, and goes on past what the room is shown of it.
fn follow(s: &Scenario, w: &mut Workshop, n: usize) {
    w.follow(s, n, 1).unwrap();
    if w.outcome_shown() {
        w.next(s, 1).unwrap();
    }
}

/// Asserts that `md` holds each of `parts`.
fn holds(md: &str, parts: &[&str]) {
    for part in parts {
        assert!(md.contains(part), "no {part:?} in:\n{md}");
    }
}

#[test]
fn the_french_report_has_the_votes_the_answers_followed_and_the_ending() {
    let (s, w, [cadre, direct, promesse]) = played(Lang::Fr);
    let md = workshop_summary(&w, &s, Lang::Fr, 0);
    assert!(md.starts_with("# Atelier — "), "{md}");
    let direct_row = row(&md, 1, "un homme plus âgé");
    assert!(
        direct_row.starts_with(&format!("| {direct} |")),
        "{direct_row}"
    );
    assert!(direct_row.ends_with("| 5 | non |"), "{direct_row}");
    assert!(row(&md, 1, "Merci d'être venue").ends_with("| 2 | oui |"));
    assert!(row(&md, 2, "Promis, ça reste").ends_with("| 3 | non |"));
    holds(
        &md,
        &[
            "**Date**\u{202F}: 01/01/1970, 00:00",
            "**Langue**\u{202F}: français",
            &format!(
                "**Réponse suivie**\u{202F}: {cadre} — autre réponse que celle de la majorité ({direct})"
            ),
            &format!("{promesse} — majorité de la salle"),
            "choix de l'animation, faute de majorité",
            "**Scores révélés**\u{202F}: oui",
            "**Scores révélés**\u{202F}: non",
            "Léa\u{202F}: «\u{202F}Ouais… Vous vouliez me voir\u{202F}?\u{202F}»",
            "**Réplique — Léa**\u{202F}: «\u{202F}Vous le direz",
            "**Étape franchie**\u{202F}: Conclure",
            // The narration of a "Continuer" step, as context.
            "*Léa est partie.",
            "### Décision 3",
            "## Issue de l'entretien\n\n**Une promesse intenable** — Rupture du lien",
            "**À retenir**\u{202F}: Ne faites pas de fausses promesses.",
            "## Profil sur les cinq points clés",
            "| 1. Poser un cadre rassurant | 83/100 | ",
            "- ✗ **Être transparent·e sur le secret professionnel** — Non franchie.",
            "**Décision 2**\u{202F}: «\u{202F}Je ne peux pas te promettre",
            "## Et maintenant\u{202F}?\n\n### ",
        ],
    );
    assert!(!md.contains("### Décision 4"), "'Continuer' is no decision");
    assert!(!md.contains("s'est arrêté avant la fin"));
}

#[test]
fn the_french_report_sets_french_spacing() {
    let (s, w, _) = played(Lang::Fr);
    let md = workshop_summary(&w, &s, Lang::Fr, 0);
    for mark in [':', ';', '?', '!', '%'] {
        assert!(
            !md.contains(&format!(" {mark}")),
            "an ordinary space before '{mark}':\n{md}"
        );
    }
    assert!(md.contains("\u{202F}:") && md.contains("«\u{202F}"));
}

#[test]
fn the_english_report_says_the_same_in_english() {
    let (s, w, [cadre, direct, promesse]) = played(Lang::En);
    let md = workshop_summary(&w, &s, Lang::En, 0);
    assert!(md.starts_with("# Workshop — "), "{md}");
    assert!(row(&md, 1, "an older man").ends_with("| 5 | no |"));
    holds(
        &md,
        &[
            "**Language**: English",
            &format!("**Answer followed**: {cadre} — not the majority's answer ({direct})"),
            &format!("{promesse} — the room's majority"),
            "the facilitator's choice, as there was no majority",
            "**Date**: 01 January 1970, 00:00",
            "## How the interview ended\n\n**A promise you cannot keep** — Bond broken",
            "## Profile on the five key points",
            "| 1. Set a reassuring frame | 83/100 | ",
            "## Best answers available",
            "“Yeah… You wanted to see me?”",
        ],
    );
    assert!(!md.contains('\u{202F}'), "no French spacing in English");
}

#[test]
fn a_workshop_stopped_early_says_so() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    w.follow(&s, position(&s, &w, "cadre"), 1).unwrap();
    let md = workshop_summary(&w, &s, Lang::Fr, 0);
    assert!(md.contains("### Décision 1"));
    assert!(md.contains("L'atelier s'est arrêté avant la fin du scénario."));
    assert!(!md.contains("## Issue"));
    let en = workshop_summary(&Workshop::new(&s, 1, Lang::En, 0), &s, Lang::En, 0);
    assert!(en.contains("No decision.") && en.contains("stopped before the end"));
}

#[test]
fn a_step_the_run_ended_before_is_not_reached_not_missed() {
    let s = template();
    // "direct" from the start: she leaves at once, before any answer
    // could take either step.
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    let direct = position(&s, &w, "direct");
    follow(&s, &mut w, direct);
    assert!(w.over());
    let md = workshop_summary(&w, &s, Lang::Fr, 0);
    let not_reached = "— Non atteinte\u{202F}: l'entretien s'est arrêté avant.";
    assert_eq!(md.matches(not_reached).count(), 2, "{md}");
    assert!(!md.contains("Non franchie"), "{md}");
    let en = workshop_summary(&w, &s, Lang::En, 0);
    assert!(en.contains("— Not reached: the interview stopped before it."));
    // Offered at the secret and declined: missed, not "not reached".
    let (s, w, _) = played(Lang::Fr);
    let md = workshop_summary(&w, &s, Lang::Fr, 0);
    assert!(
        md.contains("secret professionnel** — Non franchie."),
        "{md}"
    );
    assert!(!md.contains("Non atteinte"), "{md}");
}
