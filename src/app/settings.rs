//! Settings: language, text size, theme, audio, motion. The sound part
//! also says which output plays, or why none does, and lists what went
//! wrong while playing (each file named), for a trainer checking the voices
//! of a scenario: an interview only ever shows a discreet notice.

use super::notices::details_ui;
use super::sound::{OutputStatus, SoundStatus};
use super::state::{AppState, Command, SoundRequest, Theme};
use crate::i18n::sound::{SoundMsg, output_in_use, playback_error_words, tr_sound};
use crate::i18n::xapi::{actor_hint, actor_label, actor_placeholder};
use crate::i18n::{Msg, tr, whole_percent};
use crate::scenario::Lang;

/// Draws the settings; any change sends the new settings.
pub fn settings_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    sound: SoundStatus<'_>,
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
                    .custom_formatter(|v, _| whole_percent(v as f32, lang)),
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
                sound_state_ui(ui, sound, lang, send);
            });
            ui.end_row();

            let volume = ui.label(tr(Msg::Volume, lang));
            ui.add_enabled(s.audio_on, percent_slider(&mut s.volume, lang))
                .labelled_by(volume.id);
            ui.end_row();

            ui.label("");
            ui.add_enabled(
                s.audio_on,
                egui::Checkbox::new(&mut s.ambience_on, tr(Msg::AmbienceOn, lang)),
            );
            ui.end_row();

            let ambience = ui.label(tr(Msg::AmbienceVolume, lang));
            ui.add_enabled(
                s.audio_on && s.ambience_on,
                percent_slider(&mut s.ambience_volume, lang),
            )
            .labelled_by(ambience.id);
            ui.end_row();

            ui.label(tr(Msg::Motion, lang));
            ui.checkbox(&mut s.reduce_motion, tr(Msg::ReduceMotion, lang));
            ui.end_row();
        });
    ui.add_space(12.0);
    actor_ui(ui, &mut s, lang);
    ui.add_space(12.0);
    ui.strong(tr(Msg::Credits, lang));
    ui.label(format!("Entretien {}", state.version));
    ui.label(tr(Msg::CreditsText, lang));
    if s != state.settings {
        send.push(Command::SetSettings(s));
    }
}

/// Who an xAPI export names: typed into a buffer and kept when the field
/// is left, so that a space typed between two words is not trimmed away
/// while typing.
fn actor_ui(ui: &mut egui::Ui, s: &mut crate::store::Settings, lang: Lang) {
    let id = ui.make_persistent_id("xapi_actor_buffer");
    let mut text = ui
        .data(|m| m.get_temp::<String>(id))
        .unwrap_or_else(|| s.xapi_actor.clone().unwrap_or_default());
    let label = ui.strong(actor_label(lang));
    ui.weak(actor_hint(lang));
    let field = ui.add(
        egui::TextEdit::singleline(&mut text)
            .desired_width(360.0)
            .hint_text(actor_placeholder(lang)),
    );
    let field = field.labelled_by(label.id);
    if field.lost_focus() {
        ui.data_mut(|m| m.remove::<String>(id));
        let trimmed = text.trim();
        s.xapi_actor = (!trimmed.is_empty()).then(|| trimmed.to_owned());
    } else if field.has_focus() {
        ui.data_mut(|m| m.insert_temp(id, text));
    }
}

/// The output in use or why there is none, then the playback problems
/// with a button to clear them.
fn sound_state_ui(ui: &mut egui::Ui, sound: SoundStatus<'_>, lang: Lang, send: &mut Vec<Command>) {
    match sound.output {
        OutputStatus::Opening => {
            ui.weak(tr_sound(SoundMsg::Opening, lang));
        }
        OutputStatus::InUse(name) => {
            ui.label(output_in_use(name, lang));
        }
        OutputStatus::Unavailable(why) => {
            ui.weak(tr(Msg::Silent, lang));
            ui.weak(tr(Msg::SilentWhatToDo, lang));
            details_ui(ui, "no_sound_details", why, lang);
        }
    }
    if sound.errors.is_empty() {
        // Said only where sound plays: without it, nothing was played.
        if matches!(sound.output, OutputStatus::InUse(_)) {
            ui.weak(tr_sound(SoundMsg::NoPlaybackProblem, lang));
        }
        return;
    }
    ui.add_space(4.0);
    ui.strong(tr_sound(SoundMsg::PlaybackProblems, lang));
    // Newest first: the one just heard (or not) is on top.
    for (i, error) in sound.errors.iter().enumerate().rev() {
        let (words, details) = playback_error_words(error, lang);
        ui.label(egui::RichText::new(words).color(ui.visuals().warn_fg_color));
        details_ui(ui, ("sound_error_details", i), details, lang);
    }
    if ui.button(tr_sound(SoundMsg::ClearProblems, lang)).clicked() {
        send.push(Command::Sound(SoundRequest::ClearErrors));
    }
}

/// A 0–1 slider shown as a percentage (`80 %` with a narrow no-break
/// space in French).
fn percent_slider(value: &mut f32, lang: Lang) -> egui::Slider<'_> {
    egui::Slider::new(value, 0.0..=1.0).custom_formatter(move |v, _| {
        let sep = if lang == Lang::Fr { "\u{202F}" } else { "" };
        format!("{:.0}{sep}%", v * 100.0)
    })
}
