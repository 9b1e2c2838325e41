//! The presenter view: the facilitator note of the beat, what the young
//! person thinks and the trust (never shown to the room), the room's vote,
//! reveal and follow, back and forward, the discussion timer, the
//! decisions taken, the branch map to jump, the views and the summary.

use super::super::interview::gauges_ui;
use super::super::state::{AppState, Command, WorkshopCommand as W, WorkshopHint};
use crate::engine::{Followed, Workshop};
use crate::i18n::labels::{outcome, thinks_now};
use crate::i18n::workshop::{WMsg, followed, tr_w, votes};
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::{Lang, Scenario};

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
                    columns[1].with_layout(plain, |ui| tools_ui(ui, state, (w, s), send, ask));
                });
            } else {
                lead_ui(ui, state, (w, s), send);
                tools_ui(ui, state, (w, s), send, ask);
            }
        });
}

/// The beat now: its note, the vote, reveal and follow, the timer.
fn lead_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    (w, s): (&Workshop, &Scenario),
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let cmd = |c: W| Command::Workshop(c);
    ui.heading(tr_w(WMsg::PresenterView, lang));
    ui.label(s.meta.title.get(lang));
    if let Some(e) = w.session.run.ending() {
        let e = &s.endings[e as usize];
        let title = format!("{} — {}", e.title.get(lang), outcome(e.kind, lang));
        ui.strong(labelled(tr_w(WMsg::WorkshopOver, lang), &title, lang));
    }
    note_ui(ui, s, w, lang);
    if let Some(hint) = state.workshop_view.hint {
        let text = match hint {
            WorkshopHint::NoMajority => tr_w(WMsg::NoMajority, lang),
            WorkshopHint::Unreachable => tr_w(WMsg::Unreachable, lang),
        };
        ui.colored_label(ui.visuals().warn_fg_color, text);
    }
    vote_ui(ui, s, w, lang, send);
    ui.horizontal_wrapped(|ui| {
        let over = w.session.run.ending().is_some();
        let reveal = if w.revealed() {
            WMsg::HideScores
        } else {
            WMsg::Reveal
        };
        let enabled = !over && !w.is_narration(s);
        if ui
            .add_enabled(enabled, egui::Button::new(tr_w(reveal, lang)))
            .clicked()
        {
            send.push(cmd(W::ToggleReveal));
        }
        if ui
            .add_enabled(!over, egui::Button::new(tr_w(WMsg::Next, lang)))
            .clicked()
        {
            send.push(cmd(W::Next));
        }
        for (msg, can, c) in [
            (WMsg::Back, w.can_back(), W::Back),
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
    timer_ui(ui, state, w, send);
}

/// The decisions taken, the map, the views, the summary, the keys.
fn tools_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    (w, s): (&Workshop, &Scenario),
    send: &mut Vec<Command>,
    ask: &mut WindowAsk,
) {
    let lang = state.settings.lang;
    ui.separator();
    decisions_ui(ui, s, w, lang, send);
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

/// The facilitator note, the young person's thought and the trust.
fn note_ui(ui: &mut egui::Ui, s: &Scenario, w: &Workshop, lang: Lang) {
    let Some(b) = w.session.run.beat() else {
        return;
    };
    let beat = s.beat(b);
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(10.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(tr_w(WMsg::Note, lang));
            match &beat.facilitator {
                Some(note) => ui.label(note.get(lang)),
                None => ui.label(tr_w(WMsg::NoNote, lang)),
            };
            if let Some(thought) = &beat.thought {
                let heading = format!(
                    "{} ({})",
                    thinks_now(s.gender(), lang),
                    tr_w(WMsg::ForPresenterOnly, lang)
                );
                ui.label(labelled(&heading, thought.get(lang), lang));
            }
            ui.horizontal_wrapped(|ui| gauges_ui(ui, s, &w.session.run, lang));
        });
}

/// One row per answer: letter, − votes +, follow, the words.
fn vote_ui(ui: &mut egui::Ui, s: &Scenario, w: &Workshop, lang: Lang, send: &mut Vec<Command>) {
    if w.session.run.ending().is_some() {
        return;
    }
    if w.is_narration(s) {
        ui.label(tr_w(WMsg::Narration, lang));
        if ui.button(tr(Msg::Continue, lang)).clicked() {
            send.push(Command::Workshop(W::Follow(0)));
        }
        return;
    }
    ui.strong(tr_w(WMsg::RoomVote, lang));
    let majority = w.majority();
    for (n, card) in w.cards(s).iter().enumerate() {
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
            let count = votes(card.votes, lang);
            if majority == Some(n) {
                ui.strong(format!("{count} — {}", tr_w(WMsg::Majority, lang)));
            } else {
                ui.label(count);
            }
            let follow = format!("{} {letter}", tr_w(WMsg::Follow, lang));
            if ui.button(follow).clicked() {
                send.push(Command::Workshop(W::Follow(n)));
            }
        });
        ui.weak(card.offer.choice.text.get(lang));
        ui.add_space(4.0);
    }
}

fn timer_ui(ui: &mut egui::Ui, state: &AppState, w: &Workshop, send: &mut Vec<Command>) {
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

/// The decisions taken; each goes back to its moment.
fn decisions_ui(
    ui: &mut egui::Ui,
    s: &Scenario,
    w: &Workshop,
    lang: Lang,
    send: &mut Vec<Command>,
) {
    ui.strong(tr_w(WMsg::DecisionsTaken, lang));
    let taken: Vec<_> = w
        .decisions()
        .iter()
        .filter(|d| d.how != Followed::Continue)
        .collect();
    if taken.is_empty() {
        ui.weak(tr_w(WMsg::NoDecisionYet, lang));
    }
    for (n, d) in taken.into_iter().enumerate() {
        let position = d.offered.iter().position(|i| *i == d.choice).unwrap_or(0);
        let choice = &s.beat(d.beat).choices[usize::from(d.choice)];
        let text = format!(
            "{}. {} — {} — {}",
            n + 1,
            crate::engine::letter(position),
            followed(d, lang),
            choice.text.get(lang)
        );
        let go = ui
            .add(egui::Button::new(text).truncate())
            .on_hover_text(tr(Msg::GoToMoment, lang));
        if go.clicked() {
            send.push(Command::Workshop(W::Jump(d.beat)));
        }
    }
}

/// The branch map opens over the presenter view, large.
fn map_section(ui: &mut egui::Ui, lang: Lang, send: &mut Vec<Command>) {
    if ui.button(tr_w(WMsg::OpenMap, lang)).clicked() {
        send.push(Command::Workshop(W::ToggleMap));
    }
}

/// Where the room view is, how large, in which colours.
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
    ui.horizontal_wrapped(|ui| {
        if !view.audience_window && ui.button(tr_w(WMsg::HidePanel, lang)).clicked() {
            send.push(Command::Workshop(W::TogglePresenter));
        }
        if ui.button(tr_w(WMsg::Fullscreen, lang)).clicked() {
            ask.fullscreen = true;
        }
    });
    let mut settings = state.settings.clone();
    let size = egui::Slider::new(&mut settings.room_text_scale, 1.0..=3.0)
        .step_by(0.25)
        .custom_formatter(|v, _| crate::i18n::whole_percent(v as f32, lang))
        .text(tr_w(WMsg::RoomTextSize, lang));
    let changed = ui.add(size).changed()
        | ui.checkbox(
            &mut settings.room_high_contrast,
            tr_w(WMsg::RoomContrast, lang),
        )
        .changed();
    if changed {
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
    });
    if let Some(path) = written {
        let at = path.display().to_string();
        ui.weak(labelled(tr_w(WMsg::SummarySaved, lang), &at, lang));
    }
}
