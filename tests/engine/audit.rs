//! The pedagogical audit: `entretien audit` on a fixture built to fail each
//! rule (and on two that pass them all), located and translated; the exact
//! figures against answers computed by hand; the sampled figures stable for
//! a seed; `check` and the other commands taking an id.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use crate::cli::{AUDIT_KINDS, check_json, location, run};
use entretien::engine::audit::{AuditOptions, AuditReport, audit};
use entretien::engine::{Plan, Policy, simulate};
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/audit";

fn scenario(name: &str) -> Scenario {
    let path = format!("{}/{FIXTURES}/{name}.ron", env!("CARGO_MANIFEST_DIR"));
    let report = check_file(std::path::Path::new(&path), &Limits::default());
    report
        .scenario
        .unwrap_or_else(|| panic!("{name}: {:#?}", report.problems))
}

/// Runs `audit --json` on one file; returns the exit code and its one report.
fn audit_json(file: &str, lang: &str) -> (i32, Value) {
    let (code, out, err) = run(&["--lang", lang, "audit", "--json", file]);
    let mut list: Vec<Value> =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{file}: not JSON ({e}): {out}{err}"));
    assert_eq!(list.len(), 1, "{file}");
    (code, list.remove(0))
}

/// Each fixture and the findings it must raise: kind, item path and line
/// (`None`: about the whole scenario), in the order reported.
#[test]
fn each_rule_has_a_fixture_that_fails_it_and_only_it() {
    type Finding = (&'static str, &'static str, Option<u64>);
    let length = vec![
        ("length-tell", "", None),
        ("length-ratio", "", None),
        ("length-tell", "", None),
        ("length-ratio", "", None),
        ("guesser-wins", "", None),
        ("guesser-wins", "", None),
    ];
    let cases: Vec<(&str, Vec<Finding>)> = vec![
        ("clean", vec![]),
        ("serious-repaired", vec![]),
        ("length", length),
        (
            "serious-disclosure",
            vec![(
                "serious-fault-disclosure",
                r#"beats["a"].choices["bad"]"#,
                Some(38),
            )],
        ),
        (
            "serious-unrepaired",
            vec![(
                "serious-fault-unrepaired",
                r#"beats["a"].choices["bad"]"#,
                Some(38),
            )],
        ),
        (
            "costless",
            vec![("costless-mistake", r#"beats["a"].choices["bad"]"#, Some(38))],
        ),
        ("two-faults", vec![("two-faults-forgiven", "", None)]),
        (
            "sooner",
            vec![(
                "sooner-by-mistake",
                r#"beats["a"].choices["bad"]"#,
                Some(38),
            )],
        ),
        (
            "better",
            vec![
                ("guesser-wins", "", None),
                ("guesser-wins", "", None),
                ("costless-mistake", r#"beats["a"].choices["bad"]"#, Some(38)),
                ("better-than-good", r#"beats["a"].choices["bad"]"#, Some(38)),
            ],
        ),
        (
            "serious-beats-lesser",
            vec![(
                "serious-beats-lesser",
                r#"beats["a"].choices["bad"]"#,
                Some(38),
            )],
        ),
        (
            "credit",
            vec![("credit-contradicted", r#"endings["disclosure"]"#, Some(79))],
        ),
        (
            "dead-state",
            vec![
                ("hidden-stake", r#"variables["pressure"]"#, Some(21)),
                ("never-read", "flags", Some(23)),
                ("never-set", "flags", Some(23)),
                (
                    "line-never-said",
                    r#"beats["a"].variants["confiant"]"#,
                    Some(30),
                ),
                (
                    "line-never-said",
                    r#"endings["disclosure"].lesson_variants["jamais"]"#,
                    Some(81),
                ),
            ],
        ),
    ];
    for (name, expected) in cases {
        let file = format!("{FIXTURES}/{name}.ron");
        let (code, report) = audit_json(&file, "fr");
        let found: Vec<(String, String, Option<u64>)> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                assert_eq!(f["severity"], "warning", "{name}: {f}");
                assert_eq!(f["file"], file.as_str());
                let line = location(f).map(|(l, _)| l);
                let kind = f["kind"].as_str().unwrap().to_owned();
                (kind, f["path_text"].as_str().unwrap().to_owned(), line)
            })
            .collect();
        let expected: Vec<(String, String, Option<u64>)> = (expected.iter())
            .map(|(k, p, l)| ((*k).to_owned(), (*p).to_owned(), *l))
            .collect();
        assert_eq!(found, expected, "{name}");
        assert_eq!(code, if expected.is_empty() { 0 } else { 1 }, "{name}");
    }
}

/// The messages are located and in the language asked, with their hint.
#[test]
fn findings_are_located_and_translated() {
    let file = format!("{FIXTURES}/costless.ron");
    let (code, fr, _) = run(&["audit", &file]);
    assert_eq!(code, 1);
    assert!(
        fr.contains(&format!(
            "{file}:38:26: avertissement: cette erreur ne coûte presque rien"
        )),
        "{fr}"
    );
    assert!(
        fr.contains("conseil: faites-lui coûter quelque chose de visible"),
        "{fr}"
    );
    assert!(
        fr.contains("bonnes fins 75,0\u{202f}% → 75,0\u{202f}%"),
        "{fr}"
    );
    let (code, en, _) = run(&["--lang", "en", "audit", &file]);
    assert_eq!(code, 1);
    assert!(
        en.contains(&format!(
            "{file}:38:26: warning: this mistake costs almost nothing"
        )),
        "{en}"
    );
    assert!(en.contains("hint: make it cost something visible"), "{en}");
    assert!(!en.contains("avertissement"), "{en}");
    let (_, report) = audit_json(&format!("{FIXTURES}/dead-state.ron"), "en");
    let messages: Vec<&str> = (report["findings"].as_array().unwrap().iter())
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].contains("\"pressure\" steers the story"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("\"noted\" changes but nothing reads it"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("\"asked\" is read but nothing changes it"),
        "{messages:?}"
    );
}

/// The clean fixture, by hand: from `a` (trust 2), best practice raises
/// trust to 3 and draws the disclosure with weight 3 against 1: 3/4.
/// Random play: ½·(½·3/4) + ½·(½·1/2) = 5/16. `a/bad` (trust 1) leaves
/// 1/2; `b/bad` leaves nothing.
#[test]
fn exact_figures_match_the_hand_computed_ones() {
    let report = audit(&scenario("clean"), &AuditOptions::default());
    let share = |policy, lang| {
        let p = (report.policies.iter())
            .find(|p| p.policy == policy && p.lang == lang)
            .unwrap();
        (p.good, p.disclosure)
    };
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    let (good, disclosed) = share(Policy::Best, None);
    assert!(
        close(good, 0.75) && close(disclosed, 0.75),
        "{good} {disclosed}"
    );
    assert!(close(share(Policy::Random, None).0, 5.0 / 16.0));
    assert!(close(share(Policy::Worst, None).0, 0.0));
    assert!(close(report.guesser_limit, 10.0 / 16.0));
    // The longest answer is the mistake at `a` (trust 1), the good one at `b`.
    assert!(close(share(Policy::Longest, Some(Lang::Fr)).0, 0.5));
    assert!(close(share(Policy::Shortest, Some(Lang::En)).0, 0.0));
    let cost = |beat: &str| {
        let m = (report.mistakes.iter()).find(|m| m.beat == beat).unwrap();
        assert!(m.met_by_best && !m.serious && !m.minor);
        (m.good_best, m.good_it)
    };
    let (before, after) = cost("a");
    assert!(close(before, 0.75) && close(after, 0.5), "{before} {after}");
    let (before, after) = cost("b");
    assert!(close(before, 0.75) && close(after, 0.0), "{before} {after}");
}

/// The exact solver agrees with many sampled runs, on a scenario with a
/// loop (the template's silence goes back to the same question).
#[test]
fn exact_shares_agree_with_simulation_on_a_loop() {
    let path = format!("{}/docs/template.ron", env!("CARGO_MANIFEST_DIR"));
    let s = check_file(std::path::Path::new(&path), &Limits::default())
        .scenario
        .unwrap();
    let report = audit(&s, &AuditOptions::default());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    for policy in [Policy::Random, Policy::Best, Policy::Longest] {
        let exact = (report.policies.iter())
            .find(|p| p.policy == policy && p.lang.is_none_or(|l| l == Lang::Fr))
            .unwrap()
            .good;
        let sim = simulate(&s, 4000, 7, Plan::of(policy));
        let good: f64 = (sim.endings.iter())
            .filter(|e| e.kind.is_good())
            .map(|e| e.share)
            .sum();
        assert!(
            (good - exact).abs() < 0.03,
            "{policy:?}: sampled {good}, exact {exact}"
        );
    }
}

/// Serious faults, by hand: in `serious-unrepaired`, `a/bad` (−2) leads to
/// `c`, whose apology reaches the bond; marked `repair`, it may.
#[test]
fn a_serious_fault_needs_a_repair_and_never_reaches_the_disclosure() {
    let kinds = |name| -> Vec<String> {
        let r = audit(&scenario(name), &AuditOptions::default());
        r.findings.iter().map(|(_, k)| format!("{k:?}")).collect()
    };
    assert_eq!(kinds("serious-repaired"), Vec::<String>::new());
    assert_eq!(
        kinds("serious-unrepaired"),
        [r#"SeriousFaultUnrepaired { ending: "bond" }"#]
    );
    assert_eq!(
        kinds("serious-disclosure"),
        [r#"SeriousFaultDisclosure { ending: "disclosure" }"#]
    );
}

/// The sampled rule gives the same figures for the same seed.
#[test]
fn sampled_figures_are_deterministic_for_a_seed() {
    let s = scenario("two-faults");
    let options = AuditOptions {
        runs: 300,
        seed: 11,
        ..AuditOptions::default()
    };
    let a: AuditReport = audit(&s, &options);
    assert_eq!(a, audit(&s, &options));
    assert_eq!(a.two_faults.runs, 300);
    // Four decisions, two of them mistakes: trust 10 − 6 leaves 4/6.
    assert!(
        (a.two_faults.two_faults - 4.0 / 6.0).abs() < 0.06,
        "{:?}",
        a.two_faults
    );
    // `simulate --policy best --faults 2` plays the same runs.
    let (code, out, _) = run(&[
        "simulate",
        &format!("{FIXTURES}/two-faults.ron"),
        "--policy",
        "best",
        "--faults",
        "2",
        "--runs",
        "300",
        "--seed",
        "11",
        "--json",
    ]);
    assert_eq!(code, 0);
    let sim: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(sim["faults"], 2);
    let good: f64 = (sim["endings"].as_array().unwrap().iter())
        .filter(|e| e["kind"] == "Disclosure" || e["kind"] == "BondKept")
        .map(|e| e["share"].as_f64().unwrap())
        .sum();
    assert!(
        (good - a.two_faults.two_faults).abs() < 1e-9,
        "{good} {:?}",
        a.two_faults
    );
}

/// `check` reports the audit's findings as warnings, and takes an id.
#[test]
fn check_adds_the_audit_and_takes_an_id() {
    let (code, reports) = check_json(&[&format!("{FIXTURES}/sooner.ron")]);
    assert_eq!(code, 1);
    let problems = reports[0]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(AUDIT_KINDS.contains(&problems[0]["kind"].as_str().unwrap()));
    assert_eq!(problems[0]["kind"], "sooner-by-mistake");
    assert_eq!(problems[0]["severity"], "warning");
    assert_eq!(reports[0]["warnings"], 1);
    let (code, reports) = check_json(&[&format!("{FIXTURES}/clean.ron")]);
    assert_eq!(
        (code, reports[0]["problems"].clone()),
        (0, Value::Array(vec![]))
    );
    let (_, reports) = check_json(&["lucie-urgences"]);
    assert_eq!(reports[0]["file"], "builtin:lucie-urgences.ron");
    let (code, _, err) = run(&["check", "no-such-scenario"]);
    assert_eq!(code, 2, "{err}");
}

/// The guessers as `simulate` policies, in the language asked.
#[test]
fn simulate_has_the_length_policies() {
    let file = format!("{FIXTURES}/clean.ron");
    for (policy, good) in [("longest", 0.5), ("shortest", 0.0)] {
        let (code, out, err) = run(&[
            "--lang", "en", "simulate", &file, "--policy", policy, "--runs", "2000", "--json",
        ]);
        assert_eq!(code, 0, "{err}");
        let sim: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(sim["policy"], policy);
        assert_eq!(sim["lang"], "en");
        let share: f64 = (sim["endings"].as_array().unwrap().iter())
            .filter(|e| e["kind"] == "Disclosure")
            .map(|e| e["share"].as_f64().unwrap())
            .sum();
        assert!((share - good).abs() < 0.04, "{policy}: {share}");
    }
    let (_, human, _) = run(&[
        "simulate", &file, "--policy", "best", "--faults", "2", "--runs", "10",
    ]);
    assert!(
        human.contains("meilleures réponses, 2 erreurs glissées par parcours"),
        "{human}"
    );
}

/// Every built-in scenario is audited (the figures the scenario issue
/// starts from), by id, with its exact figures.
#[test]
fn the_builtins_are_audited_by_id() {
    for id in ["kelly-foyer", "camille-ecole", "lucie-urgences"] {
        let (code, report) = audit_json(id, "en");
        assert!(code == 0 || code == 1, "{id}: {code}");
        assert_eq!(report["file"], format!("builtin:{id}.ron"));
        assert_eq!(report["report"]["complete"], true, "{id}");
        let policies = report["report"]["policies"].as_array().unwrap();
        assert_eq!(policies.len(), 7, "{id}");
    }
}
