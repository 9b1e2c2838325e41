//! Exporting what is on screen for a supervisor or a learning record
//! store: the debrief as a printable page, a PDF or xAPI statements, the
//! workshop's report as a PDF. The document is made on the frame (it is
//! text), written (and printed by Chromium, which takes seconds) by the
//! writer thread; the file then opens with the system's application and a
//! notice says where it is. Nothing leaves the computer: files go to the
//! data folder's `exports/`.

use std::path::PathBuf;

use super::saving::Saved;
use super::{AppState, Effect, Notice, Screen};
use crate::report::{self, Format};
use crate::scenario::Scenario;
use crate::store::{Attempt, Store, file_safe};

/// The data folder's folder of exports.
pub const EXPORT_DIR: &str = "exports";

/// What the trainee can export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The debrief on screen.
    Debrief(Form),
    /// The workshop on screen, its report as a PDF.
    WorkshopPdf,
}

/// The form of an exported debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A printable page (HTML), opened in the browser.
    Page,
    /// A PDF (printed by Chromium).
    Pdf,
    /// xAPI statements (JSON) for a learning record store.
    Xapi,
}

impl AppState {
    /// Makes the document and queues its writing.
    pub(super) fn export(&mut self, what: Export) {
        let Some(store) = self.store.clone() else {
            return;
        };
        let made = match what {
            Export::WorkshopPdf => self.workshop_document(),
            Export::Debrief(form) => self.debrief_document(form),
        };
        let Some((name, format, text)) = made else {
            return;
        };
        self.writer.send(move || {
            let dir = export_dir(&store);
            let path = dir.join(&name);
            let made = std::fs::create_dir_all(&dir).map_err(|e| report::ReportError::Write {
                path: dir.display().to_string(),
                detail: e.to_string(),
            });
            Saved::Exported(made.and_then(|()| match format {
                Some(form) => report::write_file(&path, form, &text),
                None => report::write_text(&path, &text),
            }))
        });
    }

    /// What an export came to: the file opens, or the reason shows.
    pub(super) fn exported(&mut self, written: Result<PathBuf, report::ReportError>) {
        match written {
            Ok(path) => {
                self.notify(Notice::Exported {
                    file: path.display().to_string(),
                });
                self.effects.push(Effect::OpenFile(path));
            }
            Err(e) => self.notify(Notice::ExportFailed {
                reason: e.message(self.settings.lang),
            }),
        }
    }

    /// The debrief on screen as a file's name, document form (`None`: the
    /// xAPI statements' JSON, written as it is) and text.
    fn debrief_document(&self, form: Form) -> Option<(String, Option<Format>, String)> {
        let Screen::Debrief { session, debrief } = &self.screen else {
            return None;
        };
        let s = self.scenario(session.scenario_id())?;
        // The history's own record when there is one (a past debrief keeps
        // its date), else the record this interview makes.
        let attempt = self
            .history
            .iter()
            .find(|a| {
                a.scenario == s.meta.id
                    && a.seed == Some(session.run.seed)
                    && a.started_secs == Some(session.started_ms / 1000)
                    && a.decisions == session.records(s)
            })
            .cloned()
            .unwrap_or_else(|| Attempt::new(session, s, debrief, self.now_ms() / 1000));
        let stem = format!("entretien-{}-{}", file_safe(&s.meta.id), attempt.id());
        let lang = self.settings.lang;
        match form {
            Form::Xapi => {
                let actor = self.settings.xapi_actor.as_deref();
                let statements = report::xapi::statements(&attempt, s, actor).ok()?;
                let text = serde_json::to_string_pretty(&statements).ok()?;
                Some((format!("{stem}.xapi.json"), None, text))
            }
            Form::Pdf => {
                let text = report::attempt::render(&attempt, s, session, lang, Format::Pdf);
                Some((format!("{stem}.pdf"), Some(Format::Pdf), text))
            }
            Form::Page => {
                let text = report::attempt::render(&attempt, s, session, lang, Format::Html);
                Some((format!("{stem}.html"), Some(Format::Html), text))
            }
        }
    }

    /// The workshop on screen's report as a PDF's name, form and text.
    fn workshop_document(&self) -> Option<(String, Option<Format>, String)> {
        let (w, s): (_, &Scenario) = self.workshop()?;
        let lang = self.settings.lang;
        let text = report::workshop::render(w, s, lang, self.now_ms() / 1000, Format::Pdf);
        let page = crate::store::summary_page_name(&s.meta.id, w.session.started_ms);
        let name = page.strip_suffix(".html").unwrap_or(&page);
        Some((format!("{name}.pdf"), Some(Format::Pdf), text))
    }
}

/// The folder exports go to, for the "open the folder" button.
pub fn export_dir(store: &Store) -> PathBuf {
    store.dir().join(EXPORT_DIR)
}
