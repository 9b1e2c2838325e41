//! The workshop screen: the room view and the presenter view, either in
//! one window (the presenter as a panel hidden with F2) or in two (the
//! room view in a second window for the projector, through eframe's
//! viewports), and the keys of a facilitator and of a presenter clicker.

mod audience;
mod map;
mod presenter;

use super::notices::notices_ui;
use super::state::{AppState, Command, SoundRequest, WorkshopCommand as W};
use crate::engine::Workshop;
use crate::i18n::workshop::{WMsg, tr_w};
use crate::scenario::Scenario;
use audience::audience_ui;
use map::map_overlay;
use presenter::{WindowAsk, presenter_ui};

/// The second window's id.
fn room_viewport() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("entretien_room_view")
}

/// Draws the workshop in the root window (and the room's window when it
/// is apart).
pub fn workshop_ui(root: &mut egui::Ui, state: &AppState, send: &mut Vec<Command>) {
    let Some((w, s)) = state.workshop() else {
        return;
    };
    let lang = state.settings.lang;
    let view = &state.workshop_view;
    let mut ask = WindowAsk::default();
    // Keys are read after the views are drawn, and not while the branch
    // map is open over the presenter: it has its own (+, −, arrows,
    // Escape), and a letter there is no vote.
    let keys_on = !view.map_open;
    if view.map_open {
        map_overlay(root.ctx(), (w, s), view.hint, lang, send);
    }
    if view.audience_window {
        egui::CentralPanel::default().show(root, |ui| {
            presenter_ui(ui, state, (w, s), send, &mut ask);
        });
        if keys_on {
            keys(root, w, s, send, &mut ask);
        }
        let builder = egui::ViewportBuilder::default()
            .with_title(format!("Entretien — {}", tr_w(WMsg::RoomView, lang)))
            .with_inner_size([1280.0, 720.0]);
        root.ctx()
            .show_viewport_immediate(room_viewport(), builder, |ui, class| {
                let mut room_ask = WindowAsk::default();
                // A window of its own has its own keys; drawn inside this
                // one (a backend with one window), the keys were read above.
                if class != egui::ViewportClass::EmbeddedWindow {
                    keys(ui, w, s, send, &mut room_ask);
                }
                if room_ask.fullscreen || ask.fullscreen {
                    toggle_fullscreen(ui.ctx());
                }
                if ui.input(|i| i.viewport().close_requested()) {
                    send.push(Command::Workshop(W::ToggleAudienceWindow));
                }
                egui::CentralPanel::default()
                    .frame(egui::Frame::new())
                    .show(ui, |ui| audience_ui(ui, state, (w, s)));
            });
        return;
    }
    // One screen: the room view fills the window; the presenter (and the
    // app's notices) only when asked, with F2.
    if view.presenter_shown {
        egui::Panel::right("presenter")
            .default_size(440.0)
            .resizable(true)
            .show(root, |ui| {
                notices_ui(ui, state, send);
                presenter_ui(ui, state, (w, s), send, &mut ask);
            });
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::new())
        .show(root, |ui| audience_ui(ui, state, (w, s)));
    if keys_on {
        keys(root, w, s, send, &mut ask);
    }
    if ask.fullscreen {
        toggle_fullscreen(root.ctx());
    }
}

fn toggle_fullscreen(ctx: &egui::Context) {
    let on = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!on));
}

/// The letter keys A, B, C… vote (with Shift, take a vote back); + and −
/// change the answer voted last; PageDown / PageUp are a clicker's next and
/// back; T the timer; R and S the voice, as in the interview; F2 the
/// presenter panel; F11 full screen.
fn keys(ui: &egui::Ui, w: &Workshop, s: &Scenario, send: &mut Vec<Command>, ask: &mut WindowAsk) {
    let answers = w.offers(s).len().min(LETTERS.len());
    let cmd = |c: W| Some(Command::Workshop(c));
    ui.input(|i| {
        let shift = i.modifiers.shift;
        for (n, key) in LETTERS.iter().enumerate().take(answers) {
            if i.key_pressed(*key) {
                let delta = if shift { -1 } else { 1 };
                send.extend(cmd(W::Vote { answer: n, delta }));
            }
        }
        for (key, c) in [
            (egui::Key::PageDown, cmd(W::Next)),
            (egui::Key::PageUp, cmd(W::Back)),
            (egui::Key::Plus, cmd(W::VoteSelected(1))),
            (egui::Key::Equals, cmd(W::VoteSelected(1))),
            (egui::Key::Minus, cmd(W::VoteSelected(-1))),
            (egui::Key::F2, cmd(W::TogglePresenter)),
            (egui::Key::T, cmd(W::ToggleTimer)),
            (egui::Key::R, Some(Command::Sound(SoundRequest::ReplayLine))),
            (egui::Key::S, Some(Command::Sound(SoundRequest::SkipLine))),
            (egui::Key::F11, None),
        ] {
            // A letter that names an answer is a vote.
            if !i.key_pressed(key) || LETTERS[..answers].contains(&key) {
                continue;
            }
            match c {
                Some(c) => send.push(c),
                None => ask.fullscreen = true,
            }
        }
    });
}

const LETTERS: [egui::Key; 12] = [
    egui::Key::A,
    egui::Key::B,
    egui::Key::C,
    egui::Key::D,
    egui::Key::E,
    egui::Key::F,
    egui::Key::G,
    egui::Key::H,
    egui::Key::I,
    egui::Key::J,
    egui::Key::K,
    egui::Key::L,
];
