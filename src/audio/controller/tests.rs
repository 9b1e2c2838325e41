//! The controller's queue without a device: what it asks a [`NullOutput`].

use std::path::{Path, PathBuf};

use super::*;
use crate::audio::{NullEvent, NullOutput};

/// A valid mono 16-bit WAV of `samples` silent samples.
fn wav(dir: &Path, name: &str, samples: u32) -> PathBuf {
    let data = samples * 2;
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&22_050u32.to_le_bytes());
    bytes.extend_from_slice(&44_100u32.to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data.to_le_bytes());
    bytes.resize(bytes.len() + data as usize, 0);
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn on() -> Settings {
    Settings {
        audio_on: true,
        volume: 0.5,
        ambience_on: true,
        ambience_volume: 0.2,
        ..Settings::default()
    }
}

fn controller() -> Controller<NullOutput> {
    let mut c = Controller::new(Box::new(NullOutput::default()));
    c.apply(&on());
    c.output_mut().events.clear();
    c
}

fn started(c: &Controller<NullOutput>) -> Vec<(Channel, PathBuf)> {
    c.output()
        .events
        .iter()
        .filter_map(|e| match e {
            NullEvent::Start { channel, file, .. } => Some((*channel, file.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_new_line_replaces_the_previous_and_replay_and_skip_work() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (wav(dir.path(), "a.wav", 100), wav(dir.path(), "b.wav", 100));
    let mut c = controller();
    c.lines(vec![a.clone()]);
    c.lines(vec![b.clone()]);
    c.replay();
    assert_eq!(
        started(&c),
        vec![
            (Channel::Voice, a),
            (Channel::Voice, b.clone()),
            (Channel::Voice, b)
        ]
    );
    c.skip();
    c.lines(Vec::new());
    let stops = c
        .output()
        .events
        .iter()
        .filter(|e| **e == NullEvent::Stop(Channel::Voice));
    assert_eq!(
        stops.count(),
        2,
        "skip, then a line without a voice, silence it"
    );
}

#[test]
fn lines_that_appear_together_play_one_after_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let (reply, next, last) = (
        wav(dir.path(), "reply.wav", 50),
        wav(dir.path(), "next.wav", 50),
        wav(dir.path(), "last.wav", 50),
    );
    let mut c = controller();
    c.lines(vec![reply.clone(), next.clone(), last.clone()]);
    c.tick();
    assert_eq!(
        started(&c),
        vec![(Channel::Voice, reply.clone())],
        "waits for the reply"
    );
    c.output_mut().finish(Channel::Voice);
    c.tick();
    c.skip();
    assert_eq!(
        started(&c),
        vec![
            (Channel::Voice, reply),
            (Channel::Voice, next),
            (Channel::Voice, last.clone())
        ]
    );
    c.replay();
    assert_eq!(started(&c).last(), Some(&(Channel::Voice, last)));
}

#[test]
fn the_ambience_loops_at_its_own_volume_and_follows_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let room = wav(dir.path(), "room.wav", 100);
    let mut c = controller();
    c.set_ambience(Some(&room));
    assert!(matches!(
        c.output().events.as_slice(),
        [NullEvent::Start { channel: Channel::Ambience, looped: true, volume, .. }] if *volume == 0.2
    ));
    c.apply(&Settings {
        ambience_volume: 0.1,
        ..on()
    });
    assert_eq!(
        c.output().events.last(),
        Some(&NullEvent::Volume(Channel::Ambience, 0.1))
    );
    c.apply(&Settings {
        ambience_on: false,
        ..on()
    });
    assert_eq!(
        c.output().events.last(),
        Some(&NullEvent::Stop(Channel::Ambience))
    );
    c.apply(&on());
    assert!(matches!(
        c.output().events.last(),
        Some(NullEvent::Start {
            channel: Channel::Ambience,
            ..
        })
    ));
}

#[test]
fn the_closing_plays_part_after_part_pauses_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let parts: Vec<PathBuf> = (0..3)
        .map(|i| wav(dir.path(), &format!("p{i}.wav"), 50))
        .collect();
    let mut c = controller();
    c.play_closing(parts.clone());
    assert_eq!(c.closing_state(), ClosingState::Playing(0));
    c.tick();
    assert_eq!(c.closing_state(), ClosingState::Playing(0), "still playing");
    c.output_mut().finish(Channel::Voice);
    c.tick();
    assert_eq!(c.closing_state(), ClosingState::Playing(1));
    c.pause_closing();
    assert_eq!(c.closing_state(), ClosingState::Paused(1));
    c.output_mut().finish(Channel::Voice);
    c.tick();
    assert_eq!(c.closing_state(), ClosingState::Paused(1), "a pause holds");
    c.pause_closing();
    assert_eq!(
        c.output().events.last(),
        Some(&NullEvent::Paused(Channel::Voice, false))
    );
    c.skip();
    assert_eq!(c.closing_state(), ClosingState::Playing(2));
    c.output_mut().finish(Channel::Voice);
    c.tick();
    assert_eq!(
        c.closing_state(),
        ClosingState::Stopped,
        "after the last part"
    );
    let voices: Vec<PathBuf> = started(&c).into_iter().map(|(_, f)| f).collect();
    assert_eq!(voices, parts);
    c.play_closing(voices);
    c.stop_closing();
    assert_eq!(c.closing_state(), ClosingState::Stopped);
    assert_eq!(
        c.output().events.last(),
        Some(&NullEvent::Stop(Channel::Voice))
    );
}

#[test]
fn a_line_interrupts_the_closing_and_sound_off_silences_everything() {
    let dir = tempfile::tempdir().unwrap();
    let a = wav(dir.path(), "a.wav", 50);
    let mut c = controller();
    c.play_closing(vec![a.clone(), a.clone()]);
    c.lines(vec![a.clone()]);
    assert_eq!(c.closing_state(), ClosingState::Stopped);
    c.apply(&Settings {
        audio_on: false,
        ..on()
    });
    let before = started(&c).len();
    c.lines(vec![a.clone()]);
    c.play_closing(vec![a]);
    assert_eq!(started(&c).len(), before, "nothing starts with sound off");
    assert_eq!(c.closing_state(), ClosingState::Stopped);
}

#[test]
fn a_file_that_will_not_play_is_told_once_and_kept_until_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ogg");
    let mut c = controller();
    c.lines(vec![missing.clone()]);
    let new = c.take_new_failures();
    assert!(
        matches!(&new[..], [PlaybackError::File(f)] if f.path.ends_with("missing.ogg")),
        "{new:?}"
    );
    c.replay();
    c.replay();
    assert!(c.take_new_failures().is_empty(), "told once per file");
    assert_eq!(c.errors().len(), 1, "kept once per file: {:?}", c.errors());
    assert!(started(&c).is_empty());
    c.clear_errors();
    assert!(c.errors().is_empty());
    c.replay();
    assert_eq!(c.take_new_failures().len(), 1, "told again once cleared");
}

#[test]
fn only_the_latest_errors_are_kept_newest_last() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = controller();
    for n in 0..KEPT_ERRORS_MAX + 3 {
        c.lines(vec![dir.path().join(format!("missing-{n}.ogg"))]);
    }
    assert_eq!(c.take_new_failures().len(), KEPT_ERRORS_MAX + 3);
    let kept = c.errors();
    assert_eq!(kept.len(), KEPT_ERRORS_MAX);
    let last = format!("missing-{}.ogg", KEPT_ERRORS_MAX + 2);
    assert!(matches!(kept.last(), Some(PlaybackError::File(f)) if f.path.ends_with(&last)));
}

#[test]
fn a_lost_device_stops_the_queue_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let a = wav(dir.path(), "a.wav", 50);
    let mut c = controller();
    c.lines(vec![a.clone(), a]);
    assert!(c.busy(), "the second line waits");
    let unplugged = PlaybackError::DeviceLost("unplugged".into());
    c.output_mut().fail_later(unplugged.clone());
    assert_eq!(c.take_new_failures(), vec![unplugged]);
    assert_eq!(c.lost(), Some("unplugged"));
    assert!(!c.busy(), "nothing waits for a card that is gone");
    let before = started(&c).len();
    c.output_mut().finish(Channel::Voice);
    c.tick();
    assert_eq!(started(&c).len(), before, "the queue is not driven");
}
