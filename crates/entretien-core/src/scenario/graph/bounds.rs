//! Analyses of the explored graph: which nodes can still reach an ending,
//! and the lowest and highest score per key point.

use super::ScoreBounds;
use super::explore::{Graph, To};
use crate::scenario::KeyPoint;

/// Nodes from which some ending can be reached (reverse breadth-first search).
pub(super) fn can_reach_end(graph: &Graph) -> Vec<bool> {
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

pub(super) fn score_bounds(graph: &Graph, reach_end: &[bool]) -> Vec<ScoreBounds> {
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
