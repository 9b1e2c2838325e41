//! The run's seeded draws: the line said when a beat is entered, the order
//! of its choices, a reply's variant and the target of a random route.

use rand::Rng;
use rand::seq::SliceRandom;
use rand_pcg::Pcg32;

use super::Shown;
use crate::scenario::Scenario;
use crate::scenario::model::{Route, Speech, Target};

/// Picks the line and the order of the choices when a beat is entered.
pub(super) fn enter(scenario: &Scenario, beat: u32, state: &[i32], rng: &mut Pcg32) -> Shown {
    let b = scenario.beat(beat);
    let variant = b.speech.as_ref().map_or(0, |s| pick_variant(s, state, rng));
    let mut order: Vec<u16> = (0..b.choices.len() as u16).collect();
    if scenario.meta.shuffle_choices {
        order.shuffle(rng);
    }
    Shown {
        beat,
        variant,
        order,
    }
}

/// Variants whose condition holds win; otherwise the main line and the
/// unconditional variants share the draw. Counted, not collected: this
/// runs at every decision of a simulation.
pub(super) fn pick_variant(speech: &Speech, state: &[i32], rng: &mut Pcg32) -> u16 {
    let preferred =
        |v: &&crate::scenario::model::Variant| v.when.as_ref().is_some_and(|c| c.holds(state));
    let unconditional = |v: &&crate::scenario::model::Variant| v.when.is_none();
    let n_preferred = speech.variants.iter().filter(preferred).count();
    if n_preferred > 0 {
        let k = if n_preferred > 1 {
            rng.random_range(0..n_preferred)
        } else {
            0
        };
        return nth_variant(speech, preferred, k);
    }
    let n = 1 + speech.variants.iter().filter(unconditional).count();
    let k = if n > 1 { rng.random_range(0..n) } else { 0 };
    if k == 0 {
        0
    } else {
        nth_variant(speech, unconditional, k - 1)
    }
}

/// 1-based index of the `k`-th variant accepted by `keep`.
fn nth_variant(
    speech: &Speech,
    keep: impl Fn(&&crate::scenario::model::Variant) -> bool,
    k: usize,
) -> u16 {
    speech
        .variants
        .iter()
        .enumerate()
        .filter(|(_, v)| keep(v))
        .nth(k)
        .map_or(0, |(i, _)| i as u16 + 1)
}

/// Resolves a route in `state`; `None` when every weight is zero.
pub(super) fn route(next: &Route, state: &[i32], rng: &mut Pcg32) -> Option<Target> {
    match next {
        Route::Goto(t) => Some(*t),
        Route::Branch(cases, otherwise) => Some(
            cases
                .iter()
                .find(|(c, _)| c.holds(state))
                .map_or(*otherwise, |(_, t)| *t),
        ),
        Route::Random(options) => {
            let total: u64 = options.iter().map(|o| u64::from(o.weight(state))).sum();
            if total == 0 {
                return None;
            }
            let mut draw = rng.random_range(0..total);
            options.iter().find_map(|o| {
                let w = u64::from(o.weight(state));
                if draw < w {
                    Some(o.target)
                } else {
                    draw -= w;
                    None
                }
            })
        }
    }
}
