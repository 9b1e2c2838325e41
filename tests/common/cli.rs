//! Shared by the tests of the real binary: run it, parse `check --json`.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use serde_json::Value;

/// The binary, run from the crate root so that relative paths (and the
/// file names it reports) are stable.
pub fn entretien() -> Command {
    let mut cmd = Command::cargo_bin("entretien").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs the binary; returns exit code, stdout and stderr.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = entretien().args(args).output().unwrap();
    (
        out.status.code().expect("killed by a signal"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Runs `check --json` and parses its output.
pub fn check_json(args: &[&str]) -> (i32, Vec<Value>) {
    let mut all = vec!["check", "--json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run(&all);
    let reports: Vec<Value> = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("check {args:?}: not JSON ({e}): {stdout}{stderr}"));
    (code, reports)
}

/// The kinds of the pedagogical audit's findings (`entretien audit`),
/// which `check` adds as warnings.
pub const AUDIT_KINDS: [&str; 15] = [
    "guesser-wins",
    "length-tell",
    "length-ratio",
    "serious-fault-disclosure",
    "serious-fault-unrepaired",
    "costless-mistake",
    "two-faults-forgiven",
    "sooner-by-mistake",
    "better-than-good",
    "serious-beats-lesser",
    "credit-contradicted",
    "never-read",
    "never-set",
    "hidden-stake",
    "line-never-said",
];

/// `line:column` of a problem, or `null`.
pub fn location(problem: &Value) -> Option<(u64, u64)> {
    let loc = &problem["location"];
    if loc.is_null() {
        return None;
    }
    Some((
        loc["line"].as_u64().unwrap(),
        loc["column"].as_u64().unwrap(),
    ))
}
