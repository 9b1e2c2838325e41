//! Raw → validated: resolve ids to indices, check texts, scores and ranges.
//!
//! Every problem is collected; the graph analysis ([`super::graph`]) runs
//! only when all references resolved.

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;
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

/// An item of the file, by borrowed ids: turned into an [`ItemPath`] only
/// when there is a problem to report (a path allocates, and on a large
/// scenario almost no item has a problem).
#[derive(Clone, Copy)]
enum Item<'r> {
    /// A top-level field.
    Top(&'static str),
    Beat(&'r str),
    Variant(&'r str, &'r str),
    Choice(&'r str, &'r str),
    Ending(&'r str),
    Variable(&'r str),
}

impl Item<'_> {
    fn path(self) -> ItemPath {
        let seg = |s: &str| s.to_owned();
        ItemPath(match self {
            Item::Top(field) => vec![Segment::Field(field)],
            Item::Beat(b) => vec![Segment::Beat(seg(b))],
            Item::Variant(b, v) => vec![Segment::Beat(seg(b)), Segment::Variant(seg(v))],
            Item::Choice(b, c) => vec![Segment::Beat(seg(b)), Segment::Choice(seg(c))],
            Item::Ending(e) => vec![Segment::Ending(seg(e))],
            Item::Variable(v) => vec![Segment::Variable(seg(v))],
        })
    }
}

/// A field of an item.
#[derive(Clone, Copy)]
struct At<'p> {
    item: Item<'p>,
    field: &'static str,
}

impl At<'_> {
    fn path(self) -> ItemPath {
        self.item.path().with(Segment::Field(self.field))
    }
}

fn at<'p>(item: Item<'p>, field: &'static str) -> At<'p> {
    At { item, field }
}

struct Compiler<'a> {
    file: &'a str,
    asset_dir: Option<&'a Path>,
    problems: Vec<Problem>,
    slots: HashMap<&'a str, (Slot, bool)>,
    /// Names declared twice: reported once, then accepted as either kind.
    declared_twice: Vec<&'a str>,
    targets: HashMap<String, Target>,
}

/// Compiles `raw`; returns the scenario when no error was found.
pub fn compile(
    mut raw: RawScenario,
    file: &str,
    asset_dir: Option<&Path>,
    fingerprint: u64,
) -> (Option<Scenario>, Vec<Problem>) {
    // Beats and endings are moved into the scenario, not copied.
    let raw_beats = std::mem::take(&mut raw.beats);
    let raw_endings = std::mem::take(&mut raw.endings);
    let mut c = Compiler {
        file,
        asset_dir,
        problems: Vec::new(),
        slots: HashMap::default(),
        declared_twice: Vec::new(),
        targets: HashMap::default(),
    };
    let slots = c.slots(&raw);
    c.ids(&raw.id, &raw_beats, &raw_endings);
    c.meta_texts(&raw);
    let start = c.start(&raw);
    c.key_points_in_play(&raw_beats);
    let beats: Vec<Beat> = raw_beats.into_iter().map(|b| c.beat(b)).collect();
    let endings: Vec<Ending> = raw_endings.into_iter().map(|e| c.ending(e)).collect();
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

    fn id(&mut self, item: Item<'_>, id: &str) {
        if !valid_id(id) {
            self.push(item.path(), ProblemKind::InvalidId { id: id.to_owned() });
        }
    }

    fn slots(&mut self, raw: &'a RawScenario) -> Vec<SlotDef> {
        let mut defs = Vec::new();
        for v in &raw.variables {
            let item = Item::Variable(&v.id);
            self.id(item, &v.id);
            if v.min > v.max {
                self.push(
                    item.path(),
                    ProblemKind::EmptyRange {
                        min: v.min,
                        max: v.max,
                    },
                );
            } else if !(v.min..=v.max).contains(&v.start) {
                let kind = ProblemKind::OutOfRange {
                    value: v.start.into(),
                    min: v.min.into(),
                    max: v.max.into(),
                };
                self.push(at(item, "start").path(), kind);
            }
            self.add_slot(item, &v.id, false);
            defs.push(SlotDef {
                id: v.id.clone(),
                min: v.min,
                max: v.max.max(v.min),
                start: v.start.clamp(v.min, v.max.max(v.min)),
                is_flag: false,
            });
        }
        for f in &raw.flags {
            let item = Item::Top("flags");
            self.id(item, f);
            self.add_slot(item, f, true);
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

    fn add_slot(&mut self, item: Item<'_>, id: &'a str, is_flag: bool) {
        if self.slots.len() == MAX_SLOTS {
            let kind = ProblemKind::TooMany {
                what: Counted::StateSlots,
                count: MAX_SLOTS + 1,
                limit: MAX_SLOTS,
            };
            self.push(item.path(), kind);
        }
        let index = Slot::try_from(self.slots.len()).unwrap_or(Slot::MAX);
        match self.slots.entry(id) {
            Entry::Vacant(slot) => {
                slot.insert((index, is_flag));
            }
            Entry::Occupied(_) => {
                self.declared_twice.push(id);
                self.push(item.path(), ProblemKind::DuplicateId { id: id.to_owned() });
            }
        }
    }

    fn ids(&mut self, scenario_id: &str, beats: &[RawBeat], endings: &[RawEnding]) {
        self.id(Item::Top("id"), scenario_id);
        self.targets.reserve(beats.len() + endings.len());
        let beats = beats
            .iter()
            .enumerate()
            .map(|(i, b)| (Item::Beat(&b.id), &b.id, Target::Beat(i as u32)));
        let ends = endings
            .iter()
            .enumerate()
            .map(|(i, e)| (Item::Ending(&e.id), &e.id, Target::Ending(i as u32)));
        for (item, id, target) in beats.chain(ends) {
            self.id(item, id);
            // The first keeps the id, so references do not change meaning.
            let earlier = match self.targets.entry(id.clone()) {
                Entry::Occupied(slot) => *slot.get(),
                Entry::Vacant(slot) => {
                    slot.insert(target);
                    continue;
                }
            };
            // An ending named like a beat: authors look for the beat.
            let item = match earlier {
                Target::Beat(_) => Item::Beat(id),
                Target::Ending(_) => item,
            };
            self.push(item.path(), ProblemKind::DuplicateId { id: id.clone() });
        }
        if endings.is_empty() {
            self.push(Item::Top("endings").path(), ProblemKind::NoEndings);
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

    fn key_points_in_play(&mut self, beats: &[RawBeat]) {
        for point in KeyPoint::ALL {
            let scored = beats
                .iter()
                .flat_map(|b| &b.choices)
                .any(|c| c.scores.contains_key(&point));
            if !scored && !beats.is_empty() {
                self.push(
                    ItemPath(vec![Segment::Field("beats")]),
                    ProblemKind::KeyPointNeverScored { point },
                );
            }
        }
    }

    fn audio(&mut self, at: At<'_>, audio: Option<&String>) -> Option<PathBuf> {
        let rel = Path::new(audio?);
        let inside = rel
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !inside || rel.as_os_str().is_empty() {
            let p = rel.display().to_string();
            self.push(at.path(), ProblemKind::AssetOutsideFolder { path: p });
            return None;
        }
        let dir = self.asset_dir?;
        let full = dir.join(rel);
        if !full.is_file() {
            let p = full.display().to_string();
            self.push(at.path(), ProblemKind::MissingAudio { path: p });
        }
        Some(full)
    }

    /// The main line of a beat: its fields are `line.text`, `line.cue`…
    fn line(&mut self, beat: Item<'_>, raw: RawLine) -> Line {
        let fields = ["line.text", "line.cue", "line.audio"];
        self.line_parts(beat, fields, raw.text, raw.cue, raw.mood, raw.audio)
    }

    fn line_parts(
        &mut self,
        owner: Item<'_>,
        [text_field, cue_field, audio_field]: [&'static str; 3],
        text: Text,
        cue: Option<Text>,
        mood: Option<super::Mood>,
        audio: Option<String>,
    ) -> Line {
        self.text(|| at(owner, text_field).path(), &text);
        if let Some(cue) = &cue {
            self.text(|| at(owner, cue_field).path(), cue);
        }
        let audio = self.audio(at(owner, audio_field), audio.as_ref());
        Line {
            text,
            cue,
            mood,
            audio,
        }
    }

    /// Reports every id met a second time (variants or choice keys of a beat).
    fn unique<'r>(
        &mut self,
        ids: impl Iterator<Item = &'r str>,
        item: impl Fn(&'r str) -> Item<'r>,
    ) {
        let mut seen = HashMap::default();
        for id in ids {
            if seen.insert(id, ()).is_some() {
                self.push(
                    item(id).path(),
                    ProblemKind::DuplicateId { id: id.to_owned() },
                );
            }
        }
    }

    fn variant(&mut self, beat: &str, raw: RawVariant) -> Variant {
        let RawVariant {
            id,
            when,
            text,
            cue,
            mood,
            audio,
        } = raw;
        let item = Item::Variant(beat, &id);
        self.id(item, &id);
        let when = when.as_ref().map(|c| self.cond(at(item, "when"), c));
        let line = self.line_parts(item, ["text", "cue", "audio"], text, cue, mood, audio);
        Variant { id, when, line }
    }

    fn beat(&mut self, raw: RawBeat) -> Beat {
        let RawBeat {
            id,
            line,
            variants,
            thought,
            facilitator,
            choices,
        } = raw;
        let item = Item::Beat(&id);
        let line = self.line(item, line);
        self.unique(variants.iter().map(|v| v.id.as_str()), |v| {
            Item::Variant(&id, v)
        });
        for (field, text) in [("thought", &thought), ("facilitator", &facilitator)] {
            if let Some(t) = text {
                self.text(|| at(item, field).path(), t);
            }
        }
        for (what, count, limit) in [
            (Counted::Choices, choices.len(), MAX_CHOICES),
            (Counted::Variants, variants.len(), MAX_VARIANTS),
        ] {
            if count > limit {
                self.push(item.path(), ProblemKind::TooMany { what, count, limit });
            }
        }
        if choices.is_empty() {
            self.push(at(item, "choices").path(), ProblemKind::NoChoices);
        }
        self.unique(choices.iter().map(|c| c.key.as_str()), |c| {
            Item::Choice(&id, c)
        });
        let variants = variants.into_iter().map(|v| self.variant(&id, v)).collect();
        let choices: Vec<Choice> = choices.into_iter().map(|c| self.choice(&id, c)).collect();
        if !choices.is_empty() && !choices.iter().any(|c| c.scores.is_recommended()) {
            self.push(item.path(), ProblemKind::NoGoodPractice);
        }
        Beat {
            id,
            line,
            variants,
            thought,
            facilitator,
            choices,
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
            next,
            audio,
        } = raw;
        let item = Item::Choice(beat, &key);
        self.id(item, &key);
        self.text(|| at(item, "text").path(), &text);
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
        let next = self.route(at(item, "next"), &next);
        let audio = self.audio(at(item, "audio"), audio.as_ref());
        Choice {
            key,
            text,
            scores,
            rationale,
            effects,
            when,
            next,
            audio,
        }
    }

    fn ending(&mut self, raw: RawEnding) -> Ending {
        let RawEnding {
            id,
            kind,
            title,
            text,
            lesson,
            audio,
        } = raw;
        let item = Item::Ending(&id);
        for (field, t) in [("title", &title), ("text", &text), ("lesson", &lesson)] {
            self.text(|| at(item, field).path(), t);
        }
        let audio = self.audio(at(item, "audio"), audio.as_ref());
        Ending {
            id,
            kind,
            title,
            text,
            lesson,
            audio,
        }
    }

    /// A slot by name; `want_flag` says which kind the reference needs.
    fn slot(&mut self, at: At<'_>, name: &str, want_flag: bool) -> Slot {
        match self.slots.get(name) {
            Some((slot, is_flag)) if *is_flag == want_flag => *slot,
            Some((slot, _)) if self.declared_twice.contains(&name) => *slot,
            _ => {
                let name = name.to_owned();
                let kind = if want_flag {
                    ProblemKind::UnknownFlag { name }
                } else {
                    ProblemKind::UnknownVariable { name }
                };
                self.push(at.path(), kind);
                0
            }
        }
    }

    fn cond(&mut self, at: At<'_>, raw: &Condition) -> Cond {
        match raw {
            Condition::AtLeast(v, n) => Cond::AtLeast(self.slot(at, v, false), *n),
            Condition::AtMost(v, n) => Cond::AtMost(self.slot(at, v, false), *n),
            Condition::Flag(f) => Cond::AtLeast(self.slot(at, f, true), 1),
            Condition::NotFlag(f) => Cond::AtMost(self.slot(at, f, true), 0),
            Condition::All(cs) => Cond::All(cs.iter().map(|c| self.cond(at, c)).collect()),
            Condition::Any(cs) => Cond::Any(cs.iter().map(|c| self.cond(at, c)).collect()),
        }
    }

    fn effect(&mut self, at: At<'_>, raw: &Effect) -> Op {
        match raw {
            Effect::Add(v, n) => Op::Add(self.slot(at, v, false), *n),
            Effect::Set(v, n) => Op::Set(self.slot(at, v, false), *n),
            Effect::SetFlag(f) => Op::Set(self.slot(at, f, true), 1),
            Effect::ClearFlag(f) => Op::Set(self.slot(at, f, true), 0),
        }
    }

    fn target(&mut self, at: At<'_>, id: &str) -> Target {
        match self.targets.get(id) {
            Some(t) => *t,
            None => {
                let target = id.to_owned();
                self.push(at.path(), ProblemKind::UnknownTarget { target });
                Target::Ending(0)
            }
        }
    }

    fn route(&mut self, at: At<'_>, raw: &Next) -> Route {
        match raw {
            Next::Goto(id) => Route::Goto(self.target(at, id)),
            Next::Branch { cases, otherwise } => {
                let cases = cases
                    .iter()
                    .map(|c| (self.cond(at, &c.when), self.target(at, &c.goto)))
                    .collect();
                Route::Branch(cases, self.target(at, otherwise))
            }
            Next::Random(options) => {
                if options.is_empty() {
                    self.push(
                        at.path(),
                        ProblemKind::AllWeightsZero {
                            state: String::new(),
                        },
                    );
                }
                let options = options
                    .iter()
                    .map(|w| WeightedTarget {
                        target: self.target(at, &w.goto),
                        base: w.weight,
                        per: w
                            .per
                            .iter()
                            .map(|(v, f)| (self.slot(at, v, false), *f))
                            .collect(),
                    })
                    .collect();
                Route::Random(options)
            }
        }
    }
}
