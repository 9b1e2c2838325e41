//! The spoken closing at the end of the debrief, assembled from recorded
//! parts (no speech synthesis): a few shared phrases, the ending's own
//! text, one sentence per key point, the checkpoints missed, and where to
//! find help. The engine chooses the parts from the debrief; their words
//! live in `i18n` and their voices beside the scenarios, so the screen and
//! the sound say the same thing.

use serde::Serialize;

use super::Debrief;
use crate::scenario::{KeyPoint, Scenario};

/// A key point at or above this score is said to have gone well.
pub const WENT_WELL: u8 = 70;

/// A phrase shared by every scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phrase {
    /// "End of the interview. Here is what matters."
    Intro,
    /// What went well on a key point.
    WentWell(KeyPoint),
    /// What to try next on a key point.
    TryNext(KeyPoint),
    /// "A protective step was missed:" before the missed checkpoints.
    Missed,
    /// Where to find help.
    Help,
    /// A word of care before leaving.
    Outro,
}

impl Phrase {
    /// Every phrase, in the order of the recording script.
    pub fn all() -> Vec<Phrase> {
        let mut all = vec![Phrase::Intro];
        for p in KeyPoint::ALL {
            all.push(Phrase::WentWell(p));
            all.push(Phrase::TryNext(p));
        }
        all.extend([Phrase::Missed, Phrase::Help, Phrase::Outro]);
        all
    }

    /// Its file stem under `closing/<lang>/` (`point-3-next`).
    pub fn stem(self) -> String {
        match self {
            Phrase::Intro => "intro".into(),
            Phrase::WentWell(p) => format!("point-{}-well", p.index() + 1),
            Phrase::TryNext(p) => format!("point-{}-next", p.index() + 1),
            Phrase::Missed => "missed".into(),
            Phrase::Help => "help".into(),
            Phrase::Outro => "outro".into(),
        }
    }

    /// Its line id (`closing/point-3-next`).
    pub fn line_id(self) -> String {
        format!("closing/{}", self.stem())
    }
}

/// One part of the closing, in the order it is said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "part", content = "of", rename_all = "kebab-case")]
pub enum ClosingPart {
    /// A shared phrase.
    Phrase(Phrase),
    /// The text of the ending reached (its index).
    Ending(u32),
    /// The label of a checkpoint missed (its index).
    Checkpoint(usize),
}

impl ClosingPart {
    /// Its line id: a shared phrase's (`closing/intro`) or the scenario's.
    pub fn line_id(self, scenario: &Scenario) -> String {
        match self {
            ClosingPart::Phrase(p) => p.line_id(),
            ClosingPart::Ending(e) => scenario.ending_line_id(e),
            ClosingPart::Checkpoint(i) => scenario.checkpoint_line_id(i),
        }
    }
}

/// The closing of a finished run. A key point "went well" only when its
/// score is high, some answer raised it *and* none lowered it, so that the
/// closing never praises what the trainee did not do; after an ending that is not good,
/// what to try comes before what went well.
pub fn closing(debrief: &Debrief) -> Vec<ClosingPart> {
    let mut parts = vec![
        ClosingPart::Phrase(Phrase::Intro),
        ClosingPart::Ending(debrief.ending.index),
    ];
    let lowered = |k: usize| (debrief.decisions.iter()).any(|d| d.scores[k].is_some_and(|s| s < 0));
    let (mut well, mut next) = (Vec::new(), Vec::new());
    for p in &debrief.points {
        let Some(score) = p.score else { continue };
        // Praise needs an answer that raised the point, and none that lowered it.
        let raised = p.recommended_share.is_some_and(|r| r > 0.0);
        if score >= WENT_WELL && raised && !lowered(p.point.index()) {
            well.push(ClosingPart::Phrase(Phrase::WentWell(p.point)));
        } else {
            next.push(ClosingPart::Phrase(Phrase::TryNext(p.point)));
        }
    }
    if debrief.ending.outcome.is_good() {
        parts.extend(well.into_iter().chain(next));
    } else {
        parts.extend(next.into_iter().chain(well));
    }
    let missed: Vec<ClosingPart> = debrief
        .checkpoints
        .iter()
        .filter(|c| !c.done)
        .map(|c| ClosingPart::Checkpoint(c.index))
        .collect();
    if !missed.is_empty() {
        parts.push(ClosingPart::Phrase(Phrase::Missed));
        parts.extend(missed);
    }
    parts.extend([
        ClosingPart::Phrase(Phrase::Help),
        ClosingPart::Phrase(Phrase::Outro),
    ]);
    parts
}
