//! The figures of [`super::progress`] on a fixture history whose expected
//! numbers are worked out by hand in the comments.

use super::*;
use crate::scenario::Outcome;

/// A finished attempt with only what progress reads.
fn attempt(
    scenario: &str,
    mode: Mode,
    finished_secs: u64,
    share: f32,
    scores: [Option<u8>; 5],
) -> Attempt {
    Attempt {
        scenario: scenario.to_owned(),
        version: 1,
        mode,
        seed: None,
        lang: None,
        started_secs: None,
        finished_secs,
        decisions: Vec::new(),
        ending: "fin".to_owned(),
        outcome: Outcome::BondKept,
        checkpoints: Vec::new(),
        scores,
        recommended_share: Some(share),
    }
}

/// Seven practice attempts at "kelly" (t = 100…700), one assessment, and
/// two practice attempts at "lucie" (t = 250 and 750), listed last so
/// that the order of ending, not of the file, is what counts.
///
/// | t   | share | Frame | Authent. | Non-judg. | Asking | Pace |
/// |-----|-------|-------|----------|-----------|--------|------|
/// | 100 | 0.40  | 20    | 10       | 50        | —      | 100  |
/// | 200 | 0.50  | 30    | —        | 50        | 50     | 90   |
/// | 300 | 0.45  | 40    | 10       | 50        | —      | 80   |
/// | 400 | 0.60  | 50    | 10       | 50        | 60     | 70   |
/// | 500 | 0.70  | 60    | 10       | 50        | 70     | 60   |
/// | 600 | 0.75  | 70    | 10       | 50        | 80     | 50   |
/// | 700 | 0.80  | 80    | 100      | 50        | 90     | 40   |
fn history() -> Vec<Attempt> {
    let p = Mode::Practice;
    let k = |t, share, f, a, n, q, pace| attempt("kelly", p, t, share, [f, a, n, q, pace]);
    let s = Some;
    vec![
        k(100, 0.40, s(20), s(10), s(50), None, s(100)),
        k(200, 0.50, s(30), None, s(50), s(50), s(90)),
        k(300, 0.45, s(40), s(10), s(50), None, s(80)),
        attempt("kelly", Mode::Assessment, 350, 0.9, [s(90); 5]),
        k(400, 0.60, s(50), s(10), s(50), s(60), s(70)),
        k(500, 0.70, s(60), s(10), s(50), s(70), s(60)),
        k(600, 0.75, s(70), s(10), s(50), s(80), s(50)),
        k(700, 0.80, s(80), s(100), s(50), s(90), s(40)),
        attempt("lucie", p, 750, 1.0, [s(100); 5]),
        attempt("lucie", p, 250, 0.10, [s(0); 5]),
    ]
}

fn compared(change: Change) -> (f64, f64, bool) {
    match change {
        Change::Compared {
            first,
            last,
            some_unmeasured,
        } => (first, last, some_unmeasured),
        Change::TooFew { measured } => panic!("only {measured} measured"),
    }
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-4
}

#[test]
fn one_scenario_compares_its_first_three_practice_attempts_with_its_last_three() {
    let all = history();
    let kelly = progress(all.iter().filter(|a| a.scenario == "kelly"), Mode::Practice);
    assert_eq!(kelly.attempts.len(), 7, "the assessment is apart");
    let [share, frame, authenticity, judgement, asking, pace] = kelly.series.as_slice() else {
        panic!("six series");
    };
    // Share: (40 + 50 + 45) / 3 = 45; (70 + 75 + 80) / 3 = 75.
    let (first, last, gaps) = compared(share.change);
    assert!(
        near(first, 45.0) && near(last, 75.0) && !gaps,
        "{first} {last}"
    );
    assert!(near(share.values[3].unwrap(), 60.0));
    // Frame: (20 + 30 + 40) / 3 = 30; (60 + 70 + 80) / 3 = 70.
    let (first, last, _) = compared(frame.change);
    assert!(near(first, 30.0) && near(last, 70.0));
    // Authenticity, unmeasured at t = 200: the six measured are 10, 10,
    // 10, 10, 10, 100: (10 + 10 + 10) / 3 = 10; (10 + 10 + 100) / 3 = 40.
    let (first, last, gaps) = compared(authenticity.change);
    assert!(near(first, 10.0) && near(last, 40.0) && gaps);
    assert_eq!(authenticity.values[1], None);
    // Non-judgement: 50 throughout.
    let (first, last, _) = compared(judgement.change);
    assert!(near(first, 50.0) && near(last, 50.0));
    // Asking was measured five times: too few to compare.
    assert_eq!(asking.change, Change::TooFew { measured: 5 });
    // Pace falls: (100 + 90 + 80) / 3 = 90; (60 + 50 + 40) / 3 = 50.
    let (first, last, _) = compared(pace.change);
    assert!(near(first, 90.0) && near(last, 50.0));
}

#[test]
fn all_scenarios_together_follow_the_order_of_ending() {
    let all = history();
    let practice = progress(&all, Mode::Practice);
    // Seven at kelly and two at lucie, in time order: k100 0.40, k200 0.50,
    // l250 0.10, k300, …, k600 0.75, k700 0.80, l750 1.00.
    assert_eq!(practice.attempts.len(), 9);
    assert_eq!(practice.attempts[2].scenario, "lucie");
    // (40 + 50 + 10) / 3 = 33.33…; (75 + 80 + 100) / 3 = 85.
    let (first, last, _) = compared(practice.series[0].change);
    assert!(
        near(first, 100.0 / 3.0) && near(last, 85.0),
        "{first} {last}"
    );
}

#[test]
fn a_mode_with_few_attempts_is_not_compared() {
    let all = history();
    let assessment = progress(&all, Mode::Assessment);
    assert_eq!(assessment.attempts.len(), 1);
    for s in &assessment.series {
        assert_eq!(s.change, Change::TooFew { measured: 1 });
    }
    let workshop = progress(&all, Mode::Workshop);
    assert!(workshop.attempts.is_empty());
    assert_eq!(workshop.series[0].change, Change::TooFew { measured: 0 });
    assert_eq!(modes_played(&all), vec![Mode::Practice, Mode::Assessment]);
}

#[test]
fn six_attempts_are_the_least_compared_and_do_not_overlap() {
    let all = history();
    // Kelly's first six practice attempts: shares 40, 50, 45 | 60, 70, 75.
    let six: Vec<&Attempt> = all
        .iter()
        .filter(|a| a.scenario == "kelly" && a.mode == Mode::Practice)
        .take(ATTEMPTS_FOR_CHANGE)
        .collect();
    let p = progress(six.iter().copied(), Mode::Practice);
    // (40 + 50 + 45) / 3 = 45; (60 + 70 + 75) / 3 = 68.33…
    let (first, last, _) = compared(p.series[0].change);
    assert!(
        near(first, 45.0) && near(last, 205.0 / 3.0),
        "{first} {last}"
    );
    let five = progress(six.iter().copied().take(5), Mode::Practice);
    assert_eq!(five.series[0].change, Change::TooFew { measured: 5 });
}
