//! Property tests on generated scenarios: they check clean, runs are
//! deterministic, every run ends, and raw totals stay within the bounds the
//! checker computed.

// Helpers outside #[test] functions panic on purpose: a failure is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use entretien::engine::{Run, View};
use entretien::i18n::render_problem;
use entretien::scenario::check::check_source;
use entretien::scenario::load::Limits;
use entretien::scenario::{KeyPoint, Scenario, Severity};
use entretien::synth::scenario_source;
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg32;

/// Plays with random available choices; returns the run and the decisions taken.
fn random_run(s: &Scenario, seed: u64, policy_seed: u64) -> (Run, usize) {
    let mut run = Run::new(s, seed);
    let mut policy = Pcg32::seed_from_u64(policy_seed);
    let mut decisions = 0;
    while let View::Beat { offers, .. } = run.view(s) {
        let available: Vec<u16> = offers.iter().map(|o| o.index).collect();
        let pick = available[policy.random_range(0..available.len())];
        run.choose_index(s, pick).unwrap();
        decisions += 1;
        assert!(
            decisions <= s.beats.len(),
            "a forward-only scenario must end"
        );
    }
    (run, decisions)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_scenarios_behave(beats in 1usize..60, shape in any::<u64>(), seed in any::<u64>(), policy in any::<u64>()) {
        let src = scenario_source(beats, shape);
        let report = check_source(&src, "synth", None, &Limits::default());
        let errors: Vec<String> = report.problems.iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| render_problem(p, entretien::scenario::Lang::En))
            .collect();
        prop_assert!(errors.is_empty(), "{errors:?}");
        let s = report.scenario.unwrap();
        let summary = report.summary.unwrap();

        let (a, decisions) = random_run(&s, seed, policy);
        let (b, _) = random_run(&s, seed, policy);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(
            ron::to_string(&a).unwrap(),
            ron::to_string(&b).unwrap()
        );

        let d = a.debrief(&s).unwrap();
        prop_assert_eq!(d.decisions.len(), decisions);
        for p in &d.points {
            let bounds = summary.score_bounds[p.point.index()];
            prop_assert_eq!(bounds.point, p.point);
            if let Some(min) = bounds.min {
                prop_assert!(p.raw_total >= min, "{:?}: {} < {}", p.point, p.raw_total, min);
            }
            if let Some(max) = bounds.max {
                prop_assert!(p.raw_total <= max, "{:?}: {} > {}", p.point, p.raw_total, max);
            }
            prop_assert!(p.score.is_none_or(|v| v <= 100));
        }
        prop_assert_eq!(d.points.len(), KeyPoint::ALL.len());
    }

    #[test]
    fn saved_runs_resume_and_undo_replays(beats in 2usize..40, shape in any::<u64>(), seed in any::<u64>()) {
        let src = scenario_source(beats, shape);
        let s = check_source(&src, "synth", None, &Limits::default()).scenario.unwrap();
        let (full, decisions) = random_run(&s, seed, seed ^ 1);
        prop_assume!(decisions >= 2);
        // Resume: a run saved halfway and restored plays on identically.
        let half = full.replay(&s, decisions / 2).unwrap();
        let saved = ron::to_string(&half).unwrap();
        let mut restored: Run = ron::from_str(&saved).unwrap();
        restored.matches(&s).unwrap();
        for step in &full.steps()[decisions / 2..] {
            restored.choose_index(&s, step.choice).unwrap();
        }
        prop_assert_eq!(&restored, &full);
        // Undo: back one decision equals replaying one fewer.
        let mut undone = full.clone();
        undone.undo(&s).unwrap();
        prop_assert_eq!(undone, full.replay(&s, decisions - 1).unwrap());
    }
}

/// What a facilitator can do in the workshop, as a property test drives it.
#[derive(Debug, Clone)]
enum Act {
    Vote(usize, i32),
    Follow(usize),
    Next,
    Back,
    Forward,
    Jump(u32),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        (0usize..4, -1i32..=2).prop_map(|(n, d)| Act::Vote(n, d)),
        (0usize..4).prop_map(Act::Follow),
        Just(Act::Next),
        Just(Act::Back),
        Just(Act::Forward),
        (0u32..40).prop_map(Act::Jump),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the facilitator does, the workshop's decisions are the
    /// run's steps, going back then forward returns to the same workshop,
    /// and the run replays from its seed to what is on screen.
    #[test]
    fn workshop_back_and_forward_keep_the_room_s_decisions(
        beats in 2usize..40, shape in any::<u64>(), seed in any::<u64>(),
        acts in proptest::collection::vec(act(), 1..40),
    ) {
        use entretien::engine::Workshop;
        let src = scenario_source(beats, shape);
        let s = check_source(&src, "synth", None, &Limits::default()).scenario.unwrap();
        let mut w = Workshop::new(&s, seed, entretien::scenario::Lang::Fr, 0);
        for a in acts {
            let offered = w.offers(&s).len();
            match a {
                Act::Vote(n, d) => w.vote(n % offered.max(1), d),
                // While the room sees the outcome of its answer, nothing
                // more can be followed: the clicker's "next" goes on.
                Act::Follow(n) if w.outcome_shown() => {
                    let refused = w.follow(&s, n % offered.max(1), 1);
                    prop_assert!(matches!(refused, Err(entretien::engine::EngineError::OutcomeShown)));
                }
                Act::Follow(n) if offered > 0 => { w.follow(&s, n % offered, 1).unwrap(); }
                Act::Follow(_) => {}
                Act::Next => { w.next(&s, 7).unwrap(); }
                Act::Back => {
                    if w.can_back() {
                        let before = w.clone();
                        w.back(&s, 2).unwrap();
                        w.forward(&s, 3).unwrap();
                        prop_assert_eq!(&w.session.run, &before.session.run);
                        prop_assert_eq!(w.decisions(), before.decisions());
                        prop_assert_eq!(w.votes(), before.votes());
                        w.back(&s, 4).unwrap();
                    }
                }
                Act::Forward => { let _ = w.forward(&s, 5); }
                Act::Jump(b) => {
                    let b = b % s.beats.len() as u32;
                    if w.jump(&s, b, 6) {
                        prop_assert_eq!(w.session.run.beat(), Some(b));
                    }
                }
            }
            prop_assert_eq!(w.decisions().len(), w.session.run.steps().len());
            let replayed = w.session.run.replay(&s, w.decisions().len()).unwrap();
            prop_assert_eq!(&replayed, &w.session.run);
        }
    }
}
