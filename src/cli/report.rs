//! `entretien report ATTEMPT|WORKSHOP`: the report of a finished attempt
//! (its id, or the first characters of it, from `entretien history`),
//! replayed from the history on its scenario; or of a workshop, from the
//! record the app keeps beside its summary (`workshops/atelier-….ron`; the
//! summary's `.md` path finds it too). Markdown on stdout by default;
//! `-o FILE` writes the file whole or not at all; a PDF needs `-o`. An
//! attempt's xAPI statements (`--format xapi`) name whoever the settings
//! name, or no one.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{Cli, exit};
use crate::engine::{ReplayError, Workshop};
use crate::i18n::report::cli as msg;
use crate::i18n::{CliMsg, engine_error, fr_or_en, tr_cli};
use crate::report::{self, Format};
use crate::scenario::load::Limits;
use crate::scenario::{Lang, Scenario, library};
use crate::store::{
    Attempt, FindError, HISTORY_FILE, SETTINGS_FILE, Store, find_attempt, parse_history,
    parse_settings,
};

/// The largest workshop record read: real ones are a few kilobytes.
const MAX_RECORD_BYTES: u64 = 16 * 1024 * 1024;

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown (default).
    Md,
    /// A self-contained HTML page, printable.
    Html,
    /// A PDF printed from the HTML by headless Chromium (needs -o).
    Pdf,
    /// xAPI 1.0.3 statements (a JSON array) for a learning record store;
    /// attempts only.
    Xapi,
}

impl ReportFormat {
    /// The document form; `None` for the xAPI statements, which are data.
    fn document(self) -> Option<Format> {
        match self {
            ReportFormat::Md => Some(Format::Markdown),
            ReportFormat::Html => Some(Format::Html),
            ReportFormat::Pdf => Some(Format::Pdf),
            ReportFormat::Xapi => None,
        }
    }
}

/// What to write and where.
pub struct Options<'a> {
    /// An attempt's id or prefix, or a workshop record's path.
    pub target: &'a str,
    /// The report's form.
    pub format: ReportFormat,
    /// The file to write; stdout when `None`.
    pub output: Option<&'a Path>,
}

/// A report that could not be made: the message, already in the language.
struct Refused(String);

/// Writes the report; exit code 2 with a message when it cannot be made.
pub fn run(
    cli: &Cli,
    store: Option<&Store>,
    opts: &Options<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let lang = cli.lang();
    if opts.format == ReportFormat::Pdf && opts.output.is_none() {
        writeln!(err, "{}", msg::pdf_needs_output(lang))?;
        return Ok(ExitCode::from(exit::USAGE));
    }
    let text = match rendered(cli, store, opts) {
        Ok(text) => text,
        Err(Refused(why)) => {
            writeln!(err, "{why}")?;
            return Ok(ExitCode::from(exit::USAGE));
        }
    };
    match opts.output {
        None => out.write_all(text.as_bytes())?,
        Some(path) => match written(path, opts.format, &text) {
            Ok(written) => writeln!(
                err,
                "{}",
                msg::written(&written.display().to_string(), lang)
            )?,
            Err(e) => {
                writeln!(err, "{}", e.message(lang))?;
                return Ok(ExitCode::from(exit::USAGE));
            }
        },
    }
    Ok(ExitCode::from(exit::OK))
}

/// The report's text: a workshop's when the target is a file, else an
/// attempt's.
fn rendered(cli: &Cli, store: Option<&Store>, opts: &Options<'_>) -> Result<String, Refused> {
    let limits = Limits {
        figures: false,
        ..cli.limits()
    };
    let path = Path::new(opts.target);
    let lang = cli.lang();
    if path.is_file() || record_path(path).is_file() {
        let format = opts.format.document();
        let format = format.ok_or_else(|| Refused(msg::xapi_per_attempt(lang).to_owned()))?;
        return workshop(cli, path, &limits, format);
    }
    let store = store.ok_or_else(|| Refused(tr_cli(CliMsg::NoDataFolder, lang).to_owned()))?;
    let attempts = store
        .peek(HISTORY_FILE, parse_history)
        .map_err(|e| Refused(e.to_string()))?;
    let attempt = find_attempt(&attempts, opts.target).map_err(|e| {
        Refused(match e {
            FindError::None(id) => msg::unknown_id(&id, lang),
            FindError::Several { given, count } => msg::ambiguous(&given, count, lang),
        })
    })?;
    let id = attempt.id();
    let s = scenario(cli, &attempt.scenario, &limits)
        .ok_or_else(|| Refused(msg::no_scenario(&id, &attempt.scenario, lang)))?;
    let session = attempt
        .replay(&s)
        .map_err(|e| Refused(msg::no_replay(&id, &replay_error(&e, lang), lang)))?;
    let Some(format) = opts.format.document() else {
        return xapi(store, attempt, &s);
    };
    let lang = cli.lang.or(attempt.lang).unwrap_or_default();
    Ok(report::attempt::render(attempt, &s, &session, lang, format))
}

/// Writes a report in `format`: a document as its form asks, the
/// statements' JSON as it is.
fn written(path: &Path, format: ReportFormat, text: &str) -> Result<PathBuf, report::ReportError> {
    match format.document() {
        Some(form) => report::write_file(path, form, text),
        None => report::write_text(path, text),
    }
}

/// An attempt's xAPI statements, pretty JSON, naming whoever the settings
/// name (unreadable settings name no one).
fn xapi(store: &Store, attempt: &Attempt, s: &Scenario) -> Result<String, Refused> {
    let settings = store
        .peek(SETTINGS_FILE, parse_settings)
        .unwrap_or_default();
    let statements = report::xapi::statements(attempt, s, settings.xapi_actor.as_deref())
        .map_err(|e| Refused(e.to_string()))?;
    let mut text = serde_json::to_string_pretty(&statements).map_err(|e| Refused(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// A workshop's report from its record (or from its summary, whose
/// record has the same name in `.ron`).
fn workshop(cli: &Cli, path: &Path, limits: &Limits, format: Format) -> Result<String, Refused> {
    let lang = cli.lang();
    let record = record_path(path);
    let bad = |why: String| Refused(msg::bad_workshop(&record.display().to_string(), &why, lang));
    let size = std::fs::metadata(&record)
        .map_err(|e| bad(e.to_string()))?
        .len();
    if size > MAX_RECORD_BYTES {
        return Err(bad(format!("{size} bytes")));
    }
    let text = std::fs::read_to_string(&record).map_err(|e| bad(e.to_string()))?;
    let w: Workshop = ron::from_str(&text).map_err(|e| bad(e.to_string()))?;
    let id = w.session.scenario_id().to_owned();
    let s = scenario(cli, &id, limits).ok_or_else(|| bad(msg::no_scenario("", &id, lang)))?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let w = w
        .restore(&s, now * 1000)
        .map_err(|e| bad(engine_error(&e, lang)))?;
    let lang = cli.lang.unwrap_or(w.session.lang);
    Ok(report::workshop::render(&w, &s, lang, now, format))
}

/// A summary's `.md` stands for the record beside it.
fn record_path(path: &Path) -> PathBuf {
    if path.extension().is_some_and(|e| e == "md") {
        path.with_extension("ron")
    } else {
        path.to_path_buf()
    }
}

/// The scenario with this id, when found and valid.
fn scenario(cli: &Cli, id: &str, limits: &Limits) -> Option<Scenario> {
    library::find(id, &cli.scenario_dirs, limits)?.scenario
}

/// Why a record no longer replays, in `lang`.
fn replay_error(e: &ReplayError, lang: Lang) -> String {
    match e {
        ReplayError::NotRecorded => fr_or_en(
            "elle a été enregistrée sans sa graine ni ses choix".to_owned(),
            e.to_string(),
            lang,
        ),
        ReplayError::Diverged {
            step,
            recorded,
            found,
        } => fr_or_en(
            format!(
                "étape {step}\u{202F}: l'enregistrement est au moment «\u{202F}{recorded}\u{202F}», le scénario désormais à «\u{202F}{found}\u{202F}»"
            ),
            e.to_string(),
            lang,
        ),
        ReplayError::Choice { step, source } => {
            let step_word = fr_or_en("étape", "step", lang);
            format!(
                "{step_word} {step}{} {}",
                crate::i18n::colon(lang),
                engine_error(source, lang)
            )
        }
    }
}
