//! Settings: language, text size, theme, audio, motion.

use super::state::{AppState, Command, Theme};
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::Lang;

/// Draws the settings; any change sends the new settings.
pub fn settings_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    no_sound: Option<&str>,
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let mut s = state.settings.clone();
    ui.heading(tr(Msg::Settings, lang));
    ui.spacing_mut().slider_width = 280.0;
    ui.add_space(6.0);
    egui::Grid::new("settings")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            ui.label(tr(Msg::Language, lang));
            ui.horizontal(|ui| {
                ui.selectable_value(&mut s.lang, Lang::Fr, "Français");
                ui.selectable_value(&mut s.lang, Lang::En, "English");
            });
            ui.end_row();

            let size = ui.label(tr(Msg::TextSize, lang));
            ui.add(
                egui::Slider::new(&mut s.text_scale, 1.0..=2.0)
                    .step_by(0.25)
                    .custom_formatter(|v, _| format!("{:.0} %", v * 100.0)),
            )
            .labelled_by(size.id);
            ui.end_row();

            ui.label(tr(Msg::Theme, lang));
            ui.horizontal(|ui| {
                ui.selectable_value(&mut s.theme, Theme::Light, tr(Msg::Light, lang));
                ui.selectable_value(&mut s.theme, Theme::Dark, tr(Msg::Dark, lang));
                ui.selectable_value(
                    &mut s.theme,
                    Theme::HighContrast,
                    tr(Msg::HighContrast, lang),
                );
            });
            ui.end_row();

            ui.label(tr(Msg::Sound, lang));
            ui.vertical(|ui| {
                ui.checkbox(&mut s.audio_on, tr(Msg::AudioOn, lang));
                if let Some(why) = no_sound {
                    ui.weak(tr(Msg::Silent, lang));
                    ui.weak(labelled(tr(Msg::Why, lang), why, lang));
                }
            });
            ui.end_row();

            let volume = ui.label(tr(Msg::Volume, lang));
            ui.add_enabled(
                s.audio_on,
                egui::Slider::new(&mut s.volume, 0.0..=1.0)
                    .custom_formatter(|v, _| format!("{:.0} %", v * 100.0)),
            )
            .labelled_by(volume.id);
            ui.end_row();

            ui.label(tr(Msg::Motion, lang));
            ui.checkbox(&mut s.reduce_motion, tr(Msg::ReduceMotion, lang));
            ui.end_row();
        });
    if s != state.settings {
        send.push(Command::SetSettings(s));
    }
}
