//! A voice or ambience file: any bytes, named `.wav` and then `.ogg`, go
//! through [`decode_guarded`], the head decoding that `check` and the
//! sound thread use (issue 19, fault 6). It must answer yes or no: a file
//! that does not decode is a [`FileError`] naming that file, never
//! a panic that gets out, never a hang (libFuzzer's `-timeout` is the
//! bound).
//!
//! A decoder's own panic (symphonia on a WAV whose sample rate is 0) is
//! caught by `decode_guarded` and turned into a "no": that is the promise.
//! libfuzzer-sys, though, installs a panic hook that aborts on every panic,
//! caught or not, so the hook is set aside while the decoder runs and only
//! a panic that gets out of `decode_guarded` counts (the target's
//! `catch_unwind` aborts on it).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::audio::{FileError, decode_guarded};

/// The folder the inputs are written to (the check decodes a file, as the
/// app does), made once; the lock keeps two test threads apart.
fn folder() -> &'static Mutex<tempfile::TempDir> {
    static DIR: OnceLock<Mutex<tempfile::TempDir>> = OnceLock::new();
    DIR.get_or_init(|| Mutex::new(tempfile::tempdir().expect("a temporary folder")))
}

/// Checks one input as a WAV file and as an OGG file.
pub fn audio_head(data: &[u8]) {
    let dir = folder()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    for name in ["voice.wav", "voice.ogg"] {
        let file = dir.path().join(name);
        std::fs::write(&file, data).expect("write the input");
        let decoded = without_panic_hook(|| decode_guarded(&file));
        assert_answers(&file, data, decoded);
    }
}

/// A yes, or a no that names the file (the type allows no other no), and
/// an empty file is always a no.
fn assert_answers(file: &Path, data: &[u8], decoded: Result<(), FileError>) {
    match decoded {
        Ok(()) => assert!(!data.is_empty(), "an empty file decodes: {file:?}"),
        Err(FileError { path, .. }) => {
            assert_eq!(PathBuf::from(path), file, "the error names another file");
        }
    }
}

/// Runs `f` with no panic hook, so that a panic caught inside it does not
/// reach libFuzzer's hook, which aborts on any panic.
fn without_panic_hook<T>(f: impl FnOnce() -> T) -> T {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let out = f();
    std::panic::set_hook(hook);
    out
}
