//! Reports: what a session leaves behind as a document, drawn from the
//! engine's resolved values like any screen: an attempt's report
//! ([`attempt::render`]) and a workshop's ([`workshop::render`]), each as
//! Markdown or as a self-contained printable HTML page, and a PDF printed
//! from that page by headless Chromium ([`write_file`]); and the xAPI
//! statements of an attempt, for a learning record store ([`xapi`]). Their
//! words are picked and quoted by the same helpers as every other string
//! ([`crate::i18n`]). Both document forms come from one list of blocks
//! ([`doc::Block`]), so they never disagree.

pub mod attempt;
mod doc;
mod html;
pub mod pdf;
mod radar_svg;
mod sections;
pub mod workshop;
pub mod xapi;

use std::path::{Path, PathBuf};

pub use pdf::ReportError;
pub use workshop::workshop_summary;

use crate::scenario::Lang;

/// The form of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown text.
    Markdown,
    /// A self-contained HTML page, printable.
    Html,
    /// A PDF printed from the HTML page.
    Pdf,
}

/// The blocks of a report written out in `format` (the HTML page for a
/// PDF, which [`write_file`] prints).
fn output(title: &str, blocks: &[doc::Block], format: Format, lang: Lang) -> String {
    match format {
        Format::Markdown => doc::markdown(blocks),
        Format::Html | Format::Pdf => html::page(title, &doc::html(blocks), lang),
    }
}

/// Writes a report rendered in `format` (`text`: what `render` gave) to
/// `path`: through a temporary file in the same folder, renamed once
/// whole, so a reader never finds half a report. A PDF is printed from
/// the HTML by headless Chromium. Returns the path written.
pub fn write_file(path: &Path, format: Format, text: &str) -> Result<PathBuf, ReportError> {
    match format {
        Format::Markdown | Format::Html => write_text(path, text),
        Format::Pdf => {
            pdf::print(text, path)?;
            Ok(path.to_path_buf())
        }
    }
}

/// Writes `text` as it is (a report's Markdown or HTML, xAPI statements'
/// JSON), whole or not at all. Returns the path written.
pub fn write_text(path: &Path, text: &str) -> Result<PathBuf, ReportError> {
    pdf::write_atomically(path, text.as_bytes())?;
    Ok(path.to_path_buf())
}
