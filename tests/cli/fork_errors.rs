//! `play --from` refused (an unknown or shared id, a decision the attempt
//! does not have, another scenario, a record that no longer replays) and
//! `play --save` refused by the data folder: each says why, exit code 2,
//! and nothing is lost.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::fork::{KELLY, fork, golden, play_in, save_best};
use entretien::store::{Attempt, HISTORY_FILE, PENDING_FILE, Store, parse_history, parse_pending};
use serde_json::Value;

#[test]
fn a_fork_that_cannot_start_says_why_and_exits_2() {
    let data = tempfile::tempdir().unwrap();
    let (best, _) = golden("kelly-best-fr");
    let (_, id) = save_best(data.path());
    let refused = |args: &[&str], expected: &str| {
        let (code, stdout, stderr) = play_in(data.path(), args, "");
        assert_eq!(code, 2, "{args:?}: {stdout}{stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
    };
    let other = if id.starts_with('f') {
        "00000000:1"
    } else {
        "ffffffff:1"
    };
    refused(&["--from", other], "Aucune tentative");
    refused(&["--from", other, "--lang", "en"], "No attempt");
    refused(&["--from", &id], "ID:DÉCISION");
    refused(
        &["--from", &format!("{id}:x"), "--lang", "en"],
        "ID:DECISION",
    );
    let n = best.len();
    refused(
        &["--from", &format!("{id}:{}", n + 1)],
        &format!("compte {n} décisions"),
    );
    refused(
        &["--from", &format!("{id}:0"), "--lang", "en"],
        &format!("has {n} decisions"),
    );
    refused(
        &["camille-ecole", "--from", &format!("{id}:1")],
        "«\u{202F}kelly-foyer\u{202F}»",
    );
    // The start of an id is enough when no other id starts so.
    let (worst, _) = golden("kelly-worst-fr");
    let (forked, _) = fork(data.path(), &format!("{}:1", &id[..4]), &worst);
    assert_eq!(forked["comparison"]["attempt"], id.as_str());
    // clap: no scenario without --from; no seed with it.
    refused(&[], "");
    refused(&["--from", &format!("{id}:1"), "--seed", "3"], "--seed");

    // Seventeen attempts: two ids at least start alike.
    let store = Store::new(data.path());
    let text = std::fs::read_to_string(data.path().join(HISTORY_FILE)).unwrap();
    let one = parse_history(&text).unwrap().remove(0);
    let more: Vec<Attempt> = (1..17)
        .map(|i| Attempt {
            finished_secs: one.finished_secs + i,
            ..one.clone()
        })
        .collect();
    store.add_attempts(&more).unwrap();
    let ids: Vec<String> = more.iter().chain([&one]).map(Attempt::id).collect();
    let shared = (ids.iter())
        .map(|i| &i[..1])
        .find(|p| ids.iter().filter(|i| i.starts_with(p)).count() > 1)
        .unwrap();
    let count = ids.iter().filter(|i| i.starts_with(shared)).count();
    refused(
        &["--from", &format!("{shared}:1")],
        &format!("{count} tentatives"),
    );
    refused(
        &["--from", &format!("{shared}:1"), "--lang", "en"],
        "give more of it",
    );

    // A record the scenario no longer takes: it says at which step.
    let mut broken = one.clone();
    broken.finished_secs += 100;
    let step = broken.decisions.iter().position(|d| !d.continues).unwrap() + 1;
    broken.decisions[step - 1].choice = "gone".into();
    store.add_attempts(std::slice::from_ref(&broken)).unwrap();
    let from = format!("{}:1", broken.id());
    refused(&["--from", &from], &format!("étape {step}"));
    refused(&["--from", &from, "--lang", "en"], &format!("step {step}"));
}

#[test]
fn a_save_the_history_refuses_is_kept_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the data folder should be: nothing can be written there.
    let data = dir.path().join("not-a-folder");
    std::fs::write(&data, "").unwrap();
    let (best, seed) = golden("kelly-best-fr");
    let keys = best.join(",");
    let args = [
        KELLY, "--seed", &seed, "--choose", &keys, "--json", "--save",
    ];
    let (code, stdout, stderr) = play_in(&data, &args, "");
    let fallback = Store::new(&data).pending_places()[1].dir().to_path_buf();
    let kept = std::fs::read_to_string(fallback.join(PENDING_FILE));
    std::fs::remove_dir_all(&fallback).unwrap();
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("Impossible d'enregistrer"), "{stderr}");
    assert!(stderr.contains(&fallback.display().to_string()), "{stderr}");
    // The run itself is printed, and the attempt is not lost.
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let kept = parse_pending(&kept.unwrap()).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].ending, doc["ending"].as_str().unwrap());
}
