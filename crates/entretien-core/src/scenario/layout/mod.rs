//! The branch map's layout: where each beat and each ending sits, and the
//! route of each edge, as plain numbers. The app only draws it, so the
//! layout is tested without a window and is the same on every machine.
//!
//! A layered layout, left to right, in four steps:
//!
//! 1. a depth-first walk from the start (then from any beat it missed)
//!    marks the edges that go back to a beat on the current path: loops;
//! 2. layer = the longest path from a root, loops left out, so that every
//!    other edge goes to a later layer;
//! 3. an edge that spans several layers passes through a point in each
//!    layer it crosses (`order`), and a few barycentre sweeps order each
//!    layer to reduce crossings, keeping the best order seen;
//! 4. each layer is a column; nodes keep their order in it, near their
//!    neighbours but never closer than a gap (`place`), so no two nodes
//!    overlap.
//!
//! Nothing here iterates a hash map: the same scenario gives the same
//! layout, to the last bit.

mod order;
mod place;

use super::Outcome;
use super::model::{Scenario, Target};

/// Size of a beat's box, in layout units (about a pixel at zoom 1).
pub const BEAT_SIZE: (f32, f32) = (200.0, 56.0);
/// Size of an ending's box: its title and its kind, in words.
pub const ENDING_SIZE: (f32, f32) = (230.0, 84.0);

/// A point in layout units; y grows downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal position.
    pub x: f32,
    /// Vertical position.
    pub y: f32,
}

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// A beat: something said, with choices.
    Beat,
    /// An ending, with its kind.
    Ending(Outcome),
}

/// A beat or an ending, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct MapNode {
    /// Which beat or ending.
    pub target: Target,
    /// Its id in the scenario file.
    pub id: String,
    /// Beat or ending.
    pub kind: NodeKind,
    /// Its column, from 0 (the start) rightwards.
    pub layer: u32,
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl MapNode {
    /// Whether the two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &MapNode) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    /// The centre of the box.
    pub fn centre(&self) -> Point {
        Point {
            x: self.x + self.width / 2.0,
            y: self.y + self.height / 2.0,
        }
    }
}

/// A choice an edge stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeChoice {
    /// Index of the choice in its beat.
    pub index: u16,
    /// Its key in the scenario file.
    pub key: String,
}

/// Every choice of one beat that can lead to one target, and the line
/// drawn for them.
#[derive(Debug, Clone, PartialEq)]
pub struct MapEdge {
    /// The beat.
    pub from: Target,
    /// Where its choices lead.
    pub to: Target,
    /// The choices, in file order.
    pub choices: Vec<EdgeChoice>,
    /// The edge goes back (to the same or an earlier column): a loop.
    pub back: bool,
    /// The line, from the side of `from` to the side of `to`.
    pub points: Vec<Point>,
    /// Where the choice keys go: just above this point, centred on it.
    pub label: Point,
    /// The top left and bottom right corners of the rectangle around
    /// `points`: whether the line can be in sight, without reading them
    /// all (a long line has two points for each column it crosses).
    pub bounds: (Point, Point),
}

/// The whole map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    /// Beats in file order, then endings in file order.
    pub nodes: Vec<MapNode>,
    /// Sorted by beat, then by the first choice.
    pub edges: Vec<MapEdge>,
    /// Right edge of the rightmost node or line (the left and top are 0).
    pub width: f32,
    /// Bottom edge of the lowest node or line.
    pub height: f32,
}

impl MapLayout {
    /// The node of a beat or an ending. The beats come first, so a binary
    /// search finds where the endings start: the map asks this for every
    /// step of the path, every frame.
    pub fn node(&self, target: Target) -> Option<&MapNode> {
        self.index(target).map(|i| &self.nodes[i])
    }

    /// Where the node of a beat or an ending is in `nodes`.
    pub fn index(&self, target: Target) -> Option<usize> {
        let beats = (self.nodes).partition_point(|n| n.kind == NodeKind::Beat);
        let i = match target {
            Target::Beat(b) => Some(b as usize).filter(|&b| b < beats),
            Target::Ending(e) => Some(beats + e as usize),
        };
        i.filter(|&i| i < self.nodes.len())
    }
}

/// An edge of the scenario's graph, between node indices (beats first,
/// then endings).
#[derive(Debug, Clone)]
struct Edge {
    from: usize,
    to: usize,
    choices: Vec<EdgeChoice>,
    back: bool,
}

/// Places every beat and ending of `scenario` and routes every edge.
pub fn layout(scenario: &Scenario) -> MapLayout {
    let beats = scenario.beats.len();
    let index = |t: Target| match t {
        Target::Beat(b) => b as usize,
        Target::Ending(e) => beats + e as usize,
    };
    let mut nodes: Vec<MapNode> = scenario
        .beats
        .iter()
        .enumerate()
        .map(|(i, b)| node(Target::Beat(i as u32), &b.id, NodeKind::Beat))
        .chain(
            scenario
                .endings
                .iter()
                .enumerate()
                .map(|(i, e)| node(Target::Ending(i as u32), &e.id, NodeKind::Ending(e.kind))),
        )
        .collect();
    let mut edges = edges(scenario, index);
    let roots = std::iter::once(scenario.start as usize).chain(0..nodes.len());
    let topo = mark_loops(nodes.len(), roots, &mut edges);
    let layers = longest_path(nodes.len(), &topo, &edges);
    for (n, layer) in nodes.iter_mut().zip(&layers) {
        n.layer = *layer;
    }
    let graph = order::Layered::new(&nodes, &topo, &edges);
    let points = place::place(&mut nodes, &graph, &edges);
    let edges: Vec<MapEdge> = edges
        .into_iter()
        .zip(points)
        .map(|(e, (points, label))| MapEdge {
            from: nodes[e.from].target,
            to: nodes[e.to].target,
            choices: e.choices,
            back: e.back,
            bounds: corners(&points),
            points,
            label,
        })
        .collect();
    let far = |f: fn(&Point) -> f32| {
        let lines = edges.iter().flat_map(|e| &e.points).map(f);
        lines.fold(0.0_f32, f32::max)
    };
    let width = nodes
        .iter()
        .map(|n| n.x + n.width)
        .fold(far(|p| p.x), f32::max);
    let height = nodes
        .iter()
        .map(|n| n.y + n.height)
        .fold(far(|p| p.y), f32::max);
    MapLayout {
        nodes,
        edges,
        width,
        height,
    }
}

/// The corners of the rectangle around `points` (the origin for none).
fn corners(points: &[Point]) -> (Point, Point) {
    let Some(&first) = points.first() else {
        return (Point { x: 0.0, y: 0.0 }, Point { x: 0.0, y: 0.0 });
    };
    points.iter().fold((first, first), |(lo, hi), p| {
        let lo = Point {
            x: lo.x.min(p.x),
            y: lo.y.min(p.y),
        };
        let hi = Point {
            x: hi.x.max(p.x),
            y: hi.y.max(p.y),
        };
        (lo, hi)
    })
}

fn node(target: Target, id: &str, kind: NodeKind) -> MapNode {
    let (width, height) = match kind {
        NodeKind::Beat => BEAT_SIZE,
        NodeKind::Ending(_) => ENDING_SIZE,
    };
    MapNode {
        target,
        id: id.to_owned(),
        kind,
        layer: 0,
        x: 0.0,
        y: 0.0,
        width,
        height,
    }
}

/// One edge per (beat, target), with every choice that leads there, in
/// the order of the beats, then of their choices.
fn edges(scenario: &Scenario, index: impl Fn(Target) -> usize) -> Vec<Edge> {
    let mut all: Vec<Edge> = Vec::new();
    for (from, beat) in scenario.beats.iter().enumerate() {
        let first = all.len();
        for (i, choice) in beat.choices.iter().enumerate() {
            let c = EdgeChoice {
                index: i as u16,
                key: choice.key.clone(),
            };
            for to in choice.next.targets().map(&index) {
                match all[first..].iter_mut().find(|e| e.to == to) {
                    Some(e) if e.choices.last() == Some(&c) => {}
                    Some(e) => e.choices.push(c.clone()),
                    None => all.push(Edge {
                        from,
                        to,
                        choices: vec![c.clone()],
                        back: false,
                    }),
                }
            }
        }
    }
    all
}

/// Depth-first from each root in turn: an edge to a node still on the
/// walk's path is a loop (`back`). Returns every node in topological
/// order of the edges that are not loops (reverse post-order).
fn mark_loops(count: usize, roots: impl Iterator<Item = usize>, edges: &mut [Edge]) -> Vec<usize> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, e) in edges.iter().enumerate() {
        out[e.from].push(i);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        No,
        OnPath,
        Done,
    }
    let mut seen = vec![Seen::No; count];
    let mut post = Vec::with_capacity(count);
    for root in roots {
        if seen[root] != Seen::No {
            continue;
        }
        seen[root] = Seen::OnPath;
        let mut stack = vec![(root, 0)];
        while let Some((v, next)) = stack.last_mut() {
            let v = *v;
            let Some(&e) = out[v].get(*next) else {
                seen[v] = Seen::Done;
                post.push(v);
                stack.pop();
                continue;
            };
            *next += 1;
            let to = edges[e].to;
            match seen[to] {
                Seen::OnPath => edges[e].back = true,
                Seen::Done => {}
                Seen::No => {
                    seen[to] = Seen::OnPath;
                    stack.push((to, 0));
                }
            }
        }
    }
    post.reverse();
    post
}

/// Layer of each node: the longest path to it from a node without
/// incoming edges, loops left out.
fn longest_path(count: usize, topo: &[usize], edges: &[Edge]) -> Vec<u32> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); count];
    for e in edges.iter().filter(|e| !e.back) {
        out[e.from].push(e.to);
    }
    let mut layer = vec![0_u32; count];
    for &v in topo {
        for &to in &out[v] {
            layer[to] = layer[to].max(layer[v] + 1);
        }
    }
    layer
}
