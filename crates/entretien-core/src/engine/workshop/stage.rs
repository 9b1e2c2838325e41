//! What the room sees at each step of a workshop, resolved once here so
//! that the room view, the presenter and the tests draw the same thing:
//! a narration to read, a decision to vote on (the cards, the majority,
//! a tie), what the room's answer led to, or the ending; and the steps
//! the room took, numbered and lettered as they were on screen, for the
//! presenter's list and the report.

use super::{RoomDecision, Workshop, letter, majority_of};
use crate::engine::{Exchange, Offer, Said, View};
use crate::scenario::Scenario;
use crate::scenario::model::{Checkpoint, Choice, Ending};

/// One answer offered now: its letter, votes and what it would do.
#[derive(Debug, Clone)]
pub struct Card<'a> {
    /// A, B, C…
    pub letter: char,
    /// The answer.
    pub offer: Offer<'a>,
    /// Votes for it.
    pub votes: u32,
    /// Checkpoints it would pass now.
    pub reaches: Vec<&'a Checkpoint>,
}

/// Why "next" waits for the facilitator, told to the room too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stall {
    /// Two answers or more share the most votes.
    Tie,
    /// No vote at all.
    NoVotes,
}

/// A moment the room votes on.
#[derive(Debug, Clone)]
pub struct DecisionStage<'a> {
    /// Its number among the decisions (see [`crate::engine::Run::decision_numbers`]).
    pub number: u32,
    /// The narration before the line, if any.
    pub narration: Option<Said<'a>>,
    /// The line, if any.
    pub said: Option<Said<'a>>,
    /// Every answer offered, in letter order, with its votes.
    pub cards: Vec<Card<'a>>,
    /// Whether their scores are shown.
    pub revealed: bool,
    /// The answer with strictly most votes, if any.
    pub majority: Option<usize>,
    /// Set once "next" found no single majority.
    pub stalled: Option<Stall>,
}

/// What the room's answer led to, before the next moment.
#[derive(Debug, Clone)]
pub struct OutcomeStage<'a> {
    /// The decision's number.
    pub number: u32,
    /// The letter the answer had.
    pub letter: char,
    /// The room's decision: its votes and how it was taken.
    pub decision: RoomDecision,
    /// The exchange: the line, the answer taken, the reply, the
    /// checkpoints passed.
    pub exchange: Exchange<'a>,
    /// The interview ended with it (the ending comes next).
    pub ends: bool,
}

/// What the room sees now.
#[derive(Debug, Clone)]
pub enum Stage<'a> {
    /// A narration step: read, then go on; nothing to vote on.
    Narration {
        /// The narration.
        narration: Option<Said<'a>>,
        /// A line, if the step has one.
        said: Option<Said<'a>>,
    },
    /// A decision to vote on.
    Decision(DecisionStage<'a>),
    /// What the room's answer led to.
    Outcome(OutcomeStage<'a>),
    /// The interview is over.
    Ended(&'a Ending),
}

/// An answer offered at a step the room took, as it was on screen.
#[derive(Debug, Clone)]
pub struct Answered<'a> {
    /// A, B, C…
    pub letter: char,
    /// The answer.
    pub choice: &'a Choice,
    /// Votes it had.
    pub votes: u32,
}

/// A step the room took, resolved for the presenter's list of decisions
/// and the report.
#[derive(Debug, Clone)]
pub struct Taken<'a> {
    /// Its number among the decisions, from 1; `None` for a "Continuer"
    /// (no decision, however it was passed).
    pub number: Option<u32>,
    /// The letter the answer followed had on screen: its place among the
    /// answers offered then (one whose condition did not hold had none).
    pub letter: char,
    /// The room's decision: its votes and how it was taken.
    pub decision: RoomDecision,
    /// The exchange: the lines before, the answer, the reply, the
    /// checkpoints passed.
    pub exchange: Exchange<'a>,
    /// Every answer offered then, in letter order, with its votes.
    pub answers: Vec<Answered<'a>>,
}

impl Workshop {
    /// Every step the room took, in order, numbered and lettered as the
    /// room saw them.
    pub fn taken<'a>(&self, scenario: &'a Scenario) -> Vec<Taken<'a>> {
        let run = &self.session.run;
        (self.log.iter())
            .zip(run.transcript(scenario))
            .zip(run.decision_numbers(scenario))
            .map(|((decision, exchange), number)| {
                let answers = (decision.offered.iter().enumerate())
                    .filter_map(|(n, &index)| {
                        Some(Answered {
                            letter: letter(n),
                            choice: scenario.choice(decision.beat, index)?,
                            votes: decision.votes.get(n).copied().unwrap_or(0),
                        })
                    })
                    .collect();
                let position = decision.offered.iter().position(|i| *i == decision.choice);
                Taken {
                    number,
                    letter: position.map_or('?', letter),
                    decision: decision.clone(),
                    exchange,
                    answers,
                }
            })
            .collect()
    }

    /// Every answer offered now with its votes and the checkpoints it
    /// would pass.
    pub fn cards<'a>(&self, scenario: &'a Scenario) -> Vec<Card<'a>> {
        let state = self.session.run.state();
        self.offers(scenario)
            .into_iter()
            .enumerate()
            .map(|(n, offer)| {
                let mut after = state.to_vec();
                scenario.apply(&offer.choice.effects, &mut after);
                let reaches = scenario.checkpoints_passed(state, &after);
                Card {
                    letter: letter(n),
                    offer,
                    votes: self.votes.get(n).copied().unwrap_or(0),
                    reaches,
                }
            })
            .collect()
    }

    /// What the room sees now.
    pub fn stage<'a>(&self, scenario: &'a Scenario) -> Stage<'a> {
        if self.outcome_shown
            && let Some(outcome) = self.last_outcome(scenario)
        {
            return Stage::Outcome(outcome);
        }
        let (narration, said) = match self.session.run.view(scenario) {
            View::Ended(ending) => return Stage::Ended(ending),
            View::Beat {
                narration, said, ..
            } => (narration, said),
        };
        if self.is_narration(scenario) {
            return Stage::Narration { narration, said };
        }
        let stalled = self.stalled.then(|| match self.votes.iter().max() {
            Some(&most) if most > 0 => Stall::Tie,
            _ => Stall::NoVotes,
        });
        Stage::Decision(DecisionStage {
            number: self.decisions_taken(scenario) + 1,
            narration,
            said,
            cards: self.cards(scenario),
            revealed: self.revealed,
            majority: majority_of(&self.votes),
            stalled,
        })
    }

    /// The room's last answer and what it led to, to keep the thread
    /// ("Précédemment : …") on the moments after it.
    pub fn previously<'a>(&self, scenario: &'a Scenario) -> Option<Exchange<'a>> {
        let transcript = self.session.run.transcript(scenario);
        transcript.into_iter().rev().find(|ex| !ex.choice.continues)
    }

    /// Decisions taken so far ("Continuer" left out, however it was passed).
    fn decisions_taken(&self, scenario: &Scenario) -> u32 {
        let numbers = self.session.run.decision_numbers(scenario);
        numbers.into_iter().flatten().last().unwrap_or(0)
    }

    fn last_outcome<'a>(&self, scenario: &'a Scenario) -> Option<OutcomeStage<'a>> {
        let last = self.taken(scenario).pop()?;
        Some(OutcomeStage {
            number: last.number?,
            letter: last.letter,
            decision: last.decision,
            exchange: last.exchange,
            ends: self.session.run.ending().is_some(),
        })
    }
}
