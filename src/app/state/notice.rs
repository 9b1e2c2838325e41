//! Messages to the user. One notice per cause: a cause that happens again
//! (every save to a read-only folder) updates its notice instead of adding
//! one, so notices never pile up over the interview.

use crate::store::LoadNote;

/// Why a saved interview was not resumed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeFailure {
    /// The scenario's content changed since; the saved interview was
    /// written aside to this file when the folder allowed it.
    ScenarioChanged {
        /// Where it was kept.
        kept_at: Option<String>,
    },
    /// It does not replay to what was saved (edited or damaged); it was
    /// written aside to this file when the folder allowed it.
    Damaged {
        /// Where it was kept.
        kept_at: Option<String>,
    },
    /// Another window on the same data folder is playing it now.
    OpenElsewhere,
}

/// A message to the user, shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A data file was moved aside, or cannot be read (as the store says).
    DataFile(LoadNote),
    /// Saving failed; what was not saved stays in memory.
    SaveFailed {
        /// The folder that refuses writes, or the file that cannot be read.
        place: String,
        /// Why (the latest failure).
        detail: String,
    },
    /// A saved interview could not be resumed.
    CannotResume {
        /// Scenario id.
        scenario: String,
        /// Why.
        why: ResumeFailure,
    },
    /// A dropped file was added to the library.
    Added {
        /// File name.
        file: String,
    },
    /// A dropped file has errors; it is listed but not kept.
    Rejected {
        /// File name.
        file: String,
    },
    /// A voice or ambience file would not play; the sound goes on.
    SoundFileFailed {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
    /// The sound card stopped while playing; the app goes on silent.
    SoundStopped {
        /// Why, as the sound system says.
        reason: String,
    },
    /// The engine refused an action the screen offered; nothing changed.
    NotDone {
        /// The engine's reason.
        detail: String,
    },
    /// An export was written (and opened).
    Exported {
        /// The file.
        file: String,
    },
    /// An export could not be made.
    ExportFailed {
        /// Why, in the app's language.
        reason: String,
    },
    /// The system could not open a file (no application for it).
    CannotOpen {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
}

impl Notice {
    /// What makes two notices the same cause: their kind and their file or
    /// scenario, never the detail (which may name a random temporary file).
    fn cause(&self) -> (u8, &str) {
        match self {
            Notice::DataFile(LoadNote::MovedAside { file, .. }) => (0, file),
            Notice::DataFile(LoadNote::Unreadable { file, .. }) => (1, file),
            Notice::SaveFailed { place, .. } => (2, place),
            Notice::CannotResume { scenario, .. } => (3, scenario),
            Notice::Added { file } => (4, file),
            Notice::Rejected { file } => (5, file),
            Notice::CannotOpen { file, .. } => (6, file),
            Notice::SoundFileFailed { file, .. } => (7, file),
            Notice::NotDone { .. } => (8, ""),
            Notice::SoundStopped { .. } => (9, ""),
            Notice::Exported { file } => (10, file),
            Notice::ExportFailed { .. } => (11, ""),
        }
    }
}

/// The notices, one per cause, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notices(Vec<Notice>);

impl Notices {
    /// Adds `notice`, or updates the one with the same cause; `true` when
    /// it is new.
    pub fn raise(&mut self, notice: Notice) -> bool {
        match self.0.iter_mut().find(|n| n.cause() == notice.cause()) {
            Some(same) => {
                *same = notice;
                false
            }
            None => {
                self.0.push(notice);
                true
            }
        }
    }

    /// Hides notice `i`.
    pub fn dismiss(&mut self, i: usize) {
        if i < self.0.len() {
            self.0.remove(i);
        }
    }

    /// Drops the notices `stale` picks (a cause that is over).
    pub fn drop_stale(&mut self, stale: impl Fn(&Notice) -> bool) {
        self.0.retain(|n| !stale(n));
    }

    /// All of them, oldest first.
    pub fn all(&self) -> &[Notice] {
        &self.0
    }
}
