//! Exporting (issue 21): the debrief on screen as a printable page and as
//! xAPI statements, written to the data folder's `exports/` and opened; a
//! file that cannot be written is a notice with the reason.

use super::tests::{act, play_to_end, start, state_in};
use super::*;

fn opened(effects: &[Effect]) -> Option<PathBuf> {
    effects.iter().find_map(|e| match e {
        Effect::OpenFile(path) => Some(path.clone()),
        _ => None,
    })
}

#[test]
fn the_debrief_exports_as_a_page_and_as_xapi_and_opens_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    play_to_end(&mut state);
    assert!(matches!(state.screen, Screen::Debrief { .. }));
    let page = opened(&act(
        &mut state,
        Command::Export(Export::Debrief(Form::Page)),
    ))
    .expect("the page opens");
    assert_eq!(
        page.parent(),
        Some(dir.path().join("data").join(EXPORT_DIR).as_path())
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("<svg"),
        "{html}"
    );
    // The page names the attempt the history holds.
    let id = state.history.last().unwrap().id();
    assert!(page.to_string_lossy().contains(&id), "{page:?} {id}");
    let xapi = opened(&act(
        &mut state,
        Command::Export(Export::Debrief(Form::Xapi)),
    ))
    .expect("the statements are written");
    let statements: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(xapi).unwrap()).unwrap();
    assert!(statements.as_array().is_some_and(|a| a.len() > 2));
    assert!(
        (state.notices.all().iter()).any(|n| matches!(n, Notice::Exported { .. })),
        "a notice says where"
    );
}

#[test]
fn an_export_that_cannot_be_written_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state_in(dir.path());
    start(&mut state);
    play_to_end(&mut state);
    // A file where the exports' folder should be.
    std::fs::write(dir.path().join("data").join(EXPORT_DIR), "x").unwrap();
    let effects = act(&mut state, Command::Export(Export::Debrief(Form::Page)));
    assert_eq!(opened(&effects), None);
    assert!(
        (state.notices.all().iter()).any(|n| matches!(n, Notice::ExportFailed { .. })),
        "{:?}",
        state.notices.all()
    );
}
