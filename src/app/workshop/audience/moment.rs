//! A moment of the interview as the room sees it: a decision to vote on
//! (the line, the answers lettered A, B, C… with the votes as bars), a
//! narration step (no vote, no number), and the outcome of the room's
//! answer (the answer taken and the reply) before the next moment.

use super::super::super::interview::speaker_words;
use super::Room;
use super::pen::{Para, Pen, Tone};
use crate::engine::{DecisionStage, OutcomeStage, Said, Stall};
use crate::i18n::workshop::{WMsg, followed, tr_w, votes};
use crate::i18n::{Msg, labelled, quoted, tr};

/// Sizes, in multiples of the answers' size.
const SMALL: f32 = 0.55;
const SPEAKER: f32 = 0.7;
const WORDS: f32 = 1.15;

/// A decision to vote on, before the reveal; the context (what came
/// before, the line) at `context` times its size.
pub(super) fn decision(pen: &mut Pen<'_>, room: &Room<'_>, d: &DecisionStage<'_>, context: f32) {
    header(pen, room, &decision_title(room, d.number), SMALL);
    previously(pen, room, context);
    line(pen, room, (d.narration.as_ref(), d.said.as_ref()), context);
    pen.rule();
    answers(pen, room, d);
    stall(pen, room, d.stalled, 0.75);
}

/// A narration step: read, then go on.
pub(super) fn narration(
    pen: &mut Pen<'_>,
    room: &Room<'_>,
    lines: (Option<&Said<'_>>, Option<&Said<'_>>),
    context: f32,
) {
    header(pen, room, room.s.meta.title.get(room.lang), SMALL);
    previously(pen, room, context);
    line(pen, room, lines, context);
}

/// What the room's answer led to: the answer taken, the reply, the
/// protective steps it took.
pub(super) fn outcome(pen: &mut Pen<'_>, room: &Room<'_>, o: &OutcomeStage<'_>, context: f32) {
    let lang = room.lang;
    header(pen, room, &decision_title(room, o.number), SMALL);
    let taken = tr_w(WMsg::AnswerTaken, lang);
    let how = format!("{taken} {} — {}", o.letter, followed(&o.decision, lang));
    pen.para(Para::new(0.65, &how, Tone::Weak));
    pen.gap(0.2);
    let stroke = pen_stroke(pen, 2.0);
    pen.framed(0.4, stroke, egui::Color32::TRANSPARENT, |pen| {
        let text = o.exchange.choice.text.get(lang);
        pen.para(Para::new(1.0, text, Tone::Plain));
    });
    pen.gap(0.5);
    if let Some(reply) = &o.exchange.reply {
        said_ui(pen, room, reply, context);
    }
    for c in &o.exchange.reached {
        let step = labelled(tr(Msg::CheckpointReached, lang), c.label.get(lang), lang);
        pen.gap(0.2);
        pen.para(Para::new(SPEAKER, &step, Tone::Italic));
    }
    if o.ends {
        pen.gap(0.4);
        pen.para(Para::new(SMALL, tr_w(WMsg::EndingNext, lang), Tone::Weak));
    }
}

/// "Camille, la double vie — Décision 3".
pub(super) fn decision_title(room: &Room<'_>, number: u32) -> String {
    let title = room.s.meta.title.get(room.lang);
    format!("{title} — {} {number}", tr_w(WMsg::Decision, room.lang))
}

/// The top line: `words` on the left, the timer (when the room sees it)
/// on the right, at `rel` times the size.
pub(super) fn header(pen: &mut Pen<'_>, room: &Room<'_>, words: &str, rel: f32) {
    let Some(timer) = &room.timer else {
        pen.para(Para::new(rel, words, Tone::Weak));
        pen.gap(0.25);
        return;
    };
    let clock = Para::new(rel * 1.3, timer, Tone::Strong);
    let gap = pen.size();
    let clock_width = pen.galley(&clock, f32::INFINITY).size().x + 1.0;
    let widths = [(pen.width() - clock_width - gap).max(0.0), clock_width];
    pen.columns(&widths, gap, |pen, n| {
        if n == 0 {
            pen.para(Para::new(rel, words, Tone::Weak));
        } else {
            pen.para(Para::new(rel * 1.3, timer, Tone::Strong));
        }
    });
    pen.gap(0.25);
}

/// « Précédemment : … » — the room's last answer and its reply, on two
/// rows at most (one when the room is short).
fn previously(pen: &mut Pen<'_>, room: &Room<'_>, context: f32) {
    let lang = room.lang;
    let Some(ex) = room.w.previously(room.s) else {
        return;
    };
    let mut words = quoted(ex.choice.text.get(lang), lang);
    if let Some(reply) = &ex.reply {
        let text = reply.line.text.get(lang);
        let reply = match reply.speaker {
            Some(_) => labelled(reply.name(), &quoted(text, lang), lang),
            None => text.to_owned(),
        };
        words = format!("{words} — {reply}");
    }
    let label = labelled(tr_w(WMsg::Previously, lang), "", lang);
    let rows = if context < 1.0 { 1 } else { 2 };
    let para = Para::new(SMALL, &label, Tone::Strong).then(&words, Tone::Weak);
    pen.para(para.rows(rows));
    pen.gap(0.35);
}

/// The narration and the line, `rel` times their size.
pub(super) fn line(
    pen: &mut Pen<'_>,
    room: &Room<'_>,
    (narration, said): (Option<&Said<'_>>, Option<&Said<'_>>),
    rel: f32,
) {
    if let Some(n) = narration {
        let text = n.line.text.get(room.lang);
        pen.para(Para::new(0.9 * rel, text, Tone::Italic));
        pen.gap(0.3);
    }
    if let Some(said) = said {
        said_ui(pen, room, said, rel);
    }
}

/// Who speaks, the cue, and the words.
fn said_ui(pen: &mut Pen<'_>, room: &Room<'_>, said: &Said<'_>, rel: f32) {
    let lang = room.lang;
    if said.speaker.is_none() {
        pen.para(Para::new(0.9 * rel, said.line.text.get(lang), Tone::Italic));
        return;
    }
    pen.para(Para::new(
        SPEAKER * rel,
        &speaker_words(said, lang),
        Tone::Strong,
    ));
    if let Some(cue) = &said.line.cue {
        pen.para(Para::new(SPEAKER * rel, cue.get(lang), Tone::Italic));
    }
    pen.gap(0.15);
    let words = quoted(said.line.text.get(lang), lang);
    pen.para(Para::new(WORDS * rel, &words, Tone::Plain));
}

/// Each answer: its letter, its words, and its votes as a bar with the
/// count (the majority said in words).
fn answers(pen: &mut Pen<'_>, room: &Room<'_>, d: &DecisionStage<'_>) {
    let lang = room.lang;
    let most = d.cards.iter().map(|c| c.votes).max().unwrap_or(0);
    let gap = pen.size() * 0.5;
    let letter_width = pen.size() * 1.3;
    let votes_width = pen.width() * 0.13;
    let text_width = pen.width() - letter_width - votes_width - 2.0 * gap;
    let widths = [letter_width, text_width, votes_width];
    for (n, card) in d.cards.iter().enumerate() {
        let majority = d.majority == Some(n);
        pen.columns(&widths, gap, |pen, column| match column {
            0 => {
                pen.para(Para::new(1.0, &format!("{}.", card.letter), Tone::Strong));
            }
            1 => {
                let text = card.offer.choice.text.get(lang);
                pen.para(Para::new(1.0, text, Tone::Plain));
            }
            _ if most > 0 => {
                pen.gap(0.2);
                let share = card.votes as f32 / most as f32;
                pen.bar(0.45, share, bar_color(pen, majority));
                let count = votes(card.votes, lang);
                if majority {
                    pen.para(Para::new(SMALL, &count, Tone::Strong));
                    pen.para(Para::new(SMALL, tr_w(WMsg::Majority, lang), Tone::Strong));
                } else {
                    pen.para(Para::new(SMALL, &count, Tone::Weak));
                }
            }
            _ => {}
        });
        pen.gap(0.35);
    }
}

/// The colour of a vote bar: the majority's stands out (and says so).
pub(super) fn bar_color(pen: &Pen<'_>, majority: bool) -> egui::Color32 {
    let visuals = pen.visuals();
    if majority {
        visuals.selection.bg_fill
    } else {
        visuals.weak_text_color()
    }
}

/// A stroke `width` wide in the text's colour.
pub(super) fn pen_stroke(pen: &Pen<'_>, width: f32) -> egui::Stroke {
    egui::Stroke::new(width, pen.visuals().text_color())
}

/// « Égalité : l'animation choisit », once "next" found no majority.
pub(super) fn stall(pen: &mut Pen<'_>, room: &Room<'_>, stalled: Option<Stall>, rel: f32) {
    let Some(stall) = stalled else {
        return;
    };
    let words = match stall {
        Stall::Tie => tr_w(WMsg::Tie, room.lang),
        Stall::NoVotes => tr_w(WMsg::NoVotes, room.lang),
    };
    pen.gap(0.2);
    let color = pen.visuals().warn_fg_color;
    pen.para(Para::new(rel, words, Tone::Marked(color)));
}
