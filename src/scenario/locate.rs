//! Finds the line:column of an item in the source, for problems found after
//! parsing (serde does not keep positions).
//!
//! Best effort: it follows the item path through the string literals of the
//! file (`id: "accueil"`, then `key: "b"` after it…), which is how authors
//! write scenarios.

use super::problem::{ItemPath, Location, Segment};

/// A string literal: where it starts, the field name before it, its content.
struct Literal<'a> {
    offset: usize,
    field: &'a str,
    value: &'a str,
}

/// Literals of a source, scanned once.
pub struct Locator<'a> {
    src: &'a str,
    literals: Vec<Literal<'a>>,
    line_starts: Vec<usize>,
}

impl<'a> Locator<'a> {
    /// Scans `src`.
    pub fn new(src: &'a str) -> Locator<'a> {
        let bytes = src.as_bytes();
        let mut literals = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'"' => {
                    let start = i;
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                    let end = i.min(bytes.len());
                    literals.push(Literal {
                        offset: start,
                        field: field_before(src, start),
                        value: src.get(start + 1..end).unwrap_or(""),
                    });
                }
                _ => {}
            }
            i += 1;
        }
        let line_starts = std::iter::once(0)
            .chain(src.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            src,
            literals,
            line_starts,
        }
    }

    /// The position of the item at `path`, if it can be found.
    pub fn find(&self, path: &ItemPath) -> Option<Location> {
        let mut from = 0;
        let mut found = None;
        for seg in &path.0 {
            let (field, value) = match seg {
                Segment::Beat(id)
                | Segment::Variant(id)
                | Segment::Ending(id)
                | Segment::Variable(id) => ("id", id.as_str()),
                Segment::Choice(key) => ("key", key.as_str()),
                Segment::Field(_) => continue,
            };
            let hit = self.literals[from..]
                .iter()
                .position(|l| l.field == field && l.value == value)?;
            from += hit;
            found = Some(self.literals[from].offset);
        }
        if let Some(Segment::Field(name)) = path.0.last() {
            let key = name.rsplit('.').next().unwrap_or(name);
            let at = found.unwrap_or(0);
            if let Some(pos) = find_field(self.src, at, key) {
                found = Some(pos);
            }
        }
        found.map(|offset| self.location(offset))
    }

    /// 1-based line and column of a byte offset.
    pub fn location(&self, offset: usize) -> Location {
        let line = self.line_starts.partition_point(|s| *s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .src
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        Location { line, column }
    }
}

/// The identifier before `name:` preceding a literal at `at`.
fn field_before(src: &str, at: usize) -> &str {
    let before = src[..at].trim_end();
    let Some(before) = before.strip_suffix(':') else {
        return "";
    };
    let before = before.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    &before[start..]
}

/// The offset of `name:` at or after `from` (whole word).
fn find_field(src: &str, from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    while let Some(i) = src.get(at..)?.find(name) {
        let pos = at + i;
        let before_ok = src[..pos]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
        let after = src[pos + name.len()..].trim_start();
        if before_ok && after.starts_with(':') {
            return Some(pos);
        }
        at = pos + name.len();
    }
    None
}
