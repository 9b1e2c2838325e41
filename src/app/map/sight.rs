//! What of the map is in sight. A scenario may have thousands of beats
//! (up to [`Limits::max_beats`](crate::scenario::load::Limits::max_beats)):
//! only the boxes and lines in sight are given words, painted and made
//! widgets, so that a frame costs what the view shows, not what the
//! scenario holds (issue 19: a 100,000-beat map froze the window for
//! 10 s, then drew 3 frames a second). Finding them is one pass over
//! plain rectangles, with nothing allocated for what is out of sight.

use std::ops::Range;

use egui::{Pos2, Rect, pos2, vec2};

use super::MARGIN;
use super::words::NodeWords;
use crate::engine::Move;
use crate::scenario::layout::{MapEdge, MapLayout, MapNode, Point};
use crate::scenario::{Lang, Scenario};

/// How far out of the view a box still counts as in sight, in layout
/// units: its decision numbers and the start's mark stand above it.
const BOX_REACH: f32 = 40.0;
/// How far out of the view a line still counts as in sight: its arrow
/// head.
pub(super) const LINE_REACH: f32 = 16.0;

/// A box in sight, with its words.
pub(super) struct SeenNode<'l> {
    /// Its place in the layout's nodes (the order Tab follows).
    pub index: usize,
    /// The box.
    pub node: &'l MapNode,
    /// What it says.
    pub words: NodeWords,
}

/// The boxes and lines to draw this frame.
pub(super) struct InSight<'l> {
    /// The boxes in sight, and those in `keep`, in the layout's order.
    pub nodes: Vec<SeenNode<'l>>,
    /// The lines with a part in sight.
    pub edges: Vec<&'l MapEdge>,
}

/// What of `layout` is in `seen` (a rectangle in layout units, margin
/// included, as [`in_scene`] places boxes), plus the boxes of `keep`
/// (sorted) wherever they are (see [`super::zones::kept`]).
pub(super) fn in_sight<'l>(
    (scenario, layout): (&Scenario, &'l MapLayout),
    seen: Rect,
    keep: &[usize],
    path: &[Move],
    lang: Lang,
) -> InSight<'l> {
    let boxes = seen.expand(BOX_REACH);
    let nodes = (layout.nodes.iter().enumerate())
        .filter(|(i, n)| boxes.intersects(in_scene(n)) || keep.binary_search(i).is_ok())
        .map(|(index, node)| SeenNode {
            index,
            node,
            words: NodeWords::new(scenario, node, path, lang),
        })
        .collect();
    let lines = seen.expand(LINE_REACH);
    let edges = (layout.edges.iter())
        .filter(|e| lines.intersects(bounds(e)))
        .collect();
    InSight { nodes, edges }
}

/// The rectangle around a line's points, in layout units, margin included.
fn bounds(e: &MapEdge) -> Rect {
    Rect::from_min_max(at(e.bounds.0), at(e.bounds.1))
}

/// The points of a line that can be in `seen` (layout units, margin
/// included), with one more on each side so that what is drawn goes out of
/// sight: their range in `points`. A line goes left to right (a loop,
/// right to left) through two points in each column it crosses, so they
/// are found by halving: a line across thousands of columns costs a frame
/// the few that are seen. A short line is kept whole.
pub(super) fn in_view(points: &[Point], seen: Rect) -> Range<usize> {
    const SHORT: usize = 8;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return 0..0;
    };
    if points.len() <= SHORT {
        return 0..points.len();
    }
    let (left, right) = (seen.min.x - MARGIN, seen.max.x - MARGIN);
    let (start, end) = if first.x <= last.x {
        let start = points.partition_point(|p| p.x < left);
        (start, points.partition_point(|p| p.x <= right))
    } else {
        let start = points.partition_point(|p| p.x > right);
        (start, points.partition_point(|p| p.x >= left))
    };
    start.saturating_sub(1)..(end + 1).min(points.len())
}

/// A point of the layout in the map, moved by the margin.
pub(super) fn at(p: Point) -> Pos2 {
    pos2(p.x + MARGIN, p.y + MARGIN)
}

/// A node's box in layout units, moved by the margin.
pub(super) fn in_scene(n: &MapNode) -> Rect {
    Rect::from_min_size(at(Point { x: n.x, y: n.y }), vec2(n.width, n.height))
}
