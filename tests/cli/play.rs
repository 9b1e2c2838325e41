//! `play` and `graph` through the real binary, on the documented template.

use crate::check::TEMPLATE;
use crate::cli::{entretien, run};
use serde_json::Value;

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
