//! History's learning side and what the library says of each scenario: an
//! attempt's debrief opened again (replayed from its record), whether a
//! record still replays, the last result, and what "Reprendre" resumes.

use super::{AppState, Notice, Screen};
use crate::engine::{Mode, ReplayError, Session};
use crate::scenario::Scenario;
use crate::store::{Attempt, latest_saved};

/// Whether an attempt's debrief can be opened again.
#[derive(Debug, Clone, PartialEq)]
pub enum Replayable {
    /// It replays to the ending it recorded.
    Same,
    /// It replays, but the scenario changed and it now ends elsewhere.
    EndsOtherwise,
    /// Recorded before seeds and choices were kept.
    NotRecorded,
    /// The scenario changed: the record no longer fits from this step
    /// (from 1, "Continuer" counted).
    ChangedAt(usize),
}

/// The debrief on screen is a past attempt's, opened from History.
#[derive(Debug, Clone, PartialEq)]
pub struct PastDebrief {
    /// Its number among the scenario's attempts (from 1), as History shows.
    pub number: usize,
    /// When it ended (seconds since 1970).
    pub finished_secs: u64,
    /// The ending it recorded, when the replay ends elsewhere (the
    /// scenario changed): its id and kind.
    pub recorded: Option<(String, crate::scenario::Outcome)>,
    /// The replayed run (to tell this debrief from a later one).
    run: crate::engine::Run,
}

/// What "Reprendre" brings back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResumeInfo {
    /// Its mode.
    pub mode: Mode,
    /// The decision it resumes at (from 1).
    pub decision: usize,
    /// Whether any answer was given (else it was only started).
    pub answered: bool,
    /// Milliseconds since 1970 of the last answer, or of the start.
    pub last_ms: u64,
}

impl AppState {
    /// Whether `attempt` (at a scenario in the library) can be replayed.
    pub fn replayable(&self, attempt: &Attempt) -> Option<Replayable> {
        let s = self.scenario(&attempt.scenario)?;
        Some(match attempt.replay(s) {
            Ok(session) => match ending_id(&session, s) {
                Some(e) if e == attempt.ending => Replayable::Same,
                Some(_) => Replayable::EndsOtherwise,
                // Every recorded step fits but the run goes on.
                None => Replayable::ChangedAt(attempt.decisions.len() + 1),
            },
            Err(ReplayError::NotRecorded) => Replayable::NotRecorded,
            Err(ReplayError::Diverged { step, .. } | ReplayError::Choice { step, .. }) => {
                Replayable::ChangedAt(step)
            }
        })
    }

    /// The past debrief on screen, when the debrief is one.
    pub fn past_debrief(&self) -> Option<&PastDebrief> {
        let Screen::Debrief { session, .. } = &self.screen else {
            return None;
        };
        self.past.as_ref().filter(|p| p.run == session.run)
    }

    /// Opens the debrief of the attempt whose id is `id` again, replayed
    /// from its record on the scenario as it is now.
    pub(super) fn open_attempt(&mut self, id: &str) {
        let Some((number, attempt)) = self.numbered_attempt(id) else {
            return;
        };
        let Some(s) = self.scenario(&attempt.scenario) else {
            return;
        };
        let replayed = attempt
            .replay(s)
            .map_err(|e| e.to_string())
            .and_then(|session| {
                let debrief = session.run.debrief(s).map_err(|e| e.to_string())?;
                Ok((session, debrief))
            });
        let (session, debrief) = match replayed {
            Ok(found) => found,
            // History offers only records that replay: this is a fault.
            Err(detail) => return self.notify(Notice::NotDone { detail }),
        };
        let recorded = (debrief.ending.id != attempt.ending)
            .then(|| (attempt.ending.clone(), attempt.outcome));
        let past = PastDebrief {
            number,
            finished_secs: attempt.finished_secs,
            recorded,
            run: session.run.clone(),
        };
        self.leave_to(Screen::Debrief {
            session: Box::new(session),
            debrief: Box::new(debrief),
        });
        self.past = Some(past);
    }

    /// The attempt whose id is `id`, with its number among its scenario's.
    fn numbered_attempt(&self, id: &str) -> Option<(usize, &Attempt)> {
        let attempt = self.history.iter().find(|a| a.id() == id)?;
        let attempts = self.attempts(&attempt.scenario);
        let number = attempts.iter().position(|a| std::ptr::eq(*a, attempt))? + 1;
        Some((number, attempt))
    }

    /// The last attempt at scenario `id`.
    pub fn last_attempt(&self, id: &str) -> Option<&Attempt> {
        self.attempts(id).last().copied()
    }

    /// What "Reprendre" would bring back for scenario `id`.
    pub fn resume_info(&self, id: &str) -> Option<ResumeInfo> {
        let s = self.scenario(id)?;
        let session = if self.resumes_workshop(id) {
            &self.workshops.get(id)?.session
        } else {
            latest_saved(&self.unfinished, id)?.1
        };
        let taken = (session.run.decision_numbers(s).iter())
            .filter(|n| n.is_some())
            .count();
        // The saved run keeps when it started and how long each answer
        // took: their sum is when the last answer was given.
        let last_ms = session
            .started_ms
            .saturating_add(session.decision_ms.iter().sum::<u64>());
        Some(ResumeInfo {
            mode: session.mode,
            decision: taken + 1,
            answered: !session.decision_ms.is_empty(),
            last_ms,
        })
    }
}

/// The id of the ending `session` reached, if it ended.
fn ending_id<'a>(session: &Session, s: &'a Scenario) -> Option<&'a str> {
    let e = session.run.ending()?;
    s.endings.get(e as usize).map(|e| e.id.as_str())
}
