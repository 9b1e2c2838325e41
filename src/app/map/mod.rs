//! The branch map on the debrief: the scenario's beats and endings as a
//! graph, laid out by [`crate::scenario::layout`], with the path taken
//! drawn over it; zoom and pan with egui's [`egui::Scene`], buttons and
//! keys.
//!
//! Nothing is said by colour alone: endings name their kind in words, the
//! path is thick and numbered by decision, loops are dashed.

use std::sync::Arc;

use egui::{Pos2, Rect, pos2, vec2};

use crate::engine::Move;
use crate::i18n::{Msg, labelled, tr, whole_percent};
use crate::scenario::layout::{MapLayout, NodeKind, layout};
use crate::scenario::{Lang, Scenario};
use paint::{Screen, draw, hover_ui, in_scene};

mod paint;

/// Height of the map on screen, in points.
const HEIGHT: f32 = 480.0;
/// Room around the map, in layout units.
pub(super) const MARGIN: f32 = 28.0;
/// The zoom allowed.
const ZOOM: std::ops::RangeInclusive<f32> = 0.1..=2.0;
/// One press of a zoom button or key.
const ZOOM_STEP: f32 = 1.25;
/// One press of an arrow key, in points on screen.
const PAN_STEP: f32 = 80.0;
/// At this zoom and above, every line shows its choice keys.
const DETAIL_ZOOM: f32 = 0.8;

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

/// A change of view asked by a button or a key.
#[derive(Clone, Copy)]
enum Action {
    ZoomIn,
    ZoomOut,
    Whole,
    Start,
    /// Centre on this point (in scene units) at full size.
    Show(Pos2),
}

/// Draws the map of `scenario` with `path` (the run's moves) over it.
/// With `jump` (the workshop), a beat's box can be clicked: that beat is
/// returned.
pub fn map_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    layout: &MapLayout,
    path: &[Move],
    lang: Lang,
    jump: bool,
) -> Option<u32> {
    let size = vec2(ui.available_width().max(240.0), HEIGHT);
    let bounds = Rect::from_min_size(
        Pos2::ZERO,
        vec2(layout.width, layout.height) + vec2(MARGIN, MARGIN) * 2.0,
    );
    let view_id = ui.make_persistent_id(("branch_map_view", &scenario.meta.id));
    let mut view = ui
        .data(|d| d.get_temp::<Rect>(view_id))
        .unwrap_or_else(|| act(Action::Start, bounds, bounds, size));
    ui.label(tr(Msg::MapHelp, lang));
    ui.horizontal_wrapped(|ui| {
        for (msg, action) in [
            (Msg::ZoomIn, Action::ZoomIn),
            (Msg::ZoomOut, Action::ZoomOut),
            (Msg::WholeMap, Action::Whole),
            (Msg::MapStartView, Action::Start),
        ] {
            if ui.button(tr(msg, lang)).clicked() {
                view = act(action, view, bounds, size);
            }
        }
        let ending = path.last().and_then(|m| layout.node(m.to));
        if let Some(n) = ending.filter(|n| matches!(n.kind, NodeKind::Ending(_)))
            && ui.button(tr(Msg::ShowEnding, lang)).clicked()
        {
            view = act(Action::Show(in_scene(n).center()), view, bounds, size);
        }
        let zoom = whole_percent(scale(view, size), lang);
        ui.label(labelled(tr(Msg::Zoom, lang), &zoom, lang));
    });
    let detail = scale(view, size) >= DETAIL_ZOOM;
    // The wheel scrolls the page, not the map (Ctrl + wheel zooms it).
    let wheel = ui.input_mut(|i| std::mem::take(&mut i.smooth_scroll_delta));
    let shown = ui.allocate_ui(size, |ui| {
        let frame = ui.max_rect();
        let visuals = ui.visuals();
        let stroke = visuals.widgets.noninteractive.bg_stroke;
        let painter = ui.painter();
        painter.rect(
            frame,
            4.0,
            visuals.extreme_bg_color,
            stroke,
            egui::StrokeKind::Inside,
        );
        // The scene moves and zooms the view and shows what a box holds on
        // hover; the map is painted here, on screen, so that its text is
        // laid out at the size it is seen (crisp at every zoom).
        let scene = egui::Scene::new()
            .zoom_range(ZOOM)
            .max_inner_size(bounds.size());
        let inner = scene.show(ui, &mut view, |ui| {
            hover_ui(ui, scenario, layout, lang, jump)
        });
        let pen = paint::Pen {
            painter: &ui.painter_at(frame),
            screen: &Screen::new(view, frame),
            visuals: ui.visuals(),
        };
        draw(&pen, scenario, layout, path, lang, detail);
        (frame, inner.response, inner.inner)
    });
    ui.input_mut(|i| i.smooth_scroll_delta += wheel);
    let (frame, canvas, clicked) = shown.inner;
    canvas.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr(Msg::MapCanvas, lang))
    });
    if canvas.clicked() || canvas.drag_started() {
        canvas.request_focus();
    }
    if canvas.has_focus() {
        view = keys(ui, canvas.id, view, bounds, size);
        let ring = ui.visuals().selection.stroke;
        ui.painter()
            .rect_stroke(frame, 4.0, ring, egui::StrokeKind::Outside);
    }
    // However it was moved, the middle of the view stays on the map.
    let centre = view.center().clamp(bounds.min, bounds.max);
    let view = view.translate(centre - view.center());
    ui.data_mut(|d| d.insert_temp(view_id, view));
    clicked
}

/// Arrows move the map, + and − zoom, 0 goes back to the start, while the
/// map has the keyboard focus (it keeps the arrows from moving the focus).
/// The map takes these keys: a screen that reads keys after drawing it
/// (the workshop's votes) no longer sees them.
fn keys(ui: &egui::Ui, id: egui::Id, view: Rect, bounds: Rect, size: egui::Vec2) -> Rect {
    let filter = egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        ..Default::default()
    };
    ui.memory_mut(|m| m.set_focus_lock_filter(id, filter));
    let step = PAN_STEP / scale(view, size);
    let (pan, action) = ui.input(|i| {
        let pressed = |k| i.key_pressed(k);
        let mut pan = egui::Vec2::ZERO;
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
            Some(Action::Start)
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
        Some(a) => act(a, moved, bounds, size),
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

/// How much the scene is scaled to show `view` in `size` (as the scene
/// does it: the whole view fits).
pub(super) fn scale(view: Rect, size: egui::Vec2) -> f32 {
    let fit = (size / view.size()).min_elem();
    if fit.is_finite() {
        fit.clamp(*ZOOM.start(), *ZOOM.end())
    } else {
        1.0
    }
}

/// The view after `action`: zooms keep the centre; the start shows the
/// map's left end at full size, or smaller when that is what its whole
/// height needs; the whole map fits everything.
fn act(action: Action, view: Rect, bounds: Rect, size: egui::Vec2) -> Rect {
    let zoom = |factor: f32| {
        let to = (scale(view, size) * factor).clamp(*ZOOM.start(), *ZOOM.end());
        Rect::from_center_size(view.center(), size / to)
    };
    match action {
        Action::ZoomIn => zoom(ZOOM_STEP),
        Action::ZoomOut => zoom(1.0 / ZOOM_STEP),
        Action::Whole => bounds,
        Action::Show(at) => Rect::from_center_size(at, size),
        Action::Start => {
            let fit = (size.y / bounds.height()).clamp(*ZOOM.start(), 1.0);
            let seen = size / fit;
            // A map narrower than the window is centred; a wider one
            // starts at its left, where the interview starts.
            let x = if seen.x >= bounds.width() {
                bounds.center().x
            } else {
                bounds.left() + seen.x / 2.0
            };
            Rect::from_center_size(pos2(x, bounds.center().y), seen)
        }
    }
}
