//! `entretien report`: an interview finished in the app is reported by its
//! id (or a prefix) as Markdown, HTML and, when Chromium is installed, PDF;
//! a workshop from the record kept beside its summary; unknown ids, a
//! record that no longer replays and a PDF without a file are refused
//! with a message and exit code 2.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::cli::entretien;
use crate::history::finish_an_interview;
use entretien::engine::Workshop;
use entretien::scenario::Lang;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::store::{summary_file_name, workshop_record, workshop_record_name};

/// Runs `entretien report ARGS` on the data folder `data`: code, stdout, stderr.
fn report(data: &Path, args: &[&str]) -> (i32, String, String) {
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", data)
        .arg("report")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The id of the only attempt in `data`'s history.
fn only_id(data: &Path) -> String {
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", data)
        .args(["history", "--json"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["attempts"][0]["id"].as_str().unwrap().to_owned()
}

#[test]
fn an_attempt_is_reported_as_markdown_html_and_a_file() {
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    let id = only_id(dir.path());
    let (code, md, err) = report(dir.path(), &[&id]);
    assert_eq!(code, 0, "{err}");
    assert!(md.starts_with("# Rapport d'entretien — Kelly"), "{md}");
    assert!(
        md.contains("## Du côté de Kelly") && md.contains(&id),
        "{md}"
    );
    // A unique prefix names it too; --lang sets the report's language.
    let (code, en, _) = report(dir.path(), &[&id[..3], "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(en.starts_with("# Interview report — "), "{en}");
    let (code, html, _) = report(dir.path(), &[&id, "--format", "html"]);
    assert_eq!(code, 0);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"));
    let file = dir.path().join("out").join("r.html");
    std::fs::create_dir(file.parent().unwrap()).unwrap();
    let path = file.to_str().unwrap();
    let (code, stdout, err) = report(dir.path(), &[&id, "--format", "html", "-o", path]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.is_empty() && err.contains("r.html"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), html);
    // Only the report in the folder: the temporary file was renamed.
    assert_eq!(
        std::fs::read_dir(file.parent().unwrap()).unwrap().count(),
        1
    );
}

#[test]
fn what_cannot_be_reported_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    let id = only_id(dir.path());
    let (code, stdout, err) = report(dir.path(), &["ffffffff0"]);
    assert_eq!(code, 2);
    assert!(
        stdout.is_empty() && err.contains("Aucune tentative"),
        "{err}"
    );
    let (code, _, err) = report(dir.path(), &[&id, "--format", "pdf"]);
    assert_eq!(code, 2);
    assert!(err.contains("-o"), "{err}");
    // The scenario moved on: the recorded choice is no longer there.
    let history = dir.path().join("history.ron");
    let text = std::fs::read_to_string(&history).unwrap();
    let at = text.find("choice: \"").unwrap() + "choice: \"".len();
    let end = at + text[at..].find('"').unwrap();
    let changed = format!("{}gone{}", &text[..at], &text[end..]);
    std::fs::write(&history, changed).unwrap();
    // The id covers the choices: the changed record has another.
    let moved = only_id(dir.path());
    let (code, _, err) = report(dir.path(), &[&moved, "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no longer replays") && err.contains("gone"),
        "{err}"
    );
}

#[test]
fn a_pdf_is_printed_when_chromium_is_installed() {
    if entretien::report::pdf::find_chromium().is_none() {
        println!("note: no Chromium on this machine, the PDF is not tried (make deps installs it)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    let id = only_id(dir.path());
    let pdf = dir.path().join("x.pdf");
    let (code, _, err) = report(
        dir.path(),
        &[&id, "--format", "pdf", "-o", pdf.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(
        bytes.starts_with(b"%PDF") && bytes.len() > 10_000,
        "{} bytes",
        bytes.len()
    );
    // To look at its pages (pdftoppm -png -r 60 FILE page): a copy where asked.
    if let Some(copy) = std::env::var_os("REPORT_PDF_COPY") {
        std::fs::copy(&pdf, copy).unwrap();
    }
}

#[test]
fn without_chromium_the_pdf_says_how() {
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    let id = only_id(dir.path());
    let pdf = dir.path().join("x.pdf");
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", dir.path())
        .env("PATH", dir.path())
        .args([
            "report",
            &id,
            "--format",
            "pdf",
            "-o",
            pdf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("chromium") && err.contains("--format html"),
        "{err}"
    );
    assert!(!pdf.exists());
}

#[test]
fn a_workshop_is_reported_from_the_record_beside_its_summary() {
    let dir = tempfile::tempdir().unwrap();
    let kelly = builtin(&Limits::default())
        .into_iter()
        .find_map(|r| r.scenario.filter(|s| s.meta.id == "kelly-foyer"))
        .unwrap();
    let mut w = Workshop::new(&kelly, 2, Lang::Fr, 1_000);
    w.vote(0, 3);
    w.set_revealed(true);
    w.follow(&kelly, 0, 61_000).unwrap();
    let record = dir.path().join(workshop_record_name("kelly-foyer", 1_000));
    std::fs::write(&record, workshop_record(&w).unwrap()).unwrap();
    let summary = dir.path().join(summary_file_name("kelly-foyer", 1_000));
    let (code, html, err) = report(dir.path(), &[summary.to_str().unwrap(), "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    assert!(html.contains("<h1>Atelier — Kelly") && html.contains("Temps de discussion"));
    assert!(
        html.contains("L'atelier s'est arrêté avant la fin"),
        "unfinished"
    );
    // xAPI statements describe attempts, not workshops.
    let (code, _, err) = report(dir.path(), &[record.to_str().unwrap(), "--format", "xapi"]);
    assert_eq!(code, 2);
    assert!(err.contains("tentative"), "{err}");
    std::fs::write(&record, "(session: 3)").unwrap();
    let (code, _, err) = report(dir.path(), &[record.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("atelier enregistré"), "{err}");
}

/// `--format xapi`: the attempt's statements, attempted first and
/// completed last, naming no one until the settings name someone.
#[test]
fn an_attempt_gives_its_xapi_statements_naming_whom_the_settings_name() {
    let dir = tempfile::tempdir().unwrap();
    finish_an_interview(dir.path());
    let id = only_id(dir.path());
    let (code, json, err) = report(dir.path(), &[&id, "--format", "xapi"]);
    assert_eq!(code, 0, "{err}");
    let statements: serde_json::Value = serde_json::from_str(&json).unwrap();
    let verbs: Vec<&str> = statements
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["verb"]["id"].as_str().unwrap())
        .collect();
    assert!(verbs.first().unwrap().ends_with("/attempted"), "{verbs:?}");
    assert!(verbs.last().unwrap().ends_with("/completed"), "{verbs:?}");
    assert!(!json.contains("mailto:"), "no one named: {json}");
    std::fs::write(
        dir.path().join("settings.ron"),
        "(xapi_actor: Some(\"formation@example.org\"))",
    )
    .unwrap();
    let out = dir.path().join("statements.json");
    let (code, _, err) = report(
        dir.path(),
        &[&id, "--format", "xapi", "-o", out.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let written = std::fs::read_to_string(out).unwrap();
    assert!(
        written.contains("mailto:formation@example.org"),
        "{written}"
    );
}
