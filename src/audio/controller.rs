//! The rules of sound, whatever plays it: a line that appears replaces the
//! one playing (and stops the closing), the trainee can replay or skip it,
//! the ambience loops under everything at its own volume, and the closing
//! plays its parts one after the other until it ends, is paused or stopped.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use super::{Channel, Output, PlaybackError};
use crate::store::Settings;

/// Where the closing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosingState {
    /// Not playing.
    Stopped,
    /// Playing part `n` (0-based).
    Playing(usize),
    /// Paused on part `n`.
    Paused(usize),
}

/// Sound on and its volumes, as the settings say.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Levels {
    on: bool,
    voice: f32,
    ambience: Option<f32>,
}

/// Drives an [`Output`].
pub struct Controller<O: Output + ?Sized> {
    out: Box<O>,
    levels: Levels,
    /// The last line started (replay plays it again).
    line: Option<PathBuf>,
    /// Lines that appeared together (a reply, then the next line), each
    /// waiting for the one before to end.
    pending: VecDeque<PathBuf>,
    ambience: Option<PathBuf>,
    closing: Vec<PathBuf>,
    closing_state: ClosingState,
    /// Starts refused at once, until [`Controller::take_new_failures`].
    refused: Vec<PlaybackError>,
    /// What went wrong, one per cause (a file, the device), oldest
    /// first, until cleared: the settings list them for the trainer.
    errors: Vec<PlaybackError>,
    /// Why the output stopped for good, once it says so: nothing is
    /// driven any more (a line would wait forever for its end).
    lost: Option<String>,
}

/// Errors kept for the settings; older ones make way (a scenario whose
/// voices are all missing would fill the screen).
const KEPT_ERRORS_MAX: usize = 8;

impl<O: Output + ?Sized> Controller<O> {
    /// A controller over `out`, silent until settings are applied.
    pub fn new(out: Box<O>) -> Controller<O> {
        Controller {
            out,
            levels: Levels {
                on: false,
                voice: 0.0,
                ambience: None,
            },
            line: None,
            pending: VecDeque::new(),
            ambience: None,
            closing: Vec::new(),
            closing_state: ClosingState::Stopped,
            refused: Vec::new(),
            errors: Vec::new(),
            lost: None,
        }
    }

    /// The output (tests look at what it was asked).
    pub fn output(&self) -> &O {
        &self.out
    }

    /// The output, to change (tests end a file).
    pub fn output_mut(&mut self) -> &mut O {
        &mut self.out
    }

    /// Follows the settings: sound on or off, volumes, ambience on or off.
    pub fn apply(&mut self, settings: &Settings) {
        let levels = Levels {
            on: settings.audio_on,
            voice: settings.volume,
            ambience: settings.ambience_on.then_some(settings.ambience_volume),
        };
        if levels == self.levels {
            return;
        }
        let was = std::mem::replace(&mut self.levels, levels);
        if !levels.on {
            self.out.stop(Channel::Voice);
            self.out.stop(Channel::Ambience);
            self.closing_state = ClosingState::Stopped;
            return;
        }
        if was.voice != levels.voice {
            self.out.set_volume(Channel::Voice, levels.voice);
        }
        let ambience_changed =
            was.on != levels.on || was.ambience.is_some() != levels.ambience.is_some();
        match levels.ambience {
            Some(_) if ambience_changed => self.start_ambience(),
            Some(v) if was.ambience != Some(v) => self.out.set_volume(Channel::Ambience, v),
            None if ambience_changed => self.out.stop(Channel::Ambience),
            _ => {}
        }
    }

    /// Lines appeared (those with a voice, in order): they replace
    /// whatever voice plays, the closing included, and play one after the
    /// other. None at all silences the previous line all the same.
    pub fn lines(&mut self, files: Vec<PathBuf>) {
        self.closing_state = ClosingState::Stopped;
        self.pending = files.into();
        let first = self.pending.pop_front();
        self.line.clone_from(&first);
        self.play_voice(first);
    }

    /// Plays the last line again (key R).
    pub fn replay(&mut self) {
        self.closing_state = ClosingState::Stopped;
        self.play_voice(self.line.clone());
    }

    /// Stops the voice (key S) and goes on to the next line or closing
    /// part, if any.
    pub fn skip(&mut self) {
        match self.closing_state {
            ClosingState::Playing(n) | ClosingState::Paused(n) => self.closing_part(n + 1),
            ClosingState::Stopped => match self.pending.pop_front() {
                Some(next) => {
                    self.line = Some(next.clone());
                    self.play_voice(Some(next));
                }
                None => self.out.stop(Channel::Voice),
            },
        }
    }

    /// The room ambience of the scenario on screen (`None`: none).
    pub fn set_ambience(&mut self, file: Option<&Path>) {
        if self.ambience.as_deref() == file {
            return;
        }
        self.ambience = file.map(Path::to_path_buf);
        self.start_ambience();
    }

    fn start_ambience(&mut self) {
        match (&self.ambience, self.levels.ambience) {
            (Some(file), Some(volume)) if self.levels.on => {
                let file = file.clone();
                self.report(|out| out.start(Channel::Ambience, &file, true, volume));
            }
            _ => self.out.stop(Channel::Ambience),
        }
    }

    /// Plays the closing's parts in order (a part without a file is
    /// passed over: its words are on screen).
    pub fn play_closing(&mut self, files: Vec<PathBuf>) {
        self.pending.clear();
        self.closing = files;
        self.closing_part(0);
    }

    /// Pauses or resumes the closing.
    pub fn pause_closing(&mut self) {
        self.closing_state = match self.closing_state {
            ClosingState::Playing(n) => {
                self.out.set_paused(Channel::Voice, true);
                ClosingState::Paused(n)
            }
            ClosingState::Paused(n) => {
                self.out.set_paused(Channel::Voice, false);
                ClosingState::Playing(n)
            }
            ClosingState::Stopped => ClosingState::Stopped,
        };
    }

    /// Stops the closing.
    pub fn stop_closing(&mut self) {
        if self.closing_state != ClosingState::Stopped {
            self.out.stop(Channel::Voice);
        }
        self.closing_state = ClosingState::Stopped;
    }

    /// Something plays or waits to play (the window keeps its frames
    /// coming so that the next part starts on time).
    pub fn busy(&self) -> bool {
        self.lost.is_none()
            && (self.closing_state != ClosingState::Stopped || !self.pending.is_empty())
    }

    /// The last line started (what R plays again).
    pub fn current_line(&self) -> Option<&Path> {
        self.line.as_deref()
    }

    /// Where the closing is.
    pub fn closing_state(&self) -> ClosingState {
        self.closing_state
    }

    /// Called once a frame: a line or closing part that ended gives way
    /// to the next.
    pub fn tick(&mut self) {
        if self.lost.is_some() || !self.out.is_done(Channel::Voice) {
            return;
        }
        match self.closing_state {
            ClosingState::Playing(n) => self.closing_part(n + 1),
            ClosingState::Paused(_) => {}
            ClosingState::Stopped => {
                if let Some(next) = self.pending.pop_front() {
                    self.line = Some(next.clone());
                    self.play_voice(Some(next));
                }
            }
        }
    }

    fn closing_part(&mut self, n: usize) {
        if !self.levels.on || n >= self.closing.len() {
            self.stop_closing();
            return;
        }
        self.closing_state = ClosingState::Playing(n);
        let file = self.closing[n].clone();
        self.play_voice(Some(file));
    }

    fn play_voice(&mut self, file: Option<PathBuf>) {
        let volume = self.levels.voice;
        match file {
            Some(file) if self.levels.on => {
                self.report(|out| out.start(Channel::Voice, &file, false, volume));
            }
            _ => self.out.stop(Channel::Voice),
        }
    }

    fn report(&mut self, play: impl FnOnce(&mut O) -> Result<(), PlaybackError>) {
        if let Err(e) = play(&mut *self.out) {
            self.refused.push(e);
        }
    }

    /// Takes what failed since the last call (here and on the output's
    /// thread) into the kept errors; returns those of a cause not kept
    /// yet, so that each file is told once, however often it fails.
    pub fn take_new_failures(&mut self) -> Vec<PlaybackError> {
        let mut arrived = std::mem::take(&mut self.refused);
        arrived.extend(self.out.take_failures());
        let mut new = Vec::new();
        for failure in arrived {
            if let PlaybackError::DeviceLost(why) = &failure {
                self.lost = Some(why.clone());
                self.pending.clear();
                self.closing_state = ClosingState::Stopped;
            }
            match self.errors.iter().position(|e| e.same_cause(&failure)) {
                Some(i) => {
                    self.errors.remove(i);
                }
                None => new.push(failure.clone()),
            }
            self.errors.push(failure);
        }
        let over = self.errors.len().saturating_sub(KEPT_ERRORS_MAX);
        self.errors.drain(..over);
        new
    }

    /// What went wrong, one per cause, oldest first (newest last).
    pub fn errors(&self) -> &[PlaybackError] {
        &self.errors
    }

    /// Forgets the kept errors: a file that fails again is told again.
    pub fn clear_errors(&mut self) {
        self.errors.clear();
    }

    /// Why the output stopped for good, if it did.
    pub fn lost(&self) -> Option<&str> {
        self.lost.as_deref()
    }
}

#[cfg(test)]
mod tests;
