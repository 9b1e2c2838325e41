//! Attempts from the command line: `play --save` keeps a finished
//! interview in the history as the app does, and `play --from ID:N` plays
//! on from one of its decisions — the same run, byte for byte, up to
//! there — then compares the two runs. The runs are the golden best and
//! worst answers on Kelly (`tests/golden/kelly-*-fr.golden`, seed 1).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::cli::entretien;
use entretien::engine::{Run, View};
use entretien::scenario::Scenario;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::store::{HISTORY_FILE, parse_history};
use serde_json::Value;

pub(crate) const KELLY: &str = "kelly-foyer";

/// The answers of a golden file (its decisions, "Continuer" left out, as
/// `--choose` takes them) and its seed.
pub(crate) fn golden(name: &str) -> (Vec<String>, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/{name}.golden"));
    let text = std::fs::read_to_string(path).unwrap();
    let seed = text
        .lines()
        .find_map(|l| l.strip_prefix("seed: "))
        .unwrap()
        .to_owned();
    let keys = text
        .lines()
        .filter_map(|l| l.strip_prefix("  > "))
        .map(|l| {
            let id = l.split(" | ").next().unwrap();
            id.rsplit('/').next().unwrap().to_owned()
        })
        .collect();
    (keys, seed)
}

fn kelly() -> Scenario {
    builtin(&Limits::default())
        .into_iter()
        .filter_map(|r| r.scenario)
        .find(|s| s.meta.id == KELLY)
        .unwrap()
}

/// The binary on the data folder `data`: exit code, stdout, stderr.
pub(crate) fn play_in(data: &Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", data)
        .arg("play")
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `play KELLY --seed S --choose KEYS --json` (with `extra`), parsed.
pub(crate) fn scripted(
    data: &Path,
    seed: &str,
    keys: &[String],
    extra: &[&str],
) -> (Value, String) {
    let keys = keys.join(",");
    let mut args = vec![KELLY, "--seed", seed, "--choose", &keys, "--json"];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = play_in(data, &args, "");
    assert_eq!(code, 0, "{stderr}");
    (serde_json::from_str(&stdout).unwrap(), stderr)
}

/// `play --from FROM --choose KEYS --json`, parsed.
pub(crate) fn fork(data: &Path, from: &str, keys: &[String]) -> (Value, String) {
    let keys = keys.join(",");
    let args = ["--from", from, "--choose", &keys, "--json"];
    let (code, stdout, stderr) = play_in(data, &args, "");
    assert_eq!(code, 0, "{stderr}");
    (serde_json::from_str(&stdout).unwrap(), stderr)
}

/// The 8-hex id `--save` printed on stderr.
pub(crate) fn saved_id(stderr: &str) -> String {
    let words = stderr.split(|c: char| !c.is_ascii_alphanumeric());
    let ids: Vec<&str> = words
        .filter(|w| w.len() == 8 && w.chars().all(|c| c.is_ascii_hexdigit()))
        .collect();
    assert!(!ids.is_empty(), "no id in: {stderr}");
    ids[0].to_owned()
}

fn history_json(data: &Path) -> Value {
    let out = entretien()
        .env("ENTRETIEN_DATA_DIR", data)
        .args(["history", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The golden best answers played and saved; their JSON and the id.
pub(crate) fn save_best(data: &Path) -> (Value, String) {
    let (best, seed) = golden("kelly-best-fr");
    let (doc, stderr) = scripted(data, &seed, &best, &["--save"]);
    (doc, saved_id(&stderr))
}

/// The answers of `keys` up to decision `k` (excluded), then the worst
/// available answer at each decision (lowest total, first on ties, as the
/// golden worst files), to the end.
fn worst_from(s: &Scenario, seed: u64, keys: &[String], k: usize) -> Vec<String> {
    let mut run = Run::new(s, seed);
    let mut taken = Vec::new();
    let mut given = keys.iter().take(k - 1);
    while let View::Beat { offers, .. } = run.view(s) {
        if offers[0].choice.continues {
            run.choose_index(s, offers[0].index).unwrap();
            continue;
        }
        let key = given.next().cloned().unwrap_or_else(|| {
            let worst = offers
                .iter()
                .min_by_key(|o| (o.choice.scores.total(), o.index));
            worst.unwrap().choice.key.clone()
        });
        run.choose(s, &key).unwrap();
        taken.push(key);
    }
    taken
}

/// Each key point's score in a `play --json` document.
fn scores(doc: &Value) -> Vec<Option<i64>> {
    let points = doc["debrief"]["points"].as_array().unwrap();
    points.iter().map(|p| p["score"].as_i64()).collect()
}

fn done(doc: &Value) -> Vec<bool> {
    let checkpoints = doc["debrief"]["checkpoints"].as_array().unwrap();
    checkpoints
        .iter()
        .map(|c| c["done"].as_bool().unwrap())
        .collect()
}

/// The comparison of `fork` must say what the two runs' own `play --json`
/// say: where they part, both endings, each step, each point's change and
/// the shares of recommended answers.
fn assert_compares(fork: &Value, first: &Value, second: &Value, parted: u64) {
    let c = &fork["comparison"];
    assert_eq!(c["diverged_at"], parted, "{c}");
    assert_eq!(c["endings"][0]["id"], first["ending"]);
    assert_eq!(c["endings"][1]["id"], second["ending"]);
    let (a, b) = (scores(first), scores(second));
    for (i, p) in c["points"].as_array().unwrap().iter().enumerate() {
        assert_eq!(p["first"].as_i64(), a[i], "{p}");
        assert_eq!(p["second"].as_i64(), b[i], "{p}");
        let expected = a[i].zip(b[i]).map(|(a, b)| b - a);
        assert_eq!(p["delta"].as_i64(), expected, "{p}");
    }
    let pairs = c["checkpoints"].as_array().unwrap();
    let firsts: Vec<bool> = pairs
        .iter()
        .map(|p| p["first"].as_bool().unwrap())
        .collect();
    let seconds: Vec<bool> = pairs
        .iter()
        .map(|p| p["second"].as_bool().unwrap())
        .collect();
    assert_eq!((firsts, seconds), (done(first), done(second)));
    let share = |d: &Value| d["debrief"]["recommended_share"].clone();
    assert_eq!(c["recommended"][0], share(first));
    assert_eq!(c["recommended"][1], share(second));
}

#[test]
fn a_saved_attempt_is_in_the_history_with_its_id_and_replays() {
    let data = tempfile::tempdir().unwrap();
    let (best, _) = golden("kelly-best-fr");
    let (played, id) = save_best(data.path());
    let doc = history_json(data.path());
    let attempts = doc["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 1);
    let attempt = &attempts[0];
    assert_eq!(attempt["id"], id.as_str());
    assert_eq!(
        (&attempt["scenario"], &attempt["seed"]),
        (&played["scenario"], &played["seed"])
    );
    assert_eq!(attempt["ending"], played["ending"]);
    let decisions = attempt["decisions"].as_array().unwrap();
    let keys: Vec<&str> = (decisions.iter())
        .filter(|d| d["continues"] == false)
        .map(|d| d["choice"].as_str().unwrap())
        .collect();
    assert_eq!(keys, best);
    // A script's answers take no time.
    assert!(decisions.iter().all(|d| d["ms"] == 0), "{decisions:?}");
    // The record replays to the same run: played on from its first
    // decision with the same answers, it is the same interview.
    let (again, _) = fork(data.path(), &format!("{id}:1"), &best);
    assert_eq!(again["transcript"], played["transcript"]);
    assert_eq!(again["comparison"]["diverged_at"], Value::Null);
    let text = play_in(
        data.path(),
        &["--from", &format!("{id}:1"), "--choose", &best.join(",")],
        "",
    )
    .1;
    assert!(
        text.contains("Les deux entretiens sont identiques"),
        "{text}"
    );
}

#[test]
fn an_interactive_run_is_saved_with_its_times_and_an_unfinished_one_is_not() {
    let data = tempfile::tempdir().unwrap();
    let (best, seed) = golden("kelly-best-fr");
    // Stops after two good answers: nothing is saved, and it says so.
    let stop = format!("{}\n{}\nq\n", best[0], best[1]);
    let (code, _, stderr) = play_in(data.path(), &[KELLY, "--seed", &seed, "--save"], &stop);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("rien n'est enregistré"), "{stderr}");
    assert!(!data.path().join(HISTORY_FILE).exists());
    let (code, _, stderr) = scripted_unfinished(data.path(), &seed, &best[..3]);
    assert_eq!(code, 0);
    assert!(stderr.contains("nothing is saved"), "{stderr}");
    assert!(!data.path().join(HISTORY_FILE).exists());
    // Answered at the prompt, to the end.
    let answers = typed(&kelly(), seed.parse().unwrap(), &best);
    let (code, stdout, stderr) =
        play_in(data.path(), &[KELLY, "--seed", &seed, "--save"], &answers);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("seed: 1"), "{stdout}");
    let id = saved_id(&stderr);
    let history = std::fs::read_to_string(data.path().join(HISTORY_FILE)).unwrap();
    let attempts = parse_history(&history).unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].id(), id);
    assert!(attempts[0].replay(&kelly()).is_ok());
    assert!(!stderr.contains("--choose"), "no scripted times: {stderr}");
}

/// What a trainee types to give `keys` at the prompt: each key, and an
/// empty line (Enter) at each "Continuer".
fn typed(s: &Scenario, seed: u64, keys: &[String]) -> String {
    let mut run = Run::new(s, seed);
    let mut keys = keys.iter();
    let mut lines = String::new();
    while let View::Beat { offers, .. } = run.view(s) {
        let key = if offers[0].choice.continues {
            lines.push('\n');
            offers[0].choice.key.clone()
        } else {
            let key = keys.next().unwrap().clone();
            lines.push_str(&format!("{key}\n"));
            key
        };
        run.choose(s, &key).unwrap();
    }
    lines
}

fn scripted_unfinished(data: &Path, seed: &str, keys: &[String]) -> (i32, String, String) {
    let keys = keys.join(",");
    let args = [
        KELLY, "--seed", seed, "--choose", &keys, "--json", "--save", "--lang", "en",
    ];
    play_in(data, &args, "")
}

#[test]
fn a_fork_replays_byte_for_byte_up_to_its_decision() {
    let data = tempfile::tempdir().unwrap();
    let (best, seed) = golden("kelly-best-fr");
    let (_, id) = save_best(data.path());
    let (_, original, _) = {
        let keys = best.join(",");
        play_in(
            data.path(),
            &[KELLY, "--seed", &seed, "--choose", &keys, "--json"],
            "",
        )
    };
    let k = 5;
    let taken = worst_from(&kelly(), seed.parse().unwrap(), &best, k);
    let args = [
        "--from",
        &format!("{id}:{k}"),
        "--choose",
        &taken[k - 1..].join(","),
        "--json",
    ];
    let (code, forked, stderr) = play_in(data.path(), &args, "");
    assert_eq!(code, 0, "{stderr}");
    // Everything before the trainee's answer at decision k, as printed.
    let trainee = "\"speaker\": \"trainee\"";
    let cut = |text: &str| text.match_indices(trainee).nth(k - 1).unwrap().0;
    assert_eq!(cut(&original), cut(&forked));
    let at = cut(&original);
    assert_eq!(original[..at], forked[..at]);
    assert_ne!(original[at..], forked[at..]);
    // From the fork on, it is the run of its own answers, from the same seed.
    let (alone, _) = scripted(data.path(), &seed, &taken, &[]);
    let forked: Value = serde_json::from_str(&forked).unwrap();
    assert_eq!(forked["transcript"], alone["transcript"]);
    // The text shows the replayed start, then hands over.
    let keys = taken[k - 1..].join(",");
    let (code, text, _) = play_in(
        data.path(),
        &["--from", &format!("{id}:{k}"), "--choose", &keys],
        "",
    );
    assert_eq!(code, 0);
    assert!(
        text.contains(&format!("rejouée telle quelle jusqu'à la décision {k}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("Décision {k}\u{202F}: à vous")),
        "{text}"
    );
}

#[test]
fn the_comparison_gives_the_golden_runs_differences() {
    let data = tempfile::tempdir().unwrap();
    let (best, seed) = golden("kelly-best-fr");
    let (worst, worst_seed) = golden("kelly-worst-fr");
    assert_eq!(seed, worst_seed);
    let (first, id) = save_best(data.path());
    // From the first decision: the golden worst run.
    let (second, _) = scripted(data.path(), &seed, &worst, &[]);
    let (forked, _) = fork(data.path(), &format!("{id}:1"), &worst);
    assert_compares(&forked, &first, &second, 1);
    assert_eq!(forked["comparison"]["attempt"], id.as_str());
    // From decision 5: the best answers, then the worst.
    let k = 5;
    let taken = worst_from(&kelly(), seed.parse().unwrap(), &best, k);
    assert_eq!(taken[..k - 1], best[..k - 1]);
    assert_ne!(taken[k - 1], best[k - 1]);
    let (second, _) = scripted(data.path(), &seed, &taken, &[]);
    let (forked, _) = fork(data.path(), &format!("{id}:{k}"), &taken[k - 1..]);
    assert_compares(&forked, &first, &second, k as u64);
    // The same as text: where they part, and each point's change.
    let keys = taken[k - 1..].join(",");
    let args = [
        "--from",
        &format!("{id}:{k}"),
        "--choose",
        &keys,
        "--lang",
        "en",
    ];
    let (code, text, _) = play_in(data.path(), &args, "");
    assert_eq!(code, 0);
    assert!(
        text.contains(&format!("The two interviews part at decision {k}.")),
        "{text}"
    );
    let section = &text[text.find(&format!("Compared with attempt {id}")).unwrap()..];
    for p in forked["comparison"]["points"].as_array().unwrap() {
        let (a, b) = (p["first"].as_i64().unwrap(), p["second"].as_i64().unwrap());
        let change = match b - a {
            0 => "=".to_owned(),
            d if d > 0 => format!("+{d}"),
            d => format!("\u{2212}{}", -d),
        };
        let row = format!("{a:>3} → {b:>3}   {change}");
        assert!(section.contains(&row), "{row} in {section}");
    }
}
