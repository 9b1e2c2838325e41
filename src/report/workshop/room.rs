//! The room's decisions in a workshop's report: each with the words
//! before it, the answers and their votes, the answer followed and how,
//! the reply, the young person's thought and the time the room took; the
//! steps taken through the branch map set apart; then the questions the
//! scenario gives for the discussion.

use crate::engine::{Exchange, Followed, Taken};
use crate::i18n::labels::thoughts_heading;
use crate::i18n::report::{RMsg, duration, tr_r};
use crate::i18n::{Msg, fr_or_en, labelled, quoted, tr};
use crate::report::doc::{Block, Line, Span, field, text};
use crate::scenario::{Lang, Scenario};

fn yes_no(yes: bool, lang: Lang) -> &'static str {
    if yes {
        fr_or_en("oui", "yes", lang)
    } else {
        fr_or_en("non", "no", lang)
    }
}

/// Every step in order, numbered as the debrief numbers them; a
/// "Continuer" step only gives its lines as context; consecutive steps
/// on the map's way form one jump. `ms`: the time of each step.
pub(super) fn decisions(s: &Scenario, taken: &[Taken<'_>], ms: &[u64], lang: Lang) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(2, tr_r(RMsg::Decisions, lang).to_owned())];
    let mut i = 0;
    while let Some(t) = taken.get(i) {
        if t.decision.how == Followed::Map {
            let end = (i..taken.len())
                .find(|&j| taken[j].decision.how != Followed::Map)
                .unwrap_or(taken.len());
            blocks.extend(jump(&taken[i..end], lang));
            i = end;
            continue;
        }
        match t.number {
            None => blocks.extend(context(&t.exchange, lang)),
            Some(number) => {
                blocks.push(Block::KeepStart);
                blocks.push(Block::Heading(
                    3,
                    format!("{} {number}", tr(Msg::Decision, lang)),
                ));
                blocks.extend(context(&t.exchange, lang));
                blocks.push(offered(t, lang));
                blocks.push(Block::Bullets(followed(s, t, ms.get(i).copied(), lang)));
                blocks.push(Block::KeepEnd);
            }
        }
        i += 1;
    }
    if taken.iter().all(|t| t.number.is_none()) {
        blocks.push(Block::Para(text(tr_r(RMsg::NoDecision, lang))));
    }
    blocks
}

/// Steps taken through the branch map: no vote, no discussion; only the
/// answers on the way.
fn jump(steps: &[Taken<'_>], lang: Lang) -> Vec<Block> {
    let answers: Vec<Line> = steps
        .iter()
        .filter_map(|t| {
            let number = t.number?;
            let label = format!("{} {number}", tr(Msg::Decision, lang));
            let words = quoted(t.exchange.choice.text.get(lang).trim(), lang);
            Some(field(&label, &format!("{} — {words}", t.letter), lang))
        })
        .collect();
    let mut blocks = vec![
        Block::KeepStart,
        Block::Heading(3, tr_r(RMsg::MapJump, lang).to_owned()),
        Block::Para(text(tr_r(RMsg::MapJumpNote, lang))),
    ];
    if !answers.is_empty() {
        blocks.push(Block::Bullets(answers));
    }
    blocks.push(Block::KeepEnd);
    blocks
}

/// The narration (in italics) and what was said before the answers.
fn context(ex: &Exchange<'_>, lang: Lang) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(n) = &ex.narration {
        blocks.push(Block::Para(vec![Span::Em(
            n.line.text.get(lang).trim().to_owned(),
        )]));
    }
    if let Some(said) = &ex.said {
        let words = quoted(said.line.text.get(lang).trim(), lang);
        blocks.push(Block::Para(text(labelled(
            &said.name_and_role(lang),
            &words,
            lang,
        ))));
    }
    blocks
}

/// The answers offered: letter, words, votes, good practice or not.
fn offered(t: &Taken<'_>, lang: Lang) -> Block {
    let rows = t
        .answers
        .iter()
        .map(|a| {
            vec![
                a.letter.to_string(),
                a.choice.text.get(lang).trim().to_owned(),
                a.votes.to_string(),
                yes_no(a.choice.scores.is_recommended(), lang).to_owned(),
            ]
        })
        .collect();
    Block::Table {
        head: vec![
            String::new(),
            fr_or_en("Réponse", "Answer", lang).to_owned(),
            "Votes".to_owned(),
            tr(Msg::Recommended, lang).to_owned(),
        ],
        numeric: vec![false, false, true, false],
        rows,
    }
}

/// The answer followed and how, the reveal, the reply, the thought, the
/// steps passed and the time the room took.
fn followed(s: &Scenario, t: &Taken<'_>, ms: Option<u64>, lang: Lang) -> Vec<Line> {
    let (ex, room) = (&t.exchange, &t.decision);
    let how = crate::i18n::workshop::followed(room, lang);
    let label = fr_or_en("Réponse suivie", "Answer followed", lang);
    let mut lines = vec![field(label, &format!("{} — {how}", t.letter), lang)];
    let label = fr_or_en("Scores révélés", "Scores revealed", lang);
    lines.push(field(label, yes_no(room.revealed, lang), lang));
    if let Some(reply) = &ex.reply {
        let label = format!(
            "{} — {}",
            tr_r(RMsg::Reply, lang),
            reply.name_and_role(lang)
        );
        lines.push(field(
            &label,
            &quoted(reply.line.text.get(lang).trim(), lang),
            lang,
        ));
    }
    if let Some(thought) = &s.beat(ex.beat).thought {
        let mut line = field(thoughts_heading(s.gender(), lang), "", lang);
        line.push(Span::Em(thought.get(lang).trim().to_owned()));
        lines.push(line);
    }
    if !ex.reached.is_empty() {
        let steps: Vec<&str> = ex
            .reached
            .iter()
            .map(|c| c.label.get(lang).trim())
            .collect();
        lines.push(field(
            tr(Msg::CheckpointReached, lang),
            &steps.join(", "),
            lang,
        ));
    }
    if let Some(ms) = ms.filter(|ms| *ms >= 500) {
        lines.push(field(tr_r(RMsg::DiscussionTime, lang), &duration(ms), lang));
    }
    lines
}

/// The scenario's questions for the room (its facilitator notes), one per
/// decision the room discussed.
pub(super) fn questions(s: &Scenario, taken: &[Taken<'_>], lang: Lang) -> Vec<Block> {
    let items: Vec<Line> = taken
        .iter()
        .filter(|t| t.decision.how != Followed::Map)
        .filter_map(|t| {
            let number = t.number?;
            let note = s.beat(t.exchange.beat).facilitator.as_ref()?;
            let label = format!("{} {number}", tr(Msg::Decision, lang));
            Some(field(&label, note.get(lang).trim(), lang))
        })
        .collect();
    let list = if items.is_empty() {
        Block::Para(text(tr_r(RMsg::NoQuestion, lang)))
    } else {
        Block::Bullets(items)
    };
    vec![
        Block::Heading(2, tr_r(RMsg::DiscussionQuestions, lang).to_owned()),
        list,
    ]
}
