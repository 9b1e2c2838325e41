//! Unfinished interviews, kept to resume. Each has its own key (scenario,
//! start, seed), so two windows playing the same scenario never write over
//! each other's; the library offers the latest. A saved interview is
//! checked against its scenario ([`Session::restore`]) before it is
//! resumed, so a damaged one is set aside, never played.

use std::collections::BTreeMap;

use crate::engine::{Session, Workshop};

/// The file of unfinished interviews in the data folder.
pub const SAVED_FILE: &str = "unfinished.ron";

/// Unfinished interviews by [`saved_key`] (files written before keys named
/// the interview use the scenario id; they load the same).
pub type SavedRuns = BTreeMap<String, Session>;

/// The key of an unfinished interview.
pub fn saved_key(session: &Session) -> String {
    format!(
        "{}@{}-{:x}",
        session.scenario_id(),
        session.started_ms,
        session.run.seed
    )
}

/// The latest unfinished interview of scenario `id`, with its key.
pub fn latest_saved<'a>(runs: &'a SavedRuns, id: &str) -> Option<(&'a String, &'a Session)> {
    runs.iter()
        .filter(|(_, s)| s.scenario_id() == id)
        .max_by_key(|(_, s)| s.started_ms)
}

/// The file of workshops left unfinished in the data folder.
pub const SAVED_WORKSHOPS_FILE: &str = "unfinished-workshops.ron";

/// Workshops left unfinished, the latest of each scenario by its id. A
/// saved workshop is checked ([`Workshop::restore`]) before it is resumed.
pub type SavedWorkshops = BTreeMap<String, Workshop>;

/// The file's text to its workshops.
pub fn parse_saved_workshops(text: &str) -> Result<SavedWorkshops, String> {
    super::parse_ron(text)
}

/// The file's text to its interviews (written before sessions existed,
/// `(run: …, mode: …)` entries still load).
pub fn parse_saved_runs(text: &str) -> Result<SavedRuns, String> {
    super::parse_ron(text)
}
