//! `entretien play`: the interview in a terminal, interactive or scripted,
//! ending with the debrief. `--save` keeps the finished interview in the
//! history, as the app does; `--from ID:DECISION` plays on from a decision
//! of an earlier attempt and ends by comparing the two runs.

mod compare;
mod debrief;
mod fork;
mod json;
mod save;
mod show;

use std::io::{BufRead, Write};
use std::process::ExitCode;

use clap::Args;

use super::{Cli, exit, playable, run_limits};
use crate::engine::{Comparison, Mode, Session, View};
use crate::i18n::fork as words;
use crate::i18n::{CliMsg, engine_error, tr_cli};
use crate::scenario::{Lang, Scenario};
use crate::store::Store;
pub use debrief::print_debrief;
use fork::Fork;

/// The arguments of `entretien play`.
#[derive(Debug, Args)]
pub struct PlayArgs {
    /// A .ron file or a scenario id (with `--from`, the attempt's when
    /// left out).
    #[arg(required_unless_present = "from")]
    pub scenario: Option<String>,
    /// Seed for the young person's reactions (same seed, same run); with
    /// `--from`, the attempt's.
    #[arg(long, conflicts_with = "from")]
    pub seed: Option<u64>,
    /// Scripted choices by key, e.g. `cadre,transparence`.
    #[arg(long, value_delimiter = ',')]
    pub choose: Option<Vec<String>>,
    /// Print the transcript and debrief as JSON.
    #[arg(long)]
    pub json: bool,
    /// Under each line, the voice file it plays, opened and decoded as
    /// the app's sound would (nothing is heard), or why it would not play.
    #[arg(long)]
    pub voices: bool,
    /// Once the interview has ended, add it to the history in the data
    /// folder as the app does; its id is printed on stderr.
    #[arg(long)]
    pub save: bool,
    /// Play on from a decision of an earlier attempt: ID is its id (or
    /// the start of it) as `entretien history` shows it, DECISION a
    /// decision's number from 1. The same seed and answers up to there,
    /// then yours; at the end, the two runs compared.
    #[arg(long, value_name = "ID:DECISION")]
    pub from: Option<String>,
}

/// How to play.
pub struct Options {
    /// Choice keys to play without asking.
    pub script: Option<Vec<String>>,
    /// JSON output.
    pub json: bool,
    /// Each line's voice file, decoded without a sound card.
    pub voices: bool,
    /// Language.
    pub lang: Lang,
    /// Where the attempt goes once it has ended (`--save`).
    pub save: Option<Store>,
    /// When the session was started or cut back (ms since 1970): a
    /// script's clock stands there, so its answers take no time.
    pub started_ms: u64,
}

/// Runs `entretien play`: finds the scenario (and with `--from`, the
/// attempt), then plays.
pub fn command(
    cli: &Cli,
    args: &PlayArgs,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let lang = cli.lang();
    let store = match (args.save || args.from.is_some()).then(Store::default_location) {
        Some(None) => return usage(tr_cli(CliMsg::NoDataFolder, lang), err),
        found => found.flatten(),
    };
    let attempt = match (&args.from, &store) {
        (Some(given), Some(store)) => {
            let found = fork::parse(given, lang)
                .and_then(|(id, decision)| Ok((fork::find(store, id, lang)?, decision)));
            match found {
                Ok(found) => Some(found),
                Err(message) => return usage(&message, err),
            }
        }
        _ => None,
    };
    let attempt_scenario = attempt.as_ref().map(|(a, _)| a.scenario.as_str());
    // clap asks for a scenario unless `--from` names an attempt.
    let Some(name) = args.scenario.as_deref().or(attempt_scenario) else {
        return Ok(ExitCode::from(exit::USAGE));
    };
    let s = match playable(cli, name, &run_limits(cli), err)? {
        Ok(s) => s,
        Err(code) => return Ok(ExitCode::from(code)),
    };
    let now = now_ms();
    let (session, fork) = match attempt {
        Some((attempt, decision)) => match fork::start(&attempt, decision, &s, lang, now) {
            Ok((fork, session)) => (session, Some(fork)),
            Err(message) => return usage(&message, err),
        },
        None => {
            let seed = args.seed.unwrap_or_else(rand::random);
            (Session::new(&s, seed, Mode::Practice, lang, now), None)
        }
    };
    let opts = Options {
        script: args.choose.clone(),
        json: args.json,
        voices: args.voices,
        lang,
        save: store.filter(|_| args.save),
        started_ms: now,
    };
    run(&s, session, fork.as_ref(), &opts, input, out, err)
}

fn usage(message: &str, err: &mut dyn Write) -> std::io::Result<ExitCode> {
    writeln!(err, "{message}")?;
    Ok(ExitCode::from(exit::USAGE))
}

/// Milliseconds since 1970 by the system's clock (0 should it be set
/// before 1970).
fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Plays `session` on `scenario` (from where it is: its start, or the
/// decision an earlier attempt is played on from) and prints the debrief,
/// and with `fork`, the comparison with that attempt.
pub fn run(
    scenario: &Scenario,
    mut session: Session,
    fork: Option<&Fork>,
    opts: &Options,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let lang = opts.lang;
    let quiet = opts.json;
    let frozen = opts.script.is_some().then_some(opts.started_ms);
    let now = || frozen.unwrap_or_else(now_ms);
    if !quiet {
        show::briefing(scenario, lang, out)?;
        if let Some(f) = fork {
            if !session.run.steps().is_empty() {
                writeln!(out, "{}", words::replaying(&f.id, f.decision, lang))?;
                show::replayed(scenario, &session.run, opts, out)?;
                writeln!(out)?;
            }
            writeln!(out, "{}", words::your_turn(f.decision, lang))?;
        }
    }
    let feedback = session.run.mode().rules().feedback_each_choice;
    let mut script = opts.script.as_ref().map(|s| s.iter());
    let mut code = exit::OK;
    while let View::Beat {
        narration,
        said,
        offers,
        locked,
        ..
    } = session.run.view(scenario)
    {
        let continues = offers.first().is_some_and(|o| o.choice.continues);
        if !quiet {
            show::lines([narration.as_ref(), said.as_ref()], opts, out)?;
            show::offers_list(&offers, &locked, lang, out)?;
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
                let msg = if session.undo(scenario, now()).is_ok() {
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
        if let Err(e) = session.choose_key(scenario, &key, now()) {
            writeln!(err, "{}", engine_error(&e, lang))?;
            if script.is_some() {
                code = exit::USAGE;
                break;
            }
            writeln!(out, "{}", tr_cli(CliMsg::UndoHint, lang))?;
            continue;
        }
        if !quiet && let Some(ex) = session.run.transcript(scenario).pop() {
            show::exchange(&ex, feedback, opts, out)?;
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
    let debrief = session.run.debrief(scenario).ok();
    let compared = fork.filter(|_| debrief.is_some()).and_then(|f| {
        Some((
            f,
            Comparison::new(scenario, &f.original.run, &session.run).ok()?,
        ))
    });
    let seed = session.run.seed;
    if opts.json {
        let comparison = compared.as_ref().map(|(f, c)| compare::json(f, c));
        json::print(
            scenario,
            &session.run,
            debrief.as_ref(),
            comparison,
            lang,
            out,
        )?;
    } else if let Some(d) = &debrief {
        print_debrief(scenario, &session.run, d, lang, out)?;
        if let Some((f, c)) = &compared {
            compare::print(f, c, lang, out)?;
        }
        writeln!(out, "seed: {seed}")?;
    } else {
        writeln!(
            out,
            "{} (seed: {seed})",
            tr_cli(CliMsg::ScriptUnfinished, lang),
        )?;
    }
    if let Some(store) = &opts.save {
        let scripted = frozen.is_some();
        let saved = save::save(
            store,
            scenario,
            &session,
            debrief.as_ref(),
            scripted,
            lang,
            err,
        )?;
        code = code.max(saved);
    }
    Ok(ExitCode::from(code))
}
