//! What `entretien play` prints as text: the briefing, each line, the
//! answers offered, and each decision as it happened.

use std::io::Write;

use super::Options;
use crate::audio::{Channel, NullOutput, Output};
use crate::engine::{Exchange, Offer, Run, Said};
use crate::i18n::labels::{key_point, mood};
use crate::i18n::sound::playback_error_words;
use crate::i18n::{CliMsg, Msg, colon, labelled, quoted, tr, tr_cli};
use crate::scenario::{KeyPoint, Lang, Line, Scenario};

pub(super) fn briefing(s: &Scenario, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let m = &s.meta;
    writeln!(out, "== {} ==", m.title.get(lang))?;
    let line = |label: Msg, value: &str| labelled(tr(label, lang), value, lang);
    writeln!(out, "{}", line(Msg::YouAre, m.trainee_role.get(lang)))?;
    writeln!(out, "{}", line(Msg::Setting, m.setting.get(lang)))?;
    let yp = &m.young_person;
    writeln!(
        out,
        "{}, {} {} — {}",
        yp.name,
        yp.age,
        tr(Msg::YearsOld, lang),
        yp.situation.get(lang)
    )?;
    writeln!(out, "{}", line(Msg::Noticed, m.noticed.get(lang)))?;
    writeln!(out, "{}{}", tr(Msg::Objectives, lang), colon(lang))?;
    for o in &m.objectives {
        writeln!(out, "  - {}", o.get(lang))?;
    }
    writeln!(
        out,
        "{}\n",
        line(Msg::ContentNote, m.content_note.get(lang))
    )
}

fn say(said: &Said<'_>, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let line = said.line;
    writeln!(out)?;
    if let Some(cue) = &line.cue {
        writeln!(out, "  [{}]", cue.get(lang))?;
    }
    let Some(speaker) = said.speaker else {
        return writeln!(out, "{}", line.text.get(lang));
    };
    let feeling = line
        .mood
        .map(|m| format!(" ({})", mood(m, speaker.gender, lang)))
        .unwrap_or_default();
    let name = format!("{}{feeling}", said.name_and_role(lang));
    writeln!(
        out,
        "{}",
        labelled(&name, &quoted(line.text.get(lang), lang), lang)
    )
}

/// `--voices`: the line's voice file, started on an output that plays
/// nothing but opens and decodes the file as a sound card would, so a
/// copied or installed program shows that it finds and reads its voices.
fn voice(line: &Line, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(file) = line.audio.get(lang) else {
        return writeln!(out, "  ♪ {}", tr_cli(CliMsg::NoVoice, lang));
    };
    match NullOutput::default().start(Channel::Voice, file, false, 1.0) {
        Ok(()) => writeln!(out, "  ♪ {}", file.display()),
        Err(e) => {
            let (what, why) = playback_error_words(&e, lang);
            writeln!(out, "  ♪ {what} ({why})")
        }
    }
}

/// The answers available now, numbered, then the others, marked.
pub(super) fn offers_list(
    offers: &[Offer<'_>],
    locked: &[Offer<'_>],
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for (n, o) in offers.iter().enumerate() {
        let text = if o.choice.continues {
            tr(Msg::Continue, lang)
        } else {
            o.choice.text.get(lang)
        };
        writeln!(out, "  {}. {text}", n + 1)?;
    }
    for o in locked {
        let mark = tr_cli(CliMsg::Unavailable, lang);
        writeln!(out, "  -. {} {mark}", o.choice.text.get(lang))?;
    }
    Ok(())
}

pub(super) fn score_list(scores: &[Option<i8>; 5], lang: Lang) -> String {
    KeyPoint::ALL
        .iter()
        .filter_map(|p| scores[p.index()].map(|v| format!("{} {v:+}", key_point(*p, lang))))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What was shown before a decision: the narration and the line, with
/// their voice files under `--voices`.
pub(super) fn lines(
    shown: [Option<&Said<'_>>; 2],
    opts: &Options,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for s in shown.into_iter().flatten() {
        say(s, opts.lang, out)?;
        if opts.voices {
            voice(s.line, opts.lang, out)?;
        }
    }
    Ok(())
}

/// A decision as it happened: the answer, the reply, the protective steps
/// passed and, when `feedback`, the answer's scores and rationale.
pub(super) fn exchange(
    ex: &Exchange<'_>,
    feedback: bool,
    opts: &Options,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    if !ex.choice.continues {
        let words = quoted(ex.choice.text.get(lang), lang);
        writeln!(out, "{}", labelled(tr(Msg::You, lang), &words, lang))?;
    }
    lines([ex.reply.as_ref(), None], opts, out)?;
    for c in &ex.reached {
        let label = labelled(tr(Msg::CheckpointReached, lang), c.label.get(lang), lang);
        writeln!(out, "  ✓ {label}")?;
    }
    if feedback && !ex.choice.continues {
        writeln!(
            out,
            "  > {}{} {}",
            tr_cli(CliMsg::Feedback, lang),
            colon(lang),
            score_list(&ex.choice.scores.0, lang)
        )?;
        writeln!(out, "    {}", ex.choice.rationale.get(lang))?;
    }
    Ok(())
}

/// The decisions of `run` (the start of an earlier attempt), shown as they
/// were when it was played.
pub(super) fn replayed(
    s: &Scenario,
    run: &Run,
    opts: &Options,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let feedback = run.mode().rules().feedback_each_choice;
    for ex in run.transcript(s) {
        lines([ex.narration.as_ref(), ex.said.as_ref()], opts, out)?;
        exchange(&ex, feedback, opts, out)?;
    }
    Ok(())
}
