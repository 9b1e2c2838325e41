//! A resource file (format v2's `resources.ron`, or a scenario's own):
//! checked like `entretien check` does, every problem worded in both
//! languages and located inside the text; a clean file's sections keep
//! their order and ids through `ordered`.

use crate::i18n::render_problem;
use crate::scenario::load::Limits;
use crate::scenario::resources::{builtin, check, ordered};
use crate::scenario::{Lang, Severity};

/// Checks one input as a resource file.
pub fn resource_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits {
        max_bytes: 1 << 20,
        ..Limits::default()
    };
    let (sections, problems) = check(text, "fuzz-resources.ron", &limits);
    let lines = text.lines().count().max(1);
    for p in &problems {
        let _ = render_problem(p, Lang::Fr);
        let _ = render_problem(p, Lang::En);
        if let Some(at) = p.location {
            assert!(at.line >= 1 && at.line <= lines + 1, "{p:?}");
        }
    }
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return;
    }
    let first: Vec<String> = sections.iter().rev().map(|s| s.id.clone()).collect();
    let shown = ordered(&first, &sections, builtin());
    for (i, s) in sections.iter().rev().enumerate() {
        assert_eq!(shown[i].id, s.id);
    }
}
