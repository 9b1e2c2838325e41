//! Optional sound: the voices of the lines, a room ambience, and the
//! spoken closing of the debrief. Nothing is ever carried by sound alone:
//! every line is also on screen.
//!
//! - [`Output`] is what plays files on two channels (voice, ambience):
//!   [`device::open`] gives the sound card on a thread of its own, so that
//!   opening and decoding never block a frame; [`NullOutput`] plays
//!   nothing and records what it was asked (tests, benchmarks, a machine
//!   without sound).
//! - [`Controller`] holds the rules: a new line stops the previous one,
//!   replay and skip, the ambience loop, the closing's play, pause and stop,
//!   the volumes.

mod controller;
#[cfg(feature = "audio")]
pub mod device;
mod error;
mod null;

use std::path::Path;
use std::sync::mpsc::Receiver;

pub use controller::{ClosingState, Controller};
pub use error::{AudioError, FileError, PlaybackError};
pub use null::{NullEvent, NullOutput};

/// Wakes the window from another thread (a repaint request), so that what
/// the device thread sends back is seen even when nothing moves on screen.
pub type Waker = std::sync::Arc<dyn Fn() + Send + Sync>;

/// The output once opened, or why there is none.
pub type Opened = Result<Box<dyn Output + Send>, AudioError>;

/// The two things that can sound at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// A line, or a part of the closing.
    Voice,
    /// The room ambience, looped.
    Ambience,
}

impl Channel {
    /// 0 for the voice, 1 for the ambience (per-channel arrays).
    pub fn index(self) -> usize {
        match self {
            Channel::Voice => 0,
            Channel::Ambience => 1,
        }
    }
}

/// Plays files. Starting a file on a channel replaces what it played.
pub trait Output {
    /// Starts `file` on `channel` at `volume` (0–1), looped or once.
    fn start(
        &mut self,
        channel: Channel,
        file: &Path,
        looped: bool,
        volume: f32,
    ) -> Result<(), PlaybackError>;
    /// Stops the channel.
    fn stop(&mut self, channel: Channel);
    /// Pauses or resumes the channel.
    fn set_paused(&mut self, channel: Channel, paused: bool);
    /// Changes the channel's volume.
    fn set_volume(&mut self, channel: Channel, volume: f32);
    /// The channel has nothing left to play.
    fn is_done(&self, channel: Channel) -> bool;
    /// What failed since the last call, for an output that plays on a
    /// thread of its own (a start returns before it knows).
    fn take_failures(&mut self) -> Vec<PlaybackError> {
        Vec::new()
    }
    /// The name of the sound card, when the system gives one.
    fn device_name(&self) -> Option<&str> {
        None
    }
}

/// Opens the default output on a thread of its own: the window does not
/// wait for the sound system (probing for a card takes a while, and longer
/// when there is none). The device, or why there is none, arrives on the
/// receiver, and `wake` is called when it does.
pub fn open_device_later(wake: Waker) -> Receiver<Opened> {
    let (send, opened) = std::sync::mpsc::channel();
    #[cfg(feature = "audio")]
    {
        if let Err(not_started) = device::open_later(send.clone(), wake) {
            // The receiver is in hand: this send cannot fail.
            let _ = send.send(Err(not_started));
        }
    }
    #[cfg(not(feature = "audio"))]
    {
        drop(wake);
        // The receiver is in hand: this send cannot fail.
        let _ = send.send(Err(AudioError::Disabled));
    }
    opened
}

pub use crate::limits::MEDIA_FILE_MAX_BYTES;

/// Opens a media file with the guards every file the app reads gets: a
/// regular file only (a pipe named `x.ogg` would block the reader
/// forever), of at most [`MEDIA_FILE_MAX_BYTES`].
pub fn open_media(file: &Path) -> Result<std::fs::File, FileError> {
    let fail = |detail: String| FileError {
        path: file.display().to_string(),
        detail,
    };
    let meta = std::fs::metadata(file).map_err(|e| fail(e.to_string()))?;
    if !meta.is_file() {
        return Err(fail(
            "not a regular file (a folder, a pipe or a device)".into(),
        ));
    }
    if meta.len() > MEDIA_FILE_MAX_BYTES {
        return Err(fail(format!(
            "{} bytes, more than the {MEDIA_FILE_MAX_BYTES} allowed",
            meta.len()
        )));
    }
    std::fs::File::open(file).map_err(|e| fail(e.to_string()))
}

/// Reads the first samples of `file`, as a player must before sound can
/// start: the cost a line pays between a choice and its voice.
pub fn decode_start(file: &Path) -> Result<(), FileError> {
    #[cfg(feature = "decode")]
    let fail = |detail: String| FileError {
        path: file.display().to_string(),
        detail,
    };
    let reader = open_media(file)?;
    #[cfg(feature = "decode")]
    {
        let mut decoder = rodio::Decoder::new(std::io::BufReader::new(reader))
            .map_err(|e| fail(e.to_string()))?;
        decoder
            .next()
            .map(|_| ())
            .ok_or_else(|| fail("no samples".into()))
    }
    #[cfg(not(feature = "decode"))]
    {
        drop(reader);
        Ok(())
    }
}

/// Decodes the head of every media file of `scenario`, as the player will:
/// the files that fail (a decoder's panic counts), with why.
pub fn undecodable(scenario: &crate::scenario::Scenario) -> Vec<(std::path::PathBuf, String)> {
    (scenario.media_files().into_iter())
        .filter_map(|file| match decode_guarded(&file) {
            Ok(()) => None,
            Err(e) => Some((file, e.to_string())),
        })
        .collect()
}

/// [`decode_start`], with a decoder's panic (a WAV whose sample rate is 0)
/// turned into an error: a bad file never takes the sound down.
pub fn decode_guarded(file: &Path) -> Result<(), FileError> {
    std::panic::catch_unwind(|| decode_start(file)).unwrap_or_else(|panic| {
        let detail = (panic.downcast_ref::<String>().cloned())
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "the decoder stopped".to_owned());
        Err(FileError {
            path: file.display().to_string(),
            detail,
        })
    })
}

/// Every voice and ambience file is decoded at its head, as the app will
/// play it: one that fails is reported (the app would play that line silent).
pub fn add_undecodable_media(report: &mut crate::scenario::check::Report) {
    let Some(scenario) = &report.scenario else {
        return;
    };
    for (file, detail) in undecodable(scenario) {
        let kind = crate::scenario::ProblemKind::AudioUndecodable {
            file: file.display().to_string(),
            detail,
        };
        (report.problems).push(crate::scenario::Problem::file(&report.file, kind));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe named like a voice would block the reader (the sound thread,
    /// or `check`) forever: it is refused before it is opened.
    #[cfg(unix)]
    #[test]
    fn a_pipe_named_like_a_voice_is_refused_not_waited_on() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let pipe = dir.path().join("line.ogg");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let Err(FileError { detail, .. }) = decode_guarded(&pipe) else {
            panic!("a pipe was decoded")
        };
        assert!(detail.contains("not a regular file"), "{detail}");
    }

    #[test]
    fn a_file_over_the_media_limit_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let big = dir.path().join("ambience.ogg");
        let file = std::fs::File::create(&big).unwrap_or_else(|e| panic!("{e}"));
        // Sparse: no disk space is used.
        file.set_len(MEDIA_FILE_MAX_BYTES + 1)
            .unwrap_or_else(|e| panic!("{e}"));
        let Err(FileError { detail, .. }) = open_media(&big) else {
            panic!("opened")
        };
        assert!(detail.contains("allowed"), "{detail}");
    }
}
