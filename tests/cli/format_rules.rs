//! Format v2 through the real binary: every new checker rule on its fixture
//! in `tests/fixtures/v2/`, and what `play` shows of characters, narration,
//! replies and checkpoints.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use crate::cli::{AUDIT_KINDS, check_json, location, run};
use serde_json::Value;

const V2: &str = "tests/fixtures/v2";
const VALID: &str = "tests/fixtures/v2/yanis-amo.ron";

/// (file, problem kind, severity, line:column of the offending item).
const RULES: &[(&str, &str, &str, (u64, u64))] = &[
    // The misspelt name itself.
    ("unknown-speaker.ron", "unknown-speaker", "error", (103, 29)),
    // The beat's id.
    ("nothing-said.ron", "nothing-said", "error", (101, 17)),
    (
        "variants-without-line.ron",
        "variants-without-line",
        "error",
        (103, 13),
    ),
    // The `next:` that should not be there.
    (
        "choices-and-next.ron",
        "choices-and-next",
        "error",
        (109, 13),
    ),
    (
        "unknown-checkpoint.ron",
        "unknown-checkpoint",
        "error",
        (80, 37),
    ),
    (
        "checkpoint-not-flag.ron",
        "checkpoint-not-flag",
        "error",
        (115, 39),
    ),
    // At the good ending that can be reached without it.
    (
        "checkpoint-avoidable.ron",
        "checkpoint-avoidable",
        "warning",
        (130, 17),
    ),
    ("windows-path.ron", "windows-path", "error", (46, 121)),
    // The misspelt section id.
    (
        "unknown-resource.ron",
        "unknown-resource",
        "error",
        (150, 31),
    ),
    // The beat's id; the title itself.
    ("untitled-beat.ron", "untitled-beat", "warning", (84, 17)),
    ("long-title.ron", "long-title", "warning", (122, 13)),
];

/// The format's problems of one file, and `check`'s exit code without the
/// pedagogical audit's warnings: these fixtures show the format, the audit
/// has fixtures of its own (`tests/audit.rs`).
fn problems(file: &str) -> (i32, Vec<Value>) {
    let (code, reports) = check_json(&[file]);
    assert_eq!(reports.len(), 1, "{file}");
    let all = reports[0]["problems"].as_array().unwrap();
    let format: Vec<Value> = (all.iter())
        .filter(|p| !AUDIT_KINDS.contains(&p["kind"].as_str().unwrap_or("")))
        .cloned()
        .collect();
    let code = if code == 1 && format.is_empty() {
        0
    } else {
        code
    };
    (code, format)
}

#[test]
fn every_v2_rule_is_reported_where_it_applies() {
    let mut bad = Vec::new();
    for (file, kind, severity, at) in RULES {
        let (code, found) = problems(&format!("{V2}/{file}"));
        let Some(p) = found.iter().find(|p| p["kind"] == *kind) else {
            bad.push(format!("{file}: no {kind} in {found:?}"));
            continue;
        };
        if p["severity"] != *severity || location(p) != Some(*at) || code != 1 {
            bad.push(format!(
                "{file}: {} at {:?}, exit {code}",
                p["severity"],
                location(p)
            ));
        }
        for field in ["message", "hint"] {
            if p[field].as_str().is_none_or(|s| s.trim().is_empty()) {
                bad.push(format!("{file}: empty {field}"));
            }
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

#[test]
fn the_valid_v2_fixture_is_clean() {
    let (code, found) = problems(VALID);
    assert_eq!(code, 0, "{found:?}");
    assert!(found.is_empty(), "{found:?}");
}

/// A decision without a title is a warning, a narration beat needs none,
/// and a file with an error does not list them: they would bury it.
#[test]
fn titles_are_asked_of_decisions_and_kept_short() {
    let kind_at = |file: &str, kind: &str| -> Vec<String> {
        let (_, found) = problems(&format!("{V2}/{file}"));
        (found.iter())
            .filter(|p| p["kind"] == kind)
            .map(|p| p["path_text"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        kind_at("untitled-beat.ron", "untitled-beat"),
        [r#"beats["telephone"]"#]
    );
    assert_eq!(
        kind_at("nothing-said.ron", "untitled-beat"),
        Vec::<String>::new()
    );
    assert_eq!(
        kind_at("long-title.ron", "untitled-beat"),
        Vec::<String>::new()
    );
    for (lang, message, hint) in [
        (
            "fr",
            "titre de 55 caractères (anglais)\u{202F}: la carte en montre 40 au plus",
            "gardez quelques mots qui nomment le moment\u{202F}; ce qui est dit reste dans `line`",
        ),
        (
            "en",
            "a title of 55 characters (English): the map shows 40 at most",
            "keep a few words that name the moment; what is said stays in `line`",
        ),
    ] {
        let (_, reports) = check_json(&["--lang", lang, &format!("{V2}/long-title.ron")]);
        let all = reports[0]["problems"].as_array().unwrap();
        let p = all.iter().find(|p| p["kind"] == "long-title").unwrap();
        assert_eq!((&p["message"], &p["hint"]), (&message.into(), &hint.into()));
        assert_eq!(
            (&p["lang"], &p["chars"], &p["limit"]),
            (&"en".into(), &55.into(), &40.into())
        );
    }
    let (_, reports) = check_json(&[&format!("{V2}/untitled-beat.ron")]);
    let all = reports[0]["problems"].as_array().unwrap();
    let p = all.iter().find(|p| p["kind"] == "untitled-beat").unwrap();
    assert_eq!(
        p["message"],
        "cette séquence n'a pas de titre\u{202F}: la carte des embranchements la nomme par les premiers mots de sa réplique"
    );
    assert!(p["hint"].as_str().unwrap().contains("title: (fr:"), "{p}");
}

#[test]
fn voices_by_convention_report_missing_and_orphan_files() {
    let (code, found) = problems(&format!("{V2}/audio-convention.ron"));
    assert_eq!(code, 1);
    let kinds = |k: &str| found.iter().filter(|p| p["kind"] == k).count();
    assert_eq!(kinds("audio-orphan"), 1, "{found:?}");
    let orphan = found.iter().find(|p| p["kind"] == "audio-orphan").unwrap();
    assert!(
        orphan["audio"]
            .as_str()
            .unwrap()
            .ends_with("fr/ancien-accueil.ogg")
    );
    // Every French line but `accueil` lacks its file; no English folder, no English warning.
    let missing: Vec<&str> = found
        .iter()
        .filter(|p| p["kind"] == "audio-missing")
        .map(|p| p["line"].as_str().unwrap())
        .collect();
    assert!(!missing.contains(&"accueil"), "{missing:?}");
    for line in [
        "accueil.cadre.reply",
        "accueil.cadre.reply#merci",
        "collegue.narration",
        "collegue",
        "lien",
    ] {
        assert!(missing.contains(&line), "{line} not in {missing:?}");
    }
    assert!(found.iter().all(|p| p["lang"] != "en"), "{found:?}");
    // The trainee's words are not voiced by convention.
    assert!(!missing.contains(&"accueil.cadre"), "{missing:?}");
}

#[test]
fn play_shows_narration_other_characters_replies_and_checkpoints() {
    let (code, out, err) = run(&[
        "play",
        VALID,
        "--seed",
        "1",
        "--choose",
        "cadre,securite,conclure",
    ]);
    assert_eq!(code, 0, "{err}");
    for expected in [
        // The reply's variant chosen by the state after "cadre" (trust 4).
        "Yanis (calme)\u{202F}: «\u{202F}Ok. Merci.\u{202F}»",
        "Inès passe la tête par la porte.",
        "Inès (collègue éducatrice)\u{202F}: «\u{202F}Je suis dans le bureau d'à côté si besoin.\u{202F}»",
        "✓ Étape franchie\u{202F}: Sécurité vérifiée ce soir",
        "✓ Sécurité vérifiée ce soir — Franchie",
        // No answer on this path could take it: not a miss.
        "○ Ne pas rester seul·e — Non atteinte\u{202F}: l'entretien s'est arrêté avant",
        // Masculine agreement.
        "Yanis (hésitant)",
        "Ce qu'il pensait",
    ] {
        assert!(out.contains(expected), "{expected:?} not in\n{out}");
    }
}

#[test]
fn play_json_ends_with_the_answers_available_when_the_script_runs_out() {
    let (code, out, err) = run(&["play", VALID, "--seed", "1", "--choose", "direct", "--json"]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert!(doc["ending"].is_null());
    let keys: Vec<&str> = doc["available"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["key"].as_str().unwrap())
        .collect();
    // After "direct" trust is 1: the conditional answer is not offered.
    assert_eq!(keys, ["securite", "juger"]);
    let first = &doc["available"][0];
    assert_eq!(first["scores"]["Asking"], 2);
    assert_eq!(first["recommended"], true);
    // The reply is in the transcript, after the trainee's words.
    let speakers: Vec<&str> = doc["transcript"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(speakers, ["young_person", "trainee", "young_person"]);
    assert_eq!(doc["transcript"][2]["id"], "yanis-amo/accueil/direct/reply");
}

#[test]
fn simulate_counts_the_required_checkpoints_passed_per_ending() {
    let (code, out, err) = run(&[
        "simulate", VALID, "--runs", "400", "--seed", "1", "--policy", "random", "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let ending = |id: &str| {
        doc["endings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()
            .clone()
    };
    let passed = |e: &Value, id: &str| {
        e["checkpoints"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()["passed"]
            .as_u64()
            .unwrap()
    };
    // Only the required ones are counted: "pas-seul" is optional.
    let lien = ending("lien");
    let ids: Vec<&str> = lien["checkpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["securite", "cloture"]);
    // The good ending needs both; "parti" is where safety was skipped.
    let runs = lien["count"].as_u64().unwrap();
    assert!(runs > 0);
    assert_eq!(passed(&lien, "securite"), runs);
    assert_eq!(passed(&lien, "cloture"), runs);
    let parti = ending("parti");
    assert!(parti["count"].as_u64().unwrap() > 0);
    assert_eq!(passed(&parti, "securite"), 0);
}
