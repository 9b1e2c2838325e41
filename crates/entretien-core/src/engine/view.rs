//! What the screen, the CLI and reports show, resolved once by the engine:
//! the current beat with the answers available now, the transcript of
//! what was said, and the path taken through the scenario's graph. Nobody
//! else indexes into the scenario to rebuild it.

use super::Run;
use crate::scenario::model::{Character, Checkpoint, Choice, Ending, Line, Target, holds};
use crate::scenario::{Lang, Scenario};

/// A line as it appeared: who said it and its stable id.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    /// `None` for narration.
    pub speaker: Option<&'a Character>,
    /// The line.
    pub line: &'a Line,
}

impl Said<'_> {
    /// The speaker's name, empty for narration.
    pub fn name(&self) -> &str {
        self.speaker.map_or("", |c| c.name.as_str())
    }

    /// "Sarah (collègue)" for another character, the name for the young person.
    pub fn name_and_role(&self, lang: Lang) -> String {
        match self.speaker {
            Some(Character {
                name,
                role: Some(role),
                ..
            }) => format!("{name} ({})", role.get(lang)),
            _ => self.name().to_owned(),
        }
    }
}

/// A choice as offered now.
#[derive(Debug, Clone, Copy)]
pub struct Offer<'a> {
    /// Index in the beat.
    pub index: u16,
    /// The choice (`continues` for the single "Continuer" of a narration beat).
    pub choice: &'a Choice,
}

/// What to show now.
#[derive(Debug, Clone)]
pub enum View<'a> {
    /// A beat: narration and/or a line; the trainee answers or goes on.
    Beat {
        /// Beat index.
        beat: u32,
        /// The narration, if any.
        narration: Option<Said<'a>>,
        /// What is said, if anything.
        said: Option<Said<'a>>,
        /// Id of `said` (`scenario/beat#variant`).
        line_id: String,
        /// The answers available now, in presentation order.
        offers: Vec<Offer<'a>>,
        /// Answers whose condition does not hold now (the CLI lists them, marked).
        locked: Vec<Offer<'a>>,
    },
    /// The run is over.
    Ended(&'a Ending),
}

/// One decision, with what came before it and what followed.
#[derive(Debug, Clone)]
pub struct Exchange<'a> {
    /// Beat index.
    pub beat: u32,
    /// The narration shown.
    pub narration: Option<Said<'a>>,
    /// The line shown.
    pub said: Option<Said<'a>>,
    /// Its id.
    pub line_id: String,
    /// Index of the choice taken.
    pub choice_index: u16,
    /// The choice taken.
    pub choice: &'a Choice,
    /// Its id (`scenario/beat/choice`).
    pub choice_id: String,
    /// The immediate reply, if the choice has one.
    pub reply: Option<Said<'a>>,
    /// Its id.
    pub reply_id: Option<String>,
    /// Checkpoints passed by this choice.
    pub reached: Vec<&'a Checkpoint>,
}

fn said<'a>(scenario: &'a Scenario, line: &'a Line) -> Said<'a> {
    Said {
        speaker: scenario.speaker(line),
        line,
    }
}

/// One step as a move on the scenario's graph: from a beat, by a choice
/// (or a "Continuer"), to where it led (the next beat, or the ending).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Move {
    /// The beat.
    pub beat: u32,
    /// Index of the choice taken there.
    pub choice: u16,
    /// Where it led.
    pub to: Target,
    /// Its number among the decisions, from 1, as the debrief numbers
    /// them; `None` for a "Continuer", which is no decision.
    pub decision: Option<u32>,
}

impl Run {
    /// The path so far, one move per step; the last leads to the current
    /// beat, or to the ending once the run is over.
    pub fn moves(&self, scenario: &Scenario) -> Vec<Move> {
        let now = match &self.phase {
            super::Phase::Ended(e) => Target::Ending(*e),
            super::Phase::Beat(shown) => Target::Beat(shown.beat),
        };
        let next = self
            .steps
            .iter()
            .skip(1)
            .map(|s| Target::Beat(s.shown.beat));
        let numbers = self.decision_numbers(scenario);
        (self.steps.iter().zip(next.chain([now])).zip(numbers))
            .map(|((step, to), decision)| Move {
                beat: step.shown.beat,
                choice: step.choice,
                to,
                decision,
            })
            .collect()
    }

    /// Each step's number among the decisions, from 1; `None` for a
    /// "Continuer", which is no decision. The debrief, the branch map, the
    /// workshop and its report all number decisions by this alone.
    pub fn decision_numbers(&self, scenario: &Scenario) -> Vec<Option<u32>> {
        let mut decisions = 0;
        (self.steps.iter())
            .map(|step| {
                let continues = scenario
                    .choice(step.shown.beat, step.choice)
                    .is_some_and(|c| c.continues);
                (!continues).then(|| {
                    decisions += 1;
                    decisions
                })
            })
            .collect()
    }

    /// What to show now: only the answers available in the current state
    /// are offered.
    pub fn view<'a>(&self, scenario: &'a Scenario) -> View<'a> {
        let shown = match &self.phase {
            super::Phase::Ended(e) => return View::Ended(&scenario.endings[*e as usize]),
            super::Phase::Beat(shown) => shown,
        };
        let beat = scenario.beat(shown.beat);
        let (offers, locked) = shown
            .order
            .iter()
            .map(|&index| Offer {
                index,
                choice: &beat.choices[usize::from(index)],
            })
            .partition(|o| holds(o.choice.when.as_ref(), &self.state));
        View::Beat {
            beat: shown.beat,
            narration: beat.narration.as_ref().map(|l| said(scenario, l)),
            said: beat
                .speech
                .as_ref()
                .map(|s| said(scenario, s.line(shown.variant))),
            line_id: scenario.line_id(shown.beat, shown.variant),
            offers,
            locked,
        }
    }

    /// Every decision so far, with the lines around it.
    pub fn transcript<'a>(&self, scenario: &'a Scenario) -> Vec<Exchange<'a>> {
        self.steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let (beat_index, index) = (step.shown.beat, step.choice);
                let beat = scenario.beat(beat_index);
                let choice = &beat.choices[usize::from(index)];
                // The state right after this choice: the next step's, or now.
                let after = self.steps.get(i + 1).map_or(&self.state, |s| &s.state);
                let reached = scenario.checkpoints_passed(&step.state, after);
                Exchange {
                    beat: beat_index,
                    narration: beat.narration.as_ref().map(|l| said(scenario, l)),
                    said: beat
                        .speech
                        .as_ref()
                        .map(|s| said(scenario, s.line(step.shown.variant))),
                    line_id: scenario.line_id(beat_index, step.shown.variant),
                    choice_index: index,
                    choice,
                    choice_id: scenario.choice_id(beat_index, index),
                    reply: choice
                        .reply
                        .as_ref()
                        .map(|r| said(scenario, r.line(step.reply))),
                    reply_id: choice
                        .reply
                        .as_ref()
                        .map(|_| scenario.reply_id(beat_index, index, step.reply)),
                    reached,
                }
            })
            .collect()
    }

    /// The last answer, when the mode shows feedback after each choice
    /// (never for a "Continuer").
    pub fn feedback<'a>(&self, scenario: &'a Scenario) -> Option<&'a Choice> {
        if !self.mode.rules().feedback_each_choice {
            return None;
        }
        let step = self.steps.last()?;
        let choice = scenario.choice(step.shown.beat, step.choice)?;
        (!choice.continues).then_some(choice)
    }

    /// Ids of the lines on screen now that no choice brought: the current
    /// beat's narration and line, or the ending. With [`super::Happened`]
    /// after each choice, whoever follows the run sees every line once.
    pub fn shown_lines(&self, scenario: &Scenario) -> Vec<String> {
        match &self.phase {
            super::Phase::Ended(e) => vec![scenario.ending_line_id(*e)],
            super::Phase::Beat(shown) => {
                let beat = scenario.beat(shown.beat);
                let narration = beat
                    .narration
                    .is_some()
                    .then(|| scenario.narration_id(shown.beat));
                let line = beat
                    .speech
                    .is_some()
                    .then(|| scenario.line_id(shown.beat, shown.variant));
                narration.into_iter().chain(line).collect()
            }
        }
    }

    /// Whether the last answer can be taken back now.
    pub fn can_undo(&self) -> bool {
        self.mode.rules().undo && !self.steps.is_empty()
    }

    /// The beat on screen, `None` once over.
    pub fn beat(&self) -> Option<u32> {
        match &self.phase {
            super::Phase::Beat(shown) => Some(shown.beat),
            super::Phase::Ended(_) => None,
        }
    }
}
