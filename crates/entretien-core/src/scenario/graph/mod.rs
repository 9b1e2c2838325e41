//! Analysis of the (beat × state) graph: reachability, dead ends and the
//! min/max achievable score per key point.
//!
//! Each node is a beat with one reachable state; each edge is a choice
//! available there with one of its possible targets. Everything is linear in
//! the size of that graph; paths are never enumerated.

mod avoidable;
mod bounds;
mod explore;
mod states;

pub use explore::{Edge, Graph, PackedTo, To, explore};
pub use states::States;

use serde::Serialize;

use super::KeyPoint;
use super::model::Scenario;
use super::problem::{ItemPath, ProblemKind, Segment};
use bounds::{can_reach_end, score_bounds};

/// Figures about a checked scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Number of beats.
    pub beats: usize,
    /// Number of choices in all beats.
    pub choices: usize,
    /// Number of endings.
    pub endings: usize,
    /// Endings some run can reach.
    pub reachable_endings: usize,
    /// (beat × state) nodes explored.
    pub states: usize,
    /// False when the state limit stopped the exploration (bounds then
    /// cover only the explored part).
    pub complete: bool,
    /// Raw score bounds per key point, in [`KeyPoint::ALL`] order.
    pub score_bounds: Vec<ScoreBounds>,
}

/// The lowest and highest total a run can reach on one key point;
/// `None` means unbounded (a loop that scores the point).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScoreBounds {
    /// The key point.
    pub point: KeyPoint,
    /// Lowest total, `None` if unbounded.
    pub min: Option<i32>,
    /// Highest total, `None` if unbounded.
    pub max: Option<i32>,
}

/// A problem found by the analysis, not yet located.
pub type Finding = (ItemPath, ProblemKind);

/// Analyses `scenario`; `max_states` caps the nodes explored. The score
/// bounds are worked out only when `with_bounds` (left to zero otherwise:
/// playing needs the problems, not the figures). The graph is returned for
/// whoever analyses it further (the audit).
pub fn analyse(
    scenario: &Scenario,
    max_states: usize,
    with_bounds: bool,
) -> (Vec<Finding>, Summary, Graph) {
    let mut findings = Vec::new();
    let graph = explore(scenario, max_states, &mut findings);
    // Beats already reported as stuck (no choice, zero weights) are not
    // reported again as dead ends.
    let mut stuck = vec![false; scenario.beats.len()];
    for (path, _) in &findings {
        if let Some(Segment::Beat(id)) = path.0.first()
            && let Some(i) = scenario.beats.iter().position(|b| &b.id == id)
        {
            stuck[i] = true;
        }
    }
    let reach_end = can_reach_end(&graph);
    let mut beat_seen = vec![false; scenario.beats.len()];
    let mut ending_seen = vec![false; scenario.endings.len()];
    let mut dead_beat = vec![false; scenario.beats.len()];
    for (n, &(beat, state)) in graph.nodes.iter().enumerate() {
        beat_seen[beat as usize] = true;
        for e in graph.out(n) {
            if let To::End(i) = e.to.get() {
                ending_seen[i as usize] = true;
            }
        }
        if graph.complete && !reach_end[n] && !dead_beat[beat as usize] && !stuck[beat as usize] {
            dead_beat[beat as usize] = true;
            let state = describe_state(scenario, &graph.states[state as usize]);
            findings.push((beat_path(scenario, beat), ProblemKind::DeadEnd { state }));
        }
    }
    if graph.complete {
        for (i, seen) in beat_seen.iter().enumerate() {
            if !seen {
                findings.push((beat_path(scenario, i as u32), ProblemKind::UnreachableBeat));
            }
        }
        for (i, seen) in ending_seen.iter().enumerate() {
            if !seen {
                let path = ItemPath(vec![Segment::Ending(scenario.endings[i].id.clone())]);
                findings.push((path, ProblemKind::UnreachableEnding));
            }
        }
    } else {
        let limit = max_states;
        let path = ItemPath(vec![Segment::Field("variables")]);
        findings.push((path, ProblemKind::StateSpaceTooLarge { limit }));
    }
    let summary = Summary {
        beats: scenario.beats.len(),
        choices: scenario.beats.iter().map(|b| b.choices.len()).sum(),
        endings: scenario.endings.len(),
        reachable_endings: ending_seen.iter().filter(|s| **s).count(),
        states: graph.nodes.len(),
        complete: graph.complete,
        score_bounds: if with_bounds {
            score_bounds(&graph, &reach_end)
        } else {
            Vec::new()
        },
    };
    (findings, summary, graph)
}

fn beat_path(scenario: &Scenario, beat: u32) -> ItemPath {
    ItemPath(vec![Segment::Beat(scenario.beat(beat).id.clone())])
}

/// `trust = 2, secret_promis` — for messages.
pub fn describe_state(scenario: &Scenario, state: &[i32]) -> String {
    let parts: Vec<String> = scenario
        .slots
        .iter()
        .zip(state)
        .filter(|(def, v)| !def.is_flag || **v != 0)
        .map(|(def, v)| {
            if def.is_flag {
                def.id.clone()
            } else {
                format!("{} = {v}", def.id)
            }
        })
        .collect();
    parts.join(", ")
}
