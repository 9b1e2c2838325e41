//! Voice files: an explicit path (one for both languages or one per
//! language), or the convention `<audio>/<lang>/<stem>.ogg` where the stem
//! is the line id without the scenario (`accueil#occupee`,
//! `accueil.pas-sanction.reply`). When the scenario has an audio folder,
//! lines without a file and files without a line are reported, so that a
//! recording dropped at the right place is never silently ignored.

use std::path::{Component, Path, PathBuf};

use rustc_hash::FxHashSet;

use super::{At, Compiler};
use crate::scenario::Lang;
use crate::scenario::model::Audio;
use crate::scenario::problem::{ItemPath, ProblemKind};
use crate::scenario::raw::RawAudio;

/// File types a voice may have, in order of preference.
pub const AUDIO_EXTENSIONS: [&str; 2] = ["ogg", "wav"];

/// A path written for Windows (`C:\…`, `voix\a.ogg`): files must use `/`.
fn is_windows_path(path: &str) -> bool {
    let bytes = path.as_bytes();
    path.contains('\\') || (bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':')
}

impl Compiler<'_> {
    /// Resolves the voice of a line (explicit or by convention) and records
    /// its file stem for the orphan check. `local_id` is the line id without
    /// the scenario (`beat/choice/reply`); its stem replaces `/` by `.`.
    pub(super) fn audio(&mut self, at: At<'_>, local_id: &str, raw: Option<&RawAudio>) -> Audio {
        let stem = local_id.replace('/', ".");
        let audio = match raw {
            Some(RawAudio::Both(path)) => {
                let file = self.explicit(at, path);
                Audio {
                    fr: file.clone(),
                    en: file,
                }
            }
            Some(RawAudio::PerLang { fr, en }) => Audio {
                fr: self.explicit(at, fr),
                en: self.explicit(at, en),
            },
            None => Audio {
                fr: self.by_convention(at, &stem, Lang::Fr),
                en: self.by_convention(at, &stem, Lang::En),
            },
        };
        self.stems.insert(stem);
        audio
    }

    fn explicit(&mut self, at: At<'_>, path: &str) -> Option<PathBuf> {
        if is_windows_path(path) {
            let asset = path.to_owned();
            self.push(at.path(), ProblemKind::WindowsPath { asset });
            return None;
        }
        let rel = Path::new(path);
        let inside = rel
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !inside || rel.as_os_str().is_empty() {
            let p = rel.display().to_string();
            self.push(at.path(), ProblemKind::AssetOutsideFolder { asset: p });
            return None;
        }
        let assets = self.assets?;
        let full = assets.dir.join(rel);
        if let Some(stem) = full.file_stem().and_then(|s| s.to_str()) {
            self.stems.insert(stem.to_owned());
        }
        if !assets.has_file(&full) {
            let p = full.display().to_string();
            self.push(at.path(), ProblemKind::MissingAudio { audio: p });
        }
        Some(full)
    }

    fn by_convention(&mut self, at: At<'_>, stem: &str, lang: Lang) -> Option<PathBuf> {
        let assets = self.assets?;
        let folder = assets.audio.join(lang.code());
        if !assets.has_folder(&folder) {
            return None;
        }
        let found = AUDIO_EXTENSIONS
            .iter()
            .map(|ext| folder.join(format!("{stem}.{ext}")))
            .find(|p| assets.has_file(p));
        if found.is_none() {
            let line = stem.to_owned();
            self.push(at.path(), ProblemKind::AudioMissing { line, lang });
        }
        found
    }

    /// Files in the language folders whose stem is no line of the scenario.
    pub(super) fn orphan_audio(&mut self) {
        let Some(assets) = self.assets else { return };
        let mut orphans = Vec::new();
        for lang in Lang::ALL {
            let folder = assets.audio.join(lang.code());
            for path in assets.files_in(&folder) {
                let is_audio = path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| AUDIO_EXTENSIONS.contains(&e));
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                if is_audio && !self.stems.contains(stem) {
                    orphans.push(path.display().to_string());
                }
            }
        }
        orphans.sort();
        for path in orphans {
            let kind = ProblemKind::AudioOrphan { audio: path };
            self.push(ItemPath::default(), kind);
        }
    }
}

/// Stems seen while compiling, for [`Compiler::orphan_audio`].
pub(super) type Stems = FxHashSet<String>;
