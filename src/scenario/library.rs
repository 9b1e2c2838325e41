//! Where scenarios come from: the built-in ones (embedded in the binary),
//! the user's folder, and folders given on the command line.

use std::path::{Path, PathBuf};

use super::check::{FileKind, Report, check_source};
use super::disk::{check_file, on_disk, read_file};
use super::load::Limits;
use super::media::builtin_audio;
use super::model::Assets;
use super::{Problem, ProblemKind};

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

/// Checks every built-in scenario (a built-in file is named after its id).
pub fn builtin(limits: &Limits) -> Vec<Report> {
    (BUILTIN.iter())
        .map(|(name, src)| check_builtin(name, src, limits))
        .collect()
}

/// Checks the built-in file `name` with its voices, as `builtin:<name>`.
pub fn check_builtin(name: &str, src: &str, limits: &Limits) -> Report {
    let id = name.trim_end_matches(".ron");
    let assets = on_disk(Assets::builtin(builtin_audio(), id));
    check_source(src, &format!("builtin:{name}"), Some(&assets), limits)
}

/// Adds the audit's findings to a checked file's problems, located in its
/// source (the text the check kept, else read again).
pub fn add_audit_findings(report: &mut Report) {
    crate::engine::audit::add_findings(report, source);
}

/// The user's own scenario folder (`scenarios/` in the data folder), if
/// the platform has one.
pub fn user_dir() -> Option<PathBuf> {
    crate::store::data_dir().map(|d| d.join("scenarios"))
}

/// A file whose scenario id an earlier file already has cannot be played:
/// it keeps an [`ProblemKind::IdTaken`] error naming the file that wins, so
/// the two never share a saved interview or a history.
pub fn refuse_taken_ids(reports: &mut [Report]) {
    let mut owners: Vec<(String, String)> = Vec::new();
    for report in reports.iter_mut() {
        let Some(id) = report.scenario.as_ref().map(|s| s.meta.id.clone()) else {
            continue;
        };
        match owners.iter().find(|(taken, _)| *taken == id) {
            Some((_, by)) => refuse(report, by.clone()),
            None => owners.push((id, report.file.clone())),
        }
    }
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
    refuse_taken_ids(&mut reports);
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
        return Some(check_builtin(file, src, limits));
    }
    load_all(extra, limits).into_iter().find(|r| {
        r.scenario.as_ref().is_some_and(|s| s.meta.id == name)
            || r.file
                .trim_start_matches("builtin:")
                .trim_end_matches(".ron")
                == name
    })
}

/// The source text of a checked file, as [`builtin`] and [`find`] name it
/// (`builtin:<file>` for a built-in), so that later findings can be
/// located in it; `None` when the file cannot be read again.
pub fn source(file: &str) -> Option<String> {
    match file.strip_prefix("builtin:") {
        Some(name) => (BUILTIN.iter().find(|(f, _)| *f == name)).map(|(_, src)| (*src).to_owned()),
        None => read_file(Path::new(file), &Limits::default()).ok(),
    }
}

/// Makes `report` unplayable: its scenario id belongs to file `by`.
pub fn refuse(report: &mut Report, by: String) {
    // Located now: the audit that would have located them is skipped.
    report.locate_kept();
    if let Some(s) = report.scenario.take() {
        let kind = ProblemKind::IdTaken { id: s.meta.id, by };
        report.problems.insert(0, Problem::file(&report.file, kind));
    }
}

/// The problems of the files that have scenario id `id` but are not
/// played because another file has it first (empty when `id` names a
/// file), so that the command line says which file it plays and why.
pub fn copies_refused(id: &str, extra: &[PathBuf], limits: &Limits) -> Vec<Problem> {
    let has_user_files = user_dir().is_some_and(|d| d.is_dir());
    if Path::new(id).exists() || id.ends_with(".ron") || (extra.is_empty() && !has_user_files) {
        return Vec::new();
    }
    load_all(extra, limits)
        .into_iter()
        .flat_map(|r| r.problems)
        .filter(|p| matches!(&p.kind, ProblemKind::IdTaken { id: taken, .. } if taken == id))
        .collect()
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
