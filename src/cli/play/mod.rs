//! `entretien play`: the interview in a terminal, interactive or scripted,
//! ending with the debrief.

mod debrief;
mod json;

use std::io::{BufRead, Write};
use std::process::ExitCode;

use super::exit;
use crate::audio::{Channel, NullOutput, Output};
use crate::engine::{Offer, Run, Said, View};
use crate::i18n::labels::{key_point, mood};
use crate::i18n::sound::playback_error_words;
use crate::i18n::{CliMsg, Msg, colon, engine_error, labelled, quoted, tr, tr_cli};
use crate::scenario::{KeyPoint, Lang, Line, Scenario};
pub use debrief::print_debrief;

/// How to play.
pub struct Options {
    /// Seed of the run.
    pub seed: u64,
    /// Choice keys to play without asking.
    pub script: Option<Vec<String>>,
    /// JSON output.
    pub json: bool,
    /// Each line's voice file, decoded without a sound card.
    pub voices: bool,
    /// Language.
    pub lang: Lang,
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
                if opts.voices {
                    voice(s.line, lang, out)?;
                }
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
            after_choice(scenario, &run, opts, out)?;
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
        json::print(scenario, &run, opts.seed, debrief, lang, out)?;
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

/// `--voices`: the line's voice file, started on an output that plays
/// nothing but opens and decodes the file as a sound card would, so a
/// copied or installed program shows that it finds and reads its voices.
fn voice(line: &Line, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(file) = line.audio.get(lang) else {
        return writeln!(out, "  ♪ {}", tr_cli(CliMsg::NoVoice, lang));
    };
    match NullOutput::default().start(Channel::Voice, file, false, 1.0) {
        Ok(()) => writeln!(out, "  ♪ {}", file.display()),
        Err(e) => {
            let (what, why) = playback_error_words(&e, lang);
            writeln!(out, "  ♪ {what} ({why})")
        }
    }
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
fn after_choice(
    s: &Scenario,
    run: &Run,
    opts: &Options,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    let Some(last) = run.transcript(s).pop() else {
        return Ok(());
    };
    if !last.choice.continues {
        let words = quoted(last.choice.text.get(lang), lang);
        writeln!(out, "{}", labelled(tr(Msg::You, lang), &words, lang))?;
    }
    if let Some(reply) = &last.reply {
        say(reply, lang, out)?;
        if opts.voices {
            voice(reply.line, lang, out)?;
        }
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
