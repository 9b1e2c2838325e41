//! Analysis of the (beat × state) graph: reachability, dead ends and the
//! min/max achievable score per key point.
//!
//! Each node is a beat with one reachable state; each edge is a choice
//! available there with one of its possible targets. Everything is linear in
//! the size of that graph; paths are never enumerated.

use rustc_hash::FxHashMap;

use serde::Serialize;

use super::KeyPoint;
use super::model::{Route, Scenario, Target, holds};
use super::problem::{ItemPath, ProblemKind, Segment};

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

#[derive(Clone, Copy)]
enum To {
    Node(u32),
    End(u32),
}

/// A [`To`] in four bytes (the top bit marks an ending): edges are the
/// bulk of the graph's memory.
#[derive(Clone, Copy)]
struct PackedTo(u32);

const END_BIT: u32 = 1 << 31;

impl PackedTo {
    fn new(to: To) -> PackedTo {
        match to {
            To::Node(n) => PackedTo(n),
            To::End(e) => PackedTo(e | END_BIT),
        }
    }

    fn get(self) -> To {
        if self.0 & END_BIT == 0 {
            To::Node(self.0)
        } else {
            To::End(self.0 & !END_BIT)
        }
    }
}

struct Edge {
    to: PackedTo,
    /// Small on purpose, like `to`.
    scores: [i8; 5],
}

/// The explored graph.
struct Graph {
    /// (beat, state id) per node.
    nodes: Vec<(u32, u32)>,
    states: Vec<Box<[i32]>>,
    /// CSR: edges of node n are `edges[first[n]..first[n + 1]]`.
    first: Vec<u32>,
    edges: Vec<Edge>,
    complete: bool,
}

/// A problem found by the analysis, not yet located.
pub type Finding = (ItemPath, ProblemKind);

/// Analyses `scenario`; `max_states` caps the nodes explored.
pub fn analyse(scenario: &Scenario, max_states: usize) -> (Vec<Finding>, Summary) {
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
        score_bounds: score_bounds(&graph, &reach_end),
    };
    (findings, summary)
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

impl Graph {
    fn out(&self, n: usize) -> &[Edge] {
        &self.edges[self.first[n] as usize..self.first[n + 1] as usize]
    }
}

fn explore(scenario: &Scenario, max_states: usize, findings: &mut Vec<Finding>) -> Graph {
    // Fast hashing and room for a few states per beat up front: this is the
    // hot loop of `check` on large scenarios.
    let guess = scenario.beats.len().saturating_mul(4).min(max_states);
    let mut state_ids: FxHashMap<Box<[i32]>, u32> = FxHashMap::default();
    let mut states: Vec<Box<[i32]>> = Vec::new();
    let mut node_ids = NodeIds::new(scenario.beats.len());
    let mut nodes: Vec<(u32, u32)> = Vec::with_capacity(guess);
    let mut first = vec![0u32];
    let mut edges = Vec::new();
    let mut reported = vec![false; scenario.beats.len()];
    let mut avoidable = AvoidableCheckpoints::new(scenario);
    let mut complete = true;

    let mut intern = |state: &[i32], states: &mut Vec<Box<[i32]>>| -> u32 {
        if let Some(id) = state_ids.get(state) {
            return *id;
        }
        let id = states.len() as u32;
        states.push(state.into());
        state_ids.insert(state.into(), id);
        id
    };
    let start_state = intern(&scenario.start_state(), &mut states);
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
        state.extend_from_slice(&states[state_id as usize]);
        let mut any_available = false;
        for choice in &beat.choices {
            if !holds(choice.when.as_ref(), &state) {
                continue;
            }
            any_available = true;
            next_state.clear();
            next_state.extend_from_slice(&state);
            scenario.apply(&choice.effects, &mut next_state);
            targets.clear();
            match &choice.next {
                Route::Goto(t) => targets.push(*t),
                Route::Branch(cases, otherwise) => targets.push(
                    cases
                        .iter()
                        .find(|(c, _)| c.holds(&next_state))
                        .map_or(*otherwise, |(_, t)| *t),
                ),
                Route::Random(options) => targets.extend(
                    options
                        .iter()
                        .filter(|o| o.weight(&next_state) > 0)
                        .map(|o| o.target),
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
            for t in &targets {
                let to = match *t {
                    Target::Ending(e) => {
                        avoidable.visit(scenario, e, &next_state, findings);
                        To::End(e)
                    }
                    Target::Beat(b) => {
                        let sid = *next_sid.get_or_insert_with(|| {
                            if next_state == state {
                                state_id
                            } else {
                                intern(&next_state, &mut states)
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

/// Reports each (required checkpoint, good ending) pair once, when an
/// edge reaches that ending with the checkpoint not passed.
struct AvoidableCheckpoints {
    required: Vec<(usize, u16)>,
    reported: rustc_hash::FxHashSet<(usize, u32)>,
}

impl AvoidableCheckpoints {
    fn new(scenario: &Scenario) -> AvoidableCheckpoints {
        AvoidableCheckpoints {
            required: (scenario.checkpoints.iter().enumerate())
                .filter(|(_, c)| c.required)
                .map(|(i, c)| (i, c.slot))
                .collect(),
            reported: rustc_hash::FxHashSet::default(),
        }
    }

    fn visit(
        &mut self,
        scenario: &Scenario,
        ending: u32,
        state: &[i32],
        findings: &mut Vec<Finding>,
    ) {
        if self.required.is_empty() || !scenario.endings[ending as usize].kind.is_good() {
            return;
        }
        for &(checkpoint, slot) in &self.required {
            if state[usize::from(slot)] == 0 && self.reported.insert((checkpoint, ending)) {
                let path = ItemPath(vec![Segment::Ending(
                    scenario.endings[ending as usize].id.clone(),
                )]);
                let kind = ProblemKind::CheckpointAvoidable {
                    checkpoint: scenario.checkpoints[checkpoint].id.clone(),
                    state: describe_state(scenario, state),
                };
                findings.push((path, kind));
            }
        }
    }
}

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

/// Nodes from which some ending can be reached (reverse breadth-first search).
fn can_reach_end(graph: &Graph) -> Vec<bool> {
    let n = graph.nodes.len();
    let mut rev_count = vec![0u32; n + 1];
    for e in &graph.edges {
        if let To::Node(t) = e.to.get() {
            rev_count[t as usize + 1] += 1;
        }
    }
    for i in 0..n {
        rev_count[i + 1] += rev_count[i];
    }
    let mut fill = rev_count.clone();
    let mut rev = vec![0u32; rev_count[n] as usize];
    let mut ok = vec![false; n];
    let mut queue = Vec::new();
    for (from, reached) in ok.iter_mut().enumerate() {
        for e in graph.out(from) {
            match e.to.get() {
                To::Node(t) => {
                    rev[fill[t as usize] as usize] = from as u32;
                    fill[t as usize] += 1;
                }
                To::End(_) => {
                    if !*reached {
                        *reached = true;
                        queue.push(from as u32);
                    }
                }
            }
        }
    }
    while let Some(t) = queue.pop() {
        let t = t as usize;
        for &from in &rev[rev_count[t] as usize..rev_count[t + 1] as usize] {
            if !ok[from as usize] {
                ok[from as usize] = true;
                queue.push(from);
            }
        }
    }
    ok
}

/// Strongly connected components (iterative Tarjan), numbered so that a
/// component only reaches components with a smaller number.
fn components(graph: &Graph) -> (Vec<u32>, usize) {
    const UNSEEN: u32 = u32::MAX;
    let n = graph.nodes.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![UNSEEN; n];
    let mut stack = Vec::new();
    let mut call: Vec<(u32, u32)> = Vec::new();
    let mut next_index = 0u32;
    let mut count = 0usize;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        call.push((root as u32, graph.first[root]));
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root as u32);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut edge)) = call.last_mut() {
            let v = v as usize;
            if *edge < graph.first[v + 1] {
                let e = &graph.edges[*edge as usize];
                *edge += 1;
                if let To::Node(w) = e.to.get() {
                    let w = w as usize;
                    if index[w] == UNSEEN {
                        index[w] = next_index;
                        low[w] = next_index;
                        next_index += 1;
                        stack.push(w as u32);
                        on_stack[w] = true;
                        call.push((w as u32, graph.first[w]));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                }
                continue;
            }
            call.pop();
            if let Some(&(parent, _)) = call.last() {
                let p = parent as usize;
                low[p] = low[p].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w as usize] = false;
                    comp[w as usize] = count as u32;
                    if w as usize == v {
                        break;
                    }
                }
                count += 1;
            }
        }
    }
    (comp, count)
}

fn score_bounds(graph: &Graph, reach_end: &[bool]) -> Vec<ScoreBounds> {
    // Per component: best totals from it to an ending; None = unbounded,
    // Some(None) = no ending reachable yet.
    let (comp, count) = components(graph);
    // Nodes grouped by component (counting sort): one allocation, not one per component.
    let mut first = vec![0u32; count + 1];
    for c in &comp {
        first[*c as usize + 1] += 1;
    }
    for c in 0..count {
        first[c + 1] += first[c];
    }
    let mut fill = first.clone();
    let mut members = vec![0u32; comp.len()];
    for (n, c) in comp.iter().enumerate() {
        members[fill[*c as usize] as usize] = n as u32;
        fill[*c as usize] += 1;
    }
    // Best totals from each component to an ending, as plain i32 to keep
    // these arrays small: `i32::MAX` in `max` (`i32::MIN` in `min`) means
    // unbounded; the opposite extreme means no ending found yet.
    let mut max = vec![[i32::MIN; 5]; count];
    let mut min = vec![[i32::MAX; 5]; count];
    for c in 0..count {
        let (mut hi, mut lo) = ([i32::MIN; 5], [i32::MAX; 5]);
        for &n in &members[first[c] as usize..first[c + 1] as usize] {
            if !reach_end[n as usize] {
                continue;
            }
            for e in graph.out(n as usize) {
                let (t_hi, t_lo) = match e.to.get() {
                    To::End(_) => ([0; 5], [0; 5]),
                    To::Node(t) if !reach_end[t as usize] => continue,
                    To::Node(t) if comp[t as usize] as usize == c => {
                        // A loop: any score on it makes the total unbounded.
                        for k in 0..5 {
                            if e.scores[k] > 0 {
                                hi[k] = i32::MAX;
                            }
                            if e.scores[k] < 0 {
                                lo[k] = i32::MIN;
                            }
                        }
                        continue;
                    }
                    To::Node(t) => (
                        max[comp[t as usize] as usize],
                        min[comp[t as usize] as usize],
                    ),
                };
                for k in 0..5 {
                    let score = i32::from(e.scores[k]);
                    hi[k] = if hi[k] == i32::MAX || t_hi[k] == i32::MAX {
                        i32::MAX
                    } else {
                        hi[k].max(t_hi[k].saturating_add(score))
                    };
                    lo[k] = if lo[k] == i32::MIN || t_lo[k] == i32::MIN {
                        i32::MIN
                    } else {
                        lo[k].min(t_lo[k].saturating_add(score))
                    };
                }
            }
        }
        max[c] = hi;
        min[c] = lo;
    }
    let start = comp.first().map(|c| *c as usize);
    KeyPoint::ALL
        .iter()
        .map(|&point| {
            let k = point.index();
            let (lo, hi) = match start {
                Some(s) if reach_end.first() == Some(&true) => (
                    (min[s][k] != i32::MIN).then_some(min[s][k]),
                    (max[s][k] != i32::MAX).then_some(max[s][k]),
                ),
                _ => (Some(0), Some(0)),
            };
            ScoreBounds {
                point,
                min: lo,
                max: hi,
            }
        })
        .collect()
}
