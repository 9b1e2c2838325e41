//! Where the built-in scenarios' voices and the closing's shared phrases
//! are found at run time: under the assets folder ([`crate::assets`]),
//! never through a path of the build machine.

use std::path::{Path, PathBuf};

use super::Lang;

/// Folder of the closing's shared phrases, beside the built-in scenarios'
/// folders: `assets/audio/closing/<lang>/<stem>.ogg`.
pub const CLOSING_FOLDER: &str = "closing";

/// Where the built-in scenarios' media are: `<assets>/audio/<id>/<lang>/`,
/// the assets folder found at run time ([`crate::assets`]).
pub fn builtin_audio() -> &'static Path {
    crate::assets::audio_dir()
}

/// `path` without the assets folder's parent when it is under it (the
/// built-in scenarios' media, `assets/audio/kelly-foyer/fr/accueil.ogg`),
/// else as it is: what the recording script shows voice actors.
pub fn source_relative(path: &Path) -> &Path {
    let root = builtin_audio()
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new(""));
    path.strip_prefix(root).unwrap_or(path)
}

/// Where a closing phrase is recorded: `assets/audio/closing/<lang>/<stem>.ogg`
/// in the assets folder.
pub fn closing_file(stem: &str, lang: Lang) -> PathBuf {
    builtin_audio()
        .join(CLOSING_FOLDER)
        .join(lang.code())
        .join(format!("{stem}.ogg"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Scenario;
    use crate::scenario::library::BUILTIN;
    use crate::scenario::voices::{LineKind, recording_script};

    #[allow(clippy::expect_used)]
    fn builtin(id: &str) -> Scenario {
        let (name, src) = BUILTIN
            .iter()
            .find(|(n, _)| n.trim_end_matches(".ron") == id)
            .expect("a built-in scenario");
        let report = crate::scenario::library::check_builtin(name, src, &Default::default());
        report.scenario.expect("built-in scenarios check clean")
    }

    #[test]
    fn every_voiced_line_once_with_its_conventional_file() {
        let s = builtin("kelly-foyer");
        let script = recording_script(&s);
        let mut ids: Vec<&str> = script.iter().map(|l| l.line_id.as_str()).collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "a line id twice");
        let first = &script[0];
        assert_eq!(first.line_id, format!("kelly-foyer/{}", s.beats[0].id));
        assert_eq!(
            source_relative(first.file(Lang::En)),
            Path::new("assets/audio/kelly-foyer/en").join(format!("{}.ogg", first.stem))
        );
        let variants = s
            .beats
            .iter()
            .flat_map(|b| &b.speech)
            .map(|sp| 1 + sp.variants.len());
        let replies = s
            .beats
            .iter()
            .flat_map(|b| &b.choices)
            .flat_map(|c| &c.reply);
        let expected = s.beats.iter().filter(|b| b.narration.is_some()).count()
            + variants.sum::<usize>()
            + replies.map(|r| 1 + r.variants.len()).sum::<usize>()
            + s.endings.len()
            + s.checkpoints.len();
        assert_eq!(count, expected);
        let checkpoint = script.last().expect("lines");
        assert_eq!(checkpoint.kind, LineKind::Checkpoint);
        assert!(checkpoint.stem.starts_with("checkpoint."));
        assert!(checkpoint.voice.is_none());
        assert!(script.iter().any(|l| l.stem.contains(".reply#")));
        let young = script
            .iter()
            .find_map(|l| l.voice.as_ref())
            .expect("a voice");
        assert_eq!(young.id, "young_person");
    }

    #[test]
    fn closing_files_sit_beside_the_scenario_folders() {
        let file = closing_file("intro", Lang::Fr);
        assert_eq!(
            source_relative(&file),
            Path::new("assets/audio/closing/fr/intro.ogg")
        );
    }
}
