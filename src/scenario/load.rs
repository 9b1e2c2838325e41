//! Reading a scenario or resource file safely: size and depth limits, UTF-8, RON syntax.

use std::io::Read;
use std::path::Path;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::problem::{Location, Problem, ProblemKind};
use super::raw::RawScenario;
use super::syntax;
use crate::limits;

/// Limits that keep a hostile file from exhausting memory or the stack
/// (their defaults: [`crate::limits`]).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_bytes: u64,
    /// Deepest nesting accepted by the parser (128 levels by default: 28
    /// `All`/`Any` inside one another in a `when`, as the docs say).
    pub max_depth: usize,
    /// Most (beat × state) nodes the checker explores.
    pub max_states: usize,
    /// Most beats a scenario may have: a file with more is refused
    /// ([`ProblemKind::TooManyBeats`]) before it is compiled
    /// ([`crate::limits::SCENARIO_MAX_BEATS`] by default).
    pub max_beats: usize,
    /// Whether the checker explores every (beat × state) node. The app's
    /// start leaves it out so that the window opens at once, and runs it
    /// after the first frame; every command keeps it.
    pub explore: bool,
    /// Whether the report keeps the explored graph and the source for the
    /// audit that follows (`entretien check`), so that the audit neither
    /// explores again nor reads the file again. Off by default: a report
    /// the app keeps for the window's life should not hold a large graph.
    pub keep_for_audit: bool,
    /// Whether the checker works out the figures of its summary (score
    /// bounds). The commands that play or print a scenario leave them out:
    /// they still refuse a scenario the exploration finds an error in.
    pub figures: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: limits::SCENARIO_FILE_MAX_BYTES,
            max_depth: limits::SCENARIO_MAX_DEPTH,
            max_states: limits::CHECKER_MAX_STATES,
            max_beats: DEFAULT_MAX_BEATS,
            explore: true,
            keep_for_audit: false,
            figures: true,
        }
    }
}

/// The default of [`Limits::max_beats`].
pub const DEFAULT_MAX_BEATS: usize = limits::SCENARIO_MAX_BEATS;

/// The UTF-8 byte-order mark, which a file may start with; it is not part of
/// the scenario.
pub const BOM: char = '\u{feff}';

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

/// Checks size and encoding of bytes already in memory.
pub fn decode(bytes: Vec<u8>, file: &str, limits: &Limits) -> Result<String, Box<Problem>> {
    if bytes.len() as u64 > limits.max_bytes {
        let kind = ProblemKind::TooLarge {
            bytes: bytes.len() as u64,
            limit: limits.max_bytes,
        };
        return Err(Box::new(Problem::file(file, kind)));
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let lossy = String::from_utf8_lossy(&e.as_bytes()[..offset]);
        let valid = lossy.strip_prefix(BOM).unwrap_or(&lossy);
        let line = valid.matches('\n').count() + 1;
        let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let mut p = Problem::file(
            file,
            ProblemKind::NotUtf8 {
                byte_offset: offset,
            },
        );
        p.location = Some(Location { line, column });
        Box::new(p)
    })
}

/// Parses RON into the raw model, refused when it has more beats than
/// the limit.
pub fn parse(src: &str, file: &str, limits: &Limits) -> Result<RawScenario, Box<Problem>> {
    let raw: RawScenario = parse_as(src, file, limits)?;
    if raw.beats.len() > limits.max_beats {
        let kind = ProblemKind::TooManyBeats {
            beats: raw.beats.len(),
            limit: limits.max_beats,
        };
        return Err(Box::new(Problem::file(file, kind)));
    }
    Ok(raw)
}

/// Parses RON into any raw type (a scenario, a resource file), with the
/// same limits and the same located syntax problems.
pub fn parse_as<T: DeserializeOwned>(
    src: &str,
    file: &str,
    limits: &Limits,
) -> Result<T, Box<Problem>> {
    if src.trim().is_empty() {
        return Err(Box::new(Problem::file(file, ProblemKind::Empty)));
    }
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(limits.max_depth);
    options
        .from_str(src)
        .map_err(|e| Box::new(syntax::problem(src, file, e, limits)))
}
