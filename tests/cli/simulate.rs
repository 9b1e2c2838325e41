//! `entretien simulate` on the built-in `kelly-foyer` and on
//! `docs/template.ron`: the policies, the report's fields, the endings
//! table, determinism and usage errors.

use serde_json::Value;

use crate::check::TEMPLATE;
use crate::cli::run;

/// A scenario of each origin: built-in (by id) and a file.
const SCENARIOS: [&str; 2] = ["kelly-foyer", TEMPLATE];

/// Runs `simulate --json` and parses its output.
fn simulate_json(scenario: &str, args: &[&str]) -> Value {
    let mut all = vec!["simulate", scenario, "--json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "simulate {scenario} {args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// Mean share of recommended choices over every run that ended.
fn recommended_share(report: &Value) -> f64 {
    let (mut sum, mut runs) = (0.0, 0);
    for e in report["endings"].as_array().unwrap() {
        let count = e["count"].as_u64().unwrap();
        if count > 0 {
            sum += e["recommended_share"].as_f64().unwrap() * count as f64;
            runs += count;
        }
    }
    assert!(runs > 0, "no run ended: {report}");
    sum / runs as f64
}

#[test]
fn simulate_counts_every_run() {
    let doc = simulate_json(TEMPLATE, &["--runs", "200"]);
    assert_eq!(doc["runs"], 200);
    assert_eq!(doc["policy"], "random");
    let endings = doc["endings"].as_array().unwrap();
    let total: u64 = endings.iter().map(|e| e["count"].as_u64().unwrap()).sum();
    assert_eq!(total + doc["unfinished"].as_u64().unwrap(), 200);
    let shares: f64 = endings.iter().map(|e| e["share"].as_f64().unwrap()).sum();
    assert!((shares - 1.0).abs() < 1e-9, "{shares}");
}

#[test]
fn best_policy_is_more_recommended_than_worst() {
    for scenario in SCENARIOS {
        let share = |policy| {
            let doc = simulate_json(scenario, &["--policy", policy, "--runs", "500"]);
            assert_eq!(doc["policy"], policy);
            recommended_share(&doc)
        };
        let (best, worst) = (share("best"), share("worst"));
        assert!(best > worst, "{scenario}: best {best}, worst {worst}");
        assert!(best > 0.9, "{scenario}: best {best}");
    }
}

#[test]
fn json_report_has_every_field() {
    for scenario in SCENARIOS {
        let doc = simulate_json(scenario, &["--policy", "best", "--runs", "50"]);
        for field in [
            "policy",
            "runs",
            "unfinished",
            "decisions",
            "endings",
            "points",
            "unvisited_beats",
            "untaken_choices",
        ] {
            assert!(doc.get(field).is_some(), "{scenario}: no {field}: {doc}");
        }
        let endings = doc["endings"].as_array().unwrap();
        assert!(!endings.is_empty());
        for e in endings {
            assert!(e["id"].as_str().is_some_and(|id| !id.is_empty()), "{e}");
            let kind = e["kind"].as_str().unwrap();
            assert!(
                ["BondKept", "Disclosure", "Rupture", "AtRisk"].contains(&kind),
                "{kind}"
            );
            assert!(e["count"].is_u64() && e["share"].is_f64(), "{e}");
            // A share where some run reached the ending, null where none did.
            assert_eq!(e["recommended_share"].is_null(), e["count"] == 0, "{e}");
            assert!(e["checkpoints"].is_array(), "{e}");
        }
    }
}

#[test]
fn same_seed_same_output() {
    for scenario in SCENARIOS {
        for policy in ["random", "best", "worst"] {
            // Every output form on the small template; the large built-in
            // (its check takes a second in a debug build) in one form.
            let forms: &[&[&str]] = if scenario == TEMPLATE {
                &[&[], &["--json"], &["--lang", "en"]]
            } else {
                &[&["--json"]]
            };
            for extra in forms {
                let mut args = vec!["simulate", scenario, "--policy", policy];
                args.extend_from_slice(&["--runs", "300", "--seed", "9"]);
                args.extend_from_slice(extra);
                let (code, a, _) = run(&args);
                let (_, b, _) = run(&args);
                assert_eq!(code, 0);
                assert!(!a.is_empty());
                assert_eq!(a, b, "{scenario} {policy} {extra:?}");
            }
        }
    }
}

#[test]
fn endings_table_has_a_heading_then_one_line_per_ending() {
    for (lang, heading) in [("fr", "Fins"), ("en", "Endings")] {
        for scenario in SCENARIOS {
            let args = ["--lang", lang, "simulate", scenario, "--policy", "worst"];
            let (code, out, err) = run(&args);
            assert_eq!(code, 0, "{err}");
            let report = simulate_json(scenario, &["--policy", "worst"]);
            let all = report["endings"].as_array().unwrap();
            let endings = all.len();
            let most = all
                .iter()
                .max_by_key(|e| e["count"].as_u64().unwrap())
                .unwrap();
            let lines: Vec<&str> = out.lines().collect();
            let at = lines
                .iter()
                .position(|l| l.starts_with(heading))
                .unwrap_or_else(|| panic!("no line starts with {heading}:\n{out}"));
            let rows = &lines[at + 1..at + 1 + endings];
            assert!(rows.iter().all(|r| r.starts_with("  ")), "{out}");
            // The ending most reached comes first.
            let id = most["id"].as_str().unwrap();
            assert!(rows[0].trim_start().starts_with(id), "{out}");
            assert!(!lines[at + 1 + endings].starts_with("  "), "{out}");
        }
    }
}

#[test]
fn french_output_has_french_typography() {
    let (_, fr, _) = run(&["simulate", TEMPLATE, "--runs", "20"]);
    assert!(fr.contains("template\u{202F}: 20 parcours"), "{fr}");
    assert!(fr.contains("Parcours non terminés\u{202F}: 0"), "{fr}");
    assert!(fr.contains("\u{202F}%"), "{fr}");
    assert!(!fr.contains(" :") && !fr.contains(" %"), "{fr}");
    let (_, en, _) = run(&["--lang", "en", "simulate", TEMPLATE, "--runs", "20"]);
    assert!(en.contains("template: 20 runs"), "{en}");
    assert!(!en.contains('\u{202F}'), "{en}");
}

#[test]
fn unknown_policy_is_a_usage_error() {
    let (code, out, err) = run(&["simulate", TEMPLATE, "--policy", "greedy"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("greedy") && err.contains("--policy"), "{err}");
    for policy in ["random", "best", "worst"] {
        assert!(err.contains(policy), "{err}");
    }
}
