//! `entretien play`: the interview in a terminal, interactive or scripted,
//! ending with the debrief.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::exit;
use crate::engine::{Debrief, Offer, Run, Said, View};
use crate::i18n::labels::{key_point, mood, outcome, thoughts_heading};
use crate::i18n::{CliMsg, Msg, colon, engine_error, labelled, quoted, tr, tr_cli};
use crate::scenario::{KeyPoint, Lang, Scenario};

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

/// One entry of the JSON transcript.
#[derive(Debug, Serialize)]
struct JsonSaid<'a> {
    /// A character id, `narrator`, `trainee` or `checkpoint`.
    speaker: &'a str,
    id: String,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: Option<&'a str>,
}

/// An answer offered when the script ran out.
#[derive(Debug, Serialize)]
struct JsonOffer<'a> {
    key: &'a str,
    text: &'a str,
    scores: std::collections::BTreeMap<KeyPoint, i8>,
    recommended: bool,
}

#[derive(Serialize)]
struct JsonPlay<'a> {
    scenario: &'a str,
    version: u32,
    seed: u64,
    lang: Lang,
    transcript: Vec<JsonSaid<'a>>,
    ending: Option<String>,
    debrief: Option<Debrief>,
    /// The answers available where the script stopped (empty once ended).
    available: Vec<JsonOffer<'a>>,
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
    while let View::Beat {
        narration,
        said,
        offers,
        locked,
        ..
    } = run.view(scenario)
    {
        let continues = offers.first().is_some_and(|o| o.choice.continues);
        if !quiet {
            for s in narration.iter().chain(said.iter()) {
                say(s, lang, out)?;
            }
            offers_list(&offers, &locked, lang, out)?;
        }
        let answer = match script.as_mut() {
            // A script lists decisions: a "Continuer" goes on by itself.
            Some(_) if continues => "1".to_owned(),
            Some(keys) => match keys.next() {
                Some(k) => k.trim().to_owned(),
                None => {
                    if !quiet {
                        writeln!(err, "{}", tr_cli(CliMsg::ScriptEnded, lang))?;
                        code = exit::USAGE;
                    }
                    break;
                }
            },
            None => {
                write!(out, "{}", tr_cli(CliMsg::ChoosePrompt, lang))?;
                out.flush()?;
                let mut buf = String::new();
                if input.read_line(&mut buf)? == 0 {
                    break;
                }
                match buf.trim() {
                    "" if continues => "1".to_owned(),
                    other => other.to_owned(),
                }
            }
        };
        match answer.as_str() {
            "q" => {
                writeln!(out, "{}", tr_cli(CliMsg::QuitHint, lang))?;
                break;
            }
            "u" => {
                let msg = if run.undo(scenario).is_ok() {
                    CliMsg::UndoDone
                } else {
                    CliMsg::NothingToUndo
                };
                writeln!(out, "{}", tr_cli(msg, lang))?;
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
        if let Err(e) = run.choose(scenario, &key) {
            writeln!(err, "{}", engine_error(&e, lang))?;
            if script.is_some() {
                code = exit::USAGE;
                break;
            }
            writeln!(out, "{}", tr_cli(CliMsg::UndoHint, lang))?;
            continue;
        }
        if !quiet {
            after_choice(scenario, &run, lang, out)?;
        }
    }
    let left: Vec<&String> = script.map(Iterator::collect).unwrap_or_default();
    if !left.is_empty() && code == exit::OK {
        let keys: Vec<&str> = left.iter().map(|k| k.as_str()).collect();
        writeln!(
            err,
            "{} {}",
            tr_cli(CliMsg::ScriptLeftOver, lang),
            keys.join(", ")
        )?;
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
            available: available(scenario, &run, lang),
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)?;
    } else if let Some(d) = &debrief {
        print_debrief(scenario, &run, d, lang, out)?;
        writeln!(out, "seed: {}", opts.seed)?;
    } else {
        writeln!(
            out,
            "{} (seed: {})",
            tr_cli(CliMsg::ScriptUnfinished, lang),
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
    writeln!(out, "{}{}", tr(Msg::Objectives, lang), colon(lang))?;
    for o in &m.objectives {
        writeln!(out, "  - {}", o.get(lang))?;
    }
    writeln!(
        out,
        "{}\n",
        line(Msg::ContentNote, m.content_note.get(lang))
    )
}

fn say(said: &Said<'_>, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let line = said.line;
    writeln!(out)?;
    if let Some(cue) = &line.cue {
        writeln!(out, "  [{}]", cue.get(lang))?;
    }
    let Some(speaker) = said.speaker else {
        return writeln!(out, "{}", line.text.get(lang));
    };
    let feeling = line
        .mood
        .map(|m| format!(" ({})", mood(m, speaker.gender, lang)))
        .unwrap_or_default();
    let name = format!("{}{feeling}", said.name_and_role(lang));
    writeln!(
        out,
        "{}",
        labelled(&name, &quoted(line.text.get(lang), lang), lang)
    )
}

/// The answers available now, numbered, then the others, marked.
fn offers_list(
    offers: &[Offer<'_>],
    locked: &[Offer<'_>],
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for (n, o) in offers.iter().enumerate() {
        let text = if o.choice.continues {
            tr(Msg::Continue, lang)
        } else {
            o.choice.text.get(lang)
        };
        writeln!(out, "  {}. {text}", n + 1)?;
    }
    for o in locked {
        let mark = tr_cli(CliMsg::Unavailable, lang);
        writeln!(out, "  -. {} {mark}", o.choice.text.get(lang))?;
    }
    Ok(())
}

fn score_list(scores: &[Option<i8>; 5], lang: Lang) -> String {
    KeyPoint::ALL
        .iter()
        .filter_map(|p| scores[p.index()].map(|v| format!("{} {v:+}", key_point(*p, lang))))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The reply, the checkpoints passed and, when the mode gives it, the feedback.
fn after_choice(s: &Scenario, run: &Run, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(last) = run.transcript(s).pop() else {
        return Ok(());
    };
    if !last.choice.continues {
        let words = quoted(last.choice.text.get(lang), lang);
        writeln!(out, "{}", labelled(tr(Msg::You, lang), &words, lang))?;
    }
    if let Some(reply) = &last.reply {
        say(reply, lang, out)?;
    }
    for c in &last.reached {
        let label = labelled(tr(Msg::CheckpointReached, lang), c.label.get(lang), lang);
        writeln!(out, "  ✓ {label}")?;
    }
    if let Some(choice) = run.feedback(s) {
        writeln!(
            out,
            "  > {}{} {}",
            tr_cli(CliMsg::Feedback, lang),
            colon(lang),
            score_list(&choice.scores.0, lang)
        )?;
        writeln!(out, "    {}", choice.rationale.get(lang))?;
    }
    Ok(())
}

fn json_said<'a>(said: &Said<'a>, id: String, lang: Lang) -> JsonSaid<'a> {
    JsonSaid {
        speaker: said.speaker.map_or("narrator", |c| c.id.as_str()),
        id,
        text: said.line.text.get(lang),
        cue: said.line.cue.as_ref().map(|c| c.get(lang)),
    }
}

fn transcript<'a>(s: &'a Scenario, run: &Run, lang: Lang) -> Vec<JsonSaid<'a>> {
    let mut out = Vec::new();
    for ex in run.transcript(s) {
        if let Some(n) = &ex.narration {
            out.push(json_said(n, s.narration_id(ex.beat), lang));
        }
        if let Some(said) = &ex.said {
            out.push(json_said(said, ex.line_id.clone(), lang));
        }
        if !ex.choice.continues {
            out.push(JsonSaid {
                speaker: "trainee",
                id: ex.choice_id.clone(),
                text: ex.choice.text.get(lang),
                cue: None,
            });
        }
        if let (Some(reply), Some(id)) = (&ex.reply, &ex.reply_id) {
            out.push(json_said(reply, id.clone(), lang));
        }
        for c in &ex.reached {
            out.push(JsonSaid {
                speaker: "checkpoint",
                id: c.id.clone(),
                text: c.label.get(lang),
                cue: None,
            });
        }
    }
    out
}

/// What a script can choose next, with the scores of each answer.
fn available<'a>(s: &'a Scenario, run: &Run, lang: Lang) -> Vec<JsonOffer<'a>> {
    let View::Beat { offers, .. } = run.view(s) else {
        return Vec::new();
    };
    offers
        .iter()
        .map(|o| JsonOffer {
            key: &o.choice.key,
            text: if o.choice.continues {
                tr(Msg::Continue, lang)
            } else {
                o.choice.text.get(lang)
            },
            scores: KeyPoint::ALL
                .iter()
                .filter_map(|p| o.choice.scores.get(*p).map(|v| (*p, v)))
                .collect(),
            recommended: o.choice.scores.is_recommended(),
        })
        .collect()
}

/// Prints the debrief as text.
pub fn print_debrief(
    s: &Scenario,
    run: &Run,
    d: &Debrief,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let e = &s.endings[d.ending as usize];
    writeln!(
        out,
        "\n== {}{} {} ({}) ==",
        tr(Msg::Ending, lang),
        colon(lang),
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
    if !d.checkpoints.is_empty() {
        writeln!(out, "\n== {} ==", tr(Msg::Checkpoints, lang))?;
        for c in &d.checkpoints {
            let checkpoint = &s.checkpoints[c.index];
            let (mark, status) = if c.done {
                ("✓", Msg::CheckpointDone)
            } else {
                ("✗", Msg::CheckpointMissed)
            };
            let label = checkpoint.label.get(lang);
            writeln!(out, "  {mark} {label} — {}", tr(status, lang))?;
            if !c.done {
                writeln!(out, "    {}", checkpoint.lesson.get(lang))?;
            }
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::Decisions, lang))?;
    let transcript = run.transcript(s);
    for (n, dec) in d.decisions.iter().enumerate() {
        let beat = s.beat(dec.beat);
        let Some(ex) = transcript.get(dec.step) else {
            continue;
        };
        let choice = ex.choice;
        if let Some(said) = &ex.said {
            let text = quoted(said.line.text.get(lang), lang);
            writeln!(out, "{}. {}", n + 1, labelled(said.name(), &text, lang))?;
        }
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
        let heading = thoughts_heading(s.gender(), lang);
        writeln!(out, "\n== {heading} ==")?;
        for b in &d.thoughts {
            if let Some(t) = &s.beat(*b).thought {
                writeln!(out, "  - {}", t.get(lang))?;
            }
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::NextSteps, lang))?;
    for section in s.next_steps(d.ending) {
        writeln!(out, "{}", section.title.get(lang))?;
        for item in &section.items {
            writeln!(out, "  - {}", item.get(lang))?;
        }
    }
    Ok(())
}
