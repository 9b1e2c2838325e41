//! Scenario files on disk: read within the limits, and checked with their
//! media folder listed, so that the core knows which voices exist without
//! looking at the disk itself.

use std::io::Read;
use std::path::Path;

use walkdir::WalkDir;

use super::check::{Report, check_read};
use super::load::{Limits, decode};
use super::model::{Assets, Listing};
use super::problem::{Problem, ProblemKind};

/// How deep a media folder is listed: voices sit two levels down
/// (`<dir>/audio/<lang>/`), explicit paths a little deeper at most.
const LISTING_MAX_DEPTH: usize = 8;

/// The most entries a media folder's listing keeps: a folder given by
/// mistake (a home folder) must not stall the check.
const LISTING_MAX_ENTRIES: usize = 100_000;

/// Reads a file as UTF-8 text within the size limit. Only regular files are
/// opened: a pipe named `x.ron` would block the reader until someone writes.
pub fn read_file(path: &Path, limits: &Limits) -> Result<String, Box<Problem>> {
    let file = path.display().to_string();
    let io = |e: std::io::Error| {
        Problem::file(
            &file,
            ProblemKind::Io {
                detail: e.to_string(),
            },
        )
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(Box::new(Problem::file(&file, ProblemKind::IsDirectory)));
    }
    if !meta.is_file() {
        return Err(Box::new(Problem::file(&file, ProblemKind::NotAFile)));
    }
    if meta.len() > limits.max_bytes {
        let kind = ProblemKind::TooLarge {
            bytes: meta.len(),
            limit: limits.max_bytes,
        };
        return Err(Box::new(Problem::file(&file, kind)));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limits.max_bytes + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    decode(bytes, &file, limits)
}

/// Checks a file on disk; its media are looked up in the sibling folder
/// named like the file (`x.ron` → `x/`, voices in `x/audio/`).
pub fn check_file(path: &Path, limits: &Limits) -> Report {
    match read_file(path, limits) {
        Ok(src) => {
            let assets = on_disk(Assets::beside(path));
            check_read(src, &path.display().to_string(), Some(&assets), limits)
        }
        Err(p) => Report::failed(*p),
    }
}

/// `assets` with the files and folders its folder holds now (nothing when
/// it does not exist). Links are followed, as opening a voice follows them;
/// a loop of links is skipped.
pub fn on_disk(assets: Assets) -> Assets {
    let mut listing = Listing::default();
    let entries = WalkDir::new(&assets.dir)
        .follow_links(true)
        .max_depth(LISTING_MAX_DEPTH)
        .into_iter()
        .filter_map(Result::ok)
        .take(LISTING_MAX_ENTRIES);
    for entry in entries {
        let kind = entry.file_type();
        if kind.is_file() {
            listing.files.insert(entry.into_path());
        } else if kind.is_dir() {
            listing.folders.insert(entry.into_path());
        }
    }
    assets.listed(listing)
}
