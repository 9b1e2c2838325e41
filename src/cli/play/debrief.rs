//! The debrief printed as text at the end of `entretien play`.

use std::io::Write;

use super::show::score_list;
use crate::engine::{Debrief, Run};
use crate::i18n::labels::{checkpoint_status, key_point, outcome, thoughts_heading};
use crate::i18n::{Msg, colon, labelled, legend, quoted, tr, turning, whole_percent};
use crate::scenario::{KeyPoint, Lang, Scenario};

/// Prints the debrief as text.
pub fn print_debrief(
    s: &Scenario,
    run: &Run,
    d: &Debrief,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let e = &d.ending;
    writeln!(
        out,
        "\n== {}{} {} ({}) ==",
        tr(Msg::Ending, lang),
        colon(lang),
        e.title.get(lang),
        outcome(e.outcome, lang)
    )?;
    writeln!(out, "{}", e.text.get(lang))?;
    writeln!(
        out,
        "{}",
        labelled(tr(Msg::Lesson, lang), e.lesson.get(lang), lang)
    )?;
    if let Some((heading, lines)) = turning::section(s, d, lang) {
        writeln!(out, "\n== {heading} ==")?;
        for line in lines {
            writeln!(out, "  {line}")?;
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::Profile, lang))?;
    writeln!(out, "{}", tr(Msg::ProfileScale, lang))?;
    for p in &d.points {
        let score = p.score.map_or_else(
            || tr(Msg::NotTested, lang).to_owned(),
            |v| format!("{v:>3}/100"),
        );
        let share = p
            .recommended_share
            .map(|r| {
                format!(
                    " — {} {}",
                    whole_percent(r, lang),
                    tr(Msg::RaisedShare, lang)
                )
            })
            .unwrap_or_default();
        writeln!(out, "  {:<36} {score}{share}", key_point(p.point, lang))?;
    }
    if let Some(r) = d.recommended_share {
        writeln!(
            out,
            "  {} {}",
            whole_percent(r, lang),
            tr(Msg::RecommendedShare, lang)
        )?;
    }
    // What "(point 4)" in a rationale means.
    writeln!(out, "\n== {} ==", legend::title(lang))?;
    for p in KeyPoint::ALL {
        let meaning = legend::meaning(p, lang);
        writeln!(out, "  {}", labelled(key_point(p, lang), meaning, lang))?;
    }
    if !d.checkpoints.is_empty() {
        writeln!(out, "\n== {} ==", tr(Msg::Checkpoints, lang))?;
        for c in &d.checkpoints {
            let (mark, status) = checkpoint_status(c.reach, lang);
            let label = c.label.get(lang);
            writeln!(out, "  {mark} {label} — {status}")?;
            if !c.done {
                writeln!(out, "    {}", c.lesson.get(lang))?;
            }
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::Decisions, lang))?;
    let transcript = run.transcript(s);
    for dec in &d.decisions {
        let Some(ex) = transcript.get(dec.step) else {
            continue;
        };
        let choice = ex.choice;
        if let Some(said) = &ex.said {
            let text = quoted(said.line.text.get(lang), lang);
            let number = dec.number;
            writeln!(out, "{number}. {}", labelled(said.name(), &text, lang))?;
        }
        let said = format!(
            "{} — {}",
            quoted(choice.text.get(lang), lang),
            score_list(&dec.scores, lang)
        );
        writeln!(out, "   {}", labelled(tr(Msg::YouSaid, lang), &said, lang))?;
        writeln!(out, "   {}", choice.rationale.get(lang))?;
        match &dec.better {
            Some(better) => {
                let text = quoted(better.text.get(lang), lang);
                writeln!(out, "   {}", labelled(tr(Msg::Better, lang), &text, lang))?;
                writeln!(out, "   {}", better.rationale.get(lang))?;
            }
            None if dec.recommended => writeln!(out, "   {}", tr(Msg::BestTaken, lang))?,
            None => writeln!(out, "   {}", tr(Msg::NoGoodOption, lang))?,
        }
    }
    if !d.thoughts.is_empty() {
        let heading = thoughts_heading(s.gender(), lang);
        writeln!(out, "\n== {heading} ==")?;
        for t in &d.thoughts {
            writeln!(out, "  - {}", t.text.get(lang))?;
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::NextSteps, lang))?;
    for section in s.next_steps(d.ending.index) {
        writeln!(out, "{}", section.title.get(lang))?;
        for item in &section.items {
            writeln!(out, "  - {}", item.get(lang))?;
        }
    }
    Ok(())
}
