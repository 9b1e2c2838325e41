//! The recording script: every line of a scenario that has a voice, who
//! says it and where its recording goes, for the voice actors (and for
//! `scripts/make-voices.sh`, which makes placeholder voices from it).
//!
//! Pure: nothing here reads or writes a file. The trainee's own answers are
//! left out, since they are voiced only through an explicit path.

use std::path::{Path, PathBuf};

use super::model::{Audio, Line, Scenario, Speech};
use super::{Gender, Lang, Mood, Text};

/// What a line is, in the order of a beat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A beat's narration.
    Narration,
    /// A beat's main line.
    Line,
    /// A variant of a beat's line.
    Variant,
    /// The reply to a choice.
    Reply,
    /// A variant of a reply.
    ReplyVariant,
    /// An ending's text.
    Ending,
    /// A checkpoint's label (said in the closing when it was missed).
    Checkpoint,
    /// A phrase of the closing shared by every scenario.
    Closing,
}

impl LineKind {
    /// Its name in the CSV script (`reply-variant`).
    pub fn code(self) -> &'static str {
        match self {
            LineKind::Narration => "narration",
            LineKind::Line => "line",
            LineKind::Variant => "variant",
            LineKind::Reply => "reply",
            LineKind::ReplyVariant => "reply-variant",
            LineKind::Ending => "ending",
            LineKind::Checkpoint => "checkpoint",
            LineKind::Closing => "closing",
        }
    }
}

/// A character who says a line (the narrator is `None` in [`VoiceLine`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// Character id (`young_person` for the young person).
    pub id: String,
    /// Name.
    pub name: String,
    /// Grammatical gender, also the voice's.
    pub gender: Gender,
}

/// One line to record, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceLine {
    /// Stable line id (`kelly-foyer/accueil#occupee`, `closing/intro`).
    pub line_id: String,
    /// File stem: the line id without the scenario, `/` → `.`.
    pub stem: String,
    /// What the line is.
    pub kind: LineKind,
    /// Who says it; `None` for the narrator.
    pub voice: Option<Voice>,
    /// Mood, when written.
    pub mood: Option<Mood>,
    /// Non-verbal cue: a direction for the actor, never spoken.
    pub cue: Option<Text>,
    /// The words to say.
    pub text: Text,
    /// Where the French recording goes.
    pub fr: PathBuf,
    /// Where the English recording goes.
    pub en: PathBuf,
}

impl VoiceLine {
    /// Where the recording in `lang` goes: the file already found or named
    /// in the scenario, else the conventional `<audio>/<lang>/<stem>.ogg`.
    pub fn file(&self, lang: Lang) -> &Path {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// Every line of `scenario` that has a voice: per beat its narration, its
/// line and the line's variants, then each choice's reply and its variants;
/// then the endings' texts and the checkpoints' labels. The closing's
/// shared phrases are in `i18n::closing::recording_script`.
pub fn recording_script(scenario: &Scenario) -> Vec<VoiceLine> {
    let script = Script { scenario };
    let mut out = Vec::new();
    for (b, beat) in (0u32..).zip(&scenario.beats) {
        if let Some(n) = &beat.narration {
            let id = scenario.narration_id(b);
            out.push(script.line(id, LineKind::Narration, n, &n.audio));
        }
        if let Some(speech) = &beat.speech {
            let ids = (0..).map(|v| scenario.line_id(b, v));
            script.speech(&mut out, speech, ids, [LineKind::Line, LineKind::Variant]);
        }
        for (c, choice) in (0u16..).zip(&beat.choices) {
            if let Some(reply) = &choice.reply {
                let ids = (0..).map(|v| scenario.reply_id(b, c, v));
                let kinds = [LineKind::Reply, LineKind::ReplyVariant];
                script.speech(&mut out, reply, ids, kinds);
            }
        }
    }
    for (e, ending) in (0u32..).zip(&scenario.endings) {
        let id = scenario.ending_line_id(e);
        out.push(script.said(id, LineKind::Ending, &ending.text, &ending.audio));
    }
    for (i, checkpoint) in scenario.checkpoints.iter().enumerate() {
        let id = scenario.checkpoint_line_id(i);
        let kind = LineKind::Checkpoint;
        out.push(script.said(id, kind, &checkpoint.label, &checkpoint.audio));
    }
    out
}

/// Builds the lines of one scenario.
struct Script<'s> {
    scenario: &'s Scenario,
}

impl Script<'_> {
    /// A line and its variants, with their ids in order (main line first).
    fn speech(
        &self,
        out: &mut Vec<VoiceLine>,
        speech: &Speech,
        mut ids: impl Iterator<Item = String>,
        [main, variant]: [LineKind; 2],
    ) {
        let lines = std::iter::once((main, &speech.main))
            .chain(speech.variants.iter().map(|v| (variant, &v.line)));
        for ((kind, line), id) in lines.zip(&mut ids) {
            out.push(self.line(id, kind, line, &line.audio));
        }
    }

    fn line(&self, line_id: String, kind: LineKind, line: &Line, audio: &Audio) -> VoiceLine {
        let voice = self.scenario.speaker(line).map(|c| Voice {
            id: c.id.clone(),
            name: c.name.clone(),
            gender: c.gender,
        });
        VoiceLine {
            voice,
            mood: line.mood,
            cue: line.cue.clone(),
            ..self.said(line_id, kind, &line.text, audio)
        }
    }

    /// A text the narrator says.
    fn said(&self, line_id: String, kind: LineKind, text: &Text, audio: &Audio) -> VoiceLine {
        let local = line_id
            .strip_prefix(self.scenario.meta.id.as_str())
            .and_then(|l| l.strip_prefix('/'))
            .unwrap_or(&line_id);
        let stem = local.replace('/', ".");
        let file = |lang: Lang| match audio.get(lang) {
            Some(found) => found.clone(),
            None => self.conventional(&stem, lang),
        };
        VoiceLine {
            fr: file(Lang::Fr),
            en: file(Lang::En),
            line_id,
            stem,
            kind,
            voice: None,
            mood: None,
            cue: None,
            text: text.clone(),
        }
    }

    /// `<audio folder>/<lang>/<stem>.ogg`; a scenario without an asset
    /// folder (checked from memory) gets `<lang>/<stem>.ogg`.
    fn conventional(&self, stem: &str, lang: Lang) -> PathBuf {
        let file = Path::new(lang.code()).join(format!("{stem}.ogg"));
        match &self.scenario.assets {
            Some(assets) => assets.audio.join(file),
            None => file,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CSV script names moods and genders as files write them.
    #[test]
    fn mood_and_gender_names_read_back() {
        use crate::scenario::Mood;
        let moods = [
            Mood::Calm,
            Mood::Guarded,
            Mood::Anxious,
            Mood::Defiant,
            Mood::Sad,
            Mood::Angry,
            Mood::Hesitant,
            Mood::Relieved,
        ];
        for m in moods {
            assert_eq!(ron::from_str::<Mood>(m.name()).ok(), Some(m));
        }
        for g in [Gender::Feminine, Gender::Masculine, Gender::Neutral] {
            assert_eq!(ron::from_str::<Gender>(g.name()).ok(), Some(g));
        }
    }
}
