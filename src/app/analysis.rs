//! The library at start, and the checker's deep analysis after the first
//! frame. Opening the window parses and compiles every scenario (a few
//! milliseconds) and shows the library at once; the (beat × state)
//! exploration — some 0.3 s for Kelly alone — and the audit of a
//! trainer's own files run on a thread of their own, and their findings
//! replace the first reports when they are ready.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use crate::scenario::check::Report;
use crate::scenario::library::load_all;
use crate::scenario::load::Limits;

/// The library as the window's first frame shows it: checked without the
/// exploration.
pub fn quick_library(extra_dirs: &[PathBuf]) -> Vec<Report> {
    let quick = Limits {
        explore: false,
        ..Limits::default()
    };
    load_all(extra_dirs, &quick)
}

/// The library read while the window opens: [`quick_library`] on a thread
/// started before the window is asked for, so that reading the scenarios
/// and the window's creation (some 80 ms) overlap.
pub struct Starting {
    extra_dirs: Vec<PathBuf>,
    library: std::thread::JoinHandle<Vec<Report>>,
}

impl Starting {
    /// Starts reading the library (the built-ins and `extra_dirs`).
    pub fn now(extra_dirs: &[PathBuf]) -> Starting {
        let dirs = extra_dirs.to_vec();
        Starting {
            extra_dirs: extra_dirs.to_vec(),
            library: std::thread::spawn(move || quick_library(&dirs)),
        }
    }

    /// The library, once read, and the folders it was read from. Should
    /// the thread have failed, the library is read here.
    pub fn finish(self) -> (Vec<Report>, Vec<PathBuf>) {
        let library = (self.library.join()).unwrap_or_else(|_| quick_library(&self.extra_dirs));
        (library, self.extra_dirs)
    }
}

/// The library checked in full, a trainer's own files audited (the
/// built-ins are ours, audited by the tests).
pub fn full_library(extra_dirs: &[PathBuf]) -> Vec<Report> {
    // The audit reuses the check's graph and text instead of exploring and
    // reading each file again; nothing kept outlives this loop.
    let keep = Limits {
        keep_for_audit: true,
        ..Limits::default()
    };
    let mut entries = load_all(extra_dirs, &keep);
    for report in &mut entries {
        if report.file.starts_with("builtin:") {
            report.locate_kept();
        } else {
            crate::scenario::library::add_audit_findings(report);
        }
    }
    entries
}

/// The full check running in the background.
pub struct Analysis {
    done: Receiver<Vec<Report>>,
}

impl Analysis {
    /// Starts it; `wake` is called when it is done (the window repaints).
    pub fn start(extra_dirs: Vec<PathBuf>, wake: impl Fn() + Send + 'static) -> Analysis {
        let (send, done) = channel();
        let spawned = std::thread::Builder::new()
            .name("entretien-analysis".into())
            .spawn(move || {
                // The window may have closed meanwhile: nobody to tell.
                let _ = send.send(full_library(&extra_dirs));
                wake();
            });
        if let Err(e) = spawned {
            // No thread: the first reports stay, without the exploration.
            eprintln!("entretien: the scenarios' analysis could not start: {e}");
        }
        Analysis { done }
    }

    /// The full reports once ready; never blocks.
    pub fn take(&self) -> Option<Vec<Report>> {
        self.done.try_recv().ok()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::scenario::disk::check_file;
    use crate::scenario::library::add_audit_findings;

    /// The background analysis says what a check then an audit of each
    /// file says, located alike, and keeps no graph for the window's life.
    #[test]
    fn the_analysis_audits_a_trainer_s_file_as_check_does_and_keeps_nothing() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("length.ron");
        std::fs::copy(Path::new("tests/fixtures/audit/length.ron"), &file).expect("the fixture");
        let entries = full_library(&[dir.path().to_path_buf()]);
        assert!(entries.iter().all(|r| r.kept.is_none()));
        let analysed = (entries.iter())
            .find(|r| r.file == file.display().to_string())
            .expect("the trainer's file");
        let mut alone = check_file(&file, &Limits::default());
        add_audit_findings(&mut alone);
        assert!(!alone.problems.is_empty());
        assert_eq!(analysed.problems, alone.problems);
    }
}
