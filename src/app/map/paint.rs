//! Painting the map on screen: lines, boxes and their words, at the size
//! they are seen. An arrow's words go where they cover no box and no other
//! arrow's words; the path's always show, the others when there is room.

use std::sync::Arc;

use egui::emath::TSTransform;
use egui::{Color32, FontId, Pos2, Rect, Stroke, pos2, vec2};

use super::scale;
use super::sight::{InSight, LINE_REACH, at, in_scene, in_view};
use super::words::{NodeWords, edge_label};
use crate::app::theme::outcome_color;
use crate::engine::Move;
use crate::i18n::{Msg, tr};
use crate::scenario::layout::{MapEdge, MapNode, NodeKind, Point};
use crate::scenario::model::Target;
use crate::scenario::{Lang, Scenario};

/// Widest an arrow's words may be, in layout units: less than the gap
/// between two columns.
const LABEL_WIDTH: f32 = 160.0;
/// Size of an arrow's words, in layout units.
const LABEL_SIZE: f32 = 13.5;
/// Size of a box's title, in layout units.
const TITLE_SIZE: f32 = 16.0;
/// Where along a stretch of line an arrow's words may go, best first.
const ALONG: [f32; 5] = [0.5, 0.3, 0.7, 0.15, 0.85];

/// From layout units to the screen, for `view` shown in `frame`.
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

    /// A box on screen.
    pub(super) fn rect(&self, n: &MapNode) -> Rect {
        self.transform * in_scene(n)
    }

    /// A rectangle on screen, in layout units (margin included).
    pub(super) fn to_scene(&self, r: Rect) -> Rect {
        self.transform.inverse() * r
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
        (seen >= 7.0).then(|| FontId::proportional(seen))
    }
}

/// The choices of `path` taken along `e`.
fn taken(path: &[Move], e: &MapEdge) -> Vec<u16> {
    (path.iter())
        .filter(|m| Target::Beat(m.beat) == e.from && m.to == e.to)
        .map(|m| m.choice)
        .collect()
}

/// The lines under the boxes, the path's over the others, then the boxes,
/// then the arrows' words: only what is in `sight`.
pub(super) fn draw(
    pen: &Pen<'_>,
    (scenario, sight): (&Scenario, &InSight<'_>),
    path: &[Move],
    lang: Lang,
    detail: bool,
) {
    let (screen, visuals) = (pen.screen, pen.visuals);
    let plain = screen.stroke(1.2, visuals.weak_text_color());
    // The path stays visible when the map is small.
    let thick = Stroke::new(screen.len(4.0).max(3.0), visuals.selection.stroke.color);
    let (others, on_path): (Vec<_>, Vec<_>) = (sight.edges.iter())
        .map(|&e| (e, taken(path, e)))
        .partition(|(_, taken)| taken.is_empty());
    for (e, _) in &others {
        pen.edge(e, plain);
    }
    for (e, _) in &on_path {
        pen.edge(e, thick);
    }
    // Words in sight can only cover boxes in sight.
    let mut room = Taken {
        boxes: sight.nodes.iter().map(|n| screen.rect(n.node)).collect(),
        words: Vec::new(),
    };
    for seen in &sight.nodes {
        let n = seen.node;
        let start = (n.target == Target::Beat(scenario.start)).then(|| tr(Msg::MapStart, lang));
        pen.node(n, &seen.words, start);
    }
    let path_words = (on_path.iter()).map(|(e, taken)| (e, taken.as_slice(), true));
    let other_words = (others.iter())
        .filter(|_| detail)
        .map(|(e, _)| (e, &[][..], false));
    for (e, taken, must) in path_words.chain(other_words) {
        if let Some(label) = edge_label(scenario, e, taken, lang) {
            let colour = if must {
                visuals.strong_text_color()
            } else {
                visuals.text_color()
            };
            pen.label(e, &label, colour, must, &mut room);
        }
    }
}

/// Where an arrow's words may not go: on a box, or on other words.
struct Taken {
    boxes: Vec<Rect>,
    words: Vec<Rect>,
}

/// What the map is painted with.
pub(super) struct Pen<'p> {
    /// Clipped to the map's frame.
    pub painter: &'p egui::Painter,
    /// Where the view puts things.
    pub screen: &'p Screen,
    /// The theme.
    pub visuals: &'p egui::Visuals,
    /// What is in sight, in layout units (margin included).
    pub seen: Rect,
}

impl Pen<'_> {
    /// A box with its words; `start` marks the first beat.
    fn node(&self, n: &MapNode, words: &NodeWords, start: Option<&str>) {
        let (visuals, screen) = (self.visuals, self.screen);
        let rect = screen.rect(n);
        let text = visuals.strong_text_color();
        let (fill, stroke) = match n.kind {
            NodeKind::Beat if words.on_path => (
                visuals.selection.bg_fill.gamma_multiply(0.5),
                screen.stroke(1.0, visuals.weak_text_color()),
            ),
            NodeKind::Beat => (
                visuals.faint_bg_color,
                screen.stroke(1.0, visuals.weak_text_color()),
            ),
            NodeKind::Ending(o) => {
                let colour = outcome_color(visuals, o);
                (colour.gamma_multiply(0.2), screen.stroke(2.0, colour))
            }
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
        if words.on_path {
            let ring = Stroke::new(screen.len(3.0).max(2.0), visuals.selection.stroke.color);
            self.painter
                .rect_stroke(rect, corner, ring, egui::StrokeKind::Outside);
        }
        let wrap = rect.width() - screen.len(16.0);
        let mut lines = Vec::new();
        if let Some(font) = screen.font(TITLE_SIZE) {
            lines.push(self.fitted(&words.title, font, text, wrap, 2));
        }
        if let (Some(kind), Some(font)) = (&words.kind, screen.font(13.0)) {
            lines.push(self.fitted(kind, font, text, wrap, 2));
        }
        let total: f32 = lines.iter().map(|g| g.size().y).sum();
        let mut y = rect.center().y - total / 2.0;
        for galley in lines {
            // Centred rows are laid out around x = 0.
            let height = galley.size().y;
            self.painter.galley(pos2(rect.center().x, y), galley, text);
            y += height;
        }
        if let Some(badge) = words.badge() {
            self.badge(rect, &badge);
        }
        if let (Some(start), Some(font)) = (start, screen.font(12.0)) {
            let corner = rect.right_top() + vec2(0.0, -screen.len(3.0));
            let (align, colour) = (egui::Align2::RIGHT_BOTTOM, visuals.text_color());
            self.painter.text(corner, align, start, font, colour);
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

    /// The points of `e` that can be in sight, on screen, and whether
    /// they end where the line does.
    fn seen_points(&self, e: &MapEdge) -> (Vec<Pos2>, bool) {
        let range = in_view(&e.points, self.seen.expand(LINE_REACH));
        let whole = range.end == e.points.len();
        let points = e.points[range].iter().map(|p| self.screen.pos(*p));
        (points.collect(), whole)
    }

    /// A line with its arrow head; a loop is dashed. Only its part in
    /// sight is drawn (a dash may shift as a long loop is panned).
    fn edge(&self, e: &MapEdge, stroke: Stroke) {
        let (points, whole) = self.seen_points(e);
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
            self.painter.line(points, stroke);
        }
        if !whole {
            return;
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
    }

    /// An arrow's words, centred above or below a point of its line in
    /// sight, where they cover nothing in `taken` (boxes first, then words
    /// already placed); when there is no such point, the path's words
    /// (`must`) may cover other words, never a box; the others are left
    /// out.
    fn label(&self, e: &MapEdge, text: &str, colour: Color32, must: bool, taken: &mut Taken) {
        let Some(font) = self.screen.font(LABEL_SIZE) else {
            return;
        };
        let len = |units| self.screen.len(units);
        let rows = 2 * (text.lines().count()).min(5);
        let galley = self.fitted(text, font, colour, len(LABEL_WIDTH), rows);
        let size = galley.rect.size();
        let sight = self.painter.clip_rect();
        let (points, _) = self.seen_points(e);
        // The layout's spot first, then along each stretch of the line that
        // is in sight (a long line may cross the view far from its ends).
        let along = (points.windows(2))
            .filter_map(|pair| clipped(pair[0], pair[1], sight))
            .flat_map(|(a, b)| ALONG.map(|t| a + (b - a) * t));
        let spots = std::iter::once(self.screen.pos(e.label)).chain(along);
        // Centred rows are laid out around x = 0: the box is its rect moved.
        let placed = |p: Pos2, above: bool| {
            let top = if above {
                p.y - len(2.0) - size.y
            } else {
                p.y + len(2.0)
            };
            galley.rect.translate(vec2(p.x, top)).expand(1.0)
        };
        let candidates: Vec<Rect> = (spots.flat_map(|p| [placed(p, true), placed(p, false)]))
            .filter(|r| sight.contains_rect(*r))
            .collect();
        let clear = |r: &Rect, of: &[Rect]| !of.iter().any(|t| t.intersects(*r));
        let beside_boxes = |r: &&Rect| clear(r, &taken.boxes);
        let free = (candidates.iter()).find(|r| beside_boxes(r) && clear(r, &taken.words));
        let Some(&spot) = free.or(candidates.iter().find(beside_boxes).filter(|_| must)) else {
            return;
        };
        taken.words.push(spot);
        let paper = self.visuals.extreme_bg_color.gamma_multiply(0.9);
        self.painter.rect_filled(spot, 2.0, paper);
        let origin = pos2(spot.center().x, spot.min.y + 1.0);
        self.painter.galley(origin, galley, colour);
    }
}

/// The part of the segment from `a` to `b` inside `r`, if any.
fn clipped(a: Pos2, b: Pos2, r: Rect) -> Option<(Pos2, Pos2)> {
    let d = b - a;
    let (mut from, mut to) = (0.0_f32, 1.0_f32);
    for (p, q) in [
        (-d.x, a.x - r.min.x),
        (d.x, r.max.x - a.x),
        (-d.y, a.y - r.min.y),
        (d.y, r.max.y - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else if p < 0.0 {
            from = from.max(q / p);
        } else {
            to = to.min(q / p);
        }
    }
    (from < to).then(|| (a + d * from, a + d * to))
}
