//! Each box in sight as a widget where it is seen: named in words for a
//! screen reader (and the tests), showing what is said there on hover,
//! and in the workshop a button that goes there, reached with Tab.
//!
//! Only the boxes in sight are widgets (a large scenario would make
//! thousands), with, wherever they are, the boxes of the path (a few
//! dozen: a screen reader finds every decision there) and the one with
//! the keyboard focus with its neighbours in the layout's order, so that
//! Tab and Shift + Tab go from box to box past the edge of the view, which
//! then follows the focus.

use egui::{Pos2, Rect};

use super::paint::Screen;
use super::sight::InSight;
use super::sight::in_scene;
use crate::engine::Move;
use crate::i18n::quoted;
use crate::scenario::layout::MapLayout;
use crate::scenario::model::Target;
use crate::scenario::{Lang, Scenario};

/// What the boxes were asked.
pub(super) struct Zones {
    /// The beat whose box was clicked (or pressed with Enter).
    pub clicked: Option<u32>,
    /// The centre, in layout units, of a box that has the keyboard focus
    /// but is not wholly in sight.
    pub focused_outside: Option<Pos2>,
}

/// The id under which the box that had the keyboard focus is kept, with
/// its place in the layout.
fn focus_key(ui: &egui::Ui) -> egui::Id {
    ui.scope_id().with("map_focused_box")
}

/// The boxes to make widgets of wherever they are, sorted: those of
/// `path`, the one that has the keyboard focus (as the last frame left
/// it), and the boxes before and after it in the layout's order, where
/// Shift + Tab and Tab go.
pub(super) fn kept(ui: &egui::Ui, layout: &MapLayout, path: &[Move]) -> Vec<usize> {
    let focused = ui.memory(|m| m.focused());
    let kept = ui.data(|d| d.get_temp::<(egui::Id, usize)>(focus_key(ui)));
    let mut boxes: Vec<usize> = match kept {
        Some((id, index)) if focused == Some(id) => {
            let last = layout.nodes.len().saturating_sub(1);
            vec![index.saturating_sub(1), index, (index + 1).min(last)]
        }
        _ => Vec::new(),
    };
    let steps = path.iter().flat_map(|m| [Target::Beat(m.beat), m.to]);
    boxes.extend(steps.filter_map(|t| layout.index(t)));
    boxes.sort_unstable();
    boxes.dedup();
    boxes
}

/// One widget per box in `sight`, over the map painted in `frame`.
pub(super) fn zones_ui(
    ui: &mut egui::Ui,
    frame: Rect,
    screen: &Screen,
    (scenario, sight): (&Scenario, &InSight<'_>),
    lang: Lang,
    jump: bool,
) -> Zones {
    let mut zones = Zones {
        clicked: None,
        focused_outside: None,
    };
    // Boxes out of the frame can be named and focused, never pointed at.
    let mut inside = ui.new_child(egui::UiBuilder::new().max_rect(frame));
    inside.set_clip_rect(frame.intersect(ui.clip_rect()));
    for seen in &sight.nodes {
        let (n, said) = (seen.node, &seen.words);
        let rect = screen.rect(n);
        let id = ui.scope_id().with(("map_node", n.target));
        let beat = match n.target {
            Target::Beat(b) if jump => Some(b),
            _ => None,
        };
        let (sense, role) = match beat {
            Some(_) => (egui::Sense::click(), egui::Role::Button),
            None => (egui::Sense::hover(), egui::Role::Label),
        };
        let zone = inside.interact(rect, id, sense);
        let name = said.spoken(lang, beat.is_some());
        zone.widget_info(|| egui::WidgetInfo::labeled(role, true, &name));
        if zone.clicked() {
            zones.clicked = beat;
        }
        if zone.has_focus() {
            ui.data_mut(|d| d.insert_temp(focus_key(ui), (id, seen.index)));
            let ring = ui.visuals().selection.stroke;
            let painter = ui.painter_at(frame);
            painter.rect_stroke(rect.expand(3.0), 6.0, ring, egui::StrokeKind::Outside);
            if !frame.contains_rect(rect) {
                zones.focused_outside = Some(in_scene(n).center());
            }
        }
        zone.on_hover_ui(|ui| {
            ui.set_max_width(360.0);
            ui.strong(&said.title);
            ui.label(what_happens(scenario, n.target, lang));
        });
    }
    zones
}

/// The words said at a beat, or what happens at an ending.
fn what_happens(scenario: &Scenario, target: Target, lang: Lang) -> String {
    match target {
        Target::Beat(b) => {
            let beat = scenario.beat(b);
            let line = beat.speech.as_ref().map(|s| &s.main);
            let line = line.or(beat.narration.as_ref());
            line.map_or_else(String::new, |l| quoted(l.text.get(lang), lang))
        }
        Target::Ending(e) => scenario.endings[e as usize].text.get(lang).to_owned(),
    }
}
