//! Where the built-in scenarios' media are, found when the program runs
//! (never through the build machine's folder): so that a copied, unpacked
//! or installed binary still speaks.
//!
//! The first folder that holds `audio/` wins:
//! 1. `$ENTRETIEN_ASSETS` (a portable install, tests);
//! 2. `assets/` beside the executable (an unpacked archive, a Windows zip);
//! 3. `../share/entretien/assets/` from the executable's folder (an
//!    installed package: `/usr/bin` → `/usr/share/entretien/assets`);
//! 4. a checkout's `assets/`: the folder `cargo run` and `cargo test`
//!    name in `CARGO_MANIFEST_DIR` when they start the program, else a
//!    folder above the executable that holds `Cargo.toml`
//!    (`target/debug/entretien` → the checkout's `assets/`).
//!
//! With none of them, the voices are simply absent: the app runs silent
//! and `check` names the files it misses.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Names the assets folder (it holds `audio/`).
pub const ASSETS_ENV: &str = "ENTRETIEN_ASSETS";

/// The built-in media folder: `<assets>/audio`, found once per process.
pub fn audio_dir() -> &'static Path {
    static FOUND: OnceLock<PathBuf> = OnceLock::new();
    FOUND.get_or_init(|| {
        let exe = std::env::current_exe().ok();
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        // Read when the program runs (cargo sets it for what it starts),
        // not when it was built.
        let cargo = var("CARGO_MANIFEST_DIR").map(|d| PathBuf::from(d).join("assets"));
        let named = var(ASSETS_ENV).map(PathBuf::from);
        find(named, exe.as_deref(), cargo).join("audio")
    })
}

/// The assets folder for an executable at `exe`, `env` first, `cargo` (a
/// checkout's) last; where the voices would be beside it when none is
/// found.
fn find(env: Option<PathBuf>, exe: Option<&Path>, cargo: Option<PathBuf>) -> PathBuf {
    let beside = exe.and_then(Path::parent).map(Path::to_path_buf);
    let holds_audio = |dir: &Path| dir.join("audio").is_dir();
    if let Some(dir) = env {
        return dir;
    }
    let Some(bin) = beside else {
        return PathBuf::from("assets");
    };
    let candidates = [
        Some(bin.join("assets")),
        bin.parent()
            .map(|p| p.join("share").join("entretien").join("assets")),
    ];
    if let Some(found) = candidates.into_iter().flatten().find(|d| holds_audio(d)) {
        return found;
    }
    // A checkout: the executable is in target/<profile>/ (deps/ for tests).
    let above = (bin.ancestors().take(5))
        .find(|d| d.join("Cargo.toml").is_file())
        .map(|d| d.join("assets"));
    [cargo, above]
        .into_iter()
        .flatten()
        .find(|d| holds_audio(d))
        .unwrap_or_else(|| bin.join("assets"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with_audio(at: &Path) {
        std::fs::create_dir_all(at.join("audio")).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn each_place_is_found_in_its_order() {
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let bin = root.path().join("usr").join("bin");
        std::fs::create_dir_all(&bin).unwrap_or_else(|e| panic!("{e}"));
        let exe = bin.join("entretien");
        let shared = root.path().join("usr/share/entretien/assets");
        assert_eq!(
            find(None, Some(&exe), None),
            bin.join("assets"),
            "nothing yet"
        );
        folder_with_audio(&shared);
        assert_eq!(find(None, Some(&exe), None), shared, "installed");
        folder_with_audio(&bin.join("assets"));
        assert_eq!(find(None, Some(&exe), None), bin.join("assets"), "beside");
        let env = root.path().join("elsewhere");
        assert_eq!(find(Some(env.clone()), Some(&exe), None), env, "named");
    }

    #[test]
    fn a_checkout_is_found_above_its_build_folder() {
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(root.path().join("Cargo.toml"), "").unwrap_or_else(|e| panic!("{e}"));
        folder_with_audio(&root.path().join("assets"));
        let exe = root.path().join("target/debug/deps/test-1234");
        assert_eq!(find(None, Some(&exe), None), root.path().join("assets"));
    }
}
