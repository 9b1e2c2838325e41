//! Issue 19, fault 10: a scenario over the beat limit
//! ([`DEFAULT_MAX_BEATS`]) is refused, in the app and by the command line,
//! saying what is wrong and how to fix it; `--max-beats` lets an author's
//! tools read a larger one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use crate::cli::{check_json, run};
use crate::common::{app, harness};
use egui_kittest::kittest::Queryable as _;
use entretien::scenario::load::{DEFAULT_MAX_BEATS, Limits};
use entretien::scenario::{Lang, library};

/// A valid scenario one beat over the limit, written to `dir`.
fn giant(dir: &Path) -> PathBuf {
    let file = dir.join("giant.ron");
    let src = entretien::synth::scenario_source(DEFAULT_MAX_BEATS + 1, 1);
    std::fs::write(&file, src).unwrap();
    file
}

#[test]
fn the_command_line_refuses_a_giant_unless_told_a_larger_limit() {
    let dir = tempfile::tempdir().unwrap();
    let file = giant(dir.path());
    let file = file.to_str().unwrap();
    let (code, reports) = check_json(&["--lang", "en", file]);
    assert_eq!(code, 1);
    let problems = reports[0]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(p["kind"], "too-many-beats");
    assert_eq!(p["beats"], DEFAULT_MAX_BEATS + 1);
    assert_eq!(p["limit"], DEFAULT_MAX_BEATS);
    assert_eq!(p["message"], "too many beats (1001, at most 1000)");
    assert!(p["hint"].as_str().unwrap().contains("--max-beats"), "{p}");
    // Every command that reads a scenario says so, and plays nothing.
    let (code, out, err) = run(&["graph", file]);
    assert_eq!(code, 1, "{out}");
    assert!(
        err.contains("trop de séquences (1001, maximum 1000)"),
        "{err}"
    );
    // Told a larger limit, it reads the file.
    let (code, out, err) = run(&["graph", file, "--max-beats", "1001"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("b1000"), "the graph names the last beat");
    let (code, _, err) = run(&["--max-beats", "1000", "graph", file]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn the_app_refuses_a_giant_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    giant(dir.path());
    // What the app loads at start: the built-ins and the folders, with the
    // default limits.
    let entries = library::load_all(&[dir.path().to_owned()], &Limits::default());
    let h = harness(app(dir.path(), entries, Lang::Fr));
    h.get_by_label("Ce fichier contient des erreurs et ne peut pas être joué");
    h.get_by_label_contains("trop de séquences (1001, maximum 1000)");
}
