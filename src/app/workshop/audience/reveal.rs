//! The reveal: every answer side by side as a card with its votes, its
//! verdict, its effect on each of the five key points, its rationale and
//! the protective steps it would take; the room's choice (the majority)
//! marked in words and by a heavier border. The cards take as many
//! columns as give the largest text.

use super::super::super::theme::{delta_color, outcome_color};
use super::moment::{decision_title, header, line, stall};
use super::pen::{Para, Pen, Tone, largest_fitting};
use super::{Room, fitted};
use crate::engine::{Card, DecisionStage};
use crate::i18n::labels::key_point_short;
use crate::i18n::workshop::{WMsg, tr_w, votes};
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::{KeyPoint, Outcome};

/// Sizes of the cards' text, in shares of the screen's height.
const LEAST: f32 = 0.014;
const MOST: f32 = 0.045;

/// Draws the reveal of `d` at the largest size that fits, in the number
/// of columns that allows it.
pub(super) fn reveal_ui(ui: &mut egui::Ui, room: &Room<'_>, d: &DecisionStage<'_>, height: f32) {
    let range = height * LEAST..=height * MOST;
    let room_size = (ui.available_width(), ui.available_height());
    // One to four columns, in at most three rows.
    let most_columns = d.cards.len().clamp(1, 4);
    let fewest_columns = d.cards.len().div_ceil(3).clamp(1, most_columns);
    let best = (fewest_columns..=most_columns)
        .filter_map(|columns| {
            let body = |pen: &mut Pen<'_>| revealed(pen, room, d, (columns, 1.0));
            largest_fitting(ui, room_size, range.clone(), body).map(|size| (size, columns))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0));
    // Should nothing fit, three to a row (two by two for four) scroll.
    let columns = best.map_or(if d.cards.len() == 4 { 2 } else { 3 }, |b| b.1);
    let range = best.map_or(range.clone(), |(size, _)| size..=size);
    fitted(ui, range, |pen, context| {
        revealed(pen, room, d, (columns, context))
    });
}

/// The reveal in `columns` columns, the line `context` times its size.
fn revealed(
    pen: &mut Pen<'_>,
    room: &Room<'_>,
    d: &DecisionStage<'_>,
    (columns, context): (usize, f32),
) {
    let lang = room.lang;
    header(pen, room, &decision_title(room, d.number), 0.75);
    line(
        pen,
        room,
        (d.narration.as_ref(), d.said.as_ref()),
        0.9 * context,
    );
    pen.gap(0.4);
    let gauges: Vec<String> = (room.w.session.run.gauges(room.s, lang).iter())
        .map(|g| super::super::super::interview::gauge_words(g, lang))
        .collect();
    let trust = gauges.join(" · ");
    let heading = format!("{} — ", tr_w(WMsg::AnswersAndEffects, lang));
    pen.para(Para::new(0.9, &heading, Tone::Strong).then(&trust, Tone::Plain));
    pen.gap(0.3);
    let gap = pen.size() * 0.6;
    let width = (pen.width() - gap * (columns as f32 - 1.0)) / columns as f32;
    for (row, cards) in d.cards.chunks(columns).enumerate() {
        let widths = vec![width; cards.len()];
        pen.columns(&widths, gap, |pen, n| {
            let majority = d.majority == Some(row * columns + n);
            card(pen, room, &cards[n], majority);
        });
        pen.gap(0.5);
    }
    stall(pen, room, d.stalled, 0.9);
}

/// One answer's card; the room's choice has a heavier border and says so.
fn card(pen: &mut Pen<'_>, room: &Room<'_>, card: &Card<'_>, room_choice: bool) {
    let lang = room.lang;
    let visuals = pen.visuals();
    let stroke = if room_choice {
        egui::Stroke::new(pen.size() * 0.2, visuals.selection.stroke.color)
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    let rect = pen.framed(0.5, stroke, egui::Color32::TRANSPARENT, |pen| {
        let c = card.offer.choice;
        let text = format!("{}. {}", card.letter, c.text.get(lang));
        pen.para(Para::new(1.0, &text, Tone::Strong));
        pen.gap(0.15);
        let count = votes(card.votes, lang);
        let choice = format!(" — {}", tr_w(WMsg::RoomChoice, lang));
        let mut votes_line = Para::new(0.8, &count, Tone::Weak);
        if room_choice {
            let color = pen.visuals().selection.stroke.color;
            votes_line = votes_line.then(&choice, Tone::Marked(color));
        }
        pen.para(votes_line);
        pen.gap(0.25);
        verdict(pen, room, c.scores.is_recommended());
        pen.gap(0.25);
        points(pen, room, &c.scores.0);
        pen.gap(0.2);
        pen.para(Para::new(0.85, c.rationale.get(lang), Tone::Plain));
        for cp in &card.reaches {
            let label = labelled(tr_w(WMsg::WouldReach, lang), cp.label.get(lang), lang);
            pen.gap(0.15);
            pen.para(Para::new(0.8, &label, Tone::Italic));
        }
    });
    pen.name(rect, &format!("{} {}", tr_w(WMsg::Card, lang), card.letter));
}

/// « Bonne pratique » on a filled band, « Choix à éviter » in an outlined
/// one: told apart by shape and words, not by colour alone (in high
/// contrast both would be the same yellow).
fn verdict(pen: &mut Pen<'_>, room: &Room<'_>, recommended: bool) {
    let visuals = pen.visuals().clone();
    let (words, fill, stroke, text) = if recommended {
        let fill = outcome_color(&visuals, Outcome::BondKept);
        let text = if visuals.dark_mode {
            egui::Color32::BLACK
        } else {
            egui::Color32::WHITE
        };
        (Msg::Recommended, fill, egui::Stroke::NONE, text)
    } else {
        let warn = visuals.warn_fg_color;
        let stroke = egui::Stroke::new(pen.size() * 0.12, warn);
        (
            Msg::NotRecommended,
            egui::Color32::TRANSPARENT,
            stroke,
            warn,
        )
    };
    pen.framed(0.2, stroke, fill, |pen| {
        let words = tr(words, room.lang);
        pen.para(Para::new(0.8, words, Tone::Marked(text)));
    });
}

/// The five key points on one wrapped line: the change with its word, 0,
/// or "—" when the point is not in play.
fn points(pen: &mut Pen<'_>, room: &Room<'_>, scores: &[Option<i8>; 5]) {
    let lang = room.lang;
    let ui_visuals = pen.visuals().clone();
    let spans: Vec<(String, Tone)> = KeyPoint::ALL
        .iter()
        .map(|&p| {
            let name = key_point_short(p, lang);
            match scores[p.index()] {
                Some(v) if v != 0 => {
                    let word = if v > 0 { Msg::Raised } else { Msg::Lowered };
                    let color = delta_color(&ui_visuals, v);
                    (
                        format!("{name} {v:+} ({})", tr(word, lang)),
                        Tone::Marked(color),
                    )
                }
                Some(_) => (format!("{name} 0"), Tone::Plain),
                None => (format!("{name} —"), Tone::Weak),
            }
        })
        .collect();
    let mut para = Para::new(0.75, "", Tone::Plain);
    for (n, (text, tone)) in spans.iter().enumerate() {
        if n > 0 {
            para = para.then(" · ", Tone::Weak);
        }
        para = para.then(text, *tone);
    }
    pen.para(para);
}
