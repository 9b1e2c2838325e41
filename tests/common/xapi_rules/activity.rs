//! Activities (§2.4.4.1, interaction components included) and the
//! context (§2.4.6), whose context activities are Activities too.

use serde_json::Value;

use super::Checker;
use super::forms::is_language_tag;

/// Activity and Activity Definition properties (§2.4.4.1, interaction ones included).
const ACTIVITY_KEYS: &[&str] = &["objectType", "id", "definition"];
const DEFINITION_KEYS: &[&str] = &[
    "name",
    "description",
    "type",
    "moreInfo",
    "extensions",
    "interactionType",
    "correctResponsesPattern",
    "choices",
    "scale",
    "source",
    "target",
    "steps",
];
/// Interaction types (§2.4.4.1, Interaction Activities).
const INTERACTION_TYPES: &[&str] = &[
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
];
const CONTEXT_KEYS: &[&str] = &[
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
];
/// The four kinds of context activities (§2.4.6.2).
const CONTEXT_ACTIVITY_KEYS: &[&str] = &["parent", "grouping", "category", "other"];

impl Checker {
    /// An Activity: an IRI id, its definition's language maps, type IRI,
    /// interaction type and components, extensions (§2.4.4.1).
    pub(super) fn activity(&mut self, path: &str, v: &Value) {
        let Some(map) = self.object(path, v, ACTIVITY_KEYS) else {
            return;
        };
        if let Some(kind) = map.get("objectType")
            && kind != "Activity"
        {
            self.fault(
                path,
                format!("objectType {kind}: only Activities are exported"),
            );
        }
        match map.get("id") {
            Some(id) => self.iri(&format!("{path}.id"), id),
            None => self.fault(path, "no id (required, §2.4.4.1)"),
        }
        let Some(definition) = map.get("definition") else {
            return;
        };
        let path = format!("{path}.definition");
        let Some(def) = self.object(&path, definition, DEFINITION_KEYS) else {
            return;
        };
        for key in ["name", "description"] {
            if let Some(m) = def.get(key) {
                self.language_map(&format!("{path}.{key}"), m, false);
            }
        }
        if let Some(kind) = def.get("type") {
            self.iri(&format!("{path}.type"), kind);
        }
        if let Some(info) = def.get("moreInfo") {
            self.irl(&format!("{path}.moreInfo"), info);
        }
        if let Some(e) = def.get("extensions") {
            self.extensions(&format!("{path}.extensions"), e);
        }
        match def.get("interactionType") {
            Some(t) if !t.as_str().is_some_and(|t| INTERACTION_TYPES.contains(&t)) => {
                self.fault(
                    &path,
                    format!("interactionType {t} is not one of the specification's"),
                );
            }
            None if def.contains_key("choices") => {
                self.fault(&path, "interaction components without an interactionType");
            }
            _ => {}
        }
        if let Some(choices) = def.get("choices") {
            self.components(&format!("{path}.choices"), choices);
        }
    }

    /// Interaction components: an id each, unique, and a description
    /// language map (§2.4.4.1, Interaction Components).
    pub(super) fn components(&mut self, path: &str, v: &Value) {
        let Some(items) = v.as_array() else {
            self.fault(path, "not an array");
            return;
        };
        let mut seen = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let here = format!("{path}[{i}]");
            let Some(c) = self.object(&here, item, &["id", "description"]) else {
                continue;
            };
            match c.get("id").and_then(Value::as_str) {
                Some(id) if !id.is_empty() && !id.contains(char::is_whitespace) => {
                    if seen.contains(&id) {
                        self.fault(&here, format!("id \"{id}\" twice in the list"));
                    }
                    seen.push(id);
                }
                _ => self.fault(&here, "no id, or one with spaces"),
            }
            if let Some(d) = c.get("description") {
                self.language_map(&format!("{here}.description"), d, false);
            }
        }
    }

    /// A Context (§2.4.6): registration a UUID, the four kinds of context
    /// activities (arrays of Activities, *ours*: as the specification
    /// prefers), a language tag, extensions.
    pub(super) fn context(&mut self, v: &Value) {
        let Some(map) = self.object("context", v, CONTEXT_KEYS) else {
            return;
        };
        if let Some(r) = map.get("registration") {
            self.uuid("context.registration", r);
        }
        for key in ["revision", "platform"] {
            if map.get(key).is_some_and(|r| !r.is_string()) {
                self.fault(&format!("context.{key}"), "not a string (§2.4.6)");
            }
        }
        if let Some(l) = map.get("language")
            && !l.as_str().is_some_and(is_language_tag)
        {
            self.fault(
                "context.language",
                format!("{l} is not an RFC 5646 tag (§2.4.6)"),
            );
        }
        if let Some(e) = map.get("extensions") {
            self.extensions("context.extensions", e);
        }
        let Some(activities) = map.get("contextActivities") else {
            return;
        };
        let Some(kinds) = self.object(
            "context.contextActivities",
            activities,
            CONTEXT_ACTIVITY_KEYS,
        ) else {
            return;
        };
        for (kind, list) in kinds {
            let path = format!("context.contextActivities.{kind}");
            match list.as_array() {
                Some(items) => {
                    for (i, a) in items.iter().enumerate() {
                        self.activity(&format!("{path}[{i}]"), a);
                    }
                }
                None => self.fault(&path, "not an array of Activities (ours; SHOULD, §2.4.6.2)"),
            }
        }
    }
}
