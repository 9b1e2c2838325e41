//! The branch map: the scenario's beats and endings as a graph, laid out
//! by [`crate::scenario::layout`], with the path taken drawn over it. Boxes
//! are named by the beats' titles, arrows by the first words of the
//! answers; the path's decisions are numbered as the debrief numbers them.
//! It opens on the path, at a size that can be read; buttons, keys, drag
//! and Ctrl + wheel move and zoom it.
//!
//! Everything is laid out on screen, not in an [`egui::Scene`]: text is
//! set at the size it is seen (crisp at every zoom), and each box is a
//! widget where it is seen, so that a screen reader and the tests find it
//! there, named in words.
//!
//! Nothing is said by colour alone: endings name their kind in words, the
//! path is thick and numbered by decision, loops are dashed.

use std::sync::Arc;

use egui::{Pos2, Rect, Vec2, vec2};

use crate::engine::Move;
use crate::i18n::{Msg, labelled, tr, whole_percent};
use crate::scenario::layout::{MapLayout, NodeKind, layout};
use crate::scenario::model::Target;
use crate::scenario::{Lang, Scenario};
use paint::{Pen, Screen};
use sight::in_scene;
use view::{Action, Extent, READABLE_ZOOM, act, scale};

mod paint;
mod sight;
#[cfg(test)]
mod tests;
mod view;
mod words;
mod zones;

/// Room around the map, in layout units.
pub(super) const MARGIN: f32 = 28.0;
/// One press of an arrow key, in points on screen.
const PAN_STEP: f32 = 80.0;

/// The layout of `scenario`, computed the first time it is asked for and
/// then kept in egui's memory under the scenario's id and content, so a
/// debrief lays it out once and not every frame.
pub fn cached_layout(ui: &egui::Ui, scenario: &Scenario) -> Arc<MapLayout> {
    let key = ("branch_map_layout", &scenario.meta.id, scenario.fingerprint);
    let id = egui::Id::unique(key);
    if let Some(found) = ui.data(|d| d.get_temp::<Arc<MapLayout>>(id)) {
        return found;
    }
    let made = Arc::new(layout(scenario));
    ui.data_mut(|d| d.insert_temp(id, Arc::clone(&made)));
    made
}

/// The least height of the map's frame, in points.
const MIN_HEIGHT: f32 = 240.0;

/// Where the map is shown.
#[derive(Clone, Copy)]
pub struct MapPlace {
    /// Width of the map's frame, in points.
    pub width: f32,
    /// Height of the whole map (its help, its buttons and its frame), in
    /// points.
    pub height: f32,
    /// A beat's box is a button that goes there (the workshop).
    pub jump: bool,
    /// The wheel moves the map (an overlay with nothing else to scroll);
    /// otherwise it scrolls the page, and Ctrl + wheel zooms.
    pub wheel_pans: bool,
}

/// Draws the map of `scenario` with `path` (the run's moves) over it.
/// With `place.jump`, the beat whose box was clicked is returned.
pub fn map_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    layout: &MapLayout,
    path: &[Move],
    lang: Lang,
    place: MapPlace,
) -> Option<u32> {
    let top = ui.cursor().top();
    ui.label(tr(Msg::MapHelp, lang));
    // The frame takes what is left of the height once the help and a row
    // of buttons are drawn.
    let row = ui.spacing().interact_size.y + ui.spacing().item_spacing.y * 2.0;
    let above = ui.cursor().top() - top + row;
    let size = vec2(
        place.width.max(240.0),
        (place.height - above).max(MIN_HEIGHT),
    );
    let bounds = Rect::from_min_size(
        Pos2::ZERO,
        vec2(layout.width, layout.height) + vec2(MARGIN, MARGIN) * 2.0,
    );
    let boxes = path_boxes(scenario, layout, path);
    let extent = Extent {
        bounds,
        path: &boxes,
    };
    // Another path (a new run, the workshop's next step) opens on itself.
    let view_id = ui.make_persistent_id(("branch_map_view", &scenario.meta.id, path));
    let mut view = ui
        .data(|d| d.get_temp::<Rect>(view_id))
        .unwrap_or_else(|| act(Action::Path, bounds, &extent, size));
    ui.horizontal_wrapped(|ui| {
        for (msg, action) in [
            (Msg::ZoomIn, Action::ZoomIn),
            (Msg::ZoomOut, Action::ZoomOut),
            (Msg::WholeMap, Action::Whole),
            (Msg::MapPathView, Action::Path),
        ] {
            let button = ui.button(tr(msg, lang));
            let button = match action {
                Action::Whole => button.on_hover_text(tr(Msg::WholeMapHint, lang)),
                _ => button,
            };
            if button.clicked() {
                view = act(action, view, &extent, size);
            }
        }
        let ending = path.last().and_then(|m| layout.node(m.to));
        if let Some(n) = ending.filter(|n| matches!(n.kind, NodeKind::Ending(_)))
            && ui.button(tr(Msg::ShowEnding, lang)).clicked()
        {
            view = act(Action::Show(in_scene(n).center()), view, &extent, size);
        }
        let zoom = whole_percent(scale(view, size), lang);
        ui.label(labelled(tr(Msg::Zoom, lang), &zoom, lang));
    });
    let (frame, canvas) = ui.allocate_exact_size(size, egui::Sense::click_and_drag());
    canvas.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr(Msg::MapCanvas, lang))
    });
    if canvas.clicked() || canvas.drag_started() {
        canvas.request_focus();
    }
    view = moved(ui, &canvas, view, frame, place.wheel_pans);
    if canvas.has_focus() {
        view = keys(ui, canvas.id, view, &extent, size);
    }
    // However it was moved, the middle of the view stays on the map.
    let centre = view.center().clamp(bounds.min, bounds.max);
    view = view.translate(centre - view.center());
    let screen = Screen::new(view, frame);
    let visuals = ui.visuals().clone();
    let painter = ui.painter_at(frame);
    painter.rect(
        frame,
        4.0,
        visuals.extreme_bg_color,
        visuals.widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let seen = screen.to_scene(painter.clip_rect());
    let pen = Pen {
        painter: &painter,
        screen: &screen,
        visuals: &visuals,
        seen,
    };
    // Every arrow has its words at a readable size (the view's scale
    // comes back from a division: a hair under is still that size).
    let detail = scale(view, size) >= READABLE_ZOOM - 0.005;
    let kept = zones::kept(ui, layout, path);
    let sight = sight::in_sight((scenario, layout), seen, &kept, path, lang);
    paint::draw(&pen, (scenario, &sight), path, lang, detail);
    let zones = zones::zones_ui(ui, frame, &screen, (scenario, &sight), lang, place.jump);
    // A box reached with Tab out of sight is brought into view.
    if let Some(at) = zones.focused_outside {
        view = act(Action::Show(at), view, &extent, size);
        ui.ctx().request_repaint();
    }
    if canvas.has_focus() {
        let ring = ui.visuals().selection.stroke;
        ui.painter()
            .rect_stroke(frame, 4.0, ring, egui::StrokeKind::Outside);
    }
    ui.data_mut(|d| d.insert_temp(view_id, view));
    zones.clicked
}

/// The boxes of the path in layout units: where it starts, then where
/// each step led.
fn path_boxes(scenario: &Scenario, layout: &MapLayout, path: &[Move]) -> Vec<Rect> {
    let start = path.first().map_or(scenario.start, |m| m.beat);
    let targets = std::iter::once(Target::Beat(start)).chain(path.iter().map(|m| m.to));
    targets
        .filter_map(|t| layout.node(t))
        .map(in_scene)
        .collect()
}

/// Dragging moves the map; Ctrl + wheel (or a pinch) zooms at the
/// pointer; the wheel alone moves it when `wheel_pans`.
fn moved(
    ui: &egui::Ui,
    canvas: &egui::Response,
    view: Rect,
    frame: Rect,
    wheel_pans: bool,
) -> Rect {
    let zoom = scale(view, frame.size());
    let mut view = view.translate(-canvas.drag_delta() / zoom);
    if !canvas.hovered() {
        return view;
    }
    let (factor, pointer) = ui.input(|i| (i.zoom_delta(), i.pointer.latest_pos()));
    if factor != 1.0
        && let Some(pointer) = pointer
    {
        let to = (zoom * factor).clamp(*view::ZOOM.start(), *view::ZOOM.end());
        // The point under the pointer stays under it.
        let under = view.center() + (pointer - frame.center()) / zoom;
        let centre = under - (pointer - frame.center()) / to;
        view = Rect::from_center_size(centre, frame.size() / to);
    }
    if wheel_pans {
        let wheel = ui
            .ctx()
            .input_mut(|i| std::mem::take(&mut i.smooth_scroll_delta));
        view = view.translate(-wheel / zoom);
    }
    view
}

/// Arrows move the map, + and − zoom, 0 goes back to the path, while the
/// map has the keyboard focus (it keeps the arrows from moving the focus).
/// The map takes these keys: a screen that reads keys after drawing it
/// (the workshop's votes) no longer sees them.
fn keys(ui: &egui::Ui, id: egui::Id, view: Rect, extent: &Extent<'_>, size: Vec2) -> Rect {
    let filter = egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        ..Default::default()
    };
    ui.memory_mut(|m| m.set_focus_lock_filter(id, filter));
    let step = PAN_STEP / scale(view, size);
    let (pan, action) = ui.input(|i| {
        let pressed = |k| i.key_pressed(k);
        let mut pan = Vec2::ZERO;
        for (key, dir) in [
            (egui::Key::ArrowLeft, vec2(-1.0, 0.0)),
            (egui::Key::ArrowRight, vec2(1.0, 0.0)),
            (egui::Key::ArrowUp, vec2(0.0, -1.0)),
            (egui::Key::ArrowDown, vec2(0.0, 1.0)),
        ] {
            if pressed(key) {
                pan += dir * step;
            }
        }
        let action = if pressed(egui::Key::Plus) || pressed(egui::Key::Equals) {
            Some(Action::ZoomIn)
        } else if pressed(egui::Key::Minus) {
            Some(Action::ZoomOut)
        } else if pressed(egui::Key::Num0) {
            Some(Action::Path)
        } else {
            None
        };
        (pan, action)
    });
    ui.input_mut(|i| {
        i.events
            .retain(|e| !matches!(e, egui::Event::Key { key, .. } if MAP_KEYS.contains(key)));
    });
    let moved = view.translate(pan);
    match action {
        Some(a) => act(a, moved, extent, size),
        None => moved,
    }
}

/// The keys the focused map uses.
const MAP_KEYS: [egui::Key; 8] = [
    egui::Key::ArrowLeft,
    egui::Key::ArrowRight,
    egui::Key::ArrowUp,
    egui::Key::ArrowDown,
    egui::Key::Plus,
    egui::Key::Equals,
    egui::Key::Minus,
    egui::Key::Num0,
];

/// A map fit for a page that scrolls: as wide as the page's view (wider
/// than its text, kept narrow to be read), and most of the window's height.
pub fn page_map_place(ui: &egui::Ui) -> MapPlace {
    let window = ui.ctx().content_rect().height();
    let page = ui.clip_rect().right() - ui.cursor().left() - ui.spacing().item_spacing.x;
    MapPlace {
        width: page.max(ui.available_width()),
        height: (window * 0.8).clamp(520.0, 1000.0),
        jump: false,
        wheel_pans: false,
    }
}
