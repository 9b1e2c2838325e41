//! End-to-end tests of the `entretien` binary: `check` on every malformed
//! fixture of `tests/fixtures/invalid/`, and the other subcommands on
//! `docs/template.ron` (`simulate` in `cli/simulate.rs`).
//!
//! Never run the binary without a subcommand here: that opens the window.

// `clippy.toml` allows them in `#[test]` functions only; the helpers below
// are test code too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

#[path = "cli/simulate.rs"]
mod simulate;

const FIXTURES: &str = "tests/fixtures/invalid";
const TEMPLATE: &str = "docs/template.ron";

/// The binary, run from the crate root so that relative paths (and the
/// file names it reports) are stable.
fn entretien() -> Command {
    let mut cmd = Command::cargo_bin("entretien").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs the binary; returns exit code, stdout and stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let out = entretien().args(args).output().unwrap();
    (
        out.status.code().expect("killed by a signal"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Runs `check --json` and parses its output.
fn check_json(args: &[&str]) -> (i32, Vec<Value>) {
    let mut all = vec!["check", "--json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run(&all);
    let reports: Vec<Value> = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("check {args:?}: not JSON ({e}): {stdout}{stderr}"));
    (code, reports)
}

/// `line:column` of a problem, or `null`.
fn location(problem: &Value) -> Option<(u64, u64)> {
    let loc = &problem["location"];
    if loc.is_null() {
        return None;
    }
    Some((
        loc["line"].as_u64().unwrap(),
        loc["column"].as_u64().unwrap(),
    ))
}

/// One fixture and what `check --json` must say about it.
struct Row {
    /// File (or folder) name in [`FIXTURES`].
    file: &'static str,
    /// Exit code of `check`.
    code: i32,
    /// Kind of the problem the fixture is about.
    kind: &'static str,
    /// Its severity.
    severity: &'static str,
    /// Where the first problem of that kind is: the offending id, key,
    /// field or value. `None` only for problems about the whole file or
    /// the whole scenario.
    at: Option<(u64, u64)>,
}

const fn row(
    file: &'static str,
    code: i32,
    kind: &'static str,
    severity: &'static str,
    at: Option<(u64, u64)>,
) -> Row {
    Row {
        file,
        code,
        kind,
        severity,
        at,
    }
}

const E: &str = "error";
const W: &str = "warning";

/// Every fixture of [`FIXTURES`], one row each.
const ROWS: &[Row] = &[
    // Plain breakage.
    row("empty.ron", 1, "empty", E, None),
    row("not-utf8.ron", 1, "not-utf8", E, Some((5, 22))),
    row("truncated.ron", 1, "syntax", E, Some((28, 26))),
    // Where the 129th level opens.
    row("too-deep.ron", 1, "too-deep", E, Some((33, 172))),
    row("looks-like-json.ron", 1, "looks-like-json", E, Some((1, 1))),
    row("directory.ron", 2, "is-directory", E, None),
    // Found by the parser.
    row("unknown-field.ron", 1, "unknown-field", E, Some((25, 17))),
    // At the closing parenthesis of the ending that lacks `lesson`.
    row("missing-field.ron", 1, "missing-field", E, Some((43, 9))),
    // The value `"quinze"`, not the blank after `age:`.
    row("wrong-type.ron", 1, "wrong-type", E, Some((11, 14))),
    row(
        "unknown-variant.ron",
        1,
        "unknown-variant",
        E,
        Some((24, 23)),
    ),
    // Found by the compiler.
    // The duplicate is the second `id: "lien"` (line 46), not the first.
    row("duplicate-id.ron", 1, "duplicate-id", E, Some((46, 17))),
    row("invalid-id.ron", 1, "invalid-id", E, Some((28, 26))),
    // The wrong value itself: `"lein"` in `next: Goto("lein")`.
    row("unknown-target.ron", 1, "unknown-target", E, Some((32, 32))),
    // The value of the top-level `start:` (line 21), not the variable's `start: 3`.
    row("start-not-beat.ron", 1, "start-not-beat", E, Some((21, 12))),
    row(
        "unknown-variable.ron",
        1,
        "unknown-variable",
        E,
        Some((35, 35)),
    ),
    row("unknown-flag.ron", 1, "unknown-flag", E, Some((33, 39))),
    row("out-of-range.ron", 1, "out-of-range", E, Some((30, 21))),
    row("empty-range.ron", 1, "empty-range", E, Some((19, 14))),
    row("missing-text.ron", 1, "missing-text", E, Some((23, 17))),
    row("no-choices.ron", 1, "no-choices", E, Some((46, 13))),
    row("no-endings.ron", 1, "no-endings", E, Some((37, 5))),
    // The choice "sans-score" (its key, line 28) has no `scores`: its key,
    // not the `scores:` of the next choice.
    row("no-scores.ron", 1, "no-scores", E, Some((28, 26))),
    // Same with `rationale`.
    row("no-rationale.ron", 1, "no-rationale", E, Some((28, 26))),
    // Found by the graph analysis.
    row(
        "key-point-never-scored.ron",
        1,
        "key-point-never-scored",
        W,
        // The scenario-wide warning points at `beats:`.
        Some((19, 5)),
    ),
    row(
        "unreachable-beat.ron",
        1,
        "unreachable-beat",
        W,
        Some((37, 17)),
    ),
    row(
        "unreachable-ending.ron",
        1,
        "unreachable-ending",
        W,
        Some((46, 17)),
    ),
    row("dead-end.ron", 1, "dead-end", E, Some((44, 17))),
    row(
        "no-choice-available.ron",
        1,
        "no-choice-available",
        E,
        Some((49, 17)),
    ),
    row(
        "all-weights-zero.ron",
        1,
        "all-weights-zero",
        E,
        Some((35, 26)),
    ),
    row(
        "state-space-too-large.ron",
        1,
        "state-space-too-large",
        W,
        // Points at `variables:`, whose ranges make the space too large.
        Some((18, 5)),
    ),
    // Limits that keep indices small (found by reading the engine after fuzzing).
    row("too-many-choices.ron", 1, "too-many", E, Some((146, 17))),
    // Assets.
    row("missing-audio.ron", 1, "missing-audio", W, Some((25, 17))),
    row(
        "asset-outside-folder.ron",
        1,
        "asset-outside-folder",
        E,
        Some((25, 17)),
    ),
];

/// Checks one fixture; returns what does not match (empty = all good).
fn mismatches(r: &Row) -> Vec<String> {
    let mut bad = Vec::new();
    let path = format!("{FIXTURES}/{}", r.file);
    let (code, reports) = check_json(&[&path]);
    let mut fail = |what: String| bad.push(format!("{}: {what}", r.file));
    if reports.len() != 1 {
        fail(format!("{} reports instead of 1", reports.len()));
        return bad;
    }
    let report = &reports[0];
    let problems = report["problems"].as_array().unwrap();
    let Some(p) = problems.iter().find(|p| p["kind"] == r.kind) else {
        let kinds: Vec<&Value> = problems.iter().map(|p| &p["kind"]).collect();
        fail(format!("no {} problem; found {kinds:?}", r.kind));
        return bad;
    };
    let at = location(p);
    if at != r.at {
        fail(format!("location {at:?}, expected {:?}", r.at));
    }
    if code != r.code {
        fail(format!("exit code {code}, expected {}", r.code));
    }
    if p["severity"] != r.severity {
        fail(format!(
            "severity {}, expected {}",
            p["severity"], r.severity
        ));
    }
    if report["file"] != path.as_str() || p["file"] != path.as_str() {
        fail(format!("file {} / {}", report["file"], p["file"]));
    }
    let (errors, warnings) = (report["errors"].as_u64(), report["warnings"].as_u64());
    let count = |s: &str| problems.iter().filter(|p| p["severity"] == s).count() as u64;
    if errors != Some(count(E)) || warnings != Some(count(W)) {
        fail(format!(
            "counts {errors:?}/{warnings:?} do not match the list"
        ));
    }
    for field in ["message", "hint"] {
        if p[field].as_str().is_none_or(|s| s.trim().is_empty()) {
            fail(format!("empty {field}"));
        }
    }
    bad
}

#[test]
fn every_fixture_reports_its_problem() {
    let bad: Vec<String> = ROWS.iter().flat_map(mismatches).collect();
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

#[test]
fn every_fixture_is_in_the_table() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES);
    let on_disk: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let in_table: BTreeSet<String> = ROWS.iter().map(|r| r.file.to_owned()).collect();
    assert_eq!(in_table.len(), ROWS.len(), "a fixture is listed twice");
    let missing: Vec<_> = on_disk.difference(&in_table).collect();
    let gone: Vec<_> = in_table.difference(&on_disk).collect();
    assert!(missing.is_empty(), "fixtures without a row: {missing:?}");
    assert!(gone.is_empty(), "rows without a fixture: {gone:?}");
    assert!(ROWS.len() >= 28);
}

#[test]
fn too_large_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let limit = 16 * 1024 * 1024;
    std::fs::write(&path, vec![b' '; limit + 1]).unwrap();
    let (code, reports) = check_json(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let p = &reports[0]["problems"][0];
    assert_eq!(p["kind"], "too-large");
    assert_eq!(p["severity"], E);
    assert_eq!(p["bytes"], limit + 1);
    assert_eq!(p["limit"], limit);
    assert!(p["location"].is_null());
}

#[test]
fn missing_file() {
    let path = format!("{FIXTURES}/does-not-exist.ron");
    let (code, reports) = check_json(&[&path]);
    assert_eq!(code, 2);
    let p = &reports[0]["problems"][0];
    assert_eq!(p["kind"], "io");
    assert_eq!(p["severity"], E);
    assert_eq!(p["file"], path.as_str());
}

#[test]
fn human_output_is_located_and_translated() {
    let path = format!("{FIXTURES}/dead-end.ron");
    let (code, fr, _) = run(&["check", &path]);
    assert_eq!(code, 1);
    assert!(fr.contains(&format!("{path}:44:17: erreur: ")), "{fr}");
    assert!(!fr.contains(": error: "), "{fr}");

    let (code, en, _) = run(&["--lang", "en", "check", &path]);
    assert_eq!(code, 1);
    assert!(en.contains(&format!("{path}:44:17: error: ")), "{en}");
    assert!(!en.contains(": erreur: "), "{en}");

    let path = format!("{FIXTURES}/unreachable-beat.ron");
    let (_, fr, _) = run(&["check", &path]);
    assert!(
        fr.contains(&format!("{path}:37:17: avertissement: ")),
        "{fr}"
    );
    let (_, en, _) = run(&["check", "--lang", "en", &path]);
    assert!(en.contains(&format!("{path}:37:17: warning: ")), "{en}");
}

#[test]
fn check_without_path_checks_the_builtins() {
    let (code, reports) = check_json(&[]);
    assert_eq!(code, 0, "{reports:?}");
    assert!(!reports.is_empty());
    for r in &reports {
        assert_eq!(r["problems"], serde_json::json!([]), "{r}");
    }
    let (code, _, _) = run(&["check"]);
    assert_eq!(code, 0);
}

#[test]
fn check_the_fixture_folder() {
    // directory.ron is listed like any .ron entry and is not a file: 2.
    let (code, reports) = check_json(&[FIXTURES]);
    assert_eq!(code, 2);
    let reported: BTreeSet<String> = reports
        .iter()
        .map(|r| {
            let file = r["file"].as_str().unwrap();
            assert!(!r["problems"].as_array().unwrap().is_empty(), "{file}");
            file.trim_start_matches(FIXTURES)
                .trim_start_matches('/')
                .to_owned()
        })
        .collect();
    let expected: BTreeSet<String> = ROWS.iter().map(|r| r.file.to_owned()).collect();
    assert_eq!(reported, expected);
}

fn play(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["play", TEMPLATE];
    all.extend_from_slice(args);
    run(&all)
}

#[test]
fn scripted_play_json() {
    let (code, out, err) = play(&["--seed", "1", "--choose", "cadre,transparence", "--json"]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let first = &doc["transcript"][0];
    assert_eq!(first["speaker"], "young_person");
    let id = first["id"].as_str().unwrap();
    assert!(
        id == "template/accueil" || id == "template/accueil#sec",
        "{id}"
    );
    assert_eq!(doc["transcript"][1]["id"], "template/accueil/cadre");
    let ending = doc["ending"].as_str().unwrap();
    assert!(
        ["revelation", "lien", "rupture"].contains(&ending),
        "{ending}"
    );
}

#[test]
fn scripted_play_with_unknown_key() {
    let (code, _, err) = play(&["--seed", "1", "--choose", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("nope"), "{err}");
    assert!(err.contains("cadre") && err.contains("direct"), "{err}");
}

#[test]
fn play_is_reproducible() {
    for json in [false, true] {
        let mut args = vec!["--seed", "7", "--choose", "cadre,transparence"];
        if json {
            args.push("--json");
        }
        let a = entretien()
            .args(["play", TEMPLATE])
            .args(&args)
            .output()
            .unwrap();
        let b = entretien()
            .args(["play", TEMPLATE])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(a.status.code(), b.status.code());
        assert!(!a.stdout.is_empty());
        assert_eq!(a.stdout, b.stdout, "json: {json}");
        assert_eq!(a.stderr, b.stderr, "json: {json}");
    }
}

#[test]
fn graph_formats() {
    let (code, mermaid, _) = run(&["graph", TEMPLATE, "--format", "mermaid"]);
    assert_eq!(code, 0);
    assert!(mermaid.starts_with("flowchart"), "{mermaid}");
    let (code, dot, _) = run(&["graph", TEMPLATE]);
    assert_eq!(code, 0);
    assert!(dot.starts_with("digraph"), "{dot}");
}
