//! The debrief's closing: the same words the voice says (ending, key
//! points, steps missed, where to find help), with play, pause and stop
//! when there is sound.

use super::state::{Command, SoundRequest};
use crate::audio::ClosingState;
use crate::engine::{ClosingPart, Debrief, closing};
use crate::i18n::closing::part_text;
use crate::i18n::{Msg, tr};
use crate::scenario::{Lang, Scenario};

/// Draws the closing; `state` is `None` without sound.
pub fn closing_ui(
    ui: &mut egui::Ui,
    s: &Scenario,
    d: &Debrief,
    state: Option<ClosingState>,
    lang: Lang,
    send: &mut Vec<Command>,
) {
    ui.add_space(10.0);
    ui.heading(tr(Msg::ClosingHeading, lang));
    if let Some(state) = state {
        ui.horizontal_wrapped(|ui| {
            let (label, request) = match state {
                ClosingState::Stopped => (Msg::ListenClosing, SoundRequest::PlayClosing),
                ClosingState::Playing(_) => (Msg::PauseClosing, SoundRequest::PauseClosing),
                ClosingState::Paused(_) => (Msg::ResumeClosing, SoundRequest::PauseClosing),
            };
            if ui.button(tr(label, lang)).clicked() {
                send.push(Command::Sound(request));
            }
            let playing = state != ClosingState::Stopped;
            if ui
                .add_enabled(playing, egui::Button::new(tr(Msg::StopClosing, lang)))
                .clicked()
            {
                send.push(Command::Sound(SoundRequest::StopClosing));
            }
        });
    }
    for part in closing(d) {
        let text = part_text(s, part, lang);
        match part {
            ClosingPart::Checkpoint(_) => ui.label(format!("• {text}")),
            _ => ui.label(text),
        };
    }
}
