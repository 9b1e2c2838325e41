//! `scores` read as a map that refuses a repeated key point: serde's own map
//! keeps the last value silently, so `{Frame: 1, Frame: 2}` would lose a
//! score the author wrote without a word.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserializer, Error, MapAccess, Visitor};

use super::KeyPoint;

/// Reads `scores`; a key point met again is a duplicate-field error named
/// as written (`Frame`), which the checker reports at the second one.
pub fn scores<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<KeyPoint, i32>, D::Error> {
    deserializer.deserialize_map(Scores)
}

struct Scores;

impl<'de> Visitor<'de> for Scores {
    type Value = BTreeMap<KeyPoint, i32>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut scores = BTreeMap::new();
        while let Some(point) = map.next_key::<KeyPoint>()? {
            if scores.contains_key(&point) {
                return Err(A::Error::duplicate_field(point.name()));
            }
            scores.insert(point, map.next_value()?);
        }
        Ok(scores)
    }
}
