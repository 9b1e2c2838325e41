//! `entretien play --save`: the finished interview added to the history
//! as the app adds it (merged under the history's lock), or, when the
//! history refuses it, kept in the pending file the window adds at its
//! next start — and printed when nothing takes it, so it is never lost.
//! Every word goes to stderr: `--json` output stays one document.

use std::io::Write;

use crate::cli::exit;
use crate::engine::{Debrief, Session};
use crate::i18n::fork as words;
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::{Lang, Scenario};
use crate::store::{Attempt, HISTORY_FILE, LoadNote, Store};

/// Saves the session once it has ended (`debrief`); the exit code: a
/// failed save is not a success.
pub fn save(
    store: &Store,
    scenario: &Scenario,
    session: &Session,
    debrief: Option<&Debrief>,
    scripted: bool,
    lang: Lang,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(debrief) = debrief else {
        writeln!(err, "{}", words::not_saved(lang))?;
        return Ok(exit::OK);
    };
    let attempt = Attempt::new(session, scenario, debrief, super::now_ms() / 1000);
    let id = attempt.id();
    let one = std::slice::from_ref(&attempt);
    match store.add_attempts(one) {
        Ok((_, note)) => {
            if let Some(note) = note {
                writeln!(err, "{}", note_words(&note, lang))?;
            }
            let file = store.dir().join(HISTORY_FILE);
            writeln!(err, "{}", words::saved(&id, &file, lang))?;
            if scripted {
                writeln!(err, "{}", words::scripted_times(lang))?;
            }
            Ok(exit::OK)
        }
        Err(e) => {
            writeln!(err, "{}", words::save_failed(&e, lang))?;
            match store.keep_pending(one) {
                Ok(file) => writeln!(err, "{}", words::kept_pending(&file, lang))?,
                Err(e) => {
                    writeln!(err, "{}", words::kept_nowhere(&e, lang))?;
                    let record = ron::ser::to_string_pretty(one, Default::default())
                        .map_err(std::io::Error::other)?;
                    writeln!(err, "{record}")?;
                }
            }
            Ok(exit::USAGE)
        }
    }
}

/// What the history's update had to do first (a damaged file moved aside).
fn note_words(note: &LoadNote, lang: Lang) -> String {
    match note {
        LoadNote::MovedAside { file, to, reason } => {
            let what = labelled(
                tr(Msg::NoticeMovedAside, lang),
                &format!("{file} ({to})"),
                lang,
            );
            format!("{what} — {reason}")
        }
        LoadNote::Unreadable { file, reason } => {
            let what = labelled(tr(Msg::NoticeUnreadable, lang), file, lang);
            format!("{what} — {reason}")
        }
    }
}
