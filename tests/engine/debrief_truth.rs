//! A debrief that tells the truth: what decided the ending, and a closing
//! that never praises what the trainee did not do. On a copy of
//! kelly-foyer as it was before its revision (issue 16), where one answer
//! at decision 11 decided the ending while every gauge looked fine.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use crate::cli::run;
use entretien::engine::{Cause, ClosingPart, Phrase, Run, closing};
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;
use entretien::scenario::{KeyPoint, Scenario};
use serde_json::Value;

const KELLY: &str = "tests/fixtures/debrief/kelly-foyer-before-revision.ron";
const SEED: &str = "2006910085158467303";
const KEYS: &str = "pas-sanction,besoins,medecin,soeur,objectif-soeur,observer,bizarre,merci-silence,transparence,merci-confiance,quitte-le,ne-rien-sans-toi,securite,plan-nuit,appeler-ce-soir,petit-pas,tenir-parole,avec-elle,conclure";

fn kelly() -> Scenario {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(KELLY);
    check_file(&path, &Limits::default()).scenario.unwrap()
}

/// Plays `keys`, going on through narration beats as `play --choose` does.
fn played(s: &Scenario, keys: &str) -> Run {
    let mut run = Run::new(s, SEED.parse().unwrap());
    for key in keys.split(',') {
        while run.beat().is_some_and(|b| s.beat(b).choices[0].continues) {
            run.choose_index(s, 0).unwrap();
        }
        run.choose(s, key).unwrap();
    }
    run
}

#[test]
fn decision_11_decided_the_ending_and_valider_would_have_led_to_the_disclosure() {
    let (code, out, err) = run(&["play", KELLY, "--seed", SEED, "--choose", KEYS, "--json"]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["ending"], "distance");
    let points = doc["debrief"]["turning_points"].as_array().unwrap();
    assert_eq!(points.len(), 1, "{points:?}");
    let p = &points[0];
    assert_eq!(p["decision"], 11);
    assert_eq!(p["beat_id"], "ressenti");
    assert_eq!(p["taken_key"], "quitte-le");
    assert_eq!(p["instead_key"], "valider");
    assert_eq!(p["ending_id"], "premiers-mots");
    // And it is true: the same run with `valider` ends there.
    let s = kelly();
    let other = played(&s, &KEYS.replace("quitte-le", "valider"));
    assert_eq!(
        s.endings[other.ending().unwrap() as usize].id,
        "premiers-mots"
    );
    // The human debrief opens with it, in both languages.
    let (_, fr, _) = run(&["play", KELLY, "--seed", SEED, "--choose", KEYS]);
    assert!(fr.contains("== Ce qui a décidé de la fin =="), "{fr}");
    assert!(
        fr.contains("Décision 11 — «\u{202f}Tu vois bien qu'il te manipule"),
        "{fr}"
    );
    let (_, en, _) = run(&[
        "--lang", "en", "play", KELLY, "--seed", SEED, "--choose", KEYS,
    ]);
    assert!(en.contains("== What decided the ending =="), "{en}");
    assert!(en.contains("Decision 11 — "), "{en}");
}

#[test]
fn the_closing_never_praises_a_point_an_answer_lowered() {
    let s = kelly();
    let run = played(&s, KEYS);
    let debrief = run.debrief(&s).unwrap();
    // `quitte-le` lowered Non-judgement, though its score stays high.
    let point = &debrief.points[KeyPoint::NonJudgement.index()];
    assert!(
        point.score.unwrap() >= entretien::engine::WENT_WELL,
        "{point:?}"
    );
    let parts = closing(&debrief);
    let praised = ClosingPart::Phrase(Phrase::WentWell(KeyPoint::NonJudgement));
    assert!(!parts.contains(&praised), "{parts:?}");
    let next = ClosingPart::Phrase(Phrase::TryNext(KeyPoint::NonJudgement));
    let next_at = parts.iter().position(|p| *p == next).unwrap();
    // After a bad ending, what to try comes before what went well.
    let first_praise = (parts.iter())
        .position(|p| matches!(p, ClosingPart::Phrase(Phrase::WentWell(_))))
        .unwrap();
    assert!(next_at < first_praise, "{parts:?}");
    let (_, out, _) = run_json_closing();
    assert!(!out.iter().any(|l| l.contains("aucun jugement")), "{out:?}");
}

fn run_json_closing() -> (i32, Vec<String>, String) {
    let (code, out, err) = run(&["play", KELLY, "--seed", SEED, "--choose", KEYS, "--json"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let closing = (doc["closing"].as_array().unwrap().iter())
        .map(|l| l.as_str().unwrap().to_owned())
        .collect();
    (code, closing, err)
}

/// On many runs of random answers, every turning point is of the right
/// kind: a mistake whose good alternative ends better, or a good answer
/// whose mistaken alternative ends worse.
#[test]
fn every_turning_point_names_the_ending_its_answer_reaches() {
    use rand::{Rng, SeedableRng};
    let s = kelly();
    let mut rng = rand_pcg::Pcg32::seed_from_u64(5);
    let mut checked = 0;
    for seed in 0..60u64 {
        let mut run = Run::new(&s, seed);
        let mut available = Vec::new();
        while run.available_choices(&s, &mut available).is_some() {
            // Mostly good practice, with mistakes: endings of every kind.
            let pick = available[rng.random_range(0..available.len())];
            run.choose_index(&s, pick).unwrap();
        }
        let rank = |e: u32| match s.endings[e as usize].kind {
            entretien::scenario::Outcome::Disclosure => 2,
            entretien::scenario::Outcome::BondKept => 1,
            _ => 0,
        };
        let now = rank(run.ending().unwrap());
        for p in run.turning_points(&s) {
            let then = rank(p.ending);
            assert!(if p.better { then > now } else { then < now }, "{p:?}");
            let beat = s.beats.iter().find(|b| b.id == p.beat_id).unwrap();
            let good = |i: u16| beat.choices[usize::from(i)].scores.is_recommended();
            assert_eq!(
                (good(p.taken), good(p.instead)),
                (!p.better, p.better),
                "{p:?}"
            );
            assert_eq!(run.steps()[p.step].choice, p.taken, "{p:?}");
            checked += 1;
        }
    }
    assert!(checked > 0, "no turning point in 60 runs");
}

/// A lesson variant replaces the lesson on the paths it names: in the
/// template, the bond kept after taking back a secrecy promise.
#[test]
fn the_lesson_fits_the_path() {
    let template = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/template.ron");
    let s = check_file(&template, &Limits::default()).scenario.unwrap();
    // The ending's id and lesson, when `keys` end the run.
    let ending = |keys: &str, seed: u64| {
        let mut run = Run::new(&s, seed);
        for key in keys.split(',') {
            run.choose(&s, key).ok()?;
        }
        let d = run.debrief(&s).ok()?;
        let e = &s.endings[d.ending.index as usize];
        // The lesson shown is the variant the engine picked.
        assert_eq!(&d.ending.lesson, e.lesson(d.ending.lesson_index));
        Some((d.ending.id, d.ending.lesson.fr))
    };
    let (id, repaired) = ending("cadre,promesse,reprendre,continue", 1).unwrap();
    assert_eq!(id, "lien");
    assert!(repaired.starts_with("Revenir tout de suite"), "{repaired}");
    // The same ending without a promise (the draw after `transparence`
    // goes there straight) keeps the main lesson.
    let plain = (0..50)
        .filter_map(|seed| ending("cadre,transparence", seed))
        .find(|(id, _)| id == "lien")
        .unwrap();
    assert!(plain.1.starts_with("Un entretien réussi"), "{}", plain.1);
}

/// On many runs of random answers, the closing praises a key point only
/// when some answer raised it and none lowered it.
#[test]
fn the_closing_praises_only_what_was_done() {
    use rand::{Rng, SeedableRng};
    let s = kelly();
    let mut rng = rand_pcg::Pcg32::seed_from_u64(9);
    let mut praised = 0;
    for seed in 0..80u64 {
        let mut run = Run::new(&s, seed);
        let mut available = Vec::new();
        while run.available_choices(&s, &mut available).is_some() {
            let pick = available[rng.random_range(0..available.len())];
            run.choose_index(&s, pick).unwrap();
        }
        let d = run.debrief(&s).unwrap();
        for part in closing(&d) {
            let ClosingPart::Phrase(Phrase::WentWell(point)) = part else {
                continue;
            };
            let k = point.index();
            let scores = d.decisions.iter().filter_map(|x| x.scores[k]);
            let (raised, lowered) =
                scores.fold((false, false), |(r, l), v| (r || v > 0, l || v < 0));
            assert!(raised && !lowered, "seed {seed}: {point:?} praised");
            praised += 1;
        }
    }
    assert!(
        praised > 0,
        "no praise at all in 80 runs: the test tests nothing"
    );
}

/// The line a shown quantity crossed, or missed, on the last route, with
/// the better ending on its other side: known answers on a small scenario.
#[test]
fn the_debrief_names_the_line_that_kept_a_better_ending_away() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/debrief/threshold.ron");
    let s = check_file(&path, &Limits::default()).scenario.unwrap();
    let ended = |keys: &str| {
        let mut run = Run::new(&s, 3);
        for key in keys.split(',') {
            run.choose(&s, key).unwrap();
        }
        let d = run.debrief(&s).unwrap();
        (d.ending.id.clone(), d)
    };
    let as_tuple = |c: &Cause| match c {
        Cause::Line {
            variable,
            value,
            bound,
            at_least,
            reached,
            other,
            ..
        } => (
            variable.clone(),
            *value,
            *bound,
            *at_least,
            *reached,
            s.endings[*other as usize].id.clone(),
        ),
        other => panic!("not a line: {other:?}"),
    };
    // The best ending: nothing kept a better one away.
    let (id, d) = ended("good,end");
    assert_eq!(id, "disclosure");
    assert!(d.causes.is_empty(), "{:?}", d.causes);
    // Pressure crossed its line: the rupture instead of the bond kept.
    let (id, d) = ended("bad,end");
    assert_eq!(id, "rupture");
    // And the reproach at decision 1 is what decided it: the recommended
    // `good` there would have ended in the disclosure.
    let turning: Vec<_> = (d.turning_points.iter())
        .map(|p| {
            (
                p.decision,
                p.taken_key.as_str(),
                p.instead_key.as_str(),
                p.ending_id.as_str(),
                p.better,
            )
        })
        .collect();
    assert_eq!(turning, [(1, "bad", "good", "disclosure", true)]);
    let found: Vec<_> = d.causes.iter().map(as_tuple).collect();
    assert_eq!(
        found,
        [("pressure".into(), 1, 1, true, true, "bond".into())]
    );
    // Trust one short of the disclosure; pressure's line (to a worse
    // ending) is not named.
    let (id, d) = ended("meh,end");
    assert_eq!(id, "bond");
    // `meh`, good practice, made the bond: `bad` there ends in the rupture.
    let made: Vec<_> = (d.turning_points.iter())
        .map(|p| {
            (
                p.decision,
                p.instead_key.as_str(),
                p.ending_id.as_str(),
                p.better,
            )
        })
        .collect();
    assert_eq!(made, [(1, "bad", "rupture", false)]);
    let found: Vec<_> = d.causes.iter().map(as_tuple).collect();
    assert_eq!(
        found,
        [("trust".into(), 3, 4, true, false, "disclosure".into())]
    );
    // In words, in both languages, under the section's heading.
    let file = path.to_str().unwrap();
    let (_, fr, _) = run(&["play", file, "--seed", "3", "--choose", "meh,end"]);
    assert!(
        fr.contains("«\u{202f}Confiance\u{202f}» était à 3 à la fin\u{202f}: à 4 ou plus, l'entretien se serait terminé par «\u{202f}Sam parle\u{202f}» (Révélation)."),
        "{fr}"
    );
    let (_, en, _) = run(&[
        "--lang", "en", "play", file, "--seed", "3", "--choose", "bad,end",
    ]);
    assert!(
        en.contains(
            "was at 1 at the end: at 1 or more, the interview ends this way rather than in"
        ),
        "{en}"
    );
}

/// A hidden flag is never named, but the answer that set it is: in the
/// built-in Kelly, keeping the worry from the night educator (decision 12)
/// leads to « Une nuit dehors » rather than the bond kept, while every
/// protective step shows as passed.
#[test]
fn the_answer_that_set_a_hidden_flag_is_named() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/kelly-foyer.ron");
    let s = check_file(&path, &Limits::default()).scenario.unwrap();
    let keys = "pas-sanction,silence,detour,observer,ici-aussi,derniere-question,securite,plan-nuit,appeler-voiture,long-terme,porte-cles,garder-pour-soi,excuses";
    let mut run = Run::new(&s, 14543991170354145060);
    for key in keys.split(',') {
        while run.beat().is_some_and(|b| s.beat(b).choices[0].continues) {
            run.choose_index(&s, 0).unwrap();
        }
        run.choose(&s, key).unwrap();
    }
    let d = run.debrief(&s).unwrap();
    assert_eq!(d.ending.id, "nuit");
    assert!(d.checkpoints.iter().all(|c| c.done), "{:?}", d.checkpoints);
    let named: Vec<_> = (d.causes.iter())
        .filter_map(|c| match c {
            Cause::Answer {
                decision,
                step,
                other,
            } => Some((*decision, *step, s.endings[*other as usize].id.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(named.len(), 1, "{:?}", d.causes);
    let (decision, step, other) = named[0];
    assert_eq!((decision, other), (12, "lien-garde"));
    let taken = &run.steps()[step];
    assert_eq!(
        s.beat(taken.shown.beat).choices[usize::from(taken.choice)].key,
        "garder-pour-soi"
    );
}
