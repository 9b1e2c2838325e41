//! The parts an attempt's report and a workshop's share, drawn from the
//! debrief as the app's debrief screen draws them: the ending, what
//! decided it, the profile (table and radar), the protective steps, the
//! better answers and what to do next.

use super::doc::{Block, Line, Span, field, text};
use super::radar_svg::{Series, radar};
use crate::engine::{Debrief, PointScore, StepReach, good_practice_profile};
use crate::i18n::labels::{checkpoint_status, key_point, outcome};
use crate::i18n::report::{RMsg, tr_r};
use crate::i18n::{Msg, legend, quoted, tr, turning, whole_percent};
use crate::scenario::{KeyPoint, Lang, Scenario};

/// The ending, its lesson and what decided it.
pub fn ending(s: &Scenario, d: &Debrief, lang: Lang) -> Vec<Block> {
    let e = &d.ending;
    let mut blocks = vec![
        Block::Heading(2, tr_r(RMsg::HowItEnded, lang).to_owned()),
        Block::Para(vec![
            Span::Strong(e.title.get(lang).trim().to_owned()),
            Span::Text(format!(" — {}", outcome(e.outcome, lang))),
        ]),
        Block::Para(text(e.text.get(lang).trim())),
        Block::Para(field(
            tr(Msg::Lesson, lang),
            e.lesson.get(lang).trim(),
            lang,
        )),
    ];
    if let Some((heading, lines)) = turning::section(s, d, lang) {
        blocks.push(Block::Heading(2, heading.to_owned()));
        blocks.push(Block::Bullets(lines.into_iter().map(text).collect()));
    }
    blocks
}

/// The profile: a table (this run, good practice, the share of answers
/// that raised each point), the radar, the legend and the overall share.
pub fn profile(s: &Scenario, d: &Debrief, run_name: &str, lang: Lang) -> Vec<Block> {
    let best = good_practice_profile(s);
    let score = |v: Option<u8>| {
        v.map_or_else(
            || tr(Msg::NotTested, lang).to_owned(),
            |v| format!("{v}/100"),
        )
    };
    let rows = KeyPoint::ALL
        .iter()
        .map(|&point| {
            let mine = d.points.iter().find(|p| p.point == point);
            let share = mine.and_then(|p| p.recommended_share);
            vec![
                key_point(point, lang).to_owned(),
                score(mine.and_then(|p| p.score)),
                score(best.points[point.index()].score),
                share.map_or_else(|| "–".to_owned(), |r| whole_percent(r, lang)),
            ]
        })
        .collect();
    let mut blocks = vec![
        Block::Heading(2, tr(Msg::Profile, lang).to_owned()),
        Block::Para(text(tr(Msg::ProfileScale, lang))),
        Block::Table {
            head: vec![
                tr_r(RMsg::KeyPoint, lang).to_owned(),
                run_name.to_owned(),
                tr_r(RMsg::GoodPractice, lang).to_owned(),
                tr_r(RMsg::RaisedBy, lang).to_owned(),
            ],
            numeric: vec![false, true, true, true],
            rows,
        },
    ];
    if let Some(r) = d.recommended_share {
        let all = tr(Msg::RecommendedShare, lang);
        blocks.push(Block::Para(vec![Span::Strong(format!(
            "{} {all}",
            whole_percent(r, lang)
        ))]));
    }
    let mine = Series {
        name: run_name,
        scores: scores_of(&d.points),
    };
    let reference = Series {
        name: tr_r(RMsg::GoodPractice, lang),
        scores: scores_of(&best.points),
    };
    blocks.push(Block::Svg(radar(
        tr_r(RMsg::RadarTitle, lang),
        &mine,
        &reference,
        lang,
    )));
    blocks.push(Block::Para(text(tr_r(RMsg::ReferenceNote, lang))));
    blocks.push(Block::Heading(3, legend::title(lang).to_owned()));
    blocks.push(Block::Bullets(
        KeyPoint::ALL
            .iter()
            .map(|&p| field(key_point(p, lang), legend::meaning(p, lang), lang))
            .collect(),
    ));
    blocks
}

fn scores_of(points: &[PointScore]) -> [Option<u8>; 5] {
    KeyPoint::ALL.map(|k| points.iter().find(|p| p.point == k).and_then(|p| p.score))
}

/// Each protective step: taken, missed, or not reached (the run stopped
/// before any answer could take it); the lesson of each one not taken.
pub fn checkpoints(d: &Debrief, lang: Lang) -> Vec<Block> {
    if d.checkpoints.is_empty() {
        return Vec::new();
    }
    let items = d
        .checkpoints
        .iter()
        .map(|c| {
            let r = c.reach;
            let (mark, status) = checkpoint_status(r, lang);
            let mut line = vec![
                Span::Text(format!("{mark} ")),
                Span::Strong(c.label.get(lang).trim().to_owned()),
                Span::Text(format!(" — {status}.")),
            ];
            if r != StepReach::Taken {
                line.push(Span::Text(format!(" {}", c.lesson.get(lang).trim())));
            }
            line
        })
        .collect();
    vec![
        Block::Heading(2, tr(Msg::Checkpoints, lang).to_owned()),
        Block::Bullets(items),
    ]
}

/// Each decision's better answer, numbered as the decisions are.
pub fn better(d: &Debrief, lang: Lang) -> Vec<Block> {
    let items: Vec<Line> = d
        .decisions
        .iter()
        .filter_map(|dec| {
            let choice = dec.better.as_ref()?;
            let label = format!("{} {}", tr(Msg::Decision, lang), dec.number);
            let text = quoted(choice.text.get(lang).trim(), lang);
            let mut line = field(&label, &text, lang);
            line.push(Span::Text(format!(
                " {}",
                choice.rationale.get(lang).trim()
            )));
            Some(line)
        })
        .collect();
    let list = if items.is_empty() {
        Block::Para(text(tr_r(RMsg::NoBetterAnswer, lang)))
    } else {
        Block::Bullets(items)
    };
    vec![
        Block::Heading(2, tr_r(RMsg::BestAnswers, lang).to_owned()),
        list,
    ]
}

/// "What to do next": the sections the debrief screen shows, in its order.
pub fn next_steps(s: &Scenario, d: &Debrief, lang: Lang) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(2, tr(Msg::NextSteps, lang).to_owned())];
    for section in s.next_steps(d.ending.index) {
        blocks.push(Block::Heading(3, section.title.get(lang).trim().to_owned()));
        let items = section.items.iter().map(|i| i.get(lang).trim().to_owned());
        blocks.push(Block::Steps(items.collect()));
    }
    blocks
}
