//! Raw → validated: resolve ids to indices, check texts, scores and ranges.
//!
//! Every problem is collected; the graph analysis ([`super::graph`]) runs
//! only when all references resolved.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use super::model::{
    Beat, Choice, Cond, Ending, Line, Meta, Op, Route, Scenario, Scores, Slot, SlotDef, Target,
    Variant, WeightedTarget,
};
use super::problem::{Counted, ItemPath, Problem, ProblemKind, Segment};
use super::raw::{
    Condition, Effect, Next, RawBeat, RawChoice, RawEnding, RawLine, RawScenario, RawVariant,
};
use super::{KeyPoint, Text};

/// Scores are integers in this range.
pub const SCORE_RANGE: (i32, i32) = (-2, 2);
/// Most choices in one beat (nine have a key; more would not fit a screen).
pub const MAX_CHOICES: usize = 32;
/// Most variants of one line.
pub const MAX_VARIANTS: usize = 32;
/// Most variables and flags together (state slots are small indices).
pub const MAX_SLOTS: usize = 256;

struct Compiler<'a> {
    file: &'a str,
    asset_dir: Option<&'a Path>,
    problems: Vec<Problem>,
    slots: HashMap<&'a str, (Slot, bool)>,
    targets: HashMap<&'a str, Target>,
}

/// Compiles `raw`; returns the scenario when no error was found.
pub fn compile(
    raw: RawScenario,
    file: &str,
    asset_dir: Option<&Path>,
    fingerprint: u64,
) -> (Option<Scenario>, Vec<Problem>) {
    let mut c = Compiler {
        file,
        asset_dir,
        problems: Vec::new(),
        slots: HashMap::new(),
        targets: HashMap::new(),
    };
    let slots = c.slots(&raw);
    c.ids(&raw);
    c.meta_texts(&raw);
    let beats: Vec<Beat> = raw.beats.iter().map(|b| c.beat(b)).collect();
    let endings: Vec<Ending> = raw.endings.iter().map(|e| c.ending(e)).collect();
    let start = c.start(&raw);
    c.key_points_in_play(&raw);
    let problems = c.problems;
    let has_error = problems
        .iter()
        .any(|p| p.severity == super::Severity::Error);
    let scenario = match (has_error, start) {
        (false, Some(start)) => Some(Scenario {
            meta: Meta {
                id: raw.id,
                version: raw.version,
                title: raw.title,
                summary: raw.summary,
                setting: raw.setting,
                trainee_role: raw.trainee_role,
                young_person: raw.young_person,
                noticed: raw.noticed,
                objectives: raw.objectives,
                content_note: raw.content_note,
                minutes: raw.minutes,
                difficulty: raw.difficulty,
                shuffle_choices: raw.shuffle_choices,
            },
            slots,
            start,
            beats,
            endings,
            fingerprint,
            asset_dir: asset_dir.map(Path::to_path_buf),
        }),
        _ => None,
    };
    (scenario, problems)
}

/// Ids become parts of line ids and file names: keep them plain.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_')
}

impl<'a> Compiler<'a> {
    fn push(&mut self, path: ItemPath, kind: ProblemKind) {
        self.problems.push(Problem::at(self.file, path, kind));
    }

    /// `path` is built only when there is something to report.
    fn text(&mut self, path: impl Fn() -> ItemPath, text: &Text) {
        for lang in Text::missing(text) {
            self.problems.push(Problem::at(
                self.file,
                path(),
                ProblemKind::MissingText { lang },
            ));
        }
    }

    fn id(&mut self, path: ItemPath, id: &str) {
        if !valid_id(id) {
            self.push(path, ProblemKind::InvalidId { id: id.to_owned() });
        }
    }

    fn slots(&mut self, raw: &'a RawScenario) -> Vec<SlotDef> {
        let mut defs = Vec::new();
        for v in &raw.variables {
            let path = ItemPath(vec![Segment::Variable(v.id.clone())]);
            self.id(path.clone(), &v.id);
            if v.min > v.max {
                self.push(
                    path.clone(),
                    ProblemKind::EmptyRange {
                        min: v.min,
                        max: v.max,
                    },
                );
            } else if !(v.min..=v.max).contains(&v.start) {
                self.push(
                    path.with(Segment::Field("start")),
                    ProblemKind::OutOfRange {
                        value: v.start.into(),
                        min: v.min.into(),
                        max: v.max.into(),
                    },
                );
            }
            self.add_slot(path, &v.id, false);
            defs.push(SlotDef {
                id: v.id.clone(),
                min: v.min,
                max: v.max.max(v.min),
                start: v.start.clamp(v.min, v.max.max(v.min)),
                is_flag: false,
            });
        }
        for f in &raw.flags {
            let path = ItemPath(vec![Segment::Field("flags")]);
            self.id(path.clone(), f);
            self.add_slot(path, f, true);
            defs.push(SlotDef {
                id: f.clone(),
                min: 0,
                max: 1,
                start: 0,
                is_flag: true,
            });
        }
        defs
    }

    fn add_slot(&mut self, path: ItemPath, id: &'a str, is_flag: bool) {
        if self.slots.len() == MAX_SLOTS {
            let count = MAX_SLOTS + 1;
            self.push(
                path.clone(),
                ProblemKind::TooMany {
                    what: Counted::StateSlots,
                    count,
                    limit: MAX_SLOTS,
                },
            );
        }
        let index = Slot::try_from(self.slots.len()).unwrap_or(Slot::MAX);
        if self.slots.insert(id, (index, is_flag)).is_some() {
            self.push(path, ProblemKind::DuplicateId { id: id.to_owned() });
        }
    }

    fn ids(&mut self, raw: &'a RawScenario) {
        self.id(ItemPath(vec![Segment::Field("id")]), &raw.id);
        let beats = raw
            .beats
            .iter()
            .enumerate()
            .map(|(i, b)| (&b.id, Target::Beat(i as u32), Segment::Beat(b.id.clone())));
        let endings = raw.endings.iter().enumerate().map(|(i, e)| {
            (
                &e.id,
                Target::Ending(i as u32),
                Segment::Ending(e.id.clone()),
            )
        });
        for (id, target, seg) in beats.chain(endings).collect::<Vec<_>>() {
            let path = ItemPath(vec![seg]);
            self.id(path.clone(), id);
            if self.targets.insert(id, target).is_some() {
                self.push(path, ProblemKind::DuplicateId { id: id.clone() });
            }
        }
        if raw.endings.is_empty() {
            self.push(
                ItemPath(vec![Segment::Field("endings")]),
                ProblemKind::NoEndings,
            );
        }
    }

    fn meta_texts(&mut self, raw: &RawScenario) {
        let fields: [(&'static str, &Text); 7] = [
            ("title", &raw.title),
            ("summary", &raw.summary),
            ("setting", &raw.setting),
            ("trainee_role", &raw.trainee_role),
            ("noticed", &raw.noticed),
            ("content_note", &raw.content_note),
            ("young_person.situation", &raw.young_person.situation),
        ];
        for (name, text) in fields {
            self.text(|| ItemPath(vec![Segment::Field(name)]), text);
        }
        for o in &raw.objectives {
            self.text(|| ItemPath(vec![Segment::Field("objectives")]), o);
        }
    }

    fn start(&mut self, raw: &RawScenario) -> Option<u32> {
        let path = ItemPath(vec![Segment::Field("start")]);
        match self.targets.get(raw.start.as_str()) {
            Some(Target::Beat(b)) => Some(*b),
            Some(Target::Ending(_)) => {
                let target = raw.start.clone();
                self.push(path, ProblemKind::StartNotBeat { target });
                None
            }
            None => {
                let target = raw.start.clone();
                self.push(path, ProblemKind::UnknownTarget { target });
                None
            }
        }
    }

    fn key_points_in_play(&mut self, raw: &RawScenario) {
        for point in KeyPoint::ALL {
            let scored = raw
                .beats
                .iter()
                .flat_map(|b| &b.choices)
                .any(|c| c.scores.contains_key(&point));
            if !scored && !raw.beats.is_empty() {
                self.push(
                    ItemPath(vec![Segment::Field("beats")]),
                    ProblemKind::KeyPointNeverScored { point },
                );
            }
        }
    }

    fn audio(&mut self, path: ItemPath, audio: Option<&String>) -> Option<PathBuf> {
        let rel = Path::new(audio?);
        let inside = rel
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !inside || rel.as_os_str().is_empty() {
            let p = rel.display().to_string();
            self.push(path, ProblemKind::AssetOutsideFolder { path: p });
            return None;
        }
        let dir = self.asset_dir?;
        let full = dir.join(rel);
        if !full.is_file() {
            let p = full.display().to_string();
            self.push(path, ProblemKind::MissingAudio { path: p });
        }
        Some(full)
    }

    fn line(&mut self, path: ItemPath, raw: &RawLine) -> Line {
        self.line_parts(
            path,
            &raw.text,
            raw.cue.as_ref(),
            raw.mood,
            raw.audio.as_ref(),
        )
    }

    fn line_parts(
        &mut self,
        path: ItemPath,
        text: &Text,
        cue: Option<&Text>,
        mood: Option<super::Mood>,
        audio: Option<&String>,
    ) -> Line {
        self.text(|| path.with(Segment::Field("text")), text);
        if let Some(cue) = cue {
            self.text(|| path.with(Segment::Field("cue")), cue);
        }
        Line {
            text: text.clone(),
            cue: cue.cloned(),
            mood,
            audio: self.audio(path.with(Segment::Field("audio")), audio),
        }
    }

    fn variant(&mut self, path: &ItemPath, raw: &RawVariant) -> Variant {
        let path = path.with(Segment::Variant(raw.id.clone()));
        self.id(path.clone(), &raw.id);
        let when = raw
            .when
            .as_ref()
            .map(|c| self.cond(path.with(Segment::Field("when")), c));
        let line = self.line_parts(
            path,
            &raw.text,
            raw.cue.as_ref(),
            raw.mood,
            raw.audio.as_ref(),
        );
        Variant {
            id: raw.id.clone(),
            when,
            line,
        }
    }

    fn beat(&mut self, raw: &RawBeat) -> Beat {
        let path = ItemPath(vec![Segment::Beat(raw.id.clone())]);
        let line = self.line(path.with(Segment::Field("line")), &raw.line);
        let mut seen = HashMap::new();
        for v in &raw.variants {
            if seen.insert(v.id.as_str(), ()).is_some() {
                let p = path.with(Segment::Variant(v.id.clone()));
                self.push(p, ProblemKind::DuplicateId { id: v.id.clone() });
            }
        }
        let variants = raw
            .variants
            .iter()
            .map(|v| self.variant(&path, v))
            .collect();
        for (field, text) in [("thought", &raw.thought), ("facilitator", &raw.facilitator)] {
            if let Some(t) = text {
                self.text(|| path.with(Segment::Field(field)), t);
            }
        }
        for (what, count, limit) in [
            (Counted::Choices, raw.choices.len(), MAX_CHOICES),
            (Counted::Variants, raw.variants.len(), MAX_VARIANTS),
        ] {
            if count > limit {
                self.push(path.clone(), ProblemKind::TooMany { what, count, limit });
            }
        }
        if raw.choices.is_empty() {
            self.push(path.with(Segment::Field("choices")), ProblemKind::NoChoices);
        }
        let mut keys = HashMap::new();
        for ch in &raw.choices {
            if keys.insert(ch.key.as_str(), ()).is_some() {
                let p = path.with(Segment::Choice(ch.key.clone()));
                self.push(p, ProblemKind::DuplicateId { id: ch.key.clone() });
            }
        }
        let choices: Vec<Choice> = raw.choices.iter().map(|c| self.choice(&path, c)).collect();
        if !choices.is_empty() && !choices.iter().any(|c| c.scores.is_recommended()) {
            self.push(path.clone(), ProblemKind::NoGoodPractice);
        }
        Beat {
            id: raw.id.clone(),
            line,
            variants,
            thought: raw.thought.clone(),
            facilitator: raw.facilitator.clone(),
            choices,
        }
    }

    fn choice(&mut self, beat: &ItemPath, raw: &RawChoice) -> Choice {
        let path = beat.with(Segment::Choice(raw.key.clone()));
        self.id(path.clone(), &raw.key);
        self.text(|| path.with(Segment::Field("text")), &raw.text);
        let mut scores = Scores::default();
        for (point, value) in &raw.scores {
            let (min, max) = SCORE_RANGE;
            if (min..=max).contains(value) {
                scores.0[point.index()] = i8::try_from(*value).ok();
            } else {
                self.push(
                    path.with(Segment::Field("scores")),
                    ProblemKind::OutOfRange {
                        value: (*value).into(),
                        min: min.into(),
                        max: max.into(),
                    },
                );
            }
        }
        if raw.scores.is_empty() {
            self.push(path.with(Segment::Field("scores")), ProblemKind::NoScores);
        }
        if raw.rationale.fr.trim().is_empty() && raw.rationale.en.trim().is_empty() {
            self.push(
                path.with(Segment::Field("rationale")),
                ProblemKind::NoRationale,
            );
        } else {
            self.text(|| path.with(Segment::Field("rationale")), &raw.rationale);
        }
        let effects = raw
            .effects
            .iter()
            .map(|e| self.effect(path.with(Segment::Field("effects")), e))
            .collect();
        let when = raw
            .when
            .as_ref()
            .map(|c| self.cond(path.with(Segment::Field("when")), c));
        let next = self.route(path.with(Segment::Field("next")), &raw.next);
        Choice {
            key: raw.key.clone(),
            text: raw.text.clone(),
            scores,
            rationale: raw.rationale.clone(),
            effects,
            when,
            next,
            audio: self.audio(path.with(Segment::Field("audio")), raw.audio.as_ref()),
        }
    }

    fn ending(&mut self, raw: &RawEnding) -> Ending {
        let path = ItemPath(vec![Segment::Ending(raw.id.clone())]);
        for (field, text) in [
            ("title", &raw.title),
            ("text", &raw.text),
            ("lesson", &raw.lesson),
        ] {
            self.text(|| path.with(Segment::Field(field)), text);
        }
        Ending {
            id: raw.id.clone(),
            kind: raw.kind,
            title: raw.title.clone(),
            text: raw.text.clone(),
            lesson: raw.lesson.clone(),
            audio: self.audio(path.with(Segment::Field("audio")), raw.audio.as_ref()),
        }
    }

    /// A slot by name; `want_flag` says which kind the reference needs.
    fn slot(&mut self, path: &ItemPath, name: &str, want_flag: bool) -> Slot {
        match self.slots.get(name) {
            Some((slot, is_flag)) if *is_flag == want_flag => *slot,
            _ => {
                let name = name.to_owned();
                let kind = if want_flag {
                    ProblemKind::UnknownFlag { name }
                } else {
                    ProblemKind::UnknownVariable { name }
                };
                self.push(path.clone(), kind);
                0
            }
        }
    }

    fn cond(&mut self, path: ItemPath, raw: &Condition) -> Cond {
        match raw {
            Condition::AtLeast(v, n) => Cond::AtLeast(self.slot(&path, v, false), *n),
            Condition::AtMost(v, n) => Cond::AtMost(self.slot(&path, v, false), *n),
            Condition::Flag(f) => Cond::AtLeast(self.slot(&path, f, true), 1),
            Condition::NotFlag(f) => Cond::AtMost(self.slot(&path, f, true), 0),
            Condition::All(cs) => {
                Cond::All(cs.iter().map(|c| self.cond(path.clone(), c)).collect())
            }
            Condition::Any(cs) => {
                Cond::Any(cs.iter().map(|c| self.cond(path.clone(), c)).collect())
            }
        }
    }

    fn effect(&mut self, path: ItemPath, raw: &Effect) -> Op {
        match raw {
            Effect::Add(v, n) => Op::Add(self.slot(&path, v, false), *n),
            Effect::Set(v, n) => Op::Set(self.slot(&path, v, false), *n),
            Effect::SetFlag(f) => Op::Set(self.slot(&path, f, true), 1),
            Effect::ClearFlag(f) => Op::Set(self.slot(&path, f, true), 0),
        }
    }

    fn target(&mut self, path: &ItemPath, id: &str) -> Target {
        match self.targets.get(id) {
            Some(t) => *t,
            None => {
                let target = id.to_owned();
                self.push(path.clone(), ProblemKind::UnknownTarget { target });
                Target::Ending(0)
            }
        }
    }

    fn route(&mut self, path: ItemPath, raw: &Next) -> Route {
        match raw {
            Next::Goto(id) => Route::Goto(self.target(&path, id)),
            Next::Branch { cases, otherwise } => {
                let cases = cases
                    .iter()
                    .map(|c| {
                        (
                            self.cond(path.clone(), &c.when),
                            self.target(&path, &c.goto),
                        )
                    })
                    .collect();
                Route::Branch(cases, self.target(&path, otherwise))
            }
            Next::Random(options) => {
                if options.is_empty() {
                    self.push(
                        path.clone(),
                        ProblemKind::AllWeightsZero {
                            state: String::new(),
                        },
                    );
                }
                let options = options
                    .iter()
                    .map(|w| WeightedTarget {
                        target: self.target(&path, &w.goto),
                        base: w.weight,
                        per: w
                            .per
                            .iter()
                            .map(|(v, f)| (self.slot(&path, v, false), *f))
                            .collect(),
                    })
                    .collect();
                Route::Random(options)
            }
        }
    }
}
