//! `entretien check`: every problem of every file (scenario or resource
//! file), located.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::exit;
use crate::i18n::labels::key_point;
use crate::i18n::{CliMsg, problem_hint, problem_message, render_problem, tr_cli};
use crate::scenario::check::{FileKind, Report, check_source};
use crate::scenario::disk::check_file;
use crate::scenario::graph::Summary;
use crate::scenario::library::add_audit_findings;
use crate::scenario::load::Limits;
use crate::scenario::problem::{Problem, ProblemKind, Severity};
use crate::scenario::{Lang, library, resources};

/// A problem as `--json` prints it: its fields, its words in the language
/// asked, and its item path as text.
#[derive(Serialize)]
pub(super) struct JsonProblem<'a> {
    #[serde(flatten)]
    problem: &'a Problem,
    message: String,
    hint: String,
    path_text: String,
}

impl<'a> JsonProblem<'a> {
    pub(super) fn new(problem: &'a Problem, lang: Lang) -> JsonProblem<'a> {
        JsonProblem {
            problem,
            message: problem_message(problem, lang),
            hint: problem_hint(problem, lang),
            path_text: problem.path.to_string(),
        }
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    file: &'a str,
    kind: FileKind,
    errors: usize,
    warnings: usize,
    problems: Vec<JsonProblem<'a>>,
    summary: Option<&'a Summary>,
}

/// Checks `paths` (files, folders or scenario ids, looked up among the
/// built-ins, the user's folder and `extra`; none = the built-in scenarios
/// and resource file), then audits every playable scenario.
pub fn run(
    paths: &[PathBuf],
    extra: &[PathBuf],
    json: bool,
    lang: Lang,
    limits: &Limits,
    out: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    // The audit below reuses each file's graph and text.
    // Nothing is played nor saved: no fingerprint.
    let limits = &Limits {
        keep_for_audit: true,
        fingerprint: false,
        ..*limits
    };
    let mut reports = Vec::new();
    if paths.is_empty() {
        reports = library::builtin(limits);
        let (src, file) = (resources::BUILTIN_SOURCE, resources::BUILTIN_FILE);
        reports.push(check_source(src, file, None, limits));
    }
    for path in paths {
        let id = path
            .to_str()
            .filter(|p| !path.exists() && !p.ends_with(".ron"));
        if let Some(report) = id.and_then(|id| library::find(id, extra, limits)) {
            reports.push(report);
            continue;
        }
        match library::scenario_files(path) {
            Ok(files) => reports.extend(files.iter().map(|f| check_file(f, limits))),
            Err(e) => {
                let file = path.display().to_string();
                let problem = Problem::file(
                    &file,
                    ProblemKind::Io {
                        detail: e.to_string(),
                    },
                );
                reports.push(Report {
                    file,
                    kind: FileKind::Scenario,
                    scenario: None,
                    problems: vec![problem],
                    summary: None,
                    kept: None,
                });
            }
        }
    }
    for report in &mut reports {
        add_audit_findings(report);
        crate::audio::add_undecodable_media(report);
    }
    if json {
        let list: Vec<JsonReport> = reports
            .iter()
            .map(|r| JsonReport {
                file: &r.file,
                kind: r.kind,
                errors: r.count(Severity::Error),
                warnings: r.count(Severity::Warning),
                problems: r
                    .problems
                    .iter()
                    .map(|p| JsonProblem::new(p, lang))
                    .collect(),
                summary: r.summary.as_ref(),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
    } else {
        for r in &reports {
            human(r, lang, out)?;
        }
        if paths.is_empty() {
            voices_line(&reports, lang, out)?;
        }
    }
    let io_failure = reports.iter().any(|r| {
        r.problems
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::Io { .. } | ProblemKind::IsDirectory))
    });
    let any_problem = reports.iter().any(|r| !r.problems.is_empty());
    let code = if io_failure {
        exit::USAGE
    } else if any_problem {
        exit::PROBLEMS
    } else {
        exit::OK
    };
    Ok(ExitCode::from(code))
}

/// Where the built-ins' voices were found, and how many: a copied or
/// installed program that cannot find them says so. The count is what
/// the built-in scenarios found there while they were checked.
fn voices_line(builtins: &[Report], lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let found: usize = (builtins.iter())
        .filter_map(|r| r.scenario.as_ref())
        .map(|s| s.media_files().len())
        .sum();
    let (msg, n) = match found {
        0 => (CliMsg::VoicesMissing, String::new()),
        n => (CliMsg::VoicesFound, n.to_string()),
    };
    let words = tr_cli(msg, lang).replace("{n}", &n);
    writeln!(
        out,
        "{words} {}",
        crate::scenario::media::builtin_audio().display()
    )
}

fn human(r: &Report, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    for p in &r.problems {
        writeln!(out, "{}", render_problem(p, lang))?;
    }
    let verdict = if r.problems.is_empty() {
        tr_cli(CliMsg::CheckClean, lang).to_owned()
    } else {
        format!("{} {}", r.problems.len(), tr_cli(CliMsg::Problems, lang))
    };
    if r.kind == FileKind::Resources {
        return writeln!(
            out,
            "{}: {} — {verdict}",
            r.file,
            tr_cli(CliMsg::ResourceFile, lang)
        );
    }
    let Some(s) = &r.summary else {
        return writeln!(
            out,
            "{}: {} {}",
            r.file,
            r.problems.len(),
            tr_cli(CliMsg::Problems, lang)
        );
    };
    writeln!(
        out,
        "{}: {} / {} / {} ({}) / {} — {} — {verdict}",
        r.file,
        s.beats,
        s.choices,
        s.endings,
        s.reachable_endings,
        s.states,
        tr_cli(CliMsg::CheckSummary, lang)
    )?;
    let partial = if s.complete {
        String::new()
    } else {
        format!(" ({})", tr_cli(CliMsg::Partial, lang))
    };
    let colon = crate::i18n::colon(lang);
    writeln!(
        out,
        "  {}{partial}{colon}",
        tr_cli(CliMsg::ScoreBounds, lang)
    )?;
    for b in &s.score_bounds {
        let show = |v: Option<i32>| {
            v.map_or_else(
                || tr_cli(CliMsg::Unbounded, lang).to_owned(),
                |v| format!("{v:+}"),
            )
        };
        writeln!(
            out,
            "    {}{colon} {}..{}",
            key_point(b.point, lang),
            show(b.min),
            show(b.max)
        )?;
    }
    Ok(())
}
