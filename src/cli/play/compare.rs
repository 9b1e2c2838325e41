//! The comparison `entretien play --from` prints after the debrief: the
//! earlier attempt and the run played on from it, side by side — where
//! they part, both endings, each protective step, the five key points with
//! their change, the share of recommended answers.

use std::io::Write;

use serde::Serialize;

use super::fork::Fork;
use crate::engine::{CheckpointPair, Comparison, EndingReached, PointDelta};
use crate::i18n::fork as words;
use crate::i18n::labels::{checkpoint_status, key_point, outcome};
use crate::i18n::{Msg, colon, labelled, tr, whole_percent};
use crate::scenario::{KeyPoint, Lang, Outcome};

/// The comparison in `play --json`: "first" is the earlier attempt,
/// "second" this run.
#[derive(Debug, Serialize)]
pub struct JsonComparison<'a> {
    /// The earlier attempt's id.
    attempt: &'a str,
    /// The decision played on from.
    from_decision: u32,
    /// The first decision where the two runs differ (`null`: they do not).
    diverged_at: Option<u32>,
    /// Steps both runs share from the start ("Continuer" included).
    shared_steps: usize,
    /// The earlier attempt's ending, then this run's.
    endings: [JsonEnding<'a>; 2],
    /// The protective steps, passed in each run.
    checkpoints: &'a [CheckpointPair],
    /// The five key points, with this run's score minus the attempt's.
    points: Vec<JsonPoint>,
    /// The share of recommended answers in each run.
    recommended: [Option<f32>; 2],
}

#[derive(Debug, Serialize)]
struct JsonEnding<'a> {
    id: &'a str,
    outcome: Outcome,
}

#[derive(Debug, Serialize)]
struct JsonPoint {
    point: KeyPoint,
    first: Option<u8>,
    second: Option<u8>,
    delta: Option<i16>,
}

/// The comparison as JSON.
pub fn json<'a>(fork: &'a Fork, c: &'a Comparison) -> JsonComparison<'a> {
    let ending = |e: &'a EndingReached| JsonEnding {
        id: &e.id,
        outcome: e.outcome,
    };
    JsonComparison {
        attempt: &fork.id,
        from_decision: fork.decision,
        diverged_at: c.diverged_at,
        shared_steps: c.shared_steps,
        endings: [ending(&c.first), ending(&c.second)],
        checkpoints: &c.checkpoints,
        points: (c.points.iter())
            .map(|p| JsonPoint {
                point: p.point,
                first: p.first,
                second: p.second,
                delta: p.delta(),
            })
            .collect(),
        recommended: c.recommended,
    }
}

/// Prints the comparison as text.
pub fn print(fork: &Fork, c: &Comparison, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\n== {} ==", words::comparison_heading(&fork.id, lang))?;
    // Both runs ended: sharing every step of the attempt, this run is it.
    if c.shared_steps == fork.original.run.steps().len() {
        writeln!(out, "{}", words::identical(lang))?;
    } else if let Some(n) = c.diverged_at {
        writeln!(out, "{}", words::parted_at(n, lang))?;
    }
    let ending =
        |e: &EndingReached| format!("{} ({})", e.title.get(lang), outcome(e.outcome, lang));
    let first = words::attempt_ending(&fork.id, lang);
    writeln!(out, "{}", labelled(&first, &ending(&c.first), lang))?;
    let second = words::this_ending(lang);
    writeln!(out, "{}", labelled(second, &ending(&c.second), lang))?;
    let sides = words::sides(&fork.id, lang);
    if !c.checkpoints.is_empty() {
        let heading = tr(Msg::Checkpoints, lang);
        writeln!(out, "\n{heading} {sides}{}", colon(lang))?;
        for p in &c.checkpoints {
            let (mark_a, a) = checkpoint_status(p.reach[0], lang);
            let (mark_b, b) = checkpoint_status(p.reach[1], lang);
            let label = p.label.get(lang);
            writeln!(out, "  {mark_a} → {mark_b}  {label} — {a} → {b}")?;
        }
    }
    writeln!(out, "\n{} {sides}{}", tr(Msg::Profile, lang), colon(lang))?;
    for p in &c.points {
        let name = key_point(p.point, lang);
        let (a, b) = (score(p.first, lang), score(p.second, lang));
        writeln!(out, "  {name:<36} {a:>3} → {b:>3}   {}", delta(p))?;
    }
    let share = |r: Option<f32>| r.map_or_else(|| "–".to_owned(), |r| whole_percent(r, lang));
    let [a, b] = c.recommended.map(share);
    let line = labelled(words::recommended(lang), &format!("{a} → {b}"), lang);
    writeln!(out, "\n{line}")
}

fn score(score: Option<u8>, lang: Lang) -> String {
    score.map_or_else(|| tr(Msg::NotTested, lang).to_owned(), |v| v.to_string())
}

/// `+12`, `−5` (a true minus sign), `=`; nothing when a run did not test
/// the point.
fn delta(p: &PointDelta) -> String {
    match p.delta() {
        None => String::new(),
        Some(0) => "=".to_owned(),
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => format!("\u{2212}{}", d.unsigned_abs()),
    }
}
