//! The export's vocabulary: who the actor is, the IRIs it mints, the
//! words and the date and time forms xAPI 1.0.3 asks for. Sections (§) are
//! those of the specification's "Experience API Data" part.

use serde_json::{Map, Value, json};

use crate::engine::Mode;
use crate::i18n::xapi::Verb;
use crate::scenario::{KeyPoint, Lang, Text};

/// The base of every IRI the export mints (activities, extensions, the
/// account home page). `.invalid` is reserved and never delegated
/// (RFC 6761 §6.4), so these ids can clash with no one's real site and
/// claim no domain the project does not hold; an LRS needs ids, not pages.
pub const BASE_IRI: &str = "https://entretien.invalid";

/// The platform named in every statement's context.
pub(super) const PLATFORM: &str = "Entretien";

/// ADL's activity types (the xAPI vocabulary): a scenario is a simulation,
/// a decision an interaction.
pub(super) const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
pub(super) const INTERACTION: &str = "http://adlnet.gov/expapi/activities/interaction";

/// The actor. An email address is an `mbox`. Anything else is a
/// pseudonym, which xAPI can only carry as an account: an Agent's `name`
/// identifies no one (it is no inverse functional identifier, §2.4.2.3),
/// `openid` needs a URI and `mbox_sha1sum` an address. The account lives
/// on this application, hence the home page. Without an actor, the
/// account is the attempt's own id, so no name or address leaves the
/// computer that the trainee did not type.
pub(super) fn agent(actor: Option<&str>, attempt_id: &str) -> Value {
    let actor = actor.map(str::trim).filter(|a| !a.is_empty());
    match actor {
        Some(a) if is_email(a.trim_start_matches("mailto:")) => json!({
            "objectType": "Agent",
            "mbox": format!("mailto:{}", a.trim_start_matches("mailto:")),
        }),
        Some(name) => account(name),
        None => account(attempt_id),
    }
}

pub(super) fn account(name: &str) -> Value {
    json!({
        "objectType": "Agent",
        "account": { "homePage": BASE_IRI, "name": name },
    })
}

/// `local@domain.tld`, no spaces: enough to tell an address from a
/// pseudonym (the LRS checks no more).
pub(super) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let plain = |s: &str| !s.is_empty() && !s.contains(|c: char| c.is_whitespace() || c == '@');
    plain(local)
        && plain(domain)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

/// The scenario's IRI: its id only, stable across its versions (ids are
/// checked plain, `[a-z0-9_-]`, so they go into the path as they are).
pub(super) fn scenario_iri(id: &str) -> String {
    format!("{BASE_IRI}/scenarios/{id}")
}

/// An extension's IRI.
pub(super) fn extension(name: &str) -> String {
    format!("{BASE_IRI}/xapi/extensions/{name}")
}

/// An answer's score on `point`, as the scenario file gives it.
pub(super) fn answer_score_iri(point: KeyPoint) -> String {
    extension(&format!("answer-score/{}", point_slug(point)))
}

/// The run's result on `point`, 0–100.
pub(super) fn profile_iri(point: KeyPoint) -> String {
    extension(&format!("profile/{}", point_slug(point)))
}

pub(super) fn point_slug(point: KeyPoint) -> &'static str {
    match point {
        KeyPoint::Frame => "frame",
        KeyPoint::Authenticity => "authenticity",
        KeyPoint::NonJudgement => "non-judgement",
        KeyPoint::Asking => "asking",
        KeyPoint::Pace => "pace",
    }
}

pub(super) fn verb_name(verb: Verb) -> &'static str {
    match verb {
        Verb::Attempted => "attempted",
        Verb::Answered => "answered",
        Verb::Completed => "completed",
    }
}

pub(super) fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "practice",
        Mode::Assessment => "assessment",
        Mode::Workshop => "workshop",
    }
}

/// The RFC 5646 tag of each language: the French is Belgium's.
pub(super) fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr-BE",
        Lang::En => "en-US",
    }
}

/// A language map with both languages.
pub(super) fn language_map(words: impl Fn(Lang) -> String) -> Value {
    let map: Map<String, Value> = (Lang::ALL.into_iter())
        .map(|lang| (language_tag(lang).to_owned(), json!(words(lang))))
        .collect();
    Value::Object(map)
}

/// Sets `key` to `text` as a language map, leaving out a language the
/// file lacks, and the key when it lacks both (no empty objects, §2.2).
pub(super) fn insert_text(object: &mut Map<String, Value>, key: &str, text: &Text) {
    let map: Map<String, Value> = (Lang::ALL.into_iter())
        .filter(|lang| !text.get(*lang).is_empty())
        .map(|lang| (language_tag(lang).to_owned(), json!(text.get(lang))))
        .collect();
    if !map.is_empty() {
        object.insert(key.into(), Value::Object(map));
    }
}

/// An instant in RFC 3339 (a profile of ISO 8601), UTC, to the
/// millisecond (§4.5).
pub(super) fn timestamp(ms: u64) -> Option<String> {
    let ms = i64::try_from(ms).ok()?;
    let at = jiff::Timestamp::from_millisecond(ms).ok()?;
    Some(format!("{at:.3}"))
}

/// A duration in ISO 8601 seconds, to the hundredth (§4.6: no finer
/// precision is kept): `PT83.25S`.
pub(super) fn duration(ms: u64) -> String {
    let hundredths = ms / 10;
    match hundredths % 100 {
        0 => format!("PT{}S", hundredths / 100),
        h => format!("PT{}.{h:02}S", hundredths / 100),
    }
}
