//! The debrief as data: the ending with the lesson that fits the path,
//! the profile on the five key points, the protective checkpoints done or
//! missed, every decision numbered with its better alternative, and the
//! inner thoughts. The app, the CLI and the reports all draw this one
//! value, and every word they show is resolved here (in both languages:
//! each presenter picks its own), so that none of them looks the scenario
//! up again. Formula: `docs/scoring.md`.
//!
//! The serialised form (`entretien play --json`) keeps the indices and ids
//! and leaves the bilingual words out: the JSON carries its words in one
//! language, in its transcript.

use serde::Serialize;

use super::{EngineError, Run};
use crate::scenario::model::{Scores, holds};
use crate::scenario::{KeyPoint, Outcome, Scenario, Text};

/// The ending reached, with the lesson that fits the path taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndingReached {
    /// Index in the scenario's endings.
    #[serde(rename = "ending")]
    pub index: u32,
    /// Its id.
    #[serde(rename = "ending_id")]
    pub id: String,
    /// Outcome kind.
    pub outcome: Outcome,
    /// Which of the ending's lessons fits this path (0: the main one; see
    /// [`crate::scenario::Ending::lesson`]).
    #[serde(rename = "lesson")]
    pub lesson_index: u16,
    /// Its title.
    #[serde(skip)]
    pub title: Text,
    /// What happened.
    #[serde(skip)]
    pub text: Text,
    /// The lesson that fits this path.
    #[serde(skip)]
    pub lesson: Text,
}

/// A better answer at one decision (good practice only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alternative {
    /// Index of the choice in the beat.
    pub choice: u16,
    /// Stable choice id.
    pub choice_id: String,
    /// Its words.
    #[serde(skip)]
    pub text: Text,
    /// Why it is better.
    #[serde(skip)]
    pub rationale: Text,
}

/// One decision of the run ("Continuer" steps are not decisions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// Its number among the decisions, from 1 (see [`Run::decision_numbers`]).
    pub number: u32,
    /// Index of its exchange in [`Run::transcript`].
    pub step: usize,
    /// Beat index.
    pub beat: u32,
    /// Stable id of the line the young person said.
    pub line_id: String,
    /// Variant shown (0 = main line).
    pub variant: u16,
    /// Index of the choice taken.
    pub choice: u16,
    /// Stable id of the choice taken.
    pub choice_id: String,
    /// Its scores, in [`KeyPoint::ALL`] order.
    pub scores: [Option<i8>; 5],
    /// Whether it was good practice (raised a point, lowered none).
    pub recommended: bool,
    /// A better available answer, when there was one.
    pub better: Option<Alternative>,
}

/// The result on one key point.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PointScore {
    /// The key point.
    pub point: KeyPoint,
    /// 0–100 relative to the best available at each decision faced; `None`
    /// when no decision tested this point.
    pub score: Option<u8>,
    /// Share of the decisions testing this point where the answer raised it.
    pub recommended_share: Option<f32>,
    /// Decisions that tested this point.
    pub decisions: usize,
    /// Raw total of the scores taken (the checker's bounds apply to it).
    pub raw_total: i32,
}

/// A protective step, done or missed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckpointResult {
    /// Index in the scenario's checkpoints.
    pub index: usize,
    /// Its id.
    pub id: String,
    /// Passed during the run.
    pub done: bool,
    /// Taken, missed, or not reached (the run stopped before any answer
    /// could take it): what presenters say, never a reproach for a step
    /// out of reach.
    pub reach: super::StepReach,
    /// Required on the way to a good ending.
    pub required: bool,
    /// Its short label.
    #[serde(skip)]
    pub label: Text,
    /// What it is for (shown when it was missed).
    #[serde(skip)]
    pub lesson: Text,
}

/// An inner thought of the young person, met on the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Thought {
    /// The beat it belongs to.
    pub beat: u32,
    /// That beat's id.
    pub beat_id: String,
    /// The thought.
    #[serde(skip)]
    pub text: Text,
}

/// The whole debrief.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Debrief {
    /// The ending and its lesson.
    #[serde(flatten)]
    pub ending: EndingReached,
    /// The five key points, in order.
    pub points: Vec<PointScore>,
    /// The protective checkpoints, in file order.
    pub checkpoints: Vec<CheckpointResult>,
    /// Ids of the "what to do next" sections, in the order to show them
    /// (the ending's urgent ones first).
    pub next_steps: Vec<String>,
    /// Share of all decisions that were good practice.
    pub recommended_share: Option<f32>,
    /// Every decision, in order.
    pub decisions: Vec<Decision>,
    /// The inner thoughts of the beats met, in order (each once).
    pub thoughts: Vec<Thought>,
    /// What decided the ending, in the order of the decisions.
    pub turning_points: Vec<super::TurningPoint>,
    /// What the last route tested that kept the run from a better ending
    /// (see [`Run::causes`]).
    pub causes: Vec<super::Cause>,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    got: i32,
    range: i32,
    tested: usize,
    raised: usize,
    raw: i32,
}

/// The profile on the five key points and the overall share of good
/// practice; cheap (no allocation), so simulations can call it per run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    /// The five key points, in [`KeyPoint::ALL`] order.
    pub points: [PointScore; 5],
    /// Share of all decisions that were good practice.
    pub recommended_share: Option<f32>,
}

impl Debrief {
    /// The 0–100 score of each key point, in [`KeyPoint::ALL`] order
    /// (`None`: not tested): what the history keeps and the radar draws.
    pub fn scores(&self) -> [Option<u8>; 5] {
        [0, 1, 2, 3, 4].map(|k| self.points.get(k).and_then(|p| p.score))
    }
}

impl Run {
    /// The profile of the decisions taken so far.
    pub fn profile(&self, scenario: &Scenario) -> Profile {
        let mut tallies = [Tally::default(); 5];
        let mut good = 0;
        let mut decisions = 0;
        for step in &self.steps {
            let beat = scenario.beat(step.shown.beat);
            if beat.choices[usize::from(step.choice)].continues {
                continue;
            }
            decisions += 1;
            let available = || {
                beat.choices
                    .iter()
                    .filter(|c| holds(c.when.as_ref(), &step.state))
                    .map(|c| c.scores)
            };
            let taken = beat.choices[usize::from(step.choice)].scores;
            good += usize::from(taken.is_recommended());
            for (k, tally) in tallies.iter_mut().enumerate() {
                if !available().any(|s| s.0[k].is_some()) {
                    continue;
                }
                let value = |s: Scores| i32::from(s.0[k].unwrap_or(0));
                let hi = available().map(value).max().unwrap_or(0);
                let lo = available().map(value).min().unwrap_or(0);
                let got = value(taken);
                tally.got += got - lo;
                tally.range += hi - lo;
                tally.tested += 1;
                tally.raised += usize::from(got > 0);
                tally.raw += got;
            }
        }
        Profile {
            points: KeyPoint::ALL.map(|point| {
                let t = &tallies[point.index()];
                PointScore {
                    point,
                    score: relative(t),
                    recommended_share: share(t.raised, t.tested),
                    decisions: t.tested,
                    raw_total: t.raw,
                }
            }),
            recommended_share: share(good, decisions),
        }
    }

    /// The debrief; only once the run has ended.
    pub fn debrief(&self, scenario: &Scenario) -> Result<Debrief, EngineError> {
        let ending = self.ending().ok_or(EngineError::NotEnded)?;
        let numbers = self.decision_numbers(scenario);
        let mut decisions = Vec::with_capacity(self.steps.len());
        let mut thoughts: Vec<Thought> = Vec::new();
        for (n, (step, number)) in self.steps.iter().zip(numbers).enumerate() {
            let beat = scenario.beat(step.shown.beat);
            if let Some(text) = &beat.thought
                && !thoughts.iter().any(|t| t.beat == step.shown.beat)
            {
                thoughts.push(Thought {
                    beat: step.shown.beat,
                    beat_id: beat.id.clone(),
                    text: text.clone(),
                });
            }
            let Some(number) = number else {
                continue;
            };
            let taken = beat.choices[usize::from(step.choice)].scores;
            let better = beat
                .choices
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    *i != usize::from(step.choice)
                        && c.scores.is_recommended()
                        && holds(c.when.as_ref(), &step.state)
                })
                .max_by_key(|(i, c)| (c.scores.total(), std::cmp::Reverse(*i)))
                .filter(|(_, c)| c.scores.total() > taken.total() || !taken.is_recommended())
                .map(|(i, c)| Alternative {
                    choice: i as u16,
                    choice_id: scenario.choice_id(step.shown.beat, i as u16),
                    text: c.text.clone(),
                    rationale: c.rationale.clone(),
                });
            decisions.push(Decision {
                number,
                step: n,
                beat: step.shown.beat,
                line_id: scenario.line_id(step.shown.beat, step.shown.variant),
                variant: step.shown.variant,
                choice: step.choice,
                choice_id: scenario.choice_id(step.shown.beat, step.choice),
                scores: taken.0,
                recommended: taken.is_recommended(),
                better,
            });
        }
        let profile = self.profile(scenario);
        let e = &scenario.endings[ending as usize];
        let lesson_index = e.lesson_for(&self.state);
        Ok(Debrief {
            ending: EndingReached {
                index: ending,
                id: e.id.clone(),
                outcome: e.kind,
                lesson_index,
                title: e.title.clone(),
                text: e.text.clone(),
                lesson: e.lesson(lesson_index).clone(),
            },
            points: profile.points.to_vec(),
            next_steps: scenario
                .next_steps(ending)
                .into_iter()
                .map(|s| s.id.clone())
                .collect(),
            checkpoints: scenario
                .checkpoints
                .iter()
                .zip(self.checkpoint_reach(scenario))
                .enumerate()
                .map(|(index, (c, reach))| CheckpointResult {
                    index,
                    id: c.id.clone(),
                    done: self.state[usize::from(c.slot)] != 0,
                    reach,
                    required: c.required,
                    label: c.label.clone(),
                    lesson: c.lesson.clone(),
                })
                .collect(),
            recommended_share: profile.recommended_share,
            decisions,
            thoughts,
            turning_points: self.turning_points(scenario),
            causes: self.causes(scenario),
        })
    }
}

/// 0–100; a point tested only where every answer scored the same counts as full marks.
fn relative(t: &Tally) -> Option<u8> {
    if t.tested == 0 {
        return None;
    }
    if t.range == 0 {
        return Some(100);
    }
    let pct = (f64::from(t.got) * 100.0 / f64::from(t.range)).round();
    Some(pct.clamp(0.0, 100.0) as u8)
}

fn share(part: usize, whole: usize) -> Option<f32> {
    (whole > 0).then(|| part as f32 / whole as f32)
}

#[cfg(test)]
mod tests;
