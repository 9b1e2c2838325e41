//! `entretien simulate`: many random runs, summarised.

use std::io::Write;
use std::process::ExitCode;

use super::exit;
use crate::engine::simulate;
use crate::i18n::labels::key_point;
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::{Lang, Scenario};

/// Runs and prints the summary.
pub fn run(
    s: &Scenario,
    runs: usize,
    seed: u64,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let report = simulate(s, runs, seed);
    if json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
        return Ok(ExitCode::from(exit::OK));
    }
    writeln!(
        out,
        "{}: {} runs, {} {}",
        s.meta.id,
        report.runs,
        report.decisions,
        tr(Msg::SimDecisions, lang)
    )?;
    writeln!(out, "{}:", tr(Msg::SimEndings, lang))?;
    for (id, n) in &report.endings {
        let pct = if report.runs == 0 {
            0.0
        } else {
            *n as f64 * 100.0 / report.runs as f64
        };
        writeln!(out, "  {id:<24} {n:>7} ({pct:5.1} %)")?;
    }
    for p in &report.points {
        let fmt = |v: Option<u8>| v.map_or("-".to_owned(), |v| v.to_string());
        let mean = p.mean.map_or("-".to_owned(), |m| format!("{m:.1}"));
        writeln!(
            out,
            "  {:<36} min {} / {mean} / max {}  deciles {:?}",
            key_point(p.point, lang),
            fmt(p.min),
            fmt(p.max),
            p.deciles
        )?;
    }
    writeln!(
        out,
        "{}",
        labelled(
            tr(Msg::SimUnfinished, lang),
            &report.unfinished.to_string(),
            lang
        )
    )?;
    writeln!(
        out,
        "{}",
        labelled(
            tr(Msg::SimUnvisited, lang),
            &list(&report.unvisited_beats),
            lang
        )
    )?;
    writeln!(
        out,
        "{}",
        labelled(
            tr(Msg::SimUntaken, lang),
            &list(&report.untaken_choices),
            lang
        )
    )?;
    Ok(ExitCode::from(exit::OK))
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "—".to_owned()
    } else {
        items.join(", ")
    }
}
