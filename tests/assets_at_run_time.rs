//! The built-in voices are found where the program is, not in the folder
//! it was built in (issue 20): a copy of the binary with `assets/` beside
//! it finds them; a copy alone says it found none (and where it looked).
//! The other places (`ENTRETIEN_ASSETS`, an installed package's shared
//! folder, a checkout) are unit tests of `entretien::assets`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};

/// `entretien check` (the built-ins) started by a copy of the binary in
/// `dir`, from `dir`, as a user would (not through cargo).
fn check_from_copy(dir: &Path) -> Child {
    let copy = dir.join("entretien");
    std::fs::copy(env!("CARGO_BIN_EXE_entretien"), &copy).unwrap();
    Command::new(&copy)
        .arg("check")
        .current_dir(dir)
        .env_remove("ENTRETIEN_ASSETS")
        .env_remove("CARGO_MANIFEST_DIR")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap()
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
        check_from_copy(alone.path()),
        check_from_copy(beside.path()),
    );
    let (alone_out, beside_out) = (output(a), output(b));
    let line = voices_line(&alone_out);
    assert!(line.contains("aucune trouvée"), "{line}");
    let line = voices_line(&beside_out);
    assert!(line.contains("fichiers dans"), "{line}");
    let audio = beside.path().join("assets").join("audio");
    assert!(line.ends_with(&audio.display().to_string()), "{line}");
}
