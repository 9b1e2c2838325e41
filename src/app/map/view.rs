//! Where the map's view looks and how large: a rectangle of the map (in
//! layout units, margin included) shown in the frame. Every view a button
//! or a key asks for keeps the text readable: the map pans rather than
//! shrinking its words away.

use egui::{Pos2, Rect, Vec2};

/// The smallest zoom at which the answers' labels can still be read; the
/// map opens at this size or larger, and "Vue d'ensemble" stops there.
pub(super) const READABLE_ZOOM: f32 = 0.85;
/// The zoom allowed by hand (below the readable size, boxes without words
/// show the shape of a large map).
pub(super) const ZOOM: std::ops::RangeInclusive<f32> = 0.5..=2.0;
/// One press of a zoom button or key.
const ZOOM_STEP: f32 = 1.25;
/// Room kept around the path when the map opens on it, in layout units.
const PATH_PAD: f32 = 40.0;

/// A change of view asked by a button, a key or the focus.
#[derive(Clone, Copy)]
pub(super) enum Action {
    ZoomIn,
    ZoomOut,
    /// The whole map when it can be read so; else its start, at a size
    /// that can be read.
    Whole,
    /// The path taken: all of it when it fits at a readable size, else
    /// its end with what led to it.
    Path,
    /// Centre on this point, at a readable size.
    Show(Pos2),
}

/// What the view is computed from, in layout units.
pub(super) struct Extent<'a> {
    /// The whole map.
    pub bounds: Rect,
    /// The boxes of the path, in order: the first is where the scenario
    /// starts, the last where the path ends.
    pub path: &'a [Rect],
}

/// How much `view` is scaled to fit `size`.
pub(super) fn scale(view: Rect, size: Vec2) -> f32 {
    let fit = (size / view.size()).min_elem();
    if fit.is_finite() {
        fit.clamp(*ZOOM.start(), *ZOOM.end())
    } else {
        1.0
    }
}

/// The view after `action`, from `view`, in a frame of `size`.
pub(super) fn act(action: Action, view: Rect, extent: &Extent<'_>, size: Vec2) -> Rect {
    let now = scale(view, size);
    let at = |centre: Pos2, zoom: f32| {
        let zoom = zoom.clamp(*ZOOM.start(), *ZOOM.end());
        Rect::from_center_size(centre, size / zoom)
    };
    let bounds = extent.bounds;
    match action {
        Action::ZoomIn => at(view.center(), now * ZOOM_STEP),
        Action::ZoomOut => at(view.center(), now / ZOOM_STEP),
        Action::Show(centre) => at(centre, now.max(READABLE_ZOOM)),
        Action::Whole => {
            let zoom = (size / bounds.size()).min_elem().clamp(READABLE_ZOOM, 1.0);
            let seen = size / zoom;
            // Too large to be read whole: from its start, to be followed
            // by dragging or with the arrows.
            let start = extent.path.first().map_or(bounds.center(), Rect::center);
            let x = if bounds.width() > seen.x {
                bounds.left() + seen.x / 2.0
            } else {
                bounds.center().x
            };
            let y = if bounds.height() > seen.y {
                start.y
            } else {
                bounds.center().y
            };
            inside(at(Pos2::new(x, y), zoom), bounds)
        }
        Action::Path => {
            let Some(end) = extent.path.last() else {
                return act(Action::Whole, view, extent, size);
            };
            let hull = (extent.path.iter()).fold(*end, |all, r| all.union(*r));
            let zoom = (size / hull.expand(PATH_PAD).size()).min_elem();
            let zoom = zoom.clamp(READABLE_ZOOM, 1.0);
            let seen = size / zoom;
            // Too long to be seen whole: its last boxes, as many as fit,
            // at the right of the view, with the way to them on the left.
            let fits = |r: Rect| {
                r.width() + 2.0 * PATH_PAD <= seen.x && r.height() + 2.0 * PATH_PAD <= seen.y
            };
            let centre = if fits(hull) {
                hull.center()
            } else {
                let mut tail = *end;
                for r in extent.path.iter().rev().skip(1) {
                    if !fits(tail.union(*r)) {
                        break;
                    }
                    tail = tail.union(*r);
                }
                Pos2::new(tail.right() + PATH_PAD - seen.x / 2.0, tail.center().y)
            };
            inside(at(centre, zoom), bounds)
        }
    }
}

/// `view` moved so that it shows no empty area beside the map where the
/// map is larger than the view, and the map in its middle where it is
/// smaller.
fn inside(view: Rect, bounds: Rect) -> Rect {
    let axis = |lo: f32, hi: f32, min: f32, max: f32| {
        if hi - lo >= max - min {
            (min + max) / 2.0 - (lo + hi) / 2.0
        } else if lo < min {
            min - lo
        } else if hi > max {
            max - hi
        } else {
            0.0
        }
    };
    let dx = axis(view.left(), view.right(), bounds.left(), bounds.right());
    let dy = axis(view.top(), view.bottom(), bounds.top(), bounds.bottom());
    view.translate(Vec2::new(dx, dy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{pos2, vec2};

    fn extent(path: &[Rect]) -> Extent<'_> {
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(6000.0, 900.0));
        Extent { bounds, path }
    }

    #[test]
    fn the_whole_map_never_goes_below_a_readable_size() {
        let path = [];
        let size = vec2(900.0, 480.0);
        let view = act(
            Action::Whole,
            Rect::from_min_size(Pos2::ZERO, size),
            &extent(&path),
            size,
        );
        assert_eq!(scale(view, size), READABLE_ZOOM);
        // No empty area beside the map.
        assert!(view.left() >= 0.0 && view.top() >= 0.0, "{view:?}");
        assert_eq!(view.left(), 0.0, "too large to be read whole: its start");
    }

    #[test]
    fn a_long_path_opens_on_its_end_and_a_short_one_whole() {
        let boxes: Vec<Rect> = (0..12)
            .map(|i| Rect::from_min_size(pos2(i as f32 * 360.0, 300.0), vec2(190.0, 52.0)))
            .collect();
        let size = vec2(900.0, 480.0);
        let start = Rect::from_min_size(Pos2::ZERO, size);
        let view = act(Action::Path, start, &extent(&boxes), size);
        assert!(scale(view, size) >= READABLE_ZOOM);
        let end = boxes[11];
        assert!(view.contains_rect(end), "{view:?} shows {end:?}");
        let view = act(Action::Path, start, &extent(&boxes[..2]), size);
        assert!(view.contains_rect(boxes[0].union(boxes[1])));
        assert_eq!(scale(view, size), 1.0, "no larger than life");
    }
}
