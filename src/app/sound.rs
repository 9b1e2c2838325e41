//! The app's sound: follows the effects of each command (a line shown, a
//! request from the trainee) and the screen (the room ambience plays during
//! an interview), says why there is none when there is no device, and
//! keeps what went wrong while playing for the settings.

use std::path::PathBuf;

use super::state::{AppState, Effect, Screen, SoundRequest};
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::audio::{
    AudioError, ClosingState, Controller, Opened, Output, PlaybackError, Waker, open_device_later,
};
use crate::engine::{ClosingPart, closing};
use crate::scenario::Lang;
use crate::scenario::media::builtin_audio;

/// The sound output and its rules, or why there is none.
pub struct Sound {
    controller: Result<Controller<dyn Output>, String>,
    /// The sound card being opened, off the window's first frame.
    opening: Option<Receiver<Opened>>,
}

/// What the settings show of the sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SoundStatus<'a> {
    /// The output, or why there is none.
    pub output: OutputStatus<'a>,
    /// What went wrong while playing, one per cause, oldest first.
    pub errors: &'a [PlaybackError],
}

/// The output as the settings say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputStatus<'a> {
    /// Still being opened (the first seconds).
    Opening,
    /// Playing through this card (`None`: the system gave no name).
    InUse(Option<&'a str>),
    /// No sound, for this reason (none found, or it stopped).
    Unavailable(&'a str),
}

impl Sound {
    /// The sound card, opened on a thread of its own (silent until it is
    /// ready); without one, one line on stderr and a silent app. `wake`
    /// brings the window back when the card opens or something fails.
    pub fn open(wake: Waker) -> Sound {
        Sound {
            opening: Some(open_device_later(wake)),
            ..Sound::silent(String::new())
        }
    }

    /// Sound through `out` (tests give a null output).
    pub fn with_output(out: Box<dyn Output>) -> Sound {
        Sound {
            controller: Ok(Controller::new(out)),
            opening: None,
        }
    }

    /// No sound, for `reason`.
    pub fn silent(reason: String) -> Sound {
        Sound {
            controller: Err(reason),
            opening: None,
        }
    }

    /// Why there is no sound, if there is none or no more (nothing while
    /// the card is still being opened).
    pub fn unavailable(&self) -> Option<&str> {
        match self.status().output {
            OutputStatus::Unavailable(why) => Some(why),
            OutputStatus::Opening | OutputStatus::InUse(_) => None,
        }
    }

    /// The output and what went wrong, for the settings.
    pub fn status(&self) -> SoundStatus<'_> {
        let output = match (&self.opening, &self.controller) {
            (Some(_), _) => OutputStatus::Opening,
            (None, Err(why)) => OutputStatus::Unavailable(why),
            (None, Ok(ctl)) => match ctl.lost() {
                Some(why) => OutputStatus::Unavailable(why),
                None => OutputStatus::InUse(ctl.output().device_name()),
            },
        };
        let errors = self.controller.as_ref().map_or(&[][..], Controller::errors);
        SoundStatus { output, errors }
    }

    /// Takes the card once it is open, or why there is none; `true` while
    /// it is still being opened.
    fn poll_opening(&mut self) -> bool {
        let Some(opening) = &self.opening else {
            return false;
        };
        let opened = match opening.try_recv() {
            Err(TryRecvError::Empty) => return true,
            Ok(opened) => opened,
            Err(TryRecvError::Disconnected) => {
                Err(AudioError::NoDevice("the sound thread stopped".into()))
            }
        };
        self.opening = None;
        self.controller = match opened {
            Ok(out) => Ok(Controller::new(out)),
            Err(e) => {
                eprintln!("entretien: {e}");
                Err(e.to_string())
            }
        };
        false
    }

    /// Where the closing is (`None` without sound).
    pub fn closing_state(&self) -> Option<ClosingState> {
        self.controller.as_ref().ok().map(Controller::closing_state)
    }

    /// What failed since the last call for a cause not told yet (the
    /// controller keeps them all for the settings).
    pub fn take_new_failures(&mut self) -> Vec<PlaybackError> {
        self.controller
            .as_mut()
            .map_or_else(|_| Vec::new(), Controller::take_new_failures)
    }

    /// The controller, when there is sound (tests look at its output).
    pub fn controller(&self) -> Option<&Controller<dyn Output>> {
        self.controller.as_ref().ok()
    }

    /// Reacts to what one command made happen.
    pub fn follow(&mut self, state: &AppState, effects: &[Effect]) {
        let Ok(ctl) = &mut self.controller else {
            return;
        };
        let lang = state.settings.lang;
        let shown: Vec<&str> = effects
            .iter()
            .filter_map(|e| match e {
                Effect::LineShown { id } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        if !shown.is_empty() {
            let files = match state.session() {
                Some((_, s)) => shown
                    .iter()
                    .filter_map(|id| s.voice(id, lang).map(PathBuf::from))
                    .collect(),
                None => Vec::new(),
            };
            ctl.lines(files);
        }
        for e in effects {
            match e {
                Effect::Sound(SoundRequest::ReplayLine) => ctl.replay(),
                Effect::Sound(SoundRequest::SkipLine) => ctl.skip(),
                Effect::Sound(SoundRequest::PlayClosing) => ctl.play_closing(closing_files(state)),
                Effect::Sound(SoundRequest::PauseClosing) => ctl.pause_closing(),
                Effect::Sound(SoundRequest::StopClosing) => ctl.stop_closing(),
                Effect::Sound(SoundRequest::ClearErrors) => ctl.clear_errors(),
                _ => {}
            }
        }
    }

    /// Once a frame: the settings, the ambience of the screen, the queue.
    /// `true` while something may still start (the frame should come back).
    pub fn frame(&mut self, state: &AppState) -> bool {
        if self.poll_opening() {
            return true;
        }
        let Ok(ctl) = &mut self.controller else {
            return false;
        };
        ctl.apply(&state.settings);
        let ambience = match (&state.screen, state.session()) {
            (Screen::Interview(_), Some((_, s))) => s.ambience.as_deref(),
            _ => None,
        };
        ctl.set_ambience(ambience);
        ctl.tick();
        ctl.busy()
    }
}

/// The voice files of the closing of the debrief on screen, in order.
fn closing_files(state: &AppState) -> Vec<PathBuf> {
    let (Screen::Debrief { debrief, .. }, Some((_, s))) = (&state.screen, state.session()) else {
        return Vec::new();
    };
    let lang = state.settings.lang;
    closing(debrief)
        .into_iter()
        .filter_map(|part| match part {
            ClosingPart::Phrase(p) => phrase_file(&p.stem(), lang),
            _ => s.voice(&part.line_id(s), lang).map(PathBuf::from),
        })
        .collect()
}

/// A shared phrase of the closing: `assets/audio/closing/<lang>/<stem>.ogg`.
fn phrase_file(stem: &str, lang: Lang) -> Option<PathBuf> {
    let file = builtin_audio()
        .join("closing")
        .join(lang.code())
        .join(format!("{stem}.ogg"));
    file.is_file().then_some(file)
}
