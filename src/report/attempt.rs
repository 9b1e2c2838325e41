//! An attempt's report, for a trainer or a supervisor: what the trainee
//! played, how it ended, the profile (table and radar), the protective
//! steps, every decision with its feedback and better answer, the young
//! person's side of each answer, and what to do next. Drawn from the
//! replayed session's debrief, like the app's debrief screen.

use super::doc::{Block, Line, Span, field, text};
use super::{Format, sections};
use crate::engine::{Debrief, Moment, Session, Stake};
use crate::i18n::labels::{local_time, mode_name, thoughts_heading};
use crate::i18n::report::{RMsg, duration, side_of, tr_r};
use crate::i18n::{Msg, fr_or_en, labelled, quoted, tr};
use crate::scenario::{Lang, Scenario};
use crate::store::Attempt;

/// The report of `attempt` on `scenario`, from `session` (the attempt
/// replayed: [`Attempt::replay`]), in `lang`: Markdown, or the HTML page
/// (also for [`Format::Pdf`], which is printed from it).
pub fn render(
    attempt: &Attempt,
    scenario: &Scenario,
    session: &Session,
    lang: Lang,
    format: Format,
) -> String {
    let title = format!(
        "{} — {}",
        tr_r(RMsg::AttemptReport, lang),
        scenario.meta.title.get(lang).trim()
    );
    super::output(
        &title,
        &blocks(attempt, scenario, session, &title, lang),
        format,
        lang,
    )
}

fn blocks(a: &Attempt, s: &Scenario, session: &Session, title: &str, lang: Lang) -> Vec<Block> {
    let mut blocks = vec![Block::Title(title.to_owned()), header(a, s, lang)];
    let run = &session.run;
    let Ok(d) = run.debrief(s) else {
        blocks.push(Block::Para(text(fr_or_en(
            "L'entretien s'est arrêté avant la fin du scénario.",
            "The interview stopped before the end of the scenario.",
            lang,
        ))));
        return blocks;
    };
    blocks.extend(sections::ending(s, &d, lang));
    blocks.extend(sections::profile(
        s,
        &d,
        tr_r(RMsg::ThisAttempt, lang),
        lang,
    ));
    blocks.extend(sections::checkpoints(&d, lang));
    blocks.extend(decisions(s, session, &d, lang));
    blocks.extend(perspective(s, &run.perspective(s), lang));
    blocks.extend(sections::next_steps(s, &d, lang));
    blocks
}

/// Scenario, date, mode, language and id.
fn header(a: &Attempt, s: &Scenario, lang: Lang) -> Block {
    let when = local_time(
        a.finished_secs,
        fr_or_en("%d/%m/%Y, %H:%M", "%d %B %Y, %H:%M", lang),
    );
    let played = a.lang.unwrap_or(lang);
    let scenario = format!(
        "{} ({} v{})",
        s.meta.title.get(lang).trim(),
        s.meta.id,
        a.version
    );
    Block::Bullets(vec![
        field(tr_r(RMsg::Scenario, lang), &scenario, lang),
        field(tr(Msg::Date, lang), &when, lang),
        field(tr(Msg::Mode, lang), mode_name(a.mode, lang), lang),
        field(
            tr(Msg::Language, lang),
            fr_or_en("français", "English", played),
            lang,
        ),
        field(tr_r(RMsg::AttemptId, lang), &a.id(), lang),
    ])
}

/// Every decision: the words before it, the answer, its feedback, the
/// better answer when there was one, the time taken.
fn decisions(s: &Scenario, session: &Session, d: &Debrief, lang: Lang) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(2, tr_r(RMsg::Decisions, lang).to_owned())];
    let transcript = session.run.transcript(s);
    for dec in &d.decisions {
        let Some(ex) = transcript.get(dec.step) else {
            continue;
        };
        blocks.push(Block::KeepStart);
        blocks.push(Block::Heading(
            3,
            format!("{} {}", tr(Msg::Decision, lang), dec.number),
        ));
        if let Some(said) = &ex.said {
            let words = quoted(said.line.text.get(lang).trim(), lang);
            blocks.push(Block::Para(text(labelled(
                &said.name_and_role(lang),
                &words,
                lang,
            ))));
        }
        let answer = quoted(ex.choice.text.get(lang).trim(), lang);
        let mut lines: Vec<Line> = vec![field(tr_r(RMsg::YourAnswer, lang), &answer, lang)];
        let good = fr_or_en(
            if dec.recommended { "oui" } else { "non" },
            if dec.recommended { "yes" } else { "no" },
            lang,
        );
        lines.push(field(tr(Msg::Recommended, lang), good, lang));
        lines.push(field(
            tr_r(RMsg::Feedback, lang),
            ex.choice.rationale.get(lang).trim(),
            lang,
        ));
        if let Some(better) = &dec.better {
            let words = quoted(better.text.get(lang).trim(), lang);
            let mut line = field(tr_r(RMsg::BestAvailable, lang), &words, lang);
            line.push(Span::Text(format!(
                " {}",
                better.rationale.get(lang).trim()
            )));
            lines.push(line);
        }
        if let Some(&ms) = session.decision_ms.get(dec.step).filter(|ms| **ms >= 500) {
            lines.push(field(tr_r(RMsg::TimeTaken, lang), &duration(ms), lang));
        }
        blocks.push(Block::Bullets(lines));
        blocks.push(Block::KeepEnd);
    }
    if d.decisions.is_empty() {
        blocks.push(Block::Para(text(tr_r(RMsg::NoDecision, lang))));
    }
    blocks
}

/// The young person's side of each answer: what she or he said and
/// thought, the answer, how trust and the visible stakes moved, the reply.
fn perspective(s: &Scenario, moments: &[Moment], lang: Lang) -> Vec<Block> {
    let young = s.characters.first().map_or("", |c| c.name.as_str());
    let mut blocks = vec![Block::Heading(2, side_of(young, lang))];
    let thought = thoughts_heading(s.gender(), lang);
    for m in moments {
        blocks.push(Block::KeepStart);
        blocks.push(Block::Heading(
            3,
            format!("{} {}", tr(Msg::Decision, lang), m.number),
        ));
        let mut lines: Vec<Line> = Vec::new();
        if let Some(said) = &m.said {
            lines.push(field(young, &quoted(said.get(lang).trim(), lang), lang));
        }
        if let Some(t) = &m.thought {
            let mut line = field(thought, "", lang);
            line.push(Span::Em(t.get(lang).trim().to_owned()));
            lines.push(line);
        }
        let answer = quoted(m.answer.get(lang).trim(), lang);
        lines.push(field(tr_r(RMsg::YourAnswer, lang), &answer, lang));
        lines.extend(m.stakes.iter().map(|st| stake(st, lang)));
        if let Some(reply) = &m.reply {
            let label = format!("{} — {young}", tr_r(RMsg::Reply, lang));
            lines.push(field(&label, &quoted(reply.get(lang).trim(), lang), lang));
        }
        blocks.push(Block::Bullets(lines));
        blocks.push(Block::KeepEnd);
    }
    blocks
}

/// `Confiance : 3 → 5 (0–10)`.
fn stake(st: &Stake, lang: Lang) -> Line {
    let name = st.label.as_ref().map_or_else(
        || tr(Msg::Trust, lang).to_owned(),
        |l| l.get(lang).trim().to_owned(),
    );
    let moved = format!("{} → {} ({}–{})", st.before, st.after, st.min, st.max);
    field(&name, &moved, lang)
}
