//! Building the (beat × state) graph: every state reachable from the start,
//! explored breadth-first up to the state limit, with the problems met on
//! the way.

use rustc_hash::FxHashMap;

use super::avoidable::AvoidableCheckpoints;
use super::states::{States, same};
use super::{Finding, beat_path, describe_state};
use crate::scenario::model::{Route, Scenario, Target, holds};
use crate::scenario::problem::{ProblemKind, Segment};

/// Where an edge leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum To {
    /// A node of the graph.
    Node(u32),
    /// An ending (index into the scenario's endings).
    End(u32),
}

/// A [`To`] in four bytes (the top bit marks an ending): edges are the
/// bulk of the graph's memory.
#[derive(Clone, Copy)]
pub struct PackedTo(u32);

const END_BIT: u32 = 1 << 31;

impl PackedTo {
    fn new(to: To) -> PackedTo {
        match to {
            To::Node(n) => PackedTo(n),
            To::End(e) => PackedTo(e | END_BIT),
        }
    }

    /// The target.
    pub fn get(self) -> To {
        if self.0 & END_BIT == 0 {
            To::Node(self.0)
        } else {
            To::End(self.0 & !END_BIT)
        }
    }
}

/// One choice available at a node with one of its targets.
pub struct Edge {
    /// Where it leads.
    pub to: PackedTo,
    /// Its weight among the choice's targets (1 for a fixed route), so
    /// that the audit can follow the draws exactly.
    pub weight: u32,
    /// The choice's index in its beat; a choice with several targets has
    /// one edge per target, next to each other.
    pub choice: u16,
    /// Small on purpose, like `to`.
    pub scores: [i8; 5],
}

/// The explored (beat × state) graph.
pub struct Graph {
    /// (beat, state id) per node; node 0 is the start.
    pub nodes: Vec<(u32, u32)>,
    /// The states, by id.
    pub states: States,
    /// CSR: edges of node n are `edges[first[n]..first[n + 1]]`.
    pub first: Vec<u32>,
    /// Every edge, grouped by node.
    pub edges: Vec<Edge>,
    /// False when the state limit stopped the exploration.
    pub complete: bool,
}

impl Graph {
    /// The edges leaving node `n`.
    pub fn out(&self, n: usize) -> &[Edge] {
        &self.edges[self.first[n] as usize..self.first[n + 1] as usize]
    }
}

/// Explores every state reachable from the start, up to `max_states`
/// nodes, reporting what it meets on the way into `findings`.
pub fn explore(scenario: &Scenario, max_states: usize, findings: &mut Vec<Finding>) -> Graph {
    // Fast hashing and room for a few states per beat up front: this is the
    // hot loop of `check` on large scenarios.
    let (guess, edges_per_node) = room_needed(scenario, max_states);
    let start = scenario.start_state();
    // Distinct states are few next to nodes (a state is met at many beats).
    let mut states = States::new(start.len(), STATES_UP_FRONT);
    let mut node_ids = NodeIds::new(scenario.beats.len());
    let mut nodes: Vec<(u32, u32)> = Vec::with_capacity(guess);
    let mut first = Vec::with_capacity(guess + 1);
    first.push(0u32);
    let mut edges = Vec::with_capacity(guess.saturating_mul(edges_per_node));
    let mut reported = vec![false; scenario.beats.len()];
    let mut avoidable = AvoidableCheckpoints::new(scenario);
    let mut complete = true;

    let start_state = states.intern(&start);
    node_ids.insert(scenario.start, start_state, 0);
    nodes.push((scenario.start, start_state));

    let mut state = Vec::new();
    let mut next_state = Vec::new();
    let mut targets = Vec::new();
    let mut n = 0;
    while n < nodes.len() {
        let (beat_idx, state_id) = nodes[n];
        let beat = scenario.beat(beat_idx);
        // Copied into a reused buffer: `intern` below may grow `states`.
        state.clear();
        state.extend_from_slice(states.get(state_id));
        let mut any_available = false;
        for (index, choice) in beat.choices.iter().enumerate() {
            if !holds(choice.when.as_ref(), &state) {
                continue;
            }
            any_available = true;
            next_state.clear();
            next_state.extend_from_slice(&state);
            scenario.apply(&choice.effects, &mut next_state);
            targets.clear();
            match &choice.next {
                Route::Goto(t) => targets.push((*t, 1)),
                Route::Branch(cases, otherwise) => targets.push((
                    cases
                        .iter()
                        .find(|(c, _)| c.holds(&next_state))
                        .map_or(*otherwise, |(_, t)| *t),
                    1,
                )),
                Route::Random(options) => targets.extend(
                    options
                        .iter()
                        .map(|o| (o.target, o.weight(&next_state)))
                        .filter(|(_, w)| *w > 0),
                ),
            }
            if targets.is_empty() && !reported[beat_idx as usize] {
                reported[beat_idx as usize] = true;
                let path = beat_path(scenario, beat_idx).with(Segment::Choice(choice.key.clone()));
                let state = describe_state(scenario, &next_state);
                findings.push((path, ProblemKind::AllWeightsZero { state }));
            }
            let scores = choice.scores.0.map(|s| s.unwrap_or(0));
            // Interned once per choice, and not at all when the state did not change.
            let mut next_sid = None;
            let index = index as u16;
            for &(t, weight) in &targets {
                let to = match t {
                    Target::Ending(e) => {
                        avoidable.visit(scenario, e, &next_state, findings);
                        To::End(e)
                    }
                    Target::Beat(b) => {
                        let sid = *next_sid.get_or_insert_with(|| {
                            if same(&next_state, &state) {
                                state_id
                            } else {
                                states.intern(&next_state)
                            }
                        });
                        let id = match node_ids.get(b, sid) {
                            Some(id) => id,
                            None if nodes.len() >= max_states => {
                                complete = false;
                                continue;
                            }
                            None => {
                                let id = nodes.len() as u32;
                                nodes.push((b, sid));
                                node_ids.insert(b, sid, id);
                                id
                            }
                        };
                        To::Node(id)
                    }
                };
                edges.push(Edge {
                    to: PackedTo::new(to),
                    weight,
                    choice: index,
                    scores,
                });
            }
        }
        if !any_available && !reported[beat_idx as usize] {
            reported[beat_idx as usize] = true;
            let s = describe_state(scenario, &state);
            findings.push((
                beat_path(scenario, beat_idx),
                ProblemKind::NoChoiceAvailable { state: s },
            ));
        }
        first.push(edges.len() as u32);
        n += 1;
    }
    Graph {
        nodes,
        states,
        first,
        edges,
        complete,
    }
}

/// Room for the nodes and edges, reserved up front: growing these vectors
/// doubled their memory touched and copied them (a tenth of `check` on a
/// large file). Nodes are at most beats × every combination of the slots'
/// values, and the state limit; pages reserved but never written cost
/// nothing. Edges per node: the average number of targets of a beat.
fn room_needed(scenario: &Scenario, max_states: usize) -> (usize, usize) {
    let combinations = (scenario.slots.iter())
        .map(|s| u64::try_from(i64::from(s.max) - i64::from(s.min) + 1).unwrap_or(1))
        .fold(1u64, u64::saturating_mul);
    let beats = scenario.beats.len().max(1);
    let bound = combinations.saturating_mul(beats as u64).saturating_add(1);
    let nodes = usize::try_from(bound).unwrap_or(usize::MAX).min(max_states);
    let targets: usize = (scenario.beats.iter())
        .flat_map(|b| &b.choices)
        .map(|c| match &c.next {
            Route::Random(options) => options.len(),
            Route::Goto(_) | Route::Branch(..) => 1,
        })
        .sum();
    (nodes, targets.div_ceil(beats))
}

/// Room for this many distinct states before the store grows.
const STATES_UP_FRONT: usize = 256;

/// Node ids by (beat, state). Most beats have a few states: they are kept
/// as a short list next to the beat, which keeps memory access local on
/// large scenarios; a beat with many states moves to a hash table, so that
/// the lookup never turns quadratic.
struct NodeIds {
    few: Vec<Vec<(u32, u32)>>,
    many: FxHashMap<(u32, u32), u32>,
}

const FEW_STATES: usize = 16;

impl NodeIds {
    fn new(beats: usize) -> NodeIds {
        NodeIds {
            few: vec![Vec::new(); beats],
            many: FxHashMap::default(),
        }
    }

    fn get(&self, beat: u32, state: u32) -> Option<u32> {
        let few = &self.few[beat as usize];
        if few.len() < FEW_STATES {
            few.iter().find(|(s, _)| *s == state).map(|(_, id)| *id)
        } else {
            self.many.get(&(beat, state)).copied()
        }
    }

    fn insert(&mut self, beat: u32, state: u32, id: u32) {
        let few = &mut self.few[beat as usize];
        if few.len() + 1 < FEW_STATES {
            few.push((state, id));
            return;
        }
        if few.len() + 1 == FEW_STATES {
            // Move to the table; the full list marks the beat as "many".
            for &(s, n) in few.iter() {
                self.many.insert((beat, s), n);
            }
            few.push((state, id));
        }
        self.many.insert((beat, state), id);
    }
}
