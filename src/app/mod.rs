//! The desktop window. For now a plain list of the scenarios with their
//! check status; the screens come with the app issue.

use std::path::PathBuf;

use crate::audio::Audio;
use crate::i18n::{Msg, tr};
use crate::scenario::check::Report;
use crate::scenario::load::Limits;
use crate::scenario::{Lang, library};

/// The application state.
pub struct App {
    lang: Lang,
    reports: Vec<Report>,
    audio_ok: bool,
}

impl App {
    /// Loads the library.
    pub fn new(extra_dirs: &[PathBuf]) -> App {
        App {
            lang: Lang::Fr,
            reports: library::load_all(extra_dirs, &Limits::default()),
            audio_ok: Audio::open().is_ok(),
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let lang = self.lang;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(tr(Msg::Library, lang));
                for l in Lang::ALL {
                    ui.selectable_value(&mut self.lang, l, l.code().to_uppercase());
                }
            });
            if !self.audio_ok {
                ui.label(tr(Msg::Silent, lang));
            }
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for r in &self.reports {
                    ui.group(|ui| match (&r.scenario, r.first_error()) {
                        (Some(s), _) => {
                            ui.strong(s.meta.title.get(lang));
                            ui.label(s.meta.summary.get(lang));
                        }
                        (None, Some(p)) => {
                            ui.strong(&r.file);
                            ui.label(format!("{}: {}", p.place(), p.message(lang)));
                        }
                        (None, None) => {
                            ui.strong(&r.file);
                        }
                    });
                }
            });
        });
    }
}

/// Opens the window; returns the error when no display can be used.
pub fn run(extra_dirs: &[PathBuf]) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(tr(Msg::AppTitle, Lang::Fr))
            .with_inner_size([1024.0, 700.0])
            .with_min_inner_size([800.0, 560.0]),
        ..Default::default()
    };
    let app = App::new(extra_dirs);
    eframe::run_native("Entretien", options, Box::new(|_cc| Ok(Box::new(app))))
        .map_err(|e| e.to_string())
}
