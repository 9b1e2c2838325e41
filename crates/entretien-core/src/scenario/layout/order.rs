//! Long edges cut into one segment per layer, and the order of each layer:
//! barycentre sweeps, down then up, keeping the order with the fewest
//! crossings.

use super::{Edge, MapNode};

/// Sweeps tried; each is linear in the vertices, and counting the
/// crossings after it a little more.
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

    /// Pairs of segments that cross, between every two adjacent layers:
    /// for each segment, the ones that start strictly above it and end
    /// strictly below, counted with a Fenwick tree over where they end.
    /// Comparing every pair was quadratic in the segments between two
    /// layers, and a large scenario has thousands (its long edges pass
    /// through every layer on their way).
    fn crossings(&self, pos: &[usize]) -> usize {
        let mut total = 0;
        let mut ends = Fenwick::default();
        for layer in &self.layers {
            let mut segments: Vec<(usize, usize)> = layer
                .iter()
                .flat_map(|&v| self.after[v].iter().map(move |&w| (pos[v], pos[w])))
                .collect();
            segments.sort_unstable();
            let width = segments.iter().map(|s| s.1 + 1).max().unwrap_or(0);
            ends.reset(width);
            // Segments from one vertex never cross each other: each group
            // is counted against the groups above it, then added.
            for group in segments.chunk_by(|a, b| a.0 == b.0) {
                for &(_, end) in group {
                    total += ends.count - ends.at_most(end);
                }
                for &(_, end) in group {
                    ends.add(end);
                }
            }
        }
        total
    }
}

/// How many of the positions added are at most a given one, in
/// logarithmic time.
#[derive(Default)]
struct Fenwick {
    tree: Vec<usize>,
    count: usize,
}

impl Fenwick {
    /// Empty, for positions `0..width`.
    fn reset(&mut self, width: usize) {
        self.tree.clear();
        self.tree.resize(width + 1, 0);
        self.count = 0;
    }

    fn add(&mut self, position: usize) {
        let mut i = position + 1;
        while i < self.tree.len() {
            self.tree[i] += 1;
            i += i & i.wrapping_neg();
        }
        self.count += 1;
    }

    /// How many added positions are `<= position`.
    fn at_most(&self, position: usize) -> usize {
        let mut i = (position + 1).min(self.tree.len() - 1);
        let mut sum = 0;
        while i > 0 {
            sum += self.tree[i];
            i -= i & i.wrapping_neg();
        }
        sum
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

#[cfg(test)]
mod tests {
    use rand::{Rng, SeedableRng};
    use rand_pcg::Pcg32;

    use super::*;

    /// Every pair compared, as the crossings were counted before.
    fn every_pair(graph: &Layered, pos: &[usize]) -> usize {
        let mut total = 0;
        for layer in &graph.layers {
            let segments: Vec<(usize, usize)> = (layer.iter())
                .flat_map(|&v| graph.after[v].iter().map(move |&w| (pos[v], pos[w])))
                .collect();
            for a in &segments {
                total += (segments.iter()).filter(|b| b.0 > a.0 && b.1 < a.1).count();
            }
        }
        total
    }

    #[test]
    fn the_crossings_are_those_of_every_pair() {
        let mut rng = Pcg32::seed_from_u64(5);
        for _ in 0..200 {
            let widths: Vec<usize> = (0..rng.random_range(1..6))
                .map(|_| rng.random_range(1..9))
                .collect();
            let mut layers = Vec::new();
            let mut next = 0;
            for w in &widths {
                layers.push((next..next + w).collect::<Vec<usize>>());
                next += w;
            }
            let mut after = vec![Vec::new(); next];
            for pair in layers.windows(2) {
                for &v in &pair[0] {
                    for &w in &pair[1] {
                        if rng.random_bool(0.4) {
                            after[v].push(w);
                        }
                    }
                }
            }
            let mut pos = vec![0; next];
            number(&layers, &mut pos);
            let graph = Layered {
                nodes: next,
                layer: Vec::new(),
                layers,
                chains: Vec::new(),
                before: Vec::new(),
                after,
            };
            assert_eq!(graph.crossings(&pos), every_pair(&graph, &pos));
        }
    }
}
