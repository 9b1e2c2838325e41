//! The names of a workshop's files in the data folder's `workshops/`:
//! the page, the Markdown and the record share one stem, made of the
//! scenario and the local start time.

use crate::i18n::labels::local_time;

/// The folder, in the data folder, of the workshop reports.
pub const SUMMARY_DIR: &str = "workshops";

/// `atelier-<scenario>-<YYYY-MM-DD>-<HH>h<MM>m<SS>.md` in local time: sorts
/// by date, a facilitator finds the session by its day and hour, and two
/// workshops started in the same minute keep a report each. Anything
/// but letters, digits, `-` and `_` in the id becomes `-`, so the name
/// stays one file in [`SUMMARY_DIR`].
pub fn summary_file_name(scenario_id: &str, started_ms: u64) -> String {
    let id = file_safe(scenario_id);
    let when = local_time(started_ms / 1000, "%Y-%m-%d-%Hh%Mm%S");
    format!("atelier-{id}-{when}.md")
}

/// `text` as part of one file's name: letters, digits, `-` and `_` kept,
/// anything else `-`.
pub fn file_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The record of a workshop kept beside its summary (same name, `.ron`):
/// what `entretien report` reads to write the workshop's report again,
/// as HTML or PDF. Written with [`super::Store::write_summary`] and
/// [`workshop_record`].
pub fn workshop_record_name(scenario_id: &str, started_ms: u64) -> String {
    beside_summary(scenario_id, started_ms, "ron")
}

/// The summary as a printable HTML page (same name, `.html`): what the
/// app opens, since a Markdown file opens as raw text on many computers.
pub fn summary_page_name(scenario_id: &str, started_ms: u64) -> String {
    beside_summary(scenario_id, started_ms, "html")
}

fn beside_summary(scenario_id: &str, started_ms: u64, extension: &str) -> String {
    let summary = summary_file_name(scenario_id, started_ms);
    let stem = summary.strip_suffix(".md").unwrap_or(&summary);
    format!("{stem}.{extension}")
}

/// A workshop as its record's text (RON, as the unfinished ones are kept).
pub fn workshop_record(w: &crate::engine::Workshop) -> Result<String, String> {
    ron::ser::to_string_pretty(w, ron::ser::PrettyConfig::default()).map_err(|e| e.to_string())
}
