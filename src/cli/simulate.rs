//! `entretien simulate`: many runs played by a policy, summarised.
//!
//! The endings table opens with a line that starts with "Fins" (or
//! "Endings") and has one line per ending after it, the most reached first,
//! so that a reader (or a script keeping the first lines) sees where the
//! runs mostly go.

use std::io::Write;
use std::process::ExitCode;

use super::exit;
use crate::engine::{Plan, SimReport, simulate};
use crate::i18n::labels::{key_point, outcome, policy};
use crate::i18n::{CliMsg, Msg, colon, decimal, percent, tr, tr_cli};
use crate::scenario::{Lang, Scenario};

/// What `entretien simulate` was asked.
pub struct Options {
    /// How the answers are picked, with how many mistakes.
    pub plan: Plan,
    /// Number of runs.
    pub runs: usize,
    /// Seed of the first run.
    pub seed: u64,
    /// JSON output.
    pub json: bool,
    /// Language of the human output.
    pub lang: Lang,
}

/// Runs the simulation and prints the summary.
pub fn run(s: &Scenario, opts: &Options, out: &mut dyn Write) -> std::io::Result<ExitCode> {
    let report = simulate(s, opts.runs, opts.seed, opts.plan);
    if opts.json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        print(&s.meta.id, &report, opts.lang, out)?;
    }
    Ok(ExitCode::from(exit::OK))
}

/// The human summary.
fn print(id: &str, report: &SimReport, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let word = |msg| tr_cli(msg, lang);
    let colon = colon(lang);
    let faults = match report.faults {
        0 => String::new(),
        n => format!(", {n} {}", word(CliMsg::SimFaults)),
    };
    writeln!(
        out,
        "{id}{colon} {} {} ({}{faults}), {} {}",
        report.runs,
        word(CliMsg::SimRuns),
        policy(report.policy, lang),
        report.decisions,
        word(CliMsg::SimDecisions),
    )?;
    endings(report, lang, out)?;
    checkpoints(report, lang, out)?;
    writeln!(out, "{}", tr(Msg::Profile, lang))?;
    let score = |v: Option<u8>| v.map_or("—".to_owned(), |v| v.to_string());
    let width = report
        .points
        .iter()
        .map(|p| key_point(p.point, lang).chars().count())
        .max()
        .unwrap_or(0);
    for p in &report.points {
        writeln!(
            out,
            "  {:<width$}  {} {} / {} {} / {} {}  {} {:?}",
            key_point(p.point, lang),
            word(CliMsg::SimMin),
            score(p.min),
            word(CliMsg::SimMean),
            p.mean.map_or("—".to_owned(), |m| decimal(m, 1, lang)),
            word(CliMsg::SimMax),
            score(p.max),
            word(CliMsg::SimDeciles),
            p.deciles
        )?;
    }
    let unfinished = report.unfinished.to_string();
    for (label, value) in [
        (CliMsg::SimUnfinished, unfinished.as_str()),
        (CliMsg::SimUnvisited, &list(&report.unvisited_beats)),
        (CliMsg::SimUntaken, &list(&report.untaken_choices)),
    ] {
        writeln!(out, "{}{colon} {value}", word(label))?;
    }
    Ok(())
}

/// The endings table: a heading line, then one line per ending, the most
/// reached first (file order among equals).
fn endings(report: &SimReport, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let mut order: Vec<_> = report.endings.iter().collect();
    order.sort_by_key(|e| std::cmp::Reverse(e.count));
    let heading = [
        CliMsg::SimEndings,
        CliMsg::SimOutcome,
        CliMsg::SimRuns,
        CliMsg::SimShare,
        CliMsg::SimRecommended,
    ]
    .map(|m| tr_cli(m, lang).to_owned());
    let rows: Vec<[String; 5]> = std::iter::once(heading)
        .chain(order.iter().map(|e| {
            [
                format!("  {}", e.id),
                outcome(e.kind, lang).to_owned(),
                e.count.to_string(),
                percent(e.share, lang),
                e.recommended_share
                    .map_or("—".to_owned(), |r| percent(r, lang)),
            ]
        }))
        .collect();
    let mut widths = [0; 5];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for [id, kind, count, share, recommended] in &rows {
        let [w0, w1, w2, w3, w4] = widths;
        writeln!(
            out,
            "{id:<w0$}  {kind:<w1$}  {count:>w2$}  {share:>w3$}  {recommended:>w4$}"
        )?;
    }
    Ok(())
}

/// Per ending reached, the share of its runs that passed each required
/// checkpoint (nothing when the scenario has none).
fn checkpoints(report: &SimReport, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    if report.endings.iter().all(|e| e.checkpoints.is_empty()) {
        return Ok(());
    }
    writeln!(out, "{}", tr_cli(CliMsg::SimCheckpoints, lang))?;
    for e in report.endings.iter().filter(|e| e.count > 0) {
        let passed: Vec<String> = (e.checkpoints.iter())
            .map(|c| {
                let share = percent(c.passed as f64 / e.count as f64, lang);
                format!("{} {share}", c.id)
            })
            .collect();
        writeln!(out, "  {}{} {}", e.id, colon(lang), passed.join(", "))?;
    }
    Ok(())
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "—".to_owned()
    } else {
        items.join(", ")
    }
}
