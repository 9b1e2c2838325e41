//! Issue 19, fault 7: a shared scenario file cannot drive the terminal of
//! whoever checks or plays it. A control character in a text is an error
//! of `check`; nothing the CLI prints holds one raw, file names included.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::cli::{check_json, entretien};

const TEMPLATE: &str = include_str!("../../docs/template.ron");

#[test]
fn a_control_character_in_a_text_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("esc.ron");
    // Sets the terminal's title when printed.
    std::fs::write(
        &file,
        TEMPLATE.replacen("Ouais…", "Ouais\u{1b}]0;pwned\u{7}…", 1),
    )
    .unwrap();
    let (code, reports) = check_json(&[file.to_str().unwrap()]);
    assert_ne!(code, 0);
    let problems = reports[0]["problems"].as_array().unwrap();
    let found = problems
        .iter()
        .find(|p| p["kind"] == "control-character")
        .unwrap();
    assert_eq!(found["severity"], "error");
    // Located on the line that holds it.
    let line = TEMPLATE.lines().position(|l| l.contains("Ouais…")).unwrap() + 1;
    assert_eq!(found["location"]["line"], line);
}

#[test]
fn nothing_printed_holds_a_control_character() {
    let dir = tempfile::tempdir().unwrap();
    // A file name that clears the screen, and a text that sets the title.
    std::fs::write(dir.path().join("a\u{1b}[2J.ron"), TEMPLATE).unwrap();
    std::fs::write(
        dir.path().join("b.ron"),
        TEMPLATE.replacen("Ouais…", "Ouais\u{1b}]52;c;ZXZpbA==\u{7}…", 1),
    )
    .unwrap();
    let out = entretien()
        .args(["check", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{text:?}"
        );
    }
    assert!(String::from_utf8_lossy(&out.stdout).contains("a\u{FFFD}[2J.ron"));
}

/// Issue 19, fault 6: `check` decodes the head of every voice it finds
/// and reports the one that does not decode, instead of accepting it.
#[test]
fn a_voice_that_does_not_decode_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.ron");
    std::fs::write(&file, TEMPLATE).unwrap();
    let voices = dir.path().join("t/audio/fr");
    std::fs::create_dir_all(&voices).unwrap();
    std::fs::write(voices.join("accueil.wav"), crate::media::zero_rate_wav()).unwrap();
    let (_, reports) = check_json(&[file.to_str().unwrap()]);
    let problems = reports[0]["problems"].as_array().unwrap();
    let found = problems.iter().find(|p| p["kind"] == "audio-undecodable");
    let found = found.unwrap_or_else(|| panic!("{problems:#?}"));
    assert!(
        found["message"].as_str().unwrap().contains("accueil.wav"),
        "{found}"
    );
}
