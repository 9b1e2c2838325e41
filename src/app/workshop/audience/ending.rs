//! The end of the workshop, for the room, in two pages the clicker turns:
//! how the interview ended and its lesson, what decided it, the profile
//! on the five key points and the protective steps; then what to do next.
//! In two columns on a wide screen, every line wrapped, at the largest
//! size that fits.

use super::super::super::resources::item_line;
use super::super::super::theme::outcome_color;
use super::Room;
use super::pen::{Para, Pen, Tone};
use crate::engine::Debrief;
use crate::i18n::labels::{key_point, outcome};
use crate::i18n::workshop::{WMsg, tr_w};
use crate::i18n::{Msg, labelled, tr, turning, whole_percent};

/// Sizes of the end screen's text, in shares of the screen's height.
const LEAST: f32 = 0.016;
const MOST: f32 = 0.04;

/// A paragraph of the end screen, with the space before it.
struct Block {
    rel: f32,
    space_before: f32,
    spans: Vec<(String, Tone)>,
}

fn block(rel: f32, space_before: f32, text: String, tone: Tone) -> Block {
    Block {
        rel,
        space_before,
        spans: vec![(text, tone)],
    }
}

/// Draws the end screen: the ending, or what to do next.
pub(super) fn ending_ui(ui: &mut egui::Ui, room: &Room<'_>, next_steps: bool, height: f32) {
    let Ok(d) = room.w.session.run.debrief(room.s) else {
        return;
    };
    // Worked out once: the size search lays them out many times.
    let (story, profile) = if next_steps {
        what_next(room, &d)
    } else {
        (
            story(room, &d, ui.visuals()),
            profile(room, &d, ui.visuals()),
        )
    };
    let two = ui.available_width() > ui.available_height() * 1.2;
    let range = height * LEAST..=height * MOST;
    super::fitted(ui, range, |pen, _| {
        if two {
            let gap = pen.size() * 1.5;
            let half = (pen.width() - gap) / 2.0;
            pen.columns(&[half, half], gap, |pen, n| {
                blocks(pen, if n == 0 { &story } else { &profile })
            });
        } else {
            blocks(pen, &story);
            blocks(pen, &profile);
        }
    });
}

fn blocks(pen: &mut Pen<'_>, blocks: &[Block]) {
    for b in blocks {
        pen.gap(b.space_before);
        let mut para = Para::new(b.rel, "", Tone::Plain);
        for (text, tone) in &b.spans {
            para = para.then(text, *tone);
        }
        pen.para(para);
    }
}

/// The ending, its lesson, and what decided it.
fn story(room: &Room<'_>, d: &Debrief, visuals: &egui::Visuals) -> Vec<Block> {
    let (s, lang) = (room.s, room.lang);
    let e = &d.ending;
    let kind = Tone::Marked(outcome_color(visuals, e.outcome));
    let mut out = vec![
        block(0.8, 0.0, tr_w(WMsg::WorkshopOver, lang).into(), Tone::Weak),
        Block {
            rel: 1.4,
            space_before: 0.2,
            spans: vec![
                (format!("{} — ", e.title.get(lang)), Tone::Strong),
                (outcome(e.outcome, lang).into(), kind),
            ],
        },
        block(1.0, 0.4, e.text.get(lang).into(), Tone::Plain),
        block(
            1.0,
            0.4,
            labelled(tr(Msg::Lesson, lang), e.lesson.get(lang), lang),
            Tone::Strong,
        ),
    ];
    if let Some((heading, lines)) = turning::section(s, d, lang) {
        out.push(block(1.15, 0.8, heading.into(), Tone::Strong));
        out.extend(lines.into_iter().map(|l| block(0.9, 0.25, l, Tone::Plain)));
    }
    out
}

/// The profile and the protective steps.
fn profile(room: &Room<'_>, d: &Debrief, visuals: &egui::Visuals) -> Vec<Block> {
    let lang = room.lang;
    let mut out = vec![
        block(1.15, 0.0, tr(Msg::Profile, lang).into(), Tone::Strong),
        block(0.75, 0.1, tr(Msg::ProfileScale, lang).into(), Tone::Weak),
    ];
    for p in &d.points {
        let name = key_point(p.point, lang);
        let value = match (p.score, p.recommended_share) {
            (Some(score), Some(r)) => format!(
                "{score}/100 ({} {})",
                whole_percent(r, lang),
                tr(Msg::RaisedShare, lang)
            ),
            (Some(score), None) => format!("{score}/100"),
            (None, _) => tr(Msg::NotTested, lang).into(),
        };
        out.push(block(0.9, 0.2, labelled(name, &value, lang), Tone::Plain));
    }
    if let Some(r) = d.recommended_share {
        let share = format!(
            "{} {}",
            whole_percent(r, lang),
            tr(Msg::RecommendedShare, lang)
        );
        out.push(block(0.9, 0.3, share, Tone::Strong));
    }
    if !d.checkpoints.is_empty() {
        out.push(block(
            1.15,
            0.8,
            tr(Msg::Checkpoints, lang).into(),
            Tone::Strong,
        ));
    }
    for result in &d.checkpoints {
        // Done or missed in words; missed also in the warning colour.
        let (status, tone) = if result.done {
            (Msg::CheckpointDone, Tone::Strong)
        } else {
            (Msg::CheckpointMissed, Tone::Marked(visuals.warn_fg_color))
        };
        let text = format!("{} — {}", result.label.get(lang), tr(status, lang));
        out.push(block(0.9, 0.2, text, tone));
        if !result.done {
            out.push(block(
                0.85,
                0.05,
                result.lesson.get(lang).into(),
                Tone::Plain,
            ));
        }
    }
    out
}

/// What to do next, its sections shared between two columns (the
/// urgent ones first, on the left).
fn what_next(room: &Room<'_>, d: &Debrief) -> (Vec<Block>, Vec<Block>) {
    let lang = room.lang;
    let sections: Vec<Vec<Block>> = (room.s.next_steps(d.ending.index).into_iter())
        .map(|section| {
            let title = block(0.9, 0.5, section.title.get(lang).into(), Tone::Strong);
            let items = (section.items.iter())
                .map(|item| block(0.85, 0.1, item_line(item.get(lang)), Tone::Plain));
            std::iter::once(title).chain(items).collect()
        })
        .collect();
    let heading = block(1.15, 0.0, tr(Msg::NextSteps, lang).into(), Tone::Strong);
    // About half the lines on each side, whole sections only.
    let lines: usize = sections.iter().map(Vec::len).sum();
    let (mut left, mut right) = (vec![heading], Vec::new());
    for section in sections {
        let side = if left.len() < lines / 2 + 1 {
            &mut left
        } else {
            &mut right
        };
        side.extend(section);
    }
    (left, right)
}
