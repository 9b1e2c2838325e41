//! Lays the room view out at one text size, either to measure it or to
//! draw it, with the same code: the room view tries sizes until what it
//! shows fits the screen, then draws it at the largest that fits. Text is
//! laid out as galleys and drawn from those same galleys, so what was
//! measured is what is drawn; spacing is the pen's own (the room view
//! sets egui's item spacing to zero).

use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::ops::RangeInclusive;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Galley, Rect, Ui, Vec2, pos2, vec2};

/// How a span of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Tone {
    Plain,
    Strong,
    Weak,
    Italic,
    /// Strong, in a colour of its own (always beside words that say it).
    Marked(Color32),
}

/// A paragraph: spans of text at `rel` times the pen's size.
pub(super) struct Para<'t> {
    rel: f32,
    spans: Vec<(&'t str, Tone)>,
    /// At most this many rows, the last one ending with "…" if cut.
    max_rows: usize,
}

impl<'t> Para<'t> {
    /// A paragraph of one span.
    pub(super) fn new(rel: f32, text: &'t str, tone: Tone) -> Para<'t> {
        Para {
            rel,
            spans: vec![(text, tone)],
            max_rows: usize::MAX,
        }
    }

    /// At most `rows` rows.
    pub(super) fn rows(mut self, rows: usize) -> Para<'t> {
        self.max_rows = rows;
        self
    }

    /// One more span, on the same line.
    pub(super) fn then(mut self, text: &'t str, tone: Tone) -> Para<'t> {
        self.spans.push((text, tone));
        self
    }
}

/// What a pen does with what it is given.
enum Target<'u> {
    /// Notes what it is given, without laying it out: two bodies with the
    /// same signature take the same room at the same size.
    Sign(&'u Ui, &'u mut DefaultHasher),
    Measure(&'u Ui),
    Draw(&'u mut Ui),
}

/// Lays out text at a base size (the answers' size, in points) in a
/// column of a given width, adding up the height.
pub(super) struct Pen<'u> {
    target: Target<'u>,
    size: f32,
    width: f32,
    height: f32,
}

impl<'u> Pen<'u> {
    /// A pen that only measures.
    pub(super) fn measure(ui: &'u Ui, size: f32, width: f32) -> Pen<'u> {
        Pen {
            target: Target::Measure(ui),
            size,
            width,
            height: 0.0,
        }
    }

    fn sign(ui: &'u Ui, hasher: &'u mut DefaultHasher, size: f32, width: f32) -> Pen<'u> {
        Pen {
            target: Target::Sign(ui, hasher),
            size,
            width,
            height: 0.0,
        }
    }

    /// Notes `what` in the signature, if this pen signs.
    fn note(&mut self, what: impl std::hash::Hash) {
        if let Target::Sign(_, hasher) = &mut self.target {
            what.hash(*hasher);
        }
    }

    /// A pen that draws in `ui`, as wide as its available width.
    pub(super) fn draw(ui: &'u mut Ui, size: f32) -> Pen<'u> {
        let width = ui.available_width();
        Pen {
            target: Target::Draw(ui),
            size,
            width,
            height: 0.0,
        }
    }

    /// The base size, in points.
    pub(super) fn size(&self) -> f32 {
        self.size
    }

    /// The width of the column.
    pub(super) fn width(&self) -> f32 {
        self.width
    }

    /// The colours in use.
    pub(super) fn visuals(&self) -> &egui::Visuals {
        self.ui().visuals()
    }

    /// Gives the region `rect` (drawn by this pen) an accessible name, so
    /// that a screen reader and the tests find it.
    pub(super) fn name(&mut self, rect: Rect, label: &str) {
        if let Target::Draw(ui) = &mut self.target {
            let id = ui.scope_id().with(("named_region", label));
            let region = ui.interact(rect, id, egui::Sense::hover());
            region.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, label));
        }
    }

    fn ui(&self) -> &Ui {
        match &self.target {
            Target::Sign(ui, _) | Target::Measure(ui) => ui,
            Target::Draw(ui) => ui,
        }
    }

    /// The paragraph's galley at this size and width.
    pub(super) fn galley(&self, para: &Para<'_>, width: f32) -> std::sync::Arc<Galley> {
        let ui = self.ui();
        let visuals = ui.visuals();
        // Whole points: each new size rasterises the glyphs it uses, so the
        // search keeps to a few.
        let font = FontId::proportional((self.size * para.rel).round().max(1.0));
        let mut job = LayoutJob::default();
        job.wrap.max_width = width;
        job.wrap.max_rows = para.max_rows;
        for (text, tone) in &para.spans {
            let (color, italics) = match tone {
                Tone::Plain => (visuals.text_color(), false),
                Tone::Strong => (visuals.strong_text_color(), false),
                Tone::Weak => (visuals.weak_text_color(), false),
                Tone::Italic => (visuals.text_color(), true),
                Tone::Marked(color) => (*color, false),
            };
            let format = TextFormat {
                font_id: font.clone(),
                color,
                italics,
                ..TextFormat::default()
            };
            job.append(text, 0.0, format);
        }
        ui.fonts_mut(|f| f.layout_job(job))
    }

    /// A paragraph, wrapped to the column; returns where it was drawn.
    pub(super) fn para(&mut self, para: Para<'_>) -> Rect {
        if let Target::Sign(_, hasher) = &mut self.target {
            (para.rel.to_bits(), para.max_rows).hash(*hasher);
            for (text, tone) in &para.spans {
                (text, *tone == Tone::Italic).hash(*hasher);
            }
            return Rect::NOTHING;
        }
        let galley = self.galley(&para, self.width);
        self.galley_here(galley)
    }

    /// A galley laid out before (by [`Pen::galley`]).
    pub(super) fn galley_here(&mut self, galley: std::sync::Arc<Galley>) -> Rect {
        let height = galley.size().y;
        let rect = match &mut self.target {
            Target::Sign(_, hasher) => {
                galley.text().hash(*hasher);
                Rect::NOTHING
            }
            Target::Measure(_) => Rect::NOTHING,
            Target::Draw(ui) => ui.add(egui::Label::new(galley)).rect,
        };
        self.height += height;
        rect
    }

    /// Space of `rel` times the size.
    pub(super) fn gap(&mut self, rel: f32) {
        self.note(("gap", rel.to_bits()));
        let space = self.size * rel;
        if let Target::Draw(ui) = &mut self.target {
            ui.add_space(space);
        }
        self.height += space;
    }

    /// A thin line across the column, with some space around it.
    pub(super) fn rule(&mut self) {
        self.note("rule");
        let height = self.size * 0.6;
        if let Target::Draw(ui) = &mut self.target {
            let (rect, _) = ui.allocate_exact_size(vec2(self.width, height), egui::Sense::hover());
            let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
            ui.painter().hline(rect.x_range(), rect.center().y, stroke);
        }
        self.height += height;
    }

    /// A horizontal bar `share` (0 to 1) of the column wide, `rel` times
    /// the size high, in `color` over a faint track.
    pub(super) fn bar(&mut self, rel: f32, share: f32, color: Color32) {
        self.note(("bar", rel.to_bits()));
        let height = self.size * rel;
        if let Target::Draw(ui) = &mut self.target {
            let (rect, _) = ui.allocate_exact_size(vec2(self.width, height), egui::Sense::hover());
            let painter = ui.painter();
            painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
            let mut filled = rect;
            filled.set_width(rect.width() * share.clamp(0.0, 1.0));
            painter.rect_filled(filled, 2.0, color);
            let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
            painter.rect_stroke(rect, 2.0, stroke, egui::StrokeKind::Inside);
        }
        self.height += height;
    }

    /// Columns side by side, `widths` wide with `gap` between them;
    /// `each` lays out column `n`. The row is as tall as its tallest
    /// column. Returns each column's rectangle.
    pub(super) fn columns(
        &mut self,
        widths: &[f32],
        gap: f32,
        mut each: impl FnMut(&mut Pen<'_>, usize),
    ) -> Vec<Rect> {
        let size = self.size;
        let (tallest, rects) = match &mut self.target {
            Target::Sign(ui, hasher) => {
                for (n, &width) in widths.iter().enumerate() {
                    ("column", width.to_bits()).hash(*hasher);
                    each(&mut Pen::sign(ui, hasher, size, width), n);
                }
                (0.0, Vec::new())
            }
            Target::Measure(ui) => {
                let tallest = (widths.iter().enumerate())
                    .map(|(n, &width)| {
                        let mut pen = Pen::measure(ui, size, width);
                        each(&mut pen, n);
                        pen.height
                    })
                    .fold(0.0, f32::max);
                (tallest, Vec::new())
            }
            Target::Draw(ui) => {
                let top = ui.cursor().min;
                let mut x = top.x;
                let mut rects = Vec::new();
                for (n, &width) in widths.iter().enumerate() {
                    let at = pos2(x, top.y);
                    let mut child = column_at(ui, at, width);
                    let mut pen = Pen::draw(&mut child, size);
                    each(&mut pen, n);
                    rects.push(Rect::from_min_size(at, vec2(width, pen.height)));
                    x += width + gap;
                }
                let tallest = rects.iter().map(Rect::height).fold(0.0, f32::max);
                let row = Rect::from_min_size(top, vec2(x - gap - top.x, tallest));
                ui.advance_cursor_after_rect(row);
                (tallest, rects)
            }
        };
        self.height += tallest;
        rects
    }

    /// A framed box the column wide, `margin` times the size inside its
    /// border; returns its rectangle.
    pub(super) fn framed(
        &mut self,
        margin: f32,
        stroke: egui::Stroke,
        fill: Color32,
        inside: impl FnOnce(&mut Pen<'_>),
    ) -> Rect {
        let inset = self.size * margin + stroke.width;
        let inner = self.width - 2.0 * inset;
        let size = self.size;
        let (height, rect) = match &mut self.target {
            Target::Sign(ui, hasher) => {
                ("framed", inner.to_bits()).hash(*hasher);
                inside(&mut Pen::sign(ui, hasher, size, inner));
                (0.0, Rect::NOTHING)
            }
            Target::Measure(ui) => {
                let mut pen = Pen::measure(ui, size, inner);
                inside(&mut pen);
                (pen.height + 2.0 * inset, Rect::NOTHING)
            }
            Target::Draw(ui) => {
                let behind = ui.painter().add(egui::Shape::Noop);
                let top = ui.cursor().min;
                let mut child = column_at(ui, top + Vec2::splat(inset), inner);
                let mut pen = Pen::draw(&mut child, size);
                inside(&mut pen);
                let height = pen.height + 2.0 * inset;
                let rect = Rect::from_min_size(top, vec2(self.width, height));
                let shape = egui::epaint::RectShape::new(
                    rect.shrink(stroke.width / 2.0),
                    size * 0.25,
                    fill,
                    stroke,
                    egui::StrokeKind::Middle,
                );
                ui.painter().set(behind, shape);
                ui.advance_cursor_after_rect(rect);
                (height, rect)
            }
        };
        self.height += height;
        rect
    }
}

/// A column `width` wide from `at` down, inside `ui` but not laid out
/// by it (the pen advances `ui` past what it drew).
fn column_at(ui: &mut Ui, at: egui::Pos2, width: f32) -> Ui {
    let room = Rect::from_min_size(at, vec2(width, f32::INFINITY));
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(room)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_width(width);
    child
}

/// The largest base size in `range` at which `body`, laid out `width`
/// wide, is at most `height` tall; `None` when even the smallest is
/// taller. Kept from frame to frame while the body and the room are the
/// same (the search lays the text out a dozen times).
pub(super) fn largest_fitting(
    ui: &Ui,
    room: (f32, f32),
    range: RangeInclusive<f32>,
    body: impl Fn(&mut Pen<'_>),
) -> Option<f32> {
    let mut hasher = DefaultHasher::new();
    body(&mut Pen::sign(ui, &mut hasher, *range.start(), room.0));
    let bounds = [room.0, room.1, *range.start(), *range.end()];
    bounds.map(f32::to_bits).hash(&mut hasher);
    let id = egui::Id::unique(("room_fit", hasher.finish()));
    if let Some(size) = ui.data(|d| d.get_temp::<Option<f32>>(id)) {
        return size;
    }
    let size = search(ui, room, range, body);
    ui.data_mut(|d| d.insert_temp(id, size));
    size
}

fn search(
    ui: &Ui,
    (width, height): (f32, f32),
    range: RangeInclusive<f32>,
    body: impl Fn(&mut Pen<'_>),
) -> Option<f32> {
    let fits = |size: f32| {
        let mut pen = Pen::measure(ui, size, width);
        body(&mut pen);
        pen.height <= height
    };
    // Whole points, as the text is laid out.
    let (mut low, mut high) = (
        range.start().ceil(),
        range.end().floor().max(range.start().ceil()),
    );
    if fits(high) {
        return Some(high);
    }
    if !fits(low) {
        return None;
    }
    // Heights grow with the size: halve the interval down to one point.
    while high - low > 1.0 {
        let middle = ((low + high) / 2.0).floor();
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    Some(low)
}
