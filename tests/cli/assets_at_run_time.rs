//! The built-in voices are found where the program is, not in the folder
//! it was built in (issue 20): a copy of the binary with `assets/` beside
//! it finds them and plays them (decoded on an output that plays nothing,
//! as without a sound card); a copy alone says it found none (and where it
//! looked).
//! The other places (`ENTRETIEN_ASSETS`, an installed package's shared
//! folder, a checkout) are unit tests of `entretien::assets`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};

/// `entretien <args>` started by a copy of the binary in `dir`, from
/// `dir`, as a user would (not through cargo).
fn run_copy(dir: &Path, args: &[&str]) -> Child {
    let copy = dir.join("entretien");
    if !copy.exists() {
        place_copy(&copy);
    }
    let mut command = Command::new(&copy);
    command
        .args(args)
        .current_dir(dir)
        .env_remove("ENTRETIEN_ASSETS")
        .env_remove("CARGO_MANIFEST_DIR")
        .stdout(Stdio::piped());
    // A copy written while another test of this crate forks may still be
    // held open for writing in that child until it execs ("text file
    // busy"): that passes within a few tries.
    for _ in 0..100 {
        match command.spawn() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::yield_now()
            }
            other => return other.unwrap(),
        }
    }
    command.spawn().unwrap()
}

/// The binary at `copy`: a hard link when the folders share a file system
/// (nothing is written, so nothing is left open), else a copy.
fn place_copy(copy: &Path) {
    let built = env!("CARGO_BIN_EXE_entretien");
    if std::fs::hard_link(built, copy).is_err() {
        std::fs::copy(built, copy).unwrap();
    }
}

fn output(child: Child) -> String {
    String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
}

fn voices_line(out: &str) -> &str {
    out.lines()
        .find(|l| l.starts_with("Voix des scénarios intégrés"))
        .unwrap_or_else(|| panic!("no voices line in {out}"))
}

#[cfg(unix)]
#[test]
fn a_copied_binary_finds_the_voices_beside_it_and_only_there() {
    let checkout_assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let (alone, beside) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::os::unix::fs::symlink(&checkout_assets, beside.path().join("assets")).unwrap();
    // Both at once: each checks the three built-ins in full.
    let (a, b) = (
        run_copy(alone.path(), &["check"]),
        run_copy(beside.path(), &["check"]),
    );
    let (alone_out, beside_out) = (output(a), output(b));
    let line = voices_line(&alone_out);
    assert!(line.contains("aucune trouvée"), "{line}");
    let line = voices_line(&beside_out);
    assert!(line.contains("fichiers dans"), "{line}");
    let audio = beside.path().join("assets").join("audio");
    assert!(line.ends_with(&audio.display().to_string()), "{line}");
}

/// The voices a scripted interview plays, as `play --voices` lists them.
fn voices_played(dir: &Path) -> Vec<String> {
    let args = [
        "play",
        "kelly-foyer",
        "--seed",
        "1",
        "--choose",
        "q",
        "--voices",
    ];
    let out = output(run_copy(dir, &args));
    out.lines()
        .filter_map(|l| l.trim_start().strip_prefix("♪ "))
        .map(str::to_owned)
        .collect()
}

#[cfg(unix)]
#[test]
fn a_copied_binary_plays_the_voices_beside_it() {
    let checkout_assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let (alone, beside) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::os::unix::fs::symlink(&checkout_assets, beside.path().join("assets")).unwrap();
    let played = voices_played(beside.path());
    let first = played.first().unwrap_or_else(|| panic!("no voice line"));
    let expected = beside.path().join("assets/audio/kelly-foyer/fr");
    assert!(
        first.starts_with(&expected.display().to_string()),
        "{first}"
    );
    assert!(first.ends_with(".ogg"), "{first}");
    // Alone, the same line has no voice to play.
    assert_eq!(voices_played(alone.path()), ["(pas de voix)"]);
}
