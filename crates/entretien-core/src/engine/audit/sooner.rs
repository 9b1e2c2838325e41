//! "Never sooner": the fewest decisions to the Disclosure ending on a path
//! with a mistake is not below the fewest on a good-practice path. Found
//! by a breadth-first search over (node, mistake made yet), where a
//! decision costs one step and a "Continuer" none.

use std::collections::VecDeque;

use super::Finding;
use super::chain::Chain;
use super::exact::is_mistake;
use crate::scenario::graph::To;
use crate::scenario::{Outcome, ProblemKind};

const UNSEEN: u32 = u32::MAX;

/// Reports the quickest path to the disclosure that takes a mistake, when
/// it is quicker than every good-practice path.
pub fn never_sooner(chain: &Chain<'_>, findings: &mut Vec<Finding>) {
    let s = chain.scenario;
    let g = chain.graph;
    // State k = node * 2 + (a mistake was made).
    let mut dist = vec![UNSEEN; g.nodes.len() * 2];
    // The state before and the edge taken, to rebuild the path.
    let mut parent = vec![(UNSEEN, UNSEEN); g.nodes.len() * 2];
    let mut queue = VecDeque::from([0u32]);
    dist[0] = 0;
    // Fewest decisions to the disclosure, without and with a mistake, and
    // the state and edge of the quickest with one.
    let mut best = [u32::MAX; 2];
    let mut quickest = None;
    while let Some(k) = queue.pop_front() {
        let (n, slipped) = ((k / 2) as usize, k % 2);
        let beat = s.beat(g.nodes[n].0);
        let first = g.first[n];
        for (i, e) in g.out(n).iter().enumerate() {
            let choice = &beat.choices[usize::from(e.choice)];
            let step = u32::from(!choice.continues);
            let d = dist[k as usize] + step;
            let next_slipped = slipped | u32::from(is_mistake(choice));
            match e.to.get() {
                To::End(ending) => {
                    if s.endings[ending as usize].kind == Outcome::Disclosure
                        && d < best[next_slipped as usize]
                    {
                        best[next_slipped as usize] = d;
                        if next_slipped == 1 {
                            quickest = Some((k, first + i as u32));
                        }
                    }
                }
                To::Node(m) => {
                    let next = m * 2 + next_slipped;
                    if d < dist[next as usize] {
                        dist[next as usize] = d;
                        parent[next as usize] = (k, first + i as u32);
                        // A "Continuer" costs nothing: it goes first (0-1 search).
                        if step == 0 {
                            queue.push_front(next);
                        } else {
                            queue.push_back(next);
                        }
                    }
                }
            }
        }
    }
    let [good_practice, with_mistake] = best;
    if with_mistake >= good_practice {
        return;
    }
    let Some((mut k, last)) = quickest else {
        return;
    };
    // The path's edges, start first.
    let mut edges = vec![last];
    while parent[k as usize].0 != UNSEEN {
        let (before, edge) = parent[k as usize];
        edges.push(edge);
        k = before;
    }
    edges.reverse();
    let mut keys = Vec::new();
    let mut first_mistake = None;
    for &edge in &edges {
        let e = &g.edges[edge as usize];
        // The node an edge leaves: the one whose range holds it.
        let node = g.first.partition_point(|&f| f <= edge) - 1;
        let beat = g.nodes[node].0;
        let choice = &s.beat(beat).choices[usize::from(e.choice)];
        keys.push(choice.key.clone());
        if first_mistake.is_none() && is_mistake(choice) {
            first_mistake = Some((beat, e.choice));
        }
    }
    let Some((beat, choice)) = first_mistake else {
        return;
    };
    let kind = ProblemKind::SoonerByMistake {
        decisions: with_mistake as usize,
        good_practice: (good_practice != u32::MAX).then_some(good_practice as usize),
        script: keys.join(","),
    };
    findings.push((super::choice_path(s, beat, choice), kind));
}
