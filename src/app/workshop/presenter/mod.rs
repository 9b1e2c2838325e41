//! The presenter view: what the room sees now (the line and its cue, or
//! the reply to its answer), the facilitator note, the room's vote,
//! reveal and follow, back and forward, the discussion timer; then the
//! decisions taken, the branch map, the views and the summary. What the
//! young person thinks and the trust are folded away: a presenter on a
//! mirrored screen shows them only when opened.
//!
//! - `moment`: what the room sees, the note and the vote;
//! - `tools`: the decisions taken, the map, the views, the summary.

mod moment;
mod tools;

use super::super::state::{AppState, Command, WorkshopCommand as W, WorkshopHint};
use crate::engine::{Stage, Workshop};
use crate::i18n::labels::outcome;
use crate::i18n::workshop::{WMsg, tr_w};
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::Scenario;

/// What the presenter asks of the window itself (not of the state).
#[derive(Default)]
pub struct WindowAsk {
    /// Toggle full screen for the window showing the room view.
    pub fullscreen: bool,
}

/// Draws the presenter view.
pub fn presenter_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    (w, s): (&Workshop, &Scenario),
    send: &mut Vec<Command>,
    ask: &mut WindowAsk,
) {
    // A scrollbar of its own, beside the text rather than over it.
    ui.spacing_mut().scroll.floating = false;
    egui::ScrollArea::vertical()
        .id_salt("presenter_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            // A whole window (the room's is apart) takes two columns: what
            // the room does now, and the tools.
            if ui.available_width() >= 1000.0 {
                // Columns are justified; rows of buttons wrap in a plain layout.
                let plain = egui::Layout::top_down(egui::Align::Min);
                ui.columns(2, |columns| {
                    columns[0].with_layout(plain, |ui| lead_ui(ui, state, (w, s), send));
                    columns[1]
                        .with_layout(plain, |ui| tools::tools_ui(ui, state, (w, s), send, ask));
                });
            } else {
                lead_ui(ui, state, (w, s), send);
                tools::tools_ui(ui, state, (w, s), send, ask);
            }
        });
}

/// The moment now: what the room sees, the note, the vote, the clicker's
/// steps, the timer.
fn lead_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    (w, s): (&Workshop, &Scenario),
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    ui.heading(tr_w(WMsg::PresenterView, lang));
    ui.label(s.meta.title.get(lang));
    let stage = w.stage(s);
    match &stage {
        Stage::Ended(e) => {
            let title = format!("{} — {}", e.title.get(lang), outcome(e.kind, lang));
            ui.strong(labelled(tr_w(WMsg::WorkshopOver, lang), &title, lang));
        }
        Stage::Outcome(o) => moment::outcome_ui(ui, o, lang),
        Stage::Narration { narration, said } => {
            moment::room_sees_ui(ui, narration.as_ref(), said.as_ref(), lang);
            moment::note_ui(ui, s, w, lang);
            if ui.button(tr(Msg::Continue, lang)).clicked() {
                send.push(Command::Workshop(W::Follow(0)));
            }
        }
        Stage::Decision(d) => {
            moment::room_sees_ui(ui, d.narration.as_ref(), d.said.as_ref(), lang);
            moment::note_ui(ui, s, w, lang);
            moment::vote_ui(ui, d, lang, send);
        }
    }
    if state.workshop_view.hint == Some(WorkshopHint::Unreachable) {
        ui.colored_label(ui.visuals().warn_fg_color, tr_w(WMsg::Unreachable, lang));
    }
    let next_steps = state.workshop_view.next_steps_shown;
    steps_ui(ui, w, &stage, next_steps, lang, send);
    moment::timer_ui(ui, state, w, send);
}

/// Reveal, next, back and forward (the clicker's keys, as buttons); at
/// the ending, next and back turn its two pages (the ending, what to do
/// next) first.
fn steps_ui(
    ui: &mut egui::Ui,
    w: &Workshop,
    stage: &Stage<'_>,
    next_steps: bool,
    lang: crate::scenario::Lang,
    send: &mut Vec<Command>,
) {
    let cmd = |c: W| Command::Workshop(c);
    ui.horizontal_wrapped(|ui| {
        let reveal = if w.revealed() {
            WMsg::HideScores
        } else {
            WMsg::Reveal
        };
        let decision = matches!(stage, Stage::Decision(_));
        if ui
            .add_enabled(decision, egui::Button::new(tr_w(reveal, lang)))
            .clicked()
        {
            send.push(cmd(W::ToggleReveal));
        }
        let next = match stage {
            Stage::Outcome(_) => WMsg::NextMoment,
            Stage::Ended(_) => WMsg::ShowNextSteps,
            _ => WMsg::Next,
        };
        if ui
            .add_enabled(!next_steps, egui::Button::new(tr_w(next, lang)))
            .clicked()
        {
            send.push(cmd(W::Next));
        }
        let back = if next_steps {
            WMsg::BackToEnding
        } else {
            WMsg::Back
        };
        for (msg, can, c) in [
            (back, w.can_back(), W::Back),
            (WMsg::Forward, w.can_forward(), W::Forward),
        ] {
            if ui
                .add_enabled(can, egui::Button::new(tr_w(msg, lang)))
                .clicked()
            {
                send.push(cmd(c));
            }
        }
    });
}
