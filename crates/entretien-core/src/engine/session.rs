//! One interview as the app keeps it: the run, the language it is played
//! in, and when each decision was taken. The interview screen, the pause,
//! the debrief, the saved run and the history record all read this one
//! value. Times are given by the caller (no clock here).

use serde::{Deserialize, Serialize};

use super::{EngineError, Happened, Mode, Run};
use crate::scenario::{Lang, Scenario};

/// One interview: the run and its timing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The run (its scenario id, seed, mode and decisions).
    pub run: Run,
    /// The mode; saved runs written before the engine knew modes carry
    /// theirs only here.
    #[serde(default)]
    pub mode: Mode,
    /// The language the interview was started in.
    #[serde(default)]
    pub lang: Lang,
    /// Milliseconds since 1970 when it started (0 when unknown).
    #[serde(default)]
    pub started_ms: u64,
    /// Milliseconds taken by each decision, in order.
    #[serde(default)]
    pub decision_ms: Vec<u64>,
    /// When the current beat appeared.
    #[serde(default)]
    shown_ms: u64,
}

/// One decision as the history keeps it: enough to replay it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRecord {
    /// Beat id.
    pub beat: String,
    /// Key of the choice taken.
    pub choice: String,
    /// Time taken, in milliseconds (0 when unknown).
    #[serde(default)]
    pub ms: u64,
    /// A "Continuer" after narration, not a decision of the trainee's
    /// (`entretien play --choose` leaves these out).
    #[serde(default)]
    pub continues: bool,
}

impl Session {
    /// A new interview at the scenario's first beat.
    pub fn new(scenario: &Scenario, seed: u64, mode: Mode, lang: Lang, now_ms: u64) -> Session {
        Session {
            run: Run::new(scenario, seed).with_mode(mode),
            mode,
            lang,
            started_ms: now_ms,
            decision_ms: Vec::new(),
            shown_ms: now_ms,
        }
    }

    /// The scenario's id.
    pub fn scenario_id(&self) -> &str {
        &self.run.scenario_id
    }

    /// Whether `other` is this same interview (perhaps further on or
    /// further back): same scenario, seed and start.
    pub fn same_interview(&self, other: &Session) -> bool {
        self.run.scenario_id == other.run.scenario_id
            && self.run.seed == other.run.seed
            && self.started_ms == other.started_ms
    }

    /// Takes the choice at `index` in the beat and notes the time it took.
    pub fn choose(
        &mut self,
        scenario: &Scenario,
        index: u16,
        now_ms: u64,
    ) -> Result<Happened, EngineError> {
        let happened = self.run.choose_index(scenario, index)?;
        self.timed(now_ms);
        Ok(happened)
    }

    /// Takes the choice with `key` (as `entretien play --choose` names
    /// them) and notes the time it took.
    pub fn choose_key(
        &mut self,
        scenario: &Scenario,
        key: &str,
        now_ms: u64,
    ) -> Result<Happened, EngineError> {
        let happened = self.run.choose(scenario, key)?;
        self.timed(now_ms);
        Ok(happened)
    }

    /// Notes the time the decision just taken took.
    fn timed(&mut self, now_ms: u64) {
        self.decision_ms.push(now_ms.saturating_sub(self.shown_ms));
        self.shown_ms = now_ms;
    }

    /// Takes back the last decision, when the mode allows it.
    pub fn undo(&mut self, scenario: &Scenario, now_ms: u64) -> Result<(), EngineError> {
        self.run.undo(scenario)?;
        self.decision_ms.truncate(self.run.steps().len());
        self.shown_ms = now_ms;
        Ok(())
    }

    /// The same interview cut back to its first `decisions` decisions.
    pub fn retry_from(
        &self,
        scenario: &Scenario,
        decisions: usize,
        now_ms: u64,
    ) -> Result<Session, EngineError> {
        let run = self.run.replay(scenario, decisions)?;
        let mut decision_ms = self.decision_ms.clone();
        decision_ms.truncate(run.steps().len());
        Ok(Session {
            run,
            decision_ms,
            shown_ms: now_ms,
            ..self.clone()
        })
    }

    /// Checks a saved interview against its scenario before it is resumed:
    /// same content, and a run that replays from its seed to exactly what
    /// was saved. A file that parses but was edited or damaged is refused
    /// here, never used.
    pub fn restore(self, scenario: &Scenario, now_ms: u64) -> Result<Session, EngineError> {
        let saved = self.run.clone().with_mode(self.mode);
        saved.matches(scenario)?;
        let replayed = saved
            .replay(scenario, saved.steps().len())
            .map_err(|_| invalid(&saved))?;
        if replayed != saved {
            return Err(invalid(&saved));
        }
        let mut decision_ms = self.decision_ms;
        decision_ms.resize(replayed.steps().len(), 0);
        Ok(Session {
            run: replayed,
            decision_ms,
            shown_ms: now_ms,
            ..self
        })
    }

    /// Every decision with its beat id, choice key and time, for the history.
    pub fn records(&self, scenario: &Scenario) -> Vec<DecisionRecord> {
        self.run
            .steps()
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let beat = scenario.beat(step.shown.beat);
                let choice = &beat.choices[usize::from(step.choice)];
                DecisionRecord {
                    beat: beat.id.clone(),
                    choice: choice.key.clone(),
                    ms: self.decision_ms.get(i).copied().unwrap_or(0),
                    continues: choice.continues,
                }
            })
            .collect()
    }
}

fn invalid(run: &Run) -> EngineError {
    EngineError::SavedRunInvalid {
        scenario: run.scenario_id.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::template;

    fn first_offer(s: &Scenario, session: &Session) -> Option<u16> {
        let mut out = Vec::new();
        session.run.available_choices(s, &mut out)?;
        out.first().copied()
    }

    #[test]
    fn times_follow_decisions_undo_and_retry() {
        let s = template();
        let mut session = Session::new(&s, 3, Mode::Practice, Lang::En, 1_000);
        let first = first_offer(&s, &session).unwrap();
        session.choose(&s, first, 4_500).unwrap();
        let second = first_offer(&s, &session).unwrap();
        session.choose(&s, second, 5_000).unwrap();
        assert_eq!(session.decision_ms, vec![3_500, 500]);
        session.undo(&s, 6_000).unwrap();
        assert_eq!(session.decision_ms, vec![3_500]);
        let retried = session.retry_from(&s, 0, 7_000).unwrap();
        assert!(retried.decision_ms.is_empty() && retried.run.steps().is_empty());
        let records = session.records(&s);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].ms, 3_500);
        assert_eq!(
            records[0].beat,
            s.beat(session.run.steps()[0].shown.beat).id
        );
    }

    #[test]
    fn a_choice_by_key_is_timed_and_a_refused_one_is_not() {
        let s = template();
        let mut session = Session::new(&s, 3, Mode::Practice, Lang::En, 1_000);
        session.choose_key(&s, "cadre", 2_500).unwrap();
        assert!(session.choose_key(&s, "nope", 3_000).is_err());
        assert_eq!(session.decision_ms, vec![1_500]);
        assert_eq!(session.records(&s)[0].choice, "cadre");
    }

    #[test]
    fn a_saved_run_that_does_not_replay_is_refused() {
        let s = template();
        let mut session = Session::new(&s, 3, Mode::Practice, Lang::Fr, 0);
        let first = first_offer(&s, &session).unwrap();
        session.choose(&s, first, 10).unwrap();
        let text = ron::to_string(&session).unwrap();
        let back: Session = ron::from_str(&text).unwrap();
        assert_eq!(back.clone().restore(&s, 0).unwrap().run, session.run);
        // A beat index past the end, as a damaged or edited file may hold.
        let broken = text.replacen("beat:", "beat:9999", 1);
        assert_ne!(broken, text);
        let back: Session = ron::from_str(&broken).unwrap();
        assert_eq!(
            back.restore(&s, 0),
            Err(EngineError::SavedRunInvalid {
                scenario: s.meta.id.clone()
            })
        );
    }
}
