//! Raw → validated: resolve ids to indices, check texts, scores and ranges.
//!
//! Every problem is collected; the graph analysis ([`super::graph`]) runs
//! only when all references resolved.

mod audio;
mod beat;
mod state;

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

use super::model::valid_id;
use super::model::{Assets, Beat, CharacterIndex, Ending, Meta, Scenario, Slot, Target};
use super::problem::{ItemPath, Problem, ProblemKind, Segment};
use super::raw::{RawBeat, RawEnding, RawScenario};
use super::resources::{Section, builtin, compile_sections};
use super::{KeyPoint, Lang, Text};

pub use audio::AUDIO_EXTENSIONS;
use state::SlotKind;

/// Scores are integers in this range.
pub const SCORE_RANGE: (i32, i32) = (-2, 2);
/// Most choices in one beat (nine have a key; more would not fit a screen).
pub const MAX_CHOICES: usize = 32;
/// Most variants of one line.
pub const MAX_VARIANTS: usize = 32;
/// Longest beat title, in characters: a few words that fit a box of the
/// branch map on two rows.
pub const MAX_TITLE_CHARS: usize = 40;
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
    /// `beats[b].choices[k].reply.variants[v]`
    ReplyVariant(&'r str, &'r str, &'r str),
    Ending(&'r str),
    /// `endings[e].lesson_variants[v]`
    LessonVariant(&'r str, &'r str),
    Variable(&'r str),
    Character(&'r str),
    Checkpoint(&'r str),
}

impl Item<'_> {
    fn path(self) -> ItemPath {
        let seg = |s: &str| s.to_owned();
        ItemPath(match self {
            Item::Top(field) => vec![Segment::Field(field)],
            Item::Beat(b) => vec![Segment::Beat(seg(b))],
            Item::Variant(b, v) => vec![Segment::Beat(seg(b)), Segment::Variant(seg(v))],
            Item::Choice(b, c) => vec![Segment::Beat(seg(b)), Segment::Choice(seg(c))],
            Item::ReplyVariant(b, c, v) => vec![
                Segment::Beat(seg(b)),
                Segment::Choice(seg(c)),
                Segment::Field("reply"),
                Segment::Variant(seg(v)),
            ],
            Item::Ending(e) => vec![Segment::Ending(seg(e))],
            Item::LessonVariant(e, v) => vec![
                Segment::Ending(seg(e)),
                Segment::Field("lesson_variants"),
                Segment::Section(seg(v)),
            ],
            Item::Variable(v) => vec![Segment::Variable(seg(v))],
            Item::Character(c) => vec![Segment::Character(seg(c))],
            Item::Checkpoint(c) => vec![Segment::Checkpoint(seg(c))],
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
    assets: Option<&'a Assets>,
    problems: Vec<Problem>,
    slots: HashMap<&'a str, (Slot, SlotKind)>,
    /// Names declared twice: reported once, then accepted as either kind.
    declared_twice: Vec<&'a str>,
    speakers: HashMap<&'a str, CharacterIndex>,
    targets: HashMap<String, Target>,
    stems: audio::Stems,
    /// Decisions without a title: reported only when the scenario plays,
    /// so that thirty of them never bury an error.
    untitled: Vec<String>,
}

/// Compiles `raw`; returns the scenario when no error was found.
pub fn compile(
    mut raw: RawScenario,
    file: &str,
    assets: Option<&Assets>,
    fingerprint: u64,
) -> (Option<Scenario>, Vec<Problem>) {
    // Beats and endings are moved into the scenario, not copied.
    let raw_beats = std::mem::take(&mut raw.beats);
    let raw_endings = std::mem::take(&mut raw.endings);
    let mut c = Compiler {
        file,
        assets,
        problems: Vec::new(),
        slots: HashMap::default(),
        declared_twice: Vec::new(),
        speakers: HashMap::default(),
        targets: HashMap::default(),
        stems: audio::Stems::default(),
        untitled: Vec::new(),
    };
    let resources = compile_sections(
        std::mem::take(&mut raw.resources),
        file,
        &ItemPath(vec![Segment::Field("resources")]),
        builtin(),
        &mut c.problems,
    );
    let (slots, checkpoints) = c.slots(&raw);
    let characters = c.characters(&raw);
    c.ids(&raw.id, &raw_beats, &raw_endings);
    c.meta_texts(&raw);
    let start = c.start(&raw);
    c.key_points_in_play(&raw_beats);
    let beats: Vec<Beat> = raw_beats.into_iter().map(|b| c.beat(b)).collect();
    let endings: Vec<Ending> = raw_endings.into_iter().map(|e| c.ending(e)).collect();
    c.resources_first(&endings, &resources);
    c.orphan_audio();
    let mut problems = c.problems;
    let has_error = problems
        .iter()
        .any(|p| p.severity == super::Severity::Error);
    if !has_error {
        let untitled = (c.untitled.iter())
            .map(|b| Problem::at(file, Item::Beat(b).path(), ProblemKind::UntitledBeat));
        problems.extend(untitled);
    }
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
            characters,
            checkpoints,
            resources,
            slots,
            start,
            beats,
            endings,
            fingerprint,
            assets: assets.cloned(),
            ambience: assets.and_then(Assets::ambience),
        }),
        _ => None,
    };
    (scenario, problems)
}

/// A control character no text may hold: C0 and C1 but tab and newline
/// (an escape sequence starts with one).
pub fn is_forbidden_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
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
        for lang in [Lang::Fr, Lang::En] {
            if let Some(c) = text.get(lang).chars().find(|&c| is_forbidden_control(c)) {
                let kind = ProblemKind::ControlCharacter {
                    lang,
                    code: u32::from(c),
                };
                self.problems.push(Problem::at(self.file, path(), kind));
            }
        }
    }

    /// Words said aloud (a line, a reply, the trainee's answer) must not
    /// hold an inclusive dot: « seul·e » cannot be spoken or recorded. The
    /// dot stays fine in labels, lessons and rationales.
    fn spoken(&mut self, at: At<'_>, text: &Text) {
        let dotted = (text.fr.split_whitespace())
            .find(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).contains('·'));
        if let Some(word) = dotted {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '·');
            let kind = ProblemKind::SpokenInclusiveDot {
                word: word.to_owned(),
            };
            self.push(at.path(), kind);
        }
    }

    fn id(&mut self, item: Item<'_>, id: &str) {
        if !valid_id(id) {
            self.push(item.path(), ProblemKind::InvalidId { id: id.to_owned() });
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

    /// Every id an ending shows first must name a resource section.
    fn resources_first(&mut self, endings: &[Ending], own: &[Section]) {
        for e in endings {
            for id in &e.resources_first {
                if !own.iter().chain(builtin()).any(|s| &s.id == id) {
                    let kind = ProblemKind::UnknownResource { id: id.clone() };
                    self.push(at(Item::Ending(&e.id), "resources_first").path(), kind);
                }
            }
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
}
