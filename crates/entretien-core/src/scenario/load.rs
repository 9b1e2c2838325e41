//! Reading a scenario or resource file's bytes safely: size and depth
//! limits, UTF-8, RON syntax (the app reads the file within the same limits).

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::problem::{Location, Problem, ProblemKind};
use super::raw::RawScenario;
use super::syntax;

pub use crate::limits::{DEFAULT_MAX_BEATS, Limits};

/// The UTF-8 byte-order mark, which a file may start with; it is not part of
/// the scenario.
pub const BOM: char = '\u{feff}';

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
