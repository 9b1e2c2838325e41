//! The five key points, numbered and explained: a side panel the trainee
//! opens from the top bar or with K, during the interview and in the
//! debrief, to decode "(point 4)" and the profile.

use super::resources::panel_header;
use super::state::Command;
use crate::i18n::labels::key_point;
use crate::i18n::legend;
use crate::scenario::{KeyPoint, Lang};

/// Draws the panel content.
pub fn legend_ui(ui: &mut egui::Ui, lang: Lang, send: &mut Vec<Command>) {
    panel_header(ui, legend::title(lang), lang, || {
        send.push(Command::ToggleLegend);
    });
    egui::ScrollArea::vertical()
        .id_salt("legend_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            for p in KeyPoint::ALL {
                ui.add_space(6.0);
                ui.strong(key_point(p, lang));
                ui.label(legend::meaning(p, lang));
            }
        });
}
