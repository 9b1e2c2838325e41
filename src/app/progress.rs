//! History's pictures of learning: the row that chooses which mode
//! progress follows, the progress plot with its sentences (per scenario
//! and over all), and the radar of the latest attempt.

use egui::Color32;
use egui_plot::{AxisHints, Line, Plot, PlotPoints, Points};

use super::radar;
use super::state::Mode;
use crate::engine::good_practice_profile;
use crate::i18n::learning_history as words;
use crate::i18n::tr;
use crate::i18n::{Msg, labels::date};
use crate::scenario::{Lang, Scenario};
use crate::store::Attempt;
use crate::store::progress::{ATTEMPTS_FOR_CHANGE, Measure, Progress, modes_played};

/// The row of modes that have attempts; returns the one chosen (kept in
/// egui's memory: a way of looking, not a change to the state). At
/// first, the mode of the latest attempt.
pub fn mode_row(ui: &mut egui::Ui, history: &[Attempt], lang: Lang) -> Option<Mode> {
    let modes = modes_played(history);
    let key = egui::Id::unique("history_progress_mode");
    let latest = history.iter().max_by_key(|a| a.finished_secs)?.mode;
    let mut chosen = ui.data(|m| m.get_temp::<Mode>(key)).unwrap_or(latest);
    if !modes.contains(&chosen) {
        chosen = latest;
    }
    ui.horizontal_wrapped(|ui| {
        ui.strong(words::progress_heading(lang));
        ui.label(tr(Msg::Mode, lang));
        for mode in modes {
            let count = history.iter().filter(|a| a.mode == mode).count();
            let text = words::mode_with_count(mode, count, lang);
            if ui
                .selectable_label(chosen == mode, text)
                .on_hover_text(words::mode_row_help(lang))
                .clicked()
            {
                chosen = mode;
            }
        }
    });
    ui.data_mut(|m| m.insert_temp(key, chosen));
    Some(chosen)
}

/// The plot of every measure over the attempts, with its legend below
/// (so that it covers no attempt), in what is left of the row (or the
/// next). `number` gives the attempt's number on the horizontal axis.
pub fn progress_plot_ui(
    ui: &mut egui::Ui,
    id: &str,
    p: &Progress<'_>,
    number: &dyn Fn(usize, &Attempt) -> usize,
    lang: Lang,
) {
    if p.attempts.is_empty() {
        ui.weak(words::none_in_mode(p.mode, lang));
        return;
    }
    let xs: Vec<f64> = (p.attempts.iter().enumerate())
        .map(|(i, a)| number(i, a) as f64)
        .collect();
    let last_x = xs.last().copied().unwrap_or(1.0);
    let shown = last_x.max(MIN_ATTEMPTS_SHOWN);
    let text = ui.visuals().text_color();
    // Beside the radar, what is left of the row; under it when too little.
    let left = ui.available_size_before_wrap().x - ui.spacing().item_spacing.x;
    let width = if left >= MIN_PLOT_WIDTH {
        left
    } else {
        ui.available_width()
    }
    .clamp(MIN_PLOT_WIDTH, 800.0);
    ui.vertical(|ui| {
        // The legend wraps at the plot's width.
        ui.set_max_width(width);
        ui.strong(tr(Msg::Trend, lang));
        ui.weak(words::progress_axis(lang));
        Plot::new(("progress", id))
            .width(width)
            .height(220.0)
            // Room for five attempts at least, so that a first one is not
            // stretched over the whole width, and a margin on both sides.
            .include_x(0.5)
            .include_x(shown + 0.5)
            .include_y(0.0)
            .include_y(100.0)
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            // Attempts are short whole numbers: labelled closer together
            // than egui_plot's default allows; no "1.5", "0" or "11" on
            // the axis of ten attempts.
            .custom_x_axes(vec![
                AxisHints::new_x()
                    .label(tr(Msg::Attempt, lang))
                    .label_spacing(20.0..=30.0)
                    .formatter(move |mark, _| {
                        // Only the numbers attempts have.
                        if mark.value.fract() == 0.0 && (1.0..=shown).contains(&mark.value) {
                            format!("{}", mark.value)
                        } else {
                            String::new()
                        }
                    }),
            ])
            .show(ui, |plot| {
                // The share of recommended answers last, on top.
                for s in p.series.iter().rev() {
                    let points: Vec<[f64; 2]> = (s.values.iter().zip(&xs))
                        .filter_map(|(v, x)| v.map(|v| [*x, v]))
                        .collect();
                    let name = words::measure_name(s.measure, lang);
                    let (color, width) = style(s.measure, text);
                    plot.line(
                        Line::new(name, PlotPoints::from(points.clone()))
                            .color(color)
                            .width(width),
                    );
                    plot.points(
                        Points::new(name, PlotPoints::from(points))
                            .radius(width + 2.0)
                            .color(color),
                    );
                }
            });
        legend_ui(ui, text, lang);
    });
}

/// The colour and width of a measure's line: the share of recommended
/// answers in the text colour and thicker, the key points in theirs.
fn style(measure: Measure, text: Color32) -> (Color32, f32) {
    match measure {
        Measure::Recommended => (text, 3.0),
        Measure::Point(p) => (POINT_COLORS[p.index()], 1.5),
    }
}

/// The legend, below the plot: a swatch and a name per measure.
fn legend_ui(ui: &mut egui::Ui, text: Color32, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        for m in Measure::ALL {
            let (color, _) = style(m, text);
            let name = words::measure_name(m, lang);
            // A swatch and its name wrap together: the row needs their
            // whole width before it places them.
            let font = egui::TextStyle::Body.resolve(ui.style());
            let galley = ui.painter().layout_no_wrap(name.to_owned(), font, text);
            let swatch = egui::vec2(14.0, 14.0);
            let gap = ui.spacing().item_spacing.x;
            let size = egui::vec2(swatch.x + gap + galley.size().x, galley.size().y);
            ui.allocate_ui(size, |ui| {
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(swatch, egui::Sense::hover());
                    ui.painter().rect_filled(rect.shrink(2.0), 2.0, color);
                    ui.label(name);
                });
            });
            ui.add_space(6.0);
        }
    });
}

/// The change of each measure from the first attempts to the last, or
/// that there are not enough attempts yet (nothing without attempts: the
/// plot's place says so).
pub fn sentences_ui(ui: &mut egui::Ui, p: &Progress<'_>, lang: Lang) {
    let attempts = p.attempts.len();
    let say = |ui: &mut egui::Ui, text: String| {
        ui.add(egui::Label::new(text).wrap());
    };
    if attempts == 0 {
        return;
    }
    if attempts < ATTEMPTS_FOR_CHANGE {
        say(ui, words::too_few(attempts, lang));
        return;
    }
    for s in &p.series {
        say(
            ui,
            words::change_sentence(s.measure, s.change, attempts, lang),
        );
    }
}

/// The radar of the latest attempt over good practice on the scenario
/// and over the attempt before it (`attempts` oldest first).
pub fn latest_radar_ui(ui: &mut egui::Ui, s: &Scenario, attempts: &[&Attempt], lang: Lang) {
    let Some((latest, before)) = attempts.split_last() else {
        return;
    };
    let [this, good, previous] = words::radar_names(lang);
    let mut series = vec![
        radar::Series {
            name: this,
            scores: latest.scores,
            color: radar::ATTEMPT,
            filled: true,
        },
        radar::Series {
            name: good,
            scores: good_practice_profile(s).points.map(|p| p.score),
            color: radar::GOOD_PRACTICE,
            filled: false,
        },
    ];
    if let Some(before) = before.last() {
        series.push(radar::Series {
            name: previous,
            scores: before.scores,
            color: radar::PREVIOUS,
            filled: false,
        });
    }
    ui.vertical(|ui| {
        // The date here, not in the legend, which is drawn over the plot.
        ui.strong(words::latest_profile(&date(latest.finished_secs), lang));
        radar::radar_ui(ui, &format!("history-{}", s.meta.id), &series, 300.0, lang);
    });
}

/// The narrowest plot drawn beside the radar.
const MIN_PLOT_WIDTH: f32 = 280.0;

/// The horizontal axis shows at least this many attempts.
const MIN_ATTEMPTS_SHOWN: f64 = 5.0;

/// One colour per key point (Okabe–Ito, readable with colour-blindness).
const POINT_COLORS: [Color32; 5] = [
    Color32::from_rgb(230, 159, 0),
    Color32::from_rgb(86, 180, 233),
    Color32::from_rgb(0, 158, 115),
    Color32::from_rgb(213, 94, 0),
    Color32::from_rgb(204, 121, 167),
];
