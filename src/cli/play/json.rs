//! `entretien play --json`: the transcript, the debrief and the answers
//! left, as one JSON document.

use std::io::Write;

use serde::Serialize;

use super::compare::JsonComparison;
use crate::engine::{Debrief, Run, Said, View, closing};
use crate::i18n::closing::part_text;
use crate::i18n::{Msg, tr};
use crate::scenario::{KeyPoint, Lang, Scenario};

/// One entry of the JSON transcript.
#[derive(Debug, Serialize)]
struct JsonSaid<'a> {
    /// A character id, `narrator`, `trainee` or `checkpoint`.
    speaker: &'a str,
    id: String,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: Option<&'a str>,
}

/// An answer offered when the script ran out.
#[derive(Debug, Serialize)]
struct JsonOffer<'a> {
    key: &'a str,
    text: &'a str,
    scores: std::collections::BTreeMap<KeyPoint, i8>,
    recommended: bool,
}

#[derive(Serialize)]
struct JsonPlay<'a> {
    scenario: &'a str,
    version: u32,
    seed: u64,
    lang: Lang,
    transcript: Vec<JsonSaid<'a>>,
    ending: Option<String>,
    debrief: Option<&'a Debrief>,
    /// The spoken closing's sentences, in order, once ended.
    closing: Vec<&'a str>,
    /// The answers available where the script stopped (empty once ended).
    available: Vec<JsonOffer<'a>>,
    /// With `--from`, once ended: the earlier attempt beside this run.
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<JsonComparison<'a>>,
}

/// Prints the run, its debrief once ended and the answers left, as JSON.
pub(super) fn print<'a>(
    scenario: &'a Scenario,
    run: &Run,
    debrief: Option<&'a Debrief>,
    comparison: Option<JsonComparison<'a>>,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let doc = JsonPlay {
        scenario: &scenario.meta.id,
        version: scenario.meta.version,
        seed: run.seed,
        lang,
        transcript: transcript(scenario, run, lang),
        ending: debrief.map(|d| d.ending.id.clone()),
        closing: (debrief.into_iter())
            .flat_map(closing)
            .map(|part| part_text(scenario, part, lang))
            .collect(),
        debrief,
        available: available(scenario, run, lang),
        comparison,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

fn json_said<'a>(said: &Said<'a>, id: String, lang: Lang) -> JsonSaid<'a> {
    JsonSaid {
        speaker: said.speaker.map_or("narrator", |c| c.id.as_str()),
        id,
        text: said.line.text.get(lang),
        cue: said.line.cue.as_ref().map(|c| c.get(lang)),
    }
}

fn transcript<'a>(s: &'a Scenario, run: &Run, lang: Lang) -> Vec<JsonSaid<'a>> {
    let mut out = Vec::new();
    for ex in run.transcript(s) {
        if let Some(n) = &ex.narration {
            out.push(json_said(n, s.narration_id(ex.beat), lang));
        }
        if let Some(said) = &ex.said {
            out.push(json_said(said, ex.line_id.clone(), lang));
        }
        if !ex.choice.continues {
            out.push(JsonSaid {
                speaker: "trainee",
                id: ex.choice_id.clone(),
                text: ex.choice.text.get(lang),
                cue: None,
            });
        }
        if let (Some(reply), Some(id)) = (&ex.reply, &ex.reply_id) {
            out.push(json_said(reply, id.clone(), lang));
        }
        for c in &ex.reached {
            out.push(JsonSaid {
                speaker: "checkpoint",
                id: c.id.clone(),
                text: c.label.get(lang),
                cue: None,
            });
        }
    }
    out
}

/// What a script can choose next, with the scores of each answer.
fn available<'a>(s: &'a Scenario, run: &Run, lang: Lang) -> Vec<JsonOffer<'a>> {
    let View::Beat { offers, .. } = run.view(s) else {
        return Vec::new();
    };
    offers
        .iter()
        .map(|o| JsonOffer {
            key: &o.choice.key,
            text: if o.choice.continues {
                tr(Msg::Continue, lang)
            } else {
                o.choice.text.get(lang)
            },
            scores: KeyPoint::ALL
                .iter()
                .filter_map(|p| o.choice.scores.get(*p).map(|v| (*p, v)))
                .collect(),
            recommended: o.choice.scores.is_recommended(),
        })
        .collect()
}
