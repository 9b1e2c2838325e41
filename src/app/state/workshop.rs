//! The workshop as the app keeps it: the [`Workshop`] on screen, the
//! facilitator's commands, and how the two views are arranged. After every
//! decision (and when the workshop is left) its summary is written again
//! and the workshop is saved to resume, so nothing is lost.

use std::path::PathBuf;

use super::{AppState, Effect, Notice, ResumeFailure, Screen, playable};
use crate::engine::{EngineError, Happened, Next, Workshop};
use crate::report::Format;

/// What the facilitator asks of the workshop on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkshopCommand {
    /// Adds `delta` votes to answer `answer` (letter order) and selects it.
    Vote {
        /// 0 for A.
        answer: usize,
        /// +1 or −1.
        delta: i32,
    },
    /// Adds `delta` votes to the answer selected last (keys + and −).
    VoteSelected(i32),
    /// Shows or hides every answer's scores.
    ToggleReveal,
    /// Follows answer `n` (letter order).
    Follow(usize),
    /// The clicker's next step: reveal, then follow the majority.
    Next,
    /// Back before the last decision.
    Back,
    /// Takes again the decision taken back.
    Forward,
    /// Goes to a beat (clicked on the branch map).
    Jump(u32),
    /// Starts or pauses the discussion timer.
    ToggleTimer,
    /// Sets the discussion timer back to zero.
    ResetTimer,
    /// Writes the summary now.
    SaveSummary,
    /// Opens the summary written last.
    OpenSummary,
    /// Opens the folder of the summaries (the earlier workshops too).
    OpenSummaryFolder,
    /// Shows or hides the presenter panel (one screen).
    TogglePresenter,
    /// Shows the room view in a window of its own, or back in this one.
    ToggleAudienceWindow,
    /// Opens or closes the branch map over the presenter view.
    ToggleMap,
}

/// Something the presenter should know about the last command (a tie
/// is the workshop's own state: the room is told too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkshopHint {
    /// The beat clicked on the map cannot be reached from here or from
    /// the start.
    Unreachable,
}

/// How the workshop is shown; not part of the interview. Safe by default:
/// the room view opens in a window of its own (for the projector) and the
/// presenter in this one; on one screen the room view fills the window
/// and the presenter shows only when asked (F2), so a mirrored projector
/// never shows what the room should not see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkshopView {
    /// The presenter panel is shown beside the room view (one screen).
    pub presenter_shown: bool,
    /// The room view is in a second window (the projector).
    pub audience_window: bool,
    /// The answer keys + and − count for.
    pub selected: usize,
    /// What the presenter should know.
    pub hint: Option<WorkshopHint>,
    /// The summary written last.
    pub summary: Option<PathBuf>,
    /// At the ending, the room sees what to do next (the clicker's second
    /// page there) rather than the ending itself.
    pub next_steps_shown: bool,
    /// The branch map is open over the presenter view: it has the keys.
    pub map_open: bool,
}

impl Default for WorkshopView {
    fn default() -> Self {
        WorkshopView {
            presenter_shown: false,
            audience_window: true,
            selected: 0,
            hint: None,
            summary: None,
            next_steps_shown: false,
            map_open: false,
        }
    }
}

impl AppState {
    /// Whether a workshop of scenario `id` was left unfinished.
    pub(super) fn parked_workshop_of(&self, id: &str) -> bool {
        self.workshops.contains_key(id)
    }

    /// Leaving the workshop on screen: its summary is written and it is
    /// kept, to resume from the library.
    pub(super) fn park_workshop(&mut self) {
        if matches!(self.screen, Screen::Workshop(_)) {
            self.save_summary();
            self.keep_workshop();
        }
    }

    /// Saves the workshop on screen in the data folder, to resume even
    /// after the app closes; one that reached its ending is done with, and
    /// one with no decision yet never replaces an earlier one.
    fn keep_workshop(&mut self) {
        let Screen::Workshop(w) = &self.screen else {
            return;
        };
        if w.decisions().is_empty() {
            return;
        }
        let id = w.session.scenario_id().to_owned();
        if w.session.run.ending().is_some() {
            self.change_workshops(move |saved| {
                saved.remove(&id);
            });
        } else {
            let w = (**w).clone();
            self.change_workshops(move |saved| {
                saved.insert(id.clone(), w.clone());
            });
        }
    }

    /// Resumes the saved workshop of scenario `id`, once checked against
    /// the scenario; a damaged one is set aside with a notice.
    pub(super) fn unpark_workshop(&mut self, id: &str) {
        let now = self.now_ms();
        let (Some(s), Some(saved)) = (self.scenario(id), self.workshops.get(id)) else {
            return;
        };
        match saved.clone().restore(s, now) {
            Ok(w) => {
                // Its summary, written before the app closed, opens again.
                let name = crate::store::summary_page_name(id, w.session.started_ms);
                let written = self.store.as_ref().map(|store| store.summary_path(&name));
                self.workshop_view.summary = written.filter(|p| p.is_file());
                self.show_workshop(Box::new(w));
            }
            Err(e) => {
                let why = match e {
                    EngineError::ScenarioChanged { .. } => ResumeFailure::ScenarioChanged {
                        kept_at: self.keep_workshop_aside(id),
                    },
                    _ => ResumeFailure::Damaged {
                        kept_at: self.keep_workshop_aside(id),
                    },
                };
                let gone = id.to_owned();
                self.change_workshops(move |saved| {
                    saved.remove(&gone);
                });
                self.notify(Notice::CannotResume {
                    scenario: id.to_owned(),
                    why,
                });
            }
        }
    }

    /// Puts a workshop on screen and announces its lines.
    fn show_workshop(&mut self, w: Box<Workshop>) {
        self.announce_shown(&w.session);
        self.paused = false;
        self.screen = Screen::Workshop(w);
    }

    /// The workshop on screen and its scenario.
    pub fn workshop(&self) -> Option<(&Workshop, &crate::scenario::Scenario)> {
        let Screen::Workshop(w) = &self.screen else {
            return None;
        };
        Some((w, self.scenario(w.session.scenario_id())?))
    }

    pub(super) fn start_workshop(&mut self, id: &str) {
        let seed = rand::Rng::random(&mut self.seeds);
        let (lang, now) = (self.settings.lang, self.now_ms());
        let Some(s) = self.scenario(id) else {
            return;
        };
        let w = Box::new(Workshop::new(s, seed, lang, now));
        self.workshop_view = WorkshopView {
            audience_window: self.workshop_view.audience_window,
            ..WorkshopView::default()
        };
        self.show_workshop(w);
    }

    pub(super) fn workshop_command(&mut self, cmd: WorkshopCommand) {
        use WorkshopCommand as C;
        let view = &mut self.workshop_view;
        view.hint = None;
        match cmd {
            C::TogglePresenter => return view.presenter_shown = !view.presenter_shown,
            C::ToggleAudienceWindow => {
                // Back in one window, the room view fills it.
                view.audience_window = !view.audience_window;
                view.presenter_shown = false;
                return;
            }
            C::ToggleMap => return view.map_open = !view.map_open,
            C::OpenSummary | C::OpenSummaryFolder => {
                let file = view.summary.clone();
                let folder = file.as_ref().and_then(|f| f.parent()).map(PathBuf::from);
                let open = if cmd == C::OpenSummary { file } else { folder };
                self.effects.extend(open.map(Effect::OpenFile));
                return;
            }
            C::SaveSummary => return self.save_summary(),
            _ => {}
        }
        let now = self.now_ms();
        let Screen::Workshop(w) = &mut self.screen else {
            return;
        };
        let Some(s) = playable(&self.entries, w.session.scenario_id()) else {
            return;
        };
        let mut went = None;
        let mut moved = false;
        let mut shown = Vec::new();
        let mut refused = None;
        // At the ending, next and back turn its two pages first.
        let page = &mut self.workshop_view.next_steps_shown;
        match cmd {
            C::Next if w.over() => return *page = true,
            C::Back if *page => return *page = false,
            _ => {}
        }
        match cmd {
            C::Vote { answer, delta } => {
                w.vote(answer, delta);
                self.workshop_view.selected = answer;
            }
            C::VoteSelected(delta) => w.vote(self.workshop_view.selected, delta),
            C::ToggleReveal => w.set_revealed(!w.revealed()),
            C::Follow(n) => match w.follow(s, n, now) {
                Ok(h) => went = Some(h),
                Err(e) => refused = Some(e),
            },
            C::Next => match w.next(s, now) {
                Ok(Next::Went(h)) => went = Some(h),
                Ok(Next::Shown { lines }) => shown = lines,
                Ok(_) => {}
                Err(e) => refused = Some(e),
            },
            C::Back => match w.back(s, now) {
                Ok(()) => moved = true,
                // Back at the first decision has nothing to go back to: a
                // rule the disabled button shows, not a failure.
                Err(EngineError::NothingToUndo) => {}
                Err(e) => refused = Some(e),
            },
            C::Forward => match w.forward(s, now) {
                Ok(h) => went = Some(h),
                Err(e) => refused = Some(e),
            },
            C::Jump(beat) => {
                moved = w.jump(s, beat, now);
                // Gone there, the map gives the room back its view and keys.
                self.workshop_view.map_open &= !moved;
                if !moved {
                    self.workshop_view.hint = Some(WorkshopHint::Unreachable);
                }
            }
            C::ToggleTimer => w.timer.toggle(now),
            C::ResetTimer => w.timer.reset(),
            _ => {}
        }
        let changed = went.is_some() || moved;
        if changed {
            self.workshop_view.selected = 0;
            self.workshop_view.next_steps_shown = false;
        }
        let lines = if moved {
            w.session.run.shown_lines(s)
        } else {
            shown
        };
        if let Some(Happened { lines, reached, .. }) = went {
            self.announce(lines, reached);
        }
        self.announce(lines, Vec::new());
        if let Some(e) = refused {
            self.refused(&e);
        }
        // Like an interview's autosave: the summary follows every decision,
        // so a closed or crashed window loses nothing the room decided.
        if changed {
            self.save_summary();
            self.keep_workshop();
        }
    }

    /// Writes the summary of the workshop on screen, if it has a decision.
    pub(super) fn save_summary(&mut self) {
        let written_secs = self.now_ms() / 1000;
        let lang = self.settings.lang;
        let Some((w, s)) = self.workshop() else {
            return;
        };
        if w.decisions().is_empty() {
            return;
        }
        // The page to open and print, the Markdown beside it, and the record
        // `entretien report` writes them again from.
        let (id, started) = (s.meta.id.as_str(), w.session.started_ms);
        let page = crate::report::workshop::render(w, s, lang, written_secs, Format::Html);
        let markdown = crate::report::workshop_summary(w, s, lang, written_secs);
        let mut beside = vec![(crate::store::summary_file_name(id, started), markdown)];
        // A workshop always serialises; should it not, the summaries are
        // still written.
        if let Ok(record) = crate::store::workshop_record(w) {
            beside.push((crate::store::workshop_record_name(id, started), record));
        }
        let shown = (crate::store::summary_page_name(id, started), page);
        self.queue_summary(shown, beside);
    }
}
