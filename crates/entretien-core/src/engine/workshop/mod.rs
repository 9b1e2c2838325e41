//! A workshop: a facilitator plays one [`Session`] with a room. At each
//! beat the room votes for the answers (lettered A, B, C… in the order
//! shown), the facilitator reveals every answer's scores, then follows the
//! majority or any other answer; the room then sees what its answer led to
//! (the reply) before the next moment. Back and forward move through the
//! decisions taken, each with the votes it had. Times come from the caller.
//! What the room sees at each step is resolved here ([`Workshop::stage`]),
//! so that the views only draw it.

mod decision;
mod route;
mod stage;
mod timer;

pub use decision::{Followed, RoomDecision};
use decision::{Tally, majority_of};
pub use stage::{Answered, Card, DecisionStage, OutcomeStage, Stage, Stall, Taken};
pub use timer::Timer;

use serde::{Deserialize, Serialize};

use super::{EngineError, Happened, Mode, Offer, Session, View};
use crate::scenario::{Lang, Scenario};

/// What [`Workshop::next`] did (the presenter's clicker, PageDown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// The scores are now shown.
    Revealed,
    /// The room went on; what appeared (the reply first, when the room
    /// now sees what its answer led to).
    Went(Happened),
    /// The outcome was put away: the next moment (or the ending) shows,
    /// with these lines.
    Shown {
        /// Ids of the lines that now appear.
        lines: Vec<String>,
    },
    /// Nothing: the votes have no single majority; the facilitator picks.
    NoMajority,
    /// Nothing: the interview is over.
    Over,
}

/// A workshop in progress; saved as it is (but for the timer) so that
/// it can be resumed after the app closes ([`Workshop::restore`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    /// The interview the room plays.
    pub session: Session,
    /// Votes per answer offered now, in letter order.
    votes: Vec<u32>,
    revealed: bool,
    log: Vec<RoomDecision>,
    /// Decisions taken back, the next one to go forward to last.
    ahead: Vec<RoomDecision>,
    /// The votes at the newest beat when the room went back from it, given
    /// back when it comes forward again.
    frontier: Option<Tally>,
    /// The room sees what its last answer led to, not yet the moment after
    /// (workshops saved before this step existed have none).
    #[serde(default)]
    outcome_shown: bool,
    /// "Next" found no single majority here: the facilitator picks.
    #[serde(default)]
    stalled: bool,
    /// The discussion timer of the beat on screen.
    #[serde(skip)]
    pub timer: Timer,
}

/// The letter of the `n`-th answer (A for 0).
pub fn letter(n: usize) -> char {
    char::from_digit(n as u32 + 10, 36).map_or('?', |c| c.to_ascii_uppercase())
}

impl Workshop {
    /// A workshop at the scenario's first beat.
    pub fn new(scenario: &Scenario, seed: u64, lang: Lang, now_ms: u64) -> Workshop {
        let session = Session::new(scenario, seed, Mode::Workshop, lang, now_ms);
        let mut w = Workshop {
            session,
            votes: Vec::new(),
            revealed: false,
            log: Vec::new(),
            ahead: Vec::new(),
            frontier: None,
            outcome_shown: false,
            stalled: false,
            timer: Timer::default(),
        };
        w.fresh_beat(scenario);
        w
    }

    /// Checks a saved workshop against its scenario before it is resumed:
    /// the interview replays from its seed ([`Session::restore`]) and every
    /// decision of the room is one of its steps. Votes that no longer fit
    /// the beat start again at zero; decisions ahead that no longer apply
    /// are dropped.
    pub fn restore(self, scenario: &Scenario, now_ms: u64) -> Result<Workshop, EngineError> {
        let scenario_id = self.session.scenario_id().to_owned();
        let session = self.session.restore(scenario, now_ms)?;
        let steps = session.run.steps();
        let fits = self.log.len() == steps.len()
            && self
                .log
                .iter()
                .zip(steps)
                .all(|(d, step)| d.beat == step.shown.beat && d.choice == step.choice);
        if !fits {
            return Err(EngineError::SavedRunInvalid {
                scenario: scenario_id,
            });
        }
        let mut w = Workshop {
            session,
            timer: Timer::default(),
            ..self
        };
        if w.votes.len() != w.offers(scenario).len() {
            w.votes = vec![0; w.offers(scenario).len()];
        }
        // An outcome belongs to a decision of the room's (not a
        // "Continuer", not the map's way).
        w.outcome_shown &= w.log.last().is_some_and(|d| d.shows_outcome());
        let mut ahead = w.clone();
        while !ahead.ahead.is_empty() {
            if ahead.forward_past_outcome(scenario, now_ms).is_err() {
                w.new_branch();
                break;
            }
        }
        Ok(w)
    }

    /// The answers offered now, in letter order (empty once over).
    pub fn offers<'a>(&self, scenario: &'a Scenario) -> Vec<Offer<'a>> {
        match self.session.run.view(scenario) {
            View::Beat { offers, .. } => offers,
            View::Ended(_) => Vec::new(),
        }
    }

    /// Votes per answer offered now.
    pub fn votes(&self) -> &[u32] {
        &self.votes
    }

    /// Whether the scores of the answers offered now are shown.
    pub fn revealed(&self) -> bool {
        self.revealed
    }

    /// The decisions taken, in order.
    pub fn decisions(&self) -> &[RoomDecision] {
        &self.log
    }

    /// Whether there is a decision to go back over.
    pub fn can_back(&self) -> bool {
        !self.log.is_empty()
    }

    /// Whether a decision taken back can be taken again (once the room
    /// has seen the moment it was taken at).
    pub fn can_forward(&self) -> bool {
        !self.ahead.is_empty() && !self.outcome_shown
    }

    /// A single "Continuer" after narration: nothing to vote on.
    pub fn is_narration(&self, scenario: &Scenario) -> bool {
        matches!(self.offers(scenario).as_slice(), [o] if o.choice.continues)
    }

    /// Whether the room sees what its last answer led to, before the next
    /// moment: nothing to vote on or reveal until "next".
    pub fn outcome_shown(&self) -> bool {
        self.outcome_shown
    }

    /// Whether the workshop is over and its ending on screen.
    pub fn over(&self) -> bool {
        self.session.run.ending().is_some() && !self.outcome_shown
    }

    /// Adds `delta` votes (negative to take some back) to answer `n`; none
    /// while the room sees an outcome (the answers are not on screen).
    pub fn vote(&mut self, n: usize, delta: i32) {
        if self.outcome_shown {
            return;
        }
        if let Some(v) = self.votes.get_mut(n) {
            *v = v.saturating_add_signed(delta);
            self.stalled = false;
        }
    }

    /// Shows (or hides again) every answer's scores (not while the room
    /// sees an outcome).
    pub fn set_revealed(&mut self, revealed: bool) {
        if !self.outcome_shown {
            self.revealed = revealed;
        }
    }

    /// The answer with the most votes, when one has strictly more than
    /// every other.
    pub fn majority(&self) -> Option<usize> {
        majority_of(&self.votes)
    }

    /// Follows answer `n` (letter order). Following what was taken here
    /// before going back keeps the decisions after it for "forward".
    pub fn follow(
        &mut self,
        scenario: &Scenario,
        n: usize,
        now_ms: u64,
    ) -> Result<Happened, EngineError> {
        if self.outcome_shown {
            return Err(EngineError::OutcomeShown);
        }
        let offers = self.offers(scenario);
        let offer = offers.get(n).ok_or(EngineError::Ended)?;
        let how = if offer.choice.continues {
            Followed::Continue
        } else if self.majority() == Some(n) {
            Followed::Majority
        } else {
            Followed::Other
        };
        let decision = self.decision(&offers, offer.index, how);
        match self.ahead.last() {
            Some(next) if next.choice == offer.index => {
                self.ahead.pop();
            }
            _ => self.new_branch(),
        }
        self.take(scenario, decision, now_ms)
    }

    /// The clicker's "next": from an outcome, the next moment; on
    /// narration go on; else reveal first, then go forward to what was
    /// taken here before, else follow the majority (or the only answer).
    pub fn next(&mut self, scenario: &Scenario, now_ms: u64) -> Result<Next, EngineError> {
        if self.outcome_shown {
            self.outcome_shown = false;
            let lines = self.session.run.shown_lines(scenario);
            return Ok(Next::Shown { lines });
        }
        let offers = self.offers(scenario);
        if offers.is_empty() {
            return Ok(Next::Over);
        }
        if self.is_narration(scenario) {
            return self.follow(scenario, 0, now_ms).map(Next::Went);
        }
        if !self.revealed {
            self.revealed = true;
            return Ok(Next::Revealed);
        }
        if let Some(next) = self.ahead.last()
            && let Some(n) = offers.iter().position(|o| o.index == next.choice)
        {
            return self.follow(scenario, n, now_ms).map(Next::Went);
        }
        // A single answer is the only way on, votes or not.
        let only = (offers.len() == 1).then_some(0);
        match self.majority().or(only) {
            Some(n) => self.follow(scenario, n, now_ms).map(Next::Went),
            None => {
                self.stalled = true;
                Ok(Next::NoMajority)
            }
        }
    }

    /// Goes back to before the last decision, with the votes it had.
    pub fn back(&mut self, scenario: &Scenario, now_ms: u64) -> Result<(), EngineError> {
        let last = self.log.pop().ok_or(EngineError::NothingToUndo)?;
        // The votes here are kept for the way forward: on the decision
        // taken here before, or as the newest beat's.
        let here = self.tally(scenario);
        match self.ahead.last_mut() {
            Some(d) if Some(d.beat) == here.beat && d.offered == here.offered => {
                d.votes = here.votes;
                d.revealed = here.revealed;
            }
            Some(_) => {}
            None => self.frontier = Some(here),
        }
        self.session = self.session.retry_from(scenario, self.log.len(), now_ms)?;
        self.votes = last.votes.clone();
        self.revealed = last.revealed;
        self.outcome_shown = false;
        self.stalled = false;
        self.timer.reset();
        self.ahead.push(last);
        Ok(())
    }

    /// Takes again the decision last taken back, with its votes.
    pub fn forward(&mut self, scenario: &Scenario, now_ms: u64) -> Result<Happened, EngineError> {
        if self.outcome_shown {
            return Err(EngineError::OutcomeShown);
        }
        let next = self.ahead.pop().ok_or(EngineError::NothingToUndo)?;
        self.take(scenario, next, now_ms)
    }

    fn decision(&self, offers: &[Offer<'_>], choice: u16, how: Followed) -> RoomDecision {
        RoomDecision {
            beat: self.session.run.beat().unwrap_or(0),
            offered: offers.iter().map(|o| o.index).collect(),
            votes: self.votes.clone(),
            revealed: self.revealed,
            choice,
            how,
        }
    }

    fn take(
        &mut self,
        scenario: &Scenario,
        decision: RoomDecision,
        now_ms: u64,
    ) -> Result<Happened, EngineError> {
        let mut happened = self.session.choose(scenario, decision.choice, now_ms)?;
        self.outcome_shown = decision.shows_outcome();
        if self.outcome_shown {
            // The reply now; the next moment's lines when it shows.
            let later = self.session.run.shown_lines(scenario);
            happened.lines.retain(|id| !later.contains(id));
        }
        self.log.push(decision);
        self.fresh_beat(scenario);
        Ok(happened)
    }

    /// Another way than the one taken back: what lay ahead is dropped.
    fn new_branch(&mut self) {
        self.ahead.clear();
        self.frontier = None;
    }

    fn tally(&self, scenario: &Scenario) -> Tally {
        Tally {
            beat: self.session.run.beat(),
            offered: self.offers(scenario).iter().map(|o| o.index).collect(),
            votes: self.votes.clone(),
            revealed: self.revealed,
        }
    }

    /// A beat reached: the votes and reveal it had when the room went back
    /// from it, else none yet; the timer at zero.
    fn fresh_beat(&mut self, scenario: &Scenario) {
        let now = self.tally(scenario);
        let before = match self.ahead.last() {
            Some(d) => Some(Tally {
                beat: Some(d.beat),
                offered: d.offered.clone(),
                votes: d.votes.clone(),
                revealed: d.revealed,
            }),
            None => self.frontier.take(),
        };
        match before {
            Some(t) if t.beat == now.beat && t.offered == now.offered => {
                self.votes = t.votes;
                self.revealed = t.revealed;
            }
            _ => {
                self.votes = vec![0; now.offered.len()];
                self.revealed = false;
            }
        }
        self.stalled = false;
        self.timer.reset();
    }
}

#[cfg(test)]
mod tests;
