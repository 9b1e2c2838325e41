//! What can go wrong with sound, in three types so that each caller meets
//! only the errors it can get: opening the output ([`AudioError`]), reading
//! one file ([`FileError`], what `check` reports too), and playing
//! ([`PlaybackError`], what the device thread sends back to the window).

/// Why there is no sound at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AudioError {
    /// Built without the `audio` feature.
    #[error("built without audio support")]
    Disabled,
    /// No output device could be opened.
    #[error("no audio output: {0}")]
    NoDevice(String),
}

/// A file that cannot be read or decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot play {path}: {detail}")]
pub struct FileError {
    /// The file.
    pub path: String,
    /// Why.
    pub detail: String,
}

/// Something that went wrong while playing; the app goes on, silent where
/// it must be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlaybackError {
    /// A voice or ambience file would not play; the others still do.
    #[error(transparent)]
    File(#[from] FileError),
    /// The output stopped working (unplugged, the sound server gone, the
    /// sound thread stopped): nothing plays any more.
    #[error("the audio output stopped: {0}")]
    DeviceLost(String),
    /// The output stumbled and went on (a buffer ran dry, the route
    /// changed): a moment of sound may have been lost.
    #[error("the audio output faltered: {0}")]
    DeviceFaltered(String),
}

impl PlaybackError {
    /// Two errors of the same cause (the same file, or the device) are
    /// kept once and told once: a voice replayed ten times fails ten times.
    pub fn same_cause(&self, other: &PlaybackError) -> bool {
        match (self, other) {
            (PlaybackError::File(a), PlaybackError::File(b)) => a.path == b.path,
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}
