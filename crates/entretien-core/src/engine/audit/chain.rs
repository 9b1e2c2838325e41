//! Exact figures on the (beat × state) graph: the chance of each ending
//! when a policy plays from a node, and how often a policy visits each
//! node. A policy fixes a distribution over the answers of each node, and
//! the `Random` routes their own, so the graph is a Markov chain: its
//! values are solved, not sampled.
//!
//! Graphs with loops are solved per strongly connected component (in the
//! order Tarjan's algorithm gives), iterating only inside a loop.

use crate::engine::Policy;
use crate::scenario::graph::{Edge, Graph, To};
use crate::scenario::problem::{ItemPath, Segment};
use crate::scenario::{Lang, Outcome, Scenario};

/// A choice available at a node: its index in the beat and its edges.
#[derive(Clone, Copy)]
pub struct Offer<'g> {
    /// The choice's index in its beat.
    pub choice: u16,
    /// One edge per target, with the route's weights.
    pub edges: &'g [Edge],
}

/// The choices available at node `n`, in file order.
pub fn offers(graph: &Graph, n: usize) -> impl Iterator<Item = Offer<'_>> {
    graph
        .out(n)
        .chunk_by(|a, b| a.choice == b.choice)
        .map(|edges| Offer {
            choice: edges[0].choice,
            edges,
        })
}

/// The expected value of taking `offer`, from the values of the nodes and
/// of the endings it may lead to.
pub fn value_of(offer: Offer<'_>, nodes: &[f64], endings: &[f64]) -> f64 {
    let total: f64 = offer.edges.iter().map(|e| f64::from(e.weight)).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let sum: f64 = (offer.edges.iter())
        .map(|e| {
            let v = match e.to.get() {
                To::Node(m) => nodes[m as usize],
                To::End(i) => endings[i as usize],
            };
            f64::from(e.weight) * v
        })
        .sum();
    sum / total
}

/// The chance, from each node, of a good ending and of the Disclosure
/// ending when a policy plays every answer.
pub struct EndingChances {
    /// Good endings (Disclosure or BondKept).
    pub good: Vec<f64>,
    /// The Disclosure ending.
    pub disclosure: Vec<f64>,
}

/// The graph, the scenario and its components, ready to be solved.
pub struct Chain<'a> {
    pub scenario: &'a Scenario,
    pub graph: &'a Graph,
    /// Nodes grouped by component, sinks first; component c is
    /// `members[first[c]..first[c + 1]]`. Flat: a large story has as many
    /// components as nodes, and one vector each would cost an allocation.
    members: Vec<u32>,
    first: Vec<u32>,
    /// Index of each beat's first choice in a flat list of all choices,
    /// so that a policy ranks every choice once, not at every node.
    choice_base: Vec<u32>,
}

impl<'a> Chain<'a> {
    /// Orders the graph's components once for every solve.
    pub fn new(scenario: &'a Scenario, graph: &'a Graph) -> Chain<'a> {
        let (members, first) = components(graph);
        let mut choice_base = Vec::with_capacity(scenario.beats.len());
        let mut total = 0u32;
        for beat in &scenario.beats {
            choice_base.push(total);
            total += beat.choices.len() as u32;
        }
        Chain {
            scenario,
            graph,
            members,
            first,
            choice_base,
        }
    }

    /// The components, sinks first.
    fn components(&self) -> impl DoubleEndedIterator<Item = &[u32]> {
        self.first
            .windows(2)
            .map(|w| &self.members[w[0] as usize..w[1] as usize])
    }

    /// How much `policy` wants each choice of the scenario, flat (see
    /// `choice_base`): a length policy counts characters, once per choice.
    fn ranks(&self, policy: Policy, lang: Lang) -> Vec<i64> {
        (self.scenario.beats.iter())
            .flat_map(|b| &b.choices)
            .map(|c| policy.rank(c, lang))
            .collect()
    }

    /// The offers `policy` takes at node `n` (those it ranks highest, each
    /// as likely), written into `out`; `ranks` comes from [`Chain::ranks`].
    fn picks<'g>(&'g self, n: usize, ranks: &[i64], out: &mut Vec<Offer<'g>>) {
        out.clear();
        let base = self.choice_base[self.graph.nodes[n].0 as usize] as usize;
        let mut top = i64::MIN;
        for offer in offers(self.graph, n) {
            let rank = ranks[base + usize::from(offer.choice)];
            if rank > top {
                top = rank;
                out.clear();
            }
            if rank == top {
                out.push(offer);
            }
        }
    }

    /// The chances of a good ending and of the Disclosure ending from each
    /// node when `policy` plays every answer, solved together: the picks
    /// at a node are worked out once for both.
    pub fn values(&self, policy: Policy, lang: Lang) -> EndingChances {
        let ranks = self.ranks(policy, lang);
        let endings = |f: fn(Outcome) -> f64| -> Vec<f64> {
            self.scenario.endings.iter().map(|e| f(e.kind)).collect()
        };
        let (good_end, disclosure_end) = (endings(good), endings(disclosure));
        let mut good_at = vec![0.0; self.graph.nodes.len()];
        let mut disclosure_at = vec![0.0; self.graph.nodes.len()];
        let mut picks = Vec::new();
        for component in self.components() {
            let looped = component.len() > 1 || self.loops_on_itself(component[0]);
            for _ in 0..if looped { MAX_SWEEPS } else { 1 } {
                let mut change: f64 = 0.0;
                for &n in component {
                    let n = n as usize;
                    self.picks(n, &ranks, &mut picks);
                    let g = mean(picks.iter().map(|o| value_of(*o, &good_at, &good_end)));
                    let d =
                        mean((picks.iter()).map(|o| value_of(*o, &disclosure_at, &disclosure_end)));
                    change = change
                        .max((g - good_at[n]).abs())
                        .max((d - disclosure_at[n]).abs());
                    good_at[n] = g;
                    disclosure_at[n] = d;
                }
                if change < TOLERANCE {
                    break;
                }
            }
        }
        EndingChances {
            good: good_at,
            disclosure: disclosure_at,
        }
    }

    /// How many times, on average, `policy` passes through each node from
    /// the start.
    pub fn visits(&self, policy: Policy, lang: Lang) -> Vec<f64> {
        let ranks = self.ranks(policy, lang);
        let mut inflow = vec![0.0; self.graph.nodes.len()];
        let mut visits = vec![0.0; self.graph.nodes.len()];
        inflow[0] = 1.0;
        let mut picks = Vec::new();
        // Sources first; inside a loop, the mass still to pass goes round
        // until what is left is negligible.
        for component in self.components().rev() {
            for _ in 0..MAX_SWEEPS {
                let mut moved: f64 = 0.0;
                for &n in component {
                    let mass = std::mem::take(&mut inflow[n as usize]);
                    if mass == 0.0 {
                        continue;
                    }
                    moved = moved.max(mass);
                    visits[n as usize] += mass;
                    self.picks(n as usize, &ranks, &mut picks);
                    let share = mass / picks.len() as f64;
                    for offer in &picks {
                        let total: f64 = offer.edges.iter().map(|e| f64::from(e.weight)).sum();
                        for e in offer.edges {
                            if let To::Node(m) = e.to.get() {
                                inflow[m as usize] += share * f64::from(e.weight) / total;
                            }
                        }
                    }
                }
                if moved < TOLERANCE {
                    break;
                }
            }
        }
        visits
    }

    /// For each node, an ending of a kind `wanted` accepts that some path
    /// reaches from it taking only choices `allowed` accepts (the first
    /// such ending in file order met), or `None`.
    pub fn reach(
        &self,
        wanted: impl Fn(Outcome) -> bool,
        allowed: impl Fn(&crate::scenario::Choice) -> bool,
    ) -> Vec<Option<u32>> {
        let mut found: Vec<Option<u32>> = vec![None; self.graph.nodes.len()];
        for component in self.components() {
            // Inside a loop, what is found spreads by at most one node a sweep.
            for _ in 0..component.len() {
                let mut changed = false;
                for &n in component {
                    if found[n as usize].is_some() {
                        continue;
                    }
                    let beat = self.scenario.beat(self.graph.nodes[n as usize].0);
                    let hit = (self.graph.out(n as usize).iter())
                        .filter(|e| allowed(&beat.choices[usize::from(e.choice)]))
                        .find_map(|e| match e.to.get() {
                            To::Node(m) => found[m as usize],
                            To::End(i) => {
                                wanted(self.scenario.endings[i as usize].kind).then_some(i)
                            }
                        });
                    if hit.is_some() {
                        found[n as usize] = hit;
                        changed = true;
                    }
                }
                if !changed {
                    break;
                }
            }
        }
        found
    }

    /// The item path of choice `key` of beat `id`.
    pub fn path_of(&self, id: &str, key: &str) -> ItemPath {
        ItemPath(vec![
            Segment::Beat(id.to_owned()),
            Segment::Choice(key.to_owned()),
        ])
    }

    fn loops_on_itself(&self, n: u32) -> bool {
        (self.graph.out(n as usize).iter()).any(|e| matches!(e.to.get(), To::Node(m) if m == n))
    }
}

/// Sweeps inside one loop before giving up on an exact fixed point.
const MAX_SWEEPS: usize = 10_000;
/// A change below this is no change.
const TOLERANCE: f64 = 1e-12;

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// The strongly connected components, sinks first (Tarjan's order),
/// without recursion: a story can be thousands of beats deep. Flat: the
/// nodes of every component in turn, and where each component starts
/// (with the end as a last entry).
fn components(graph: &Graph) -> (Vec<u32>, Vec<u32>) {
    let n = graph.nodes.len();
    const NONE: u32 = u32::MAX;
    let mut index = vec![NONE; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    let mut members = Vec::with_capacity(n);
    let mut first = vec![0u32];
    let mut next = 0u32;
    // (node, position in its edge list)
    let mut work: Vec<(u32, usize)> = Vec::new();
    for root in 0..n as u32 {
        if index[root as usize] != NONE {
            continue;
        }
        work.push((root, 0));
        while let Some(&mut (v, ref mut pos)) = work.last_mut() {
            let vi = v as usize;
            if *pos == 0 && index[vi] == NONE {
                index[vi] = next;
                low[vi] = next;
                next += 1;
                stack.push(v);
                on_stack[vi] = true;
            }
            let edges = graph.out(vi);
            if let Some(e) = edges.get(*pos) {
                *pos += 1;
                if let To::Node(w) = e.to.get() {
                    let wi = w as usize;
                    if index[wi] == NONE {
                        work.push((w, 0));
                    } else if on_stack[wi] {
                        low[vi] = low[vi].min(index[wi]);
                    }
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                let p = parent as usize;
                low[p] = low[p].min(low[vi]);
            }
            if low[vi] == index[vi] {
                while let Some(w) = stack.pop() {
                    on_stack[w as usize] = false;
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                first.push(members.len() as u32);
            }
        }
    }
    (members, first)
}

/// 1 for a good ending.
pub fn good(kind: Outcome) -> f64 {
    f64::from(u8::from(kind.is_good()))
}

/// 1 for the Disclosure ending.
pub fn disclosure(kind: Outcome) -> f64 {
    f64::from(u8::from(kind == Outcome::Disclosure))
}
