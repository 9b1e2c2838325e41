//! What each mode allows. Screens and the CLI ask these rules instead of
//! testing the mode themselves.

use serde::{Deserialize, Serialize};

/// Practice gives feedback after each choice and allows undo; assessment
/// gives feedback only at the debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Mode {
    /// Entraînement.
    #[default]
    Practice,
    /// Évaluation.
    Assessment,
    /// Atelier: a facilitator plays the scenario with a room, which votes;
    /// scores appear when the facilitator reveals them.
    Workshop,
}

/// What a mode allows during the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Scores and rationale are shown right after each choice.
    pub feedback_each_choice: bool,
    /// The last answer can be taken back.
    pub undo: bool,
    /// The gauges (trust and the variables the scenario shows) are shown.
    pub gauges_visible: bool,
    /// A protective step passed is announced in the transcript.
    pub checkpoints_announced: bool,
}

impl Mode {
    /// The rules of this mode.
    pub fn rules(self) -> Rules {
        // The workshop reveals scores and goes back through its own
        // decisions ([`super::Workshop`]), not through these rules.
        let practice = self == Mode::Practice;
        Rules {
            feedback_each_choice: practice,
            undo: practice,
            gauges_visible: practice,
            checkpoints_announced: practice,
        }
    }
}
