//! The desktop app: a thin `eframe::App` over one screen per file.
//!
//! Screens read [`state::AppState`] and return [`state::Command`]s; the state
//! changes only in [`state::AppState::handle`], after the frame is drawn.

mod analysis;
pub use analysis::Starting;
mod briefing;
mod closing;
mod compare;
mod debrief;
mod debrief_pages;
mod history;
mod icon;
mod interview;
mod legend;
mod library;
mod map;
mod notices;
mod perspective;
mod progress;
mod radar;
mod resources;
mod settings;
pub mod sound;
pub mod state;
mod theme;
mod workshop;

use std::path::PathBuf;

use state::{AppState, Command, Screen, Settings, Setup, SoundRequest};

use crate::audio::{AudioError, Output};
use crate::i18n::{Msg, tr};
use crate::scenario::Lang;
use crate::store::Store;
use sound::Sound;

/// Where settings were kept before they moved to the data place: read
/// once, when the data folder has none yet.
const SETTINGS_KEY: &str = "settings";

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
    /// The library's full check, running after the first frame.
    analysis: Option<analysis::Analysis>,
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
            analysis: None,
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

    /// The real app: library from disk (being read since `starting`),
    /// data in the platform folder, settings from eframe's storage.
    pub fn from_creation(cc: &eframe::CreationContext<'_>, starting: Starting) -> App {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let (entries, extra_dirs) = starting.finish();
        let setup = Setup {
            entries,
            store: Store::default_location(),
            user_scenarios: crate::scenario::library::user_dir(),
            settings,
            seed: state::system_clock_ms() ^ u64::from(std::process::id()),
            clock_ms: Box::new(state::system_clock_ms),
        };
        let state = AppState::new(setup);
        let ctx = cc.egui_ctx.clone();
        state.set_waker(Box::new(move || ctx.request_repaint()));
        let ctx = cc.egui_ctx.clone();
        let analysis = analysis::Analysis::start(extra_dirs, move || ctx.request_repaint());
        let ctx = cc.egui_ctx.clone();
        let wake = std::sync::Arc::new(move || ctx.request_repaint());
        App {
            sound: Sound::open(wake),
            open_with_system: true,
            analysis: Some(analysis),
            ..App::new(state)
        }
    }

    /// The top bar; returns the id of its last control.
    fn top_bar(&self, ui: &mut egui::Ui, send: &mut Vec<Command>) -> egui::Id {
        let lang = self.state.settings.lang;
        let mut last = ui.scope_id();
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
            // K opens it, but not in a workshop, where K is a vote.
            let legend = match self.state.screen {
                Screen::Workshop(_) => Msg::KeyPoints,
                _ => Msg::KeyPointsLegend,
            };
            if ui
                .selectable_label(self.state.legend_open, tr(legend, lang))
                .clicked()
            {
                send.push(Command::ToggleLegend);
            }
            ui.separator();
            for l in [Lang::Fr, Lang::En] {
                let label = l.code().to_uppercase();
                let response = ui
                    .selectable_label(lang == l, label)
                    .on_hover_text(tr(Msg::Language, l));
                if response.clicked() {
                    let mut s = self.state.settings.clone();
                    s.lang = l;
                    send.push(Command::SetSettings(s));
                }
                last = response.id;
            }
            if self.sound.unavailable().is_some() {
                ui.weak(tr(Msg::NoSound, lang))
                    .on_hover_text(tr(Msg::Silent, lang));
            }
        });
        last
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
        // K: the key points' legend, where a rationale cites "(point 4)"
        // (not in a workshop, whose letters are the room's votes).
        let legend_key = !matches!(self.state.screen, Screen::Workshop(_))
            && !self.state.paused
            && !ctx.egui_wants_keyboard_input();
        if legend_key && ctx.input(|i| i.key_pressed(egui::Key::K)) {
            send.push(Command::ToggleLegend);
        }
        if matches!(self.state.screen, Screen::Interview(_)) {
            // Ctrl+Z (Cmd+Z): undo, where the mode allows it (the engine decides).
            if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Z)) {
                send.push(Command::Undo);
            }
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
        // Tab from nowhere goes to the screen's content, not through the top
        // bar: the focus starts on the bar's last control, and Tab moves on.
        let tab_in = ctx.input(|i| i.key_pressed(egui::Key::Tab) && !i.modifiers.shift)
            && ctx.memory(|m| m.focused().is_none());
        let last_of_bar = egui::Id::unique("top_bar_last_control");
        if tab_in && let Some(last) = ctx.data(|d| d.get_temp::<egui::Id>(last_of_bar)) {
            ctx.memory_mut(|m| m.request_focus(last));
        }
        // A workshop's room view in this window shows nothing of the app:
        // no bar, no panel; its notices go to the presenter.
        let room_here = matches!(self.state.screen, Screen::Workshop(_))
            && !self.state.workshop_view.audience_window;
        if !room_here {
            self.chrome_ui(ui, last_of_bar, &mut send);
        }
        if matches!(self.state.screen, Screen::Workshop(_)) {
            workshop::workshop_ui(ui, &self.state, &mut send);
        } else {
            self.screen_ui(ui, &mut send);
        }
        if self.state.paused {
            self.pause_ui(&ctx, &mut send);
        }
        // The state changes after the frame is drawn: draw it again, in
        // every window (a key pressed in the room's window changes both).
        if !send.is_empty() {
            ctx.request_repaint();
        }
        for cmd in send {
            let effects = self.state.handle(cmd);
            self.sound.follow(&self.state, &effects);
            self.open_files(&effects);
        }
        if let Some(full) = self.analysis.as_ref().and_then(analysis::Analysis::take) {
            self.state.analysed(full);
            self.analysis = None;
        }
        // What the writer thread finished (it asks for a repaint when it does).
        let saved = self.state.poll_saved();
        self.sound.follow(&self.state, &saved);
        // What failed while playing: told once per cause (the settings
        // keep the list), and the sound goes on where it can.
        for failure in self.sound.take_new_failures() {
            self.state.sound_failed(&failure);
        }
        if self.sound.frame(&self.state) {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Closing the window leaves the screen as the library button does: an
    /// interview is kept to resume, a workshop's summary is written.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.handle(Command::Quit);
        // Nothing queued is lost: the window closes once it is on disk.
        self.state.wait_saved();
    }
}

impl App {
    /// The top bar with the notices, and the resources and key points
    /// panels when open.
    fn chrome_ui(&self, ui: &mut egui::Ui, last_of_bar: egui::Id, send: &mut Vec<Command>) {
        egui::Panel::top("top").show(ui, |ui| {
            let last = self.top_bar(ui, send);
            ui.data_mut(|d| d.insert_temp(last_of_bar, last));
            notices::notices_ui(ui, &self.state, send);
        });
        if self.state.resources_open {
            egui::Panel::right("resources")
                .default_size(380.0)
                .show(ui, |ui| {
                    resources::resources_ui(ui, self.state.settings.lang, send);
                });
        }
        if self.state.legend_open {
            egui::Panel::right("legend")
                .default_size(340.0)
                .show(ui, |ui| {
                    legend::legend_ui(ui, self.state.settings.lang, send);
                });
        }
    }

    /// Every screen but the workshop, which lays out panels of its own.
    fn screen_ui(&self, ui: &mut egui::Ui, send: &mut Vec<Command>) {
        egui::CentralPanel::default().show(ui, |ui| {
            let state = &self.state;
            match &state.screen {
                Screen::Library => library::library_ui(ui, state, send),
                Screen::Briefing { id } => briefing::briefing_ui(ui, state, id, send),
                Screen::Interview(session) => {
                    let sound = self.sound.unavailable().is_none() && state.settings.audio_on;
                    interview::interview_ui(ui, state, session, sound, send)
                }
                Screen::Debrief { session, debrief } => {
                    if let Some(past) = state.past_debrief() {
                        history::past_debrief_ui(ui, state, past, debrief, send);
                    }
                    let closing = self.sound.closing_state();
                    debrief::debrief_ui(ui, state, session, debrief, closing, send)
                }
                Screen::History => history::history_ui(ui, state, send),
                // Scrolled: at large text sizes the settings outgrow the window.
                Screen::Settings => {
                    let status = self.sound.status();
                    egui::ScrollArea::vertical()
                        .id_salt("settings_scroll")
                        .auto_shrink(false)
                        .show(ui, |ui| settings::settings_ui(ui, state, status, send));
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
    let starting = Starting::now(extra_dirs);
    eframe::run_native(
        "Entretien",
        native_options(crate::store::data_dir_override()),
        Box::new(move |cc| Ok(Box::new(App::from_creation(cc, starting)))),
    )
    .map_err(|e| e.to_string())
}

/// The window's options. With a data folder given (`ENTRETIEN_DATA_DIR`),
/// eframe keeps its own state (`app.ron`) there too, not in the platform
/// folder.
pub fn native_options(data_dir: Option<PathBuf>) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(tr(Msg::AppTitle, Lang::Fr))
            .with_app_id("entretien")
            .with_icon(icon::icon())
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([800.0, 560.0]),
        // glow starts everywhere Mesa does; keep it even when a test build
        // also compiles wgpu (the snapshot feature).
        renderer: eframe::Renderer::Glow,
        persistence_path: data_dir,
        ..Default::default()
    }
}
