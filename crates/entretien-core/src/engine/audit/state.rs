//! The hidden state, checked for what no reader of the file would see:
//! flags and variables changed and never read (or read and never changed),
//! variables that steer the story without being shown to the trainee,
//! lines no state selects, and steps credited on a path that contradicts
//! them.

use super::Finding;
use super::chain::{Chain, offers};
use crate::scenario::graph::To;
use crate::scenario::model::{Cond, Op, Route, Slot, Speech};
use crate::scenario::problem::{ItemPath, Segment};
use crate::scenario::{ProblemKind, Scenario};

use crate::engine::gauges::TRUST as ALWAYS_SHOWN;

/// Which slots are read, read by a route, and changed, anywhere.
struct Uses {
    read: Vec<bool>,
    steers: Vec<bool>,
    set: Vec<bool>,
}

fn uses(s: &Scenario) -> Uses {
    let n = s.slots.len();
    let mut u = Uses {
        read: vec![false; n],
        steers: vec![false; n],
        set: vec![false; n],
    };
    fn cond(c: &Cond, out: &mut [bool]) {
        match c {
            Cond::AtLeast(slot, _) | Cond::AtMost(slot, _) => out[usize::from(*slot)] = true,
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| cond(c, out)),
        }
    }
    let speech = |sp: &Speech, out: &mut [bool]| {
        sp.variants
            .iter()
            .filter_map(|v| v.when.as_ref())
            .for_each(|c| cond(c, out));
    };
    for beat in &s.beats {
        if let Some(sp) = &beat.speech {
            speech(sp, &mut u.read);
        }
        for choice in &beat.choices {
            if let Some(c) = &choice.when {
                cond(c, &mut u.read);
            }
            if let Some(sp) = &choice.reply {
                speech(sp, &mut u.read);
            }
            for op in &choice.effects {
                let (Op::Add(slot, _) | Op::Set(slot, _)) = op;
                u.set[usize::from(*slot)] = true;
            }
            match &choice.next {
                Route::Goto(_) => {}
                Route::Branch(cases, _) => cases.iter().for_each(|(c, _)| cond(c, &mut u.steers)),
                Route::Random(options) => {
                    for (slot, _) in options.iter().flat_map(|o| &o.per) {
                        u.steers[usize::from(*slot)] = true;
                    }
                }
            }
        }
    }
    // An ending's lesson variants read the state at the end.
    for v in s.endings.iter().flat_map(|e| &e.lesson_variants) {
        cond(&v.when, &mut u.read);
    }
    for (read, steers) in u.read.iter_mut().zip(&u.steers) {
        *read |= steers;
    }
    u
}

/// Flags and variables that nobody reads or nobody changes, and variables
/// that steer the story unseen. Checkpoints are read by the debrief.
pub fn dead_state(s: &Scenario, findings: &mut Vec<Finding>) {
    let u = uses(s);
    let is_checkpoint = |slot: usize| s.checkpoints.iter().any(|c| usize::from(c.slot) == slot);
    for (i, def) in s.slots.iter().enumerate() {
        if is_checkpoint(i) {
            continue;
        }
        let path = if def.is_flag {
            ItemPath(vec![Segment::Field("flags")])
        } else {
            ItemPath(vec![Segment::Variable(def.id.clone())])
        };
        let name = def.id.clone();
        if u.set[i] && !u.read[i] {
            findings.push((path, ProblemKind::NeverRead { name }));
        } else if u.read[i] && !u.set[i] {
            findings.push((path, ProblemKind::NeverSet { name }));
        } else if u.steers[i] && !def.is_flag && def.shown.is_none() && def.id != ALWAYS_SHOWN {
            findings.push((path, ProblemKind::HiddenStake { name }));
        }
    }
}

/// Which of a line's forms (0 = main, n = variant n) a state can select:
/// the variants whose condition holds, or else the main line and the
/// unconditional variants (see the engine's draw).
fn mark_said(speech: &Speech, state: &[i32], said: &mut [bool]) {
    let mut preferred = false;
    for (i, v) in speech.variants.iter().enumerate() {
        if v.when.as_ref().is_some_and(|c| c.holds(state)) {
            said[i + 1] = true;
            preferred = true;
        }
    }
    if !preferred {
        said[0] = true;
        for (i, v) in speech.variants.iter().enumerate() {
            said[i + 1] |= v.when.is_none();
        }
    }
}

/// Lines and reply lines, main or variant, that no reachable state selects.
pub fn lines_never_said(chain: &Chain<'_>, findings: &mut Vec<Finding>) {
    let s = chain.scenario;
    let g = chain.graph;
    let forms = |sp: &Option<Speech>| sp.as_ref().map_or(0, |sp| sp.variants.len() + 1);
    let mut said: Vec<Vec<bool>> = s
        .beats
        .iter()
        .map(|b| vec![false; forms(&b.speech)])
        .collect();
    let mut replied: Vec<Vec<Vec<bool>>> = (s.beats.iter())
        .map(|b| {
            b.choices
                .iter()
                .map(|c| vec![false; forms(&c.reply)])
                .collect()
        })
        .collect();
    let mut reached = vec![false; s.beats.len()];
    let mut after = Vec::new();
    for (n, &(beat, state)) in g.nodes.iter().enumerate() {
        let state = &g.states[state as usize];
        let b = s.beat(beat);
        reached[beat as usize] = true;
        if let Some(sp) = &b.speech {
            mark_said(sp, state, &mut said[beat as usize]);
        }
        for offer in offers(g, n) {
            let choice = &b.choices[usize::from(offer.choice)];
            if let Some(sp) = &choice.reply {
                after.clear();
                after.extend_from_slice(state);
                s.apply(&choice.effects, &mut after);
                mark_said(
                    sp,
                    &after,
                    &mut replied[beat as usize][usize::from(offer.choice)],
                );
            }
        }
    }
    for (bi, b) in s.beats.iter().enumerate() {
        if !reached[bi] {
            continue;
        }
        let beat = Segment::Beat(b.id.clone());
        if let Some(sp) = &b.speech {
            report(sp, &said[bi], &ItemPath(vec![beat.clone()]), findings);
        }
        for (ci, c) in b.choices.iter().enumerate() {
            let offered = replied[bi][ci].iter().any(|x| *x);
            if let (Some(sp), true) = (&c.reply, offered) {
                let path = ItemPath(vec![
                    beat.clone(),
                    Segment::Choice(c.key.clone()),
                    Segment::Field("reply"),
                ]);
                report(sp, &replied[bi][ci], &path, findings);
            }
        }
    }
}

fn report(speech: &Speech, said: &[bool], at: &ItemPath, findings: &mut Vec<Finding>) {
    if !said[0] {
        findings.push((at.clone(), ProblemKind::LineNeverSaid { variant: None }));
    }
    for (v, said) in speech.variants.iter().zip(&said[1..]) {
        if !said {
            let path = at.with(Segment::Variant(v.id.clone()));
            let kind = ProblemKind::LineNeverSaid {
                variant: Some(v.id.clone()),
            };
            findings.push((path, kind));
        }
    }
}

/// Calls `f(ending, state)` for every way a run can end: the ending and
/// the state after the last answer's effects.
fn at_endings(chain: &Chain<'_>, mut f: impl FnMut(u32, &[i32])) {
    let s = chain.scenario;
    let g = chain.graph;
    let mut after = Vec::new();
    for (n, &(beat, state)) in g.nodes.iter().enumerate() {
        let b = s.beat(beat);
        for offer in offers(g, n) {
            let mut ends = offer.edges.iter().filter_map(|e| match e.to.get() {
                To::End(i) => Some(i),
                To::Node(_) => None,
            });
            let Some(first) = ends.next() else { continue };
            after.clear();
            after.extend_from_slice(&g.states[state as usize]);
            s.apply(&b.choices[usize::from(offer.choice)].effects, &mut after);
            f(first, &after);
            for other in ends {
                f(other, &after);
            }
        }
    }
}

/// A step is never credited at an ending while a flag its author declared
/// as contradicting it stands (a secrecy promise never taken back, say).
pub fn credit_contradicted(chain: &Chain<'_>, findings: &mut Vec<Finding>) {
    let s = chain.scenario;
    let pairs: Vec<(usize, Slot)> = (s.checkpoints.iter().enumerate())
        .flat_map(|(i, c)| c.contradicted_by.iter().map(move |f| (i, *f)))
        .collect();
    let mut reported = vec![false; pairs.len()];
    at_endings(chain, |end, after| {
        for (k, &(checkpoint, flag)) in pairs.iter().enumerate() {
            let c = &s.checkpoints[checkpoint];
            if !reported[k] && after[usize::from(c.slot)] != 0 && after[usize::from(flag)] != 0 {
                reported[k] = true;
                let path = ItemPath(vec![Segment::Ending(s.endings[end as usize].id.clone())]);
                let kind = ProblemKind::CreditContradicted {
                    checkpoint: c.id.clone(),
                    flag: s.slots[usize::from(flag)].id.clone(),
                };
                findings.push((path, kind));
            }
        }
    });
}

/// A lesson variant that no way of reaching its ending selects.
pub fn lessons_never_given(chain: &Chain<'_>, findings: &mut Vec<Finding>) {
    let s = chain.scenario;
    let mut given: Vec<Vec<bool>> = (s.endings.iter())
        .map(|e| vec![false; e.lesson_variants.len() + 1])
        .collect();
    let mut reached = vec![false; s.endings.len()];
    at_endings(chain, |end, after| {
        let e = end as usize;
        reached[e] = true;
        given[e][usize::from(s.endings[e].lesson_for(after))] = true;
    });
    for (e, ending) in s.endings.iter().enumerate().filter(|(e, _)| reached[*e]) {
        for (v, _) in ending
            .lesson_variants
            .iter()
            .zip(&given[e][1..])
            .filter(|(_, g)| !**g)
        {
            let path = ItemPath(vec![
                Segment::Ending(ending.id.clone()),
                Segment::Field("lesson_variants"),
                Segment::Section(v.id.clone()),
            ]);
            let kind = ProblemKind::LineNeverSaid {
                variant: Some(v.id.clone()),
            };
            findings.push((path, kind));
        }
    }
}
