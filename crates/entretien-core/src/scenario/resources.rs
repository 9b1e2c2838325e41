//! "What to do next" as data: professional secrecy, steps to report, the
//! police's role, closing the interview, building trust, specialised support
//! and helplines live in `scenarios/resources.ron`, each fact under a comment
//! naming its source, so that they can be checked and updated without
//! touching Rust.
//!
//! The file is embedded in the binary and checked like a scenario: serde
//! mirror first ([`RawResources`]), then [`compile_sections`] collects every
//! problem with its place. A scenario's own `resources: [...]` has the same
//! shape and goes through the same function.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::load::{Limits, parse_as};
use super::locate::locate;
use super::model::valid_id;
use super::problem::{ItemPath, Problem, ProblemKind, Segment, Severity};
use super::raw::RawSection;

/// The built-in file's name in problems and in `entretien check`.
pub const BUILTIN_FILE: &str = "builtin:resources.ron";

/// The built-in file, embedded at compile time so that the binary works from
/// any folder.
pub const BUILTIN_SOURCE: &str = include_str!("../../../../scenarios/resources.ron");

/// A whole resource file, exactly as written.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Resources")]
pub struct RawResources {
    /// The sections, in display order.
    pub sections: Vec<RawSection>,
}

pub use super::model::Section;

/// Whether `src` is a resource file: its root, after blanks, comments and
/// `#![enable(…)]` attributes, is `Resources(`.
pub fn is_resources(src: &str) -> bool {
    let mut rest = src;
    loop {
        rest = rest.trim_start();
        let after = |r: &'static str, end: &str| {
            rest.strip_prefix(r)
                .map(|r| r.split_once(end).map_or("", |(_, tail)| tail))
        };
        match after("//", "\n")
            .or_else(|| after("/*", "*/"))
            .or_else(|| after("#!", "]"))
        {
            Some(tail) => rest = tail,
            None => break,
        }
    }
    rest.strip_prefix("Resources")
        .is_some_and(|r| r.trim_start().starts_with('('))
}

/// Checks sections written in the list at `list` (the path of its field:
/// `sections` in a resource file, `resources` in a scenario), pushing every
/// problem to `problems`, unlocated (the caller locates them once for the
/// whole file). An id already used in `taken` (the built-in sections, for a
/// scenario's own) counts as a duplicate. The sections come back in file
/// order; they are fit to show only when no error was pushed.
pub fn compile_sections(
    raw: Vec<RawSection>,
    file: &str,
    list: &ItemPath,
    taken: &[Section],
    problems: &mut Vec<Problem>,
) -> Vec<Section> {
    let mut ids: HashSet<String> = taken.iter().map(|s| s.id.clone()).collect();
    let mut sections = Vec::with_capacity(raw.len());
    for section in raw {
        let path = || list.with(Segment::Section(section.id.clone()));
        let mut push = |path: ItemPath, kind| problems.push(Problem::at(file, path, kind));
        if !valid_id(&section.id) {
            push(
                path(),
                ProblemKind::InvalidId {
                    id: section.id.clone(),
                },
            );
        }
        if !ids.insert(section.id.clone()) {
            push(
                path(),
                ProblemKind::DuplicateId {
                    id: section.id.clone(),
                },
            );
        }
        for lang in section.title.missing() {
            push(
                path().with(Segment::Field("title")),
                ProblemKind::MissingText { lang },
            );
        }
        if section.items.is_empty() {
            push(
                path().with(Segment::Field("items")),
                ProblemKind::EmptySection,
            );
        }
        for (n, item) in section.items.iter().enumerate() {
            for lang in item.missing() {
                let at = path().with(Segment::Field("items")).with(Segment::Index(n));
                push(at, ProblemKind::MissingText { lang });
            }
        }
        sections.push(Section {
            id: section.id,
            title: section.title,
            items: section.items,
        });
    }
    sections
}

/// Parses and checks a resource file; the problems come located and sorted.
pub fn check(src: &str, file: &str, limits: &Limits) -> (Vec<Section>, Vec<Problem>) {
    let raw: RawResources = match parse_as(src, file, limits) {
        Ok(raw) => raw,
        Err(p) => return (Vec::new(), vec![*p]),
    };
    let mut problems = Vec::new();
    let list = ItemPath(vec![Segment::Field("sections")]);
    let sections = compile_sections(raw.sections, file, &list, &[], &mut problems);
    locate(src, &mut problems);
    (sections, problems)
}

/// The built-in sections, in file order, parsed on first use. A broken
/// built-in file gives an empty list rather than a panic: the tests catch
/// it (`builtin_file_has_no_problem`).
pub fn builtin() -> &'static [Section] {
    static SECTIONS: OnceLock<Vec<Section>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        let (sections, problems) = check(BUILTIN_SOURCE, BUILTIN_FILE, &Limits::default());
        if problems.iter().any(|p| p.severity == Severity::Error) {
            Vec::new()
        } else {
            sections
        }
    })
}

/// The sections to show, each once: those named in `first` in that order
/// (ids found in neither list are skipped), then the scenario's `own`, then
/// the rest of `shared`. On an id in both lists, `own` wins.
pub fn ordered<'a>(
    first: &[String],
    own: &'a [Section],
    shared: &'a [Section],
) -> Vec<&'a Section> {
    let find = |id: &String| own.iter().chain(shared).find(|s| &s.id == id);
    let mut out: Vec<&Section> = Vec::with_capacity(own.len() + shared.len());
    // A handful of sections: a linear look-up is cheaper than a set.
    for section in first.iter().filter_map(find).chain(own).chain(shared) {
        if !out.iter().any(|s| s.id == section.id) {
            out.push(section);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::scenario::Text;
    use crate::scenario::problem::Location;

    fn check_str(src: &str) -> (Vec<Section>, Vec<Problem>) {
        check(src, "test.ron", &Limits::default())
    }

    #[test]
    fn builtin_file_has_no_problem() {
        let (sections, problems) = check(BUILTIN_SOURCE, BUILTIN_FILE, &Limits::default());
        let rendered: Vec<String> = problems.iter().map(|p| format!("{p:?}")).collect();
        assert!(problems.is_empty(), "{}", rendered.join("\n"));
        assert_eq!(builtin(), sections.as_slice());
        let ids: Vec<&str> = builtin().iter().map(|s| s.id.as_str()).collect();
        let expected = [
            "secret",
            "signaler",
            "police",
            "conclure",
            "lien",
            "accompagnement",
            "aide",
        ];
        assert_eq!(ids, expected);
        assert!(is_resources(BUILTIN_SOURCE));
    }

    #[test]
    fn builtin_french_uses_narrow_no_break_spaces() {
        for section in builtin() {
            let texts = std::iter::once(&section.title).chain(&section.items);
            for text in texts {
                for mark in [" :", " ;", " ?", " !", "\u{a0}:"] {
                    assert!(!text.fr.contains(mark), "{:?} in {}", mark, text.fr);
                }
            }
        }
    }

    const BROKEN: &str = r#"// A comment first, as in the real file.
Resources(
    sections: [
        (
            id: "secret",
            title: (fr: "Secret", en: "Secrecy"),
            items: [
                (fr: "Un", en: "One"),
                (fr: "Deux"),
            ],
        ),
        (id: "Bad Id", title: (fr: "B", en: "B"), items: [(fr: "b", en: "b")]),
        (id: "vide", title: (fr: "Vide"), items: []),
        (id: "secret", title: (fr: "Encore", en: "Again"), items: [(fr: "c", en: "c")]),
    ],
)
"#;

    #[test]
    fn every_problem_is_located() {
        assert!(is_resources(BROKEN));
        let (_, problems) = check_str(BROKEN);
        let found: Vec<(String, String, Option<Location>)> = problems
            .iter()
            .map(|p| {
                let kind = serde_json::to_value(&p.kind).unwrap_or_default()["kind"].to_string();
                (kind, p.path.to_string(), p.location)
            })
            .collect();
        let at = |line, column| Some(Location { line, column });
        let expected = [
            ("missing-text", r#"sections["secret"].items[1]"#, at(9, 17)),
            ("invalid-id", r#"sections["Bad Id"]"#, at(12, 14)),
            ("missing-text", r#"sections["vide"].title"#, at(13, 22)),
            ("empty-section", r#"sections["vide"].items"#, at(13, 43)),
            // The second `id: "secret"`, not the first.
            ("duplicate-id", r#"sections["secret"]"#, at(14, 14)),
        ];
        let expected: Vec<(String, String, Option<Location>)> = expected
            .iter()
            .map(|(k, p, l)| (format!("\"{k}\""), (*p).to_owned(), *l))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn unknown_field_is_located() {
        let src = "Resources(\n    sections: [\n        (id: \"a\", title: (fr: \"A\", en: \"A\"), itmes: []),\n    ],\n)\n";
        let (sections, problems) = check_str(src);
        assert!(sections.is_empty());
        assert_eq!(problems.len(), 1);
        let p = &problems[0];
        assert!(
            matches!(&p.kind, ProblemKind::UnknownField { field, .. } if field == "itmes"),
            "{p:?}"
        );
        assert_eq!(p.location.map(|l| l.line), Some(3));
    }

    #[test]
    fn a_scenario_is_not_a_resource_file() {
        assert!(!is_resources("// Resources(\nScenario(id: \"x\")"));
        assert!(is_resources(
            "#![enable(implicit_some)]\n/* x */ Resources ("
        ));
        assert!(!is_resources("ResourcesX("));
        assert!(!is_resources(""));
    }

    fn section(id: &str) -> Section {
        let text = Text {
            fr: id.to_owned(),
            en: id.to_owned(),
        };
        Section {
            id: id.to_owned(),
            title: text.clone(),
            items: vec![text],
        }
    }

    #[test]
    fn ordered_puts_the_first_ids_first_each_once() {
        let shared = [section("secret"), section("police"), section("aide")];
        let own = [section("foyer")];
        let first = ["police", "nope", "foyer", "police"].map(String::from);
        let ids: Vec<&str> = ordered(&first, &own, &shared)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["police", "foyer", "secret", "aide"]);
        let all: Vec<&str> = ordered(&[], &[], &shared)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(all, ["secret", "police", "aide"]);
    }

    #[test]
    fn a_scenario_section_may_not_reuse_a_builtin_id() {
        let raw = vec![RawSection {
            id: "secret".to_owned(),
            title: section("x").title,
            items: section("x").items,
        }];
        let mut problems = Vec::new();
        let list = ItemPath(vec![Segment::Field("resources")]);
        compile_sections(raw, "s.ron", &list, builtin(), &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path.to_string(), r#"resources["secret"]"#);
        assert!(matches!(problems[0].kind, ProblemKind::DuplicateId { .. }));
    }
}
