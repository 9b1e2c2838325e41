//! The debrief's pages, as a row of tabs under its actions: the trainee's
//! debrief, the young person's side, and (after a fork) the comparison
//! with the run it was played on from. Also the one way these pages set a
//! rising or falling mark in a sentence.

use egui::text::{LayoutJob, TextFormat};

use super::state::{AppState, Command, DebriefView};
use crate::i18n::learning_debrief::{compare_page, debrief_page, their_side};
use crate::scenario::Scenario;

/// Draws the tabs; returns the page to show (the comparison only when the
/// debrief on screen has one).
pub fn pages_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    s: &Scenario,
    send: &mut Vec<Command>,
) -> DebriefView {
    let lang = state.settings.lang;
    let compare = state.comparison().is_some();
    let view = match state.debrief_view {
        DebriefView::Comparison if !compare => DebriefView::Debrief,
        view => view,
    };
    let name = &s.meta.young_person.name;
    let mut pages = vec![
        (DebriefView::Debrief, debrief_page(lang).to_owned()),
        (DebriefView::YoungPerson, their_side(name, lang)),
    ];
    if compare {
        pages.push((DebriefView::Comparison, compare_page(lang).to_owned()));
    }
    ui.horizontal_wrapped(|ui| {
        for (page, text) in pages {
            if ui.selectable_label(view == page, text).clicked() && view != page {
                send.push(Command::ShowDebrief(page));
            }
        }
    });
    view
}

/// `text` as one label whose marks (▲ ▼ →) are set in the monospace font:
/// the proportional one has no glyph for them.
pub fn marked(ui: &egui::Ui, text: &str, strong: bool) -> LayoutJob {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let color = if strong {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let plain = TextFormat::simple(body.clone(), color);
    let mark = TextFormat::simple(egui::FontId::monospace(body.size), color);
    let mut job = LayoutJob::default();
    let mut rest = text;
    while let Some(at) = rest.find(['▲', '▼', '→']) {
        let (before, from) = rest.split_at(at);
        let width = from.chars().next().map_or(1, char::len_utf8);
        job.append(before, 0.0, plain.clone());
        job.append(&from[..width], 0.0, mark.clone());
        rest = &from[width..];
    }
    job.append(rest, 0.0, plain);
    job
}
