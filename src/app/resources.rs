//! The resources panel, reachable from every screen: you can stop at any
//! time, a grounding note, helplines and what to do next.

use super::state::Command;
use crate::i18n::{Msg, tr};
use crate::scenario::Lang;
use crate::scenario::resources::{self, Section};

/// Draws the panel content.
pub fn resources_ui(ui: &mut egui::Ui, lang: Lang, send: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading(tr(Msg::Resources, lang));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(tr(Msg::Close, lang)).clicked() {
                send.push(Command::ToggleResources);
            }
        });
    });
    egui::ScrollArea::vertical()
        .id_salt("resources_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.strong(tr(Msg::StopAnyTime, lang));
            ui.label(tr(Msg::Grounding, lang));
            ui.add_space(8.0);
            next_steps_ui(ui, resources::builtin(), lang);
        });
}

/// "What to do next": each section's title and items, in the order given;
/// also the end of the debrief.
pub fn next_steps_ui<'a>(
    ui: &mut egui::Ui,
    sections: impl IntoIterator<Item = &'a Section>,
    lang: Lang,
) {
    ui.heading(tr(Msg::NextSteps, lang));
    for section in sections {
        ui.add_space(4.0);
        ui.strong(section.title.get(lang));
        for item in &section.items {
            ui.label(format!("• {}", item.get(lang)));
        }
    }
}
