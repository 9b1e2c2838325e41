//! The app's state and its one command handler. No egui here: screens read
//! the state and send [`Command`]s; [`AppState::handle`] is where anything
//! changes, and it returns the [`Effect`]s that followers (sound, a second
//! window) react to. Everything is testable without a window.
//!
//! - `command`: what screens ask for and what comes of it;
//! - `notice`: messages to the user, one per cause;
//! - `interview`: starting, playing, finishing and resuming a [`Session`];
//! - `learning`: past debriefs opened from History, what the library says
//!   of a scenario's last result and of the interview to resume;
//! - `files`: the data folder (history, saved interviews, settings) and
//!   dropped scenario files;
//! - `saving`: what the writer thread writes, and what comes back from it;
//! - `workshop`: the workshop mode (a room votes, the facilitator reveals
//!   and leads) and its summary;
//! - `fork`: a run played on from a decision, kept beside its original,
//!   and the debrief's pages.

mod command;
mod export;
mod files;
mod fork;
mod interview;
mod learning;
mod notice;
mod saving;
mod workshop;

use std::collections::BTreeSet;
use std::path::PathBuf;

use rand::SeedableRng;
use rand_pcg::Pcg32;

pub use command::{Command, Effect, SoundRequest};
pub use export::{EXPORT_DIR, Export, Form, export_dir};
pub use fork::{DebriefView, Fork};
pub use learning::{PastDebrief, Replayable, ResumeInfo};
pub use notice::{Notice, Notices, ResumeFailure};
pub use workshop::{WorkshopCommand, WorkshopHint, WorkshopView};

use crate::audio::{FileError, PlaybackError};
pub use crate::engine::Mode;
use crate::engine::{Debrief, Session, Workshop};
use crate::scenario::Scenario;
use crate::scenario::check::Report;
use crate::store::{Attempt, Claim, SavedRuns, SavedWorkshops, Store, Writer, latest_saved};
pub use crate::store::{Settings, Theme};
use saving::{Latest, Saved};

/// The screens.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Scenario cards.
    Library,
    /// Before starting.
    Briefing {
        /// Scenario id.
        id: String,
    },
    /// The conversation (the pause is drawn over it).
    Interview(Box<Session>),
    /// After the end.
    Debrief {
        /// The finished interview (for retry from a decision).
        session: Box<Session>,
        /// What to show.
        debrief: Box<Debrief>,
    },
    /// A workshop: the room view and the presenter's.
    Workshop(Box<Workshop>),
    /// Past attempts.
    History,
    /// Settings.
    Settings,
}

/// The whole app state.
pub struct AppState {
    /// Current screen.
    pub screen: Screen,
    /// The version and build date the credits show ([`crate::VERSION`];
    /// screen snapshots set a fixed one, as the date changes every day).
    pub version: &'static str,
    /// Scenario files, built-ins first; each may carry errors (a file whose
    /// id is already taken carries that error and cannot be played).
    pub entries: Vec<Report>,
    /// Settings.
    pub settings: Settings,
    /// Mode chosen in the library.
    pub mode: Mode,
    /// Finished attempts, oldest first.
    pub history: Vec<Attempt>,
    /// Unfinished interviews (see [`crate::store::saved_key`]).
    pub unfinished: SavedRuns,
    /// Messages to show.
    pub notices: Notices,
    /// The resources panel is open.
    pub resources_open: bool,
    /// The five key points' legend is open.
    pub legend_open: bool,
    /// The interview is paused (step-out overlay).
    pub paused: bool,
    /// How the workshop is shown.
    pub workshop_view: WorkshopView,
    /// Workshops left unfinished (for another screen, or when the app
    /// closed), the latest of each scenario, to resume.
    pub workshops: SavedWorkshops,
    /// The finished run the interview on screen was played on from.
    pub fork: Option<Fork>,
    /// The page of the debrief on screen.
    pub debrief_view: DebriefView,
    /// The past attempt whose debrief was opened from History.
    past: Option<PastDebrief>,
    store: Option<Store>,
    /// Keys of the unfinished interviews this window may replace: those
    /// there at start and those it saved (not another window's).
    own: BTreeSet<String>,
    /// The claim on the interview on screen (another window may not take it).
    live: Option<Claim>,
    /// Finished attempts not in the history file yet (shown in `history`).
    pending: Vec<Attempt>,
    /// The thread that writes the data folder.
    writer: Writer<Saved>,
    latest: Latest,
    user_scenarios: Option<PathBuf>,
    seeds: Pcg32,
    clock_ms: Box<dyn Fn() -> u64>,
    effects: Vec<Effect>,
}

/// What the state is built from; tests give temporary folders and a fixed clock.
pub struct Setup {
    /// Library entries.
    pub entries: Vec<Report>,
    /// Where history, saved interviews and settings live (`None`: memory only).
    pub store: Option<Store>,
    /// Where dropped scenario files are kept (`None`: not kept).
    pub user_scenarios: Option<PathBuf>,
    /// Settings to use when the store has none.
    pub settings: Settings,
    /// Seed of the seeds given to new runs.
    pub seed: u64,
    /// Milliseconds since 1970.
    pub clock_ms: Box<dyn Fn() -> u64>,
}

/// Milliseconds since 1970, from the system clock.
pub fn system_clock_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

impl AppState {
    /// Loads the library and, when there is a store, the settings, the
    /// history and the unfinished interviews.
    pub fn new(setup: Setup) -> AppState {
        let Setup {
            entries,
            store,
            user_scenarios,
            settings,
            seed,
            clock_ms,
        } = setup;
        let mut state = AppState {
            screen: Screen::Library,
            entries,
            settings: settings.clamped(),
            mode: Mode::Practice,
            history: Vec::new(),
            unfinished: SavedRuns::new(),
            notices: Notices::default(),
            resources_open: false,
            legend_open: false,
            paused: false,
            workshop_view: WorkshopView::default(),
            workshops: SavedWorkshops::new(),
            fork: None,
            debrief_view: DebriefView::default(),
            past: None,
            version: crate::VERSION,
            store,
            own: BTreeSet::new(),
            live: None,
            pending: Vec::new(),
            writer: Writer::start(),
            latest: Latest::default(),
            user_scenarios,
            seeds: Pcg32::seed_from_u64(seed),
            clock_ms,
            effects: Vec::new(),
        };
        state.load_store();
        state.effects.clear();
        state
    }

    /// The library checked in full (after the first frame) replaces the
    /// first reports, file by file; a file dropped meanwhile stays. The
    /// scenario of an interview on screen stays playable until it ends.
    pub fn analysed(&mut self, full: Vec<Report>) {
        let playing = self.session().map(|(s, _)| s.scenario_id().to_owned());
        for mut report in full {
            let Some(entry) = self.entries.iter_mut().find(|e| e.file == report.file) else {
                continue;
            };
            let in_use = |r: &Report| r.scenario.as_ref().map(|s| &s.meta.id) == playing.as_ref();
            if report.scenario.is_none() && playing.is_some() && in_use(entry) {
                report.scenario = entry.scenario.take();
            }
            *entry = report;
        }
    }

    /// The playable scenario with this id (ids are unique among playable
    /// entries: the library refuses a second file with a taken id).
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        playable(&self.entries, id)
    }

    /// The interview on screen (playing or finished) and its scenario.
    pub fn session(&self) -> Option<(&Session, &Scenario)> {
        let session = match &self.screen {
            Screen::Interview(session) | Screen::Debrief { session, .. } => session,
            Screen::Workshop(w) => &w.session,
            _ => return None,
        };
        Some((session, self.scenario(session.scenario_id())?))
    }

    /// Whether a scenario has an interview to resume.
    pub fn can_resume(&self, id: &str) -> bool {
        self.scenario(id).is_some()
            && (latest_saved(&self.unfinished, id).is_some() || self.parked_workshop_of(id))
    }

    /// Whether "Reprendre" brings back a workshop rather than an
    /// interview: in the workshop mode, or when there is no interview.
    pub fn resumes_workshop(&self, id: &str) -> bool {
        self.parked_workshop_of(id)
            && (self.mode == Mode::Workshop || latest_saved(&self.unfinished, id).is_none())
    }

    /// Attempts at a scenario, oldest first.
    pub fn attempts(&self, scenario: &str) -> Vec<&Attempt> {
        self.history
            .iter()
            .filter(|a| a.scenario == scenario)
            .collect()
    }

    /// The attempt at `scenario` finished last before `started_secs`: the
    /// one a debrief sets beside this interview on the radar.
    pub fn previous_attempt(&self, scenario: &str, started_secs: u64) -> Option<&Attempt> {
        self.history
            .iter()
            .filter(|a| a.scenario == scenario && a.finished_secs < started_secs)
            .max_by_key(|a| a.finished_secs)
    }

    /// Applies a command; returns what happened.
    pub fn handle(&mut self, cmd: Command) -> Vec<Effect> {
        match cmd {
            Command::OpenLibrary | Command::Quit => self.leave_to(Screen::Library),
            Command::OpenHistory => self.leave_to(Screen::History),
            Command::OpenSettings => self.leave_to(Screen::Settings),
            Command::OpenBriefing(id) => {
                if self.scenario(&id).is_some() {
                    self.leave_to(Screen::Briefing { id });
                }
            }
            Command::SetMode(mode) => self.mode = mode,
            Command::Start => {
                if let Screen::Briefing { id } = &self.screen {
                    let id = id.clone();
                    match self.mode {
                        Mode::Workshop => self.start_workshop(&id),
                        mode => self.start(&id, mode),
                    }
                }
            }
            Command::Resume(id) if self.resumes_workshop(&id) => self.unpark_workshop(&id),
            Command::Resume(id) => self.resume(&id),
            Command::Choose(index) => self.choose(index),
            Command::Undo => self.undo(),
            Command::Replay => {
                if let Screen::Debrief { session, .. } = &self.screen {
                    let (id, mode) = (session.scenario_id().to_owned(), session.mode);
                    self.fork = None;
                    self.start(&id, mode);
                }
            }
            Command::RetryFrom(n) => self.retry_from(n),
            Command::ToggleResources => self.resources_open = !self.resources_open,
            Command::ToggleLegend => self.legend_open = !self.legend_open,
            Command::TogglePause => {
                self.paused = !self.paused && matches!(self.screen, Screen::Interview(_))
            }
            Command::SetSettings(settings) => self.set_settings(settings),
            Command::AddFile(path) => self.add_file(&path),
            Command::Dismiss(i) => self.notices.dismiss(i),
            Command::Sound(request) => self.effects.push(Effect::Sound(request)),
            Command::Workshop(cmd) => self.workshop_command(cmd),
            Command::Export(what) => self.export(what),
            Command::ShowDebrief(view) => self.debrief_view = view,
            Command::OpenAttempt(id) => self.open_attempt(&id),
        }
        std::mem::take(&mut self.effects)
    }

    /// Changes screen; an interview left unfinished is kept to resume.
    fn leave_to(&mut self, next: Screen) {
        self.autosave();
        self.live = None;
        self.park_workshop();
        self.paused = false;
        self.fork = None;
        self.debrief_view = DebriefView::default();
        self.screen = next;
    }

    /// Something failed while playing (told once per cause): a file or a
    /// card that stopped is said in a notice that never takes the focus;
    /// a stumble of the card only goes to the settings' list, as an
    /// interview is no place for it.
    pub fn sound_failed(&mut self, failure: &PlaybackError) {
        match failure {
            PlaybackError::File(FileError { path, detail }) => {
                self.notify(Notice::SoundFileFailed {
                    file: path.clone(),
                    reason: detail.clone(),
                });
            }
            PlaybackError::DeviceLost(reason) => self.notify(Notice::SoundStopped {
                reason: reason.clone(),
            }),
            PlaybackError::DeviceFaltered(_) => {}
        }
    }

    /// The system could not open `file`: says so.
    pub fn cannot_open(&mut self, file: &std::path::Path, reason: String) {
        let file = file.display().to_string();
        self.notify(Notice::CannotOpen { file, reason });
    }

    /// Tells followers which lines appeared and which checkpoints were passed.
    fn announce(&mut self, lines: Vec<String>, reached: Vec<String>) {
        self.effects
            .extend(lines.into_iter().map(|id| Effect::LineShown { id }));
        self.effects.extend(
            reached
                .into_iter()
                .map(|id| Effect::CheckpointReached { id }),
        );
    }

    /// Tells followers which lines are on screen when `session` appears.
    fn announce_shown(&mut self, session: &Session) {
        if let Some(s) = self.scenario(session.scenario_id()) {
            let lines = session.run.shown_lines(s);
            self.announce(lines, Vec::new());
        }
    }

    /// Shows a notice (once per cause) and tells followers when it is new.
    fn notify(&mut self, notice: Notice) {
        if self.notices.raise(notice.clone()) {
            self.effects.push(Effect::NoticeRaised(notice));
        }
    }

    /// Milliseconds since 1970, from the state's clock.
    pub fn now_ms(&self) -> u64 {
        (self.clock_ms)()
    }
}

/// The playable scenario with this id among `entries`.
fn playable<'a>(entries: &'a [Report], id: &str) -> Option<&'a Scenario> {
    entries
        .iter()
        .filter_map(|r| r.scenario.as_ref())
        .find(|s| s.meta.id == id)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_export;
#[cfg(test)]
mod tests_fork;
#[cfg(test)]
mod tests_safety;
#[cfg(test)]
mod tests_saving;
#[cfg(test)]
mod tests_workshop;
