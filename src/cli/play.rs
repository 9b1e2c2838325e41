//! `entretien play`: the interview in a terminal, interactive or scripted,
//! ending with the debrief.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::exit;
use crate::engine::{Debrief, Run, View};
use crate::i18n::labels::{key_point, mood, outcome};
use crate::i18n::{Msg, labelled, quoted, tr};
use crate::scenario::model::Line;
use crate::scenario::{KeyPoint, Lang, Scenario, resources};

/// How to play.
pub struct Options {
    /// Seed of the run.
    pub seed: u64,
    /// Choice keys to play without asking.
    pub script: Option<Vec<String>>,
    /// JSON output.
    pub json: bool,
    /// Language.
    pub lang: Lang,
}

/// One line of the transcript.
#[derive(Debug, Serialize)]
struct Said<'a> {
    speaker: &'static str,
    id: String,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonPlay<'a> {
    scenario: &'a str,
    version: u32,
    seed: u64,
    lang: Lang,
    transcript: Vec<Said<'a>>,
    ending: Option<String>,
    debrief: Option<Debrief>,
}

/// Plays `scenario` and prints the debrief.
pub fn run(
    scenario: &Scenario,
    opts: &Options,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let lang = opts.lang;
    let mut run = Run::new(scenario, opts.seed);
    let quiet = opts.json;
    if !quiet {
        briefing(scenario, lang, out)?;
    }
    let mut script = opts.script.as_ref().map(|s| s.iter());
    let mut code = exit::OK;
    while let View::Beat { line, offers, .. } = run.view(scenario) {
        if !quiet {
            say_line(scenario, line, lang, out)?;
            for (n, o) in offers.iter().enumerate() {
                let mark = if o.available {
                    String::new()
                } else {
                    format!(" {}", tr(Msg::Unavailable, lang))
                };
                writeln!(out, "  {}. {}{mark}", n + 1, o.choice.text.get(lang))?;
            }
        }
        let answer = match script.as_mut() {
            Some(keys) => match keys.next() {
                Some(k) => k.trim().to_owned(),
                None => {
                    writeln!(err, "{}", tr(Msg::ScriptEnded, lang))?;
                    code = exit::USAGE;
                    break;
                }
            },
            None => {
                write!(out, "{}", tr(Msg::ChoosePrompt, lang))?;
                out.flush()?;
                let mut buf = String::new();
                if input.read_line(&mut buf)? == 0 {
                    break;
                }
                buf.trim().to_owned()
            }
        };
        match answer.as_str() {
            "q" => {
                writeln!(out, "{}", tr(Msg::QuitHint, lang))?;
                break;
            }
            "u" => {
                let msg = if run.undo(scenario).is_ok() {
                    Msg::UndoDone
                } else {
                    Msg::NothingToUndo
                };
                writeln!(out, "{}", tr(msg, lang))?;
                continue;
            }
            _ => {}
        }
        let by_number = answer
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|n| offers.get(n))
            .map(|o| o.choice.key.clone());
        let key = by_number.unwrap_or(answer);
        let before = run.steps().len();
        if let Err(e) = run.choose(scenario, &key) {
            writeln!(err, "{}", e.message(lang))?;
            if script.is_some() {
                code = exit::USAGE;
                break;
            }
            writeln!(out, "{}", tr(Msg::UndoHint, lang))?;
            continue;
        }
        if !quiet && run.steps().len() > before {
            feedback(scenario, &run, lang, out)?;
        }
    }
    let left: Vec<&String> = script.map(Iterator::collect).unwrap_or_default();
    if !left.is_empty() && code == exit::OK {
        let keys: Vec<&str> = left.iter().map(|k| k.as_str()).collect();
        writeln!(err, "{} {}", tr(Msg::ScriptLeftOver, lang), keys.join(", "))?;
        code = exit::USAGE;
    }
    let debrief = run.debrief(scenario).ok();
    if opts.json {
        let doc = JsonPlay {
            scenario: &scenario.meta.id,
            version: scenario.meta.version,
            seed: opts.seed,
            lang,
            transcript: transcript(scenario, &run, lang),
            ending: debrief.as_ref().map(|d| d.ending_id.clone()),
            debrief,
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)?;
    } else if let Some(d) = &debrief {
        print_debrief(scenario, d, lang, out)?;
        writeln!(out, "seed: {}", opts.seed)?;
    } else {
        writeln!(
            out,
            "{} (seed: {})",
            tr(Msg::ScriptUnfinished, lang),
            opts.seed
        )?;
    }
    Ok(ExitCode::from(code))
}

fn briefing(s: &Scenario, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let m = &s.meta;
    writeln!(out, "== {} ==", m.title.get(lang))?;
    let line = |label: Msg, value: &str| labelled(tr(label, lang), value, lang);
    writeln!(out, "{}", line(Msg::YouAre, m.trainee_role.get(lang)))?;
    writeln!(out, "{}", line(Msg::Setting, m.setting.get(lang)))?;
    let yp = &m.young_person;
    writeln!(
        out,
        "{}, {} {} — {}",
        yp.name,
        yp.age,
        tr(Msg::YearsOld, lang),
        yp.situation.get(lang)
    )?;
    writeln!(out, "{}", line(Msg::Noticed, m.noticed.get(lang)))?;
    writeln!(out, "{}:", tr(Msg::Objectives, lang))?;
    for o in &m.objectives {
        writeln!(out, "  - {}", o.get(lang))?;
    }
    writeln!(
        out,
        "{}\n",
        line(Msg::ContentNote, m.content_note.get(lang))
    )
}

fn say_line(s: &Scenario, line: &Line, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let name = &s.meta.young_person.name;
    let feeling = line
        .mood
        .map(|m| format!(" ({})", mood(m, lang)))
        .unwrap_or_default();
    writeln!(out)?;
    if let Some(cue) = &line.cue {
        writeln!(out, "  [{}]", cue.get(lang))?;
    }
    writeln!(
        out,
        "{}",
        labelled(
            &format!("{name}{feeling}"),
            &quoted(line.text.get(lang), lang),
            lang
        )
    )
}

fn score_list(scores: &[Option<i8>; 5], lang: Lang) -> String {
    KeyPoint::ALL
        .iter()
        .filter_map(|p| scores[p.index()].map(|v| format!("{} {v:+}", key_point(*p, lang))))
        .collect::<Vec<_>>()
        .join(", ")
}

fn feedback(s: &Scenario, run: &Run, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(step) = run.steps().last() else {
        return Ok(());
    };
    let choice = &s.beat(step.shown.beat).choices[usize::from(step.choice)];
    writeln!(
        out,
        "  > {}: {}",
        tr(Msg::Feedback, lang),
        score_list(&choice.scores.0, lang)
    )?;
    writeln!(out, "    {}", choice.rationale.get(lang))
}

fn transcript<'a>(s: &'a Scenario, run: &Run, lang: Lang) -> Vec<Said<'a>> {
    let mut said = Vec::new();
    for step in run.steps() {
        let (beat, variant) = (step.shown.beat, usize::from(step.shown.variant));
        let line = s.line(beat, variant);
        said.push(Said {
            speaker: "young_person",
            id: s.variant_id(beat, variant),
            text: line.text.get(lang),
            cue: line.cue.as_ref().map(|c| c.get(lang)),
        });
        let choice = &s.beat(beat).choices[usize::from(step.choice)];
        said.push(Said {
            speaker: "trainee",
            id: s.choice_id(beat, usize::from(step.choice)),
            text: choice.text.get(lang),
            cue: None,
        });
    }
    said
}

/// Prints the debrief as text.
pub fn print_debrief(
    s: &Scenario,
    d: &Debrief,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let e = &s.endings[d.ending as usize];
    writeln!(
        out,
        "\n== {}: {} ({}) ==",
        tr(Msg::Ending, lang),
        e.title.get(lang),
        outcome(e.kind, lang)
    )?;
    writeln!(out, "{}", e.text.get(lang))?;
    writeln!(
        out,
        "{}",
        labelled(tr(Msg::Lesson, lang), e.lesson.get(lang), lang)
    )?;
    writeln!(out, "\n== {} ==", tr(Msg::Profile, lang))?;
    for p in &d.points {
        let score = p.score.map_or_else(
            || tr(Msg::NotTested, lang).to_owned(),
            |v| format!("{v:>3}/100"),
        );
        let share = p
            .recommended_share
            .map(|r| format!(" — {:.0} % {}", r * 100.0, tr(Msg::RaisedShare, lang)))
            .unwrap_or_default();
        writeln!(out, "  {:<36} {score}{share}", key_point(p.point, lang))?;
    }
    if let Some(r) = d.recommended_share {
        writeln!(
            out,
            "  {:.0} % {}",
            r * 100.0,
            tr(Msg::RecommendedShare, lang)
        )?;
    }
    writeln!(out, "\n== {} ==", tr(Msg::Decisions, lang))?;
    for (n, dec) in d.decisions.iter().enumerate() {
        let beat = s.beat(dec.beat);
        let choice = &beat.choices[usize::from(dec.choice)];
        let line = s.line(dec.beat, usize::from(dec.variant));
        writeln!(out, "{}. {}", n + 1, quoted(line.text.get(lang), lang))?;
        let said = format!(
            "{} — {}",
            quoted(choice.text.get(lang), lang),
            score_list(&dec.scores, lang)
        );
        writeln!(out, "   {}", labelled(tr(Msg::YouSaid, lang), &said, lang))?;
        writeln!(out, "   {}", choice.rationale.get(lang))?;
        match &dec.better {
            Some(alt) => {
                let better = &beat.choices[usize::from(alt.choice)];
                let text = quoted(better.text.get(lang), lang);
                writeln!(out, "   {}", labelled(tr(Msg::Better, lang), &text, lang))?;
                writeln!(out, "   {}", better.rationale.get(lang))?;
            }
            None if dec.recommended => writeln!(out, "   {}", tr(Msg::BestTaken, lang))?,
            None => writeln!(out, "   {}", tr(Msg::NoGoodOption, lang))?,
        }
    }
    if !d.thoughts.is_empty() {
        writeln!(out, "\n== {} ==", tr(Msg::Thoughts, lang))?;
        for b in &d.thoughts {
            if let Some(t) = &s.beat(*b).thought {
                writeln!(out, "  - {}", t.get(lang))?;
            }
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::NextSteps, lang))?;
    for section in resources::builtin() {
        writeln!(out, "{}", section.title.get(lang))?;
        for item in &section.items {
            writeln!(out, "  - {}", item.get(lang))?;
        }
    }
    Ok(())
}
