//! Long edges cut into one segment per layer, and the order of each layer:
//! barycentre sweeps, down then up, keeping the order with the fewest
//! crossings.

use super::{Edge, MapNode};

/// Sweeps tried; the graphs are small (tens of beats), each sweep is cheap.
const SWEEPS: usize = 12;

/// The graph cut into layers. Vertices are the nodes (same indices),
/// then the points where a long edge crosses a layer.
pub(super) struct Layered {
    /// How many vertices are nodes.
    pub nodes: usize,
    /// Layer of each vertex.
    pub layer: Vec<u32>,
    /// Vertices of each layer, top to bottom.
    pub layers: Vec<Vec<usize>>,
    /// For each edge, its vertices in layer order (a loop's run from its
    /// target to its beat; an edge from a beat to itself has one).
    pub chains: Vec<Vec<usize>>,
    /// Neighbours of each vertex in the layer before.
    pub before: Vec<Vec<usize>>,
    /// Neighbours of each vertex in the layer after.
    pub after: Vec<Vec<usize>>,
}

impl Layered {
    /// Cuts the edges and orders the layers; `topo` gives the first order.
    pub fn new(nodes: &[MapNode], topo: &[usize], edges: &[Edge]) -> Layered {
        let count = nodes.len();
        let mut layer: Vec<u32> = nodes.iter().map(|n| n.layer).collect();
        let mut before = vec![Vec::new(); count];
        let mut after = vec![Vec::new(); count];
        let mut chains = Vec::with_capacity(edges.len());
        let mut starting: Vec<Vec<usize>> = vec![Vec::new(); count];
        for (i, e) in edges.iter().enumerate() {
            if e.from == e.to {
                chains.push(vec![e.from]);
                continue;
            }
            let (first, last) = if e.back {
                (e.to, e.from)
            } else {
                (e.from, e.to)
            };
            starting[first].push(i);
            let mut chain = vec![first];
            for l in layer[first] + 1..layer[last] {
                chain.push(layer.len());
                layer.push(l);
                before.push(Vec::new());
                after.push(Vec::new());
            }
            chain.push(last);
            for pair in chain.windows(2) {
                after[pair[0]].push(pair[1]);
                before[pair[1]].push(pair[0]);
            }
            chains.push(chain);
        }
        // First order: nodes as the walk found them, each followed (in
        // the later layers) by the points of the edges it starts.
        let depth = layer.iter().copied().max().map_or(0, |l| l as usize + 1);
        let mut layers = vec![Vec::new(); depth];
        for &v in topo {
            layers[layer[v] as usize].push(v);
            for &e in &starting[v] {
                let chain: &Vec<usize> = &chains[e];
                for &d in &chain[1..chain.len() - 1] {
                    layers[layer[d] as usize].push(d);
                }
            }
        }
        let mut graph = Layered {
            nodes: count,
            layer,
            layers,
            chains,
            before,
            after,
        };
        graph.order();
        graph
    }

    fn order(&mut self) {
        let mut pos = vec![0_usize; self.layer.len()];
        number(&self.layers, &mut pos);
        let mut best = (self.crossings(&pos), self.layers.clone());
        for sweep in 0..SWEEPS {
            let depth = self.layers.len();
            if sweep % 2 == 0 {
                for l in 1..depth {
                    sort(&mut self.layers[l], &self.before, &mut pos);
                }
            } else {
                for l in (0..depth.saturating_sub(1)).rev() {
                    sort(&mut self.layers[l], &self.after, &mut pos);
                }
            }
            let crossings = self.crossings(&pos);
            if crossings < best.0 {
                best = (crossings, self.layers.clone());
            }
        }
        self.layers = best.1;
    }

    /// Pairs of segments that cross, between every two adjacent layers.
    fn crossings(&self, pos: &[usize]) -> usize {
        let mut total = 0;
        for layer in &self.layers {
            let mut segments: Vec<(usize, usize)> = layer
                .iter()
                .flat_map(|&v| self.after[v].iter().map(move |&w| (pos[v], pos[w])))
                .collect();
            segments.sort_unstable();
            for (i, a) in segments.iter().enumerate() {
                total += segments[i + 1..]
                    .iter()
                    .filter(|b| b.0 > a.0 && b.1 < a.1)
                    .count();
            }
        }
        total
    }
}

/// Position of each vertex in its layer.
fn number(layers: &[Vec<usize>], pos: &mut [usize]) {
    for layer in layers {
        for (i, &v) in layer.iter().enumerate() {
            pos[v] = i;
        }
    }
}

/// Orders a layer by the mean position of each vertex's neighbours in
/// the adjacent layer; a vertex without any keeps its place, and ties keep
/// the current order (the sort is stable).
fn sort(layer: &mut [usize], neighbours: &[Vec<usize>], pos: &mut [usize]) {
    let mut keyed: Vec<(f32, usize)> = layer
        .iter()
        .map(|&v| {
            let around = &neighbours[v];
            let key = if around.is_empty() {
                pos[v] as f32
            } else {
                around.iter().map(|&u| pos[u] as f32).sum::<f32>() / around.len() as f32
            };
            (key, v)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (i, (slot, (_, v))) in layer.iter_mut().zip(keyed).enumerate() {
        *slot = v;
        pos[v] = i;
    }
}
