//! Reports as snapshots: an attempt's report (Kelly, answers that are not
//! always the best, so that better answers and missed steps show) and a
//! workshop's (the template, with votes, a jump on the map and discussion
//! times), as Markdown and HTML, compared byte for byte with
//! `tests/golden/reports/*`. To accept a deliberate change, run with
//! `GOLDEN_UPDATE=1` and review the diff. Times are set in UTC (`TZ=UTC`,
//! as `make test` runs).

use std::path::{Path, PathBuf};

use entretien::engine::{Debrief, Mode, Session, Workshop};
use entretien::report::{Format, attempt, workshop};
use entretien::scenario::disk::check_file;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};
use entretien::store::Attempt;

fn scenario(path: &str) -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    check_file(&path, &Limits::default()).scenario.unwrap()
}

/// A minute and a few seconds per decision, from 2026-11-30 13:00 UTC.
const START_MS: u64 = 1_795_957_200_000;

/// Kelly played taking, at decision n, the (n mod offers)-th answer.
fn kelly_attempt(lang: Lang) -> (Scenario, Attempt, Session) {
    let s = scenario("scenarios/kelly-foyer.ron");
    let mut session = Session::new(&s, 11, Mode::Practice, lang, START_MS);
    let mut now = START_MS;
    let mut out = Vec::new();
    for turn in 0..200 {
        if session.run.available_choices(&s, &mut out).is_none() {
            break;
        }
        now += 41_000 + 3_000 * turn as u64;
        session.choose(&s, out[turn % out.len()], now).unwrap();
    }
    let d: Debrief = session.run.debrief(&s).unwrap();
    let a = Attempt::new(&session, &s, &d, now / 1000);
    let replayed = a.replay(&s).unwrap();
    (s, a, replayed)
}

/// The template's workshop: votes at the first decision, a jump on the map
/// to the confidence, a vote there, then on to the end.
fn template_workshop() -> (Scenario, Workshop) {
    let s = scenario("docs/template.ron");
    let mut w = Workshop::new(&s, 3, Lang::Fr, START_MS);
    let position = |w: &Workshop, key: &str| {
        w.offers(&s)
            .iter()
            .position(|o| o.choice.key == key)
            .unwrap()
    };
    let cadre = position(&w, "cadre");
    w.vote(cadre, 6);
    w.vote(position(&w, "direct"), 2);
    w.set_revealed(true);
    w.follow(&s, cadre, START_MS + 95_000).unwrap();
    w.next(&s, START_MS + 120_000).unwrap();
    let confidence = s.beats.iter().position(|b| b.id == "confidence").unwrap();
    assert!(
        w.jump(&s, confidence as u32, START_MS + 130_000),
        "the map reaches it"
    );
    let mut now = START_MS + 130_000;
    while !w.over() {
        now += 150_000;
        if w.offers(&s).len() > 1 {
            w.vote(0, 4);
            w.vote(1, 1);
        }
        w.next(&s, now).unwrap();
    }
    (s, w)
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/reports")
        .join(name)
}

/// Compares `text` with the golden file `name`, or writes it under
/// `GOLDEN_UPDATE`.
fn compare(name: &str, text: &str) {
    let path = golden(name);
    if std::env::var_os("GOLDEN_UPDATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (GOLDEN_UPDATE=1 writes it)", path.display()));
    if expected != text {
        let line = expected
            .lines()
            .zip(text.lines())
            .position(|(a, b)| a != b)
            .map_or(expected.lines().count().min(text.lines().count()), |n| n);
        panic!(
            "{name} differs from line {}:\nexpected: {:?}\nfound:    {:?}\n(GOLDEN_UPDATE=1 accepts a deliberate change)",
            line + 1,
            expected.lines().nth(line),
            text.lines().nth(line)
        );
    }
}

#[test]
fn an_attempts_report_matches_its_snapshots() {
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
        let (s, a, session) = kelly_attempt(lang);
        let md = attempt::render(&a, &s, &session, lang, Format::Markdown);
        compare(&format!("attempt-kelly-{code}.md"), &md);
        let html = attempt::render(&a, &s, &session, lang, Format::Html);
        compare(&format!("attempt-kelly-{code}.html"), &html);
    }
}

#[test]
fn a_workshops_report_matches_its_snapshots() {
    let (s, w) = template_workshop();
    let written = START_MS / 1000 + 3_600;
    let md = workshop::render(&w, &s, Lang::Fr, written, Format::Markdown);
    compare("workshop-template-fr.md", &md);
    let html = workshop::render(&w, &s, Lang::Fr, written, Format::Html);
    compare("workshop-template-fr.html", &html);
}

#[test]
fn the_html_report_is_self_contained_and_draws_the_radar() {
    let (s, a, session) = kelly_attempt(Lang::Fr);
    let html = attempt::render(&a, &s, &session, Lang::Fr, Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("@media print"));
    assert!(html.contains("<svg") && html.contains("Cette tentative"));
    for outside in ["<script", "<link", "src=", "href=", "url(", "@import"] {
        assert!(!html.contains(outside), "{outside} in the page");
    }
    // The only address is the SVG namespace, which is never fetched.
    let addresses = html.matches("http").count();
    assert_eq!(
        addresses,
        html.matches("http://www.w3.org/2000/svg").count()
    );
}
