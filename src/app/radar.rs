//! The five key points as a radar (egui_plot): one polygon per series
//! (this attempt, good practice on the scenario, the previous attempt),
//! on rings at 25, 50, 75 and 100. A point a run did not test is drawn at
//! the centre and its value said as "—" in the accessible description.

use egui::Color32;
use egui_plot::{Line, Plot, PlotPoint, PlotPoints, Polygon, Text};

use crate::i18n::labels::key_point_short;
use crate::i18n::{colon, fr_or_en};
use crate::scenario::{KeyPoint, Lang};

/// One polygon of the radar.
pub struct Series<'a> {
    /// Its name in the legend.
    pub name: &'a str,
    /// 0–100 per key point, in [`KeyPoint::ALL`] order.
    pub scores: [Option<u8>; 5],
    /// Its colour.
    pub color: Color32,
    /// Filled (the attempt) or outlined (references).
    pub filled: bool,
}

/// This attempt (Okabe–Ito blue), good practice (grey), the previous
/// attempt (orange): told apart with colour-blindness too.
pub const ATTEMPT: Color32 = Color32::from_rgb(0, 114, 178);
/// Good practice on this scenario.
pub const GOOD_PRACTICE: Color32 = Color32::from_rgb(120, 120, 120);
/// The previous attempt.
pub const PREVIOUS: Color32 = Color32::from_rgb(230, 159, 0);

/// Where the axis of `point` meets `value` (0–100): the first axis points
/// up, the others follow clockwise.
fn vertex(point: usize, value: f64) -> [f64; 2] {
    let angle = std::f64::consts::FRAC_PI_2 - point as f64 * std::f64::consts::TAU / 5.0;
    [value * angle.cos(), value * angle.sin()]
}

fn ring(value: f64) -> Vec<[f64; 2]> {
    (0..=5).map(|i| vertex(i % 5, value)).collect()
}

/// Draws the radar, `size` points high (and a third wider, for the
/// axes' names), with its legend below: a legend inside the plot would
/// cover an axis.
pub fn radar_ui(ui: &mut egui::Ui, id: &str, series: &[Series<'_>], size: f32, lang: Lang) {
    let stroke = ui.visuals().weak_text_color();
    let response = Plot::new(("radar", id))
        .width(size * 1.45)
        .height(size)
        .data_aspect(1.0)
        .include_x(-185.0)
        .include_x(185.0)
        .include_y(-112.0)
        .include_y(126.0)
        .show_axes(false)
        .show_grid(false)
        .show_x(false)
        .show_y(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show(ui, |plot| {
            for value in [25.0, 50.0, 75.0, 100.0] {
                plot.line(
                    Line::new("", PlotPoints::from(ring(value))).color(stroke.gamma_multiply(0.5)),
                );
            }
            for (i, point) in KeyPoint::ALL.iter().enumerate() {
                let spoke = vec![[0.0, 0.0], vertex(i, 100.0)];
                plot.line(Line::new("", PlotPoints::from(spoke)).color(stroke.gamma_multiply(0.5)));
                let [x, y] = vertex(i, 118.0);
                plot.text(
                    Text::new("", PlotPoint::new(x, y), key_point_short(*point, lang))
                        .color(stroke),
                );
            }
            // Backwards: the attempt (first) is drawn over the references.
            for s in series.iter().rev() {
                let points: Vec<[f64; 2]> = (0..5)
                    .map(|i| vertex(i, f64::from(s.scores[i].unwrap_or(0))))
                    .collect();
                let fill = if s.filled {
                    s.color.gamma_multiply(0.25)
                } else {
                    Color32::TRANSPARENT
                };
                plot.polygon(
                    Polygon::new(s.name, PlotPoints::from(points))
                        .fill_color(fill)
                        .stroke(egui::Stroke::new(2.0, s.color)),
                );
            }
        })
        .response;
    let description = describe(series, lang);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
    ui.horizontal_wrapped(|ui| {
        for s in series {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            let fill = if s.filled {
                s.color.gamma_multiply(0.25)
            } else {
                Color32::TRANSPARENT
            };
            ui.painter().rect(
                rect,
                2.0,
                fill,
                egui::Stroke::new(2.0, s.color),
                egui::StrokeKind::Inside,
            );
            ui.label(s.name);
            ui.add_space(8.0);
        }
    });
}

/// The radar in words, for screen readers and tooltips:
/// "Profil : Cet essai : 1. Cadre 80, …".
pub fn describe(series: &[Series<'_>], lang: Lang) -> String {
    let parts: Vec<String> = series
        .iter()
        .map(|s| {
            let values: Vec<String> = KeyPoint::ALL
                .iter()
                .map(|p| {
                    let v = s.scores[p.index()].map_or("—".to_owned(), |v| v.to_string());
                    format!("{} {v}", key_point_short(*p, lang))
                })
                .collect();
            format!("{}{} {}", s.name, colon(lang), values.join(", "))
        })
        .collect();
    format!(
        "{}{} {}",
        fr_or_en(
            "Profil sur les cinq points clés",
            "Profile on the five key points",
            lang
        ),
        colon(lang),
        parts.join(" ; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_axis_points_up_and_values_scale_from_the_centre() {
        let [x, y] = vertex(0, 100.0);
        assert!(x.abs() < 1e-9 && (y - 100.0).abs() < 1e-9);
        let [x, _] = vertex(1, 50.0);
        assert!(x > 0.0, "the second axis is to the right (clockwise)");
        assert_eq!(ring(25.0).len(), 6, "a ring closes on itself");
    }

    #[test]
    fn the_description_says_every_value_and_untested_points() {
        let s = Series {
            name: "Cet essai",
            scores: [Some(80), None, Some(0), Some(100), Some(5)],
            color: ATTEMPT,
            filled: true,
        };
        let text = describe(&[s], Lang::Fr);
        assert!(
            text.contains("Cet essai\u{202F}: 1. Cadre 80, 2. Authenticité —"),
            "{text}"
        );
        assert!(text.contains("4. Demander 100"), "{text}");
    }
}
