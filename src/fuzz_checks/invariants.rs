//! What holds of every playable scenario, of every run after each choice,
//! and of every debrief, whichever target made them. Format v2 throughout:
//! a narration beat's "Continuer" is a step of the run but not a decision
//! of the trainee's (docs/scenario-format.md §9), so the debrief's
//! decisions are the steps that are not a "Continuer".

use crate::engine::{ClosingPart, Debrief, Happened, Phrase, Run, Step, closing};
use crate::scenario::model::{Line, Speaker, Speech, holds};
use crate::scenario::resources;
use crate::scenario::{Choice, Lang, Scenario};

/// The choice a step took.
fn taken<'a>(s: &'a Scenario, step: &Step) -> &'a Choice {
    &s.beat(step.shown.beat).choices[usize::from(step.choice)]
}

/// What the compiler promises of a scenario that passed the checker: a
/// "Continuer" is alone in its beat, with no words, scores, effects,
/// condition or reply; every beat says something; every line's speaker is
/// a character, the narration's the narrator.
pub(super) fn scenario_shape(s: &Scenario) {
    let speaks = |line: &Line| match line.speaker {
        Speaker::Character(_) => assert!(s.speaker(line).is_some(), "a speaker out of range"),
        Speaker::Narrator => panic!("a line said by the narrator"),
    };
    let speech = |speech: &Speech| {
        speaks(&speech.main);
        speech.variants.iter().for_each(|v| speaks(&v.line));
    };
    for beat in &s.beats {
        assert!(
            beat.narration.is_some() || beat.speech.is_some(),
            "{}: says nothing",
            beat.id
        );
        if let Some(n) = &beat.narration {
            assert_eq!(n.speaker, Speaker::Narrator, "{}: narration", beat.id);
        }
        beat.speech.iter().for_each(speech);
        for c in &beat.choices {
            c.reply.iter().for_each(speech);
            if c.continues {
                assert_eq!(
                    beat.choices.len(),
                    1,
                    "{}: a \"Continuer\" among answers",
                    beat.id
                );
                assert_eq!(c.key, "continue");
                assert!(c.scores.is_empty() && c.effects.is_empty(), "{}", beat.id);
                assert!(c.when.is_none() && c.reply.is_none(), "{}", beat.id);
            }
        }
    }
}

/// A choice taken: `before` is the run just before it, `happened` what
/// `choose` returned. The step recorded is what was shown, the lines
/// reported are the reply then what is on screen now, the checkpoints
/// reported are the ones passed, and a "Continuer" changes no state and
/// gets no feedback.
pub(super) fn after_choice(s: &Scenario, before: &Run, run: &Run, happened: &Happened) {
    assert_eq!(
        run.steps().len(),
        before.steps().len() + 1,
        "one step per choice"
    );
    assert_eq!(run.steps()[..before.steps().len()], *before.steps());
    let step = run.steps().last().expect("a step was just taken");
    assert_eq!(before.beat(), Some(step.shown.beat));
    assert_eq!(step.state, before.state());
    let choice = taken(s, step);
    let exchange = run.transcript(s).pop().expect("a transcript per step");
    let lines: Vec<String> = (exchange.reply_id.into_iter())
        .chain(run.shown_lines(s))
        .collect();
    assert_eq!(happened.lines, lines, "the lines that appeared");
    let reached: Vec<&str> = (s.checkpoints_passed(before.state(), run.state()).iter())
        .map(|c| c.id.as_str())
        .collect();
    let said: Vec<&str> = happened.reached.iter().map(String::as_str).collect();
    assert_eq!(said, reached, "the checkpoints passed");
    assert_eq!(happened.ended, run.ending().is_some());
    state_in_range(s, run.state());
    for c in &s.checkpoints {
        let slot = usize::from(c.slot);
        assert!(
            run.state()[slot] >= before.state()[slot],
            "{}: a step undone",
            c.id
        );
    }
    let feedback = run.feedback(s).map(std::ptr::from_ref);
    let gauges = run.gauges(s, Lang::Fr);
    if choice.continues {
        assert_eq!(
            run.state(),
            before.state(),
            "a \"Continuer\" changed the state"
        );
        assert_eq!(feedback, None, "feedback after a \"Continuer\"");
        assert!(gauges.iter().all(|g| g.change == 0), "{gauges:?}");
    } else if run.mode().rules().feedback_each_choice {
        assert_eq!(feedback, Some(std::ptr::from_ref(choice)));
    }
    for g in &gauges {
        assert!((g.min..=g.max).contains(&g.value), "{g:?}");
    }
}

/// Every value within its slot's range (effects clamp).
fn state_in_range(s: &Scenario, state: &[i32]) {
    assert_eq!(state.len(), s.slots.len());
    for (v, def) in state.iter().zip(&s.slots) {
        assert!((def.min..=def.max).contains(v), "{} = {v}", def.id);
    }
}

/// The transcript: one exchange per step, with the beat's narration (the
/// narrator's), its line and the choice's reply (a character's) exactly
/// when the scenario has them.
pub(super) fn transcript(s: &Scenario, run: &Run) {
    let exchanges = run.transcript(s);
    assert_eq!(exchanges.len(), run.steps().len());
    assert_eq!(run.moves(s).len(), run.steps().len());
    for (ex, step) in exchanges.iter().zip(run.steps()) {
        let beat = s.beat(step.shown.beat);
        let choice = taken(s, step);
        assert_eq!((ex.beat, ex.choice_index), (step.shown.beat, step.choice));
        assert_eq!(ex.narration.is_some(), beat.narration.is_some());
        assert!(ex.narration.is_none_or(|n| n.speaker.is_none()));
        assert_eq!(ex.said.is_some(), beat.speech.is_some());
        assert!(ex.said.is_none_or(|l| l.speaker.is_some()));
        assert_eq!(ex.reply.is_some(), choice.reply.is_some());
        assert_eq!(ex.reply_id.is_some(), choice.reply.is_some());
        assert!(ex.reply.is_none_or(|l| l.speaker.is_some()));
        state_in_range(s, &step.state);
    }
}

/// The debrief of an ended run, against the run it comes from.
pub(super) fn ended(s: &Scenario, run: &Run, db: &Debrief) {
    let e = run.ending().expect("a debrief only once ended");
    let ending = &s.endings[e as usize];
    assert_eq!(
        (db.ending.index, &db.ending.id, db.ending.outcome),
        (e, &ending.id, ending.kind)
    );
    assert_eq!(
        (&db.ending.title, &db.ending.text),
        (&ending.title, &ending.text)
    );
    // The decisions: every step that is not a "Continuer", in order.
    let decided: Vec<usize> = (run.steps().iter().enumerate())
        .filter(|(_, step)| !taken(s, step).continues)
        .map(|(n, _)| n)
        .collect();
    let steps: Vec<usize> = db.decisions.iter().map(|d| d.step).collect();
    assert_eq!(
        steps, decided,
        "decisions = the steps that are not a \"Continuer\""
    );
    // The branch map numbers the same steps, as the debrief does.
    let numbered: Vec<(usize, u32)> = (run.moves(s).iter().enumerate())
        .filter_map(|(n, m)| Some((n, m.decision?)))
        .collect();
    let expected: Vec<(usize, u32)> = decided.iter().copied().zip(1..).collect();
    assert_eq!(numbered, expected, "the map's decision numbers");
    let numbers: Vec<u32> = db.decisions.iter().map(|d| d.number).collect();
    assert!(
        numbers.iter().copied().eq(1..=numbers.len() as u32),
        "numbered from 1"
    );
    for d in &db.decisions {
        let step = &run.steps()[d.step];
        let choice = taken(s, step);
        assert_eq!((d.beat, d.choice), (step.shown.beat, step.choice));
        assert_eq!(d.variant, step.shown.variant);
        assert_eq!(d.line_id, s.line_id(d.beat, d.variant));
        assert_eq!(d.scores, choice.scores.0);
        assert_eq!(d.recommended, choice.scores.is_recommended());
        if let Some(b) = &d.better {
            let alt = &s.beat(d.beat).choices[usize::from(b.choice)];
            assert_ne!(b.choice, d.choice, "the better answer is another one");
            assert!(alt.scores.is_recommended() && holds(alt.when.as_ref(), &step.state));
            assert_eq!((&b.text, &b.rationale), (&alt.text, &alt.rationale));
        }
    }
    profile(db);
    // A step is done when a choice passed it (checkpoints start off).
    let passed: Vec<&str> = (run.transcript(s).iter())
        .flat_map(|ex| ex.reached.iter().map(|c| c.id.as_str()))
        .collect();
    assert_eq!(db.checkpoints.len(), s.checkpoints.len());
    for (i, (r, c)) in db.checkpoints.iter().zip(&s.checkpoints).enumerate() {
        assert_eq!((r.index, &r.id, r.required), (i, &c.id, c.required));
        assert_eq!((&r.label, &r.lesson), (&c.label, &c.lesson));
        assert_eq!(
            r.done,
            passed.contains(&c.id.as_str()),
            "checkpoint {}",
            c.id
        );
    }
    // The lesson: the first variant whose condition holds at the end.
    let first = ending
        .lesson_variants
        .iter()
        .position(|v| v.when.holds(run.state()));
    assert_eq!(
        usize::from(db.ending.lesson_index),
        first.map_or(0, |i| i + 1),
        "lesson of {}",
        ending.id
    );
    // The thoughts of the beats met, each once, in the order first met.
    let mut thoughts = Vec::new();
    for step in run.steps() {
        let b = step.shown.beat;
        if s.beat(b).thought.is_some() && !thoughts.contains(&b) {
            thoughts.push(b);
        }
    }
    let met: Vec<u32> = db.thoughts.iter().map(|t| t.beat).collect();
    assert_eq!(met, thoughts);
    for t in &db.thoughts {
        assert_eq!(Some(&t.text), s.beat(t.beat).thought.as_ref());
    }
    next_steps(s, db, &ending.resources_first);
    for t in &db.turning_points {
        let d = (db.decisions.iter().find(|d| d.number == t.decision))
            .expect("a turning point is one of the debrief's decisions");
        assert_eq!((d.step, d.choice), (t.step, t.taken));
        let beat = s.beat(d.beat);
        assert_eq!(t.beat_id, beat.id);
        let instead = &beat.choices[usize::from(t.instead)];
        assert_ne!(t.instead, t.taken);
        assert!(!instead.continues && holds(instead.when.as_ref(), &run.steps()[t.step].state));
        assert!((t.ending as usize) < s.endings.len());
    }
    closing_parts(s, db);
}

/// The spoken closing: the introduction and the ending first, every step
/// missed and only those, where to find help last.
fn closing_parts(s: &Scenario, db: &Debrief) {
    let parts = closing(db);
    let named: Vec<usize> = (parts.iter())
        .filter_map(|p| match p {
            ClosingPart::Checkpoint(i) => Some(*i),
            _ => None,
        })
        .collect();
    let missed: Vec<usize> = (db.checkpoints.iter().filter(|c| !c.done))
        .map(|c| c.index)
        .collect();
    assert_eq!(named, missed, "the closing names the steps missed");
    let opening = [
        ClosingPart::Phrase(Phrase::Intro),
        ClosingPart::Ending(db.ending.index),
    ];
    assert!(parts.starts_with(&opening), "{parts:?}");
    let help = [Phrase::Help, Phrase::Outro].map(ClosingPart::Phrase);
    assert!(parts.ends_with(&help), "{parts:?}");
    parts.iter().for_each(|p| _ = p.line_id(s));
}

/// The profile on the five key points, from the decisions alone.
fn profile(db: &Debrief) {
    let n = db.decisions.len();
    for p in &db.points {
        let k = p.point.index();
        let raw: i32 = db
            .decisions
            .iter()
            .map(|d| i32::from(d.scores[k].unwrap_or(0)))
            .sum();
        assert_eq!(
            p.raw_total, raw,
            "{:?}: the raw total of the answers taken",
            p.point
        );
        let scored = db
            .decisions
            .iter()
            .filter(|d| d.scores[k].is_some())
            .count();
        assert!(
            (scored..=n).contains(&p.decisions),
            "{:?}: {} tested",
            p.point,
            p.decisions
        );
        assert_eq!(p.score.is_some(), p.decisions > 0);
        assert_eq!(p.recommended_share.is_some(), p.decisions > 0);
        assert!(
            p.score.is_none_or(|v| v <= 100),
            "{:?}: score {:?}",
            p.point,
            p.score
        );
        let share = p.recommended_share.unwrap_or(0.0);
        assert!((0.0..=1.0).contains(&share), "{:?}: share {share}", p.point);
    }
    let good = db.decisions.iter().filter(|d| d.recommended).count();
    let expected = (n > 0).then(|| good as f32 / n as f32);
    match (db.recommended_share, expected) {
        (Some(a), Some(b)) => assert!((a - b).abs() < 1e-6, "overall share {a}, not {b}"),
        (a, b) => assert_eq!(a, b, "overall share"),
    }
}

/// "What to do next": each section once, the ending's own choice first,
/// then the scenario's sections and every built-in one.
fn next_steps(s: &Scenario, db: &Debrief, first: &[String]) {
    let ids = &db.next_steps;
    for (i, id) in ids.iter().enumerate() {
        assert!(!ids[..i].contains(id), "section {id} twice");
    }
    let mut wanted: Vec<&String> = Vec::new();
    for id in first {
        if !wanted.contains(&id) {
            wanted.push(id);
        }
    }
    let begins = ids.len() >= wanted.len() && ids.iter().zip(&wanted).all(|(a, b)| a == *b);
    assert!(begins, "{ids:?} does not begin with {wanted:?}");
    let all = s.resources.iter().chain(resources::builtin());
    for section in all {
        assert!(ids.contains(&section.id), "section {} left out", section.id);
    }
}
