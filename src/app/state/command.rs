//! What screens ask for ([`Command`]) and what came of it ([`Effect`]).

use std::path::PathBuf;

use super::export::Export;
use super::fork::DebriefView;
use super::notice::Notice;
use super::workshop::WorkshopCommand;
use crate::engine::Mode;
use crate::store::Settings;

/// Everything a screen can ask for. Scenarios are named by id.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Back to the scenario cards.
    OpenLibrary,
    /// Past attempts.
    OpenHistory,
    /// Settings.
    OpenSettings,
    /// The briefing of a scenario.
    OpenBriefing(String),
    /// Practice or assessment for the next start.
    SetMode(Mode),
    /// Start the briefed scenario.
    Start,
    /// Resume the unfinished interview of a scenario.
    Resume(String),
    /// Take a choice (index in the beat).
    Choose(u16),
    /// Take back the last choice (practice only).
    Undo,
    /// Leave the interview; it is kept to resume.
    Quit,
    /// Play the same scenario again from the start.
    Replay,
    /// From the debrief: go back to before decision `n` (0-based).
    RetryFrom(usize),
    /// Show or hide the resources panel.
    ToggleResources,
    /// Show or hide the five key points' legend.
    ToggleLegend,
    /// Pause / step out of the interview, or come back.
    TogglePause,
    /// New settings.
    SetSettings(Settings),
    /// A scenario file dropped on the window.
    AddFile(PathBuf),
    /// Hide a notice.
    Dismiss(usize),
    /// Something for the sound to do (the state only passes it on).
    Sound(SoundRequest),
    /// The facilitator leads the workshop on screen.
    Workshop(WorkshopCommand),
    /// Export the debrief or the workshop on screen.
    Export(Export),
    /// A page of the debrief: the trainee's, the young person's side, or
    /// the comparison with the run a fork was played on from.
    ShowDebrief(DebriefView),
    /// From History: the debrief of the attempt with this id again,
    /// replayed from its record.
    OpenAttempt(String),
}

/// What the trainee can ask of the sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SoundRequest {
    /// Play the current line again (key R).
    ReplayLine,
    /// Stop the current line (key S).
    SkipLine,
    /// Play the debrief's spoken closing.
    PlayClosing,
    /// Pause or resume it.
    PauseClosing,
    /// Stop it.
    StopClosing,
    /// Forget the playback problems the settings list.
    ClearErrors,
}

/// What a command made happen, for whoever follows the app without
/// reaching into its state: sound, a second window.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// A line appeared (its id, as in the scenario's line ids).
    LineShown {
        /// Line id.
        id: String,
    },
    /// A protective checkpoint was passed.
    CheckpointReached {
        /// Checkpoint id.
        id: String,
    },
    /// A finished interview was added to the history.
    AttemptSaved {
        /// Scenario id.
        scenario: String,
        /// Ending id.
        ending: String,
    },
    /// A new notice is shown.
    NoticeRaised(Notice),
    /// The trainee asked something of the sound.
    Sound(SoundRequest),
    /// A workshop summary was written.
    SummaryWritten {
        /// The file.
        path: PathBuf,
    },
    /// The user asked to open this file with the system's application.
    OpenFile(PathBuf),
}
