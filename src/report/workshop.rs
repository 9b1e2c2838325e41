//! The workshop summary: a Markdown report a facilitator keeps or shares
//! after the session. It only sets out what the engine already knows (the
//! room's decisions, the transcript, the debrief), so it never disagrees
//! with the screens.

use crate::engine::{Debrief, Exchange, Said, Taken, Workshop};
use crate::i18n::labels::{checkpoint_status, key_point, local_time, outcome};
use crate::i18n::{Msg, fr_or_en, labelled, legend, quoted, tr, turning, whole_percent};
use crate::scenario::{KeyPoint, Lang, Scenario};

/// The date and time of the report: 30/11/2026, 14:05.
fn written(secs: u64, lang: Lang) -> String {
    local_time(secs, fr_or_en("%d/%m/%Y, %H:%M", "%d %B %Y, %H:%M", lang))
}

/// The report of workshop `w` on `s`, in `lang`, dated `written_secs`.
pub fn workshop_summary(w: &Workshop, s: &Scenario, lang: Lang, written_secs: u64) -> String {
    let run = &w.session.run;
    let mut md = format!(
        "# {} — {}\n\n",
        tr(Msg::Workshop, lang),
        s.meta.title.get(lang)
    );
    let language = fr_or_en("français", "English", lang);
    md += &format!(
        "- {}\n",
        field(tr(Msg::Date, lang), &written(written_secs, lang), lang)
    );
    md += &format!("- {}\n", field(tr(Msg::Language, lang), language, lang));
    md += &decisions(&w.taken(s), lang);
    match run.debrief(s) {
        Ok(d) => md += &debrief(s, &d, lang),
        Err(_) => {
            md += "\n";
            md += fr_or_en(
                "L'atelier s'est arrêté avant la fin du scénario.\n",
                "The workshop stopped before the end of the scenario.\n",
                lang,
            );
        }
    }
    md
}

/// A Markdown table cell: a `|` would end the cell and a line break the
/// row, so the scenario's texts cannot break the table.
fn table_cell(text: &str) -> String {
    text.trim()
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
}

fn yes_no(yes: bool, lang: Lang) -> &'static str {
    if yes {
        fr_or_en("oui", "yes", lang)
    } else {
        fr_or_en("non", "no", lang)
    }
}

/// `**label** : value`, French spacing included.
fn field(label: &str, value: &str, lang: Lang) -> String {
    labelled(&format!("**{label}**"), value, lang)
}

/// Every decision in order, numbered as the debrief numbers them; a
/// "Continuer" step only gives its lines as context.
fn decisions(taken: &[Taken<'_>], lang: Lang) -> String {
    let mut md = format!("\n## {}\n", fr_or_en("Décisions", "Decisions", lang));
    for t in taken {
        let Some(number) = t.number else {
            md += &context(&t.exchange, lang);
            continue;
        };
        md += &format!("\n### {} {number}\n", tr(Msg::Decision, lang));
        md += &context(&t.exchange, lang);
        md += &offered(t, lang);
        md += &followed(t, lang);
    }
    if taken.iter().all(|t| t.number.is_none()) {
        md += "\n";
        md += fr_or_en("Aucune décision.\n", "No decision.\n", lang);
    }
    md
}

/// The narration (in italics) and what was said before the answers.
fn context(ex: &Exchange<'_>, lang: Lang) -> String {
    let mut md = String::new();
    if let Some(n) = &ex.narration {
        md += &format!("\n*{}*\n", n.line.text.get(lang).trim());
    }
    if let Some(said) = &ex.said {
        md += &format!("\n{}\n", words(said, lang));
    }
    md
}

/// `Léa : « … »`.
fn words(said: &Said<'_>, lang: Lang) -> String {
    let text = quoted(said.line.text.get(lang), lang);
    labelled(&said.name_and_role(lang), &text, lang)
}

/// The answers offered: letter, words, votes, good practice or not.
fn offered(t: &Taken<'_>, lang: Lang) -> String {
    let answer = fr_or_en("Réponse", "Answer", lang);
    let mut md = format!(
        "\n| | {answer} | Votes | {} |\n| --- | --- | ---: | --- |\n",
        tr(Msg::Recommended, lang)
    );
    for answer in &t.answers {
        let good = yes_no(answer.choice.scores.is_recommended(), lang);
        md += &format!(
            "| {} | {} | {} | {good} |\n",
            answer.letter,
            table_cell(answer.choice.text.get(lang)),
            answer.votes,
        );
    }
    md
}

/// The answer followed and how, the reveal, the reply and the steps passed.
fn followed(t: &Taken<'_>, lang: Lang) -> String {
    let (ex, room) = (&t.exchange, &t.decision);
    let how = crate::i18n::workshop::followed(room, lang);
    let label = fr_or_en("Réponse suivie", "Answer followed", lang);
    let letter = t.letter;
    let mut md = format!("\n- {}\n", field(label, &format!("{letter} — {how}"), lang));
    let revealed = yes_no(room.revealed, lang);
    let label = fr_or_en("Scores révélés", "Scores revealed", lang);
    md += &format!("- {}\n", field(label, revealed, lang));
    if let Some(reply) = &ex.reply {
        let label = format!(
            "{} — {}",
            fr_or_en("Réplique", "Reply", lang),
            reply.name_and_role(lang)
        );
        let text = quoted(reply.line.text.get(lang), lang);
        md += &format!("- {}\n", field(&label, &text, lang));
    }
    if !ex.reached.is_empty() {
        let steps: Vec<&str> = ex.reached.iter().map(|c| c.label.get(lang)).collect();
        let label = tr(Msg::CheckpointReached, lang);
        md += &format!("- {}\n", field(label, &steps.join(", "), lang));
    }
    md
}

/// The ending, the profile, the protective steps, the better answers and
/// what to do next.
fn debrief(s: &Scenario, d: &Debrief, lang: Lang) -> String {
    let e = &d.ending;
    let mut md = format!(
        "\n## {}\n\n**{}** — {}\n\n{}\n\n{}\n",
        fr_or_en("Issue de l'entretien", "How the interview ended", lang),
        e.title.get(lang),
        outcome(e.outcome, lang),
        e.text.get(lang),
        field(tr(Msg::Lesson, lang), e.lesson.get(lang), lang)
    );
    if let Some((heading, lines)) = turning::section(s, d, lang) {
        md += &format!("\n## {heading}\n\n");
        for line in lines {
            md += &format!("- {line}\n");
        }
    }
    md += &format!(
        "\n## {}\n\n{}\n\n",
        tr(Msg::Profile, lang),
        tr(Msg::ProfileScale, lang)
    );
    for p in &d.points {
        let score = match p.score {
            Some(v) => format!("{v}/100"),
            None => tr(Msg::NotTested, lang).to_owned(),
        };
        let share = p
            .recommended_share
            .map(|r| {
                format!(
                    " — {} {}",
                    whole_percent(r, lang),
                    fr_or_en(
                        "des réponses suivies l'ont renforcé",
                        "of the answers followed raised it",
                        lang
                    )
                )
            })
            .unwrap_or_default();
        // The names are numbered: the rationales below cite "point 2".
        md += &format!(
            "- {}{share}\n",
            labelled(key_point(p.point, lang), &score, lang)
        );
    }
    md += &format!("\n### {}\n\n", legend::title(lang));
    for p in KeyPoint::ALL {
        let meaning = legend::meaning(p, lang);
        md += &format!("- {}\n", labelled(key_point(p, lang), meaning, lang));
    }
    if let Some(r) = d.recommended_share {
        let all = tr(Msg::RecommendedShare, lang);
        md += &format!("\n{} {all}\n", whole_percent(r, lang));
    }
    if !d.checkpoints.is_empty() {
        md += &format!("\n## {}\n\n", tr(Msg::Checkpoints, lang));
    }
    for c in &d.checkpoints {
        let (mark, status) = checkpoint_status(c.done, lang);
        let label = c.label.get(lang);
        let lesson = c.lesson.get(lang);
        md += &format!("- {mark} **{label}** — {status}. {lesson}\n");
    }
    md += &better(d, lang);
    md += &format!("\n## {}\n", tr(Msg::NextSteps, lang));
    for section in s.next_steps(d.ending.index) {
        md += &format!("\n### {}\n\n", section.title.get(lang));
        for item in &section.items {
            let item = item.get(lang);
            // Steps written "1. …" are a numbered list already.
            let numbered = item
                .split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
            let bullet = if numbered { "" } else { "- " };
            md += &format!("{bullet}{item}\n");
        }
    }
    md
}

/// Each decision's better answer, numbered as in "Décisions".
fn better(d: &Debrief, lang: Lang) -> String {
    let heading = fr_or_en(
        "Meilleures réponses disponibles",
        "Best answers available",
        lang,
    );
    let mut md = format!("\n## {heading}\n\n");
    let mut any = false;
    for dec in &d.decisions {
        let Some(choice) = &dec.better else {
            continue;
        };
        any = true;
        let label = format!("{} {}", tr(Msg::Decision, lang), dec.number);
        let text = quoted(choice.text.get(lang), lang);
        let rationale = choice.rationale.get(lang);
        md += &format!("- {} {rationale}\n", field(&label, &text, lang));
    }
    if !any {
        md += fr_or_en(
            "Aucune décision n'avait de meilleure réponse disponible.\n",
            "No decision had a better answer available.\n",
            lang,
        );
    }
    md
}

#[cfg(test)]
mod tests;
