//! The checker: one call that reads, parses, compiles and analyses a
//! scenario and returns every problem, located and sorted. A resource file
//! (root `Resources(`) goes through the same calls, so that `entretien check`
//! and the app treat both alike.

use std::sync::Arc;

use serde::Serialize;

use super::compile::compile;
use super::graph::{Graph, Summary, analyse};
use super::load::{BOM, Limits, decode, parse};
pub use super::locate::locate;
use super::model::{Assets, Scenario};
use super::problem::{Problem, Severity};
use super::raw::RawScenario;
use super::resources;

/// What a checked file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// A scenario (root `Scenario(`, or anything that is not a resource file).
    Scenario,
    /// "What to do next" sections (root `Resources(`).
    Resources,
}

/// What the checker found about one file.
#[derive(Debug, Clone)]
pub struct Report {
    /// The file, as given.
    pub file: String,
    /// Scenario or resource file; a resource file never has a scenario.
    pub kind: FileKind,
    /// The playable scenario, when there is no error.
    pub scenario: Option<Scenario>,
    /// Every problem, sorted by position; while [`Report::kept`] holds
    /// the graph, not yet located nor sorted (the audit does both).
    pub problems: Vec<Problem>,
    /// Figures, when the scenario compiled and [`Limits::figures`] asked.
    pub summary: Option<Summary>,
    /// What the audit reuses, when [`Limits::keep_for_audit`] asked.
    pub kept: Option<Arc<Kept>>,
}

/// What the check leaves for the audit of the same file: the audit
/// explores the same graph and locates its findings in the same text.
pub struct Kept {
    /// The explored graph.
    pub graph: Graph,
    /// The source the problems were located in.
    pub source: String,
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (nodes, bytes) = (self.graph.nodes.len(), self.source.len());
        write!(f, "Kept {{ {nodes} nodes, {bytes} bytes }}")
    }
}

impl Report {
    /// A file that could not be read or parsed: its one problem.
    pub fn failed(problem: Problem) -> Report {
        Report {
            file: problem.file.clone(),
            kind: FileKind::Scenario,
            scenario: None,
            problems: vec![problem],
            summary: None,
            kept: None,
        }
    }

    /// Number of problems of `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    /// Locates and sorts the problems the check left unlocated for the
    /// audit, and lets the kept graph go: for a report that will not be
    /// audited after all (its scenario refused).
    pub fn locate_kept(&mut self) {
        if let Some(kept) = self.kept.take() {
            let src = kept.source.strip_prefix(BOM).unwrap_or(&kept.source);
            locate(src, &mut self.problems);
        }
    }

    /// The first error, for one-line displays.
    pub fn first_error(&self) -> Option<&Problem> {
        self.problems.iter().find(|p| p.severity == Severity::Error)
    }
}

/// Checks the text of a file read from disk (the app reads it), keeping
/// the text itself for the audit when asked, without a copy.
pub fn check_read(src: String, file: &str, assets: Option<&Assets>, limits: &Limits) -> Report {
    let (mut report, graph) = check_text(&src, file, assets, limits);
    keep(&mut report, graph, || src);
    report
}

/// Checks bytes (for example a dropped file or a fuzz input).
pub fn check_bytes(bytes: &[u8], file: &str, limits: &Limits) -> Report {
    match decode(bytes.to_vec(), file, limits) {
        Ok(src) => check_source(&src, file, None, limits),
        Err(p) => Report::failed(*p),
    }
}

/// Checks a source text: a scenario, or a resource file when its root is
/// `Resources(`. A leading byte-order mark (some Windows editors write one)
/// is skipped, so that line 1 keeps the columns an editor shows.
pub fn check_source(src: &str, file: &str, assets: Option<&Assets>, limits: &Limits) -> Report {
    let (mut report, graph) = check_text(src, file, assets, limits);
    keep(&mut report, graph, || src.to_owned());
    report
}

/// Keeps the graph and the source in the report when the limits ask.
fn keep(report: &mut Report, graph: Option<Graph>, source: impl FnOnce() -> String) {
    if let Some(graph) = graph {
        let source = source();
        report.kept = Some(Arc::new(Kept { graph, source }));
    }
}

/// [`check_source`], and the explored graph when the limits ask to keep it.
fn check_text(
    src: &str,
    file: &str,
    assets: Option<&Assets>,
    limits: &Limits,
) -> (Report, Option<Graph>) {
    let src = src.strip_prefix(BOM).unwrap_or(src);
    if resources::is_resources(src) {
        let (_, problems) = resources::check(src, file, limits);
        let report = Report {
            file: file.to_owned(),
            kind: FileKind::Resources,
            scenario: None,
            problems,
            summary: None,
            kept: None,
        };
        return (report, None);
    }
    let raw = match parse(src, file, limits) {
        Ok(raw) => raw,
        Err(p) => return (Report::failed(*p), None),
    };
    let fingerprint = if limits.fingerprint {
        fingerprint(&raw, src)
    } else {
        0
    };
    let (scenario, mut problems) = compile(raw, file, assets, fingerprint);
    let mut summary = None;
    let mut scenario = scenario;
    let mut graph = None;
    if let Some(s) = scenario.as_ref().filter(|_| limits.explore) {
        let (findings, figures, explored) = analyse(s, limits.max_states, limits.figures);
        graph = limits.keep_for_audit.then_some(explored);
        problems.extend(
            findings
                .into_iter()
                .map(|(path, kind)| Problem::at(file, path, kind)),
        );
        summary = limits.figures.then_some(figures);
        if problems.iter().any(|p| p.severity == Severity::Error) {
            scenario = None;
        }
    }
    // Only a playable scenario is audited; its problems are then located
    // with the audit's, by one locator (the audit's findings are many on
    // a large file, and building a locator is a pass over the whole text).
    let graph = graph.filter(|_| scenario.is_some());
    if graph.is_none() {
        locate(src, &mut problems);
    }
    let report = Report {
        file: file.to_owned(),
        kind: FileKind::Scenario,
        scenario,
        problems,
        summary,
        kept: None,
    };
    (report, graph)
}

/// What the file says, not how it is written: a comment or a new
/// indentation leaves saved interviews resumable. The compact RON of the
/// raw scenario is hashed as it is written, never held whole (a large
/// file's would be as large as the file); the value is the one-shot hash
/// of that text, as before.
fn fingerprint(raw: &RawScenario, src: &str) -> u64 {
    /// Hashes in chunks: the serialiser writes a few bytes at a time.
    struct Hashing {
        hasher: xxhash_rust::xxh3::Xxh3Default,
        chunk: String,
    }
    impl std::fmt::Write for Hashing {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            if self.chunk.len() + s.len() > CHUNK_BYTES {
                self.hasher.update(self.chunk.as_bytes());
                self.chunk.clear();
            }
            self.chunk.push_str(s);
            Ok(())
        }
    }
    const CHUNK_BYTES: usize = 64 * 1024;
    let mut hashing = Hashing {
        hasher: xxhash_rust::xxh3::Xxh3Default::new(),
        chunk: String::with_capacity(CHUNK_BYTES),
    };
    match ron::ser::to_writer(&mut hashing, raw) {
        Ok(()) => {
            hashing.hasher.update(hashing.chunk.as_bytes());
            hashing.hasher.digest()
        }
        Err(_) => xxhash_rust::xxh3::xxh3_64(src.as_bytes()),
    }
}

/// The documented template, checked: the scenario unit tests play.
#[cfg(test)]
pub(crate) fn template() -> Scenario {
    let src = include_str!("../../../../docs/template.ron");
    check_source(src, "template.ron", None, &Limits::default())
        .scenario
        .expect("the template is valid")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::problem::{Location, ProblemKind};

    /// Playing leaves the figures out, never the errors the exploration
    /// finds: a scenario that gets stuck is still refused.
    #[test]
    fn without_figures_a_dead_end_is_still_an_error() {
        let src = include_str!("../../../../tests/fixtures/invalid/dead-end.ron");
        let quick = Limits {
            figures: false,
            ..Limits::default()
        };
        let report = check_source(src, "dead-end.ron", None, &quick);
        assert!(report.summary.is_none());
        assert!(report.scenario.is_none());
        let full = check_source(src, "dead-end.ron", None, &Limits::default());
        assert!(full.summary.is_some());
        assert_eq!(report.problems, full.problems);
    }

    /// Saved interviews resume when the fingerprint is unchanged: it stays
    /// the hash of the compact RON of what the file says.
    #[test]
    fn the_fingerprint_is_the_hash_of_the_compact_ron() {
        let src = include_str!("../../../../docs/template.ron");
        let raw = crate::scenario::load::parse(src, "t.ron", &Limits::default()).expect("parses");
        let said = ron::to_string(&raw).expect("serialises");
        let expected = xxhash_rust::xxh3::xxh3_64(said.as_bytes());
        assert_eq!(fingerprint(&raw, src), expected);
        let report = check_source(src, "t.ron", None, &Limits::default());
        assert_eq!(report.scenario.map(|s| s.fingerprint), Some(expected));
    }

    /// The check keeps its graph and text for the audit only when asked.
    #[test]
    fn the_graph_is_kept_only_when_asked() {
        let src = include_str!("../../../../docs/template.ron");
        let report = check_source(src, "t.ron", None, &Limits::default());
        assert!(report.kept.is_none());
        let keep = Limits {
            keep_for_audit: true,
            ..Limits::default()
        };
        let report = check_source(src, "t.ron", None, &keep);
        let kept = report.kept.expect("kept");
        assert_eq!(kept.source, src);
        assert_eq!(
            kept.graph.nodes.len(),
            report.summary.map_or(0, |s| s.states)
        );
    }

    /// `levels` conditions, each inside an `All` or `Any`.
    fn nested(levels: usize) -> String {
        let mut cond = r#"AtLeast("trust", 4)"#.to_owned();
        for n in 0..levels {
            let form = if n % 2 == 0 { "All" } else { "Any" };
            cond = format!("{form}([{cond}])");
        }
        cond
    }

    /// Whether `src` is too deep; `Some(false)` only when it has no error.
    fn too_deep(src: &str) -> Option<bool> {
        let report = check_source(src, "t.ron", None, &Limits::default());
        match report.first_error().map(|p| &p.kind) {
            None => Some(false),
            Some(ProblemKind::TooDeep { .. }) => Some(true),
            Some(_) => None,
        }
    }

    /// The figures given in docs/scenario-format.md §18 and docs/template.ron.
    #[test]
    fn conditions_nest_28_deep_in_a_when_and_27_in_a_branch_case() {
        let template = include_str!("../../../../docs/template.ron");
        let put = |at: &str, levels| template.replace(at, &format!("when: {}", nested(levels)));
        let when = |levels| {
            put(
                r#"when: All([AtLeast("trust", 4), NotFlag("waited")])"#,
                levels,
            )
        };
        assert_eq!(too_deep(&when(28)), Some(false));
        assert_eq!(too_deep(&when(29)), Some(true));
        let case = |levels| put(r#"when: AtMost("trust", 1)"#, levels);
        assert_eq!(too_deep(&case(27)), Some(false));
        assert_eq!(too_deep(&case(28)), Some(true));
    }

    /// An inclusive dot is a warning in words said aloud, and nothing in a
    /// rationale or a label (the template has « transparent·e » there).
    #[test]
    fn an_inclusive_dot_in_spoken_words_is_a_warning() {
        let src = include_str!("../../../../docs/template.ron").replace(
            "Ouais… Vous vouliez me voir\u{202f}?",
            "Ouais… T'es sûr·e de vouloir me voir\u{202f}?",
        );
        let report = check_source(&src, "t.ron", None, &Limits::default());
        let [problem] = report.problems.as_slice() else {
            panic!("{:#?}", report.problems);
        };
        let word = "sûr·e".to_owned();
        assert_eq!(problem.kind, ProblemKind::SpokenInclusiveDot { word });
        assert_eq!(problem.severity, crate::scenario::Severity::Warning);
        assert!(report.scenario.is_some(), "a warning: it still plays");
        assert_eq!(problem.path.to_string(), r#"beats["accueil"].line.text"#);
    }

    /// A flag listed twice is reported once, at its second mention.
    #[test]
    fn a_flag_listed_twice_is_located_at_the_second() {
        let src = include_str!("../../../../tests/fixtures/invalid/flag-named-like-variable.ron")
            .replace(
                r#"flags: ["secret", "trust"]"#,
                r#"flags: ["secret", "x", "secret"]"#,
            )
            .replace(r#"Flag("trust")"#, r#"Flag("x")"#);
        let report = check_source(&src, "f.ron", None, &Limits::default());
        let [problem] = report.problems.as_slice() else {
            panic!("{:#?}", report.problems);
        };
        assert_eq!(
            problem.kind,
            ProblemKind::DuplicateId {
                id: "secret".into()
            }
        );
        let at = Some(Location {
            line: 19,
            column: 28,
        });
        assert_eq!(problem.location, at);
    }
}
