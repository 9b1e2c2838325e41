//! The room view, for the projector: the line and its cue in large type,
//! the answers lettered A, B, C… with the room's votes; no score and no
//! trust until the facilitator reveals them, then the trust and every
//! answer side by side with its scores, rationale and checkpoints. At the
//! end: the ending, the profile and the protective steps.

use super::super::debrief::{checkpoints_ui, profile_ui};
use super::super::interview::{choice_card, gauges_ui, speaker_ui};
use super::super::resources::next_steps_ui;
use super::super::theme::high_contrast;
use crate::engine::{Card, Followed, View, Workshop};
use crate::i18n::labels::outcome;
use crate::i18n::workshop::{WMsg, tr_w, votes};
use crate::i18n::{Msg, labelled, quoted, tr, turning};
use crate::scenario::{Lang, Scenario};
use crate::store::Settings;

/// Draws the room view of `w` in `ui`.
pub fn audience_ui(ui: &mut egui::Ui, s: &Scenario, w: &Workshop, settings: &Settings) {
    let lang = settings.lang;
    if settings.room_high_contrast {
        *ui.visuals_mut() = high_contrast();
    }
    scale_text(ui, settings.room_text_scale);
    let fill = ui.visuals().panel_fill;
    egui::Frame::new()
        .fill(fill)
        .inner_margin(16.0)
        .show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            // A scroll area per moment: each new line starts at the top.
            let moment = (w.session.run.beat(), w.decisions().len());
            egui::ScrollArea::vertical()
                .id_salt(("room_scroll", moment))
                .auto_shrink(false)
                .show(ui, |ui| match w.session.run.view(s) {
                    View::Beat {
                        narration, said, ..
                    } => {
                        let taken = w.decisions().iter();
                        let number = taken.filter(|d| d.how != Followed::Continue).count() + 1;
                        ui.weak(format!(
                            "{} — {} {number}",
                            s.meta.title.get(lang),
                            tr_w(WMsg::Decision, lang)
                        ));
                        if let Some(n) = narration {
                            ui.label(egui::RichText::new(n.line.text.get(lang)).italics());
                        }
                        if let Some(said) = said {
                            speaker_ui(ui, &said, lang);
                            let words = quoted(said.line.text.get(lang), lang);
                            ui.label(egui::RichText::new(words).heading());
                        }
                        ui.separator();
                        answers_ui(ui, s, w, lang);
                    }
                    View::Ended(_) => ending_ui(ui, s, w, lang),
                });
        });
}

/// Every text style and the spacing grown by `factor`, for this view only.
fn scale_text(ui: &mut egui::Ui, factor: f32) {
    let style = ui.style_mut();
    for font in style.text_styles.values_mut() {
        font.size *= factor;
    }
    style.spacing.item_spacing *= factor;
    style.spacing.interact_size *= factor;
}

fn answers_ui(ui: &mut egui::Ui, s: &Scenario, w: &Workshop, lang: Lang) {
    if w.is_narration(s) {
        return;
    }
    let cards = w.cards(s);
    if !w.revealed() {
        for card in &cards {
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!("{}.", card.letter));
                ui.label(card.offer.choice.text.get(lang));
                if card.votes > 0 {
                    ui.weak(format!("({})", votes(card.votes, lang)));
                }
            });
            ui.add_space(4.0);
        }
        return;
    }
    // Revealed with the scores: the trust the young person has now.
    let heading = ui.horizontal_wrapped(|ui| {
        ui.strong(tr_w(WMsg::AnswersAndEffects, lang));
        gauges_ui(ui, s, &w.session.run, lang);
    });
    // The moment of the reveal brings the cards into view (once, so the
    // room view can still be scrolled back up to the line).
    let moment = (w.session.run.beat(), w.decisions().len());
    let seen = ui.make_persistent_id("room_reveal_shown");
    if ui.data(|d| d.get_temp::<(Option<u32>, usize)>(seen)) != Some(moment) {
        heading.response.scroll_to_me(Some(egui::Align::Min));
        ui.data_mut(|d| d.insert_temp(seen, moment));
    }
    // Side by side, at most three to a row so each stays readable (four
    // read better two by two).
    let per_row = if cards.len() == 4 { 2 } else { 3 };
    for row in cards.chunks(per_row) {
        ui.columns(row.len(), |columns| {
            for (column, card) in columns.iter_mut().zip(row) {
                // Columns justify their text; cards read better ragged.
                let ragged = egui::Layout::top_down(egui::Align::Min);
                column.with_layout(ragged, |ui| card_ui(ui, card, lang));
            }
        });
        ui.add_space(8.0);
    }
}

/// The reveal's cards are read closer to the screen than the line: their
/// text is this share of the room's size.
const CARD_TEXT: f32 = 0.7;

fn card_ui(ui: &mut egui::Ui, card: &Card<'_>, lang: Lang) {
    let c = card.offer.choice;
    scale_text(ui, CARD_TEXT);
    let head = |ui: &mut egui::Ui, verdict: &str| {
        ui.strong(format!("{}. {}", card.letter, c.text.get(lang)));
        ui.weak(votes(card.votes, lang));
        ui.strong(verdict);
    };
    let tail = |ui: &mut egui::Ui| {
        for cp in &card.reaches {
            let label = labelled(tr_w(WMsg::WouldReach, lang), cp.label.get(lang), lang);
            ui.label(egui::RichText::new(label).italics());
        }
    };
    choice_card(ui, c, lang, head, tail, true);
}

fn ending_ui(ui: &mut egui::Ui, s: &Scenario, w: &Workshop, lang: Lang) {
    let Ok(d) = w.session.run.debrief(s) else {
        return;
    };
    let e = &s.endings[d.ending as usize];
    ui.weak(tr_w(WMsg::WorkshopOver, lang));
    ui.heading(format!("{} — {}", e.title.get(lang), outcome(e.kind, lang)));
    ui.label(e.text.get(lang));
    ui.label(
        egui::RichText::new(labelled(
            tr(Msg::Lesson, lang),
            e.lesson(d.lesson).get(lang),
            lang,
        ))
        .strong(),
    );
    if let Some((heading, lines)) = turning::section(s, &d, lang) {
        ui.add_space(10.0);
        ui.heading(heading);
        for line in lines {
            ui.label(line);
        }
    }
    ui.add_space(10.0);
    profile_ui(ui, &d, lang);
    checkpoints_ui(ui, s, &d, lang);
    ui.add_space(10.0);
    next_steps_ui(ui, s.next_steps(d.ending), lang);
}
