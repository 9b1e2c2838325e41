//! Optional sound: voice lines and end-of-run audio through rodio.
//!
//! A machine without a sound card (or a build without the `audio` feature)
//! gets an error here; the app then runs silent and says so.

use std::path::Path;

/// Why there is no sound.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    /// Built without the `audio` feature.
    #[error("built without audio support")]
    Disabled,
    /// No output device could be opened.
    #[error("no audio output: {0}")]
    NoDevice(String),
    /// A file could not be read or decoded.
    #[error("cannot play {path}: {detail}")]
    File {
        /// The file.
        path: String,
        /// Why.
        detail: String,
    },
}

/// An open audio output.
pub struct Audio {
    #[cfg(feature = "audio")]
    sink: rodio::MixerDeviceSink,
    #[cfg(feature = "audio")]
    player: Option<rodio::Player>,
}

impl Audio {
    /// Opens the default output device.
    #[cfg(feature = "audio")]
    pub fn open() -> Result<Audio, AudioError> {
        // ALSA prints its own lines on stderr when there is no card; the
        // app says it once, in its own words.
        let quiet = gag::Gag::stderr().ok();
        let opened = rodio::DeviceSinkBuilder::open_default_sink();
        drop(quiet);
        let mut sink = opened.map_err(|e| AudioError::NoDevice(e.to_string()))?;
        sink.log_on_drop(false);
        Ok(Audio { sink, player: None })
    }

    /// Without the `audio` feature there is never a device.
    #[cfg(not(feature = "audio"))]
    pub fn open() -> Result<Audio, AudioError> {
        Err(AudioError::Disabled)
    }

    /// Plays a file at `volume` (0–1), stopping what was playing.
    #[cfg(feature = "audio")]
    pub fn play_file(&mut self, path: &Path, volume: f32) -> Result<(), AudioError> {
        let fail = |detail: String| AudioError::File {
            path: path.display().to_string(),
            detail,
        };
        let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
        let player = rodio::play(self.sink.mixer(), std::io::BufReader::new(file))
            .map_err(|e| fail(e.to_string()))?;
        player.set_volume(volume);
        self.player = Some(player);
        Ok(())
    }

    /// Without the `audio` feature nothing plays.
    #[cfg(not(feature = "audio"))]
    pub fn play_file(&mut self, _path: &Path, _volume: f32) -> Result<(), AudioError> {
        Err(AudioError::Disabled)
    }
}
