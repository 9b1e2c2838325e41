//! `entretien history`: the finished interviews kept in the data folder,
//! as a table or as JSON (every field, enough to replay each one with
//! `entretien play ID --seed S --choose …`). It only reads: a damaged file
//! is reported and left as it is.

use std::io::Write;
use std::process::ExitCode;

use super::exit;
use crate::i18n::labels::{date, key_point_short, mode_name, outcome};
use crate::i18n::{CliMsg, Msg, tr, tr_cli};
use crate::scenario::{KeyPoint, Lang};
use crate::store::{Attempt, HISTORY_FILE, Store, parse_history};

/// Prints the history of `store` (`None`: the platform has no data folder).
pub fn run(
    store: Option<&Store>,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let Some(store) = store else {
        writeln!(err, "{}", tr_cli(CliMsg::NoDataFolder, lang))?;
        return Ok(ExitCode::from(exit::USAGE));
    };
    let attempts = match store.peek(HISTORY_FILE, parse_history) {
        Ok(attempts) => attempts,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(ExitCode::from(exit::USAGE));
        }
    };
    if json {
        let listed: Vec<serde_json::Value> = attempts.iter().map(with_id).collect();
        let doc = serde_json::json!({
            "file": store.dir().join(HISTORY_FILE),
            "attempts": listed,
        });
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)?;
    } else if attempts.is_empty() {
        writeln!(
            out,
            "{} ({})",
            tr(Msg::NoAttempts, lang),
            store.dir().join(HISTORY_FILE).display()
        )?;
    } else {
        table(&attempts, lang, out)?;
    }
    Ok(ExitCode::from(exit::OK))
}

/// An attempt as JSON, its stable id first (what `report` and
/// `play --from ID:N` take).
fn with_id(attempt: &Attempt) -> serde_json::Value {
    let mut fields = serde_json::Map::new();
    fields.insert("id".into(), attempt.id().into());
    if let Ok(serde_json::Value::Object(rest)) = serde_json::to_value(attempt) {
        fields.extend(rest);
    }
    serde_json::Value::Object(fields)
}

fn table(attempts: &[Attempt], lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let points: Vec<String> = KeyPoint::ALL
        .iter()
        .map(|p| key_point_short(*p, lang).to_owned())
        .collect();
    writeln!(
        out,
        "id\t{}\t{}\t{}\t{}\t{}",
        tr(Msg::Date, lang),
        tr_cli(CliMsg::Scenario, lang),
        tr(Msg::Mode, lang),
        tr(Msg::Ending, lang),
        points.join("\t")
    )?;
    for a in attempts {
        let mode = mode_name(a.mode, lang);
        let scores: Vec<String> = a
            .scores
            .iter()
            .map(|s| s.map_or_else(|| "–".to_owned(), |v| v.to_string()))
            .collect();
        writeln!(
            out,
            "{}\t{}\t{} v{}\t{mode}\t{} ({})\t{}",
            a.id(),
            date(a.finished_secs),
            a.scenario,
            a.version,
            a.ending,
            outcome(a.outcome, lang),
            scores.join("\t")
        )?;
    }
    Ok(())
}
