//! Where a scenario's media are, with the files found there as data.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a scenario's media live, and which files are there. The core never
/// looks at the disk: the app lists the folder ([`Assets::listed`]) before
/// checking, and tests give the files they mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    /// Explicit `audio` paths are relative to this folder.
    pub dir: PathBuf,
    /// Voices found by convention: `<audio>/<lang>/<line>.ogg`.
    pub audio: PathBuf,
    /// The files and folders under `dir` (shared: every copy of a scenario
    /// keeps the same listing).
    pub listing: Arc<Listing>,
}

/// Files and folders of a media folder, as listed once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// Regular files (a link to one counts).
    pub files: BTreeSet<PathBuf>,
    /// Folders.
    pub folders: BTreeSet<PathBuf>,
}

impl Assets {
    /// A user's file `x.ron`: media in `x/`, voices in `x/audio/`.
    pub fn beside(file: &Path) -> Assets {
        let dir = file.with_extension("");
        Assets {
            audio: dir.join("audio"),
            dir,
            listing: Arc::default(),
        }
    }

    /// A built-in scenario: everything under `<root>/<id>/`
    /// (`assets/audio/<id>/<lang>/<line>.ogg`).
    pub fn builtin(root: &Path, id: &str) -> Assets {
        let dir = root.join(id);
        Assets {
            audio: dir.clone(),
            dir,
            listing: Arc::default(),
        }
    }

    /// The same folders with what they hold.
    pub fn listed(self, listing: Listing) -> Assets {
        Assets {
            listing: Arc::new(listing),
            ..self
        }
    }

    /// Whether `path` is a file of the listing.
    pub fn has_file(&self, path: &Path) -> bool {
        self.listing.files.contains(path)
    }

    /// Whether `path` is a folder of the listing.
    pub fn has_folder(&self, path: &Path) -> bool {
        self.listing.folders.contains(path)
    }

    /// The files directly in `folder`, in order.
    pub fn files_in<'a>(&'a self, folder: &'a Path) -> impl Iterator<Item = &'a Path> + 'a {
        // A folder's files follow it in the set's component-wise order.
        (self.listing.files.range(folder.to_path_buf()..))
            .map(PathBuf::as_path)
            .take_while(move |f| f.starts_with(folder))
            .filter(move |f| f.parent() == Some(folder))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(files: &[&str], folders: &[&str]) -> Assets {
        let listing = Listing {
            files: files.iter().map(PathBuf::from).collect(),
            folders: folders.iter().map(PathBuf::from).collect(),
        };
        Assets::beside(Path::new("/s/x.ron")).listed(listing)
    }

    #[test]
    fn files_in_lists_a_folder_alone_not_its_neighbours_nor_subfolders() {
        let a = listed(
            &[
                "/s/x/audio/en/a.ogg",
                "/s/x/audio/fr/a.ogg",
                "/s/x/audio/fr/b.ogg",
                "/s/x/audio/fr/old/c.ogg",
                "/s/x/audio/fr2/d.ogg",
            ],
            &["/s/x/audio/fr"],
        );
        let fr = a.audio.join("fr");
        let got: Vec<&Path> = a.files_in(&fr).collect();
        assert_eq!(got, [fr.join("a.ogg"), fr.join("b.ogg")]);
        assert!(a.has_folder(&fr));
        assert!(!a.has_folder(&a.audio.join("en")));
        assert!(a.has_file(&a.audio.join("fr2/d.ogg")));
        assert!(!a.has_file(&fr));
    }

    #[test]
    fn a_copy_shares_its_listing() {
        let a = listed(&["/s/x/audio/fr/a.ogg"], &[]);
        let b = a.clone();
        assert!(Arc::ptr_eq(&a.listing, &b.listing));
    }
}
