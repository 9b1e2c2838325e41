//! The `entretien` binary: parses the command line and owns the exit code.

// On Windows the app opens no console window beside it; the command line
// attaches to the terminal it was typed in (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

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
    attach_console();
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

/// A Windows program without a console prints nowhere: when started from
/// a terminal (a command, `--help`, `--version`), it borrows that
/// terminal's console. Started from the Start menu there is none, and the
/// app simply opens.
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: a plain Win32 call with a constant; failure (no parent
    // console) is expected and harmless.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_console() {}
