//! Local persistence: past attempts and unfinished runs, as RON files in the
//! platform data folder. Nothing leaves the machine.
//!
//! Writes go to a temporary file in the same folder, then replace the old
//! file in one rename, so a crash never leaves half a file. A file that
//! cannot be read back is moved aside (`*.corrupt`) and the app goes on.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

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
}

/// Something the user should know after a load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNote {
    /// The file was unreadable and was moved aside.
    MovedAside {
        /// The file.
        file: String,
        /// Where it went.
        to: String,
    },
    /// The file was unreadable and could not even be moved.
    Unreadable {
        /// The file.
        file: String,
        /// Why.
        detail: String,
    },
}

/// A folder of RON files.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The platform data folder (`~/.local/share/entretien` on Linux).
    pub fn default_location() -> Option<Store> {
        directories::ProjectDirs::from("be", "Entretien", "entretien")
            .map(|d| Store::new(d.data_dir()))
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

    /// Reads `name`; a missing file gives the default value, an unreadable
    /// one is moved aside and reported.
    pub fn load<T: DeserializeOwned + Default>(&self, name: &str) -> (T, Option<LoadNote>) {
        let path = self.dir.join(name);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (T::default(), None),
            Err(e) => return (T::default(), Some(self.move_aside(&path, e.to_string()))),
        };
        match ron::from_str(&text) {
            Ok(value) => (value, None),
            Err(e) => (T::default(), Some(self.move_aside(&path, e.to_string()))),
        }
    }

    fn move_aside(&self, path: &Path, detail: String) -> LoadNote {
        let file = path.display().to_string();
        let mut to = path.with_extension("ron.corrupt");
        let mut n = 1;
        while to.exists() {
            to = path.with_extension(format!("ron.corrupt.{n}"));
            n += 1;
        }
        match std::fs::rename(path, &to) {
            Ok(()) => LoadNote::MovedAside {
                file,
                to: to.display().to_string(),
            },
            Err(_) => LoadNote::Unreadable { file, detail },
        }
    }

    /// Writes `value` to `name` atomically.
    pub fn save<T: Serialize>(&self, name: &str, value: &T) -> Result<(), StoreError> {
        let text =
            ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default()).map_err(|e| {
                let path = self.dir.join(name).display().to_string();
                StoreError::Write {
                    path,
                    detail: e.to_string(),
                }
            })?;
        self.write(name, text.as_bytes())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_missing_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(&dir.path().join("sub"));
        let (empty, note): (Vec<u32>, _) = store.load("x.ron");
        assert!(empty.is_empty() && note.is_none());
        store.save("x.ron", &vec![1u32, 2, 3]).unwrap();
        let (back, note): (Vec<u32>, _) = store.load("x.ron");
        assert_eq!(back, vec![1, 2, 3]);
        assert!(note.is_none());
        let leftovers = std::fs::read_dir(store.dir()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }

    #[test]
    fn corrupt_file_is_moved_aside_twice() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        for round in 0..2 {
            std::fs::write(dir.path().join("h.ron"), "[1, 2,, oops").unwrap();
            let (value, note): (Vec<u32>, _) = store.load("h.ron");
            assert!(value.is_empty());
            let Some(LoadNote::MovedAside { to, .. }) = note else {
                panic!("{note:?}")
            };
            assert!(Path::new(&to).exists(), "round {round}");
            assert!(!dir.path().join("h.ron").exists());
        }
        assert!(dir.path().join("h.ron.corrupt").exists());
        assert!(dir.path().join("h.ron.corrupt.1").exists());
    }

    #[test]
    fn unwritable_folder_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "").unwrap();
        // A folder path below a plain file can never be created.
        let store = Store::new(&blocker.join("data"));
        assert!(matches!(
            store.save("x.ron", &1u32),
            Err(StoreError::Write { .. })
        ));
    }
}
