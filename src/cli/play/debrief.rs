//! The debrief printed as text at the end of `entretien play`.

use std::io::Write;

use super::score_list;
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
    let e = &s.endings[d.ending as usize];
    writeln!(
        out,
        "\n== {}{} {} ({}) ==",
        tr(Msg::Ending, lang),
        colon(lang),
        e.title.get(lang),
        outcome(e.kind, lang)
    )?;
    writeln!(out, "{}", e.text.get(lang))?;
    writeln!(
        out,
        "{}",
        labelled(tr(Msg::Lesson, lang), e.lesson(d.lesson).get(lang), lang)
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
            let checkpoint = &s.checkpoints[c.index];
            let (mark, status) = checkpoint_status(c.done, lang);
            let label = checkpoint.label.get(lang);
            writeln!(out, "  {mark} {label} — {status}")?;
            if !c.done {
                writeln!(out, "    {}", checkpoint.lesson.get(lang))?;
            }
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::Decisions, lang))?;
    let transcript = run.transcript(s);
    for (n, dec) in d.decisions.iter().enumerate() {
        let beat = s.beat(dec.beat);
        let Some(ex) = transcript.get(dec.step) else {
            continue;
        };
        let choice = ex.choice;
        if let Some(said) = &ex.said {
            let text = quoted(said.line.text.get(lang), lang);
            writeln!(out, "{}. {}", n + 1, labelled(said.name(), &text, lang))?;
        }
        let said = format!(
            "{} — {}",
            quoted(choice.text.get(lang), lang),
            score_list(&dec.scores, lang)
        );
        writeln!(out, "   {}", labelled(tr(Msg::YouSaid, lang), &said, lang))?;
        writeln!(out, "   {}", choice.rationale.get(lang))?;
        match &dec.better {
            Some(alt) => {
                let better = &beat.choices[usize::from(alt.choice)];
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
        for b in &d.thoughts {
            if let Some(t) = &s.beat(*b).thought {
                writeln!(out, "  - {}", t.get(lang))?;
            }
        }
    }
    writeln!(out, "\n== {} ==", tr(Msg::NextSteps, lang))?;
    for section in s.next_steps(d.ending) {
        writeln!(out, "{}", section.title.get(lang))?;
        for item in &section.items {
            writeln!(out, "  - {}", item.get(lang))?;
        }
    }
    Ok(())
}
