//! The room view, for the projector: what the room sees at each step of
//! the workshop ([`Stage`]), laid out for the screen it is on. The text
//! takes the largest size at which everything fits without scrolling (a
//! clicker cannot scroll): the line, the cue and every answer, every card
//! at the reveal, the reply after the room's answer, the ending. Nothing
//! of the app is drawn here (no bar, no notice): it may be mirrored.
//!
//! - `pen`: measuring and drawing at one size, and the search for the
//!   largest size that fits;
//! - `moment`: a decision to vote on, a narration step, the outcome;
//! - `reveal`: the answers side by side with their effects;
//! - `ending`: how the interview ended, then what to do next.

mod ending;
mod moment;
mod pen;
mod reveal;

use std::ops::RangeInclusive;

use super::super::state::AppState;
use super::super::theme::high_contrast;
use crate::engine::{Stage, Workshop};
use crate::i18n::workshop::{WMsg, tr_w};
use crate::scenario::{Lang, Scenario};
use pen::{Pen, largest_fitting};

/// Sizes of the answers, in shares of the screen's height: at least
/// this, read from the back of a room…
const ANSWERS_LEAST: f32 = 0.035;
/// …and at most this, for a short line with two answers.
const ANSWERS_MOST: f32 = 0.065;

/// What every part of the room view needs to know.
struct Room<'a> {
    s: &'a Scenario,
    w: &'a Workshop,
    lang: Lang,
    /// The timer as the room sees it ("Discussion 01:23"), when shown.
    timer: Option<String>,
}

/// Draws the room view of `w` in `ui`, filling it.
pub fn audience_ui(ui: &mut egui::Ui, state: &AppState, (w, s): (&Workshop, &Scenario)) {
    let settings = &state.settings;
    if settings.room_high_contrast {
        *ui.visuals_mut() = high_contrast();
    }
    // The pens space the text themselves: egui adds nothing between items.
    let style = ui.style_mut();
    style.spacing.item_spacing = egui::Vec2::ZERO;
    style.spacing.interact_size.y = 0.0;
    style.interaction.selectable_labels = false;
    let screen = ui.available_rect_before_wrap();
    let margin = (screen.height() * 0.025).max(8.0);
    let fill = ui.visuals().panel_fill;
    ui.painter().rect_filled(screen, 0.0, fill);
    let mut inner = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(screen.shrink(margin))
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    let room = Room {
        s,
        w,
        lang: settings.lang,
        timer: timer_words(w, state.now_ms(), settings.lang),
    };
    let height = screen.height();
    let answers = height * ANSWERS_LEAST..=height * ANSWERS_MOST;
    let ui_in = &mut inner;
    match w.stage(s) {
        Stage::Decision(d) if d.revealed => reveal::reveal_ui(ui_in, &room, &d, height),
        Stage::Decision(d) => fitted(ui_in, answers, |pen, context| {
            moment::decision(pen, &room, &d, context)
        }),
        Stage::Narration { narration, said } => fitted(ui_in, answers, |pen, context| {
            moment::narration(pen, &room, (narration.as_ref(), said.as_ref()), context)
        }),
        Stage::Outcome(o) => fitted(ui_in, answers, |pen, context| {
            moment::outcome(pen, &room, &o, context)
        }),
        Stage::Ended(_) => {
            let next_steps = state.workshop_view.next_steps_shown;
            ending::ending_ui(ui_in, &room, next_steps, height);
        }
    }
    ui.advance_cursor_after_rect(screen);
    if w.timer.running() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
}

/// The timer as the room sees it: once started on this moment, until it
/// is set back to zero.
fn timer_words(w: &Workshop, now_ms: u64, lang: Lang) -> Option<String> {
    let ms = w.timer.elapsed_ms(now_ms);
    if !w.timer.running() && ms == 0 {
        return None;
    }
    let secs = ms / 1000;
    let clock = format!("{:02}:{:02}", secs / 60, secs % 60);
    Some(format!("{} {clock}", tr_w(WMsg::RoomTimer, lang)))
}

/// How small the context (the line, the narration, what came before) may
/// get beside the answers, which keep their least size.
const CONTEXT_STEPS: [f32; 5] = [0.9, 0.8, 0.7, 0.6, 0.5];

/// Draws `body` at the largest size in `range` that fits `ui`. Should even
/// the smallest not fit, the context (the factor `body` is given) gets
/// smaller at the smallest size; should that not do, it scrolls.
fn fitted(ui: &mut egui::Ui, range: RangeInclusive<f32>, body: impl Fn(&mut Pen<'_>, f32)) {
    let room = (ui.available_width(), ui.available_height());
    let least = *range.start();
    let full = largest_fitting(ui, room, range, |pen| body(pen, 1.0)).map(|size| (size, 1.0));
    let fit = full.or_else(|| {
        CONTEXT_STEPS.into_iter().find_map(|context| {
            let smaller = |pen: &mut Pen<'_>| body(pen, context);
            largest_fitting(ui, room, least..=least, smaller).map(|size| (size, context))
        })
    });
    match fit {
        Some((size, context)) => body(&mut Pen::draw(ui, size), context),
        None => {
            egui::ScrollArea::vertical()
                .id_salt("room_overflow")
                .show(ui, |ui| body(&mut Pen::draw(ui, least), 0.5));
        }
    }
}
