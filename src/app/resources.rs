//! The resources panel, reachable from every screen: you can stop at any
//! time, a grounding note, helplines and what to do next.

use super::state::Command;
use crate::i18n::{Msg, tr};
use crate::scenario::Lang;
use crate::scenario::resources::{self, Section};

/// The section of helplines and specialised centres.
const HELP_SECTION: &str = "aide";

/// Draws the panel content.
pub fn resources_ui(ui: &mut egui::Ui, lang: Lang, send: &mut Vec<Command>) {
    panel_header(ui, tr(Msg::Resources, lang), lang, || {
        send.push(Command::ToggleResources);
    });
    egui::ScrollArea::vertical()
        .id_salt("resources_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.strong(tr(Msg::StopAnyTime, lang));
            ui.label(tr(Msg::Grounding, lang));
            ui.add_space(8.0);
            // Help first: whoever opens this panel may need a number now.
            let (help, rest): (Vec<&Section>, Vec<&Section>) =
                (resources::builtin().iter()).partition(|s| s.id == HELP_SECTION);
            next_steps_ui(ui, help.into_iter().chain(rest), lang);
        });
}

/// A side panel's heading with its "Fermer" button on the right.
pub fn panel_header(ui: &mut egui::Ui, title: &str, lang: Lang, close: impl FnOnce()) {
    ui.horizontal(|ui| {
        ui.heading(title);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(tr(Msg::Close, lang)).clicked() {
                close();
            }
        });
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
            ui.label(item_line(item.get(lang)));
        }
    }
}

/// A step of "what to do next" with a bullet, unless it is numbered
/// ("1. En parler…" is its own marker).
pub fn item_line(text: &str) -> String {
    let numbered = (text.split_once(". ")).is_some_and(|(n, _)| n.parse::<u8>().is_ok());
    if numbered {
        text.to_owned()
    } else {
        format!("• {text}")
    }
}
