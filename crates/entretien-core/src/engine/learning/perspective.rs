//! The young person's side of a run (the perspective swap): at each of
//! the trainee's answers, what she or he had just said and was thinking,
//! the answer, how trust and every visible stake moved, and the reply.
//! Resolved in both languages, so presenters pick theirs.

use serde::Serialize;

use crate::engine::Run;
use crate::engine::gauges::TRUST;
use crate::scenario::{Scenario, Text};

/// A visible stake (trust, or a variable the scenario shows) around one
/// answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stake {
    /// The variable's id.
    pub id: String,
    /// The scenario's name for it; `None` for trust without one (the
    /// presenter names it).
    #[serde(skip)]
    pub label: Option<Text>,
    /// It is the young person's trust.
    pub trust: bool,
    /// Its value when the answer was given.
    pub before: i32,
    /// Its value just after.
    pub after: i32,
    /// Lowest value.
    pub min: i32,
    /// Highest value.
    pub max: i32,
}

/// One answer of the trainee's, seen from the young person's side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Moment {
    /// The decision's number (see [`Run::decision_numbers`]).
    pub number: u32,
    /// The beat's id.
    pub beat_id: String,
    /// What the young person had just said (`None`: narration only).
    #[serde(skip)]
    pub said: Option<Text>,
    /// What she or he was thinking then, when the scenario says.
    #[serde(skip)]
    pub thought: Option<Text>,
    /// The trainee's answer.
    #[serde(skip)]
    pub answer: Text,
    /// The answer's stable id.
    pub choice_id: String,
    /// Trust first, then the other visible stakes, in file order.
    pub stakes: Vec<Stake>,
    /// The young person's reply, when the answer has one.
    #[serde(skip)]
    pub reply: Option<Text>,
}

impl Run {
    /// Every decision of the run ("Continuer" left out), from the young
    /// person's side.
    pub fn perspective(&self, scenario: &Scenario) -> Vec<Moment> {
        let numbers = self.decision_numbers(scenario);
        let steps = self.steps();
        steps
            .iter()
            .enumerate()
            .filter_map(|(i, step)| {
                let number = numbers.get(i).copied().flatten()?;
                let beat = scenario.beat(step.shown.beat);
                let choice = &beat.choices[usize::from(step.choice)];
                let after = steps.get(i + 1).map_or(self.state(), |s| &s.state);
                Some(Moment {
                    number,
                    beat_id: beat.id.clone(),
                    said: beat
                        .speech
                        .as_ref()
                        .map(|s| s.line(step.shown.variant).text.clone()),
                    thought: beat.thought.clone(),
                    answer: choice.text.clone(),
                    choice_id: scenario.choice_id(step.shown.beat, step.choice),
                    stakes: stakes(scenario, &step.state, after),
                    reply: choice
                        .reply
                        .as_ref()
                        .map(|r| r.line(step.reply).text.clone()),
                })
            })
            .collect()
    }
}

/// Trust, then every variable the scenario shows, before and after.
fn stakes(scenario: &Scenario, before: &[i32], after: &[i32]) -> Vec<Stake> {
    let mut stakes: Vec<Stake> = scenario
        .slots
        .iter()
        .enumerate()
        .filter(|(_, def)| !def.is_flag && (def.shown.is_some() || def.id == TRUST))
        .map(|(i, def)| Stake {
            id: def.id.clone(),
            label: def.shown.clone(),
            trust: def.id == TRUST,
            before: before[i],
            after: after[i],
            min: def.min,
            max: def.max,
        })
        .collect();
    stakes.sort_by_key(|s| !s.trust);
    stakes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::template;

    #[test]
    fn each_answer_shows_what_was_said_thought_and_how_trust_moved() {
        let s = template();
        let mut run = Run::new(&s, 1);
        run.choose(&s, "cadre").unwrap();
        let moments = run.perspective(&s);
        assert_eq!(moments.len(), 1);
        let m = &moments[0];
        assert_eq!(m.number, 1);
        let first = s.beat(run.steps()[0].shown.beat);
        assert_eq!(m.beat_id, first.id);
        assert_eq!(m.thought, first.thought);
        assert_eq!(m.answer, first.choices[0].text);
        let trust = &m.stakes[0];
        assert!(trust.trust);
        assert_eq!((trust.before, trust.after), (3, 5));
    }
}
