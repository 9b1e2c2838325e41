//! An interview played in one window is claimed by it, with a lock on a
//! small file of the data folder, so that a second window on the same
//! folder neither resumes it (both would play it, and the history would
//! record it twice) nor replaces its saved copy with its own interview.
//! The system releases the lock when the window closes or is killed, so a
//! crashed window's interview can be resumed at once.

use std::fs::File;
use std::path::PathBuf;

use super::Store;

/// What claiming an interview came to.
#[derive(Debug)]
pub enum Claimed {
    /// This window holds it now.
    Held(Claim),
    /// Another window plays it.
    Elsewhere,
    /// The folder cannot hold a claim (read-only, no locks): nothing is
    /// claimed, and nothing refused.
    Unavailable,
}

impl Claimed {
    /// The claim, when this window holds it.
    pub fn held(self) -> Option<Claim> {
        match self {
            Claimed::Held(claim) => Some(claim),
            _ => None,
        }
    }
}

/// A live interview's claim; released when dropped.
#[derive(Debug)]
pub struct Claim {
    path: PathBuf,
    // Held for its lock.
    _file: File,
}

impl Store {
    /// The lock file of the interview saved under `key`.
    fn claim_path(&self, key: &str) -> PathBuf {
        let hash = xxhash_rust::xxh3::xxh3_64(key.as_bytes());
        self.dir.join(format!(".live-{hash:016x}.lock"))
    }

    /// Claims the interview saved under `key` for this window.
    pub fn claim(&self, key: &str) -> Claimed {
        if std::fs::create_dir_all(&self.dir).is_err() {
            return Claimed::Unavailable;
        }
        let path = self.claim_path(key);
        // A claim released at this instant removes the file we opened: we
        // would lock a file no longer named, so we try the new one.
        for _ in 0..3 {
            let Ok(file) = File::create(&path) else {
                return Claimed::Unavailable;
            };
            match file.try_lock() {
                Ok(()) if still_named(&file, &path) => {
                    return Claimed::Held(Claim { path, _file: file });
                }
                Ok(()) => continue,
                Err(std::fs::TryLockError::WouldBlock) => return Claimed::Elsewhere,
                Err(std::fs::TryLockError::Error(_)) => return Claimed::Unavailable,
            }
        }
        Claimed::Unavailable
    }

    /// Whether another window plays the interview saved under `key` now.
    pub fn claimed_elsewhere(&self, key: &str) -> bool {
        let Ok(file) = File::open(self.claim_path(key)) else {
            return false;
        };
        matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        // Another window may be taking it at this instant: it then holds a
        // lock on a file no longer named, and claims the next one afresh.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether `path` still names the open `file`.
#[cfg(unix)]
fn still_named(file: &File, path: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Windows does not remove a file that is open, so the name holds.
#[cfg(not(unix))]
fn still_named(_: &File, _: &std::path::Path) -> bool {
    true
}
