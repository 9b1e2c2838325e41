//! An output that plays nothing: it opens and starts decoding each file
//! (so a missing or broken file fails as it would on a device), records
//! every call, and says a channel is done only when told.

use std::path::{Path, PathBuf};

use super::{Channel, Output, PlaybackError, decode_guarded};

/// A call made to a [`NullOutput`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullEvent {
    /// `start`.
    Start {
        /// Channel.
        channel: Channel,
        /// File.
        file: PathBuf,
        /// Looped.
        looped: bool,
        /// Volume.
        volume: f32,
    },
    /// `stop`.
    Stop(Channel),
    /// `set_paused`.
    Paused(Channel, bool),
    /// `set_volume`.
    Volume(Channel, f32),
}

/// Plays nothing, remembers everything.
#[derive(Debug, Default)]
pub struct NullOutput {
    /// Every call, in order.
    pub events: Vec<NullEvent>,
    playing: [bool; 2],
    /// Failures to hand over, as a device thread would.
    failures: Vec<PlaybackError>,
}

impl NullOutput {
    /// The file on `channel` comes to its end.
    pub fn finish(&mut self, channel: Channel) {
        self.playing[channel.index()] = false;
    }

    /// Hands `failure` over at the next take, as a device thread sends
    /// what goes wrong while playing (a card unplugged).
    pub fn fail_later(&mut self, failure: PlaybackError) {
        self.failures.push(failure);
    }
}

impl Output for NullOutput {
    fn start(
        &mut self,
        channel: Channel,
        file: &Path,
        looped: bool,
        volume: f32,
    ) -> Result<(), PlaybackError> {
        decode_guarded(file)?;
        self.playing[channel.index()] = true;
        self.events.push(NullEvent::Start {
            channel,
            file: file.to_path_buf(),
            looped,
            volume,
        });
        Ok(())
    }

    fn stop(&mut self, channel: Channel) {
        self.playing[channel.index()] = false;
        self.events.push(NullEvent::Stop(channel));
    }

    fn set_paused(&mut self, channel: Channel, paused: bool) {
        self.events.push(NullEvent::Paused(channel, paused));
    }

    fn set_volume(&mut self, channel: Channel, volume: f32) {
        self.events.push(NullEvent::Volume(channel, volume));
    }

    fn is_done(&self, channel: Channel) -> bool {
        !self.playing[channel.index()]
    }

    fn take_failures(&mut self) -> Vec<PlaybackError> {
        std::mem::take(&mut self.failures)
    }
}
