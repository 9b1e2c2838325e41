//! Library: scenario cards, language and mode, resume, broken files.

use super::state::{AppState, Command, Mode};
use crate::i18n::labels::{date, difficulty, mode_help, mode_name};
use crate::i18n::learning_history as words;
use crate::i18n::{Msg, problem_message, tr};
use crate::scenario::Scenario;

/// Draws the library.
pub fn library_ui(ui: &mut egui::Ui, state: &AppState, send: &mut Vec<Command>) {
    let lang = state.settings.lang;
    ui.heading(tr(Msg::Library, lang));
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(tr(Msg::Mode, lang));
        for mode in [Mode::Practice, Mode::Assessment, Mode::Workshop] {
            if ui
                .selectable_label(state.mode == mode, mode_name(mode, lang))
                .on_hover_text(mode_help(mode, lang))
                .clicked()
            {
                send.push(Command::SetMode(mode));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.weak(mode_help(state.mode, lang));
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("library_scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            for report in &state.entries {
                egui::Frame::group(ui.style())
                    .inner_margin(12.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        match &report.scenario {
                            Some(s) => {
                                let m = &s.meta;
                                ui.label(egui::RichText::new(m.title.get(lang)).heading());
                                ui.label(m.summary.get(lang));
                                {
                                    let yp = &m.young_person;
                                    let rows = [
                                        (tr(Msg::Setting, lang), m.setting.get(lang).to_owned()),
                                        (
                                            tr(Msg::YouAre, lang),
                                            m.trainee_role.get(lang).to_owned(),
                                        ),
                                        (
                                            tr(Msg::YoungPerson, lang),
                                            format!(
                                                "{}, {} {}",
                                                yp.name,
                                                yp.age,
                                                tr(Msg::YearsOld, lang)
                                            ),
                                        ),
                                        (
                                            tr(Msg::Duration, lang),
                                            format!("≈ {} {}", m.minutes, tr(Msg::Minutes, lang)),
                                        ),
                                        (
                                            tr(Msg::Difficulty, lang),
                                            difficulty(m.difficulty, lang).to_owned(),
                                        ),
                                        (
                                            tr(Msg::ContentNote, lang),
                                            m.content_note.get(lang).to_owned(),
                                        ),
                                    ];
                                    for (k, v) in rows {
                                        field_row(ui, k, &v);
                                    }
                                }
                                let audit = report.problems.iter().filter(|p| p.kind.is_audit());
                                let findings = audit.count();
                                if findings > 0 {
                                    ui.colored_label(
                                        ui.visuals().warn_fg_color,
                                        format!("{findings} {}", tr(Msg::AuditWarnings, lang)),
                                    );
                                }
                                last_result_ui(ui, state, s);
                                ui.horizontal_wrapped(|ui| {
                                    // The button says what it prepares.
                                    let prepare = match state.mode {
                                        Mode::Workshop => Msg::OpenWorkshopBriefing,
                                        _ => Msg::OpenBriefing,
                                    };
                                    if ui.button(tr(prepare, lang)).clicked() {
                                        send.push(Command::OpenBriefing(m.id.clone()));
                                    }
                                    let resume = if state.resumes_workshop(&m.id) {
                                        Msg::ResumeWorkshop
                                    } else {
                                        Msg::Resume
                                    };
                                    if state.can_resume(&m.id)
                                        && ui.button(tr(resume, lang)).clicked()
                                    {
                                        send.push(Command::Resume(m.id.clone()));
                                    }
                                    resume_details_ui(ui, state, &m.id);
                                });
                            }
                            None => {
                                ui.strong(&report.file);
                                ui.colored_label(
                                    ui.visuals().error_fg_color,
                                    tr(Msg::HasErrors, lang),
                                );
                                for p in report.problems.iter().take(3) {
                                    ui.label(format!(
                                        "{} — {}",
                                        p.place(),
                                        problem_message(p, lang)
                                    ));
                                }
                            }
                        }
                    });
                ui.add_space(6.0);
            }
            ui.weak(tr(Msg::DropHint, lang));
        });
}

/// A label column and a value that wraps in the rest of the width.
pub fn field_row(ui: &mut egui::Ui, key: &str, value: &str) {
    ui.horizontal_top(|ui| {
        let width = 230.0_f32.min(ui.available_width() * 0.35);
        ui.allocate_ui_with_layout(
            egui::vec2(width, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_min_width(width);
                ui.add(egui::Label::new(egui::RichText::new(key).strong()).wrap());
            },
        );
        ui.add(egui::Label::new(value).wrap());
    });
}

/// The scenario's last result, when it has one: when, which ending, the
/// share of recommended answers.
fn last_result_ui(ui: &mut egui::Ui, state: &AppState, s: &Scenario) {
    let lang = state.settings.lang;
    let Some(a) = state.last_attempt(&s.meta.id) else {
        return;
    };
    let ending = (s.endings.iter())
        .find(|e| e.id == a.ending)
        .map(|e| e.title.get(lang));
    let when = date(a.finished_secs);
    let text = words::last_result(&when, ending, a.outcome, a.recommended_share, lang);
    ui.add(egui::Label::new(egui::RichText::new(text).strong()).wrap());
}

/// Beside "Reprendre": the mode, the decision it resumes at, how long ago.
fn resume_details_ui(ui: &mut egui::Ui, state: &AppState, id: &str) {
    let Some(info) = state.resume_info(id).filter(|_| state.can_resume(id)) else {
        return;
    };
    let lang = state.settings.lang;
    let elapsed = state.now_ms().saturating_sub(info.last_ms) / 1000;
    let ago = words::ago(elapsed, lang);
    ui.weak(words::resume_details(
        info.mode,
        info.decision,
        info.answered,
        &ago,
        lang,
    ));
}
