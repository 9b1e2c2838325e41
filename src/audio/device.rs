//! The sound card, driven from a thread of its own: the window sends
//! commands and never waits for a file to open or a decoder to start.
//! rodio mixes on its own audio thread. What goes wrong on either thread (a
//! file that will not play, a card that stops or stumbles) comes back on a
//! channel, and the window is woken to take it: nothing is dropped there.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use rodio::cpal::traits::HostTrait as _;
use rodio::mixer::Mixer;
use rodio::{DeviceTrait as _, MixerDeviceSink};

use super::{AudioError, Channel, FileError, Opened, Output, PlaybackError, Waker};

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
}

/// Sends what failed back to the window and wakes it. Cloned into rodio's
/// stream error callback, which runs on the audio thread.
#[derive(Clone)]
struct Teller {
    failures: Sender<PlaybackError>,
    wake: Waker,
}

impl Teller {
    fn tell(&self, failure: PlaybackError) {
        // A send fails only once the window dropped the device: then
        // there is no one to tell, nor to wake.
        if self.failures.send(failure).is_ok() {
            (self.wake)();
        }
    }
}

/// The device's handle, owned by the window.
pub struct Device {
    commands: Sender<Command>,
    flags: Arc<Flags>,
    failures: Receiver<PlaybackError>,
    /// A command found the thread gone (said once).
    thread_stopped: bool,
    /// Failures found here, not on the thread.
    found_here: Vec<PlaybackError>,
    name: Option<String>,
}

/// The thread's end of a [`Device`].
struct Server {
    inbox: Receiver<Command>,
    flags: Arc<Flags>,
    teller: Teller,
}

fn pair(wake: Waker) -> (Device, Server) {
    let (commands, inbox) = channel();
    let (failures_tx, failures) = channel();
    let flags = Arc::new(Flags::default());
    let device = Device {
        commands,
        flags: Arc::clone(&flags),
        failures,
        thread_stopped: false,
        found_here: Vec::new(),
        name: None,
    };
    let teller = Teller {
        failures: failures_tx,
        wake,
    };
    let server = Server {
        inbox,
        flags,
        teller,
    };
    (device, server)
}

/// Opens the default output on a new thread, which then serves it; the
/// device, or why there is none, is sent on `opened` (and `wake` called).
/// The error when the thread cannot start.
pub fn open_later(opened: Sender<Opened>, wake: Waker) -> Result<(), AudioError> {
    std::thread::Builder::new()
        .name("entretien-audio".into())
        .spawn(move || {
            let (mut device, server) = pair(Arc::clone(&wake));
            // ALSA prints its own lines on stderr when there is no card; the
            // app says it once, in its own words. Without the gag (stderr
            // already taken) those lines print: harmless, so not an error.
            let quiet = gag::Gag::stderr().ok();
            let sink = open_sink(&server.teller);
            drop(quiet);
            match sink {
                Ok((mut sink, name)) => {
                    sink.log_on_drop(false);
                    device.name = name;
                    // The window closed before the card opened: no one to
                    // play for, the thread ends and the card closes.
                    if opened.send(Ok(Box::new(device))).is_ok() {
                        wake();
                        server.serve(sink.mixer());
                    }
                }
                Err(why) => {
                    // A window closed meanwhile has no one to tell.
                    if opened.send(Err(why)).is_ok() {
                        wake();
                    }
                }
            }
        })
        .map(drop)
        .map_err(|e| AudioError::NoDevice(e.to_string()))
}

/// The default output, or the first other that opens (as rodio's
/// `open_default_sink`), with its name; its stream errors go to `teller`.
fn open_sink(teller: &Teller) -> Result<(MixerDeviceSink, Option<String>), AudioError> {
    let host = rodio::cpal::default_host();
    let mut first_error = None;
    let others = match host.output_devices() {
        Ok(devices) => Some(devices.filter(|d| {
            // rodio skips the "null" driver: it swallows sound silently.
            (d.description()).is_ok_and(|desc| desc.driver().is_some_and(|drv| drv != "null"))
        })),
        Err(e) => {
            first_error = Some(e.to_string());
            None
        }
    };
    for device in host
        .default_output_device()
        .into_iter()
        .chain(others.into_iter().flatten())
    {
        // A card without a name is still a card: the settings say "default".
        let name = device.description().ok().map(|d| d.name().to_owned());
        let opened = rodio::DeviceSinkBuilder::from_device(device).and_then(|builder| {
            (builder.with_error_callback(stream_error_handler(teller.clone())))
                .open_sink_or_fallback()
        });
        match opened {
            Ok(sink) => return Ok((sink, name)),
            Err(e) => {
                first_error.get_or_insert_with(|| e.to_string());
            }
        }
    }
    let why = first_error.unwrap_or_else(|| "no output device".to_owned());
    Err(AudioError::NoDevice(why))
}

/// What rodio's stream reports while playing: a stumble it survives, or a
/// card that is gone.
fn stream_error_handler(teller: Teller) -> impl FnMut(rodio::CpalError) + Clone + Send + 'static {
    use rodio::CpalErrorKind as Kind;
    move |e| {
        let detail = e.to_string();
        teller.tell(match e.kind() {
            Kind::Xrun | Kind::RealtimeDenied | Kind::DeviceChanged | Kind::DeviceBusy => {
                PlaybackError::DeviceFaltered(detail)
            }
            _ => PlaybackError::DeviceLost(detail),
        });
    }
}

impl Server {
    /// The thread's loop: one player per channel, replaced on each start.
    fn serve(&self, mixer: &Mixer) {
        let mut players: [Option<rodio::Player>; 2] = [None, None];
        loop {
            let mut started = None;
            // While something plays, wake to tell the window when it ends;
            // with nothing playing, sleep until asked.
            let playing = players.iter().flatten().any(|p| !p.empty());
            let asked = if playing {
                self.inbox.recv_timeout(Duration::from_millis(40))
            } else {
                (self.inbox.recv()).map_err(|_| RecvTimeoutError::Disconnected)
            };
            match asked {
                Ok(Command::Start(channel, file, looped, volume)) => {
                    let i = channel.index();
                    if let Some(old) = players[i].take() {
                        old.stop();
                    }
                    // A file that fails (even by a decoder's panic) is told
                    // to the window; the thread, and the sound, go on.
                    match play_guarded(mixer, &file, looped, volume) {
                        Ok(player) => players[i] = Some(player),
                        Err(e) => self.teller.tell(e.into()),
                    }
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
            for (i, flag) in self.flags.done.iter().enumerate() {
                let finished = players[i].as_ref().is_none_or(rodio::Player::empty);
                flag.store(finished, Ordering::SeqCst);
            }
            if let Some(i) = started {
                self.flags.pending[i].fetch_sub(1, Ordering::SeqCst);
            }
        }
    }
}

/// Checks the file's head, then plays it; a decoder's panic is an error.
fn play_guarded(
    mixer: &Mixer,
    file: &Path,
    looped: bool,
    volume: f32,
) -> Result<rodio::Player, FileError> {
    super::decode_guarded(file)?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        play(mixer, file, looped, volume)
    }))
    .unwrap_or_else(|_| {
        Err(FileError {
            path: file.display().to_string(),
            detail: "the decoder stopped".to_owned(),
        })
    })
}

fn play(mixer: &Mixer, file: &Path, looped: bool, volume: f32) -> Result<rodio::Player, FileError> {
    let fail = |detail: String| FileError {
        path: file.display().to_string(),
        detail,
    };
    let reader = std::io::BufReader::new(super::open_media(file)?);
    let player = rodio::Player::connect_new(mixer);
    if looped {
        player.append(rodio::Decoder::new_looped(reader).map_err(|e| fail(e.to_string()))?);
    } else {
        player.append(rodio::Decoder::new(reader).map_err(|e| fail(e.to_string()))?);
    }
    player.set_volume(volume);
    Ok(player)
}

impl Device {
    /// Sends `command`; a thread that is gone (it ends only if it
    /// panicked) is told once, as a lost device.
    fn send(&mut self, command: Command) -> bool {
        let sent = self.commands.send(command).is_ok();
        if !sent && !self.thread_stopped {
            self.thread_stopped = true;
            let gone = PlaybackError::DeviceLost("the sound thread stopped".into());
            self.found_here.push(gone);
        }
        sent
    }
}

impl Output for Device {
    fn start(
        &mut self,
        channel: Channel,
        file: &Path,
        looped: bool,
        volume: f32,
    ) -> Result<(), PlaybackError> {
        let i = channel.index();
        self.flags.pending[i].fetch_add(1, Ordering::SeqCst);
        if !self.send(Command::Start(channel, file.to_path_buf(), looped, volume)) {
            self.flags.pending[i].fetch_sub(1, Ordering::SeqCst);
        }
        Ok(())
    }

    fn stop(&mut self, channel: Channel) {
        self.send(Command::Stop(channel));
    }

    fn set_paused(&mut self, channel: Channel, paused: bool) {
        self.send(Command::Paused(channel, paused));
    }

    fn set_volume(&mut self, channel: Channel, volume: f32) {
        self.send(Command::Volume(channel, volume));
    }

    fn is_done(&self, channel: Channel) -> bool {
        let i = channel.index();
        self.flags.pending[i].load(Ordering::SeqCst) == 0
            && self.flags.done[i].load(Ordering::SeqCst)
    }

    fn take_failures(&mut self) -> Vec<PlaybackError> {
        let mut all = std::mem::take(&mut self.found_here);
        all.extend(self.failures.try_iter());
        all
    }

    fn device_name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

#[cfg(test)]
mod tests;
