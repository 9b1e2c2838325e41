//! The branch map over the presenter view, in a modal that covers most of
//! the window: large enough to find a moment at a glance and jump there
//! with the room. Escape, a click outside or its button closes it.

use super::super::map::{MapPlace, cached_layout, map_ui};
use super::super::state::{Command, WorkshopCommand as W, WorkshopHint};
use crate::engine::Workshop;
use crate::i18n::workshop::{WMsg, tr_w};
use crate::i18n::{Msg, tr};
use crate::scenario::{Lang, Scenario};

/// Share of the window the overlay covers, in each direction.
const COVER: f32 = 0.94;

/// Draws the overlay; a moment chosen on the map, or closing it, is sent.
pub fn map_overlay(
    ctx: &egui::Context,
    (w, s): (&Workshop, &Scenario),
    hint: Option<WorkshopHint>,
    lang: Lang,
    send: &mut Vec<Command>,
) {
    let size = ctx.content_rect().size() * COVER;
    let modal = egui::Modal::new(egui::Id::unique("workshop_branch_map")).show(ctx, |ui| {
        // The frame's own margins come on top of the size asked.
        let margin = ui.style().spacing.window_margin.sum();
        ui.set_width(size.x - margin.x);
        let top = ui.cursor().top();
        ui.horizontal(|ui| {
            ui.heading(tr(Msg::BranchMap, lang));
            if ui.button(tr_w(WMsg::CloseMap, lang)).clicked() {
                send.push(Command::Workshop(W::ToggleMap));
            }
        });
        ui.label(tr_w(WMsg::MapJump, lang));
        if hint == Some(WorkshopHint::Unreachable) {
            ui.colored_label(ui.visuals().warn_fg_color, tr_w(WMsg::Unreachable, lang));
        }
        let used = ui.cursor().top() - top;
        let place = MapPlace {
            width: ui.available_width(),
            height: (size.y - margin.y - used).max(320.0),
            jump: true,
            wheel_pans: true,
        };
        let layout = cached_layout(ui, s);
        map_ui(ui, s, &layout, &w.session.run.moves(s), lang, place)
    });
    if let Some(beat) = modal.inner {
        send.push(Command::Workshop(W::Jump(beat)));
    } else if modal.should_close() {
        send.push(Command::Workshop(W::ToggleMap));
    }
}
