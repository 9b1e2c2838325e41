//! The command line: `check`, `audit`, `play`, `simulate`, `graph`,
//! `history`, `report`, `voice-script`; no subcommand opens the window. Every
//! command that takes a scenario accepts a file or a scenario id.

mod audit;
mod check;
mod graph;
mod history;
mod play;
mod report;
mod safe_out;
mod simulate;
mod voice_script;

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{EnumValueParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};

use crate::engine::audit::AuditOptions;
use crate::engine::{Plan, Policy};
use crate::i18n::{CliMsg, render_problem, tr_cli};
use crate::scenario::check::Report;
use crate::scenario::load::Limits;
use crate::scenario::{Lang, Scenario, library};

pub use report::ReportFormat;
pub use safe_out::SafeOut;

/// Exit codes shared by every subcommand.
pub mod exit {
    /// Everything went well.
    pub const OK: u8 = 0;
    /// Problems were found in a scenario.
    pub const PROBLEMS: u8 = 1;
    /// Bad usage, or a file that cannot be read.
    pub const USAGE: u8 = 2;
}

/// Entretien: practise interviewing an adolescent who may be exploited by a
/// proxénète d'adolescents.
#[derive(Debug, Parser)]
#[command(name = "entretien", version = crate::VERSION, about)]
pub struct Cli {
    /// Extra folder of scenario files (may be repeated).
    #[arg(long = "scenarios", value_name = "DIR", global = true)]
    pub scenario_dirs: Vec<PathBuf>,
    /// Language of texts and messages [default: fr]; `voice-script`
    /// without it lists both languages.
    #[arg(long, value_parser = parse_as::<LangArg, Lang>(), global = true)]
    pub lang: Option<Lang>,
    /// Most beats a scenario may have [default: 1000]: raise it to check,
    /// audit or play a larger scenario. The window always keeps the
    /// default.
    #[arg(long, value_name = "N", global = true)]
    pub max_beats: Option<usize>,
    /// Largest scenario file read, in bytes [default: 16777216, 16 MiB]:
    /// raise it to check, audit or play a larger file. The window always
    /// keeps the default for a dropped file.
    #[arg(long, value_name = "BYTES", global = true)]
    pub max_size: Option<u64>,
    /// What to do; none opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The language of texts and messages: `--lang`, else French.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// The limits scenarios are read with: the default, with `--max-beats`
    /// and `--max-size`.
    pub fn limits(&self) -> Limits {
        let default = Limits::default();
        Limits {
            max_beats: self.max_beats.unwrap_or(default.max_beats),
            max_bytes: self.max_size.unwrap_or(default.max_bytes),
            ..default
        }
    }
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files, folders or ids (default: the built-in
    /// scenarios), the pedagogical audit's findings included as warnings.
    Check {
        /// Files, folders or scenario ids.
        paths: Vec<PathBuf>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// The pedagogical audit of a scenario (default: every built-in): what
    /// a guesser, a careless trainee or one serious fault can reach.
    Audit {
        /// A .ron file or a scenario id.
        scenario: Option<String>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// Runs of the sampled rule (two mistakes).
        #[arg(long, default_value_t = 1000)]
        runs: usize,
        /// Seed of its first run.
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Play a scenario in the terminal.
    Play(play::PlayArgs),
    /// Play many runs and summarise where they lead.
    Simulate {
        /// A .ron file or a scenario id.
        scenario: String,
        /// How the answers are picked.
        #[arg(long, value_parser = parse_as::<PolicyArg, Policy>(), default_value = "random")]
        policy: Policy,
        /// Answers that are not good practice, put in at decisions drawn
        /// at random in each run (with `--policy best`: one careless
        /// moment, two…).
        #[arg(long, default_value_t = 0)]
        faults: usize,
        /// Number of runs.
        #[arg(long, default_value_t = 1000)]
        runs: usize,
        /// First seed.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// List the finished interviews kept in the data folder
    /// (`$ENTRETIEN_DATA_DIR`, else the platform's).
    History {
        /// Every field, as JSON (seed and choice keys replay each one).
        #[arg(long)]
        json: bool,
    },
    /// Write the report of a finished attempt or of a workshop: Markdown,
    /// a printable HTML page (the profile's radar included) or a PDF.
    Report {
        /// An attempt's id from `entretien history` (or its first
        /// characters), or a workshop's record: the `.ron` file beside its
        /// summary in the data folder's `workshops/` (or the summary's `.md`).
        target: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// The file to write (whole or not at all); required for pdf.
        /// Without it the report goes to the standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print the scenario's graph.
    Graph {
        /// A .ron file or a scenario id.
        scenario: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
    /// Print the recording script for voice actors.
    ///
    /// Every voiced line, who says it, its mood, cue and text, and the file
    /// its recording goes to; then the closing's shared phrases. Both
    /// languages unless `--lang`.
    VoiceScript {
        /// A .ron file or a scenario id.
        scenario: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ScriptFormat::Text)]
        format: ScriptFormat,
    },
}

/// The values of `--lang`: [`Lang`] as the command line spells it, so
/// that the model does not depend on clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    /// Français (default).
    Fr,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

/// The values of `--policy`: [`Policy`] as the command line spells it, so
/// that the engine does not depend on clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PolicyArg {
    /// Any available answer, each as likely.
    Random,
    /// A recommended answer (good practice), the highest total score among
    /// several; the highest total when none is recommended.
    Best,
    /// The answer with the lowest total score.
    Worst,
    /// Always the longest answer (in the `--lang` language), unread.
    Longest,
    /// Always the shortest answer, unread.
    Shortest,
}

impl From<PolicyArg> for Policy {
    fn from(arg: PolicyArg) -> Policy {
        match arg {
            PolicyArg::Random => Policy::Random,
            PolicyArg::Best => Policy::Best,
            PolicyArg::Worst => Policy::Worst,
            PolicyArg::Longest => Policy::Longest,
            PolicyArg::Shortest => Policy::Shortest,
        }
    }
}

/// Parses a command-line value of `A` and yields the `T` it names: the
/// help, the accepted values and the errors are those of `A`.
fn parse_as<A, T>() -> impl TypedValueParser<Value = T>
where
    A: ValueEnum + Clone + Send + Sync + 'static,
    T: From<A> + Clone + Send + Sync + 'static,
{
    EnumValueParser::<A>::new().map(T::from)
}

/// Graph output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz.
    Dot,
    /// Mermaid flowchart.
    Mermaid,
}

/// Recording script formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScriptFormat {
    /// For a person: per language, grouped by who speaks.
    Text,
    /// RFC 4180 CSV with a header row, one row per line and language.
    Csv,
}

/// Runs a subcommand; the caller owns the process and the exit code.
pub fn run(
    cli: &Cli,
    command: &Command,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let lang = cli.lang();
    let limits = cli.limits();
    let scenario = match command {
        Command::Check { paths, json } => {
            return check::run(paths, &cli.scenario_dirs, *json, lang, &limits, out);
        }
        Command::Audit {
            scenario,
            json,
            runs,
            seed,
        } => {
            let options = AuditOptions {
                runs: *runs,
                seed: *seed,
                max_states: limits.max_states,
            };
            let name = scenario.as_deref();
            return audit::run(name, cli, &options, *json, out, err);
        }
        Command::History { json } => {
            let store = crate::store::Store::default_location();
            return history::run(store.as_ref(), *json, lang, out, err);
        }
        Command::Report {
            target,
            format,
            output,
        } => {
            let store = crate::store::Store::default_location();
            let opts = report::Options {
                target,
                format: *format,
                output: output.as_deref(),
            };
            return report::run(cli, store.as_ref(), &opts, out, err);
        }
        Command::Play(args) => return play::command(cli, args, input, out, err),
        Command::Simulate { scenario, .. }
        | Command::Graph { scenario, .. }
        | Command::VoiceScript { scenario, .. } => scenario,
    };
    let s = match playable(cli, scenario, &run_limits(cli), err)? {
        Ok(s) => s,
        Err(code) => return Ok(ExitCode::from(code)),
    };
    match command {
        Command::Simulate {
            policy,
            faults,
            runs,
            seed,
            json,
            ..
        } => {
            let opts = simulate::Options {
                plan: Plan {
                    policy: *policy,
                    faults: *faults,
                    lang,
                },
                runs: *runs,
                seed: *seed,
                json: *json,
                lang,
            };
            simulate::run(&s, &opts, out)
        }
        Command::Graph { format, .. } => graph::run(&s, *format, lang, out),
        Command::VoiceScript { format, .. } => voice_script::run(&s, *format, cli.lang, out),
        // Handled above, before a scenario is loaded.
        Command::Check { .. }
        | Command::Audit { .. }
        | Command::History { .. }
        | Command::Report { .. }
        | Command::Play(_) => Ok(ExitCode::from(exit::USAGE)),
    }
}

/// The limits a scenario is played, simulated or printed with: it needs
/// the scenario and its errors, not the checker's figures nor the audit.
fn run_limits(cli: &Cli) -> Limits {
    Limits {
        figures: false,
        ..cli.limits()
    }
}

/// A file that could not be read at all (a usage error, not a scenario's).
fn unreadable(report: &Report) -> bool {
    use crate::scenario::ProblemKind as K;
    (report.problems.iter()).any(|p| matches!(p.kind, K::Io { .. } | K::IsDirectory | K::NotAFile))
}

/// Finds a scenario and returns it when it has no error; otherwise prints
/// why and returns the exit code (usage for a missing or unreadable file).
fn playable(
    cli: &Cli,
    name: &str,
    limits: &Limits,
    err: &mut dyn Write,
) -> std::io::Result<Result<Scenario, u8>> {
    let lang = cli.lang();
    match library::find(name, &cli.scenario_dirs, limits) {
        None => {
            writeln!(err, "{name}: {}", tr_cli(CliMsg::NoScenarioFound, lang))?;
            Ok(Err(exit::USAGE))
        }
        Some(Report {
            scenario: Some(s), ..
        }) => {
            for p in library::copies_refused(name, &cli.scenario_dirs, limits) {
                writeln!(err, "{}", render_problem(&p, lang))?;
            }
            Ok(Ok(s))
        }
        Some(report) => {
            for p in &report.problems {
                writeln!(err, "{}", render_problem(p, lang))?;
            }
            if unreadable(&report) {
                return Ok(Err(exit::USAGE));
            }
            writeln!(err, "{}", tr_cli(CliMsg::BrokenScenario, lang))?;
            Ok(Err(exit::PROBLEMS))
        }
    }
}
