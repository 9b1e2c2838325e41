//! `entretien voice-script`: the recording script lists every voiced line
//! of a scenario in each language, then the closing's shared phrases, with
//! the file each recording goes to; CSV that parses, text for a person.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failed test"
)]

use std::collections::BTreeSet;

use crate::cli::run;
use entretien::engine::Phrase;
use entretien::i18n::closing::phrase;
use entretien::scenario::library::find;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};

/// The CSV header, as the script and spreadsheets read it.
const HEADER: &str = "line_id,lang,kind,character_id,character,gender,mood,cue,text,path";

/// A built-in scenario, as the binary loads it.
fn scenario(id: &str) -> Scenario {
    let report = find(id, &[], &Limits::default()).expect("a built-in scenario");
    report.scenario.expect("it checks clean")
}

/// Every line id the trainee can hear, from the model itself: narrations,
/// lines and their variants, replies and theirs, endings, checkpoints.
fn voiced_ids(s: &Scenario) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (b, beat) in (0u32..).zip(&s.beats) {
        if beat.narration.is_some() {
            ids.insert(s.narration_id(b));
        }
        if let Some(speech) = &beat.speech {
            for v in 0..=speech.variants.len() {
                ids.insert(s.line_id(b, u16::try_from(v).unwrap()));
            }
        }
        for (c, choice) in (0u16..).zip(&beat.choices) {
            if let Some(reply) = &choice.reply {
                for v in 0..=reply.variants.len() {
                    ids.insert(s.reply_id(b, c, u16::try_from(v).unwrap()));
                }
            }
        }
    }
    for e in 0..s.endings.len() {
        ids.insert(s.ending_line_id(u32::try_from(e).unwrap()));
    }
    for i in 0..s.checkpoints.len() {
        ids.insert(s.checkpoint_line_id(i));
    }
    ids
}

/// `voice-script ARGS --format csv`: the header and the rows.
fn csv_rows(args: &[&str]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut all = vec!["voice-script", "--format", "csv"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run(&all);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.ends_with("\r\n"), "RFC 4180 ends records with CRLF");
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows = reader.records().map(Result::unwrap).collect();
    (header, rows)
}

#[test]
fn every_line_of_every_builtin_in_both_languages_then_the_closing() {
    for id in ["kelly-foyer", "camille-ecole", "lucie-urgences"] {
        let s = scenario(id);
        let expected = voiced_ids(&s);
        let (header, rows) = csv_rows(&[id]);
        assert_eq!(header.iter().collect::<Vec<_>>().join(","), HEADER);
        let closing = Phrase::all().len();
        assert_eq!(rows.len(), 2 * (expected.len() + closing), "{id}");
        for lang in Lang::ALL {
            let code = lang.code();
            let of_lang: Vec<_> = rows.iter().filter(|r| &r[1] == code).collect();
            let ids: BTreeSet<String> = of_lang
                .iter()
                .filter(|r| &r[2] != "closing")
                .map(|r| r[0].to_owned())
                .collect();
            assert_eq!(ids, expected, "{id} in {code}");
            for r in &of_lang {
                assert!(!r[8].trim().is_empty(), "{id}: no text for {}", &r[0]);
                if &r[2] == "closing" {
                    continue;
                }
                let stem = r[0]
                    .strip_prefix(&format!("{id}/"))
                    .unwrap()
                    .replace('/', ".");
                let path = format!("assets/audio/{id}/{code}/{stem}.ogg");
                assert_eq!(&r[9], path.as_str());
                assert_ne!(&r[8], &r[7], "{id}: the cue is not the text");
            }
        }
        // Each line once per language.
        let pairs: BTreeSet<(&str, &str)> = rows.iter().map(|r| (&r[0], &r[1])).collect();
        assert_eq!(pairs.len(), rows.len(), "{id}: a line listed twice");
    }
}

#[test]
fn speakers_genders_moods_and_cues_as_in_the_scenario() {
    let s = scenario("lucie-urgences");
    let (_, rows) = csv_rows(&["lucie-urgences", "--lang", "fr"]);
    assert!(rows.iter().all(|r| &r[1] == "fr"), "--lang fr: French only");
    let (b, line) = (0u32..)
        .zip(&s.beats)
        .find_map(|(b, beat)| Some((b, &beat.speech.as_ref()?.main)))
        .unwrap();
    let row = rows.iter().find(|r| r[0] == s.line_id(b, 0)).unwrap();
    let who = s.speaker(line);
    assert_eq!(&row[3], who.map_or("narrator", |c| c.id.as_str()));
    assert_eq!(&row[8], line.text.fr.as_str());
    assert_eq!(&row[6], line.mood.map_or("", |m| m.name()));
    assert_eq!(&row[7], line.cue.as_ref().map_or("", |c| c.fr.as_str()));
    // Every character who speaks, with their gender; endings and
    // checkpoints by the narrator.
    for c in &s.characters {
        let theirs: Vec<_> = rows.iter().filter(|r| r[3] == c.id).collect();
        assert!(!theirs.is_empty(), "{} says nothing", c.id);
        assert!(
            theirs
                .iter()
                .all(|r| r[4] == c.name && &r[5] == c.gender.name())
        );
    }
    for r in rows
        .iter()
        .filter(|r| matches!(&r[2], "ending" | "checkpoint"))
    {
        assert_eq!((&r[3], &r[4], &r[5]), ("narrator", "narrator", ""));
    }
    let checkpoint = rows.iter().find(|r| &r[2] == "checkpoint").unwrap();
    assert!(
        checkpoint[9].starts_with("assets/audio/lucie-urgences/fr/checkpoint."),
        "{checkpoint:?}"
    );
}

#[test]
fn the_closing_phrases_with_their_words_and_shared_files() {
    let (_, rows) = csv_rows(&["camille-ecole", "--lang", "en"]);
    let closing: Vec<_> = rows.iter().filter(|r| &r[2] == "closing").collect();
    assert_eq!(closing.len(), Phrase::all().len());
    for (p, r) in Phrase::all().into_iter().zip(closing) {
        assert_eq!(&r[0], p.line_id().as_str());
        assert_eq!(&r[1], "en");
        assert_eq!(&r[3], "narrator");
        assert_eq!(&r[8], phrase(p, Lang::En));
        let path = format!("assets/audio/closing/en/{}.ogg", p.stem());
        assert_eq!(&r[9], path.as_str());
    }
    // They come last.
    assert_eq!(&rows.last().unwrap()[2], "closing");
}

#[test]
fn a_file_of_ones_own_records_beside_it() {
    let (_, rows) = csv_rows(&["docs/template.ron", "--lang", "fr"]);
    let first = &rows[0];
    let stem = first[0].split_once('/').unwrap().1.replace('/', ".");
    assert_eq!(first[9], format!("docs/template/audio/fr/{stem}.ogg"));
}

#[test]
fn text_for_a_person_grouped_by_who_speaks() {
    let (code, fr, _) = run(&["voice-script", "kelly-foyer"]);
    assert_eq!(code, 0);
    let s = scenario("kelly-foyer");
    for c in &s.characters {
        let heading = format!("=== {} ({})", c.name, c.id);
        assert_eq!(
            fr.matches(&heading).count(),
            2,
            "once per language: {heading}"
        );
    }
    assert!(fr.contains("=== Narration (voix off)"));
    assert!(fr.contains("=== Narrator (voice-over)"));
    assert!(fr.contains("Conclusion parlée"));
    assert!(fr.contains("    → assets/audio/kelly-foyer/fr/"));
    assert!(fr.contains("    → assets/audio/closing/en/intro.ogg"));
    let fr_part = fr.split("Recording script").next().unwrap();
    assert!(
        !fr_part.contains("/en/"),
        "the French part first, then English"
    );

    let (_, en, _) = run(&["voice-script", "kelly-foyer", "--lang", "en"]);
    assert!(en.starts_with("Recording script — "));
    assert!(!en.contains("/fr/"));
    for id in voiced_ids(&s) {
        assert!(en.contains(&format!("[{id}]")), "{id}");
    }
}

#[test]
fn unknown_scenario_is_a_usage_error() {
    let (code, stdout, stderr) = run(&["voice-script", "no-such-scenario"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("no-such-scenario"), "{stderr}");
    let (code, _, _) = run(&["voice-script", "kelly-foyer", "--format", "xml"]);
    assert_eq!(code, 2);
}
