//! Local persistence: settings, past attempts and unfinished interviews, as
//! RON files in the data folder. Nothing leaves the machine.
//!
//! - Writes go to a temporary file in the same folder, then replace the old
//!   file in one rename, so a crash never leaves half a file.
//! - A file that cannot be *read* (permissions, a folder in its place) is
//!   left where it is and the reason is given; nothing overwrites it.
//! - Only a file that was read and does not parse is moved aside
//!   (`*.corrupt`), and the app goes on.
//! - Shared files change through [`Store::update`]: under a lock, the file
//!   is read again, changed and written, so two windows on one data folder
//!   merge their changes instead of the last writer winning.
//! - The app writes through one thread ([`Writer`]), so a frame never
//!   waits on the disk; an attempt that cannot be saved is kept pending
//!   ([`PENDING_FILE`]) until a save works.
//! - An interview played in a window is claimed ([`Claim`]): another
//!   window neither resumes it nor replaces its saved copy.

mod claim;
mod history;
mod pending;
pub mod progress;
mod saved;
mod settings;
mod summary_names;
mod writer;

use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use claim::{Claim, Claimed};
pub use history::{
    Attempt, CheckpointRecord, FindError, HISTORY_FILE, find_attempt, parse_history,
};
pub use pending::{PENDING_FILE, parse_pending};
pub use saved::{
    SAVED_FILE, SAVED_WORKSHOPS_FILE, SavedRuns, SavedWorkshops, latest_saved, parse_saved_runs,
    parse_saved_workshops, saved_key,
};
pub use settings::{SETTINGS_FILE, Settings, Theme, parse_settings};
pub use summary_names::{
    SUMMARY_DIR, file_safe, summary_file_name, summary_page_name, workshop_record,
    workshop_record_name,
};
pub use writer::Writer;

/// Overrides the data folder (tests, a portable install, a workshop laptop).
pub const DATA_DIR_ENV: &str = "ENTRETIEN_DATA_DIR";

/// What went wrong with the data folder.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The folder or file cannot be written (read-only, full disk…).
    #[error("cannot write {path}: {detail}")]
    Write {
        /// The file.
        path: String,
        /// Why.
        detail: String,
    },
    /// The file exists but cannot be read, so it is not overwritten.
    #[error("cannot read {path}: {detail}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        detail: String,
    },
}

impl StoreError {
    /// The file concerned.
    pub fn path(&self) -> &str {
        match self {
            StoreError::Write { path, .. } | StoreError::Read { path, .. } => path,
        }
    }

    /// Why, without the file.
    pub fn detail(&self) -> &str {
        match self {
            StoreError::Write { detail, .. } | StoreError::Read { detail, .. } => detail,
        }
    }
}

/// Something the user should know after a load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNote {
    /// The file was read, did not parse, and was moved aside.
    MovedAside {
        /// The file.
        file: String,
        /// Where it went.
        to: String,
        /// What did not parse.
        reason: String,
    },
    /// The file could not be read (or moved); it is left in place.
    Unreadable {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
}

/// A folder of RON files.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// The data folder: `$ENTRETIEN_DATA_DIR`, else the platform's
/// (`~/.local/share/entretien` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    data_dir_override().or_else(|| {
        directories::ProjectDirs::from("be", "Entretien", "entretien")
            .map(|d| d.data_dir().to_path_buf())
    })
}

/// `$ENTRETIEN_DATA_DIR`, when set: everything the app writes goes there,
/// the window library's own state included.
pub fn data_dir_override() -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_ENV)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

impl Store {
    /// The store in [`data_dir`].
    pub fn default_location() -> Option<Store> {
        data_dir().map(|d| Store::new(&d))
    }

    /// A store in `dir` (created on first write).
    pub fn new(dir: &Path) -> Store {
        Store {
            dir: dir.to_path_buf(),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Reads `name` with `parse`; a missing file gives the default value.
    pub fn load<T: Default>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> (T, Option<LoadNote>) {
        let path = self.dir.join(name);
        match read(&path, parse) {
            Ok(value) => (value.unwrap_or_default(), None),
            Err(Failure::Read(reason)) => (
                T::default(),
                Some(LoadNote::Unreadable {
                    file: path.display().to_string(),
                    reason,
                }),
            ),
            Err(Failure::Parse(reason)) => (T::default(), Some(move_aside(&path, reason))),
        }
    }

    /// Reads `name` without changing anything (a file that does not parse
    /// stays where it is): for readers such as `entretien history`.
    pub fn peek<T: Default>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<T, StoreError> {
        let path = self.dir.join(name);
        read(&path, parse)
            .map(Option::unwrap_or_default)
            .map_err(|f| StoreError::Read {
                path: path.display().to_string(),
                detail: match f {
                    Failure::Read(d) | Failure::Parse(d) => d,
                },
            })
    }

    /// Changes `name` under a lock: reads it again, applies `change`,
    /// writes it, and returns what is now on disk with any note (a file
    /// that did not parse is moved aside and started afresh). A file that
    /// cannot be read is never overwritten.
    pub fn update<T: Default + Serialize>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, String>,
        change: impl FnOnce(&mut T),
    ) -> Result<(T, Option<LoadNote>), StoreError> {
        let path = self.dir.join(name);
        let fail = |detail: String| StoreError::Write {
            path: path.display().to_string(),
            detail,
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| fail(e.to_string()))?;
        let lock_path = self.dir.join(format!(".{name}.lock"));
        let lock = File::create(&lock_path).map_err(|e| fail(e.to_string()))?;
        lock_within(&lock, LOCK_WAIT).map_err(fail)?;
        let (mut value, note) = match read(&path, parse) {
            Ok(value) => (value.unwrap_or_default(), None),
            Err(Failure::Read(detail)) => {
                return Err(StoreError::Read {
                    path: path.display().to_string(),
                    detail,
                });
            }
            Err(Failure::Parse(reason)) => (T::default(), Some(move_aside(&path, reason))),
        };
        change(&mut value);
        self.save(name, &value)?;
        // The lock is released when `lock` is dropped, after the rename.
        drop(lock);
        Ok((value, note))
    }

    /// Writes `value` to `name` atomically.
    pub fn save<T: Serialize>(&self, name: &str, value: &T) -> Result<(), StoreError> {
        let text =
            ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default()).map_err(|e| {
                StoreError::Write {
                    path: self.dir.join(name).display().to_string(),
                    detail: e.to_string(),
                }
            })?;
        self.write(name, text.as_bytes())
    }

    /// Where the workshop report `file_name` is kept: `<folder>/workshops/`.
    pub fn summary_path(&self, file_name: &str) -> PathBuf {
        self.dir.join(SUMMARY_DIR).join(file_name)
    }

    /// Writes a workshop report to [`Store::summary_path`] atomically,
    /// creating the folder; returns the file's path.
    pub fn write_summary(&self, file_name: &str, text: &str) -> Result<PathBuf, StoreError> {
        Store::new(&self.dir.join(SUMMARY_DIR)).write(file_name, text.as_bytes())?;
        Ok(self.summary_path(file_name))
    }

    /// `name`, or `name.1`, `name.2`… the first free one in the folder.
    pub fn unused_name(&self, name: &str) -> String {
        let path = unused_path(self.dir.join(name));
        (path.file_name()).map_or_else(|| name.to_owned(), |n| n.to_string_lossy().into_owned())
    }

    /// Writes bytes to `name` atomically (temporary file, then rename).
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let path = self.dir.join(name);
        let fail = |detail: String| StoreError::Write {
            path: path.display().to_string(),
            detail,
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| fail(e.to_string()))?;
        let mut tmp =
            tempfile::NamedTempFile::new_in(&self.dir).map_err(|e| fail(e.to_string()))?;
        std::io::Write::write_all(&mut tmp, bytes).map_err(|e| fail(e.to_string()))?;
        tmp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
        tmp.persist(&path).map_err(|e| fail(e.error.to_string()))?;
        Ok(())
    }
}

enum Failure {
    Read(String),
    Parse(String),
}

pub use crate::limits::LOCK_WAIT;

/// Takes `lock`, waiting at most `wait`: a window never freezes on a lock
/// another process holds.
fn lock_within(lock: &File, wait: std::time::Duration) -> Result<(), String> {
    let deadline = std::time::Instant::now() + wait;
    loop {
        match lock.try_lock() {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                // Polling: std offers no lock with a timeout.
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(format!(
                    "another window or program has held the file for more than {} s",
                    wait.as_secs()
                ));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e.to_string()),
        }
    }
}

pub use crate::limits::DATA_FILE_MAX_BYTES;

/// `Ok(None)` when the file does not exist. Only a regular file is opened
/// (a pipe named `history.ron` would block the window forever, a link to
/// `/dev/zero` never end), and never more than [`DATA_FILE_MAX_BYTES`].
fn read<T>(path: &Path, parse: impl Fn(&str) -> Result<T, String>) -> Result<Option<T>, Failure> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Failure::Read(e.to_string())),
    };
    if !meta.is_file() {
        return Err(Failure::Read(
            "not a regular file (a folder, a pipe or a device)".into(),
        ));
    }
    let too_large = |len: u64| {
        Failure::Read(format!(
            "{len} bytes, more than the {DATA_FILE_MAX_BYTES} allowed"
        ))
    };
    if meta.len() > DATA_FILE_MAX_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|f| f.take(DATA_FILE_MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| Failure::Read(e.to_string()))?;
    if bytes.len() as u64 > DATA_FILE_MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let text = std::str::from_utf8(&bytes).map_err(|e| Failure::Parse(e.to_string()))?;
    parse(text).map(Some).map_err(Failure::Parse)
}

/// `path`, or `path.1`, `path.2`… the first that does not exist: a copy
/// set aside never replaces an earlier one.
fn unused_path(path: PathBuf) -> PathBuf {
    let mut to = path.clone();
    let mut n = 1;
    while to.exists() {
        let mut name = path.clone().into_os_string();
        name.push(format!(".{n}"));
        to = PathBuf::from(name);
        n += 1;
    }
    to
}

fn move_aside(path: &Path, reason: String) -> LoadNote {
    let file = path.display().to_string();
    let to = unused_path(path.with_extension("ron.corrupt"));
    match std::fs::rename(path, &to) {
        Ok(()) => LoadNote::MovedAside {
            file,
            to: to.display().to_string(),
            reason,
        },
        Err(e) => LoadNote::Unreadable {
            file,
            reason: format!("{reason}; {e}"),
        },
    }
}

/// RON text to a value, the error as one line with its position.
fn parse_ron<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;
