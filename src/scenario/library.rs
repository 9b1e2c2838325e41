//! Where scenarios come from: the built-in ones (embedded in the binary),
//! the user's folder, and folders given on the command line.

use std::path::{Path, PathBuf};

use super::check::{FileKind, Report, check_file, check_source};
use super::load::Limits;
use super::model::Assets;

/// Built-in scenarios: file name and content, embedded at compile time so
/// that the binary works from any folder.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "kelly-foyer.ron",
        include_str!("../../scenarios/kelly-foyer.ron"),
    ),
    (
        "camille-ecole.ron",
        include_str!("../../scenarios/camille-ecole.ron"),
    ),
    (
        "lucie-urgences.ron",
        include_str!("../../scenarios/lucie-urgences.ron"),
    ),
];

/// Where the built-in scenarios' media are: `assets/audio/<id>/<lang>/`
/// in the source tree.
pub const BUILTIN_AUDIO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/audio");

/// Checks every built-in scenario (a built-in file is named after its id).
pub fn builtin(limits: &Limits) -> Vec<Report> {
    BUILTIN
        .iter()
        .map(|(name, src)| {
            let id = name.trim_end_matches(".ron");
            let assets = Assets::builtin(Path::new(BUILTIN_AUDIO), id);
            check_source(src, &format!("builtin:{name}"), Some(&assets), limits)
        })
        .collect()
}

/// The user's own scenario folder (platform data dir), if the platform has one.
pub fn user_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("be", "Entretien", "entretien")
        .map(|d| d.data_dir().join("scenarios"))
}

/// The `.ron` files of a folder, sorted; a file path is returned as is.
pub fn scenario_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if !path.is_dir() || path.extension().is_some_and(|e| e == "ron") {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    Ok(files)
}

/// Built-ins, then the user folder, then `extra` folders; resource files
/// found there are not scenarios and are left out.
pub fn load_all(extra: &[PathBuf], limits: &Limits) -> Vec<Report> {
    let mut reports = builtin(limits);
    let dirs = user_dir()
        .into_iter()
        .filter(|d| d.is_dir())
        .chain(extra.iter().cloned());
    for dir in dirs {
        for file in scenario_files(&dir).unwrap_or_default() {
            let report = check_file(&file, limits);
            if report.kind == FileKind::Scenario {
                reports.push(report);
            }
        }
    }
    reports
}

/// A scenario by file path, or by id among [`load_all`].
pub fn find(name: &str, extra: &[PathBuf], limits: &Limits) -> Option<Report> {
    let path = Path::new(name);
    if path.exists() || name.ends_with(".ron") {
        return Some(check_file(path, limits));
    }
    // Built-ins come first and are named after their id: check only that
    // one rather than every scenario (a large graph takes a moment).
    let file = format!("{name}.ron");
    if let Some((file, src)) = BUILTIN.iter().find(|(f, _)| *f == file) {
        let assets = Assets::builtin(Path::new(BUILTIN_AUDIO), name);
        return Some(check_source(
            src,
            &format!("builtin:{file}"),
            Some(&assets),
            limits,
        ));
    }
    load_all(extra, limits).into_iter().find(|r| {
        r.scenario.as_ref().is_some_and(|s| s.meta.id == name)
            || r.file
                .trim_start_matches("builtin:")
                .trim_end_matches(".ron")
                == name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Built-in voices are found under `assets/audio/<file name>/`: the
    /// file name must be the id.
    #[test]
    fn every_builtin_file_is_named_after_its_id() {
        for report in builtin(&Limits::default()) {
            let scenario = report.scenario.expect("built-in scenarios check clean");
            let name = report.file.trim_start_matches("builtin:");
            assert_eq!(name, format!("{}.ron", scenario.meta.id));
        }
    }
}
