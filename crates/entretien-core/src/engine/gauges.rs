//! The hidden quantities the trainee sees in practice mode: trust, and
//! every variable the scenario declares `shown` (a variable that steers
//! where the story goes must be, see the audit), with the change the last
//! answer made, even when a gauge was already full.

use super::Run;
use crate::scenario::model::Op;
use crate::scenario::{Lang, Scenario};

/// The variable shown even without a `shown` name: the trust indicator.
pub const TRUST: &str = "trust";

/// One gauge, resolved for the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gauge {
    /// The scenario's name for it in the language asked; `None` for trust
    /// without one (the presenter names it).
    pub label: Option<String>,
    /// Its value now.
    pub value: i32,
    /// Lowest value.
    pub min: i32,
    /// Highest value.
    pub max: i32,
    /// What the last answer meant to change (before clamping to the range),
    /// so that a full gauge still says "+1".
    pub change: i32,
    /// It is the young person's trust.
    pub trust: bool,
}

impl Gauge {
    /// The last answer pushed past an end of the range.
    pub fn held_at_limit(&self) -> bool {
        (self.change > 0 && self.value == self.max) || (self.change < 0 && self.value == self.min)
    }
}

impl Run {
    /// Trust first, then the other variables declared `shown`, in file order.
    pub fn gauges(&self, scenario: &Scenario, lang: Lang) -> Vec<Gauge> {
        let last = self.steps().last();
        let mut gauges: Vec<Gauge> = Vec::new();
        for (i, def) in scenario.slots.iter().enumerate() {
            let is_trust = def.id == TRUST;
            if def.is_flag || (def.shown.is_none() && !is_trust) {
                continue;
            }
            let change = last.map_or(0, |step| {
                let choice = &scenario.beat(step.shown.beat).choices[usize::from(step.choice)];
                let before = step.state[i];
                let mut meant = before;
                for op in &choice.effects {
                    match *op {
                        Op::Add(slot, d) if usize::from(slot) == i => {
                            meant = meant.saturating_add(d)
                        }
                        Op::Set(slot, v) if usize::from(slot) == i => meant = v,
                        _ => {}
                    }
                }
                meant - before
            });
            let gauge = Gauge {
                label: def.shown.as_ref().map(|t| t.get(lang).to_owned()),
                value: self.state()[i],
                min: def.min,
                max: def.max,
                change,
                trust: is_trust,
            };
            gauges.push(gauge);
        }
        gauges.sort_by_key(|g| !g.trust);
        gauges
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::check::template;

    #[test]
    fn trust_comes_first_and_a_full_gauge_still_shows_its_change() {
        let s = template();
        let mut run = Run::new(&s, 1);
        let start = run.gauges(&s, Lang::Fr);
        assert_eq!(start.len(), 1);
        assert_eq!(start[0].label.as_deref(), Some("Confiance"));
        assert_eq!((start[0].value, start[0].change), (3, 0));
        run.choose(&s, "cadre").unwrap();
        let after = &run.gauges(&s, Lang::En)[0];
        assert_eq!(after.label.as_deref(), Some("Trust"));
        assert_eq!((after.value, after.change), (5, 2));
        assert!(!after.held_at_limit());
        let full = Gauge {
            label: None,
            value: 10,
            min: 0,
            max: 10,
            change: 1,
            trust: true,
        };
        assert!(full.held_at_limit());
    }
}
