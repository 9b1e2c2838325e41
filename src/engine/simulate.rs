//! Many random runs of one scenario, to see where it leads: distribution of
//! endings and scores, and what no run visited.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg32;
use serde::Serialize;

use super::Run;
use crate::scenario::{KeyPoint, Scenario};

/// A run that takes more decisions than this is counted as unfinished.
pub const MAX_DECISIONS: usize = 10_000;

/// Score distribution on one key point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointStats {
    /// The key point.
    pub point: KeyPoint,
    /// Lowest 0–100 score seen.
    pub min: Option<u8>,
    /// Mean.
    pub mean: Option<f64>,
    /// Highest.
    pub max: Option<u8>,
    /// Runs per decile: `[0,10)`, …, `[90,100]`.
    pub deciles: [usize; 10],
}

/// What the simulation found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimReport {
    /// Runs made.
    pub runs: usize,
    /// Runs that hit [`MAX_DECISIONS`].
    pub unfinished: usize,
    /// Decisions taken in all.
    pub decisions: u64,
    /// `(ending id, runs)` in file order.
    pub endings: Vec<(String, usize)>,
    /// Per key point.
    pub points: Vec<PointStats>,
    /// Beats no run reached.
    pub unvisited_beats: Vec<String>,
    /// Choices (`beat/choice`) no run took.
    pub untaken_choices: Vec<String>,
}

/// Plays `runs` runs with uniformly random available choices; run `i` uses seed `seed + i`.
pub fn simulate(scenario: &Scenario, runs: usize, seed: u64) -> SimReport {
    let mut policy = Pcg32::seed_from_u64(seed ^ 0x5EED);
    let mut ending_counts = vec![0usize; scenario.endings.len()];
    // Choices taken, flat: beat b's choices start at `offset[b]`.
    let offset: Vec<usize> = scenario
        .beats
        .iter()
        .scan(0, |next, b| {
            let at = *next;
            *next += b.choices.len();
            Some(at)
        })
        .collect();
    let total: usize = scenario.beats.iter().map(|b| b.choices.len()).sum();
    let mut taken = vec![false; total];
    let mut visited = vec![false; scenario.beats.len()];
    let mut scores: Vec<Vec<u8>> = vec![Vec::new(); 5];
    let mut unfinished = 0;
    let mut decisions = 0u64;
    let mut available = Vec::new();
    for i in 0..runs {
        let mut run = Run::new(scenario, seed.wrapping_add(i as u64));
        let mut steps = 0;
        while let Some(beat) = run.available_choices(scenario, &mut available) {
            visited[beat as usize] = true;
            if steps >= MAX_DECISIONS {
                break;
            }
            if available.is_empty() {
                break;
            }
            let pick = available[policy.random_range(0..available.len())];
            if run.choose_index(scenario, pick).is_err() {
                break;
            }
            taken[offset[beat as usize] + usize::from(pick)] = true;
            steps += 1;
        }
        decisions += steps as u64;
        match run.ending() {
            Some(ending) => {
                ending_counts[ending as usize] += 1;
                for p in &run.profile(scenario).points {
                    if let Some(s) = p.score {
                        scores[p.point.index()].push(s);
                    }
                }
            }
            None => unfinished += 1,
        }
    }
    SimReport {
        runs,
        unfinished,
        decisions,
        endings: scenario
            .endings
            .iter()
            .zip(ending_counts)
            .map(|(e, n)| (e.id.clone(), n))
            .collect(),
        points: KeyPoint::ALL
            .iter()
            .map(|&p| stats(p, &scores[p.index()]))
            .collect(),
        unvisited_beats: scenario
            .beats
            .iter()
            .zip(&visited)
            .filter(|(_, v)| !**v)
            .map(|(b, _)| b.id.clone())
            .collect(),
        untaken_choices: scenario
            .beats
            .iter()
            .zip(&offset)
            .flat_map(|(b, at)| {
                b.choices
                    .iter()
                    .zip(&taken[*at..])
                    .filter(|(_, t)| !**t)
                    .map(|(c, _)| format!("{}/{}", b.id, c.key))
            })
            .collect(),
    }
}

fn stats(point: KeyPoint, values: &[u8]) -> PointStats {
    let mut deciles = [0usize; 10];
    for v in values {
        deciles[usize::from(*v / 10).min(9)] += 1;
    }
    let sum: f64 = values.iter().map(|v| f64::from(*v)).sum();
    PointStats {
        point,
        min: values.iter().min().copied(),
        mean: (!values.is_empty()).then(|| sum / values.len() as f64),
        max: values.iter().max().copied(),
        deciles,
    }
}
