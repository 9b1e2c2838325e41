//! The workshop summary: a report a facilitator keeps or shares after the
//! session, as Markdown or as a printable HTML page. It only sets out what
//! the engine already knows (the room's decisions, the transcript, the
//! debrief), so it never disagrees with the screens; blanks are left for
//! the date, the group and the facilitator.

mod room;

use super::doc::{Block, field, text};
use super::{Format, sections};
use crate::engine::Workshop;
use crate::i18n::labels::local_time;
use crate::i18n::report::{RMsg, tr_r};
use crate::i18n::{Msg, fr_or_en, tr};
use crate::scenario::{Lang, Scenario};

/// The date and time of the report: 30/11/2026, 14:05.
fn written(secs: u64, lang: Lang) -> String {
    local_time(secs, fr_or_en("%d/%m/%Y, %H:%M", "%d %B %Y, %H:%M", lang))
}

/// The Markdown report of workshop `w` on `s`, in `lang`, dated
/// `written_secs` (what the app writes after each decision).
pub fn workshop_summary(w: &Workshop, s: &Scenario, lang: Lang, written_secs: u64) -> String {
    render(w, s, lang, written_secs, Format::Markdown)
}

/// The report of workshop `w` on `s`, in `lang`, dated `written_secs`:
/// Markdown, or the HTML page (also for [`Format::Pdf`], printed from it).
pub fn render(w: &Workshop, s: &Scenario, lang: Lang, written_secs: u64, format: Format) -> String {
    let title = format!(
        "{} — {}",
        tr(Msg::Workshop, lang),
        s.meta.title.get(lang).trim()
    );
    let language = fr_or_en("français", "English", lang);
    let mut blocks = vec![
        Block::Title(title.clone()),
        Block::Bullets(vec![
            field(tr(Msg::Date, lang), &written(written_secs, lang), lang),
            field(tr(Msg::Language, lang), language, lang),
        ]),
        Block::Blanks(
            [RMsg::SessionDate, RMsg::Group, RMsg::Facilitator]
                .map(|m| tr_r(m, lang).to_owned())
                .to_vec(),
        ),
    ];
    let taken = w.taken(s);
    blocks.extend(room::decisions(s, &taken, &w.session.decision_ms, lang));
    blocks.extend(room::questions(s, &taken, lang));
    let run = &w.session.run;
    match run.debrief(s) {
        Ok(d) => {
            blocks.extend(sections::ending(s, &d, lang));
            blocks.extend(sections::profile(
                s,
                &d,
                tr_r(RMsg::ThisWorkshop, lang),
                lang,
            ));
            blocks.extend(sections::checkpoints(&d, lang));
            blocks.extend(sections::better(&d, lang));
            blocks.extend(sections::next_steps(s, &d, lang));
        }
        Err(_) => blocks.push(Block::Para(text(tr_r(RMsg::StoppedEarly, lang)))),
    }
    super::output(&title, &blocks, format, lang)
}

#[cfg(test)]
mod tests;
