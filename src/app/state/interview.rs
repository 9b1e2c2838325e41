//! Starting, playing, finishing and resuming an interview: every change to
//! the [`Session`] on screen, with the effects followers need.

use rand::Rng;

use super::{AppState, DebriefView, Notice, ResumeFailure, Screen, playable};
use crate::engine::{EngineError, Happened, Mode, Session};
use crate::store::{Attempt, Claimed, latest_saved, saved_key};

impl AppState {
    pub(super) fn start(&mut self, id: &str, mode: Mode) {
        let seed = self.seeds.random();
        let (lang, now) = (self.settings.lang, self.now_ms());
        let Some(s) = self.scenario(id) else {
            return;
        };
        let session = Session::new(s, seed, mode, lang, now);
        // A new interview's key is new: no other window holds it.
        let claim = self.claim(&session);
        self.show(session, claim);
    }

    /// Claims `session` for this window, so another one on the same data
    /// folder neither resumes it nor replaces its saved copy.
    fn claim(&self, session: &Session) -> Claimed {
        (self.store.as_ref()).map_or(Claimed::Unavailable, |s| s.claim(&saved_key(session)))
    }

    /// Puts a session on the interview screen and announces its lines.
    fn show(&mut self, session: Session, claim: Claimed) {
        self.live = claim.held();
        self.announce_shown(&session);
        self.paused = false;
        self.screen = Screen::Interview(Box::new(session));
    }

    pub(super) fn resume(&mut self, id: &str) {
        let now = self.now_ms();
        let saved = latest_saved(&self.unfinished, id).map(|(_, s)| s);
        let (Some(s), Some(saved)) = (self.scenario(id), saved) else {
            return;
        };
        let claim = self.claim(saved);
        if let Claimed::Elsewhere = claim {
            let scenario = id.to_owned();
            let why = ResumeFailure::OpenElsewhere;
            self.notify(Notice::CannotResume { scenario, why });
            return;
        }
        match saved.clone().restore(s, now) {
            Ok(session) => {
                // "Open in another window" is over once it opens here.
                self.notices.drop_stale(|n| {
                    matches!(n, Notice::CannotResume { scenario, why: ResumeFailure::OpenElsewhere } if scenario == id)
                });
                self.show(session, claim);
            }
            Err(e) => {
                let why = match e {
                    EngineError::ScenarioChanged { .. } => ResumeFailure::ScenarioChanged {
                        kept_at: self.keep_aside(id),
                    },
                    _ => ResumeFailure::Damaged {
                        kept_at: self.keep_aside(id),
                    },
                };
                if let Some((_, saved)) = latest_saved(&self.unfinished, id) {
                    self.forget_unfinished(&saved.clone());
                }
                self.notify(Notice::CannotResume {
                    scenario: id.to_owned(),
                    why,
                });
            }
        }
    }

    pub(super) fn choose(&mut self, index: u16) {
        let now = self.now_ms();
        let Screen::Interview(session) = &mut self.screen else {
            return;
        };
        let Some(s) = playable(&self.entries, session.scenario_id()) else {
            return;
        };
        let happened = match session.choose(s, index, now) {
            Ok(happened) => happened,
            Err(e) => return self.refused(&e),
        };
        let Happened {
            lines,
            reached,
            ended,
        } = happened;
        self.announce(lines, reached);
        if ended {
            self.finish();
        } else {
            self.autosave();
        }
    }

    /// The engine refused what was asked (the screens offer only what it
    /// allows, so this is a fault): said in words, the reason folded.
    pub(super) fn refused(&mut self, e: &EngineError) {
        self.notify(Notice::NotDone {
            detail: e.to_string(),
        });
    }

    pub(super) fn undo(&mut self) {
        let now = self.now_ms();
        let Screen::Interview(session) = &mut self.screen else {
            return;
        };
        let Some(s) = playable(&self.entries, session.scenario_id()) else {
            return;
        };
        match session.undo(s, now) {
            Ok(()) => self.autosave(),
            // Ctrl+Z where the mode forbids it, or before any choice: a
            // rule the disabled button shows, not a failure.
            Err(EngineError::UndoNotAllowed | EngineError::NothingToUndo) => {}
            Err(e) => self.refused(&e),
        }
    }

    /// Keeps the interview on screen on disk (after each choice and when
    /// leaving it), so nothing is lost. A finished run never stays on the
    /// interview screen, so whatever is there is unfinished.
    pub(super) fn autosave(&mut self) {
        if let Screen::Interview(session) = &self.screen {
            let session = (**session).clone();
            self.keep_unfinished(session);
        }
    }

    fn finish(&mut self) {
        let finished_secs = self.now_ms() / 1000;
        let Screen::Interview(session) = &self.screen else {
            return;
        };
        let Some(s) = self.scenario(session.scenario_id()) else {
            return;
        };
        let debrief = match session.run.debrief(s) {
            Ok(debrief) => debrief,
            Err(e) => return self.refused(&e),
        };
        let attempt = Attempt::new(session, s, &debrief, finished_secs);
        let session = session.clone();
        self.record_attempt(attempt);
        self.forget_unfinished(&session);
        self.live = None;
        self.screen = Screen::Debrief {
            session,
            debrief: Box::new(debrief),
        };
        self.debrief_view = DebriefView::default();
        self.compare_fork();
    }

    pub(super) fn retry_from(&mut self, n: usize) {
        let now = self.now_ms();
        let Some((session, s)) = self.session() else {
            return;
        };
        if !matches!(self.screen, Screen::Debrief { .. }) {
            return;
        }
        match session.retry_from(s, n, now) {
            Ok(session) => {
                // The finished run stays, to be compared with at the end.
                self.keep_original(n);
                let claim = self.claim(&session);
                self.show(session, claim);
            }
            Err(e) => self.refused(&e),
        }
    }
}
