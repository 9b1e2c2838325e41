//! Debrief: ending and lesson, the five key points beside the protective
//! checkpoints, decision by decision with the better answer, the branch
//! map, inner thoughts, and what to do next.

use super::closing::closing_ui;
use super::compare::compare_ui;
use super::debrief_pages::pages_ui;
use super::map::{cached_layout, map_ui, page_map_place};
use super::perspective::perspective_ui;
use super::radar;
use super::resources::next_steps_ui;
use super::state::{AppState, Command, DebriefView, Export, Form};
use super::theme::score_chips;
use crate::audio::ClosingState;
use crate::engine::{Debrief, Mode, Run, Session, StepReach, good_practice_profile};
use crate::i18n::export;
use crate::i18n::labels::{
    assessment_result, checkpoint_status, key_point, outcome, thoughts_heading,
};
use crate::i18n::{Msg, fr_or_en, labelled, quoted, tr, turning, whole_percent};
use crate::scenario::{Lang, Scenario};
use crate::store::Attempt;

/// Draws the debrief.
pub fn debrief_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    session: &Session,
    d: &Debrief,
    closing: Option<ClosingState>,
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let Some(s) = state.scenario(session.scenario_id()) else {
        return;
    };
    let run = &session.run;
    let e = &d.ending;
    // Title, then the actions in a row that wraps at large text sizes.
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!(
                "{} — {}",
                e.title.get(lang),
                outcome(e.outcome, lang)
            ))
            .heading(),
        )
        .wrap(),
    );
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr(Msg::Replay, lang)).clicked() {
            send.push(Command::Replay);
        }
        if ui.button(tr(Msg::ToLibrary, lang)).clicked() {
            send.push(Command::OpenLibrary);
        }
        export_ui(ui, lang, send);
    });
    if run.mode() == Mode::Assessment {
        let result = assessment_result(d, session.started_ms / 1000, lang);
        ui.label(egui::RichText::new(result).strong());
    }
    ui.separator();
    let view = pages_ui(ui, state, s, send);
    // A debrief opens at its top, even the same one again after a retry:
    // on its first frame (none drawn the frame before) the scroll resets.
    let drawn = egui::Id::unique("debrief_drawn_at_pass");
    let pass = ui.ctx().cumulative_pass_nr();
    let opening = ui.data(|m| m.get_temp::<u64>(drawn)) != Some(pass.saturating_sub(1));
    ui.data_mut(|m| m.insert_temp(drawn, pass));
    let mut scroll = egui::ScrollArea::vertical();
    if opening {
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll
        .id_salt(("debrief_scroll", view))
        .auto_shrink(false)
        .show(ui, |ui| {
            // At most 960 points for reading, never wider than the window:
            // `set_max_width` alone would widen a narrow (zoomed) page.
            ui.set_max_width(ui.available_width().min(960.0));
            match (view, state.comparison()) {
                (DebriefView::YoungPerson, _) => perspective_ui(ui, s, run, lang),
                (DebriefView::Comparison, Some((fork, c))) => compare_ui(ui, fork, c, lang),
                _ => debrief_page_ui(ui, state, s, session, d, closing, send),
            }
        });
}

/// The trainee's own debrief, below the tabs.
fn debrief_page_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    s: &Scenario,
    session: &Session,
    d: &Debrief,
    closing: Option<ClosingState>,
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let (run, e) = (&session.run, &d.ending);
    ui.label(e.text.get(lang));
    ui.label(
        egui::RichText::new(labelled(tr(Msg::Lesson, lang), e.lesson.get(lang), lang)).strong(),
    );
    turning_points_ui(ui, s, d, lang, send);
    ui.add_space(10.0);
    let previous = state.previous_attempt(&s.meta.id, session.started_ms / 1000);
    profile_ui(ui, s, d, previous, lang);
    checkpoints_ui(ui, d, lang);
    ui.add_space(10.0);
    decisions_ui(ui, s, run, d, lang, send);
    branch_map_ui(ui, s, run, lang);
    thoughts_ui(ui, s, d, lang);
    ui.add_space(10.0);
    next_steps_ui(ui, s.next_steps(d.ending.index), lang);
    closing_ui(ui, s, d, closing, lang, send);
}

/// « Exporter : Page à imprimer · PDF · xAPI », each with what it makes.
fn export_ui(ui: &mut egui::Ui, lang: Lang, send: &mut Vec<Command>) {
    ui.separator();
    ui.label(export::export_label(lang))
        .on_hover_text(export::where_exports_go(lang));
    for (name, hint, form) in [
        (
            export::as_page(lang),
            export::as_page_hint(lang),
            Form::Page,
        ),
        (export::as_pdf(lang), export::as_pdf_hint(lang), Form::Pdf),
        (
            export::as_xapi(lang),
            export::as_xapi_hint(lang),
            Form::Xapi,
        ),
    ] {
        if ui.button(name).on_hover_text(hint).clicked() {
            send.push(Command::Export(Export::Debrief(form)));
        }
    }
}

/// What decided the ending (or made it), each with a way to retry there.
fn turning_points_ui(
    ui: &mut egui::Ui,
    s: &Scenario,
    d: &Debrief,
    lang: Lang,
    send: &mut Vec<Command>,
) {
    let Some((heading, lines)) = turning::section(s, d, lang) else {
        return;
    };
    ui.add_space(10.0);
    ui.heading(heading);
    if d.turning_points.is_empty() {
        for line in lines {
            ui.label(line);
        }
    }
    for p in &d.turning_points {
        ui.label(turning::sentence(p, s, lang));
        ui.horizontal_wrapped(|ui| {
            let see = format!("{} {}", tr(Msg::SeeDecision, lang), p.decision);
            if ui.button(see).clicked() {
                ui.data_mut(|m| m.insert_temp(card_to_show(), p.decision));
            }
            let retry = format!("{} {}", tr(Msg::RetryFromDecision, lang), p.decision);
            if p.better && ui.button(retry).clicked() {
                send.push(Command::RetryFrom(p.step));
            }
        });
    }
    if !d.turning_points.is_empty() {
        for line in turning::causes(s, d, lang) {
            ui.label(line);
        }
    }
}

/// Where "see decision N" leaves the number of the card to scroll to.
fn card_to_show() -> egui::Id {
    egui::Id::unique("debrief_card_to_show")
}

fn profile_ui(
    ui: &mut egui::Ui,
    s: &Scenario,
    d: &Debrief,
    previous: Option<&Attempt>,
    lang: Lang,
) {
    ui.heading(tr(Msg::Profile, lang));
    // The scale in one sentence, so that "100/100" beside "0 %" reads right.
    ui.weak(tr(Msg::ProfileScale, lang));
    ui.weak(tr(Msg::LegendHint, lang));
    points_ui(ui, d, lang);
    ui.add_space(6.0);
    {
        let good = good_practice_profile(s);
        let mut series = vec![
            radar::Series {
                name: fr_or_en("Cet entretien", "This interview", lang),
                scores: d.scores(),
                color: radar::ATTEMPT,
                filled: true,
            },
            radar::Series {
                name: fr_or_en("Bonne pratique", "Good practice", lang),
                scores: good.points.map(|p| p.score),
                color: radar::GOOD_PRACTICE,
                filled: false,
            },
        ];
        if let Some(previous) = previous {
            series.push(radar::Series {
                name: fr_or_en("Essai précédent", "Previous attempt", lang),
                scores: previous.scores,
                color: radar::PREVIOUS,
                filled: false,
            });
        }
        radar::radar_ui(ui, "debrief", &series, 280.0, lang);
    }
    if let Some(r) = d.recommended_share {
        ui.add_space(4.0);
        ui.strong(format!(
            "{} {}",
            whole_percent(r, lang),
            tr(Msg::RecommendedShare, lang)
        ));
    }
}

/// The five key points as bars, with the share of answers that raised each.
fn points_ui(ui: &mut egui::Ui, d: &Debrief, lang: Lang) {
    egui::Grid::new("profile")
        .num_columns(3)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for p in &d.points {
                let name = key_point(p.point, lang);
                ui.label(name);
                match p.score {
                    Some(score) => {
                        let bar = egui::ProgressBar::new(f32::from(score) / 100.0)
                            .desired_width(320.0)
                            .text(format!("{score}/100"));
                        ui.add(bar).on_hover_text(name);
                        if let Some(r) = p.recommended_share {
                            ui.weak(format!(
                                "{} {}",
                                whole_percent(r, lang),
                                tr(Msg::RaisedShare, lang)
                            ));
                        }
                    }
                    None => {
                        ui.weak(tr(Msg::NotTested, lang));
                    }
                }
                ui.end_row();
            }
        });
}

/// Each protective step, done or missed; the lesson of a missed one.
fn checkpoints_ui(ui: &mut egui::Ui, d: &Debrief, lang: Lang) {
    if d.checkpoints.is_empty() {
        return;
    }
    ui.add_space(10.0);
    ui.heading(tr(Msg::Checkpoints, lang));
    for result in &d.checkpoints {
        // Words, not a glyph: the default fonts have no check mark. A step
        // the interview stopped before is said so, not as a miss.
        let status = checkpoint_status(result.reach, lang).1;
        let text = format!("{} — {status}", result.label.get(lang));
        let colour = if result.reach == StepReach::Missed {
            ui.visuals().warn_fg_color
        } else {
            ui.visuals().text_color()
        };
        ui.label(egui::RichText::new(text).strong().color(colour));
        if !result.done {
            ui.label(result.lesson.get(lang));
        }
    }
}

fn decisions_ui(
    ui: &mut egui::Ui,
    s: &Scenario,
    run: &Run,
    d: &Debrief,
    lang: Lang,
    send: &mut Vec<Command>,
) {
    ui.heading(tr(Msg::Decisions, lang));
    let transcript = run.transcript(s);
    for dec in &d.decisions {
        let Some(ex) = transcript.get(dec.step) else {
            continue;
        };
        let heard = ex.said.as_ref().or(ex.narration.as_ref());
        let words = heard.map(|h| quoted(h.line.text.get(lang), lang));
        let card = egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.strong(format!(
                    "{} {} — {}",
                    tr(Msg::Decision, lang),
                    dec.number,
                    words.unwrap_or_default()
                ));
                ui.label(labelled(
                    tr(Msg::YouSaid, lang),
                    &quoted(ex.choice.text.get(lang), lang),
                    lang,
                ));
                score_chips(ui, &dec.scores, lang);
                ui.label(ex.choice.rationale.get(lang));
                match &dec.better {
                    Some(better) => {
                        ui.label(
                            egui::RichText::new(labelled(
                                tr(Msg::Better, lang),
                                &quoted(better.text.get(lang), lang),
                                lang,
                            ))
                            .strong(),
                        );
                        ui.label(better.rationale.get(lang));
                    }
                    None if dec.recommended => {
                        ui.label(tr(Msg::BestTaken, lang));
                    }
                    None => {
                        ui.label(tr(Msg::NoGoodOption, lang));
                    }
                }
                if ui
                    .button(format!(
                        "{} ({} {})",
                        tr(Msg::RetryHere, lang),
                        tr(Msg::Decision, lang),
                        dec.number
                    ))
                    .clicked()
                {
                    send.push(Command::RetryFrom(dec.step));
                }
            });
        // Asked for by a turning point: bring the card to the top, once.
        if ui.data(|m| m.get_temp::<u32>(card_to_show())) == Some(dec.number) {
            card.response.scroll_to_me(Some(egui::Align::TOP));
            ui.data_mut(|m| m.remove::<u32>(card_to_show()));
        }
        ui.add_space(4.0);
    }
}

/// The scenario as a graph with the path taken, folded until opened (the
/// layout is computed the first time it is opened).
fn branch_map_ui(ui: &mut egui::Ui, s: &Scenario, run: &Run, lang: Lang) {
    ui.add_space(10.0);
    let title = egui::RichText::new(tr(Msg::BranchMap, lang)).heading();
    egui::CollapsingHeader::new(title)
        .id_salt("branch_map")
        .show(ui, |ui| {
            let layout = cached_layout(ui, s);
            let place = page_map_place(ui);
            map_ui(ui, s, &layout, &run.moves(s), lang, place);
        });
}

fn thoughts_ui(ui: &mut egui::Ui, s: &Scenario, d: &Debrief, lang: Lang) {
    if d.thoughts.is_empty() {
        return;
    }
    ui.add_space(10.0);
    ui.heading(thoughts_heading(s.gender(), lang));
    for t in &d.thoughts {
        ui.label(egui::RichText::new(quoted(t.text.get(lang), lang)).italics());
    }
}
