//! The `entretien` binary: parses the command line and owns the exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use entretien::cli::{Cli, SafeOut, exit, run};
use entretien::i18n::{CliMsg, tr_cli};

// Checking a large scenario is mostly allocating and freeing small strings:
// mimalloc does that several times faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = &cli.command else {
        return match entretien::app::run(&cli.scenario_dirs) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}\n{}", tr_cli(CliMsg::NoDisplay, cli.lang()));
                ExitCode::from(exit::USAGE)
            }
        };
    };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    // Nothing printed may drive the terminal (a scenario's text, a file name).
    let mut out = SafeOut::new(std::io::stdout().lock());
    let mut err = SafeOut::new(std::io::stderr().lock());
    match run(&cli, command, &mut input, &mut out, &mut err) {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "entretien: {e}");
            ExitCode::from(exit::USAGE)
        }
    }
}
