//! Saving off the frame. A change is made in memory at once and queued to
//! the store's writer thread, which merges it into the file under its lock;
//! what is then on disk comes back here and replaces the memory's copy, so
//! another window's changes show too. The frame never waits on the disk.
//!
//! A merged copy replaces memory only when no later change to the same
//! file is still queued: an older answer must not undo a newer change.

use std::path::PathBuf;

use super::{AppState, Effect, Notice};
use crate::store::{
    Attempt, LoadNote, SAVED_FILE, SAVED_WORKSHOPS_FILE, SavedRuns, SavedWorkshops, Store,
    StoreError, parse_saved_runs, parse_saved_workshops,
};

/// What a write to the data folder came to.
pub enum Saved {
    /// Attempts added to the history.
    History {
        /// The job's number.
        seq: u64,
        /// The attempts it was to add.
        sent: Vec<Attempt>,
        /// The history then on disk, or why not.
        result: Result<(Vec<Attempt>, Option<LoadNote>), StoreError>,
        /// Where the attempts were kept when the history refused them.
        kept: Option<Result<PathBuf, StoreError>>,
    },
    /// The unfinished interviews changed.
    Unfinished {
        /// The job's number.
        seq: u64,
        /// The file then on disk, or why not.
        result: Result<(SavedRuns, Option<LoadNote>), StoreError>,
    },
    /// The unfinished workshops changed.
    Workshops {
        /// The job's number.
        seq: u64,
        /// The file then on disk, or why not.
        result: Result<(SavedWorkshops, Option<LoadNote>), StoreError>,
    },
    /// The settings were written.
    Settings(Result<(), StoreError>),
    /// A workshop summary was written (its file name, and where).
    Summary(String, Result<PathBuf, StoreError>),
    /// An export was written, or why not.
    Exported(Result<PathBuf, crate::report::ReportError>),
}

/// The last job queued for each shared file.
#[derive(Default)]
pub(super) struct Latest {
    history: u64,
    unfinished: u64,
    workshops: u64,
    next: u64,
}

impl Latest {
    fn take(&mut self) -> u64 {
        self.next += 1;
        self.next
    }
}

impl AppState {
    /// Applies what the writer has finished; never blocks. The effects are
    /// the notices raised.
    pub fn poll_saved(&mut self) -> Vec<Effect> {
        for saved in self.writer.finished() {
            self.apply_saved(saved);
        }
        std::mem::take(&mut self.effects)
    }

    /// Blocks until every queued write is done (closing the window, tests).
    pub fn wait_saved(&mut self) -> Vec<Effect> {
        for saved in self.writer.wait() {
            self.apply_saved(saved);
        }
        std::mem::take(&mut self.effects)
    }

    /// Whether writes are still queued.
    pub fn saving(&self) -> bool {
        self.writer.busy()
    }

    /// Called when a write is done, from the writer's thread.
    pub fn set_waker(&self, wake: Box<dyn Fn() + Send>) {
        self.writer.set_waker(wake);
    }

    /// Adds the pending attempts to the history file, or keeps them in a
    /// pending file when it refuses.
    pub(super) fn queue_history(&mut self) {
        let Some(store) = self.store.clone() else {
            self.pending.clear();
            return;
        };
        let seq = self.latest.take();
        self.latest.history = seq;
        // Each attempt is in one job only; a job that fails gives its
        // attempts back to `pending`, for the next save.
        let sent = std::mem::take(&mut self.pending);
        self.writer.send(move || {
            let result = store.add_attempts(&sent);
            let kept = result.is_err().then(|| store.keep_pending(&sent));
            Saved::History {
                seq,
                sent,
                result,
                kept,
            }
        });
    }

    /// Applies `change` to the unfinished interviews in memory now, and on
    /// disk (merged with another window's) in the writer: only there does
    /// it get the store (to ask whether another window plays a run).
    pub(super) fn change_unfinished(
        &mut self,
        change: impl Fn(Option<&Store>, &mut SavedRuns) + Send + 'static,
    ) {
        // In memory without the store: nothing on the frame touches the
        // disk; the merged file the writer returns has the final say.
        change(None, &mut self.unfinished);
        let Some(store) = self.store.clone() else {
            return;
        };
        let seq = self.latest.take();
        self.latest.unfinished = seq;
        self.writer.send(move || {
            let result = store.update(SAVED_FILE, parse_saved_runs, |runs| {
                change(Some(&store), runs)
            });
            Saved::Unfinished { seq, result }
        });
    }

    /// Changes the unfinished workshops in memory now, and on disk.
    pub(super) fn change_workshops(
        &mut self,
        change: impl Fn(&mut SavedWorkshops) + Send + 'static,
    ) {
        change(&mut self.workshops);
        let Some(store) = self.store.clone() else {
            return;
        };
        let seq = self.latest.take();
        self.latest.workshops = seq;
        self.writer.send(move || {
            let result = store.update(SAVED_WORKSHOPS_FILE, parse_saved_workshops, change);
            Saved::Workshops { seq, result }
        });
    }

    /// Writes the settings in the writer.
    pub(super) fn queue_settings(&mut self) {
        let Some(store) = self.store.clone() else {
            return;
        };
        let settings = self.settings.clone();
        self.writer
            .send(move || Saved::Settings(store.save(crate::store::SETTINGS_FILE, &settings)));
    }

    /// Writes a workshop summary in the writer.
    /// Writes a workshop's summary page (`shown`, the one offered to open)
    /// and the files kept beside it, in one job; the first failure stops
    /// it and is reported.
    pub(super) fn queue_summary(&mut self, shown: (String, String), beside: Vec<(String, String)>) {
        let Some(store) = self.store.clone() else {
            return;
        };
        self.writer.send(move || {
            for (name, text) in &beside {
                if let Err(e) = store.write_summary(name, text) {
                    return Saved::Summary(name.clone(), Err(e));
                }
            }
            let (name, text) = shown;
            let written = store.write_summary(&name, &text);
            Saved::Summary(name, written)
        });
    }

    fn apply_saved(&mut self, saved: Saved) {
        match saved {
            Saved::History {
                seq,
                sent,
                result,
                kept,
            } => match result {
                Ok((merged, note)) => {
                    if seq == self.latest.history {
                        self.history = merged;
                        let pending = self.pending.clone();
                        self.show_pending(pending);
                    }
                    self.note_opt(note);
                }
                Err(e) => {
                    self.pending.splice(0..0, sent);
                    self.save_failed(&e);
                    if let Some(Err(e)) = kept {
                        self.save_failed(&e);
                    }
                }
            },
            Saved::Unfinished { seq, result } => {
                if let Some(merged) = self.merged(result)
                    && seq == self.latest.unfinished
                {
                    self.unfinished = merged;
                }
            }
            Saved::Workshops { seq, result } => {
                if let Some(merged) = self.merged(result)
                    && seq == self.latest.workshops
                {
                    self.workshops = merged;
                }
            }
            Saved::Settings(result) => {
                if let Err(e) = result {
                    self.save_failed(&e);
                }
            }
            Saved::Summary(name, Ok(path)) => {
                // Offered to open while its workshop is on screen.
                if self.workshop().is_some_and(|(w, s)| {
                    crate::store::summary_page_name(&s.meta.id, w.session.started_ms) == name
                }) {
                    self.workshop_view.summary = Some(path.clone());
                }
                self.effects.push(Effect::SummaryWritten { path });
            }
            Saved::Summary(_, Err(e)) => self.save_failed(&e),
            Saved::Exported(written) => self.exported(written),
        }
    }

    /// Adds to the history shown the attempts not on disk yet.
    pub(super) fn show_pending(&mut self, pending: Vec<Attempt>) {
        for a in pending {
            if !self.history.contains(&a) {
                self.history.push(a);
            }
        }
    }

    fn merged<T>(&mut self, result: Result<(T, Option<LoadNote>), StoreError>) -> Option<T> {
        match result {
            Ok((merged, note)) => {
                self.note_opt(note);
                Some(merged)
            }
            Err(e) => {
                self.save_failed(&e);
                None
            }
        }
    }

    fn note_opt(&mut self, note: Option<LoadNote>) {
        if let Some(note) = note {
            self.notify(Notice::DataFile(note));
        }
    }
}
