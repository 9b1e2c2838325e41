//! History: past attempts per scenario, each opening its debrief again;
//! the latest attempt's profile; progress per scenario and over all, one
//! mode at a time.

use super::progress::{latest_radar_ui, mode_row, progress_plot_ui, sentences_ui};
use super::state::{AppState, Command, Mode, PastDebrief, Replayable};
use crate::engine::Debrief;
use crate::i18n::labels::{date, key_point, mode_name, outcome};
use crate::i18n::learning_history as words;
use crate::i18n::{Msg, tr, whole_percent};
use crate::scenario::{KeyPoint, Lang};
use crate::store::Attempt;
use crate::store::progress::progress;

/// Draws the history.
pub fn history_ui(ui: &mut egui::Ui, state: &AppState, send: &mut Vec<Command>) {
    let lang = state.settings.lang;
    ui.heading(tr(Msg::History, lang));
    let mode = mode_row(ui, &state.history, lang);
    egui::ScrollArea::vertical()
        .id_salt("history_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            let mut played = 0;
            for report in &state.entries {
                let Some(s) = &report.scenario else { continue };
                let attempts = state.attempts(&s.meta.id);
                if attempts.is_empty() {
                    continue;
                }
                played += 1;
                ui.add_space(8.0);
                ui.heading(s.meta.title.get(lang));
                // The table scrolls sideways in a narrow window, so that
                // its last column stays in reach.
                egui::ScrollArea::horizontal()
                    .id_salt(("history_table", &s.meta.id))
                    .show(ui, |ui| table_ui(ui, state, &s.meta.id, &attempts, send));
                ui.add_space(6.0);
                let p = mode.map(|mode| progress(attempts.iter().copied(), mode));
                ui.horizontal_wrapped(|ui| {
                    latest_radar_ui(ui, s, &attempts, lang);
                    if let Some(p) = &p {
                        // The horizontal axis numbers attempts as the table does.
                        let number = |_: usize, a: &Attempt| {
                            (attempts.iter().position(|b| std::ptr::eq(*b, a))).map_or(0, |i| i + 1)
                        };
                        progress_plot_ui(ui, &s.meta.id, p, &number, lang);
                    }
                });
                if let Some(p) = &p {
                    sentences_ui(ui, p, lang);
                }
                ui.separator();
            }
            match mode {
                None => {
                    ui.label(tr(Msg::NoAttempts, lang));
                }
                // Over all scenarios only when there is more than one.
                Some(mode) if played > 1 => all_scenarios_ui(ui, state, mode, lang),
                Some(_) => {}
            }
        });
}

fn all_scenarios_ui(ui: &mut egui::Ui, state: &AppState, mode: Mode, lang: Lang) {
    ui.add_space(8.0);
    ui.heading(words::all_scenarios(lang));
    let p = progress(&state.history, mode);
    progress_plot_ui(ui, "all", &p, &|i, _| i + 1, lang);
    sentences_ui(ui, &p, lang);
}

fn table_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    id: &str,
    attempts: &[&Attempt],
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    egui::Grid::new(("history", id))
        .striped(true)
        .num_columns(12)
        .show(ui, |ui| {
            ui.strong(tr(Msg::Attempt, lang));
            ui.strong(tr(Msg::Date, lang));
            ui.strong(tr(Msg::Mode, lang));
            ui.strong(tr(Msg::Ending, lang));
            header(
                ui,
                words::steps_column(lang),
                words::steps_column_help(lang),
            );
            header(
                ui,
                words::recommended_short(lang),
                words::recommended_column(lang),
            );
            // Numbers keep the table narrow; the name is in the tooltip and
            // for screen readers.
            for p in KeyPoint::ALL {
                header(ui, &(p.index() + 1).to_string(), key_point(p, lang));
            }
            ui.strong(words::debrief_column(lang));
            ui.end_row();
            for (n, a) in attempts.iter().enumerate() {
                ui.label((n + 1).to_string());
                ui.label(date(a.finished_secs));
                ui.label(mode_name(a.mode, lang));
                ui.label(outcome(a.outcome, lang));
                ui.label(steps(a));
                ui.label(
                    a.recommended_share
                        .map_or("—".to_owned(), |r| whole_percent(r, lang)),
                );
                for v in a.scores {
                    ui.label(v.map_or("—".to_owned(), |v| v.to_string()));
                }
                review_ui(ui, state, a, n + 1, send);
                ui.end_row();
            }
        });
}

/// A column header that shows `short` and names itself `name`.
fn header(ui: &mut egui::Ui, short: &str, name: &str) {
    let response = ui.strong(short).on_hover_text(name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, name));
}

/// "2/3": the required protective steps passed, over those required
/// ("—" in records that kept no steps).
fn steps(a: &Attempt) -> String {
    let required = a.checkpoints.iter().filter(|c| c.required);
    let total = required.clone().count();
    if total == 0 {
        return "—".to_owned();
    }
    format!("{}/{total}", required.filter(|c| c.done).count())
}

/// The button that opens the attempt's debrief again, or why it cannot.
fn review_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    a: &Attempt,
    number: usize,
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let Some(replayable) = state.replayable(a) else {
        ui.label("—");
        return;
    };
    // Reasons wrap in a narrow column, so that the table fits a laptop.
    let note = |ui: &mut egui::Ui, text: &str| {
        ui.add(egui::Label::new(egui::RichText::new(text).weak()).wrap());
    };
    ui.vertical(|ui| {
        ui.set_max_width(200.0);
        match replayable {
            Replayable::Same | Replayable::EndsOtherwise => {
                // "Revoir" in the row of its number; its full name for
                // screen readers.
                let name = words::review_attempt(number, lang);
                let response = ui.button(words::review(lang));
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if response.clicked() {
                    send.push(Command::OpenAttempt(a.id()));
                }
                if replayable == Replayable::EndsOtherwise {
                    note(ui, words::ends_otherwise(lang));
                }
            }
            Replayable::NotRecorded => note(ui, words::not_recorded(lang)),
            Replayable::ChangedAt(step) => note(ui, &words::changed_at(step, lang)),
        }
    });
}

/// Above a debrief opened from History: which attempt it is, the way
/// back, and, when the scenario changed since, that it now ends elsewhere.
pub fn past_debrief_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    past: &PastDebrief,
    d: &Debrief,
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    ui.horizontal_wrapped(|ui| {
        if ui.button(words::back_to_history(lang)).clicked() {
            send.push(Command::OpenHistory);
        }
        ui.label(words::past_heading(
            past.number,
            &date(past.finished_secs),
            lang,
        ));
    });
    if let Some((id, kind)) = &past.recorded {
        let title = state
            .session()
            .and_then(|(_, s)| s.endings.iter().find(|e| &e.id == id))
            .map_or(id.as_str(), |e| e.title.get(lang));
        let text = words::ending_differs(title, *kind, d.ending.title.get(lang), lang);
        ui.colored_label(ui.visuals().warn_fg_color, text);
    }
    ui.separator();
}
