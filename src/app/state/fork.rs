//! Fork and compare: a finished interview played on from one of its
//! decisions is kept beside the run it came from, so that the debrief of
//! the new run can set the two side by side. The original lives here, in
//! the app, not in the engine's [`Session`]; it is dropped when the trainee
//! leaves (library, history, settings) or starts the scenario afresh.
//!
//! Which part of the debrief is on screen ([`DebriefView`]) lives here too:
//! every debrief opens on its own page.

use super::{AppState, Screen};
use crate::engine::{Comparison, Session};

/// The finished run a fork was played on from.
#[derive(Debug, Clone)]
pub struct Fork {
    /// The run as it was finished (a fork of a fork keeps its direct
    /// original only).
    pub original: Box<Session>,
    /// The decision the trainee asked to play again (from 1).
    pub from_decision: Option<u32>,
    /// Both runs side by side, once the fork has ended.
    pub comparison: Option<Box<Comparison>>,
}

/// The pages of a debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DebriefView {
    /// The trainee's debrief.
    #[default]
    Debrief,
    /// Each answer from the young person's side.
    YoungPerson,
    /// This run beside the one it was played on from.
    Comparison,
}

impl AppState {
    /// Keeps the finished run on screen as the original of the fork that
    /// starts at step `step`.
    pub(super) fn keep_original(&mut self, step: usize) {
        let Some((session, s)) = self.session() else {
            return;
        };
        let from_decision = session.run.decision_numbers(s).get(step).copied().flatten();
        self.fork = Some(Fork {
            original: Box::new(session.clone()),
            from_decision,
            comparison: None,
        });
    }

    /// The fork on screen has ended: sets it beside its original. A
    /// comparison the engine refuses is left out, never guessed.
    pub(super) fn compare_fork(&mut self) {
        let (Some(fork), Screen::Debrief { session, .. }) = (&self.fork, &self.screen) else {
            return;
        };
        let Some(s) = self.scenario(session.scenario_id()) else {
            return;
        };
        let comparison = (fork.original.scenario_id() == session.scenario_id())
            .then(|| Comparison::new(s, &fork.original.run, &session.run).ok())
            .flatten();
        if let Some(fork) = &mut self.fork {
            fork.comparison = comparison.map(Box::new);
        }
    }

    /// The comparison the debrief on screen offers, if it is a fork's.
    pub fn comparison(&self) -> Option<(&Fork, &Comparison)> {
        let fork = self.fork.as_ref()?;
        matches!(self.screen, Screen::Debrief { .. }).then_some(())?;
        Some((fork, fork.comparison.as_deref()?))
    }
}
