//! Briefing: who you are, where, what was noticed, the objectives.

use super::state::{AppState, Command, Mode};
use crate::i18n::labels::mode_name;
use crate::i18n::{Msg, labelled, tr};

/// Draws the briefing of scenario `id`.
pub fn briefing_ui(ui: &mut egui::Ui, state: &AppState, id: &str, send: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let Some(s) = state.scenario(id) else {
        return;
    };
    let m = &s.meta;
    // The start row stays in sight below the scrolling text, at any size.
    egui::Panel::bottom("briefing_start")
        .show_separator_line(true)
        .show(ui, |ui| start_row(ui, state, send));
    egui::ScrollArea::vertical()
        .id_salt("briefing_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(860.0);
            ui.heading(m.title.get(lang));
            ui.add_space(8.0);
            let yp = &m.young_person;
            let sections = [
                (Msg::YouAre, m.trainee_role.get(lang).to_owned()),
                (Msg::Setting, m.setting.get(lang).to_owned()),
                (
                    Msg::YoungPerson,
                    format!(
                        "{}, {} {} — {}",
                        yp.name,
                        yp.age,
                        tr(Msg::YearsOld, lang),
                        yp.situation.get(lang)
                    ),
                ),
                (Msg::Noticed, m.noticed.get(lang).to_owned()),
            ];
            for (title, body) in sections {
                ui.strong(tr(title, lang));
                ui.label(body);
                ui.add_space(6.0);
            }
            // The other people the trainee will meet, with their role.
            let others: Vec<String> = (s.characters.iter().skip(1))
                .filter_map(|c| Some(format!("{} ({})", c.name, c.role.as_ref()?.get(lang))))
                .collect();
            if !others.is_empty() {
                ui.strong(tr(Msg::OtherPeople, lang));
                ui.label(others.join(", "));
                ui.add_space(6.0);
            }
            if !m.objectives.is_empty() {
                ui.strong(tr(Msg::Objectives, lang));
                for o in &m.objectives {
                    ui.label(format!("• {}", o.get(lang)));
                }
                ui.add_space(6.0);
            }
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .inner_margin(10.0)
                .corner_radius(6.0)
                .show(ui, |ui| {
                    ui.strong(tr(Msg::ContentNote, lang));
                    ui.label(m.content_note.get(lang));
                    ui.label(tr(Msg::StopAnyTime, lang));
                });
        });
}

/// The mode, then "Commencer" and "Retour". Enter starts, and Tab lands
/// on "Commencer" first: it takes the focus when the briefing opens.
fn start_row(ui: &mut egui::Ui, state: &AppState, send: &mut Vec<Command>) {
    let lang = state.settings.lang;
    ui.add_space(6.0);
    let mode = mode_name(state.mode, lang);
    ui.label(labelled(tr(Msg::Mode, lang), mode, lang));
    let start_label = match state.mode {
        Mode::Workshop => Msg::StartWorkshop,
        _ => Msg::StartInterview,
    };
    ui.horizontal(|ui| {
        let start = ui.add(
            egui::Button::new(egui::RichText::new(tr(start_label, lang)).strong())
                .min_size(egui::vec2(220.0, 40.0)),
        );
        if ui.memory(|m| m.focused().is_none()) {
            start.request_focus();
        }
        // A focused button takes Enter as a click.
        if start.clicked() {
            send.push(Command::Start);
        }
        if ui.button(tr(Msg::Back, lang)).clicked() {
            send.push(Command::OpenLibrary);
        }
    });
    ui.add_space(6.0);
}
