//! A run of a scenario: state, choices, transcript, and the debrief.
//!
//! [`Run`] holds everything that changes during an interview in one
//! serialisable value; the [`Scenario`] stays immutable. Every random draw
//! comes from the run's seeded generator, so the same scenario, seed and
//! choices always give the same transcript. No egui or rodio here.

pub mod audit;
mod cause;
mod closing;
mod debrief;
mod gauges;
mod learning;
mod mode;
mod pick;
mod session;
mod simulate;
mod turning;
mod view;
mod workshop;

use rand::SeedableRng;
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use crate::scenario::model::{Target, holds};
use pick::{enter, pick_variant, route};

pub use cause::Cause;
pub use closing::{ClosingPart, Phrase, WENT_WELL, closing};
pub use debrief::{
    Alternative, CheckpointResult, Debrief, Decision, EndingReached, PointScore, Profile, Thought,
};
pub use gauges::Gauge;
pub use learning::{
    CheckpointPair, Comparison, Moment, PointDelta, ReplayError, Stake, StepReach,
    good_practice_profile,
};
pub use mode::{Mode, Rules};
pub use session::{DecisionRecord, Session};
pub use simulate::{
    CheckpointStats, EndingStats, MAX_DECISIONS, Plan, Played, Policy, SimReport, fault_positions,
    play, simulate,
};
pub use turning::TurningPoint;
pub use view::{Exchange, Move, Offer, Said, View};
pub use workshop::{
    Answered, Card, DecisionStage, Followed, Next, OutcomeStage, RoomDecision, Stage, Stall, Taken,
    Timer, Workshop, letter,
};

/// What went wrong when driving a run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    /// A choice was made after the end.
    #[error("the run has ended: no choice can be made")]
    Ended,
    /// The debrief was asked before the end.
    #[error("the run has not ended yet")]
    NotEnded,
    /// No choice has this key in the current beat.
    #[error("no choice \"{key}\" here; the choices are: {available}")]
    UnknownChoice {
        /// The key given.
        key: String,
        /// The keys that exist here.
        available: String,
    },
    /// The choice exists but its condition does not hold.
    #[error("choice \"{key}\" is not available now")]
    Unavailable {
        /// The key given.
        key: String,
    },
    /// Undo at the first decision.
    #[error("nothing to undo")]
    NothingToUndo,
    /// Undo in a mode that does not allow it.
    #[error("this mode does not allow taking an answer back")]
    UndoNotAllowed,
    /// A saved run belongs to another scenario or version.
    #[error("this run was saved with another version of scenario \"{scenario}\"; start it again")]
    ScenarioChanged {
        /// Scenario id.
        scenario: String,
    },
    /// A saved run does not replay to what was saved (edited or damaged).
    #[error(
        "the saved interview of scenario \"{scenario}\" is damaged; it was set aside, start again"
    )]
    SavedRunInvalid {
        /// Scenario id.
        scenario: String,
    },
    /// A workshop's room sees what its answer led to: the next moment
    /// comes first.
    #[error("the room sees what its last answer led to: go on to the next moment first")]
    OutcomeShown,
    /// Every weight of a random route is zero (the checker reports it).
    #[error("beat \"{beat}\": every random target has weight 0")]
    NoTarget {
        /// Beat id.
        beat: String,
    },
}

/// The line being shown and the choices offered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    /// Beat index.
    pub beat: u32,
    /// 0 = main line, n = variant n − 1.
    pub variant: u16,
    /// Choice indices in the order presented.
    pub order: Vec<u16>,
}

/// One decision taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// What was shown.
    pub shown: Shown,
    /// Index of the choice taken.
    pub choice: u16,
    /// The state when the choice was made (availability depends on it).
    pub state: Vec<i32>,
    /// The reply's variant (0 = main line), when the choice has a reply.
    #[serde(default)]
    pub reply: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum Phase {
    Beat(Shown),
    Ended(u32),
}

/// Everything that changes during an interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario version.
    pub scenario_version: u32,
    fingerprint: u64,
    /// The seed the run started from.
    pub seed: u64,
    /// What the mode allows (feedback, undo); runs saved before modes
    /// moved into the engine load as practice.
    #[serde(default)]
    mode: Mode,
    rng: Pcg32,
    state: Vec<i32>,
    phase: Phase,
    steps: Vec<Step>,
}

/// What a choice made happen, for whoever follows the run (sound, a
/// second window).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Happened {
    /// Ids of the lines that now appear, in order: the reply, then the
    /// next beat's narration and line, or the ending.
    pub lines: Vec<String>,
    /// Ids of the checkpoints passed by this choice.
    pub reached: Vec<String>,
    /// The run ended with this choice.
    pub ended: bool,
}

impl Run {
    /// Starts a run at the scenario's first beat.
    pub fn new(scenario: &Scenario, seed: u64) -> Run {
        let mut rng = Pcg32::seed_from_u64(seed);
        let state = scenario.start_state();
        let shown = enter(scenario, scenario.start, &state, &mut rng);
        Run {
            scenario_id: scenario.meta.id.clone(),
            scenario_version: scenario.meta.version,
            fingerprint: scenario.fingerprint,
            seed,
            mode: Mode::default(),
            rng,
            state,
            phase: Phase::Beat(shown),
            steps: Vec::new(),
        }
    }

    /// The same run in `mode` (set before the first decision).
    pub fn with_mode(mut self, mode: Mode) -> Run {
        self.mode = mode;
        self
    }

    /// The mode the run is played in.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Checks that a saved run belongs to this exact scenario content.
    pub fn matches(&self, scenario: &Scenario) -> Result<(), EngineError> {
        if self.fingerprint == scenario.fingerprint && self.scenario_id == scenario.meta.id {
            Ok(())
        } else {
            Err(EngineError::ScenarioChanged {
                scenario: self.scenario_id.clone(),
            })
        }
    }

    /// Takes the choice with `key`.
    pub fn choose(&mut self, scenario: &Scenario, key: &str) -> Result<Happened, EngineError> {
        let Phase::Beat(shown) = &self.phase else {
            return Err(EngineError::Ended);
        };
        let beat = scenario.beat(shown.beat);
        let Some(index) = beat.choices.iter().position(|c| c.key == key) else {
            return Err(EngineError::UnknownChoice {
                key: key.to_owned(),
                available: keys(beat),
            });
        };
        self.choose_index(scenario, index as u16)
    }

    /// Takes the choice at `index` in the beat (not the presentation order).
    pub fn choose_index(
        &mut self,
        scenario: &Scenario,
        index: u16,
    ) -> Result<Happened, EngineError> {
        let Phase::Beat(shown) = &self.phase else {
            return Err(EngineError::Ended);
        };
        let beat = scenario.beat(shown.beat);
        let Some(choice) = beat.choices.get(usize::from(index)) else {
            return Err(EngineError::UnknownChoice {
                key: index.to_string(),
                available: keys(beat),
            });
        };
        if !holds(choice.when.as_ref(), &self.state) {
            return Err(EngineError::Unavailable {
                key: choice.key.clone(),
            });
        }
        let before = self.state.clone();
        scenario.apply(&choice.effects, &mut self.state);
        let Some(target) = route(&choice.next, &self.state, &mut self.rng) else {
            self.state = before;
            return Err(EngineError::NoTarget {
                beat: beat.id.clone(),
            });
        };
        let beat_index = shown.beat;
        let reply = choice
            .reply
            .as_ref()
            .map_or(0, |r| pick_variant(r, &self.state, &mut self.rng));
        let mut happened = Happened::default();
        if choice.reply.is_some() {
            let id = scenario.reply_id(beat_index, index, reply);
            happened.lines.push(id);
        }
        happened.reached = scenario
            .checkpoints_passed(&before, &self.state)
            .into_iter()
            .map(|c| c.id.clone())
            .collect();
        let next = match target {
            Target::Ending(e) => {
                happened.ended = true;
                happened.lines.push(scenario.ending_line_id(e));
                Phase::Ended(e)
            }
            Target::Beat(b) => {
                let shown = enter(scenario, b, &self.state, &mut self.rng);
                let next_beat = scenario.beat(b);
                if next_beat.narration.is_some() {
                    happened.lines.push(scenario.narration_id(b));
                }
                if next_beat.speech.is_some() {
                    happened.lines.push(scenario.line_id(b, shown.variant));
                }
                Phase::Beat(shown)
            }
        };
        if let Phase::Beat(shown) = std::mem::replace(&mut self.phase, next) {
            self.steps.push(Step {
                shown,
                choice: index,
                state: before,
                reply,
            });
        }
        Ok(happened)
    }

    /// Takes back the last decision (replays the run without it), when the
    /// mode allows it.
    pub fn undo(&mut self, scenario: &Scenario) -> Result<(), EngineError> {
        if !self.mode.rules().undo {
            return Err(EngineError::UndoNotAllowed);
        }
        let keep = self
            .steps
            .len()
            .checked_sub(1)
            .ok_or(EngineError::NothingToUndo)?;
        *self = self.replay(scenario, keep)?;
        Ok(())
    }

    /// A new run with the same seed and the first `decisions` choices, so the
    /// trainee can try another answer from there.
    pub fn replay(&self, scenario: &Scenario, decisions: usize) -> Result<Run, EngineError> {
        self.matches(scenario)?;
        let mut run = Run::new(scenario, self.seed).with_mode(self.mode);
        for step in self.steps.iter().take(decisions) {
            run.choose_index(scenario, step.choice)?;
        }
        Ok(run)
    }

    /// The current beat and the indices of its available choices (in
    /// presentation order) written into `out`; `None` once ended. The cheap
    /// form of [`Run::view`], for simulations.
    pub fn available_choices(&self, scenario: &Scenario, out: &mut Vec<u16>) -> Option<u32> {
        out.clear();
        let Phase::Beat(shown) = &self.phase else {
            return None;
        };
        let beat = scenario.beat(shown.beat);
        out.extend(
            shown
                .order
                .iter()
                .filter(|&&i| holds(beat.choices[usize::from(i)].when.as_ref(), &self.state)),
        );
        Some(shown.beat)
    }

    /// Decisions taken so far.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The current hidden state (variables then flags).
    pub fn state(&self) -> &[i32] {
        &self.state
    }

    /// The ending reached, if over.
    pub fn ending(&self) -> Option<u32> {
        match self.phase {
            Phase::Ended(e) => Some(e),
            Phase::Beat(_) => None,
        }
    }
}

/// "a, b, c": the keys of a beat, for error messages.
fn keys(beat: &crate::scenario::Beat) -> String {
    beat.choices
        .iter()
        .map(|c| c.key.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
