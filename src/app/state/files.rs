//! The data folder as the app sees it: settings, history and unfinished
//! interviews in the [`Store`], and scenario files dropped on the window.
//! Every failure becomes a notice; nothing here can lose what is in memory.

use std::path::Path;

use super::{AppState, Effect, Notice};
use crate::engine::Session;
use crate::scenario::check::Report;
use crate::scenario::disk::check_file;
use crate::scenario::library::refuse;
use crate::scenario::load::Limits;
use crate::store::{
    Attempt, HISTORY_FILE, LoadNote, SAVED_FILE, SAVED_WORKSHOPS_FILE, SETTINGS_FILE, Settings,
    Store, StoreError, latest_saved, parse_history, parse_saved_runs, parse_saved_workshops,
    parse_settings, saved_key,
};

impl AppState {
    /// Reads settings, history, pending attempts and unfinished interviews
    /// at start (before the first frame: the only reads the app makes).
    pub(super) fn load_store(&mut self) {
        let Some(store) = self.store.clone() else {
            return;
        };
        let (settings, n1) = store.load(SETTINGS_FILE, |t| parse_settings(t).map(Some));
        if let Some(settings) = settings {
            self.settings = settings;
        }
        let (history, n2) = store.load(HISTORY_FILE, parse_history);
        let (unfinished, n3) = store.load(SAVED_FILE, parse_saved_runs);
        let (workshops, n4) = store.load(SAVED_WORKSHOPS_FILE, parse_saved_workshops);
        self.history = history;
        self.own = unfinished.keys().cloned().collect();
        self.unfinished = unfinished;
        self.workshops = workshops;
        for note in [n1, n2, n3, n4].into_iter().flatten() {
            self.note(note);
        }
        // Attempts an earlier session could not add to the history: shown
        // now, and added with this first save.
        let pending: Vec<Attempt> = (store.read_pending().into_iter())
            .filter(|a| !self.history.contains(a))
            .collect();
        if !pending.is_empty() {
            self.pending = pending.clone();
            self.show_pending(pending);
            self.queue_history();
        }
        self.forget_recorded();
    }

    /// An unfinished interview that the history already holds finished (the
    /// app stopped between recording it and clearing its saved copy) is
    /// dropped, so "Reprendre" cannot record it twice.
    fn forget_recorded(&mut self) {
        let recorded: Vec<String> = (self.unfinished.iter())
            .filter(|(_, s)| {
                self.history.iter().any(|a| {
                    a.scenario == s.scenario_id()
                        && a.seed == Some(s.run.seed)
                        && a.started_secs == Some(s.started_ms / 1000)
                })
            })
            .map(|(k, _)| k.clone())
            .collect();
        if !recorded.is_empty() {
            self.change_unfinished(move |_, runs| runs.retain(|k, _| !recorded.contains(k)));
        }
    }

    fn note(&mut self, note: LoadNote) {
        self.notify(Notice::DataFile(note));
    }

    /// One notice per folder that refuses writes (a read-only folder
    /// refuses every file), or per file that cannot be read back.
    pub(super) fn save_failed(&mut self, e: &StoreError) {
        let path = Path::new(e.path());
        let place = match e {
            StoreError::Write { .. } => path.parent().unwrap_or(path),
            StoreError::Read { .. } => path,
        };
        let (place, detail) = (place.display().to_string(), e.detail().to_owned());
        self.notify(Notice::SaveFailed { place, detail });
    }

    /// Saves `session` in place of the interviews of its scenario that
    /// were there at start or that this window saved; one another window
    /// saved meanwhile, or plays now, is kept.
    pub(super) fn keep_unfinished(&mut self, session: Session) {
        let key = saved_key(&session);
        let replaced: Vec<String> = self
            .unfinished
            .iter()
            .filter(|(k, s)| {
                s.scenario_id() == session.scenario_id() && self.own.contains(*k) && **k != key
            })
            .map(|(k, _)| k.clone())
            .collect();
        self.own.insert(key.clone());
        self.change_unfinished(move |store, runs| {
            runs.retain(|k, _| {
                !replaced.contains(k) || store.is_some_and(|s| s.claimed_elsewhere(k))
            });
            runs.insert(key.clone(), session.clone());
        });
    }

    /// Drops the saved copy of `session`; others are left alone.
    pub(super) fn forget_unfinished(&mut self, session: &Session) {
        let session = session.clone();
        self.change_unfinished(move |_, runs| {
            runs.retain(|_, kept| !kept.same_interview(&session))
        });
    }

    /// Writes a saved interview that cannot be resumed to a file of its
    /// own, so that nothing is deleted; `None` when it could not be kept (a
    /// notice says why).
    pub(super) fn keep_aside(&mut self, id: &str) -> Option<String> {
        let store = self.store.as_ref()?;
        let (_, session) = latest_saved(&self.unfinished, id)?;
        let name = store.unused_name(&format!("unfinished-{}.ron.corrupt", sanitize(id)));
        match store.save(&name, session) {
            Ok(()) => Some(store.dir().join(name).display().to_string()),
            Err(e) => {
                self.save_failed(&e);
                None
            }
        }
    }

    /// Writes a saved workshop that cannot be resumed to a file of its
    /// own; `None` when it could not be kept (a notice says why).
    pub(super) fn keep_workshop_aside(&mut self, id: &str) -> Option<String> {
        let store = self.store.as_ref()?;
        let w = self.workshops.get(id)?;
        let name = store.unused_name(&format!("unfinished-workshop-{}.ron.corrupt", sanitize(id)));
        match store.save(&name, w) {
            Ok(()) => Some(store.dir().join(name).display().to_string()),
            Err(e) => {
                self.save_failed(&e);
                None
            }
        }
    }

    /// Adds a finished interview to the history: at once in memory, and on
    /// disk by the writer (merged with what another window wrote). Until
    /// it is there, it is pending: kept in a pending file if the history
    /// refuses it, and written with the next save that works.
    pub(super) fn record_attempt(&mut self, attempt: Attempt) {
        self.effects.push(Effect::AttemptSaved {
            scenario: attempt.scenario.clone(),
            ending: attempt.ending.clone(),
        });
        self.history.push(attempt.clone());
        self.pending.push(attempt);
        self.queue_history();
    }

    pub(super) fn set_settings(&mut self, settings: Settings) {
        self.settings = settings.clamped();
        self.queue_settings();
    }

    /// Checks a dropped file; a playable one whose id is free (or which
    /// replaces the same file) is kept in the user folder.
    pub(super) fn add_file(&mut self, path: &Path) {
        let mut report = check_file(path, &Limits::default());
        crate::scenario::library::add_audit_findings(&mut report);
        crate::audio::add_undecodable_media(&mut report);
        let mut file = path.file_name().map_or_else(
            || path.display().to_string(),
            |f| f.to_string_lossy().into_owned(),
        );
        // A kept file of that name holding another scenario stays: this one
        // is kept beside it, under a name of its own ("x-2.ron").
        if let (Some(dir), Some(id)) = (&self.user_scenarios, report.scenario.as_ref()) {
            let taken_by_other = |name: &str| {
                let at = dir.join(name).display().to_string();
                (self.entries.iter()).any(|r| {
                    r.file == at && r.scenario.as_ref().is_some_and(|s| s.meta.id != id.meta.id)
                })
            };
            if taken_by_other(&file) {
                file = free_scenario_name(dir, &file);
            }
        }
        let kept = self.user_scenarios.as_ref().map(|d| d.join(&file));
        let kept_name = kept.as_ref().map(|k| k.display().to_string());
        if let Some(id) = report.scenario.as_ref().map(|s| s.meta.id.clone()) {
            // Dropping a new version of a kept file replaces it; any other
            // file with this id wins, and this one is refused.
            let same_file = |r: &Report| kept_name.as_deref() == Some(r.file.as_str());
            let owner = self
                .entries
                .iter()
                .find(|r| !same_file(r) && r.scenario.as_ref().is_some_and(|s| s.meta.id == id));
            match owner {
                Some(owner) => refuse(&mut report, owner.file.clone()),
                None => {
                    self.entries.retain(|r| !same_file(r));
                    report.file = kept_name.unwrap_or(report.file);
                }
            }
        }
        let ok = report.scenario.is_some();
        self.entries.push(report);
        // Only a playable scenario is copied (never a pipe, which is not read).
        if ok
            && let (Some(dir), Ok(text)) = (
                &self.user_scenarios,
                crate::scenario::disk::read_file(path, &Limits::default()),
            )
            && let Err(e) = Store::new(dir).write(&file, text.as_bytes())
        {
            self.save_failed(&e);
        }
        self.notify(if ok {
            Notice::Added { file }
        } else {
            Notice::Rejected { file }
        });
    }
}

/// `x-2.ron`, `x-3.ron`… for `x.ron`: the first name free in `dir`.
fn free_scenario_name(dir: &Path, file: &str) -> String {
    let (stem, ext) = file.rsplit_once('.').unwrap_or((file, "ron"));
    (2..)
        .map(|n| format!("{stem}-{n}.{ext}"))
        .find(|name| !dir.join(name).exists())
        .unwrap_or_else(|| file.to_owned())
}

/// A scenario id as a file name part (ids are checked, but a saved file
/// may hold anything).
fn sanitize(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect()
}
