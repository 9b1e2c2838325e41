//! Many runs of one scenario played by a simulated trainee, to see where it
//! leads: how often each ending is reached and with how much good practice,
//! the scores, and what no run visited.
//!
//! The trainee follows a [`Policy`]. `Random` shows where the scenario can
//! go; `Best` and `Worst` show whether good practice really ends well and
//! bad practice badly, which is what an author most needs to know.

use std::cmp::Ordering;

mod play;

use rand::Rng;
use serde::Serialize;

use super::Run;
use crate::scenario::{Beat, Choice, Ending, KeyPoint, Lang, Outcome, Scenario};
pub use play::{Played, fault_positions, play, play_with_faults};

/// A run that takes more decisions than this is counted as unfinished.
pub const MAX_DECISIONS: usize = 10_000;

/// How the simulated trainee picks among the available answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// Any available answer, each as likely.
    #[default]
    Random,
    /// A recommended answer (good practice), the highest total score among
    /// several; the highest total when none is recommended.
    Best,
    /// The answer with the lowest total score.
    Worst,
    /// The longest answer, without reading it: a test-wise guesser.
    Longest,
    /// The shortest answer, without reading it.
    Shortest,
}

impl Policy {
    /// How much the policy wants `choice` (it takes one of the answers
    /// ranked highest, drawn among equals); the length policies measure
    /// the words in `lang`, in characters.
    pub fn rank(self, choice: &Choice, lang: Lang) -> i64 {
        let scores = choice.scores;
        let chars = || choice.text.get(lang).chars().count() as i64;
        match self {
            Policy::Random => 0,
            // Recommended first, then by total (a total is far below 2^32).
            Policy::Best => (i64::from(scores.is_recommended()) << 32) + i64::from(scores.total()),
            Policy::Worst => -i64::from(scores.total()),
            Policy::Longest => chars(),
            Policy::Shortest => -chars(),
        }
    }

    /// The answer to take among `available` (choice indices of `beat`);
    /// `None` when nothing is available. Ties are broken with `rng`.
    ///
    /// Runs at every decision of a simulation: it allocates nothing, and
    /// draws from `rng` only when several answers rank highest (always,
    /// for [`Policy::Random`]).
    pub fn pick(
        self,
        beat: &Beat,
        available: &[u16],
        lang: Lang,
        rng: &mut impl Rng,
    ) -> Option<u16> {
        pick_max(available, rng, |i| {
            self.rank(&beat.choices[usize::from(i)], lang)
        })
    }
}

/// The element of `available` with the greatest `key`; among equals, one
/// drawn with `rng`.
fn pick_max<K: Ord>(available: &[u16], rng: &mut impl Rng, key: impl Fn(u16) -> K) -> Option<u16> {
    let (&first, rest) = available.split_first()?;
    let (mut top, mut picked, mut ties) = (key(first), first, 1usize);
    for &i in rest {
        let k = key(i);
        match k.cmp(&top) {
            Ordering::Greater => (top, picked, ties) = (k, i, 1),
            Ordering::Equal => ties += 1,
            Ordering::Less => {}
        }
    }
    if ties == 1 {
        return Some(picked);
    }
    let nth = rng.random_range(0..ties);
    available
        .iter()
        .copied()
        .filter(|&i| key(i) == top)
        .nth(nth)
}

/// Score distribution on one key point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointStats {
    /// The key point.
    pub point: KeyPoint,
    /// Lowest 0–100 score seen.
    pub min: Option<u8>,
    /// Mean 0–100 score.
    pub mean: Option<f64>,
    /// Highest 0–100 score seen.
    pub max: Option<u8>,
    /// Runs per decile: `[0,10)`, …, `[90,100]`.
    pub deciles: [usize; 10],
}

/// How the runs that reached one ending got there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingStats {
    /// The ending's id.
    pub id: String,
    /// Its outcome.
    pub kind: Outcome,
    /// Runs that reached it.
    pub count: usize,
    /// `count` as a share (0–1) of all runs; 0 when no run was made.
    pub share: f64,
    /// Mean, over the runs that reached it, of each run's share (0–1) of
    /// recommended choices; `None` when no run reached it.
    pub recommended_share: Option<f64>,
    /// How often each required checkpoint was passed by the runs that
    /// reached this ending, in file order.
    pub checkpoints: Vec<CheckpointStats>,
}

/// How often one required checkpoint was passed (see [`EndingStats::checkpoints`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckpointStats {
    /// The checkpoint's id.
    pub id: String,
    /// Runs that passed it.
    pub passed: usize,
}

/// What a simulated trainee does: a policy, with mistakes put in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// How the answers are picked.
    pub policy: Policy,
    /// Answers that are not good practice, put in at decisions drawn at
    /// random in each run (0: none).
    pub faults: usize,
    /// The language whose words the length policies measure.
    pub lang: Lang,
}

impl Plan {
    /// `policy` with no mistake put in, lengths measured in French.
    pub fn of(policy: Policy) -> Plan {
        Plan {
            policy,
            faults: 0,
            lang: Lang::Fr,
        }
    }
}

/// What the simulation found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimReport {
    /// How the answers were picked.
    pub policy: Policy,
    /// Mistakes put in per run.
    pub faults: usize,
    /// The language whose lengths were measured (length policies only).
    pub lang: Option<Lang>,
    /// Runs made.
    pub runs: usize,
    /// Runs that hit [`MAX_DECISIONS`].
    pub unfinished: usize,
    /// Decisions taken in all.
    pub decisions: u64,
    /// Per ending, in file order.
    pub endings: Vec<EndingStats>,
    /// Per key point.
    pub points: Vec<PointStats>,
    /// Beats no run reached.
    pub unvisited_beats: Vec<String>,
    /// Choices (`beat/choice`) no run took.
    pub untaken_choices: Vec<String>,
}

/// What is counted, per ending, of the runs that reach it.
#[derive(Debug, Clone, Default)]
struct EndingTally {
    count: usize,
    /// Sum of the runs' shares of recommended choices.
    recommended_sum: f64,
    /// Runs that passed each required checkpoint (see [`required`]).
    passed: Vec<usize>,
}

impl EndingTally {
    /// Counts a run that reached this ending after `decisions` decisions,
    /// `recommended` of them good practice, and the required checkpoints
    /// (their `slots`) it passed.
    fn record(&mut self, run: &Run, slots: &[usize], decisions: usize, recommended: usize) {
        self.count += 1;
        if decisions > 0 {
            self.recommended_sum += recommended as f64 / decisions as f64;
        }
        self.passed.resize(slots.len(), 0);
        for (passed, slot) in self.passed.iter_mut().zip(slots) {
            *passed += usize::from(run.state()[*slot] != 0);
        }
    }

    fn stats(&self, scenario: &Scenario, ending: &Ending, runs: usize) -> EndingStats {
        let share = |part: f64, whole: usize| (whole > 0).then(|| part / whole as f64);
        EndingStats {
            id: ending.id.clone(),
            kind: ending.kind,
            count: self.count,
            share: share(self.count as f64, runs).unwrap_or(0.0),
            recommended_share: share(self.recommended_sum, self.count),
            checkpoints: required(scenario)
                .zip(self.passed.iter().chain(std::iter::repeat(&0)))
                .map(|(c, passed)| CheckpointStats {
                    id: c.id.clone(),
                    passed: *passed,
                })
                .collect(),
        }
    }
}

/// The checkpoints every path to a good ending must pass.
fn required(scenario: &Scenario) -> impl Iterator<Item = &crate::scenario::Checkpoint> {
    scenario.checkpoints.iter().filter(|c| c.required)
}

/// Plays `runs` runs as `plan` says; run `i` uses seed `seed + i` for
/// the young person's reactions and for the policy's own draws, so the
/// same arguments always give the same report, and each run replays alone.
pub fn simulate(scenario: &Scenario, runs: usize, seed: u64, plan: Plan) -> SimReport {
    let mut tallies = vec![EndingTally::default(); scenario.endings.len()];
    let slots: Vec<usize> = required(scenario).map(|c| usize::from(c.slot)).collect();
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
        let played = play_with_faults(scenario, &plan, seed.wrapping_add(i as u64));
        for &(beat, pick) in &played.moves {
            visited[beat as usize] = true;
            taken[offset[beat as usize] + usize::from(pick)] = true;
        }
        // The beat it stopped in, when it did not end.
        if let Some(beat) = played.run.available_choices(scenario, &mut available) {
            visited[beat as usize] = true;
        }
        decisions += played.decisions as u64;
        match played.run.ending() {
            Some(ending) => {
                tallies[ending as usize].record(
                    &played.run,
                    &slots,
                    played.decisions,
                    played.recommended,
                );
                for p in &played.run.profile(scenario).points {
                    if let Some(s) = p.score {
                        scores[p.point.index()].push(s);
                    }
                }
            }
            None => unfinished += 1,
        }
    }
    let policy = plan.policy;
    let measured = matches!(policy, Policy::Longest | Policy::Shortest);
    SimReport {
        policy,
        faults: plan.faults,
        lang: measured.then_some(plan.lang),
        runs,
        unfinished,
        decisions,
        endings: scenario
            .endings
            .iter()
            .zip(&tallies)
            .map(|(e, t)| t.stats(scenario, e, runs))
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
        untaken_choices: untaken(scenario, &offset, &taken),
    }
}

/// `beat/choice` of every choice not marked in `taken`.
fn untaken(scenario: &Scenario, offset: &[usize], taken: &[bool]) -> Vec<String> {
    scenario
        .beats
        .iter()
        .zip(offset)
        .flat_map(|(b, at)| {
            b.choices
                .iter()
                .zip(&taken[*at..])
                .filter(|(_, t)| !**t)
                .map(|(c, _)| format!("{}/{}", b.id, c.key))
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_pcg::Pcg32;

    #[test]
    fn pick_max_takes_the_greatest_and_draws_among_ties() {
        let mut rng = Pcg32::seed_from_u64(1);
        let key = |i: u16| [0, 5, 2, 5, 1][usize::from(i)];
        assert_eq!(pick_max(&[], &mut rng, key), None);
        assert_eq!(pick_max(&[0, 2, 4], &mut rng, key), Some(2));
        let mut seen = [0; 5];
        for _ in 0..200 {
            let pick = pick_max(&[4, 3, 0, 1, 2], &mut rng, key);
            seen[usize::from(pick.unwrap())] += 1;
        }
        assert_eq!(seen[0] + seen[2] + seen[4], 0, "{seen:?}");
        assert!(seen[1] > 0 && seen[3] > 0, "{seen:?}");
    }
}
