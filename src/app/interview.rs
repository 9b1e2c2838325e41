//! Interview: the transcript, the current narration and line, numbered
//! answers (only those available now), feedback and undo as the mode
//! allows, pause, quit.

use super::state::{AppState, Command};
use super::theme::{outlined, score_chips};
use crate::engine::{Run, Said, Session, View};
use crate::i18n::labels::{mode_name, mood, trust_help};
use crate::i18n::{Msg, labelled, quoted, tr};
use crate::scenario::{Choice, Lang, Scenario};

/// Draws the interview.
pub fn interview_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    session: &Session,
    sound: bool,
    send: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let Some(s) = state.scenario(session.scenario_id()) else {
        return;
    };
    let run = &session.run;
    let View::Beat {
        narration,
        said,
        offers,
        ..
    } = run.view(s)
    else {
        return;
    };
    let rules = run.mode().rules();
    forget_focus_on_new_beat(ui, run.steps().len());

    // Title, then the controls in a row that wraps at large text sizes.
    ui.add(egui::Label::new(egui::RichText::new(s.meta.title.get(lang)).heading()).wrap());
    ui.horizontal_wrapped(|ui| {
        // Which mode runs, always in sight: an assessment gives no feedback.
        ui.label(egui::RichText::new(mode_name(run.mode(), lang)).strong());
        if ui.button(tr(Msg::Pause, lang)).clicked() {
            send.push(Command::TogglePause);
        }
        if ui.button(tr(Msg::QuitKeep, lang)).clicked() {
            send.push(Command::Quit);
        }
        if rules.undo {
            let undo = ui.add_enabled(run.can_undo(), egui::Button::new(tr(Msg::Undo, lang)));
            if undo.clicked() {
                send.push(Command::Undo);
            }
        }
        if rules.gauges_visible {
            gauges_ui(ui, s, run, lang);
        }
    });
    ui.separator();

    // The answers come first: they get the room they need, and the
    // transcript (which keeps the current line in sight at its bottom)
    // gets the rest, never less than a few lines.
    let texts: Vec<String> = (offers.iter().enumerate())
        .map(|(n, o)| answer_text(n, o, lang))
        .collect();
    let hint_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0 + 8.0;
    let needed = answers_height(ui, &texts) + hint_height + 6.0;
    let transcript_min = ui.text_style_height(&egui::TextStyle::Body) * 5.0;
    let transcript = (ui.available_height() - needed).max(transcript_min);
    egui::ScrollArea::vertical()
        .id_salt("interview_scroll")
        .max_height(transcript)
        .auto_shrink([false, true])
        .stick_to_bottom(true)
        .show(ui, |ui| {
            for ex in run.transcript(s) {
                for line in ex.narration.iter().chain(ex.said.iter()) {
                    past_line_ui(ui, line, lang);
                }
                if !ex.choice.continues {
                    let words = quoted(ex.choice.text.get(lang), lang);
                    let you = labelled(tr(Msg::You, lang), &words, lang);
                    ui.label(egui::RichText::new(you).weak());
                }
                if let Some(reply) = &ex.reply {
                    past_line_ui(ui, reply, lang);
                }
                for c in ex.reached.iter().filter(|_| rules.checkpoints_announced) {
                    let label = labelled(tr(Msg::CheckpointReached, lang), c.label.get(lang), lang);
                    ui.label(egui::RichText::new(label).italics());
                }
                ui.add_space(4.0);
            }
            if let Some(choice) = run.feedback(s) {
                feedback_ui(ui, choice, lang);
            }
            ui.add_space(8.0);
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .inner_margin(12.0)
                .corner_radius(8.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    if let Some(n) = &narration {
                        ui.label(
                            egui::RichText::new(n.line.text.get(lang))
                                .italics()
                                .size(18.0),
                        );
                    }
                    if let Some(said) = &said {
                        current_line_ui(ui, said, lang);
                    }
                });
        });

    ui.add_space(6.0);
    let mut answers = Vec::new();
    // Should the answers still not fit (very large text), they scroll with
    // a solid scrollbar (not egui's faint floating one), and the answer the
    // keyboard focuses is brought into view.
    egui::ScrollArea::vertical()
        .id_salt("answers_scroll")
        .max_height(ui.available_height() - hint_height)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded)
        .show(ui, |ui| {
            ui.spacing_mut().scroll.floating = false;
            for (offer, text) in offers.iter().zip(texts) {
                let button = egui::Button::new(egui::RichText::new(text).size(ANSWER_SIZE))
                    .wrap()
                    .min_size(egui::vec2(ui.available_width(), ANSWER_MIN_HEIGHT));
                let response = ui.add(button);
                if response.clicked() {
                    send.push(Command::Choose(offer.index));
                }
                if response.has_focus() {
                    keep_in_view(ui, &response);
                }
                answers.push(response.id);
            }
        });
    ui.horizontal_wrapped(|ui| {
        ui.weak(tr(Msg::KeysHint, lang));
        // Sound keys only when there is sound to replay or skip.
        if sound {
            ui.weak(tr(Msg::SoundKeysHint, lang));
        }
    });
    if !state.paused {
        keyboard(ui, &offers, &answers, send);
    }
}

/// On a new beat (or after an undo) no answer keeps the focus of the last
/// one: a highlighted answer would look preselected, and Enter pick it.
fn forget_focus_on_new_beat(ui: &egui::Ui, steps: usize) {
    let seen = egui::Id::unique("interview_steps_seen");
    if ui.data(|d| d.get_temp::<usize>(seen)) == Some(steps) {
        return;
    }
    ui.data_mut(|d| d.insert_temp(seen, steps));
    if let Some(focused) = ui.memory(|m| m.focused()) {
        ui.memory_mut(|m| m.surrender_focus(focused));
    }
}

/// Scrolls the focused answer into the answers' area when it is out of it
/// (its top, when it is taller than the area).
fn keep_in_view(ui: &egui::Ui, answer: &egui::Response) {
    let (area, r) = (ui.clip_rect(), answer.rect);
    let hidden = if r.height() <= area.height() {
        r.top() < area.top() - 0.5 || r.bottom() > area.bottom() + 0.5
    } else {
        (r.top() - area.top()).abs() > 0.5
    };
    if hidden {
        answer.scroll_to_me(Some(egui::Align::TOP));
    }
}

/// Text size of an answer, and the least height of its button.
const ANSWER_SIZE: f32 = 17.0;
const ANSWER_MIN_HEIGHT: f32 = 44.0;

/// "2. Je suis là…", or "1. Continuer" on a narration step.
fn answer_text(n: usize, offer: &crate::engine::Offer<'_>, lang: Lang) -> String {
    let words = if offer.choice.continues {
        tr(Msg::Continue, lang)
    } else {
        offer.choice.text.get(lang)
    };
    format!("{}. {words}", n + 1)
}

/// The height the answer buttons take at the current width and text size.
fn answers_height(ui: &egui::Ui, texts: &[String]) -> f32 {
    let padding = ui.spacing().button_padding;
    let wrap = ui.available_width() - 2.0 * padding.x;
    let font = egui::FontId::proportional(ANSWER_SIZE);
    let color = egui::Color32::PLACEHOLDER;
    let gap = ui.spacing().item_spacing.y;
    (texts.iter())
        .map(|t| {
            let galley = ui.fonts_mut(|f| f.layout(t.clone(), font.clone(), color, wrap));
            (galley.size().y + 2.0 * padding.y).max(ANSWER_MIN_HEIGHT) + gap
        })
        .sum()
}

/// A line already said, in the scrolling transcript.
fn past_line_ui(ui: &mut egui::Ui, said: &Said<'_>, lang: Lang) {
    let text = said.line.text.get(lang);
    match said.speaker {
        None => ui.label(egui::RichText::new(text).italics()),
        Some(_) => ui.label(labelled(
            &said.name_and_role(lang),
            &quoted(text, lang),
            lang,
        )),
    };
}

/// The line being answered: name, mood, cue, words.
fn current_line_ui(ui: &mut egui::Ui, said: &Said<'_>, lang: Lang) {
    speaker_ui(ui, said, lang);
    ui.label(egui::RichText::new(quoted(said.line.text.get(lang), lang)).size(20.0));
}

/// Who speaks, in which mood, and the cue, over a line.
fn speaker_ui(ui: &mut egui::Ui, said: &Said<'_>, lang: Lang) {
    ui.strong(speaker_words(said, lang));
    if let Some(cue) = &said.line.cue {
        ui.label(egui::RichText::new(cue.get(lang)).italics());
    }
}

/// "Camille — inquiète": who speaks and in which mood (here and in the
/// workshop's views).
pub(super) fn speaker_words(said: &Said<'_>, lang: Lang) -> String {
    let feeling = match (said.line.mood, said.speaker) {
        (Some(m), Some(c)) => format!(" — {}", mood(m, c.gender, lang)),
        _ => String::new(),
    };
    format!("{}{feeling}", said.name_and_role(lang))
}

/// Keys 1–9 answer directly (`offers` are the available answers, in
/// order). Arrows move the focus between answers and Enter activates the
/// focused one (egui does both once a widget has the focus); the first
/// arrow press puts the focus on the first or last answer.
fn keyboard(
    ui: &egui::Ui,
    offers: &[crate::engine::Offer<'_>],
    answers: &[egui::Id],
    send: &mut Vec<Command>,
) {
    const NUMBERS: [egui::Key; 9] = [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
        egui::Key::Num5,
        egui::Key::Num6,
        egui::Key::Num7,
        egui::Key::Num8,
        egui::Key::Num9,
    ];
    let (number, down, up) = ui.input(|i| {
        let number = NUMBERS.iter().position(|k| i.key_pressed(*k));
        (
            number,
            i.key_pressed(egui::Key::ArrowDown),
            i.key_pressed(egui::Key::ArrowUp),
        )
    });
    let nothing_focused = ui.memory(|m| m.focused().is_none());
    if nothing_focused && (down || up) {
        let target = if down {
            answers.first()
        } else {
            answers.last()
        };
        if let Some(id) = target {
            ui.memory_mut(|m| {
                m.request_focus(*id);
                // Land on that answer rather than move past it this frame.
                m.move_focus(egui::FocusDirection::None);
            });
        }
    }
    if let Some(n) = number
        && let Some(o) = offers.get(n)
    {
        send.push(Command::Choose(o.index));
    }
}

/// The practice gauges: trust, and every variable the scenario shows, each
/// with the change the last answer made (a full gauge still says "+1").
pub(super) fn gauges_ui(ui: &mut egui::Ui, s: &Scenario, run: &Run, lang: Lang) {
    for gauge in run.gauges(s, lang) {
        let fraction = if gauge.max > gauge.min {
            (gauge.value - gauge.min) as f32 / (gauge.max - gauge.min) as f32
        } else {
            0.0
        };
        let text = gauge_words(&gauge, lang);
        // At least as wide as 3½ controls (it grows with the room view's
        // text), and never narrower than its words: a clipped name hides
        // what the gauge is.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let words = ui
            .painter()
            .layout_no_wrap(text.clone(), font, egui::Color32::PLACEHOLDER);
        let width = (ui.spacing().interact_size.x * 3.5).max(words.size().x + 24.0);
        let bar = egui::ProgressBar::new(fraction)
            .desired_width(width)
            .text(text);
        let bar = ui.add(bar);
        if gauge.trust {
            bar.on_hover_text(trust_help(s.gender(), lang));
        }
    }
}

/// "Confiance 5/10 (+1)": a gauge in words (here and in the room view).
pub(super) fn gauge_words(gauge: &crate::engine::Gauge, lang: Lang) -> String {
    let label = gauge.label.as_deref().unwrap_or(tr(Msg::Trust, lang));
    let change = match gauge.change {
        0 => String::new(),
        d if gauge.held_at_limit() => format!(" ({d:+}, {})", tr(Msg::AtLimit, lang)),
        d => format!(" ({d:+})"),
    };
    format!("{label} {}/{}{change}", gauge.value, gauge.max)
}

/// The practice feedback card for the last choice: its verdict, its
/// score changes and its rationale.
fn feedback_ui(ui: &mut egui::Ui, c: &Choice, lang: Lang) {
    outlined(ui, |ui| {
        let verdict = if c.scores.is_recommended() {
            Msg::Recommended
        } else {
            Msg::NotRecommended
        };
        ui.strong(format!(
            "{} — {}",
            tr(Msg::YourFeedback, lang),
            tr(verdict, lang)
        ));
        score_chips(ui, &c.scores.0, lang);
        ui.label(c.rationale.get(lang));
    });
}
