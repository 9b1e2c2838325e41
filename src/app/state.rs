//! The app's state and its one command handler. No egui here: screens read
//! the state and send [`Command`]s; [`AppState::handle`] is where anything
//! changes, so it can be tested without a window.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};

pub use crate::engine::Mode;
use crate::engine::{Debrief, Run};
use crate::scenario::check::{Report, check_file};
use crate::scenario::load::Limits;
use crate::scenario::{Lang, Outcome, Scenario};
use crate::store::{LoadNote, Store};

/// Files in the data folder.
pub const HISTORY_FILE: &str = "history.ron";
/// Unfinished runs, one per scenario.
pub const UNFINISHED_FILE: &str = "unfinished.ron";

/// Colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    /// Light.
    #[default]
    Light,
    /// Dark.
    Dark,
    /// High contrast.
    HighContrast,
}

/// User settings, kept with eframe's persistence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface and content language.
    pub lang: Lang,
    /// 1.0 to 2.0.
    pub text_scale: f32,
    /// Colours.
    pub theme: Theme,
    /// Play voice lines and end audio.
    pub audio_on: bool,
    /// 0.0 to 1.0.
    pub volume: f32,
    /// No animations.
    pub reduce_motion: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Fr,
            text_scale: 1.0,
            theme: Theme::Light,
            audio_on: true,
            volume: 0.8,
            reduce_motion: false,
        }
    }
}

impl Settings {
    /// Keeps values in their ranges (a hand-edited store may not).
    pub fn clamped(mut self) -> Settings {
        self.text_scale = self.text_scale.clamp(1.0, 2.0);
        self.volume = self.volume.clamp(0.0, 1.0);
        self
    }
}

/// One finished run, as kept in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Scenario id.
    pub scenario: String,
    /// Scenario version.
    pub version: u32,
    /// Seconds since 1970 (UTC).
    pub finished_secs: u64,
    /// Mode.
    pub mode: Mode,
    /// Ending id.
    pub ending: String,
    /// Outcome kind.
    pub outcome: Outcome,
    /// 0–100 per key point.
    pub scores: [Option<u8>; 5],
    /// Share of recommended choices.
    pub recommended_share: Option<f32>,
}

/// A run put aside to resume later.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedRun {
    /// The run.
    pub run: Run,
    /// Its mode.
    pub mode: Mode,
}

/// A message to the user, shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A data file was unreadable and moved aside.
    MovedAside {
        /// The file.
        file: String,
        /// Where.
        to: String,
    },
    /// A data file was unreadable.
    Unreadable {
        /// The file.
        file: String,
    },
    /// Saving failed; the run stays in memory.
    SaveFailed {
        /// Why.
        detail: String,
    },
    /// A saved run could not be resumed: the scenario changed.
    CannotResume {
        /// Scenario id.
        scenario: String,
    },
    /// A dropped file was added to the library.
    Added {
        /// File name.
        file: String,
    },
    /// A dropped file has errors; it is listed but not kept.
    Rejected {
        /// File name.
        file: String,
    },
}

/// The screens.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Scenario cards.
    Library,
    /// Before starting.
    Briefing {
        /// Library entry.
        entry: usize,
    },
    /// The conversation.
    Interview {
        /// Library entry.
        entry: usize,
        /// The run.
        run: Box<Run>,
        /// Mode.
        mode: Mode,
    },
    /// After the end.
    Debrief {
        /// Library entry.
        entry: usize,
        /// The finished run (for retry from a decision).
        run: Box<Run>,
        /// Mode.
        mode: Mode,
        /// What to show.
        debrief: Box<Debrief>,
    },
    /// Past attempts.
    History,
    /// Settings.
    Settings,
}

/// Everything a screen can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Back to the scenario cards.
    OpenLibrary,
    /// Past attempts.
    OpenHistory,
    /// Settings.
    OpenSettings,
    /// The briefing of a library entry.
    OpenBriefing(usize),
    /// Practice or assessment for the next start.
    SetMode(Mode),
    /// Start the briefed scenario.
    Start,
    /// Resume the unfinished run of a library entry.
    Resume(usize),
    /// Take a choice (index in the beat).
    Choose(u16),
    /// Take back the last choice (practice only).
    Undo,
    /// Leave the interview; the run is kept to resume.
    Quit,
    /// Play the same scenario again from the start.
    Replay,
    /// From the debrief: go back to before decision `n` (0-based).
    RetryFrom(usize),
    /// Show or hide the resources panel.
    ToggleResources,
    /// Pause / step out of the interview, or come back.
    TogglePause,
    /// New settings.
    SetSettings(Settings),
    /// A scenario file dropped on the window.
    AddFile(PathBuf),
    /// Hide a notice.
    Dismiss(usize),
}

/// The whole app state.
pub struct AppState {
    /// Current screen.
    pub screen: Screen,
    /// Scenario files, built-ins first; each may carry errors.
    pub entries: Vec<Report>,
    /// Settings.
    pub settings: Settings,
    /// Mode chosen in the library.
    pub mode: Mode,
    /// Finished attempts, oldest first.
    pub history: Vec<Attempt>,
    /// Unfinished runs by scenario id.
    pub unfinished: BTreeMap<String, SavedRun>,
    /// Messages to show.
    pub notices: Vec<Notice>,
    /// The resources panel is open.
    pub resources_open: bool,
    /// The interview is paused (step-out overlay).
    pub paused: bool,
    store: Option<Store>,
    user_scenarios: Option<PathBuf>,
    seeds: Pcg32,
    clock: Box<dyn Fn() -> u64>,
}

/// What the state is built from; tests give temporary folders and a fixed clock.
pub struct Setup {
    /// Library entries.
    pub entries: Vec<Report>,
    /// Where history and unfinished runs live (`None`: memory only).
    pub store: Option<Store>,
    /// Where dropped scenario files are kept (`None`: not kept).
    pub user_scenarios: Option<PathBuf>,
    /// Settings from eframe's storage.
    pub settings: Settings,
    /// Seed of the seeds given to new runs.
    pub seed: u64,
    /// Seconds since 1970.
    pub clock: Box<dyn Fn() -> u64>,
}

/// Seconds since 1970, from the system clock.
pub fn system_clock() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl AppState {
    /// Loads the library and, when there is a store, the history and unfinished runs.
    pub fn new(setup: Setup) -> AppState {
        let Setup {
            entries,
            store,
            user_scenarios,
            settings,
            seed,
            clock,
        } = setup;
        let mut state = AppState {
            screen: Screen::Library,
            entries,
            settings: settings.clamped(),
            mode: Mode::Practice,
            history: Vec::new(),
            unfinished: BTreeMap::new(),
            notices: Vec::new(),
            resources_open: false,
            paused: false,
            store,
            user_scenarios,
            seeds: Pcg32::seed_from_u64(seed),
            clock,
        };
        if let Some(store) = &state.store {
            let (history, note) = store.load(HISTORY_FILE);
            state.history = history;
            let (unfinished, note2) = store.load(UNFINISHED_FILE);
            state.unfinished = unfinished;
            for n in [note, note2].into_iter().flatten() {
                state.notices.push(match n {
                    LoadNote::MovedAside { file, to } => Notice::MovedAside { file, to },
                    LoadNote::Unreadable { file, .. } => Notice::Unreadable { file },
                });
            }
        }
        state
    }

    /// The playable scenario of an entry.
    pub fn scenario(&self, entry: usize) -> Option<&Scenario> {
        self.entries.get(entry).and_then(|r| r.scenario.as_ref())
    }

    /// Whether an entry has a run to resume.
    pub fn can_resume(&self, entry: usize) -> bool {
        self.scenario(entry)
            .is_some_and(|s| self.unfinished.contains_key(&s.meta.id))
    }

    /// Attempts at a scenario, oldest first.
    pub fn attempts(&self, scenario: &str) -> Vec<&Attempt> {
        self.history
            .iter()
            .filter(|a| a.scenario == scenario)
            .collect()
    }

    /// Applies a command.
    pub fn handle(&mut self, cmd: Command) {
        match cmd {
            Command::OpenLibrary => self.leave_to(Screen::Library),
            Command::OpenHistory => self.leave_to(Screen::History),
            Command::OpenSettings => self.leave_to(Screen::Settings),
            Command::OpenBriefing(entry) => {
                if self.scenario(entry).is_some() {
                    self.leave_to(Screen::Briefing { entry });
                }
            }
            Command::SetMode(mode) => self.mode = mode,
            Command::Start => {
                if let Screen::Briefing { entry } = self.screen {
                    self.start(entry, self.mode);
                }
            }
            Command::Resume(entry) => self.resume(entry),
            Command::Choose(index) => self.choose(index),
            Command::Undo => self.undo(),
            Command::Quit => self.leave_to(Screen::Library),
            Command::Replay => {
                if let Screen::Debrief { entry, mode, .. } = self.screen {
                    self.start(entry, mode);
                }
            }
            Command::RetryFrom(n) => self.retry_from(n),
            Command::ToggleResources => self.resources_open = !self.resources_open,
            Command::TogglePause => {
                self.paused = !self.paused && matches!(self.screen, Screen::Interview { .. })
            }
            Command::SetSettings(settings) => self.settings = settings.clamped(),
            Command::AddFile(path) => self.add_file(&path),
            Command::Dismiss(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
        }
    }

    /// Changes screen; an interview left unfinished is kept to resume.
    fn leave_to(&mut self, next: Screen) {
        self.autosave();
        self.paused = false;
        self.screen = next;
    }

    fn start(&mut self, entry: usize, mode: Mode) {
        let seed = self.seeds.random();
        let Some(s) = self.scenario(entry) else {
            return;
        };
        let run = Run::new(s, seed).with_mode(mode);
        self.paused = false;
        self.screen = Screen::Interview {
            entry,
            run: Box::new(run),
            mode,
        };
    }

    fn resume(&mut self, entry: usize) {
        let Some(s) = self.scenario(entry) else {
            return;
        };
        let id = s.meta.id.clone();
        let Some(saved) = self.unfinished.get(&id) else {
            return;
        };
        if saved.run.matches(s).is_err() {
            self.unfinished.remove(&id);
            self.save_unfinished();
            self.notices.push(Notice::CannotResume { scenario: id });
            return;
        }
        // Runs saved before the engine knew modes carry theirs here.
        let run = Box::new(saved.run.clone().with_mode(saved.mode));
        let mode = saved.mode;
        self.paused = false;
        self.screen = Screen::Interview { entry, run, mode };
    }

    fn choose(&mut self, index: u16) {
        let Screen::Interview { entry, run, .. } = &mut self.screen else {
            return;
        };
        let entry = *entry;
        let Some(s) = self.entries.get(entry).and_then(|r| r.scenario.as_ref()) else {
            return;
        };
        if run.choose_index(s, index).is_err() {
            return;
        }
        if run.ending().is_some() {
            self.finish();
        } else {
            self.autosave();
        }
    }

    fn undo(&mut self) {
        // The engine refuses when the mode does not allow it.
        let Screen::Interview { entry, run, .. } = &mut self.screen else {
            return;
        };
        let Some(s) = self.entries.get(*entry).and_then(|r| r.scenario.as_ref()) else {
            return;
        };
        if run.undo(s).is_ok() {
            self.autosave();
        }
    }

    /// Keeps the current interview on disk (after each choice and when
    /// leaving it), so nothing is lost. A finished run never stays on the
    /// interview screen, so whatever is there is unfinished.
    fn autosave(&mut self) {
        if let Screen::Interview { entry, run, mode } = &self.screen
            && let Some(id) = self.scenario(*entry).map(|s| s.meta.id.clone())
        {
            let saved = SavedRun {
                run: (**run).clone(),
                mode: *mode,
            };
            self.unfinished.insert(id, saved);
            self.save_unfinished();
        }
    }

    fn finish(&mut self) {
        let Screen::Interview { entry, run, mode } = &self.screen else {
            return;
        };
        let (entry, mode) = (*entry, *mode);
        let Some(s) = self.scenario(entry) else {
            return;
        };
        let Ok(debrief) = run.debrief(s) else { return };
        let attempt = Attempt {
            scenario: s.meta.id.clone(),
            version: s.meta.version,
            finished_secs: (self.clock)(),
            mode,
            ending: debrief.ending_id.clone(),
            outcome: debrief.outcome,
            scores: [0, 1, 2, 3, 4].map(|k| debrief.points[k].score),
            recommended_share: debrief.recommended_share,
        };
        let id = attempt.scenario.clone();
        let run = run.clone();
        self.history.push(attempt);
        self.unfinished.remove(&id);
        self.save_history();
        self.save_unfinished();
        self.screen = Screen::Debrief {
            entry,
            run,
            mode,
            debrief: Box::new(debrief),
        };
    }

    fn retry_from(&mut self, n: usize) {
        let Screen::Debrief {
            entry, run, mode, ..
        } = &self.screen
        else {
            return;
        };
        let (entry, mode) = (*entry, *mode);
        let Some(s) = self.scenario(entry) else {
            return;
        };
        if let Ok(run) = run.replay(s, n) {
            self.screen = Screen::Interview {
                entry,
                run: Box::new(run),
                mode,
            };
        }
    }

    fn add_file(&mut self, path: &std::path::Path) {
        let report = check_file(path, &Limits::default());
        // Only a playable scenario is copied (never a pipe, which is not read).
        let ok = report.scenario.is_some();
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |f| f.to_string_lossy().into_owned(),
        );
        if ok
            && let (Some(dir), Ok(bytes)) = (&self.user_scenarios, std::fs::read(path))
            && let Err(e) = Store::new(dir).write(&file, &bytes)
        {
            self.notices.push(Notice::SaveFailed {
                detail: e.to_string(),
            });
        }
        self.notices.push(if ok {
            Notice::Added { file }
        } else {
            Notice::Rejected { file }
        });
        self.entries.push(report);
    }

    fn save_unfinished(&mut self) {
        let result = self
            .store
            .as_ref()
            .map(|s| s.save(UNFINISHED_FILE, &self.unfinished));
        self.report_save(result);
    }

    fn save_history(&mut self) {
        let result = self
            .store
            .as_ref()
            .map(|s| s.save(HISTORY_FILE, &self.history));
        self.report_save(result);
    }

    /// One notice is enough, however many saves fail.
    fn report_save(&mut self, result: Option<Result<(), crate::store::StoreError>>) {
        if let Some(Err(e)) = result {
            let notice = Notice::SaveFailed {
                detail: e.to_string(),
            };
            if !self.notices.contains(&notice) {
                self.notices.push(notice);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::View;
    use crate::scenario::check::check_source;

    const TEMPLATE: &str = include_str!("../../docs/template.ron");

    fn entries() -> Vec<Report> {
        vec![check_source(
            TEMPLATE,
            "template.ron",
            None,
            &Limits::default(),
        )]
    }

    fn state_in(dir: &std::path::Path) -> AppState {
        AppState::new(Setup {
            entries: entries(),
            store: Some(Store::new(&dir.join("data"))),
            user_scenarios: Some(dir.join("scenarios")),
            settings: Settings::default(),
            seed: 7,
            clock: Box::new(|| 1_700_000_000),
        })
    }

    /// Keys of the available choices now.
    fn available(state: &AppState) -> Vec<u16> {
        let Screen::Interview { entry, run, .. } = &state.screen else {
            return Vec::new();
        };
        let s = state.scenario(*entry).unwrap();
        match run.view(s) {
            View::Beat { offers, .. } => offers.iter().map(|o| o.index).collect(),
            View::Ended(_) => Vec::new(),
        }
    }

    fn play_to_end(state: &mut AppState) {
        while let Some(first) = available(state).first().copied() {
            state.handle(Command::Choose(first));
        }
    }

    #[test]
    fn a_full_run_ends_in_the_debrief_and_the_history() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        state.handle(Command::Start);
        assert!(
            matches!(state.screen, Screen::Library),
            "start needs a briefing"
        );
        state.handle(Command::OpenBriefing(0));
        state.handle(Command::Start);
        assert!(matches!(state.screen, Screen::Interview { .. }));
        play_to_end(&mut state);
        let Screen::Debrief { debrief, .. } = &state.screen else {
            panic!("{:?}", state.screen)
        };
        assert_eq!(state.history.len(), 1);
        assert_eq!(state.history[0].ending, debrief.ending_id);
        assert_eq!(state.history[0].finished_secs, 1_700_000_000);
        assert!(state.unfinished.is_empty());
        let reloaded = state_in(dir.path());
        assert_eq!(reloaded.history, state.history, "history is on disk");
        assert!(reloaded.notices.is_empty());
    }

    #[test]
    fn quitting_keeps_the_run_to_resume_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        state.handle(Command::OpenBriefing(0));
        state.handle(Command::Start);
        let first = available(&state)[0];
        state.handle(Command::Choose(first));
        let Screen::Interview { run, .. } = &state.screen else {
            panic!()
        };
        let before = run.clone();
        state.handle(Command::Quit);
        assert!(matches!(state.screen, Screen::Library));
        let mut restarted = state_in(dir.path());
        assert!(restarted.can_resume(0));
        restarted.handle(Command::Resume(0));
        let Screen::Interview { run, .. } = &restarted.screen else {
            panic!()
        };
        assert_eq!(run, &before);
    }

    #[test]
    fn undo_only_in_practice() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        for (mode, expected_steps) in [(Mode::Practice, 0), (Mode::Assessment, 1)] {
            state.handle(Command::SetMode(mode));
            state.handle(Command::OpenBriefing(0));
            state.handle(Command::Start);
            // The template's "cadre" answer (index 0) never ends the run.
            state.handle(Command::Choose(0));
            state.handle(Command::Undo);
            let Screen::Interview { run, .. } = &state.screen else {
                panic!()
            };
            assert_eq!(run.steps().len(), expected_steps, "{mode:?}");
            state.handle(Command::OpenLibrary);
        }
    }

    #[test]
    fn retry_from_a_decision_keeps_the_decisions_before_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        state.handle(Command::OpenBriefing(0));
        state.handle(Command::Start);
        play_to_end(&mut state);
        let Screen::Debrief { run, .. } = &state.screen else {
            panic!()
        };
        let decisions = run.steps().len();
        assert!(decisions >= 2);
        let first = run.steps()[0].clone();
        state.handle(Command::RetryFrom(1));
        let Screen::Interview { run, .. } = &state.screen else {
            panic!()
        };
        assert_eq!(run.steps().len(), 1);
        assert_eq!(run.steps()[0], first);
        state.handle(Command::OpenLibrary);
        assert!(state.can_resume(0), "a retried run left halfway is kept");
    }

    #[test]
    fn corrupt_history_is_moved_aside_and_the_app_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        std::fs::write(dir.path().join("data").join(HISTORY_FILE), "[ (scenario: ").unwrap();
        let mut state = state_in(dir.path());
        assert!(
            matches!(state.notices.as_slice(), [Notice::MovedAside { .. }]),
            "{:?}",
            state.notices
        );
        assert!(dir.path().join("data/history.ron.corrupt").exists());
        state.handle(Command::OpenBriefing(0));
        state.handle(Command::Start);
        play_to_end(&mut state);
        assert_eq!(state.history.len(), 1);
        state.handle(Command::Dismiss(0));
        assert!(state.notices.is_empty());
    }

    #[test]
    fn unwritable_data_folder_keeps_the_run_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        // "data" is a file, so nothing can be written below it.
        std::fs::write(dir.path().join("data"), "").unwrap();
        let mut state = state_in(dir.path());
        state.handle(Command::OpenBriefing(0));
        state.handle(Command::Start);
        state.handle(Command::Choose(0));
        state.handle(Command::Quit);
        let failures = state
            .notices
            .iter()
            .filter(|n| matches!(n, Notice::SaveFailed { .. }))
            .count();
        assert_eq!(failures, 1, "one notice, however many saves failed");
        assert!(state.can_resume(0), "the run stays resumable in memory");
        state.handle(Command::Resume(0));
        assert!(matches!(state.screen, Screen::Interview { .. }));
    }

    #[test]
    fn a_changed_scenario_is_not_resumed() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        state.handle(Command::OpenBriefing(0));
        state.handle(Command::Start);
        state.handle(Command::Choose(0));
        state.handle(Command::Quit);
        let edited = TEMPLATE.replace("Ouais… Vous vouliez me voir ?", "Ouais ?");
        assert_ne!(edited, TEMPLATE);
        state.entries = vec![check_source(
            &edited,
            "template.ron",
            None,
            &Limits::default(),
        )];
        state.handle(Command::Resume(0));
        assert!(matches!(state.screen, Screen::Library));
        assert!(matches!(
            state.notices.as_slice(),
            [Notice::CannotResume { .. }]
        ));
        assert!(!state.can_resume(0));
    }

    #[test]
    fn dropped_files_are_checked_kept_or_listed_with_their_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        let good = dir.path().join("good.ron");
        std::fs::write(&good, TEMPLATE).unwrap();
        state.handle(Command::AddFile(good));
        assert!(dir.path().join("scenarios/good.ron").exists());
        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, "Scenario(").unwrap();
        state.handle(Command::AddFile(bad));
        assert!(!dir.path().join("scenarios/bad.ron").exists());
        assert_eq!(state.entries.len(), 3);
        assert!(state.entries[1].scenario.is_some());
        assert!(state.entries[2].scenario.is_none() && state.entries[2].first_error().is_some());
        assert!(matches!(
            state.notices.as_slice(),
            [Notice::Added { .. }, Notice::Rejected { .. }]
        ));
    }

    /// A dropped pipe is listed with its warning and neither read nor kept.
    #[cfg(unix)]
    #[test]
    fn a_dropped_pipe_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        let pipe = dir.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        assert!(made.unwrap().success());
        // Should the pipe be opened for reading, this writer lets the read
        // end (and the test fail) instead of waiting forever.
        let writer = pipe.clone();
        std::thread::spawn(move || std::fs::write(writer, ""));
        state.handle(Command::AddFile(pipe));
        assert!(!dir.path().join("scenarios/pipe.ron").exists());
        let last = state.entries.last().unwrap();
        assert!(last.scenario.is_none());
        assert_eq!(
            last.problems[0].kind,
            crate::scenario::ProblemKind::NotAFile
        );
        assert!(matches!(
            state.notices.as_slice(),
            [Notice::Rejected { .. }]
        ));
    }

    #[test]
    fn pause_only_during_an_interview_and_settings_are_clamped() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = state_in(dir.path());
        state.handle(Command::TogglePause);
        assert!(!state.paused);
        state.handle(Command::OpenBriefing(0));
        state.handle(Command::Start);
        state.handle(Command::TogglePause);
        assert!(state.paused);
        state.handle(Command::Quit);
        assert!(!state.paused);
        let wild = Settings {
            text_scale: 9.0,
            volume: -1.0,
            ..Settings::default()
        };
        state.handle(Command::SetSettings(wild));
        assert_eq!(
            (state.settings.text_scale, state.settings.volume),
            (2.0, 0.0)
        );
    }
}
