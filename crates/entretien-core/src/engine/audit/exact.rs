//! The rules computed exactly on the (beat × state) graph, with the
//! `Random` weights: what a serious fault closes, what each mistake costs,
//! that no mistake does better than good practice in any state, and that
//! no mistake brings the disclosure sooner.

use rustc_hash::FxHashMap;

use super::chain::{Chain, EndingChances, Offer, disclosure, good, offers, value_of};
use super::{Finding, MistakeCost, choice_path, permille};
use crate::engine::Policy;
use crate::scenario::graph::{To, describe_state};
use crate::scenario::model::Choice;
use crate::scenario::{Lang, Outcome, ProblemKind};

/// A mistake costs at least this much (5 points), or it is "costless".
const MIN_COST: f64 = 0.05;
/// Differences below this are rounding.
const EPSILON: f64 = 1e-9;

/// Good practice: a decision with a point raised and none lowered.
pub fn is_good(choice: &Choice) -> bool {
    !choice.continues && choice.scores.is_recommended()
}

/// A decision that is not good practice.
pub fn is_mistake(choice: &Choice) -> bool {
    !choice.continues && !choice.scores.is_recommended()
}

/// A mistake that is not serious (a slip).
pub fn is_lesser(choice: &Choice) -> bool {
    is_mistake(choice) && !is_serious(choice)
}

/// A class of answers.
type Class = fn(&Choice) -> bool;

/// Scored −2 on some key point.
pub fn is_serious(choice: &Choice) -> bool {
    choice.scores.0.iter().flatten().any(|s| *s <= -2)
}

/// The values best practice gives from each node: good endings, and the
/// Disclosure ending.
pub type BestValues = EndingChances;

fn ending_values(chain: &Chain<'_>, f: fn(Outcome) -> f64) -> Vec<f64> {
    chain.scenario.endings.iter().map(|e| f(e.kind)).collect()
}

/// After an answer scored −2, the Disclosure ending must be out of reach
/// on every path, and a good ending within reach only through a repair.
pub fn serious_faults(chain: &Chain<'_>, findings: &mut Vec<Finding>) {
    let s = chain.scenario;
    let to_disclosure = chain.reach(|kind| kind == Outcome::Disclosure, |_| true);
    let to_good_unrepaired = chain.reach(Outcome::is_good, |c| !c.repair);
    // Reported already, per (choice, disclosure or not): choices are
    // numbered beat after beat, so that the test is an index, not a search.
    let mut first_choice = Vec::with_capacity(s.beats.len());
    let mut choices = 0;
    for b in &s.beats {
        first_choice.push(choices);
        choices += b.choices.len();
    }
    let mut reported = vec![[false; 2]; choices];
    for (n, &(beat, _)) in chain.graph.nodes.iter().enumerate() {
        for offer in offers(chain.graph, n) {
            let choice = &s.beat(beat).choices[usize::from(offer.choice)];
            if !is_serious(choice) {
                continue;
            }
            for e in offer.edges {
                let (disclosed, good) = match e.to.get() {
                    To::Node(m) => (to_disclosure[m as usize], to_good_unrepaired[m as usize]),
                    To::End(i) => {
                        let kind = s.endings[i as usize].kind;
                        let own = |ok: bool| ok.then_some(i);
                        (own(kind == Outcome::Disclosure), own(kind.is_good()))
                    }
                };
                let found = [
                    (true, disclosed),
                    (false, good.filter(|_| disclosed.is_none())),
                ];
                for (is_disclosure, ending) in found {
                    let Some(ending) = ending else { continue };
                    let at = first_choice[beat as usize] + usize::from(offer.choice);
                    let done = &mut reported[at][usize::from(is_disclosure)];
                    if *done {
                        continue;
                    }
                    *done = true;
                    let ending = s.endings[ending as usize].id.clone();
                    let kind = if is_disclosure {
                        ProblemKind::SeriousFaultDisclosure { ending }
                    } else {
                        ProblemKind::SeriousFaultUnrepaired { ending }
                    };
                    findings.push((choice_path(s, beat, offer.choice), kind));
                }
            }
        }
    }
}

/// What each mistake costs, where a trainee meets it: at the nodes where
/// it is offered, weighted by how often best practice passes there (or
/// random play, for a mistake best practice never meets), best practice
/// from the node against the mistake then best practice.
pub fn mistake_costs(chain: &Chain<'_>, best: &BestValues) -> Vec<MistakeCost> {
    let s = chain.scenario;
    let weights = [
        chain.visits(Policy::Best, Lang::Fr),
        chain.visits(Policy::Random, Lang::Fr),
    ];
    let (good_end, disclosure_end) = (ending_values(chain, good), ending_values(chain, disclosure));
    // Per mistake and per weighting: Σw, Σw·good(best), Σw·good(it), the same for Disclosure.
    let mut sums: FxHashMap<(u32, u16), [[f64; 5]; 2]> = FxHashMap::default();
    for (n, &(beat, _)) in chain.graph.nodes.iter().enumerate() {
        let b = s.beat(beat);
        let has_good = offers(chain.graph, n).any(|o| is_good(&b.choices[usize::from(o.choice)]));
        if !has_good {
            continue;
        }
        for offer in offers(chain.graph, n) {
            if !is_mistake(&b.choices[usize::from(offer.choice)]) {
                continue;
            }
            let entry = sums.entry((beat, offer.choice)).or_default();
            let it = [
                value_of(offer, &best.good, &good_end),
                value_of(offer, &best.disclosure, &disclosure_end),
            ];
            for (sum, w) in entry.iter_mut().zip(&weights) {
                let w = w[n];
                sum[0] += w;
                sum[1] += w * best.good[n];
                sum[2] += w * it[0];
                sum[3] += w * best.disclosure[n];
                sum[4] += w * it[1];
            }
        }
    }
    let mut costs: Vec<MistakeCost> = sums
        .into_iter()
        .map(|((beat, choice), [by_best, by_random])| {
            let met_by_best = by_best[0] > 0.0;
            let sum = if met_by_best { by_best } else { by_random };
            let w = sum[0].max(f64::MIN_POSITIVE);
            let c = &s.beat(beat).choices[usize::from(choice)];
            MistakeCost {
                beat: s.beat(beat).id.clone(),
                choice: c.key.clone(),
                serious: is_serious(c),
                minor: c.minor.is_some(),
                met_by_best,
                good_best: sum[1] / w,
                good_it: sum[2] / w,
                disclosure_best: sum[3] / w,
                disclosure_it: sum[4] / w,
            }
        })
        .collect();
    costs.sort_by(|a, b| (&a.beat, &a.choice).cmp(&(&b.beat, &b.choice)));
    costs
}

/// A mistake that is neither serious nor marked minor must cost at least
/// [`MIN_COST`] of the good endings or of the Disclosure ending, where
/// there is that much left to lose.
pub fn costless(chain: &Chain<'_>, costs: &[MistakeCost], findings: &mut Vec<Finding>) {
    let at_stake = |c: &&MistakeCost| c.good_best >= MIN_COST - EPSILON;
    for c in costs
        .iter()
        .filter(|c| !c.serious && !c.minor)
        .filter(at_stake)
    {
        let good = c.good_best - c.good_it;
        let disclosed = c.disclosure_best - c.disclosure_it;
        if good < MIN_COST - EPSILON && disclosed < MIN_COST - EPSILON {
            let kind = ProblemKind::CostlessMistake {
                good_best: permille(c.good_best),
                good_it: permille(c.good_it),
                disclosure_best: permille(c.disclosure_best),
                disclosure_it: permille(c.disclosure_it),
            };
            findings.push((chain.path_of(&c.beat, &c.choice), kind));
        }
    }
}

/// Where a mistake does better than every good answer: in how many
/// states, and the state where it wins by most.
struct Win {
    states: usize,
    node: usize,
    its: f64,
    good: f64,
    good_choice: u16,
}

impl Win {
    fn margin(&self) -> f64 {
        self.its - self.good
    }
}

/// In no reachable state does a mistake give a better chance of a good
/// ending (best practice afterwards) than the best good answer there; nor
/// does a serious fault (−2) than the best lesser mistake offered with it
/// (a false promise must not end better than a vague answer).
pub fn never_better(chain: &Chain<'_>, best: &BestValues, findings: &mut Vec<Finding>) {
    let s = chain.scenario;
    let rules: [(Class, Class, bool); 2] =
        [(is_mistake, is_good, true), (is_serious, is_lesser, false)];
    for (worse, reference, against_good) in rules {
        for ((beat, choice), win) in wins(chain, best, worse, reference) {
            let state = &chain.graph.states[chain.graph.nodes[win.node].1 as usize];
            let (state, states) = (describe_state(s, state), win.states);
            let (its, than) = (permille(win.its), permille(win.good));
            let key = s.beat(beat).choices[usize::from(win.good_choice)]
                .key
                .clone();
            let kind = if against_good {
                ProblemKind::BetterThanGood {
                    state,
                    states,
                    its,
                    good: than,
                    good_key: key,
                }
            } else {
                ProblemKind::SeriousBeatsLesser {
                    state,
                    states,
                    its,
                    lesser: than,
                    lesser_key: key,
                }
            };
            findings.push((choice_path(s, beat, choice), kind));
        }
    }
}

/// Where an answer `worse` accepts does better than every answer
/// `reference` accepts in the same state, per answer, in the order found.
fn wins(
    chain: &Chain<'_>,
    best: &BestValues,
    worse: Class,
    reference: Class,
) -> Vec<((u32, u16), Win)> {
    let s = chain.scenario;
    let good_end = ending_values(chain, good);
    let mut wins: FxHashMap<(u32, u16), Win> = FxHashMap::default();
    let mut order = Vec::new();
    for (n, &(beat, _)) in chain.graph.nodes.iter().enumerate() {
        let b = s.beat(beat);
        let kind = |o: &Offer<'_>| &b.choices[usize::from(o.choice)];
        let top = offers(chain.graph, n)
            .filter(|o| reference(kind(o)))
            .map(|o| (value_of(o, &best.good, &good_end), o.choice))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let Some((top_value, top_choice)) = top else {
            continue;
        };
        for offer in offers(chain.graph, n).filter(|o| worse(kind(o))) {
            let its = value_of(offer, &best.good, &good_end);
            if its - top_value <= EPSILON {
                continue;
            }
            let win = Win {
                states: 1,
                node: n,
                its,
                good: top_value,
                good_choice: top_choice,
            };
            match wins.get_mut(&(beat, offer.choice)) {
                Some(seen) => {
                    let states = seen.states + 1;
                    if win.margin() > seen.margin() {
                        *seen = win;
                    }
                    seen.states = states;
                }
                None => {
                    order.push((beat, offer.choice));
                    wins.insert((beat, offer.choice), win);
                }
            }
        }
    }
    (order.into_iter())
        .filter_map(|k| Some((k, wins.remove(&k)?)))
        .collect()
}
