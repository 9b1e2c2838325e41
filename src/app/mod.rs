//! The desktop app: a thin `eframe::App` over one screen per file.
//!
//! Screens read [`state::AppState`] and return [`state::Command`]s; the state
//! changes only in [`state::AppState::handle`], after the frame is drawn.

mod briefing;
mod closing;
mod debrief;
mod history;
mod icon;
mod interview;
mod library;
mod map;
mod resources;
mod settings;
pub mod sound;
pub mod state;
mod theme;
mod workshop;

use std::path::PathBuf;

use state::{AppState, Command, Notice, ResumeFailure, Screen, Settings, Setup, SoundRequest};

use crate::audio::{AudioError, Output};
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::Lang;
use crate::store::{LoadNote, Store};
use sound::Sound;

/// Where settings were kept before they moved to the data place: read
/// once, when the data folder has none yet.
const SETTINGS_KEY: &str = "settings";

/// Notices shown at once; older ones wait until these are closed.
const MAX_NOTICES_SHOWN: usize = 3;

/// A notice in the user's words.
fn notice_text(n: &Notice, lang: Lang) -> String {
    match n {
        Notice::DataFile(LoadNote::MovedAside { file, to, reason }) => labelled(
            tr(Msg::NoticeMovedAside, lang),
            &format!("{file} ({to}) — {reason}"),
            lang,
        ),
        Notice::DataFile(LoadNote::Unreadable { file, reason }) => labelled(
            tr(Msg::NoticeUnreadable, lang),
            &format!("{file} ({reason})"),
            lang,
        ),
        Notice::SaveFailed { place, detail } => labelled(
            tr(Msg::NoticeSaveFailed, lang),
            &format!("{place} ({detail})"),
            lang,
        ),
        Notice::CannotResume { scenario, why } => {
            let why = match why {
                ResumeFailure::ScenarioChanged => tr(Msg::NoticeScenarioChanged, lang).to_owned(),
                ResumeFailure::Damaged { kept_at: Some(at) } => {
                    labelled(tr(Msg::NoticeRunDamagedKept, lang), at, lang)
                }
                ResumeFailure::Damaged { kept_at: None } => {
                    tr(Msg::NoticeRunDamaged, lang).to_owned()
                }
            };
            format!(
                "{} ({scenario})\u{202F}: {why}",
                tr(Msg::NoticeCannotResume, lang)
            )
        }
        Notice::Added { file } => labelled(tr(Msg::NoticeAdded, lang), file, lang),
        Notice::Rejected { file } => labelled(tr(Msg::NoticeRejected, lang), file, lang),
        Notice::CannotOpen { file, reason } => labelled(
            tr(Msg::NoticeCannotOpen, lang),
            &format!("{file} ({reason})"),
            lang,
        ),
    }
}

/// The application.
pub struct App {
    /// All state; public so tests can look at it.
    pub state: AppState,
    /// The sound, or why there is none.
    pub sound: Sound,
    /// Files the user asked to open, when the app does not hand them to
    /// the system (tests).
    pub opened: Vec<PathBuf>,
    open_with_system: bool,
    applied: Option<Settings>,
}

impl App {
    /// An app over a prepared state, silent (tests build one with temporary folders).
    pub fn new(state: AppState) -> App {
        App {
            state,
            sound: Sound::silent(AudioError::Disabled.to_string()),
            opened: Vec::new(),
            open_with_system: false,
            applied: None,
        }
    }

    /// An app over a prepared state that sounds through `out` (tests give
    /// a null output).
    pub fn with_output(state: AppState, out: Box<dyn Output>) -> App {
        App {
            sound: Sound::with_output(out),
            ..App::new(state)
        }
    }

    /// The real app: library from disk, data in the platform folder,
    /// settings from eframe's storage.
    pub fn from_creation(cc: &eframe::CreationContext<'_>, extra_dirs: &[PathBuf]) -> App {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let mut entries = crate::scenario::library::load_all(
            extra_dirs,
            &crate::scenario::load::Limits::default(),
        );
        // A trainer's own files are audited (the built-ins are ours).
        for report in entries
            .iter_mut()
            .filter(|r| !r.file.starts_with("builtin:"))
        {
            crate::engine::audit::add_findings(report);
        }
        let setup = Setup {
            entries,
            store: Store::default_location(),
            user_scenarios: crate::scenario::library::user_dir(),
            settings,
            seed: state::system_clock_ms() ^ u64::from(std::process::id()),
            clock_ms: Box::new(state::system_clock_ms),
        };
        App {
            sound: Sound::open(),
            open_with_system: true,
            ..App::new(AppState::new(setup))
        }
    }

    fn top_bar(&self, ui: &mut egui::Ui, send: &mut Vec<Command>) {
        let lang = self.state.settings.lang;
        ui.horizontal_wrapped(|ui| {
            ui.strong(tr(Msg::AppTitle, lang));
            ui.separator();
            let on = |s: &Screen| {
                std::mem::discriminant(s) == std::mem::discriminant(&self.state.screen)
            };
            for (msg, screen, cmd) in [
                (Msg::Library, Screen::Library, Command::OpenLibrary),
                (Msg::History, Screen::History, Command::OpenHistory),
                (Msg::Settings, Screen::Settings, Command::OpenSettings),
            ] {
                if ui.selectable_label(on(&screen), tr(msg, lang)).clicked() {
                    send.push(cmd);
                }
            }
            if ui
                .selectable_label(self.state.resources_open, tr(Msg::Resources, lang))
                .clicked()
            {
                send.push(Command::ToggleResources);
            }
            ui.separator();
            for l in [Lang::Fr, Lang::En] {
                let label = l.code().to_uppercase();
                if ui
                    .selectable_label(lang == l, label)
                    .on_hover_text(tr(Msg::Language, l))
                    .clicked()
                {
                    let mut s = self.state.settings.clone();
                    s.lang = l;
                    send.push(Command::SetSettings(s));
                }
            }
            if self.sound.unavailable().is_some() {
                ui.weak(tr(Msg::NoSound, lang))
                    .on_hover_text(tr(Msg::Silent, lang));
            }
        });
    }

    fn notices(&self, ui: &mut egui::Ui, send: &mut Vec<Command>) {
        let lang = self.state.settings.lang;
        let all = self.state.notices.all();
        // The newest few; the interview must stay visible below them.
        let first = all.len().saturating_sub(MAX_NOTICES_SHOWN);
        for (i, n) in all.iter().enumerate().skip(first) {
            ui.horizontal_wrapped(|ui| {
                let text = notice_text(n, lang);
                ui.label(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
                if ui
                    .button(format!("{} ({})", tr(Msg::Close, lang), i + 1))
                    .clicked()
                {
                    send.push(Command::Dismiss(i));
                }
            });
        }
        if first > 0 {
            ui.weak(format!("{} {}", first, tr(Msg::MoreNotices, lang)));
        }
    }

    fn pause_ui(&self, ctx: &egui::Context, send: &mut Vec<Command>) {
        let lang = self.state.settings.lang;
        egui::Modal::new(egui::Id::unique("pause")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading(tr(Msg::PausedTitle, lang));
            ui.label(tr(Msg::PausedText, lang));
            ui.add_space(6.0);
            ui.label(tr(Msg::Grounding, lang));
            ui.add_space(10.0);
            if ui.button(tr(Msg::ContinueInterview, lang)).clicked() {
                send.push(Command::TogglePause);
            }
            if ui.button(tr(Msg::ToLibraryKeep, lang)).clicked() {
                send.push(Command::Quit);
            }
            if ui.button(tr(Msg::Resources, lang)).clicked() {
                send.push(Command::ToggleResources);
            }
        });
    }

    fn dropped_files(ctx: &egui::Context, send: &mut Vec<Command>) {
        ctx.input(|i| {
            for f in &i.raw.dropped_files {
                send.push(Command::AddFile(f.path().to_path_buf()));
            }
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.applied.as_ref() != Some(&self.state.settings) {
            theme::apply(&ctx, &self.state.settings);
            self.applied = Some(self.state.settings.clone());
        }
        let mut send = Vec::new();
        Self::dropped_files(&ctx, &mut send);
        if matches!(self.state.screen, Screen::Interview(_)) {
            for (key, cmd) in [
                (egui::Key::Escape, Command::TogglePause),
                (egui::Key::R, Command::Sound(SoundRequest::ReplayLine)),
                (egui::Key::S, Command::Sound(SoundRequest::SkipLine)),
            ] {
                if ctx.input(|i| i.key_pressed(key)) {
                    send.push(cmd);
                }
            }
        }
        egui::Panel::top("top").show(ui, |ui| {
            self.top_bar(ui, &mut send);
            self.notices(ui, &mut send);
        });
        if self.state.resources_open {
            egui::Panel::right("resources")
                .default_size(380.0)
                .show(ui, |ui| {
                    resources::resources_ui(ui, self.state.settings.lang, &mut send);
                });
        }
        if matches!(self.state.screen, Screen::Workshop(_)) {
            workshop::workshop_ui(ui, &self.state, &mut send);
        } else {
            self.screen_ui(ui, &mut send);
        }
        if self.state.paused {
            self.pause_ui(&ctx, &mut send);
        }
        for cmd in send {
            let effects = self.state.handle(cmd);
            self.sound.follow(&self.state, &effects);
            self.open_files(&effects);
        }
        if self.sound.frame(&self.state) {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Closing the window leaves the screen as the library button does: an
    /// interview is kept to resume, a workshop's summary is written.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.handle(Command::Quit);
    }
}

impl App {
    /// Every screen but the workshop, which lays out panels of its own.
    fn screen_ui(&self, ui: &mut egui::Ui, send: &mut Vec<Command>) {
        egui::CentralPanel::default().show(ui, |ui| {
            let state = &self.state;
            match &state.screen {
                Screen::Library => library::library_ui(ui, state, send),
                Screen::Briefing { id } => briefing::briefing_ui(ui, state, id, send),
                Screen::Interview(session) => interview::interview_ui(ui, state, session, send),
                Screen::Debrief { session, debrief } => {
                    let closing = self.sound.closing_state();
                    debrief::debrief_ui(ui, state, session, debrief, closing, send)
                }
                Screen::History => history::history_ui(ui, state),
                Screen::Settings => {
                    settings::settings_ui(ui, state, self.sound.unavailable(), send)
                }
                Screen::Workshop(_) => {}
            }
        });
    }

    /// Hands the files asked for to the system's application (or keeps
    /// them in `opened`, for tests).
    fn open_files(&mut self, effects: &[state::Effect]) {
        for e in effects {
            if let state::Effect::OpenFile(path) = e {
                if !self.open_with_system {
                    self.opened.push(path.clone());
                } else if let Err(err) = open::that_detached(path) {
                    self.state.cannot_open(path, err.to_string());
                }
            }
        }
    }
}

/// Opens the window; returns the error when no display can be used.
pub fn run(extra_dirs: &[PathBuf]) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(tr(Msg::AppTitle, Lang::Fr))
            .with_app_id("entretien")
            .with_icon(icon::icon())
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([800.0, 560.0]),
        // glow starts everywhere Mesa does; keep it even when a test build
        // also compiles wgpu (the snapshot feature).
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let dirs = extra_dirs.to_vec();
    eframe::run_native(
        "Entretien",
        options,
        Box::new(move |cc| Ok(Box::new(App::from_creation(cc, &dirs)))),
    )
    .map_err(|e| e.to_string())
}
