//! `entretien play --from ID:DECISION`: an attempt of the history, replayed
//! from its record (same seed, same answers) and cut back to just before
//! one of its decisions, so the trainee plays on from there. Every way this
//! can fail is a sentence, never a panic.

use crate::engine::Session;
use crate::i18n::fork as words;
use crate::scenario::{Lang, Scenario};
use crate::store::{Attempt, HISTORY_FILE, Store, find_attempt, parse_history};

/// An earlier attempt and the decision it is played on from.
pub struct Fork {
    /// The attempt's id.
    pub id: String,
    /// The decision played on from, numbered from 1 as the debrief does.
    pub decision: u32,
    /// The attempt, replayed to its end.
    pub original: Session,
}

/// `ID:DECISION` split, or the message saying what is expected.
pub fn parse(given: &str, lang: Lang) -> Result<(&str, u32), String> {
    given
        .rsplit_once(':')
        .and_then(|(id, n)| Some((id.trim(), n.trim().parse().ok()?)))
        .filter(|(id, _)| !id.is_empty())
        .ok_or_else(|| words::bad_from(given, lang))
}

/// The attempt of the history whose id is `id` or starts with it.
pub fn find(store: &Store, id: &str, lang: Lang) -> Result<Attempt, String> {
    let attempts = store
        .peek(HISTORY_FILE, parse_history)
        .map_err(|e| words::history_unreadable(&e, lang))?;
    find_attempt(&attempts, id)
        .cloned()
        .map_err(|e| words::not_found(&e, &store.dir().join(HISTORY_FILE), lang))
}

/// The attempt replayed on `scenario`, and the interview cut back to just
/// before its decision `decision`, to be played on (in `lang`, from
/// `now_ms`).
pub fn start(
    attempt: &Attempt,
    decision: u32,
    scenario: &Scenario,
    lang: Lang,
    now_ms: u64,
) -> Result<(Fork, Session), String> {
    let id = attempt.id();
    if attempt.scenario != scenario.meta.id {
        return Err(words::other_scenario(
            &id,
            &attempt.scenario,
            &scenario.meta.id,
            lang,
        ));
    }
    let original = attempt
        .replay(scenario)
        .map_err(|e| words::does_not_replay(&id, &e, lang))?;
    let Some(steps) = original.run.steps_before_decision(scenario, decision) else {
        let count = (original.run.decision_numbers(scenario).iter())
            .flatten()
            .count();
        return Err(words::no_such_decision(&id, decision, count, lang));
    };
    let mut session = original
        .retry_from(scenario, steps, now_ms)
        .map_err(|e| crate::i18n::engine_error(&e, lang))?;
    // The rest is played in the language asked for now.
    session.lang = lang;
    let fork = Fork {
        id,
        decision,
        original,
    };
    Ok((fork, session))
}
