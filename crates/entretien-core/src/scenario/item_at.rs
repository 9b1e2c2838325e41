//! The item around a position, for problems the parser found: it gives a
//! position only, and authors look for items by id
//! (`beats["accueil"].choices["cadre"].scores`).

use super::locate::{field_before, find_field, literal_at, scan};
use super::problem::{ItemPath, Segment};

/// Field names of the format, as `'static` names for [`Segment::Field`];
/// a name not listed here is left out of a path.
const FIELDS: &[&str] = &[
    "id",
    "version",
    "title",
    "summary",
    "setting",
    "trainee_role",
    "young_person",
    "name",
    "age",
    "situation",
    "noticed",
    "objectives",
    "content_note",
    "minutes",
    "difficulty",
    "shuffle_choices",
    "variables",
    "min",
    "max",
    "start",
    "flags",
    "beats",
    "line",
    "text",
    "cue",
    "mood",
    "audio",
    "variants",
    "when",
    "thought",
    "facilitator",
    "choices",
    "key",
    "scores",
    "rationale",
    "effects",
    "next",
    "endings",
    "kind",
    "lesson",
    "fr",
    "en",
    "cases",
    "otherwise",
    "goto",
    "weight",
    "per",
];

/// The item path around `offset`, best effort: the beat, ending or variable
/// whose group holds it, then the choice or variant, then the fields whose
/// values hold it.
pub fn path_at(src: &str, offset: usize) -> ItemPath {
    // Groups open at `offset`: where each opens, and the field being read.
    let mut open: Vec<(usize, Option<&str>)> = Vec::new();
    let bytes = src.as_bytes();
    scan(src, 0, |i, b, _| {
        match b {
            _ if i >= offset => return false,
            b'(' | b'[' | b'{' => open.push((i, None)),
            b')' | b']' | b'}' => {
                open.pop();
            }
            // A field's value runs from its colon to the next comma.
            b':' | b',' => {
                if let Some(group) = open.last_mut().filter(|g| bytes[g.0] == b'(') {
                    group.1 = (b == b':').then(|| field_before(src, i + 1));
                }
            }
            _ => {}
        }
        true
    });
    let is = |level: usize, bracket: u8| open.get(level).is_some_and(|g| bytes[g.0] == bracket);
    // The id (or key) literal of the item whose group opens `level`.
    let id = |level: usize, name: &str| {
        let group = open
            .get(level)
            .filter(|_| is(level, b'(') && is(level - 1, b'['))?;
        let at = find_field(src, group.0 + 1, name, false)?;
        let quote = at + src.get(at..)?.find('"')?;
        Some(literal_at(src, quote).to_owned())
    };
    let field = |level: usize| open.get(level).and_then(|g| g.1);
    let mut path = Vec::new();
    let mut level = 0;
    let item = match field(0) {
        Some("beats") => id(2, "id").map(Segment::Beat),
        Some("endings") => id(2, "id").map(Segment::Ending),
        Some("variables") => id(2, "id").map(Segment::Variable),
        _ => None,
    };
    if let Some(item) = item {
        path.push(item);
        level = 2;
        let inner = match field(2) {
            Some("choices") => id(4, "key").map(Segment::Choice),
            Some("variants") => id(4, "id").map(Segment::Variant),
            _ => None,
        };
        if let Some(inner) = inner {
            path.push(inner);
            level = 4;
        }
    }
    let names = open
        .get(level..)
        .unwrap_or_default()
        .iter()
        .filter_map(|g| g.1);
    path.extend(
        names
            .filter_map(|name| FIELDS.iter().find(|f| **f == name))
            .map(|f| Segment::Field(f)),
    );
    ItemPath(path)
}
