//! The presenter's tools: the decisions taken (each goes back to its
//! moment), the branch map to jump, where the room view is, the summary,
//! the keys, and the way out.

use super::super::super::state::{AppState, Command, Export, WorkshopCommand as W};
use super::WindowAsk;
use crate::engine::{Taken, Workshop};
use crate::i18n::export;
use crate::i18n::workshop::{WMsg, followed, tr_w};
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::{Lang, Scenario};

/// The decisions taken, the map, the views, the summary, the keys.
pub(super) fn tools_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    (w, s): (&Workshop, &Scenario),
    send: &mut Vec<Command>,
    ask: &mut WindowAsk,
) {
    let lang = state.settings.lang;
    ui.separator();
    decisions_ui(ui, &w.taken(s), lang, send);
    map_section(ui, lang, send);
    ui.separator();
    views_ui(ui, state, send, ask);
    summary_ui(ui, state, w, send);
    ui.add_space(6.0);
    ui.weak(tr_w(WMsg::Keys, lang));
    if ui.button(tr_w(WMsg::LeaveWorkshop, lang)).clicked() {
        send.push(Command::OpenLibrary);
    }
}

/// The decisions taken (a narration step, however it was passed, is
/// none); each goes back to its moment.
fn decisions_ui(ui: &mut egui::Ui, taken: &[Taken<'_>], lang: Lang, send: &mut Vec<Command>) {
    ui.strong(tr_w(WMsg::DecisionsTaken, lang));
    if taken.iter().all(|t| t.number.is_none()) {
        ui.weak(tr_w(WMsg::NoDecisionYet, lang));
    }
    for t in taken {
        let Some(number) = t.number else {
            continue;
        };
        let text = format!(
            "{number}. {} — {} — {}",
            t.letter,
            followed(&t.decision, lang),
            t.exchange.choice.text.get(lang)
        );
        let go = ui
            .add(egui::Button::new(text).truncate())
            .on_hover_text(tr(Msg::GoToMoment, lang));
        if go.clicked() {
            send.push(Command::Workshop(W::Jump(t.decision.beat)));
        }
    }
}

/// The branch map opens over the presenter view, large.
fn map_section(ui: &mut egui::Ui, lang: Lang, send: &mut Vec<Command>) {
    if ui.button(tr_w(WMsg::OpenMap, lang)).clicked() {
        send.push(Command::Workshop(W::ToggleMap));
    }
}

/// Where the room view is and in which colours (its size fits the screen).
fn views_ui(ui: &mut egui::Ui, state: &AppState, send: &mut Vec<Command>, ask: &mut WindowAsk) {
    let lang = state.settings.lang;
    let view = &state.workshop_view;
    let mut separate = view.audience_window;
    if ui
        .checkbox(&mut separate, tr_w(WMsg::SeparateWindow, lang))
        .changed()
    {
        send.push(Command::Workshop(W::ToggleAudienceWindow));
    }
    ui.weak(tr_w(WMsg::OneScreen, lang));
    ui.horizontal_wrapped(|ui| {
        if !view.audience_window && ui.button(tr_w(WMsg::HidePanel, lang)).clicked() {
            send.push(Command::Workshop(W::TogglePresenter));
        }
        if ui.button(tr_w(WMsg::Fullscreen, lang)).clicked() {
            ask.fullscreen = true;
        }
    });
    let mut settings = state.settings.clone();
    let contrast = tr_w(WMsg::RoomContrast, lang);
    if ui
        .checkbox(&mut settings.room_high_contrast, contrast)
        .changed()
    {
        send.push(Command::SetSettings(settings));
    }
}

fn summary_ui(ui: &mut egui::Ui, state: &AppState, w: &Workshop, send: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let written = state.workshop_view.summary.as_ref();
    ui.horizontal_wrapped(|ui| {
        let save = egui::Button::new(tr_w(WMsg::SaveSummary, lang));
        if ui.add_enabled(!w.decisions().is_empty(), save).clicked() {
            send.push(Command::Workshop(W::SaveSummary));
        }
        for (msg, cmd) in [
            (WMsg::OpenSummary, W::OpenSummary),
            (WMsg::OpenSummaryFolder, W::OpenSummaryFolder),
        ] {
            let open = egui::Button::new(tr_w(msg, lang));
            if ui.add_enabled(written.is_some(), open).clicked() {
                send.push(Command::Workshop(cmd));
            }
        }
        let pdf = egui::Button::new(export::workshop_pdf(lang));
        if ui
            .add_enabled(!w.decisions().is_empty(), pdf)
            .on_hover_text(export::as_pdf_hint(lang))
            .clicked()
        {
            send.push(Command::Export(Export::WorkshopPdf));
        }
    });
    if let Some(path) = written {
        let at = path.display().to_string();
        ui.weak(labelled(tr_w(WMsg::SummarySaved, lang), &at, lang));
    }
}
