//! `entretien audit`: the pedagogical audit of one scenario, or of every
//! built-in one, with its figures and its located findings.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use super::check::JsonProblem;
use super::{Cli, exit, unreadable};
use crate::engine::Policy;
use crate::engine::audit::{AuditOptions, AuditReport, audit, located};
use crate::i18n::labels::policy;
use crate::i18n::{CliMsg, colon, decimal, percent, render_problem, tr_cli};
use crate::scenario::check::Report;
use crate::scenario::problem::Problem;
use crate::scenario::{Lang, library};

#[derive(Serialize)]
struct JsonAudit<'a> {
    file: &'a str,
    report: &'a AuditReport,
    findings: Vec<JsonProblem<'a>>,
}

/// Audits `name` (a file or an id), or every built-in scenario when `None`.
pub fn run(
    name: Option<&str>,
    cli: &Cli,
    options: &AuditOptions,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let (limits, lang) = (cli.limits(), cli.lang());
    let reports: Vec<Report> = match name {
        Some(name) => match library::find(name, &cli.scenario_dirs, &limits) {
            Some(report) => vec![report],
            None => {
                writeln!(err, "{name}: {}", tr_cli(CliMsg::NoScenarioFound, lang))?;
                return Ok(ExitCode::from(exit::USAGE));
            }
        },
        None => library::builtin(&limits),
    };
    let mut code = exit::OK;
    let mut audits = Vec::new();
    for report in &reports {
        let Some(scenario) = &report.scenario else {
            for p in &report.problems {
                writeln!(err, "{}", render_problem(p, lang))?;
            }
            writeln!(err, "{}", tr_cli(CliMsg::BrokenScenario, lang))?;
            code = code.max(if unreadable(report) {
                exit::USAGE
            } else {
                exit::PROBLEMS
            });
            continue;
        };
        let audited = audit(scenario, options);
        let src = library::source(&report.file).unwrap_or_default();
        let findings = located(&audited.findings, &report.file, &src);
        if !findings.is_empty() {
            code = code.max(exit::PROBLEMS);
        }
        audits.push((report.file.as_str(), audited, findings));
    }
    if json {
        let list: Vec<JsonAudit> = audits
            .iter()
            .map(|(file, report, findings)| JsonAudit {
                file,
                report,
                findings: findings.iter().map(|p| JsonProblem::new(p, lang)).collect(),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
    } else {
        for (file, report, findings) in &audits {
            human(file, report, findings, lang, out)?;
        }
    }
    Ok(ExitCode::from(code))
}

fn human(
    file: &str,
    r: &AuditReport,
    findings: &[Problem],
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let word = |m| tr_cli(m, lang);
    let c = colon(lang);
    writeln!(out, "{} ({file})", r.scenario)?;
    if r.complete {
        writeln!(out, "  {}{c}", word(CliMsg::AuditPolicies))?;
        let name = |p: &crate::engine::audit::PolicyFigure| match p.lang {
            Some(l) => format!("{} ({})", policy(p.policy, lang), l.code()),
            None => policy(p.policy, lang).to_owned(),
        };
        let width = r
            .policies
            .iter()
            .map(|p| name(p).chars().count())
            .max()
            .unwrap_or(0);
        for p in &r.policies {
            let limit = if p.lang.is_some() && p.good > r.guesser_limit + 1e-9 {
                "  ✗"
            } else {
                ""
            };
            writeln!(
                out,
                "    {:<width$}  {:>7}  ({} {}){limit}",
                name(p),
                percent(p.good, lang),
                word(CliMsg::AuditDisclosure),
                percent(p.disclosure, lang),
            )?;
        }
        writeln!(
            out,
            "    {}{c} {}",
            word(CliMsg::AuditLimit),
            percent(r.guesser_limit, lang)
        )?;
    } else {
        writeln!(out, "  {}", word(CliMsg::AuditPartial))?;
    }
    writeln!(out, "  {}{c}", word(CliMsg::AuditLengths))?;
    for l in &r.lengths {
        writeln!(
            out,
            "    {}{c} {} {}/{}, {} {}/{}, {} {} / {} (× {})",
            l.lang.code(),
            word(CliMsg::AuditLongestGood),
            l.longest_good,
            l.decisions,
            word(CliMsg::AuditEveryGoodLonger),
            l.every_good_longer,
            l.decisions,
            word(CliMsg::AuditMeans),
            decimal(l.mean_good, 0, lang),
            decimal(l.mean_other, 0, lang),
            decimal(l.ratio, 2, lang),
        )?;
        let beats: Vec<&str> = (l.beats.iter())
            .filter(|b| b.longest_good)
            .map(|b| b.beat.as_str())
            .collect();
        if !beats.is_empty() {
            writeln!(
                out,
                "      {}{c} {}",
                word(CliMsg::AuditLongestGoodBeats),
                beats.join(", ")
            )?;
        }
    }
    if !r.mistakes.is_empty() {
        writeln!(out, "  {}{c}", word(CliMsg::AuditMistakes))?;
        let width = (r.mistakes.iter())
            .map(|m| m.beat.chars().count() + m.choice.chars().count() + 1)
            .max()
            .unwrap_or(0);
        for m in &r.mistakes {
            let mut notes = Vec::new();
            if m.serious {
                notes.push(word(CliMsg::AuditSerious));
            }
            if m.minor {
                notes.push(word(CliMsg::AuditMinor));
            }
            if !m.met_by_best {
                notes.push(word(CliMsg::AuditNotMet));
            }
            let notes = if notes.is_empty() {
                String::new()
            } else {
                format!("  ({})", notes.join(", "))
            };
            writeln!(
                out,
                "    {:<width$}  {} → {}  |  {} → {}{notes}",
                format!("{}/{}", m.beat, m.choice),
                percent(m.good_best, lang),
                percent(m.good_it, lang),
                percent(m.disclosure_best, lang),
                percent(m.disclosure_it, lang),
            )?;
        }
    }
    let t = &r.two_faults;
    writeln!(
        out,
        "  {}{c} {} {} → {} ({} {})",
        word(CliMsg::AuditTwoFaults),
        policy(Policy::Best, lang),
        percent(t.best, lang),
        percent(t.two_faults, lang),
        t.runs,
        word(CliMsg::SimRuns),
    )?;
    writeln!(
        out,
        "    {}{c} {}",
        word(CliMsg::AuditFirstBetter),
        t.first_mistake_better
    )?;
    writeln!(
        out,
        "    {}{c} {}",
        word(CliMsg::AuditSecondBetter),
        t.second_mistake_better
    )?;
    for p in findings {
        writeln!(out, "{}", render_problem(p, lang))?;
    }
    let verdict = if findings.is_empty() {
        word(CliMsg::AuditClean).to_owned()
    } else {
        format!("{} {}", findings.len(), word(CliMsg::AuditFindings))
    };
    writeln!(out, "{file}{c} {verdict}")
}
