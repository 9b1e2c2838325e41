//! What the data-file targets share: the scenarios a saved interview or a
//! history record may name, compiled once.

use std::sync::OnceLock;

use entretien::scenario::Scenario;
use entretien::scenario::check::check_source;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;

/// The built-in scenarios and the template, compiled on first use.
pub fn scenarios() -> &'static [Scenario] {
    static ALL: OnceLock<Vec<Scenario>> = OnceLock::new();
    ALL.get_or_init(|| {
        let template = check_source(
            include_str!("../../docs/template.ron"),
            "template.ron",
            None,
            &Limits::default(),
        );
        builtin(&Limits::default())
            .into_iter()
            .chain([template])
            .filter_map(|r| r.scenario)
            .collect()
    })
}

/// The scenario with this id, as the app finds it.
pub fn scenario(id: &str) -> Option<&'static Scenario> {
    scenarios().iter().find(|s| s.meta.id == id)
}
