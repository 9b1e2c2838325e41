//! A "what to do next" section as the model holds it, and the rule ids
//! follow; the resource file's reading and checks are in `resources.rs`.

use serde::Serialize;

use super::super::Text;

/// A checked section: a plain id, every text in both languages, at least
/// one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Stable id, unique among the sections shown together.
    pub id: String,
    /// Heading.
    pub title: Text,
    /// Items, one sentence each.
    pub items: Vec<Text>,
}

/// Ids become parts of line ids and file names: keep them plain.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_')
}
