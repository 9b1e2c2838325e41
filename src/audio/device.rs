//! The sound card, driven from a thread of its own: the window sends
//! commands and never waits for a file to open or a decoder to start.
//! rodio mixes on its own audio thread.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use super::{AudioError, Channel, Output};

enum Command {
    Start(Channel, PathBuf, bool, f32),
    Stop(Channel),
    Paused(Channel, bool),
    Volume(Channel, f32),
}

/// Per channel: nothing left to play, and starts sent but not yet taken
/// by the thread (a start in flight is never "done").
#[derive(Default)]
struct Flags {
    done: [AtomicBool; 2],
    pending: [AtomicUsize; 2],
    /// Files that would not play, until the window takes them.
    failures: std::sync::Mutex<Vec<AudioError>>,
}

/// The device's handle, owned by the window.
pub struct Device {
    commands: Sender<Command>,
    flags: Arc<Flags>,
}

/// Opens the default output on a new thread; the error when there is none.
pub fn open() -> Result<Device, AudioError> {
    let (commands, inbox) = channel();
    let (opened_tx, opened) = channel();
    let flags = Arc::new(Flags::default());
    let shared = Arc::clone(&flags);
    std::thread::Builder::new()
        .name("entretien-audio".into())
        .spawn(move || {
            // ALSA prints its own lines on stderr when there is no card; the
            // app says it once, in its own words.
            let quiet = gag::Gag::stderr().ok();
            let sink = rodio::DeviceSinkBuilder::open_default_sink();
            drop(quiet);
            match sink {
                Ok(mut sink) => {
                    sink.log_on_drop(false);
                    let _ = opened_tx.send(Ok(()));
                    serve(&sink, &inbox, &shared);
                }
                Err(e) => {
                    let _ = opened_tx.send(Err(AudioError::NoDevice(e.to_string())));
                }
            }
        })
        .map_err(|e| AudioError::NoDevice(e.to_string()))?;
    let result = opened
        .recv()
        .map_err(|e| AudioError::NoDevice(e.to_string()))?;
    result.map(|()| Device { commands, flags })
}

/// The thread's loop: one player per channel, replaced on each start.
fn serve(sink: &rodio::MixerDeviceSink, inbox: &Receiver<Command>, flags: &Flags) {
    let mut players: [Option<rodio::Player>; 2] = [None, None];
    loop {
        let mut started = None;
        // While something plays, wake to tell the window when it ends;
        // with nothing playing, sleep until asked.
        let playing = players.iter().flatten().any(|p| !p.empty());
        let asked = if playing {
            inbox.recv_timeout(Duration::from_millis(40))
        } else {
            inbox.recv().map_err(|_| RecvTimeoutError::Disconnected)
        };
        match asked {
            Ok(Command::Start(channel, file, looped, volume)) => {
                let i = channel.index();
                if let Some(old) = players[i].take() {
                    old.stop();
                }
                // A file that fails (even by a decoder's panic) is told to
                // the window; the thread, and the sound, go on.
                let played = super::decode_guarded(&file).and_then(|()| {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        start(sink, &file, looped, volume)
                    }))
                    .unwrap_or_else(|_| Err(failed(&file, "the decoder stopped")))
                });
                players[i] = match played {
                    Ok(player) => Some(player),
                    Err(e) => {
                        if let Ok(mut failures) = flags.failures.lock() {
                            failures.push(e);
                        }
                        None
                    }
                };
                started = Some(i);
            }
            Ok(Command::Stop(channel)) => {
                if let Some(old) = players[channel.index()].take() {
                    old.stop();
                }
            }
            Ok(Command::Paused(channel, paused)) => {
                if let Some(p) = &players[channel.index()] {
                    if paused { p.pause() } else { p.play() }
                }
            }
            Ok(Command::Volume(channel, volume)) => {
                if let Some(p) = &players[channel.index()] {
                    p.set_volume(volume);
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        for (i, flag) in flags.done.iter().enumerate() {
            let finished = players[i].as_ref().is_none_or(rodio::Player::empty);
            flag.store(finished, Ordering::SeqCst);
        }
        if let Some(i) = started {
            flags.pending[i].fetch_sub(1, Ordering::SeqCst);
        }
    }
}

fn failed(file: &Path, detail: &str) -> AudioError {
    AudioError::File {
        path: file.display().to_string(),
        detail: detail.to_owned(),
    }
}

fn start(
    sink: &rodio::MixerDeviceSink,
    file: &Path,
    looped: bool,
    volume: f32,
) -> Result<rodio::Player, AudioError> {
    let fail = |detail: String| AudioError::File {
        path: file.display().to_string(),
        detail,
    };
    let reader = std::io::BufReader::new(super::open_media(file)?);
    let player = rodio::Player::connect_new(sink.mixer());
    if looped {
        player.append(rodio::Decoder::new_looped(reader).map_err(|e| fail(e.to_string()))?);
    } else {
        player.append(rodio::Decoder::new(reader).map_err(|e| fail(e.to_string()))?);
    }
    player.set_volume(volume);
    Ok(player)
}

impl Output for Device {
    fn start(
        &mut self,
        channel: Channel,
        file: &Path,
        looped: bool,
        volume: f32,
    ) -> Result<(), AudioError> {
        self.flags.pending[channel.index()].fetch_add(1, Ordering::SeqCst);
        self.commands
            .send(Command::Start(channel, file.to_path_buf(), looped, volume))
            .map_err(|e| AudioError::NoDevice(e.to_string()))
    }

    fn stop(&mut self, channel: Channel) {
        let _ = self.commands.send(Command::Stop(channel));
    }

    fn set_paused(&mut self, channel: Channel, paused: bool) {
        let _ = self.commands.send(Command::Paused(channel, paused));
    }

    fn set_volume(&mut self, channel: Channel, volume: f32) {
        let _ = self.commands.send(Command::Volume(channel, volume));
    }

    fn is_done(&self, channel: Channel) -> bool {
        let i = channel.index();
        self.flags.pending[i].load(Ordering::SeqCst) == 0
            && self.flags.done[i].load(Ordering::SeqCst)
    }

    fn take_failures(&mut self) -> Vec<AudioError> {
        (self.flags.failures.lock()).map_or_else(|_| Vec::new(), |mut f| std::mem::take(&mut *f))
    }
}
