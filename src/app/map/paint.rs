//! Painting the map on screen: boxes, lines, labels, at the size they are
//! seen; and what hovering a box shows.

use std::sync::Arc;

use egui::emath::TSTransform;
use egui::{Color32, FontId, Pos2, Rect, Stroke, pos2, vec2};

use super::{MARGIN, scale};
use crate::app::theme::outcome_color;
use crate::engine::Move;
use crate::i18n::labels::outcome;
use crate::i18n::{Msg, labelled, quoted, tr};
use crate::scenario::layout::{MapEdge, MapLayout, MapNode, NodeKind, Point};
use crate::scenario::model::Target;
use crate::scenario::{Lang, Scenario};

/// Widest an edge's label may be, in layout units: less than the gap
/// between two columns.
const LABEL_WIDTH: f32 = 104.0;

/// From layout units to the screen: the transform the scene uses for
/// `view` in `frame`.
pub(super) struct Screen {
    transform: TSTransform,
}

impl Screen {
    pub(super) fn new(view: Rect, frame: Rect) -> Screen {
        let zoom = scale(view, frame.size());
        let shift = frame.center().to_vec2() - zoom * view.center().to_vec2();
        Screen {
            transform: TSTransform::from_translation(shift) * TSTransform::from_scaling(zoom),
        }
    }

    fn pos(&self, p: Point) -> Pos2 {
        self.transform * at(p)
    }

    fn rect(&self, n: &MapNode) -> Rect {
        self.transform * in_scene(n)
    }

    /// A length; lines never thinner than a pixel.
    fn len(&self, units: f32) -> f32 {
        units * self.transform.scaling
    }

    fn stroke(&self, width: f32, colour: Color32) -> Stroke {
        Stroke::new(self.len(width).max(1.0), colour)
    }

    /// A font at the size seen, in half points so zooming reuses a few
    /// sizes; `None` when too small to read.
    fn font(&self, size: f32) -> Option<FontId> {
        let seen = (self.len(size) * 2.0).round() / 2.0;
        (seen >= 6.0).then(|| FontId::proportional(seen))
    }
}

fn at(p: Point) -> Pos2 {
    pos2(p.x + MARGIN, p.y + MARGIN)
}

/// A node's box in scene units (the layout's, moved by the margin).
pub(super) fn in_scene(n: &MapNode) -> Rect {
    Rect::from_min_size(at(Point { x: n.x, y: n.y }), vec2(n.width, n.height))
}

/// Hovering a box shows the words said there, or what happens at an
/// ending (built only while hovered). With `jump`, a beat's box is a
/// button: the beat clicked is returned.
pub(super) fn hover_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    layout: &MapLayout,
    lang: Lang,
    jump: bool,
) -> Option<u32> {
    let mut clicked = None;
    for n in &layout.nodes {
        let id = ui.scope_id().with(("map_node", n.target));
        let beat = match n.target {
            Target::Beat(b) if jump => Some(b),
            _ => None,
        };
        let sense = if beat.is_some() {
            egui::Sense::click()
        } else {
            egui::Sense::hover()
        };
        let zone = ui.interact(in_scene(n), id, sense);
        if let Some(b) = beat {
            zone.widget_info(|| {
                let name = labelled(tr(Msg::GoToMoment, lang), &n.id, lang);
                egui::WidgetInfo::labeled(egui::Role::Button, true, name)
            });
            if zone.clicked() {
                clicked = Some(b);
            }
        }
        zone.on_hover_ui(|ui| {
            let said = match n.target {
                Target::Beat(b) => {
                    let beat = scenario.beat(b);
                    let line = beat.speech.as_ref().map(|s| &s.main);
                    let line = line.or(beat.narration.as_ref());
                    line.map_or_else(|| n.id.clone(), |l| quoted(l.text.get(lang), lang))
                }
                Target::Ending(e) => scenario.endings[e as usize].text.get(lang).to_owned(),
            };
            ui.set_max_width(360.0);
            ui.label(said);
        });
    }
    clicked
}

/// The edges under the boxes, the path's over the others, then the boxes.
pub(super) fn draw<'a>(
    pen: &Pen<'_>,
    scenario: &Scenario,
    layout: &'a MapLayout,
    path: &[Move],
    lang: Lang,
    detail: bool,
) {
    let (painter, screen, visuals) = (pen.painter, pen.screen, pen.visuals);
    let taken = |e: &'a MapEdge| -> Vec<&'a str> {
        let keys = path
            .iter()
            .filter(|m| Target::Beat(m.beat) == e.from && m.to == e.to);
        let keys = keys.filter_map(|m| e.choices.iter().find(|c| c.index == m.choice));
        keys.map(|c| c.key.as_str()).collect()
    };
    let plain = screen.stroke(1.2, visuals.weak_text_color());
    // The path stays visible when the whole map is shown.
    let thick = Stroke::new(screen.len(4.0).max(3.0), visuals.selection.stroke.color);
    let (others, on_path): (Vec<_>, Vec<_>) = layout
        .edges
        .iter()
        .map(|e| (e, taken(e)))
        .partition(|(_, keys)| keys.is_empty());
    for (e, _) in &others {
        let keys: Vec<&str> = e.choices.iter().map(|c| c.key.as_str()).collect();
        let label = detail.then(|| keys.join(", "));
        pen.edge(e, plain, label, visuals.weak_text_color());
    }
    for (e, keys) in &on_path {
        pen.edge(e, thick, Some(keys.join(", ")), visuals.strong_text_color());
    }
    let start = Target::Beat(scenario.start);
    let reached = path.last().map(|m| m.to);
    for n in &layout.nodes {
        let decisions: Vec<String> = (1..)
            .zip(path)
            .filter(|(_, m)| Target::Beat(m.beat) == n.target)
            .map(|(i, _)| format!("{i}"))
            .collect();
        let is_reached = reached == Some(n.target);
        let (title, kind) = match n.target {
            Target::Beat(b) => (scenario.beat(b).id.clone(), None),
            Target::Ending(e) => {
                let ending = &scenario.endings[e as usize];
                let kind = outcome(ending.kind, lang);
                let kind = if is_reached {
                    format!("{kind} — {}", tr(Msg::YourEnding, lang))
                } else {
                    kind.to_owned()
                };
                (ending.title.get(lang).to_owned(), Some(kind))
            }
        };
        let rect = screen.rect(n);
        pen.node(
            n,
            rect,
            &title,
            kind.as_deref(),
            !decisions.is_empty() || is_reached,
        );
        if !decisions.is_empty() {
            pen.badge(rect, &decisions.join(", "));
        }
        if n.target == start
            && let Some(font) = screen.font(12.0)
        {
            let corner = rect.right_top() + vec2(0.0, -screen.len(3.0));
            let text = tr(Msg::MapStart, lang);
            painter.text(
                corner,
                egui::Align2::RIGHT_BOTTOM,
                text,
                font,
                visuals.text_color(),
            );
        }
    }
}

/// What the map is painted with.
pub(super) struct Pen<'p> {
    /// Clipped to the map's frame.
    pub painter: &'p egui::Painter,
    /// Where the view puts things.
    pub screen: &'p Screen,
    /// The theme.
    pub visuals: &'p egui::Visuals,
}

impl Pen<'_> {
    fn node(&self, n: &MapNode, rect: Rect, title: &str, kind: Option<&str>, on_path: bool) {
        let (visuals, screen) = (self.visuals, self.screen);
        let text = visuals.strong_text_color();
        let (fill, stroke) = match n.kind {
            NodeKind::Beat => (
                visuals.faint_bg_color,
                screen.stroke(1.0, visuals.weak_text_color()),
            ),
            NodeKind::Ending(o) => {
                let colour = outcome_color(visuals, o);
                (colour.gamma_multiply(0.2), screen.stroke(2.0, colour))
            }
        };
        let fill = if on_path && n.kind == NodeKind::Beat {
            visuals.selection.bg_fill.gamma_multiply(0.5)
        } else {
            fill
        };
        let corner = screen.len(6.0);
        self.painter
            .rect(rect, corner, fill, stroke, egui::StrokeKind::Inside);
        if let NodeKind::Ending(_) = n.kind {
            // A second border: endings differ by shape too.
            let inner = rect.shrink(screen.len(4.0));
            self.painter
                .rect_stroke(inner, corner, stroke, egui::StrokeKind::Inside);
        }
        if on_path {
            let ring = Stroke::new(screen.len(3.0).max(2.0), visuals.selection.stroke.color);
            self.painter
                .rect_stroke(rect, corner, ring, egui::StrokeKind::Outside);
        }
        let wrap = rect.width() - screen.len(16.0);
        let mut lines = Vec::new();
        if let Some(font) = screen.font(15.0) {
            lines.push(self.fitted(title, font, text, wrap, 2));
        }
        if let (Some(kind), Some(font)) = (kind, screen.font(12.0)) {
            lines.push(self.fitted(kind, font, text, wrap, 1));
        }
        let total: f32 = lines.iter().map(|g| g.size().y).sum();
        let mut y = rect.center().y - total / 2.0;
        for galley in lines {
            // Centred rows are laid out around x = 0.
            let height = galley.size().y;
            self.painter.galley(pos2(rect.center().x, y), galley, text);
            y += height;
        }
    }

    /// Text wrapped to `width` on at most `rows` centred rows, cut with "…".
    fn fitted(
        &self,
        text: &str,
        font: FontId,
        colour: Color32,
        width: f32,
        rows: usize,
    ) -> Arc<egui::Galley> {
        let mut job = egui::text::LayoutJob::simple(text.to_owned(), font, colour, width);
        job.wrap.max_rows = rows;
        job.halign = egui::Align::Center;
        self.painter.layout_job(job)
    }

    /// The decision numbers taken at a beat, on its top left corner.
    fn badge(&self, rect: Rect, text: &str) {
        let Some(font) = self.screen.font(12.0) else {
            return;
        };
        let (ink, paper) = (self.visuals.panel_fill, self.visuals.selection.stroke.color);
        let galley = self.painter.layout_no_wrap(text.to_owned(), font, ink);
        let pad = vec2(self.screen.len(5.0), self.screen.len(2.0));
        let size = galley.size() + pad * 2.0;
        let corner = rect.left_top() + vec2(self.screen.len(6.0), -size.y / 2.0 - pad.y);
        let pill = Rect::from_min_size(corner, size);
        self.painter.rect_filled(pill, size.y / 2.0, paper);
        self.painter.galley(pill.min + pad, galley, ink);
    }

    /// A line with its arrow head and, when given, its label on its first
    /// stretch; a loop is dashed.
    fn edge(&self, e: &MapEdge, stroke: Stroke, label: Option<String>, label_colour: Color32) {
        let points: Vec<Pos2> = e.points.iter().map(|p| self.screen.pos(*p)).collect();
        let [.., before, end] = points[..] else {
            return;
        };
        let len = |units| self.screen.len(units);
        if e.back {
            self.painter.extend(egui::Shape::dashed_line(
                &points,
                stroke,
                len(8.0),
                len(5.0),
            ));
        } else {
            self.painter.line(points.clone(), stroke);
        }
        let dir = (end - before).normalized();
        let side = dir.rot90() * (len(3.0) + stroke.width);
        let back = end - dir * (len(8.0) + stroke.width * 2.0);
        let head = vec![end, back + side, back - side];
        self.painter.add(egui::Shape::convex_polygon(
            head,
            stroke.color,
            Stroke::NONE,
        ));
        if let (Some(label), Some(font)) = (label, self.screen.font(12.0)) {
            // Above the line, centred, wrapped to stay between the columns.
            let spot = self.screen.pos(e.label) - vec2(0.0, len(2.0));
            let galley = self.fitted(&label, font, label_colour, len(LABEL_WIDTH), 3);
            let origin = spot - vec2(0.0, galley.size().y);
            let paper = self.visuals.extreme_bg_color.gamma_multiply(0.85);
            let behind = galley.rect.translate(origin.to_vec2()).expand(1.0);
            self.painter.rect_filled(behind, 2.0, paper);
            self.painter.galley(origin, galley, label_colour);
        }
    }
}
