//! Finds the line:column of an item in the source, for problems found after
//! parsing (serde does not keep positions).
//!
//! Best effort: it follows the item path through the string literals of the
//! file (`id: "accueil"`, then `key: "b"` after it…), which is how authors
//! write scenarios; fields are looked up at the item's own nesting depth.

use rustc_hash::FxHashMap as HashMap;

use super::problem::{ItemPath, Location, Problem, Segment};

/// Literals of a source, scanned once and indexed by (field, value).
pub struct Locator<'a> {
    src: &'a str,
    /// Byte offset of each literal's opening quote, in file order.
    offsets: Vec<usize>,
    /// Literals by (field, value); a fast hash, as a large file has
    /// hundreds of thousands of them.
    by_field: HashMap<(&'a str, &'a str), Vec<usize>>,
    line_starts: Vec<usize>,
    /// Offset just inside `Scenario(`, where the top-level fields are.
    top: usize,
    /// Byte ranges of the `beats`, `endings` and `variables` lists.
    lists: [Option<(usize, usize)>; 3],
}

/// The lists whose ranges [`Locator`] keeps, in order.
const LISTS: [&str; 3] = ["beats", "endings", "variables"];

/// Calls `f(offset, byte, depth)` for every byte outside strings and
/// comments from `from`, with the bracket depth relative to `from`; stops
/// when `f` returns false.
pub(super) fn scan(src: &str, from: usize, mut f: impl FnMut(usize, u8, i32) -> bool) {
    let bytes = src.as_bytes();
    let mut depth = 0;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
                continue;
            }
            b'"' => {
                if !f(i, b'"', depth) {
                    return;
                }
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                continue;
            }
            b @ (b'(' | b'[' | b'{') => {
                depth += 1;
                if !f(i, b, depth) {
                    return;
                }
            }
            b @ (b')' | b']' | b'}') => {
                depth -= 1;
                if !f(i, b, depth) {
                    return;
                }
            }
            b => {
                if !f(i, b, depth) {
                    return;
                }
            }
        }
        i += 1;
    }
}

/// The content of the literal whose opening quote is at `start`.
pub(super) fn literal_at(src: &str, start: usize) -> &str {
    let bytes = src.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    src.get(start + 1..i.min(bytes.len())).unwrap_or("")
}

impl<'a> Locator<'a> {
    /// Scans `src`.
    pub fn new(src: &'a str) -> Locator<'a> {
        let mut offsets = Vec::new();
        scan(src, 0, |i, b, _| {
            if b == b'"' {
                offsets.push(i);
            }
            true
        });
        let mut by_field: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
        for (n, &offset) in offsets.iter().enumerate() {
            let key = (field_before(src, offset), literal_at(src, offset));
            by_field.entry(key).or_default().push(n);
        }
        let line_starts = std::iter::once(0)
            .chain(src.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let top = top(src);
        Locator {
            src,
            offsets,
            by_field,
            line_starts,
            top,
            lists: LISTS.map(|name| top_field_span(src, top, name)),
        }
    }

    /// The position of the item at `path`; `nth` picks a later occurrence of
    /// the last item (1 = the second, for duplicates); `value` narrows to a
    /// literal inside the item (a wrong reference).
    pub fn find(&self, path: &ItemPath, nth: usize, value: Option<&str>) -> Option<Location> {
        let items: Vec<(&str, &str)> = path
            .0
            .iter()
            .filter_map(|seg| match seg {
                Segment::Beat(id)
                | Segment::Variant(id)
                | Segment::Ending(id)
                | Segment::Variable(id)
                | Segment::Character(id)
                | Segment::Checkpoint(id)
                | Segment::Section(id) => Some(("id", id.as_str())),
                Segment::Choice(key) => Some(("key", key.as_str())),
                Segment::Field(_) | Segment::Index(_) => None,
            })
            .collect();
        // A beat, an ending or a variable is looked for in its own list, so
        // that an ending (or a variable) with a beat's id is not taken for it.
        let list = match path.0.first() {
            Some(Segment::Beat(_)) => self.lists[0],
            Some(Segment::Ending(_)) => self.lists[1],
            Some(Segment::Variable(_)) => self.lists[2],
            _ => None,
        };
        let (mut from, until) = match list {
            Some((start, end)) => (
                self.offsets.partition_point(|o| *o < start),
                self.offsets.partition_point(|o| *o < end),
            ),
            None => (0, self.offsets.len()),
        };
        let mut found: Option<usize> = None;
        for (i, key) in items.iter().enumerate() {
            let hits = self.by_field.get(key)?;
            let first = hits.partition_point(|n| *n < from);
            let skip = if i + 1 == items.len() { nth } else { 0 };
            let inside = |k: usize| hits.get(k).filter(|n| **n < until);
            let n = *inside(first + skip).or_else(|| inside(first))?;
            from = n;
            found = Some(self.offsets[n]);
        }
        // The item's fields sit at the depth of its id literal; top-level
        // fields just inside `Scenario(`.
        let start = found.unwrap_or(self.top);
        // Fields and indices after the last item: each one inside the
        // previous one's value.
        let first_field = path
            .0
            .iter()
            .rposition(|s| !matches!(s, Segment::Field(_) | Segment::Index(_)))
            .map_or(0, |i| i + 1);
        let mut at = found;
        let mut from = start;
        let mut nested = false;
        for seg in &path.0[first_field..] {
            match seg {
                Segment::Field(name) => {
                    for key in name.split('.') {
                        match find_field(self.src, from, key, nested) {
                            Some(pos) => (at, from, nested) = (Some(pos), pos, true),
                            None => break,
                        }
                    }
                }
                Segment::Index(n) => match find_element(self.src, from, *n) {
                    Some(pos) => (at, from, nested) = (Some(pos), pos, true),
                    None => break,
                },
                _ => {}
            }
        }
        // With no item in the path, `nth` picks among the literals.
        let literal_nth = if items.is_empty() { nth } else { 0 };
        if let (Some(v), Some(pos)) = (value, at)
            && let Some(hit) = find_literal(self.src, pos, v, literal_nth)
        {
            at = Some(hit);
        }
        if at.is_none() && path.0.is_empty() {
            return None;
        }
        at.map(|offset| self.location(offset))
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

/// The offset just inside `Scenario(`, where the top-level fields are.
fn top(src: &str) -> usize {
    let mut open = 0;
    scan(src, 0, |i, b, _| {
        open = i + 1;
        b != b'('
    });
    open
}

/// Byte range of the top-level field `name`, from its name to the comma (or
/// parenthesis) after its value.
fn top_field_span(src: &str, top: usize, name: &str) -> Option<(usize, usize)> {
    let start = find_field(src, top, name, false)?;
    let mut end = src.len();
    scan(src, start, |i, b, depth| {
        let over = depth < 0 || (depth == 0 && b == b',');
        if over {
            end = i;
        }
        !over
    });
    Some((start, end))
}

/// The identifier before `name:` preceding a literal at `at`.
pub(super) fn field_before(src: &str, at: usize) -> &str {
    let before = src[..at].trim_end();
    let Some(before) = before.strip_suffix(':') else {
        return "";
    };
    let before = before.trim_end();
    // Past the last character that is not part of an identifier, which may
    // be several bytes long (`clé: "…"` must not cut the `é`).
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// `name:` at the nesting depth of `from` (or, when `inside`, one level into
/// the value that starts at `from`), before that item or value closes.
pub(super) fn find_field(src: &str, from: usize, name: &str, inside: bool) -> Option<usize> {
    let depth = i32::from(inside);
    let bytes = src.as_bytes();
    let mut hit = None;
    let mut entered = !inside;
    scan(src, from, |i, b, d| {
        if d < depth && entered {
            return false;
        }
        entered |= d >= depth;
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if d == depth && b == name.as_bytes()[0] && starts_word && src[i..].starts_with(name) {
            let rest = &src[i + name.len()..];
            if rest.trim_start().starts_with(':')
                && !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            {
                hit = Some(i);
                return false;
            }
        }
        true
    });
    hit
}

/// The start of element `n` (from 0) of the list that opens after `from`
/// (`from` is the list's field name), before the list closes.
fn find_element(src: &str, from: usize, n: usize) -> Option<usize> {
    let mut hit = None;
    let mut opened = false;
    let mut commas = 0;
    scan(src, from, |i, b, d| {
        if !opened {
            opened = b == b'[' && d == 1;
            return d >= 0;
        }
        if d < 1 {
            return false;
        }
        if d == 1 && b == b',' {
            commas += 1;
        } else if commas == n && !b.is_ascii_whitespace() {
            hit = Some(i);
            return false;
        }
        true
    });
    hit
}

/// The literal `"value"` in the field (or item) that starts at `from`, up to
/// the comma after its value: the `nth` one after the first (0 = the first),
/// or the first when there are fewer.
fn find_literal(src: &str, from: usize, value: &str, nth: usize) -> Option<usize> {
    let (mut first, mut hit, mut seen) = (None, None, 0);
    scan(src, from, |i, b, d| {
        if d < 0 || (d == 0 && b == b',') {
            return false;
        }
        if b == b'"' && literal_at(src, i) == value {
            first = first.or(Some(i));
            if seen == nth {
                hit = Some(i);
                return false;
            }
            seen += 1;
        }
        true
    });
    hit.or(first)
}

/// Gives every problem found after parsing its line and column in `src`,
/// then sorts them by position.
pub fn locate(src: &str, problems: &mut [Problem]) {
    if !problems.is_empty() {
        let locator = Locator::new(src);
        for p in problems.iter_mut() {
            use super::ProblemKind as K;
            let nth = usize::from(matches!(p.kind, K::DuplicateId { .. }));
            let value = match &p.kind {
                K::UnknownTarget { target } | K::StartNotBeat { target } => Some(target.as_str()),
                K::UnknownVariable { name }
                | K::UnknownFlag { name }
                | K::UnknownCheckpoint { name }
                | K::CheckpointNotFlag { name }
                | K::UnknownSpeaker { name } => Some(name.as_str()),
                // A flag named in the `flags` list (a variable has its own path).
                K::NeverRead { name } | K::NeverSet { name }
                    if matches!(p.path.0.last(), Some(Segment::Field(_))) =>
                {
                    Some(name.as_str())
                }
                K::WindowsPath { asset } => Some(asset.as_str()),
                K::UnknownResource { id } => Some(id.as_str()),
                // A flag: its name in the `flags` list.
                K::DuplicateId { id } if matches!(p.path.0.last(), Some(Segment::Field(_))) => {
                    Some(id.as_str())
                }
                _ => None,
            };
            p.location = locator.find(&p.path, nth, value);
        }
    }
    problems.sort_by_key(|p| (p.location, p.severity));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the `resource_file` fuzz target: a field name ending in a
    /// letter of two bytes cut that letter in half.
    #[test]
    fn a_field_name_with_an_accent_does_not_cut_a_character() {
        let src = "(clé: \"x\", id: \"y\")";
        let at = src.find('"').unwrap();
        assert_eq!(field_before(src, at), "");
        let at = src.rfind("\"y").unwrap();
        assert_eq!(field_before(src, at), "id");
        let locator = Locator::new(src);
        assert_eq!(locator.location(at).line, 1);
    }
}
