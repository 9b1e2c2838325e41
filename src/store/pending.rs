//! Finished attempts that could not be added to the history (a read-only
//! folder, a full disk, a history file that cannot be read) are not lost:
//! they are written to a pending file — in the data folder, or in the
//! system's temporary folder when the data folder refuses every write —
//! read again at the next start, shown in History all along, and added to
//! the history with the next save that works.

use std::path::PathBuf;

use super::{Attempt, Store, StoreError, parse_ron};

/// The pending file's name.
pub const PENDING_FILE: &str = "pending-attempts.ron";

/// The pending file's text to its attempts. A share that is not a number
/// (a hand-edited `NaN`) is dropped: an attempt must equal itself, or it
/// would never be found in the history and would be added at every start.
pub fn parse_pending(text: &str) -> Result<Vec<Attempt>, String> {
    let mut attempts: Vec<Attempt> = parse_ron(text)?;
    for a in &mut attempts {
        a.recommended_share = a.recommended_share.filter(|s| s.is_finite());
    }
    Ok(attempts)
}

impl Store {
    /// Where pending attempts may be kept, best first: the data folder,
    /// then a folder of the system's temporary folder named after it.
    pub fn pending_places(&self) -> [Store; 2] {
        let key = xxhash_rust::xxh3::xxh3_64(self.dir.as_os_str().as_encoded_bytes());
        let fallback = std::env::temp_dir().join(format!("entretien-pending-{key:016x}"));
        [self.clone(), Store::new(&fallback)]
    }

    /// Adds `attempts` to the pending file of the first place that takes
    /// them (merged, under its lock, with what another window left
    /// there); where they went.
    pub fn keep_pending(&self, attempts: &[Attempt]) -> Result<PathBuf, StoreError> {
        let mut last = None;
        for place in self.pending_places() {
            let added = place.update(PENDING_FILE, parse_pending, |kept| {
                for a in attempts {
                    if !kept.contains(a) {
                        kept.push(a.clone());
                    }
                }
            });
            match added {
                Ok(_) => return Ok(place.dir.join(PENDING_FILE)),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| StoreError::Write {
            path: self.dir.join(PENDING_FILE).display().to_string(),
            detail: "no folder to write to".into(),
        }))
    }

    /// The pending attempts of every place (a file that cannot be read or
    /// parsed is left where it is, to be looked at: nothing is deleted).
    pub fn read_pending(&self) -> Vec<Attempt> {
        let mut all: Vec<Attempt> = Vec::new();
        for place in self.pending_places() {
            for attempt in place.peek(PENDING_FILE, parse_pending).unwrap_or_default() {
                if !all.contains(&attempt) {
                    all.push(attempt);
                }
            }
        }
        all
    }

    /// Drops from the pending files what `history` now holds, and a file
    /// left empty.
    fn clear_pending(&self, history: &[Attempt]) {
        for place in self.pending_places() {
            let path = place.dir.join(PENDING_FILE);
            if !path.is_file() {
                continue;
            }
            let left = place.update(PENDING_FILE, parse_pending, |kept| {
                kept.retain(|a| !history.contains(a));
            });
            if left.is_ok_and(|(kept, _)| kept.is_empty()) {
                let _ = std::fs::remove_file(path);
            }
        }
    }

    /// Adds `attempts` to the history under its lock; the history as it
    /// now is on disk. What the pending files held of them is dropped.
    pub fn add_attempts(
        &self,
        attempts: &[Attempt],
    ) -> Result<(Vec<Attempt>, Option<super::LoadNote>), StoreError> {
        let merged = self.update(super::HISTORY_FILE, super::parse_history, |h| {
            h.extend(attempts.iter().cloned());
        })?;
        self.clear_pending(&merged.0);
        Ok(merged)
    }
}
