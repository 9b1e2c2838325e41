//! A decision of the room, how it was taken, and the votes at a beat.

use serde::{Deserialize, Serialize};

/// How the room's decision was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Followed {
    /// The answer with the most votes.
    Majority,
    /// Another answer than the majority, or one chosen with no majority.
    Other,
    /// A "Continuer" after narration (no vote).
    Continue,
    /// Taken on the way to a beat clicked on the branch map (no vote).
    Map,
}

/// One decision of the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomDecision {
    /// Beat index.
    pub beat: u32,
    /// The answers offered, in letter order (choice indices).
    pub offered: Vec<u16>,
    /// Votes per offered answer, in the same order.
    pub votes: Vec<u32>,
    /// Whether the scores had been revealed before the room went on.
    pub revealed: bool,
    /// The choice followed (index in the beat).
    pub choice: u16,
    /// How it was chosen.
    pub how: Followed,
}

impl RoomDecision {
    /// The answer the room's votes had a majority for, in letter order
    /// (a report tells "another answer" from "no majority" by it).
    pub fn majority(&self) -> Option<usize> {
        majority_of(&self.votes)
    }

    /// Whether the room is shown what this decision led to: a decision of
    /// the room's, not a "Continuer" nor a step on the map's way.
    pub fn shows_outcome(&self) -> bool {
        matches!(self.how, Followed::Majority | Followed::Other)
    }
}

/// The answer with strictly more votes than every other, if any.
pub(super) fn majority_of(votes: &[u32]) -> Option<usize> {
    let best = *votes.iter().max()?;
    let mut at = votes.iter().enumerate().filter(|(_, v)| **v == best);
    match (at.next(), at.next()) {
        (Some((n, _)), None) if best > 0 => Some(n),
        _ => None,
    }
}

/// The room's votes at a beat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Tally {
    pub(super) beat: Option<u32>,
    pub(super) offered: Vec<u16>,
    pub(super) votes: Vec<u32>,
    pub(super) revealed: bool,
}
