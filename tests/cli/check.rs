//! `check` through the real binary: every malformed fixture of
//! `tests/fixtures/invalid/`, the resource files of
//! `tests/fixtures/resources/`, and the messages in both languages.

// `clippy.toml` allows them in `#[test]` functions only; the helpers below
// are test code too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::collections::BTreeSet;
use std::path::Path;

use crate::cli::{check_json, entretien, location, run};
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/invalid";
pub const TEMPLATE: &str = "docs/template.ron";

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
    // The byte-order mark is skipped: the file is read, and the capital of
    // `id: "Mini"` is found at the column an editor shows.
    row("byte-order-mark.ron", 1, "invalid-id", E, Some((1, 10))),
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
    // Repeated keys: at the second one.
    row(
        "duplicate-score.ron",
        1,
        "duplicate-score",
        E,
        Some((30, 40)),
    ),
    row(
        "duplicate-field.ron",
        1,
        "duplicate-field",
        E,
        Some((41, 13)),
    ),
    // Word-processor slips: at the offending character (the number's first).
    row("decimal-number.ron", 1, "decimal-number", E, Some((16, 14))),
    row(
        "typographic-quote.ron",
        1,
        "typographic-quote",
        E,
        Some((32, 32)),
    ),
    row(
        "non-breaking-space.ron",
        1,
        "non-breaking-space",
        E,
        Some((16, 12)),
    ),
    row(
        "typographic-minus.ron",
        1,
        "typographic-minus",
        E,
        Some((30, 82)),
    ),
    // Found by the compiler.
    // The duplicate is the second `id: "lien"` (line 46), not the first.
    row("duplicate-id.ron", 1, "duplicate-id", E, Some((46, 17))),
    // An ending named like a beat: at the beat, written before or after it.
    row(
        "beat-named-like-ending.ron",
        1,
        "duplicate-id",
        E,
        Some((21, 17)),
    ),
    row(
        "ending-named-like-beat.ron",
        1,
        "duplicate-id",
        E,
        Some((37, 17)),
    ),
    row("invalid-id.ron", 1, "invalid-id", E, Some((28, 26))),
    // At the flag in `flags`, not at `flags:` nor at the references.
    row(
        "flag-named-like-variable.ron",
        1,
        "duplicate-id",
        E,
        Some((19, 23)),
    ),
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

/// Message and hint of the first problem of a fixture, word for word, in
/// each language: the ones whose parser wording misled authors.
const MESSAGES: &[(&str, &str, &str, &str)] = &[
    (
        "duplicate-score.ron",
        "fr",
        "le point clé «\u{202f}Frame\u{202f}» est noté deux fois dans `scores`",
        "une seule note par point clé\u{202f}: supprimez ou corrigez la seconde",
    ),
    (
        "duplicate-score.ron",
        "en",
        "key point \"Frame\" is scored twice in `scores`",
        "one score per key point: remove or fix the second",
    ),
    (
        "decimal-number.ron",
        "fr",
        "nombre décimal «\u{202f}12.5\u{202f}» là où il faut un nombre entier",
        "écrivez 12 ou 13",
    ),
    (
        "decimal-number.ron",
        "en",
        "a decimal number (12.5) where a whole number is expected",
        "write 12 or 13",
    ),
    (
        "typographic-quote.ron",
        "fr",
        "guillemet typographique «\u{202f}“\u{202f}» hors d'un texte",
        "entourez les textes de guillemets droits \"…\"\u{202f}; les guillemets typographiques ne vont qu'à l'intérieur d'un texte",
    ),
    (
        "typographic-quote.ron",
        "en",
        "typographic quote “ outside a text",
        "use straight double quotes \"…\" around texts; typographic quotes belong only inside a text",
    ),
    (
        "non-breaking-space.ron",
        "fr",
        "espace insécable (U+202F) hors d'un texte",
        "remplacez-la par une espace normale (un traitement de texte la met souvent devant «\u{202f}:\u{202f}»)",
    ),
    (
        "non-breaking-space.ron",
        "en",
        "a non-breaking space (U+202F) outside a text",
        "replace it by a normal space (word processors often put one before ':')",
    ),
    (
        "typographic-minus.ron",
        "en",
        "\"−\" in place of the minus sign \"-\"",
        "write the minus as a hyphen, e.g. -2",
    ),
    (
        "wrong-type.ron",
        "fr",
        "valeur du mauvais type\u{202f}: «\u{202f}\"quinze\"\u{202f}» là où il faut un nombre entier",
        "écrivez un nombre entier sans guillemets, par ex. 15\u{202f}; un nombre négatif commence par un trait d'union -",
    ),
    (
        "truncated.ron",
        "fr",
        "texte non fermé\u{202f}: le guillemet droit \" de fin manque",
        "ajoutez \" à la fin du texte\u{202f}; dans un texte, écrivez \\\" pour un guillemet droit",
    ),
];

#[test]
fn messages_say_what_and_how_in_each_language() {
    let mut bad = Vec::new();
    for (file, lang, message, hint) in MESSAGES {
        let path = format!("{FIXTURES}/{file}");
        let (_, reports) = check_json(&["--lang", lang, &path]);
        let p = &reports[0]["problems"][0];
        if p["message"] != *message || p["hint"] != *hint {
            bad.push(format!("{file} ({lang}): {} / {}", p["message"], p["hint"]));
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

/// The item around a problem the parser found (it gives a position only).
const PATHS: &[(&str, &str)] = &[
    (
        "duplicate-score.ron",
        r#"beats["accueil"].choices["cadre"].scores"#,
    ),
    ("duplicate-field.ron", r#"endings["lien"]"#),
    ("decimal-number.ron", "minutes"),
    ("wrong-type.ron", "young_person.age"),
    ("unknown-field.ron", r#"beats["accueil"].line"#),
];

#[test]
fn syntax_problems_name_their_item() {
    for (file, path) in PATHS {
        let (_, reports) = check_json(&[&format!("{FIXTURES}/{file}")]);
        assert_eq!(reports[0]["problems"][0]["path_text"], *path, "{file}");
    }
}

/// Words of the parser (English, Rust type names) that must never reach an
/// author; the French list also has English words.
const PARSER_WORDS: &[&str] = &["Raw", "struct", "`(`", "Expected", "identifier"];
const ENGLISH_WORDS: &[&str] = &["the ", "found", "expected", " is missing"];

#[test]
fn no_message_shows_the_parser_s_words() {
    let mut bad = Vec::new();
    for lang in ["fr", "en"] {
        let (_, reports) = check_json(&["--lang", lang, FIXTURES]);
        for p in reports
            .iter()
            .flat_map(|r| r["problems"].as_array().unwrap())
        {
            let text = format!("{} {}", p["message"], p["hint"]);
            let french = if lang == "fr" { ENGLISH_WORDS } else { &[] };
            for word in PARSER_WORDS.iter().chain(french) {
                if text.contains(word) {
                    bad.push(format!("{} ({lang}): {word:?} in {text}", p["file"]));
                }
            }
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

/// Fixtures whose problem must come alone: no follow-up errors.
const ALONE: &[&str] = &[
    "flag-named-like-variable.ron",
    "beat-named-like-ending.ron",
    "ending-named-like-beat.ron",
];

#[test]
fn some_problems_come_alone() {
    for file in ALONE {
        let (_, reports) = check_json(&[&format!("{FIXTURES}/{file}")]);
        let problems = reports[0]["problems"].as_array().unwrap();
        assert_eq!(problems.len(), 1, "{file}: {problems:#?}");
    }
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
    assert!(p["hint"].as_str().unwrap().contains("--max-size"), "{p}");
    // Told a larger limit, the command line reads it (and finds it empty).
    let bigger = (limit + 1).to_string();
    let (code, reports) = check_json(&["--max-size", &bigger, path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(reports[0]["problems"][0]["kind"], "empty");
}

/// `--max-size` also lowers the limit, and the message names the option.
#[test]
fn max_size_sets_the_file_limit_of_the_command_line() {
    let (code, reports) = check_json(&["--lang", "en", "--max-size", "100", TEMPLATE]);
    assert_eq!(code, 1);
    let p = &reports[0]["problems"][0];
    assert_eq!(p["kind"], "too-large");
    assert_eq!(p["limit"], 100);
    let hint = p["hint"].as_str().unwrap();
    assert!(hint.contains("larger than 100 bytes"), "{hint}");
    assert!(hint.contains("--max-size BYTES"), "{hint}");
    let (code, reports) = check_json(&["--lang", "fr", "--max-size", "100", TEMPLATE]);
    assert_eq!(code, 1);
    let hint = reports[0]["problems"][0]["hint"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(hint.contains("--max-size OCTETS"), "{hint}");
    let (code, reports) = check_json(&[TEMPLATE]);
    assert_eq!((code, &reports[0]["problems"]), (0, &serde_json::json!([])));
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(std::fs::read(TEMPLATE).unwrap());
    std::fs::write(&path, bytes).unwrap();
    let (code, reports) = check_json(&[path.to_str().unwrap()]);
    assert_eq!(reports[0]["problems"], serde_json::json!([]), "{reports:?}");
    assert_eq!(code, 0);
}

/// A pipe named like a scenario is skipped with a warning, never opened
/// (opening it would wait for a writer forever), alone or in a folder.
#[cfg(unix)]
#[test]
fn a_pipe_is_skipped_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    assert!(made.unwrap().success());
    std::fs::copy(TEMPLATE, dir.path().join("template.ron")).unwrap();
    let pipe = pipe.to_str().unwrap();
    for arg in [pipe, dir.path().to_str().unwrap()] {
        let out = entretien()
            .args(["check", "--json", arg])
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{arg}: hung or failed");
        let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
        let report = reports.iter().find(|r| r["file"] == pipe).unwrap();
        assert_eq!(report["warnings"], 1);
        let p = &report["problems"][0];
        assert_eq!(p["kind"], "not-a-file");
        assert_eq!(p["severity"], W);
        assert!(p["location"].is_null());
        let message = p["message"].as_str().unwrap();
        assert!(message.contains("pas un fichier ordinaire"), "{message}");
    }
    let (code, _, err) = run(&["--lang", "en", "play", pipe]);
    assert_eq!(code, 2);
    assert!(err.contains("not a regular file"), "{err}");
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
    // Checked clean, the pedagogical audit included (issue 16).
    let (code, reports) = check_json(&[]);
    assert!(!reports.is_empty());
    for r in &reports {
        assert_eq!(r["problems"], serde_json::json!([]), "{r}");
    }
    assert_eq!(code, 0, "{reports:?}");
    let resources = reports
        .iter()
        .find(|r| r["file"] == "builtin:resources.ron");
    assert_eq!(
        resources.map(|r| &r["kind"]),
        Some(&Value::from("resources"))
    );
    let (code, _, _) = run(&["check"]);
    assert_eq!(code, 0);
}

#[test]
fn check_resource_files() {
    let (code, out, _) = run(&["check", "scenarios/resources.ron"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("fichier de ressources — aucun problème"),
        "{out}"
    );
    // Each fixture: kind, path and line:column of every problem, in order.
    type Found<'a> = Vec<(&'a str, &'a str, Option<(u64, u64)>)>;
    let cases: [(&str, Found); 2] = [
        (
            "broken.ron",
            vec![
                (
                    "missing-text",
                    r#"sections["secret"].items[1]"#,
                    Some((10, 17)),
                ),
                // The second `id: "secret"`.
                ("duplicate-id", r#"sections["secret"]"#, Some((14, 17))),
            ],
        ),
        (
            "unknown-field.ron",
            vec![("unknown-field", "", Some((7, 13)))],
        ),
    ];
    for (file, expected) in cases {
        let path = format!("tests/fixtures/resources/{file}");
        let (code, reports) = check_json(&[&path]);
        assert_eq!(code, 1, "{file}");
        assert_eq!(reports[0]["kind"], "resources", "{file}");
        let problems = reports[0]["problems"].as_array().unwrap();
        let found: Found = problems
            .iter()
            .map(|p| {
                let text = |k: &str| p[k].as_str().unwrap();
                (text("kind"), text("path_text"), location(p))
            })
            .collect();
        assert_eq!(found, expected, "{file}");
    }
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
