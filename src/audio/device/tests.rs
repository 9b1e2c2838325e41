//! The device thread without a sound card: the same loop, serving a mixer
//! that no card pulls from (there is none here, nor in CI). What fails on
//! the thread must reach the window, and the window must be woken for it.

use std::num::NonZero;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use super::*;
use crate::audio::Controller;
use crate::i18n::sound::playback_error_words;
use crate::scenario::Lang;
use crate::store::Settings;

/// How long a failure may take to come back before the test fails (a
/// loaded machine is slow; a lost failure never comes).
const WAIT: Duration = Duration::from_secs(20);

/// A device served on its own thread over a mixer without a card, and
/// the channel its waker rings.
fn device_without_card() -> (Device, Receiver<()>) {
    let (rang, woken) = channel();
    let wake: Waker = Arc::new(move || {
        // The test may be over and the receiver gone: nothing to ring.
        let _ = rang.send(());
    });
    let (device, server) = pair(wake);
    std::thread::spawn(move || {
        let (mixer, _unpulled) =
            rodio::mixer::mixer(NonZero::<u16>::MIN, NonZero::new(22_050).unwrap());
        server.serve(&mixer);
    });
    (device, woken)
}

fn corrupt_voice(dir: &Path) -> PathBuf {
    let file = dir.join("corrupt.ogg");
    std::fs::write(&file, b"OggS, then not a page of a sound").unwrap();
    file
}

#[test]
fn a_corrupt_voice_on_the_device_thread_reaches_the_controller_and_the_settings_words() {
    let dir = tempfile::tempdir().unwrap();
    let corrupt = corrupt_voice(dir.path());
    let (device, woken) = device_without_card();
    let mut controller = Controller::new(Box::new(device) as Box<dyn Output>);
    controller.apply(&Settings {
        audio_on: true,
        ..Settings::default()
    });
    controller.lines(vec![corrupt.clone()]);
    woken.recv_timeout(WAIT).expect("the window was woken");
    let new = controller.take_new_failures();
    let [PlaybackError::File(failed)] = &new[..] else {
        panic!("not one file error: {new:?}")
    };
    assert_eq!(Path::new(&failed.path), corrupt);
    assert_eq!(controller.errors(), &new[..], "kept for the settings");
    let (words, details) = playback_error_words(&controller.errors()[0], Lang::Fr);
    assert!(
        words.starts_with("Fichier son qui ne se lit pas\u{202F}: "),
        "{words}"
    );
    assert!(words.ends_with("corrupt.ogg"), "{words}");
    assert!(!details.is_empty());
    // Played again, the same file is kept once and not told again.
    controller.replay();
    woken.recv_timeout(WAIT).expect("woken again");
    assert!(controller.take_new_failures().is_empty());
    assert_eq!(controller.errors().len(), 1);
}

#[test]
fn stream_errors_say_whether_the_card_is_gone_or_only_stumbled() {
    let (failures, told) = channel();
    let (rang, woken) = channel();
    let wake: Waker = Arc::new(move || {
        let _ = rang.send(());
    });
    let mut on_error = stream_error_handler(Teller { failures, wake });
    on_error(rodio::CpalError::new(
        rodio::CpalErrorKind::DeviceNotAvailable,
    ));
    on_error(rodio::CpalError::new(rodio::CpalErrorKind::Xrun));
    assert!(matches!(
        told.recv_timeout(WAIT),
        Ok(PlaybackError::DeviceLost(_))
    ));
    assert!(matches!(
        told.recv_timeout(WAIT),
        Ok(PlaybackError::DeviceFaltered(_))
    ));
    assert_eq!(woken.try_iter().count(), 2, "the window woken each time");
}

#[test]
fn a_thread_that_is_gone_is_told_once_as_a_lost_device() {
    let (wake_tx, _woken) = channel::<()>();
    let (mut device, server) = pair(Arc::new(move || {
        let _ = wake_tx.send(());
    }));
    drop(server);
    device.stop(Channel::Voice);
    device.set_volume(Channel::Voice, 0.5);
    let dir = tempfile::tempdir().unwrap();
    let start = device.start(Channel::Voice, &dir.path().join("a.ogg"), false, 1.0);
    assert_eq!(start, Ok(()), "told by take_failures, like the others");
    let failures = device.take_failures();
    assert!(
        matches!(&failures[..], [PlaybackError::DeviceLost(_)]),
        "{failures:?}"
    );
    assert!(device.take_failures().is_empty(), "told once");
}
