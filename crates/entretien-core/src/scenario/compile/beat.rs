//! Beats, lines, replies, choices and endings.

use super::{At, Compiler, Item, MAX_CHOICES, MAX_TITLE_CHARS, MAX_VARIANTS, SCORE_RANGE, at};
use crate::scenario::model::{
    Audio, Beat, Character, Choice, Ending, LessonVariant, Line, Route, Scores, Speaker, Speech,
    Variant, YOUNG_PERSON, YOUNG_PERSON_ID,
};
use crate::scenario::problem::{Counted, ProblemKind};
use crate::scenario::raw::{
    RawAudio, RawBeat, RawChoice, RawEnding, RawLine, RawReply, RawScenario, RawVariant,
};
use crate::scenario::{Lang, Mood, Text};

/// The parts of a line as written, wherever it appears.
struct LineParts {
    speaker: Option<String>,
    text: Text,
    cue: Option<Text>,
    mood: Option<Mood>,
    audio: Option<RawAudio>,
}

impl From<RawLine> for LineParts {
    fn from(l: RawLine) -> Self {
        LineParts {
            speaker: l.speaker,
            text: l.text,
            cue: l.cue,
            mood: l.mood,
            audio: l.audio,
        }
    }
}

/// Whose variants: a beat's line, or a choice's reply.
#[derive(Clone, Copy)]
enum VariantsOf<'r> {
    Beat(&'r str),
    Reply(&'r str, &'r str),
}

impl<'r> VariantsOf<'r> {
    fn item(self, variant: &'r str) -> Item<'r> {
        match self {
            VariantsOf::Beat(b) => Item::Variant(b, variant),
            VariantsOf::Reply(b, c) => Item::ReplyVariant(b, c, variant),
        }
    }
}

impl<'a> Compiler<'a> {
    /// The young person first, then the other characters.
    pub(super) fn characters(&mut self, raw: &'a RawScenario) -> Vec<Character> {
        let young = &raw.young_person;
        let mut out = vec![Character {
            id: YOUNG_PERSON_ID.to_owned(),
            name: young.name.clone(),
            role: None,
            gender: young.gender,
        }];
        self.speakers.insert(YOUNG_PERSON_ID, YOUNG_PERSON);
        for c in &raw.characters {
            let item = Item::Character(&c.id);
            self.id(item, &c.id);
            self.text(|| at(item, "role").path(), &c.role);
            let index = u16::try_from(out.len()).unwrap_or(u16::MAX);
            if self.speakers.insert(&c.id, index).is_some() {
                self.push(item.path(), ProblemKind::DuplicateId { id: c.id.clone() });
            }
            out.push(Character {
                id: c.id.clone(),
                name: c.name.clone(),
                role: Some(c.role.clone()),
                gender: c.gender,
            });
        }
        out
    }

    fn speaker(&mut self, place: At<'_>, id: Option<&str>) -> Speaker {
        let Some(id) = id else {
            return Speaker::Character(YOUNG_PERSON);
        };
        match self.speakers.get(id) {
            Some(index) => Speaker::Character(*index),
            None => {
                let name = id.to_owned();
                self.push(place.path(), ProblemKind::UnknownSpeaker { name });
                Speaker::Character(YOUNG_PERSON)
            }
        }
    }

    /// `fields` are the names of text, cue, audio and speaker in `owner`
    /// (`line.text`… for a beat's main line); `line_id` is local to the
    /// scenario (`beat#variant`).
    fn line(
        &mut self,
        owner: Item<'_>,
        [text_field, cue_field, audio_field, speaker_field]: [&'static str; 4],
        line_id: &str,
        parts: LineParts,
    ) -> Line {
        let speaker_at = at(owner, speaker_field);
        let speaker = self.speaker(speaker_at, parts.speaker.as_deref());
        self.text(|| at(owner, text_field).path(), &parts.text);
        self.spoken(at(owner, text_field), &parts.text);
        if let Some(cue) = &parts.cue {
            self.text(|| at(owner, cue_field).path(), cue);
        }
        let audio = self.audio(at(owner, audio_field), line_id, parts.audio.as_ref());
        Line {
            speaker,
            text: parts.text,
            cue: parts.cue,
            mood: parts.mood,
            audio,
        }
    }

    /// Variants of a line whose main id is `line_id`.
    fn variants(
        &mut self,
        line_id: &str,
        raw: Vec<RawVariant>,
        of: VariantsOf<'_>,
    ) -> Vec<Variant> {
        self.unique(raw.iter().map(|v| v.id.as_str()), |v| of.item(v));
        raw.into_iter()
            .map(|v| {
                let owner = of.item(&v.id);
                self.id(owner, &v.id);
                let when = v.when.as_ref().map(|c| self.cond(at(owner, "when"), c));
                let parts = LineParts {
                    speaker: v.speaker,
                    text: v.text,
                    cue: v.cue,
                    mood: v.mood,
                    audio: v.audio,
                };
                let id = format!("{line_id}#{}", v.id);
                let line = self.line(owner, ["text", "cue", "audio", "speaker"], &id, parts);
                Variant {
                    id: v.id,
                    when,
                    line,
                }
            })
            .collect()
    }

    pub(super) fn beat(&mut self, raw: RawBeat) -> Beat {
        let RawBeat {
            id,
            title,
            narration,
            line,
            variants,
            thought,
            facilitator,
            choices,
            next,
        } = raw;
        let item = Item::Beat(&id);
        let narration = narration.map(|text| {
            let parts = LineParts {
                speaker: None,
                text,
                cue: None,
                mood: None,
                audio: None,
            };
            let fields = ["narration"; 4];
            let line = self.line(item, fields, &format!("{id}/narration"), parts);
            Line {
                speaker: Speaker::Narrator,
                ..line
            }
        });
        let speech = match line {
            Some(line) => {
                let fields = ["line.text", "line.cue", "line.audio", "line.speaker"];
                let main = self.line(item, fields, &id, line.into());
                let variants = self.variants(&id, variants, VariantsOf::Beat(&id));
                Some(Speech { main, variants })
            }
            None => {
                if !variants.is_empty() {
                    self.push(
                        at(item, "variants").path(),
                        ProblemKind::VariantsWithoutLine,
                    );
                } else if narration.is_none() {
                    self.push(item.path(), ProblemKind::NothingSaid);
                }
                None
            }
        };
        self.title(&id, title.as_ref(), next.is_none() && !choices.is_empty());
        for (field, text) in [("thought", &thought), ("facilitator", &facilitator)] {
            if let Some(t) = text {
                self.text(|| at(item, field).path(), t);
            }
        }
        let variant_count = speech.as_ref().map_or(0, |s| s.variants.len());
        for (what, count, limit) in [
            (Counted::Choices, choices.len(), MAX_CHOICES),
            (Counted::Variants, variant_count, MAX_VARIANTS),
        ] {
            if count > limit {
                self.push(item.path(), ProblemKind::TooMany { what, count, limit });
            }
        }
        let choices = match next {
            Some(_) if !choices.is_empty() => {
                self.push(at(item, "next").path(), ProblemKind::ChoicesAndNext);
                Vec::new()
            }
            Some(next) => vec![self.continue_choice(item, &next)],
            None => self.choices(&id, choices),
        };
        Beat {
            id,
            title,
            narration,
            speech,
            thought,
            facilitator,
            choices,
        }
    }

    /// A beat's title: complete in both languages and short. A decision
    /// without one is named on the branch map by the first words of its
    /// line, which rarely say what the moment is about.
    fn title(&mut self, beat: &str, title: Option<&Text>, decision: bool) {
        let item = Item::Beat(beat);
        let Some(title) = title else {
            if decision {
                self.untitled.push(beat.to_owned());
            }
            return;
        };
        self.text(|| at(item, "title").path(), title);
        let longest = Lang::ALL
            .into_iter()
            .map(|lang| (title.get(lang).trim().chars().count(), lang))
            .max_by_key(|(chars, _)| *chars);
        if let Some((chars, lang)) = longest.filter(|(chars, _)| *chars > MAX_TITLE_CHARS) {
            let limit = MAX_TITLE_CHARS;
            let kind = ProblemKind::LongTitle { lang, chars, limit };
            self.push(at(item, "title").path(), kind);
        }
    }

    fn choices(&mut self, beat: &str, raw: Vec<RawChoice>) -> Vec<Choice> {
        let item = Item::Beat(beat);
        if raw.is_empty() {
            self.push(at(item, "choices").path(), ProblemKind::NoChoices);
        }
        self.unique(raw.iter().map(|c| c.key.as_str()), |c| {
            Item::Choice(beat, c)
        });
        let choices: Vec<Choice> = raw.into_iter().map(|c| self.choice(beat, c)).collect();
        if !choices.is_empty() && !choices.iter().any(|c| c.scores.is_recommended()) {
            self.push(item.path(), ProblemKind::NoGoodPractice);
        }
        choices
    }

    /// The single "Continuer" of a beat with `next` instead of choices.
    fn continue_choice(&mut self, beat: Item<'_>, next: &crate::scenario::raw::Next) -> Choice {
        Choice {
            key: "continue".to_owned(),
            text: Text::default(),
            scores: Scores::default(),
            rationale: Text::default(),
            effects: Vec::new(),
            when: None,
            reply: None,
            next: self.route(at(beat, "next"), next),
            audio: Audio::default(),
            continues: true,
            repair: false,
            minor: None,
        }
    }

    fn choice(&mut self, beat: &str, raw: RawChoice) -> Choice {
        let RawChoice {
            key,
            text,
            scores: raw_scores,
            rationale,
            effects,
            when,
            reply,
            next,
            audio,
            repair,
            minor,
        } = raw;
        let item = Item::Choice(beat, &key);
        self.id(item, &key);
        self.text(|| at(item, "text").path(), &text);
        self.spoken(at(item, "text"), &text);
        let mut scores = Scores::default();
        for (point, value) in &raw_scores {
            let (min, max) = SCORE_RANGE;
            if (min..=max).contains(value) {
                scores.0[point.index()] = i8::try_from(*value).ok();
            } else {
                let kind = ProblemKind::OutOfRange {
                    value: (*value).into(),
                    min: min.into(),
                    max: max.into(),
                };
                self.push(at(item, "scores").path(), kind);
            }
        }
        if raw_scores.is_empty() {
            self.push(at(item, "scores").path(), ProblemKind::NoScores);
        }
        if rationale.fr.trim().is_empty() && rationale.en.trim().is_empty() {
            self.push(at(item, "rationale").path(), ProblemKind::NoRationale);
        } else {
            self.text(|| at(item, "rationale").path(), &rationale);
        }
        let effects = effects
            .iter()
            .map(|e| self.effect(at(item, "effects"), e))
            .collect();
        let when = when.as_ref().map(|c| self.cond(at(item, "when"), c));
        let reply = reply.map(|r| self.reply(beat, &key, r));
        let next: Route = self.route(at(item, "next"), &next);
        // The trainee's words are voiced only when a file is named: the
        // convention is for what the trainee hears.
        let audio = match &audio {
            Some(raw) => self.audio(at(item, "audio"), &format!("{beat}/{key}"), Some(raw)),
            None => Audio::default(),
        };
        Choice {
            key,
            text,
            scores,
            rationale,
            effects,
            when,
            reply,
            next,
            audio,
            continues: false,
            repair,
            // A blank reason is no reason: the answer is audited as any other.
            minor: minor.filter(|why| !why.trim().is_empty()),
        }
    }

    fn reply(&mut self, beat: &str, key: &str, raw: RawReply) -> Speech {
        let RawReply {
            speaker,
            text,
            cue,
            mood,
            audio,
            variants,
        } = raw;
        let item = Item::Choice(beat, key);
        let line_id = format!("{beat}/{key}/reply");
        let parts = LineParts {
            speaker,
            text,
            cue,
            mood,
            audio,
        };
        let fields = ["reply.text", "reply.cue", "reply.audio", "reply.speaker"];
        let main = self.line(item, fields, &line_id, parts);
        if variants.len() > MAX_VARIANTS {
            let (what, count, limit) = (Counted::Variants, variants.len(), MAX_VARIANTS);
            self.push(
                at(item, "reply").path(),
                ProblemKind::TooMany { what, count, limit },
            );
        }
        let variants = self.variants(&line_id, variants, VariantsOf::Reply(beat, key));
        Speech { main, variants }
    }

    pub(super) fn ending(&mut self, raw: RawEnding) -> Ending {
        let RawEnding {
            id,
            kind,
            title,
            text,
            lesson,
            audio,
            resources_first,
            lesson_variants,
        } = raw;
        let item = Item::Ending(&id);
        for (field, t) in [("title", &title), ("text", &text), ("lesson", &lesson)] {
            self.text(|| at(item, field).path(), t);
        }
        self.unique(lesson_variants.iter().map(|v| v.id.as_str()), |v| {
            Item::LessonVariant(&id, v)
        });
        let lesson_variants = (lesson_variants.iter())
            .map(|v| {
                let variant = Item::LessonVariant(&id, &v.id);
                self.id(variant, &v.id);
                self.text(|| at(variant, "text").path(), &v.text);
                LessonVariant {
                    id: v.id.clone(),
                    when: self.cond(at(variant, "when"), &v.when),
                    text: v.text.clone(),
                }
            })
            .collect();
        let audio = self.audio(at(item, "audio"), &id, audio.as_ref());
        Ending {
            id,
            kind,
            title,
            text,
            lesson,
            audio,
            resources_first,
            lesson_variants,
        }
    }
}
