//! The presenter's view of the moment: what the room sees (the line and
//! its cue, or what its answer led to), the facilitator note, what the
//! young person thinks and the trust (folded away), the vote row by row
//! with every answer in full, and the timer.

use super::super::super::interview::{gauges_ui, speaker_words};
use super::super::super::state::{AppState, Command, WorkshopCommand as W};
use super::super::super::theme::outlined;
use crate::engine::{DecisionStage, OutcomeStage, Said, Stall, Workshop};
use crate::i18n::labels::thinks_now;
use crate::i18n::workshop::{WMsg, followed, tr_w, votes};
use crate::i18n::{labelled, quoted};
use crate::scenario::{Lang, Scenario};

/// The line the room sees now, with who says it and the cue.
pub(super) fn room_sees_ui(
    ui: &mut egui::Ui,
    narration: Option<&Said<'_>>,
    said: Option<&Said<'_>>,
    lang: Lang,
) {
    boxed(ui, |ui| {
        ui.strong(tr_w(WMsg::RoomSees, lang));
        if let Some(n) = narration {
            ui.label(egui::RichText::new(n.line.text.get(lang)).italics());
        }
        if let Some(said) = said {
            said_ui(ui, said, lang);
        }
    });
}

/// What the room's answer led to, as the room sees it.
pub(super) fn outcome_ui(ui: &mut egui::Ui, o: &OutcomeStage<'_>, lang: Lang) {
    boxed(ui, |ui| {
        ui.strong(tr_w(WMsg::OutcomeOnScreen, lang));
        let taken = format!("{} {}", tr_w(WMsg::AnswerTaken, lang), o.letter);
        let how = format!("{taken} — {}", followed(&o.decision, lang));
        ui.label(labelled(&how, o.exchange.choice.text.get(lang), lang));
        if let Some(reply) = &o.exchange.reply {
            said_ui(ui, reply, lang);
        }
    });
}

fn said_ui(ui: &mut egui::Ui, said: &Said<'_>, lang: Lang) {
    let text = said.line.text.get(lang);
    if said.speaker.is_none() {
        ui.label(egui::RichText::new(text).italics());
        return;
    }
    ui.label(egui::RichText::new(speaker_words(said, lang)).strong());
    if let Some(cue) = &said.line.cue {
        ui.label(egui::RichText::new(cue.get(lang)).italics());
    }
    ui.label(quoted(text, lang));
}

fn boxed(ui: &mut egui::Ui, inside: impl FnOnce(&mut egui::Ui)) {
    outlined(ui, inside);
    ui.add_space(4.0);
}

/// The facilitator note (a general question on a decision that has
/// none), then what the young person thinks and the trust, folded.
pub(super) fn note_ui(ui: &mut egui::Ui, s: &Scenario, w: &Workshop, lang: Lang) {
    let Some(b) = w.session.run.beat() else {
        return;
    };
    let beat = s.beat(b);
    let narration = w.is_narration(s);
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(10.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(tr_w(WMsg::Note, lang));
            match (&beat.facilitator, narration) {
                (Some(note), _) => ui.label(note.get(lang)),
                (None, true) => ui.label(tr_w(WMsg::Narration, lang)),
                (None, false) => ui.label(tr_w(WMsg::NoNote, lang)),
            };
            let private = format!(
                "{} {} ({})",
                thinks_now(s.gender(), lang),
                tr_w(WMsg::AndTrust, lang),
                tr_w(WMsg::ForPresenterOnly, lang)
            );
            egui::CollapsingHeader::new(private)
                .id_salt("presenter_private")
                .default_open(false)
                .show(ui, |ui| {
                    if let Some(thought) = &beat.thought {
                        ui.label(thought.get(lang));
                    }
                    ui.horizontal_wrapped(|ui| gauges_ui(ui, s, &w.session.run, lang));
                });
        });
}

/// One row per answer: letter, − votes +, the votes as a bar, follow;
/// then the answer in full.
pub(super) fn vote_ui(
    ui: &mut egui::Ui,
    d: &DecisionStage<'_>,
    lang: Lang,
    send: &mut Vec<Command>,
) {
    if let Some(stall) = d.stalled {
        let words = match stall {
            Stall::Tie => tr_w(WMsg::Tie, lang),
            Stall::NoVotes => tr_w(WMsg::NoVotes, lang),
        };
        let hint = format!("{words}. {}", tr_w(WMsg::NoMajority, lang));
        ui.colored_label(ui.visuals().warn_fg_color, hint);
    }
    ui.strong(tr_w(WMsg::RoomVote, lang));
    let most = d.cards.iter().map(|c| c.votes).max().unwrap_or(0).max(1);
    for (n, card) in d.cards.iter().enumerate() {
        let letter = card.letter;
        ui.horizontal(|ui| {
            ui.strong(letter.to_string());
            let less = format!("{} {letter}", tr_w(WMsg::RemoveVote, lang));
            let more = format!("{} {letter}", tr_w(WMsg::AddVote, lang));
            for (sign, name, delta) in [("−", less, -1), ("+", more, 1)] {
                let b = ui.add_enabled(delta > 0 || card.votes > 0, egui::Button::new(sign));
                let b = b.on_hover_text(&name);
                b.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if b.clicked() {
                    send.push(Command::Workshop(W::Vote { answer: n, delta }));
                }
            }
            vote_bar(ui, card.votes as f32 / most as f32);
            let count = votes(card.votes, lang);
            if d.majority == Some(n) {
                ui.strong(format!("{count} — {}", tr_w(WMsg::Majority, lang)));
            } else {
                ui.label(count);
            }
            let follow = format!("{} {letter}", tr_w(WMsg::Follow, lang));
            if ui.button(follow).clicked() {
                send.push(Command::Workshop(W::Follow(n)));
            }
        });
        ui.add(egui::Label::new(card.offer.choice.text.get(lang)).wrap());
        ui.add_space(4.0);
    }
}

/// The votes for an answer as a share of the most votes any answer has.
fn vote_bar(ui: &mut egui::Ui, share: f32) {
    let size = egui::vec2(80.0, ui.text_style_height(&egui::TextStyle::Body) * 0.6);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
    let mut filled = rect;
    filled.set_width(rect.width() * share);
    painter.rect_filled(filled, 2.0, ui.visuals().selection.bg_fill);
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    painter.rect_stroke(rect, 2.0, stroke, egui::StrokeKind::Inside);
}

/// The discussion timer; the room sees it once started, until reset.
pub(super) fn timer_ui(ui: &mut egui::Ui, state: &AppState, w: &Workshop, send: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let secs = w.timer.elapsed_ms(state.now_ms()) / 1000;
    ui.horizontal_wrapped(|ui| {
        let clock = format!("{:02}:{:02}", secs / 60, secs % 60);
        ui.label(labelled(tr_w(WMsg::Timer, lang), &clock, lang));
        let toggle = if w.timer.running() {
            WMsg::PauseTimer
        } else {
            WMsg::StartTimer
        };
        if ui.button(tr_w(toggle, lang)).clicked() {
            send.push(Command::Workshop(W::ToggleTimer));
        }
        if ui.button(tr_w(WMsg::ResetTimer, lang)).clicked() {
            send.push(Command::Workshop(W::ResetTimer));
        }
    });
    if w.timer.running() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
}
