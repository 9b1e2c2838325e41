//! xAPI 1.0.3 statements of one attempt, as a JSON array, so that an
//! organisation can load its trainees' attempts into the learning record
//! store (LRS) it already runs. The interview is replayed from its record,
//! so the statements say what the debrief says: one *attempted* at the
//! start, one *answered* per decision ("Continuer" steps are none), one
//! *completed* at the ending. The IRIs and extensions are listed in
//! `docs/xapi.md`.
//!
//! Nothing leaves the computer unless the trainee exports, and the export
//! names only whom the trainee typed in the settings (`xapi_actor`).

use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::engine::{Debrief, Decision, EngineError, ReplayError, Session};
use crate::i18n::xapi::{Verb, verb_display};
use crate::scenario::{KeyPoint, Lang, Scenario, Text};
use crate::store::Attempt;
use vocab::{
    INTERACTION, PLATFORM, SIMULATION, agent, answer_score_iri, duration, extension, insert_text,
    language_map, language_tag, mode_name, profile_iri, scenario_iri, timestamp, verb_name,
};

pub use vocab::BASE_IRI;

/// The statements of `attempt`, replayed on `scenario` (same id, perhaps a
/// later version), as a JSON array. `actor` is what the trainee set
/// locally: an email address becomes an `mbox`, anything else a
/// pseudonym; without one the actor is an anonymous account named after
/// the attempt, so the export holds nothing the trainee did not enter.
pub fn statements(
    attempt: &Attempt,
    scenario: &Scenario,
    actor: Option<&str>,
) -> Result<Value, ReplayError> {
    let session = attempt.replay(scenario)?;
    // A record that replays but no longer reaches an ending (the scenario
    // grew a step after its last one) fails where the next step is missing.
    let debrief = session
        .run
        .debrief(scenario)
        .map_err(|source: EngineError| ReplayError::Choice {
            step: attempt.decisions.len() + 1,
            source,
        })?;
    let export = Export::new(attempt, scenario, &session, actor);
    let mut all = vec![export.attempted()];
    all.extend(debrief.decisions.iter().map(|d| export.answered(d)));
    all.push(export.completed(&debrief));
    Ok(Value::Array(all))
}

/// What every statement of one attempt shares.
struct Export<'a> {
    attempt: &'a Attempt,
    scenario: &'a Scenario,
    session: &'a Session,
    actor: Value,
    registration: Uuid,
    /// When the interview started, in milliseconds since 1970 (UTC).
    start_ms: u64,
}

impl<'a> Export<'a> {
    fn new(
        attempt: &'a Attempt,
        scenario: &'a Scenario,
        session: &'a Session,
        actor: Option<&str>,
    ) -> Export<'a> {
        let mut export = Export {
            attempt,
            scenario,
            session,
            actor: agent(actor, &attempt.id()),
            registration: registration(attempt),
            start_ms: 0,
        };
        // Records without a start are placed to end when they finished.
        export.start_ms = match attempt.started_secs {
            Some(secs) => secs.saturating_mul(1000),
            None => (attempt.finished_secs.saturating_mul(1000)).saturating_sub(export.total_ms()),
        };
        export
    }

    /// The interview started: the scenario, when it began.
    fn attempted(&self) -> Value {
        let mut s = self.statement(0, Verb::Attempted, self.scenario_activity(true), 0);
        s["context"] = self.context(None);
        s
    }

    /// Decision `d`: the moment (an activity of its own, under the
    /// scenario), the answer taken, its five scores and whether it was
    /// recommended.
    fn answered(&self, d: &Decision) -> Value {
        let beat = self.scenario.beat(d.beat);
        let taken = &beat.choices[usize::from(d.choice)];
        let ms = self.session.decision_ms.get(d.step).copied().unwrap_or(0);
        let mut extensions = Map::new();
        for point in KeyPoint::ALL {
            let score = d.scores[point.index()];
            // null: this answer does not bear on that point (extension
            // values may be null, §2.2).
            extensions.insert(answer_score_iri(point), json!(score));
        }
        extensions.insert(extension("recommended"), json!(d.recommended));
        let elapsed = self.elapsed(d.step + 1);
        let mut s = self.statement(
            d.number as usize,
            Verb::Answered,
            beat_activity(self, d),
            elapsed,
        );
        s["result"] = json!({
            "response": taken.key,
            "duration": duration(ms),
            "extensions": extensions,
        });
        s["context"] = self.context(Some(d.number));
        s
    }

    /// The ending: completed, a success when it is a good ending (the
    /// bond kept or a disclosure), the share of recommended answers as the
    /// scaled score, the whole duration and the five points' 0–100.
    fn completed(&self, debrief: &Debrief) -> Value {
        let total = self.total_ms();
        let index = debrief.decisions.len() + 1;
        let mut s = self.statement(index, Verb::Completed, self.scenario_activity(false), total);
        let mut extensions = Map::new();
        for p in &debrief.points {
            // null: no decision of this run tested that point.
            extensions.insert(profile_iri(p.point), json!(p.score));
        }
        extensions.insert(extension("ending"), json!(debrief.ending.id));
        let mut result = json!({
            "completion": true,
            "success": debrief.ending.outcome.is_good(),
            "duration": duration(total),
            "extensions": extensions,
        });
        // The scaled score is the share of recommended answers, the
        // debrief's measure of good practice: raw of max decisions.
        let decisions = debrief.decisions.len();
        if decisions > 0 {
            let raw = debrief.decisions.iter().filter(|d| d.recommended).count();
            result["score"] = json!({
                "scaled": raw as f64 / decisions as f64,
                "raw": raw,
                "min": 0,
                "max": decisions,
            });
        }
        s["result"] = result;
        s["context"] = self.context(None);
        s
    }

    /// Milliseconds the first `steps` steps took ("Continuer" counted).
    fn elapsed(&self, steps: usize) -> u64 {
        let times = &self.session.decision_ms;
        (times.iter().take(steps)).fold(0, |sum, ms| sum.saturating_add(*ms))
    }

    /// Milliseconds the whole interview took.
    fn total_ms(&self) -> u64 {
        self.elapsed(self.session.decision_ms.len())
    }

    /// The parts every statement has; `index` numbers it in the attempt,
    /// `elapsed_ms` places it after the start.
    fn statement(&self, index: usize, verb: Verb, object: Value, elapsed_ms: u64) -> Value {
        let mut s = json!({
            // Derived, not random: exporting again gives the same ids, so
            // an LRS keeps each statement once.
            "id": Uuid::new_v5(&self.registration, index.to_string().as_bytes()).to_string(),
            "actor": self.actor,
            "verb": {
                "id": format!("http://adlnet.gov/expapi/verbs/{}", verb_name(verb)),
                "display": language_map(|lang| verb_display(verb, lang).to_owned()),
            },
            "object": object,
        });
        // An instant past what a timestamp can hold is left out (the LRS
        // then stamps it) rather than written wrong.
        if let Some(at) = timestamp(self.start_ms.saturating_add(elapsed_ms)) {
            s["timestamp"] = json!(at);
        }
        s
    }

    /// The context: this attempt (registration), its language, the
    /// scenario version played (revision: the IRIs stay the same across
    /// versions), the mode, and for a decision its number and the scenario
    /// as parent.
    fn context(&self, decision: Option<u32>) -> Value {
        let mut extensions = Map::new();
        extensions.insert(extension("mode"), json!(mode_name(self.attempt.mode)));
        let mut c = json!({
            "registration": self.registration.to_string(),
            "revision": self.attempt.version.to_string(),
            "platform": PLATFORM,
        });
        // Older records do not say the language: then none is given (§2.4.6).
        if let Some(lang) = self.attempt.lang {
            c["language"] = json!(language_tag(lang));
        }
        if let Some(number) = decision {
            extensions.insert(extension("decision"), json!(number));
            c["contextActivities"] = json!({ "parent": [self.scenario_activity(false)] });
        }
        c["extensions"] = Value::Object(extensions);
        c
    }

    /// The scenario as an activity: its id, and with `described` its name,
    /// summary and type.
    fn scenario_activity(&self, described: bool) -> Value {
        let mut a = json!({
            "objectType": "Activity",
            "id": scenario_iri(&self.scenario.meta.id),
        });
        if described {
            let mut definition = Map::new();
            insert_text(&mut definition, "name", &self.scenario.meta.title);
            insert_text(&mut definition, "description", &self.scenario.meta.summary);
            definition.insert("type".into(), json!(SIMULATION));
            a["definition"] = Value::Object(definition);
        }
        a
    }
}

/// A decision's moment as an activity: a choice interaction whose
/// components are the beat's answers (their keys are the responses).
fn beat_activity(export: &Export<'_>, d: &Decision) -> Value {
    let s = export.scenario;
    let beat = s.beat(d.beat);
    let mut definition = Map::new();
    let title = Text {
        fr: beat.map_title(Lang::Fr),
        en: beat.map_title(Lang::En),
    };
    insert_text(&mut definition, "name", &title);
    if let Some(speech) = &beat.speech {
        insert_text(&mut definition, "description", &speech.main.text);
    }
    definition.insert("type".into(), json!(INTERACTION));
    definition.insert("interactionType".into(), json!("choice"));
    let choices: Vec<Value> = (beat.choices.iter())
        .map(|c| {
            let mut component = Map::new();
            component.insert("id".into(), json!(c.key));
            insert_text(&mut component, "description", &c.text);
            Value::Object(component)
        })
        .collect();
    definition.insert("choices".into(), Value::Array(choices));
    json!({
        "objectType": "Activity",
        "id": format!("{}/beats/{}", scenario_iri(&s.meta.id), beat.id),
        "definition": definition,
    })
}

/// The attempt's registration, the namespace of its statement ids. Drawn
/// from the attempt id and what makes it (seed, start, end), since the
/// eight-hex id alone has 32 bits, too few across a whole organisation.
fn registration(attempt: &Attempt) -> Uuid {
    let name = format!(
        "{BASE_IRI}/attempts/{}/{:?}/{:?}/{}",
        attempt.id(),
        attempt.seed,
        attempt.started_secs,
        attempt.finished_secs
    );
    Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes())
}

#[cfg(test)]
mod tests;
mod vocab;
