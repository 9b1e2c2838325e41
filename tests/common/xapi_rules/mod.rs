//! The rules of xAPI 1.0.3 a statement must follow to be taken by a
//! learning record store, checked on the JSON. Section numbers are those of
//! "Part Two: Experience API Data" (adlnet/xAPI-Spec, xAPI-Data.md); rules
//! marked *ours* are this project's own, stricter use.
//!
//! Each check returns every fault found, as `path: what is wrong`, so that a
//! test shows them all at once and a malformed statement is proven refused.

use serde_json::{Map, Value};

mod activity;
mod forms;
mod result;

pub use forms::{is_duration, is_iri, is_language_tag, is_timestamp, is_uuid};

/// Statement properties (§2.4; `stored`, `authority` and `version` are the
/// LRS's, `attachments` we do not send).
const STATEMENT_KEYS: &[&str] = &[
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
];
/// Agent properties and the four inverse functional identifiers (§2.4.2.1, §2.4.2.3).
const AGENT_KEYS: &[&str] = &[
    "objectType",
    "name",
    "mbox",
    "mbox_sha1sum",
    "openid",
    "account",
];
const IFIS: &[&str] = &["mbox", "mbox_sha1sum", "openid", "account"];

/// Every fault of each statement of `array` (prefixed with its index).
pub fn array_faults(array: &Value) -> Vec<String> {
    let Some(all) = array.as_array() else {
        return vec!["the export is not a JSON array".into()];
    };
    (all.iter().enumerate())
        .flat_map(|(i, s)| {
            statement_faults(s)
                .into_iter()
                .map(move |f| format!("[{i}] {f}"))
        })
        .collect()
}

/// Every fault of one statement.
pub fn statement_faults(s: &Value) -> Vec<String> {
    let mut c = Checker::default();
    c.statement(s);
    c.faults
}

#[derive(Default)]
struct Checker {
    faults: Vec<String>,
}

impl Checker {
    fn fault(&mut self, path: &str, what: impl Into<String>) {
        self.faults.push(format!("{path}: {}", what.into()));
    }

    /// An object with only the properties the specification allows there,
    /// none empty ("SHOULD NOT include properties with a value of an empty
    /// object", §2.2; "additional properties SHOULD* NOT be added", §2.2,
    /// and an LRS SHOULD* reject them).
    fn object<'a>(
        &mut self,
        path: &str,
        v: &'a Value,
        allowed: &[&str],
    ) -> Option<&'a Map<String, Value>> {
        let Some(map) = v.as_object() else {
            self.fault(path, "not an object");
            return None;
        };
        for (key, value) in map {
            if !allowed.contains(&key.as_str()) {
                self.fault(path, format!("\"{key}\" is not a property of this object"));
            }
            if value.as_object().is_some_and(Map::is_empty) {
                self.fault(&format!("{path}.{key}"), "an empty object");
            }
        }
        Some(map)
    }

    fn statement(&mut self, s: &Value) {
        let Some(map) = self.object("statement", s, STATEMENT_KEYS) else {
            return;
        };
        // "A Statement MUST use "actor", "verb", and "object"" (§2.2).
        for required in ["actor", "verb", "object"] {
            if !map.contains_key(required) {
                self.fault("statement", format!("no \"{required}\" (required, §2.2)"));
            }
        }
        // The LRS rejects null values, except inside extensions (§2.2).
        self.no_null("statement", s);
        if let Some(id) = map.get("id") {
            self.uuid("id", id);
        }
        if let Some(actor) = map.get("actor") {
            self.agent("actor", actor);
        }
        if let Some(verb) = map.get("verb") {
            self.verb(verb);
        }
        if let Some(object) = map.get("object") {
            self.activity("object", object);
        }
        if let Some(result) = map.get("result") {
            self.result(result);
        }
        if let Some(context) = map.get("context") {
            self.context(context);
        }
        if let Some(t) = map.get("timestamp") {
            self.timestamp("timestamp", t);
        }
    }

    fn no_null(&mut self, path: &str, v: &Value) {
        match v {
            Value::Null => self.fault(path, "null (an LRS rejects it outside extensions, §2.2)"),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.no_null(&format!("{path}[{i}]"), item);
                }
            }
            Value::Object(map) => {
                for (key, value) in map.iter().filter(|(k, _)| *k != "extensions") {
                    self.no_null(&format!("{path}.{key}"), value);
                }
            }
            _ => {}
        }
    }

    /// An Agent: exactly one inverse functional identifier (§2.4.2.1), each
    /// of its form (§2.4.2.3, §2.4.2.4).
    fn agent(&mut self, path: &str, v: &Value) {
        let Some(map) = self.object(path, v, AGENT_KEYS) else {
            return;
        };
        if let Some(kind) = map.get("objectType")
            && kind != "Agent"
        {
            self.fault(path, format!("objectType {kind}: only Agent is exported"));
        }
        let ifis: Vec<&&str> = IFIS.iter().filter(|k| map.contains_key(**k)).collect();
        if ifis.len() != 1 {
            self.fault(
                path,
                format!(
                    "{} inverse functional identifiers, exactly one required (§2.4.2.1)",
                    ifis.len()
                ),
            );
        }
        if let Some(mbox) = map.get("mbox") {
            let address = mbox.as_str().and_then(|m| m.strip_prefix("mailto:"));
            if !address.is_some_and(|a| {
                a.split_once('@')
                    .is_some_and(|(l, d)| !l.is_empty() && !d.is_empty())
            }) {
                self.fault(
                    &format!("{path}.mbox"),
                    "not a mailto IRI (\"mailto:email address\", §2.4.2.3)",
                );
            }
        }
        if let Some(openid) = map.get("openid") {
            self.iri(&format!("{path}.openid"), openid);
        }
        if let Some(account) = map.get("account")
            && let Some(acc) =
                self.object(&format!("{path}.account"), account, &["homePage", "name"])
        {
            // homePage: an IRL; name: required (§2.4.2.4).
            match acc.get("homePage") {
                Some(home) => self.irl(&format!("{path}.account.homePage"), home),
                None => self.fault(
                    &format!("{path}.account"),
                    "no homePage (required, §2.4.2.4)",
                ),
            }
            if acc
                .get("name")
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
            {
                self.fault(&format!("{path}.account"), "no name (required, §2.4.2.4)");
            }
        }
    }

    /// A Verb: an IRI id (§2.4.3); *ours*: a display in both languages
    /// (the specification recommends one, "SHOULD be used by all Statements").
    fn verb(&mut self, v: &Value) {
        let Some(map) = self.object("verb", v, &["id", "display"]) else {
            return;
        };
        match map.get("id") {
            Some(id) => self.iri("verb.id", id),
            None => self.fault("verb", "no id (required, §2.4.3)"),
        }
        match map.get("display") {
            Some(display) => self.language_map("verb.display", display, true),
            None => self.fault("verb", "no display (ours; recommended, §2.4.3)"),
        }
    }

    /// "The keys of an extensions map MUST be IRIs" (§4.1).
    fn extensions(&mut self, path: &str, v: &Value) {
        let Some(map) = v.as_object() else {
            self.fault(path, "not an object (§4.1)");
            return;
        };
        for key in map.keys() {
            if !is_iri(key) {
                self.fault(path, format!("key \"{key}\" is not an IRI (§4.1)"));
            }
        }
    }

    /// A language map: RFC 5646 tags to strings (§4.2); `both`: *ours*,
    /// French and English both there.
    fn language_map(&mut self, path: &str, v: &Value, both: bool) {
        let Some(map) = v.as_object() else {
            self.fault(path, "not a language map (§4.2)");
            return;
        };
        if map.is_empty() {
            self.fault(path, "an empty language map");
        }
        for (tag, text) in map {
            if !is_language_tag(tag) {
                self.fault(path, format!("\"{tag}\" is not an RFC 5646 tag (§4.2)"));
            }
            if text.as_str().is_none_or(|t| t.trim().is_empty()) {
                self.fault(path, format!("\"{tag}\": not a text"));
            }
        }
        let has = |prefix: &str| {
            map.keys()
                .any(|t| t == prefix || t.starts_with(&format!("{prefix}-")))
        };
        if both && !(has("fr") && has("en")) {
            self.fault(path, "French or English missing (ours)");
        }
    }

    fn iri(&mut self, path: &str, v: &Value) {
        if !v.as_str().is_some_and(is_iri) {
            self.fault(
                path,
                format!("{v} is not an absolute IRI with a scheme (§2.2, §4.3)"),
            );
        }
    }

    fn irl(&mut self, path: &str, v: &Value) {
        let web = v
            .as_str()
            .is_some_and(|s| is_iri(s) && (s.starts_with("http://") || s.starts_with("https://")));
        if !web {
            self.fault(
                path,
                format!("{v} is not an IRL (an http or https address)"),
            );
        }
    }

    fn uuid(&mut self, path: &str, v: &Value) {
        if !v.as_str().is_some_and(is_uuid) {
            self.fault(
                path,
                format!("{v} is not a UUID in standard string form (§2.4.1, §4.4)"),
            );
        }
    }

    fn timestamp(&mut self, path: &str, v: &Value) {
        if !v.as_str().is_some_and(is_timestamp) {
            self.fault(
                path,
                format!("{v} is not an ISO 8601 timestamp with a time zone (§4.5)"),
            );
        }
    }
}
