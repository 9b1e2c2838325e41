//! `entretien voice-script`: the recording script handed to voice actors,
//! as text for a person (per language, grouped by who speaks) or as CSV for
//! a spreadsheet or `scripts/make-voices.sh`.

use std::io::Write;
use std::process::ExitCode;

use super::{ScriptFormat, exit};
use crate::i18n::{CliMsg, closing, labelled, labels, quoted, tr_cli};
use crate::scenario::media::source_relative;
use crate::scenario::voices::{VoiceLine, recording_script};
use crate::scenario::{Character, Gender, Lang, Scenario};

/// The CSV header: one row per line and language.
pub const CSV_HEADER: [&str; 10] = [
    "line_id",
    "lang",
    "kind",
    "character_id",
    "character",
    "gender",
    "mood",
    "cue",
    "text",
    "path",
];

/// Who says a line in the CSV when no character does.
const NARRATOR: &str = "narrator";

/// Prints the script of `s` and the closing's shared phrases in `only`,
/// or in both languages.
pub fn run(
    s: &Scenario,
    format: ScriptFormat,
    only: Option<Lang>,
    out: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let langs = only.map_or(Lang::ALL.to_vec(), |l| vec![l]);
    let lines = recording_script(s);
    let shared = closing::recording_script();
    match format {
        ScriptFormat::Csv => csv(lines.iter().chain(&shared), &langs, out)?,
        ScriptFormat::Text => {
            for (i, lang) in langs.into_iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                text(s, &lines, &shared, lang, out)?;
            }
        }
    }
    Ok(ExitCode::from(exit::OK))
}

/// RFC 4180 (records end with CRLF), with [`CSV_HEADER`]; moods and genders as written in
/// scenario files, the narrator as `narrator`, every language's rows
/// together.
fn csv<'l>(
    lines: impl Iterator<Item = &'l VoiceLine> + Clone,
    langs: &[Lang],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(CSV_HEADER).map_err(io)?;
    for &lang in langs {
        for l in lines.clone() {
            let (id, name, gender) = match &l.voice {
                Some(v) => (v.id.as_str(), v.name.as_str(), v.gender.name()),
                None => (NARRATOR, NARRATOR, ""),
            };
            let path = source_relative(l.file(lang)).display().to_string();
            w.write_record([
                l.line_id.as_str(),
                lang.code(),
                l.kind.code(),
                id,
                name,
                gender,
                l.mood.map_or("", |m| m.name()),
                l.cue.as_ref().map_or("", |c| c.get(lang)),
                l.text.get(lang),
                &path,
            ])
            .map_err(io)?;
        }
    }
    w.flush()
}

/// A CSV error as the I/O error it wraps (a closed pipe stays one).
fn io(e: csv::Error) -> std::io::Error {
    if !matches!(e.kind(), csv::ErrorKind::Io(_)) {
        return std::io::Error::other(e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(inner) => inner,
        kind => std::io::Error::other(format!("{kind:?}")),
    }
}

/// The script in `lang`, in its words: each character's lines, then the
/// narrator's, then the shared closing.
fn text(
    s: &Scenario,
    lines: &[VoiceLine],
    shared: &[VoiceLine],
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let t = |m| tr_cli(m, lang);
    let title = s.meta.title.get(lang);
    let language = t(CliMsg::VoiceLanguage);
    writeln!(
        out,
        "{} — {title} ({}) — {language}",
        t(CliMsg::VoiceScript),
        s.meta.id
    )?;
    writeln!(out, "{}", t(CliMsg::VoiceCuesNote))?;
    for c in &s.characters {
        let said: Vec<&VoiceLine> = lines
            .iter()
            .filter(|l| l.voice.as_ref().is_some_and(|v| v.id == c.id))
            .collect();
        group(&who(s, c, lang), &said, c.gender, lang, out)?;
    }
    let narrated: Vec<&VoiceLine> = lines.iter().filter(|l| l.voice.is_none()).collect();
    let narrator = t(CliMsg::VoiceNarrator);
    group(narrator, &narrated, Gender::Neutral, lang, out)?;
    let closing: Vec<&VoiceLine> = shared.iter().collect();
    group(
        t(CliMsg::VoiceClosing),
        &closing,
        Gender::Neutral,
        lang,
        out,
    )
}

/// `Kelly (young_person) · 16 ans · voix féminine`.
fn who(s: &Scenario, c: &Character, lang: Lang) -> String {
    let t = |m| tr_cli(m, lang);
    let about = match &c.role {
        Some(role) => role.get(lang).to_owned(),
        None => format!("{} {}", s.meta.young_person.age, t(CliMsg::VoiceYears)),
    };
    let voice = match c.gender {
        Gender::Feminine => t(CliMsg::VoiceFeminine),
        Gender::Masculine => t(CliMsg::VoiceMasculine),
        Gender::Neutral => t(CliMsg::VoiceNeutral),
    };
    format!("{} ({}) · {about} · {voice}", c.name, c.id)
}

/// One speaker's lines, under a heading with their count; nothing when
/// there are none.
fn group(
    heading: &str,
    lines: &[&VoiceLine],
    gender: Gender,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    let count = tr_cli(CliMsg::VoiceLines, lang);
    writeln!(out, "\n=== {heading} — {} {count} ===", lines.len())?;
    for l in lines {
        let mood = l.mood.map(|m| labels::mood(m, gender, lang));
        match mood {
            Some(mood) => writeln!(out, "\n[{}] {mood}", l.line_id)?,
            None => writeln!(out, "\n[{}]", l.line_id)?,
        }
        if let Some(cue) = &l.cue {
            let cue = labelled(tr_cli(CliMsg::VoiceCue, lang), cue.get(lang), lang);
            writeln!(out, "    ({cue})")?;
        }
        writeln!(out, "    {}", quoted(l.text.get(lang), lang))?;
        writeln!(out, "    → {}", source_relative(l.file(lang)).display())?;
    }
    Ok(())
}
