//! A fork beside the run it was played on from: where the two part, both
//! endings, each protective step in both, the five key points and the
//! share of recommended answers, with the change from the previous
//! attempt to this one (always said in that direction), and both on the
//! radar.

use super::debrief_pages::marked;
use super::radar;
use super::state::Fork;
use crate::engine::{Comparison, EndingReached};
use crate::i18n::labels::{checkpoint_status, key_point, outcome};
use crate::i18n::learning_debrief::{
    change, change_explained, compare_page, diverged_at, ending, identical, points_change,
    previous_attempt, recommended_answers, resumed_at, signed, this_attempt,
};
use crate::i18n::{Msg, tr, whole_percent};
use crate::scenario::Lang;

/// Draws the comparison of the fork on screen with its original.
pub fn compare_ui(ui: &mut egui::Ui, fork: &Fork, c: &Comparison, lang: Lang) {
    ui.heading(compare_page(lang));
    if let Some(n) = fork.from_decision {
        ui.label(resumed_at(n, lang));
    }
    match c.diverged_at {
        Some(n) => ui.strong(diverged_at(n, lang)),
        None => ui.strong(identical(lang)),
    };
    ui.add(egui::Label::new(marked(ui, change_explained(lang), false)).wrap());
    ui.add_space(8.0);
    let room = ui.available_width();
    ui.horizontal_wrapped(|ui| {
        ui.vertical(|ui| table_ui(ui, c, room, lang));
        let [first, second] = c.scores();
        let series = [
            radar::Series {
                name: this_attempt(lang),
                scores: second,
                color: radar::ATTEMPT,
                filled: true,
            },
            radar::Series {
                name: previous_attempt(lang),
                scores: first,
                color: radar::PREVIOUS,
                filled: false,
            },
        ];
        radar::radar_ui(ui, "compare", &series, 280.0, lang);
    });
}

/// The two runs in columns, the change in the last one. Columns wrap
/// their words rather than run off the page (a narrow window, large text).
fn table_ui(ui: &mut egui::Ui, c: &Comparison, room: f32, lang: Lang) {
    let column = ((room - 48.0) / 3.3).max(60.0);
    egui::Grid::new("comparison")
        .num_columns(4)
        .spacing([16.0, 6.0])
        .max_col_width(column)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            heading(ui, previous_attempt(lang));
            heading(ui, this_attempt(lang));
            heading(ui, change(lang));
            ui.end_row();

            heading(ui, ending(lang));
            cell(ui, &ending_text(&c.first, lang));
            cell(ui, &ending_text(&c.second, lang));
            cell(
                ui,
                if c.first.id == c.second.id {
                    "="
                } else {
                    "≠"
                },
            );
            ui.end_row();

            if !c.checkpoints.is_empty() {
                heading(ui, tr(Msg::Checkpoints, lang));
                ui.end_row();
            }
            for pair in &c.checkpoints {
                cell(ui, pair.label.get(lang));
                cell(ui, checkpoint_status(pair.reach[0], lang).1);
                cell(ui, checkpoint_status(pair.reach[1], lang).1);
                let mark = i32::from(pair.second) - i32::from(pair.first);
                mark_ui(ui, mark_only(mark));
                ui.end_row();
            }

            heading(ui, tr(Msg::Profile, lang));
            ui.end_row();
            for p in &c.points {
                cell(ui, key_point(p.point, lang));
                cell(ui, &score(p.first));
                cell(ui, &score(p.second));
                mark_ui(ui, p.delta().map_or("—".to_owned(), |d| signed(d.into())));
                ui.end_row();
            }

            heading(ui, recommended_answers(lang));
            let [first, second] = c.recommended;
            let share = |r: Option<f32>| r.map_or("—".to_owned(), |r| whole_percent(r, lang));
            cell(ui, &share(first));
            cell(ui, &share(second));
            let delta = first.zip(second).map(|(a, b)| {
                // In whole percentage points, as the two shares are shown.
                let points = |r: f32| (r * 100.0).round() as i32;
                points_change(points(b) - points(a))
            });
            mark_ui(ui, delta.unwrap_or_else(|| "—".to_owned()));
            ui.end_row();
        });
}

fn cell(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

fn heading(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(egui::RichText::new(text).strong()).wrap());
}

fn ending_text(e: &EndingReached, lang: Lang) -> String {
    format!("{} — {}", e.title.get(lang), outcome(e.outcome, lang))
}

fn score(score: Option<u8>) -> String {
    score.map_or("—".to_owned(), |s| s.to_string())
}

/// A protective step gained (▲), lost (▼) or the same (=): no number, as
/// a step is passed or not.
fn mark_only(change: i32) -> String {
    match change {
        c if c > 0 => "▲".to_owned(),
        c if c < 0 => "▼".to_owned(),
        _ => "=".to_owned(),
    }
}

fn mark_ui(ui: &mut egui::Ui, text: String) {
    ui.add(egui::Label::new(marked(ui, &text, true)).wrap());
}
