//! A run rebuilt from the history's record of it (seed, mode and each
//! step's beat id and choice key), so an earlier debrief can be read
//! again, exported, or played on from one of its decisions.

use crate::engine::{DecisionRecord, EngineError, Mode, Run, Session};
use crate::scenario::{Lang, Scenario};

/// Why a record does not replay on the scenario as it is now.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplayError {
    /// Written before seeds and choices were kept.
    #[error("this attempt was recorded without its seed and choices")]
    NotRecorded,
    /// The scenario changed: the record's step does not meet the beat the
    /// replay reached.
    #[error("step {step}: the record is at beat \"{recorded}\", the scenario now at \"{found}\"")]
    Diverged {
        /// Step, from 1 ("Continuer" counted).
        step: usize,
        /// The beat the record names.
        recorded: String,
        /// The beat the replay reached.
        found: String,
    },
    /// A recorded choice no longer exists or is not available there.
    #[error("step {step}: {source}")]
    Choice {
        /// Step, from 1.
        step: usize,
        /// What the engine said.
        source: EngineError,
    },
}

impl Session {
    /// The interview a history record describes, replayed from its seed;
    /// each step's time is the recorded one.
    pub fn from_records(
        scenario: &Scenario,
        seed: Option<u64>,
        mode: Mode,
        lang: Lang,
        started_ms: u64,
        records: &[DecisionRecord],
    ) -> Result<Session, ReplayError> {
        let seed = seed.ok_or(ReplayError::NotRecorded)?;
        if records.is_empty() {
            return Err(ReplayError::NotRecorded);
        }
        let mut session = Session::new(scenario, seed, mode, lang, started_ms);
        let mut now = started_ms;
        for (i, record) in records.iter().enumerate() {
            let step = i + 1;
            let Some(beat) = session.run.beat() else {
                return Err(ReplayError::Choice {
                    step,
                    source: EngineError::Ended,
                });
            };
            let found = &scenario.beat(beat).id;
            if *found != record.beat {
                return Err(ReplayError::Diverged {
                    step,
                    recorded: record.beat.clone(),
                    found: found.clone(),
                });
            }
            let index = scenario
                .beat(beat)
                .choices
                .iter()
                .position(|c| c.key == record.choice)
                .ok_or_else(|| ReplayError::Choice {
                    step,
                    source: EngineError::UnknownChoice {
                        key: record.choice.clone(),
                        available: scenario
                            .beat(beat)
                            .choices
                            .iter()
                            .map(|c| c.key.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    },
                })?;
            now = now.saturating_add(record.ms);
            session
                .choose(scenario, index as u16, now)
                .map_err(|source| ReplayError::Choice { step, source })?;
        }
        Ok(session)
    }
}

impl Run {
    /// How many steps come before decision `number` (from 1; "Continuer"
    /// steps are no decisions): the steps a run played on from that
    /// decision keeps. `None` when the run has no such decision.
    pub fn steps_before_decision(&self, scenario: &Scenario, number: u32) -> Option<usize> {
        self.decision_numbers(scenario)
            .iter()
            .position(|n| *n == Some(number))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::template;

    fn played(s: &Scenario) -> Session {
        let mut session = Session::new(s, 7, Mode::Practice, Lang::Fr, 1_000);
        let mut now = 1_000;
        let mut out = Vec::new();
        while session.run.available_choices(s, &mut out).is_some() {
            now += 2_000;
            session.choose(s, out[0], now).unwrap();
        }
        session
    }

    #[test]
    fn a_record_replays_to_the_same_run_and_times() {
        let s = template();
        let session = played(&s);
        let records = session.records(&s);
        let back =
            Session::from_records(&s, Some(7), Mode::Practice, Lang::Fr, 1_000, &records).unwrap();
        assert_eq!(back.run, session.run);
        assert_eq!(back.decision_ms, session.decision_ms);
    }

    #[test]
    fn a_record_that_no_longer_fits_says_where() {
        let s = template();
        let mut records = played(&s).records(&s);
        let none = Session::from_records(&s, None, Mode::Practice, Lang::Fr, 0, &records);
        assert_eq!(none.unwrap_err(), ReplayError::NotRecorded);
        records[0].beat = "elsewhere".into();
        let moved = Session::from_records(&s, Some(7), Mode::Practice, Lang::Fr, 0, &records);
        assert!(matches!(moved, Err(ReplayError::Diverged { step: 1, .. })));
        records[0].beat = s.beat(s.start).id.clone();
        records[0].choice = "nope".into();
        let gone = Session::from_records(&s, Some(7), Mode::Practice, Lang::Fr, 0, &records);
        assert!(matches!(gone, Err(ReplayError::Choice { step: 1, .. })));
    }
}
