//! History: past attempts per scenario and the trend per key point.

use egui_plot::{Legend, Line, Plot, PlotPoints, Points};

use super::state::AppState;
use crate::i18n::labels::{date, key_point, key_point_short, mode_name, outcome};
use crate::i18n::{Msg, tr};
use crate::scenario::{KeyPoint, Lang};
use crate::store::Attempt;

/// Draws the history.
pub fn history_ui(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.settings.lang;
    ui.heading(tr(Msg::History, lang));
    egui::ScrollArea::vertical()
        .id_salt("history_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            let mut any = false;
            for report in &state.entries {
                let Some(s) = &report.scenario else { continue };
                let attempts = state.attempts(&s.meta.id);
                if attempts.is_empty() {
                    continue;
                }
                any = true;
                ui.add_space(8.0);
                ui.strong(s.meta.title.get(lang));
                table_ui(ui, &s.meta.id, &attempts, lang);
                if attempts.len() > 1 {
                    trend_ui(ui, &s.meta.id, &attempts, lang);
                }
            }
            if !any {
                ui.label(tr(Msg::NoAttempts, lang));
            }
        });
}

fn table_ui(ui: &mut egui::Ui, id: &str, attempts: &[&Attempt], lang: Lang) {
    egui::Grid::new(("history", id))
        .striped(true)
        .num_columns(9)
        .show(ui, |ui| {
            ui.strong(tr(Msg::Attempt, lang));
            ui.strong(tr(Msg::Date, lang));
            ui.strong(tr(Msg::Mode, lang));
            ui.strong(tr(Msg::Ending, lang));
            for p in KeyPoint::ALL {
                ui.strong(key_point_short(p, lang))
                    .on_hover_text(key_point(p, lang));
            }
            ui.end_row();
            for (n, a) in attempts.iter().enumerate() {
                ui.label((n + 1).to_string());
                ui.label(date(a.finished_secs));
                ui.label(mode_name(a.mode, lang));
                ui.label(outcome(a.outcome, lang));
                for v in a.scores {
                    ui.label(v.map_or("—".to_owned(), |v| v.to_string()));
                }
                ui.end_row();
            }
        });
}

fn trend_ui(ui: &mut egui::Ui, id: &str, attempts: &[&Attempt], lang: Lang) {
    ui.label(tr(Msg::Trend, lang));
    Plot::new(("trend", id))
        .height(220.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_label(tr(Msg::Attempt, lang))
        // Attempts are whole numbers: no "1.5" on the axis.
        .x_axis_formatter(|mark, _| {
            if mark.value.fract() == 0.0 {
                format!("{}", mark.value)
            } else {
                String::new()
            }
        })
        .legend(Legend::default())
        .show(ui, |plot| {
            for p in KeyPoint::ALL {
                let points: Vec<[f64; 2]> = attempts
                    .iter()
                    .enumerate()
                    .filter_map(|(n, a)| {
                        a.scores[p.index()].map(|v| [n as f64 + 1.0, f64::from(v)])
                    })
                    .collect();
                // Numbered names keep the legend in the module's order.
                let name = key_point_short(p, lang);
                let color = POINT_COLORS[p.index()];
                plot.line(Line::new(name, PlotPoints::from(points.clone())).color(color));
                plot.points(
                    Points::new(name, PlotPoints::from(points))
                        .radius(4.0)
                        .color(color),
                );
            }
        });
}

/// One colour per key point (Okabe–Ito, readable with colour-blindness).
const POINT_COLORS: [egui::Color32; 5] = [
    egui::Color32::from_rgb(230, 159, 0),
    egui::Color32::from_rgb(86, 180, 233),
    egui::Color32::from_rgb(0, 158, 115),
    egui::Color32::from_rgb(213, 94, 0),
    egui::Color32::from_rgb(204, 121, 167),
];
