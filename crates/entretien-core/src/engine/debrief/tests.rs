#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::scenario::check::template;
use crate::scenario::model::Choice;

/// The choice with `key` in the beat with id `beat`, found by its names
/// rather than by the indices the debrief holds.
fn choice<'a>(s: &'a Scenario, beat: &str, key: &str) -> &'a Choice {
    let beat = s.beats.iter().find(|b| b.id == beat).unwrap();
    beat.choices.iter().find(|c| c.key == key).unwrap()
}

/// The template's longest detour: wait (a narration follows), promise
/// secrecy, then promise too much; it ends broken.
fn detour(s: &Scenario) -> Debrief {
    let mut run = Run::new(s, 1);
    for key in ["cadre", "attendre"] {
        run.choose(s, key).unwrap();
    }
    // The narration's single "Continuer".
    run.choose_index(s, 0).unwrap();
    for key in ["promesse", "rassurer"] {
        run.choose(s, key).unwrap();
    }
    while run.ending().is_none() {
        run.choose_index(s, 0).unwrap();
    }
    run.debrief(s).unwrap()
}

#[test]
fn decisions_are_numbered_without_the_narration_steps() {
    let s = template();
    let d = detour(&s);
    let numbered: Vec<(u32, usize, &str)> = (d.decisions.iter())
        .map(|dec| (dec.number, dec.step, dec.choice_id.as_str()))
        .collect();
    assert_eq!(
        numbered,
        [
            (1, 0, "template/accueil/cadre"),
            (2, 1, "template/secret/attendre"),
            (3, 3, "template/secret/promesse"),
            (4, 4, "template/confidence/rassurer"),
        ]
    );
}

#[test]
fn the_better_answer_carries_its_own_words() {
    let s = template();
    let d = detour(&s);
    let better = |n: usize| d.decisions[n].better.as_ref().unwrap();
    // Promising secrecy: being transparent was better.
    let transparence = choice(&s, "secret", "transparence");
    assert_eq!(better(2).choice_id, "template/secret/transparence");
    assert_eq!(better(2).text, transparence.text);
    assert_eq!(better(2).rationale, transparence.rationale);
    // Promising too much after the secret: taking the promise back was.
    let reprendre = choice(&s, "confidence", "reprendre");
    assert_eq!(better(3).text, reprendre.text);
    assert_eq!(better(3).rationale, reprendre.rationale);
}

#[test]
fn the_ending_checkpoints_and_thoughts_are_the_scenarios_words() {
    let s = template();
    let d = detour(&s);
    let ending = s.endings.iter().find(|e| e.id == d.ending.id).unwrap();
    assert_eq!(d.ending.id, "promesse-rompue");
    assert_eq!(
        (&d.ending.title, &d.ending.text),
        (&ending.title, &ending.text)
    );
    assert_eq!(&d.ending.lesson, ending.lesson(d.ending.lesson_index));
    for (shown, c) in d.checkpoints.iter().zip(&s.checkpoints) {
        assert_eq!((&shown.label, &shown.lesson), (&c.label, &c.lesson));
    }
    let thoughts: Vec<(&str, &str)> = (d.thoughts.iter())
        .map(|t| (t.beat_id.as_str(), t.text.en.as_str()))
        .collect();
    let expected: Vec<(&str, &str)> = ["accueil", "secret"]
        .into_iter()
        .map(|id| {
            let beat = s.beats.iter().find(|b| b.id == id).unwrap();
            (id, beat.thought.as_ref().unwrap().en.as_str())
        })
        .collect();
    assert_eq!(thoughts, expected, "each thought once, in the order met");
}
