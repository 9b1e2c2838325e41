//! Lookups on a scenario: its items by index, and the stable ids of its
//! lines.

use super::{Beat, Character, Checkpoint, Choice, Line, Scenario, Speaker, Target};
use crate::scenario::Gender;
use crate::scenario::resources::{self, Section};

impl Scenario {
    /// Stable id of what a beat says: `scenario/beat` or `scenario/beat#variant`.
    pub fn line_id(&self, beat: u32, variant: u16) -> String {
        let b = self.beat(beat);
        let suffix = b.speech.as_ref().map(|s| s.suffix(variant));
        format!("{}/{}{}", self.meta.id, b.id, suffix.unwrap_or_default())
    }

    /// Stable id of a beat's narration: `scenario/beat/narration`.
    pub fn narration_id(&self, beat: u32) -> String {
        format!("{}/{}/narration", self.meta.id, self.beat(beat).id)
    }

    /// Stable id of a choice: `scenario/beat/choice`.
    pub fn choice_id(&self, beat: u32, choice: u16) -> String {
        let b = self.beat(beat);
        let key = b
            .choices
            .get(usize::from(choice))
            .map_or("?", |c| c.key.as_str());
        format!("{}/{}/{}", self.meta.id, b.id, key)
    }

    /// Stable id of a reply: `scenario/beat/choice/reply` or `…/reply#variant`.
    pub fn reply_id(&self, beat: u32, choice: u16, variant: u16) -> String {
        let suffix = self
            .choice(beat, choice)
            .and_then(|c| c.reply.as_ref())
            .map(|r| r.suffix(variant));
        format!(
            "{}/reply{}",
            self.choice_id(beat, choice),
            suffix.unwrap_or_default()
        )
    }

    /// Stable id of a checkpoint's label: `scenario/checkpoint/id`.
    pub fn checkpoint_line_id(&self, index: usize) -> String {
        let id = self.checkpoints.get(index).map_or("?", |c| c.id.as_str());
        format!("{}/checkpoint/{id}", self.meta.id)
    }

    /// Stable id of an ending's text: `scenario/ending`.
    pub fn ending_line_id(&self, ending: u32) -> String {
        format!("{}/{}", self.meta.id, self.endings[ending as usize].id)
    }

    /// The checkpoints passed between two states: not yet in `before`,
    /// passed in `after`.
    pub fn checkpoints_passed(&self, before: &[i32], after: &[i32]) -> Vec<&Checkpoint> {
        self.checkpoints
            .iter()
            .filter(|c| {
                let slot = usize::from(c.slot);
                before[slot] == 0 && after[slot] != 0
            })
            .collect()
    }

    /// The beat at `index` (indices come from this scenario).
    pub fn beat(&self, index: u32) -> &Beat {
        &self.beats[index as usize]
    }

    /// A choice of a beat, if the index exists.
    pub fn choice(&self, beat: u32, choice: u16) -> Option<&Choice> {
        self.beat(beat).choices.get(usize::from(choice))
    }

    /// The character who says `line`, `None` for narration.
    pub fn speaker(&self, line: &Line) -> Option<&Character> {
        match line.speaker {
            Speaker::Narrator => None,
            Speaker::Character(c) => self.characters.get(usize::from(c)),
        }
    }

    /// "What to do next" after `ending`: the sections it names first, then
    /// the scenario's own, then the built-in ones.
    pub fn next_steps(&self, ending: u32) -> Vec<&Section> {
        let first = &self.endings[ending as usize].resources_first;
        resources::ordered(first, &self.resources, resources::builtin())
    }

    /// The young person's grammatical gender.
    pub fn gender(&self) -> Gender {
        self.meta.young_person.gender
    }

    /// Id of a beat or ending.
    pub fn target_id(&self, target: Target) -> &str {
        match target {
            Target::Beat(b) => &self.beats[b as usize].id,
            Target::Ending(e) => &self.endings[e as usize].id,
        }
    }
}
