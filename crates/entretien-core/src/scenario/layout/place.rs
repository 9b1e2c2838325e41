//! Coordinates: one column per layer; in each column the vertices keep
//! their order and go as near as they can to their neighbours' mean
//! height, never closer to each other than a gap. That closest fit is an
//! isotonic regression, solved exactly by pooling adjacent violators.

use super::order::Layered;
use super::{BEAT_SIZE, Edge, MapNode, Point};

/// Between two columns: room for the lines and their labels.
const COLUMN_GAP: f32 = 180.0;
/// Between two boxes of a column.
const NODE_GAP: f32 = 28.0;
/// Between a line passing through a column and its neighbours.
const LINE_GAP: f32 = 16.0;
/// How far the line of a beat that leads to itself goes out of its box.
const LOOP: f32 = 14.0;
/// How far a loop between neighbouring columns bows upwards.
const BOW: f32 = 24.0;
/// Down-and-up rounds of placement.
const ROUNDS: usize = 4;

/// Places the nodes (their `x`, `y`) and returns, for each edge, its
/// points and where its label goes.
pub(super) fn place(
    nodes: &mut [MapNode],
    graph: &Layered,
    edges: &[Edge],
) -> Vec<(Vec<Point>, Point)> {
    let height = |v: usize| nodes.get(v).map_or(0.0, |n| n.height);
    let mut column_x = Vec::with_capacity(graph.layers.len());
    let mut column_width = Vec::with_capacity(graph.layers.len());
    let mut x = 0.0;
    for layer in &graph.layers {
        let widest = layer
            .iter()
            .filter_map(|&v| nodes.get(v))
            .map(|n| n.width)
            .fold(BEAT_SIZE.0, f32::max);
        column_x.push(x);
        column_width.push(widest);
        x += widest + COLUMN_GAP;
    }
    // Centres; every column starts stacked around 0.
    let mut centre = vec![0.0_f32; graph.layer.len()];
    // `wanted` is read for the whole column before any of it moves.
    let column = |layer: &[usize], wanted: &dyn Fn(usize, &[f32]) -> f32, centre: &mut [f32]| {
        let items: Vec<(f32, f32)> = (layer.iter())
            .map(|&v| (wanted(v, centre), height(v)))
            .collect();
        let gaps: Vec<f32> = layer
            .windows(2)
            .map(|p| {
                let both_nodes = p[0] < graph.nodes && p[1] < graph.nodes;
                if both_nodes { NODE_GAP } else { LINE_GAP }
            })
            .collect();
        for (&v, c) in layer.iter().zip(fit(&items, &gaps)) {
            centre[v] = c;
        }
    };
    for layer in &graph.layers {
        column(layer, &|_, _| 0.0, &mut centre);
    }
    // Each column goes near its neighbours in the column before (then
    // after). No copy of every centre per column: with the long edges cut
    // at each layer, that was quadratic (a 5,000-beat map took minutes).
    let before = |v: usize, now: &[f32]| mean(&graph.before[v], now).unwrap_or(now[v]);
    let after = |v: usize, now: &[f32]| mean(&graph.after[v], now).unwrap_or(now[v]);
    for _ in 0..ROUNDS {
        for layer in graph.layers.iter().skip(1) {
            column(layer, &before, &mut centre);
        }
        for layer in graph.layers.iter().rev().skip(1) {
            column(layer, &after, &mut centre);
        }
    }
    for (v, n) in nodes.iter_mut().enumerate() {
        let l = n.layer as usize;
        n.x = column_x[l] + (column_width[l] - n.width) / 2.0;
        n.y = centre[v] - n.height / 2.0;
    }
    let mut lines: Vec<Vec<Point>> = edges
        .iter()
        .zip(&graph.chains)
        .map(|(e, chain)| {
            let mut points = Vec::with_capacity(chain.len() * 2);
            let (first, last) = match chain.as_slice() {
                [only] => return self_loop(&nodes[*only]),
                [first, .., last] => (&nodes[*first], &nodes[*last]),
                [] => return points,
            };
            points.push(side(first, true));
            for &d in &chain[1..chain.len() - 1] {
                let l = graph.layer[d] as usize;
                let y = centre[d];
                points.push(Point { x: column_x[l], y });
                points.push(Point {
                    x: column_x[l] + column_width[l],
                    y,
                });
            }
            points.push(side(last, false));
            if e.back {
                points.reverse();
                if let [from, to] = points[..] {
                    // Bowed, so that it does not lie along the edge that
                    // leads the other way between the same two boxes.
                    let reach = (from.x - to.x) / 4.0;
                    points.insert(
                        1,
                        Point {
                            x: from.x - reach,
                            y: from.y - BOW,
                        },
                    );
                    points.insert(
                        2,
                        Point {
                            x: to.x + reach,
                            y: to.y - BOW,
                        },
                    );
                }
            }
            points
        })
        .collect();
    spread_ports(nodes, edges, &mut lines);
    // Everything down to y = 0.
    let top = nodes
        .iter()
        .map(|n| n.y)
        .chain(lines.iter().flatten().map(|p| p.y))
        .fold(f32::INFINITY, f32::min);
    let shift = if top.is_finite() { -top } else { 0.0 };
    for n in nodes.iter_mut() {
        n.y += shift;
    }
    for p in lines.iter_mut().flatten() {
        p.y += shift;
    }
    lines
        .into_iter()
        .zip(graph.chains.iter().zip(edges))
        .map(|(points, (chain, e))| {
            // On the first stretch, near its start so that the labels of
            // lines that leave one box stay apart; a bowed loop's on the
            // top of its bow.
            let bowed = e.back && chain.len() == 2 && points.len() == 4;
            let label = match points[..] {
                [_, a, b, _] if bowed => between(a, b, 0.5),
                [a, b, ..] => between(a, b, 0.45),
                _ => Point { x: 0.0, y: 0.0 },
            };
            (points, label)
        })
        .collect()
}

fn between(a: Point, b: Point, t: f32) -> Point {
    Point {
        x: a.x + (b.x - a.x) * t,
        y: a.y + (b.y - a.y) * t,
    }
}

fn mean(around: &[usize], centre: &[f32]) -> Option<f32> {
    let sum: f32 = around.iter().map(|&u| centre[u]).sum();
    (!around.is_empty()).then(|| sum / around.len() as f32)
}

/// Centres as near as they can be to the wanted ones, in order, each
/// `(wanted centre, height)` at least `gaps[i]` below the one before.
fn fit(items: &[(f32, f32)], gaps: &[f32]) -> Vec<f32> {
    // With offset[i] the least distance from the first centre, the
    // centres less their offsets must not decrease: pool adjacent
    // violators into blocks at their mean.
    let mut offsets = Vec::with_capacity(items.len());
    let mut offset = 0.0;
    for (i, (_, h)) in items.iter().enumerate() {
        if i > 0 {
            offset += items[i - 1].1 / 2.0 + gaps[i - 1] + h / 2.0;
        }
        offsets.push(offset);
    }
    // (sum, count) of each block.
    let mut blocks: Vec<(f32, usize)> = Vec::with_capacity(items.len());
    for ((wanted, _), o) in items.iter().zip(&offsets) {
        blocks.push((wanted - o, 1));
        while let [.., (s1, n1), (s2, n2)] = blocks[..] {
            if s1 / n1 as f32 <= s2 / n2 as f32 {
                break;
            }
            blocks.pop();
            blocks.pop();
            blocks.push((s1 + s2, n1 + n2));
        }
    }
    let mut centres = Vec::with_capacity(items.len());
    for (sum, count) in blocks {
        let at = sum / count as f32;
        centres.extend(std::iter::repeat_n(at, count));
    }
    centres.iter_mut().zip(&offsets).for_each(|(c, o)| *c += o);
    centres
}

/// The middle of a box's right side (`right`) or left side.
fn side(n: &MapNode, right: bool) -> Point {
    let x = if right { n.x + n.width } else { n.x };
    Point {
        x,
        y: n.y + n.height / 2.0,
    }
}

/// Out of the box's top, round its top right corner, and back into its
/// right side.
fn self_loop(n: &MapNode) -> Vec<Point> {
    let (right, top) = (n.x + n.width, n.y);
    vec![
        Point {
            x: right - 3.0 * LOOP,
            y: top,
        },
        Point {
            x: right - 3.0 * LOOP,
            y: top - LOOP,
        },
        Point {
            x: right + LOOP,
            y: top - LOOP,
        },
        Point {
            x: right + LOOP,
            y: top + LOOP,
        },
        Point {
            x: right,
            y: top + LOOP,
        },
    ]
}

/// Lines that meet one side of a box start or end at points spread along
/// it, in the order of where they come from, so that they do not cross at
/// the box.
fn spread_ports(nodes: &[MapNode], edges: &[Edge], lines: &mut [Vec<Point>]) {
    // (node, right side, line, its last point rather than its first)
    let mut ends: Vec<(usize, bool, usize, bool)> = Vec::new();
    for (i, (e, line)) in edges.iter().zip(lines.iter()).enumerate() {
        if e.from == e.to || line.len() < 2 {
            continue;
        }
        // A line leaves a beat on its right and enters its target on its
        // left; a loop the other way round.
        ends.push((e.from, !e.back, i, false));
        ends.push((e.to, e.back, i, true));
    }
    ends.sort_by(|a, b| {
        let key = |&(node, right, line, last): &(usize, bool, usize, bool)| {
            let points = &lines[line];
            let next = if last {
                points[points.len() - 2]
            } else {
                points[1]
            };
            (node, right, next.y, line)
        };
        let (ka, kb) = (key(a), key(b));
        (ka.0, ka.1)
            .cmp(&(kb.0, kb.1))
            .then(ka.2.total_cmp(&kb.2))
            .then(ka.3.cmp(&kb.3))
    });
    for group in ends.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let n = &nodes[group[0].0];
        let step = n.height / (group.len() + 1) as f32;
        for (k, &(_, _, line, last)) in group.iter().enumerate() {
            let points = &mut lines[line];
            let at = if last { points.len() - 1 } else { 0 };
            points[at].y = n.y + step * (k + 1) as f32;
        }
    }
}
