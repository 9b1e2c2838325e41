#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::engine::Mode;

/// The documented template, checked.
fn template() -> Scenario {
    let src = include_str!("../../../docs/template.ron");
    let limits = crate::scenario::load::Limits::default();
    (crate::scenario::check::check_source(src, "template.ron", None, &limits).scenario)
        .expect("the template is valid")
}

/// The template played to its end, always the last answer offered, 2.5 s
/// per step, from 2026-11-30 14:05:59 UTC.
fn attempt(s: &Scenario) -> Attempt {
    let start = 1_796_047_559_000;
    let mut session = Session::new(s, 5, Mode::Practice, Lang::Fr, start);
    let mut now = start;
    let mut offers = Vec::new();
    while session.run.available_choices(s, &mut offers).is_some() {
        now += 2_500;
        let last = *offers.last().unwrap();
        session.choose(s, last, now).unwrap();
    }
    let debrief = session.run.debrief(s).unwrap();
    Attempt::new(&session, s, &debrief, now / 1000)
}

fn ids(statements: &Value) -> Vec<String> {
    (statements.as_array().unwrap().iter())
        .map(|st| st["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn exporting_again_gives_the_same_ids_and_another_attempt_others() {
    let s = template();
    let a = attempt(&s);
    let first = statements(&a, &s, None).unwrap();
    assert_eq!(ids(&first), ids(&statements(&a, &s, None).unwrap()));
    let mut distinct = ids(&first);
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        ids(&first).len(),
        "each statement its own id"
    );
    let later = Attempt {
        finished_secs: a.finished_secs + 60,
        ..a.clone()
    };
    let again = statements(&later, &s, None).unwrap();
    assert!(ids(&again).iter().all(|id| !ids(&first).contains(id)));
}

#[test]
fn without_an_actor_the_statements_name_no_one() {
    let s = template();
    let a = attempt(&s);
    for actor in [None, Some(""), Some("   ")] {
        let all = statements(&a, &s, actor).unwrap();
        for st in all.as_array().unwrap() {
            let agent = st["actor"].as_object().unwrap();
            assert_eq!(agent.get("name"), None, "an agent's name");
            assert_eq!(agent.get("mbox"), None, "an address");
            assert_eq!(st["actor"]["account"]["name"], json!(a.id()));
        }
        assert!(!all.to_string().contains("mailto:"));
        assert!(!all.to_string().contains('@'));
    }
}

#[test]
fn an_address_is_an_mbox_and_anything_else_a_pseudonym() {
    let s = template();
    let a = attempt(&s);
    let actor = |given: &str| statements(&a, &s, Some(given)).unwrap()[0]["actor"].clone();
    assert_eq!(actor(" ana@cpas.be ")["mbox"], json!("mailto:ana@cpas.be"));
    assert_eq!(
        actor("mailto:ana@cpas.be")["mbox"],
        json!("mailto:ana@cpas.be")
    );
    for pseudonym in ["Ana B.", "ana@cpas", "@ana", "ana b@cpas.be"] {
        let agent = actor(pseudonym);
        assert_eq!(agent["account"]["name"], json!(pseudonym), "{pseudonym}");
        assert_eq!(agent.get("mbox"), None, "{pseudonym}");
    }
}

#[test]
fn one_answered_per_decision_between_attempted_and_completed() {
    let s = template();
    let a = attempt(&s);
    let all = statements(&a, &s, None).unwrap();
    let all = all.as_array().unwrap();
    let decisions = a.decisions.iter().filter(|d| !d.continues).count();
    let verbs: Vec<&str> = (all.iter())
        .map(|st| {
            st["verb"]["id"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        })
        .collect();
    let mut expected = vec!["attempted"];
    expected.extend(std::iter::repeat_n("answered", decisions));
    expected.push("completed");
    assert_eq!(verbs, expected);
    assert_eq!(all[0]["timestamp"], json!("2026-11-30T14:05:59.000Z"));
    let steps = a.decisions.len() as u64;
    assert_eq!(
        all.last().unwrap()["result"]["duration"],
        json!(duration(steps * 2_500))
    );
    let scaled = all.last().unwrap()["result"]["score"]["scaled"]
        .as_f64()
        .unwrap();
    let share = f64::from(a.recommended_share.unwrap());
    assert!((scaled - share).abs() < 1e-6, "{scaled} against {share}");
}

#[test]
fn durations_and_timestamps_are_iso_8601() {
    assert_eq!(duration(0), "PT0S");
    assert_eq!(duration(83_250), "PT83.25S");
    assert_eq!(duration(83_209), "PT83.20S");
    assert_eq!(duration(4_000), "PT4S");
    assert_eq!(
        timestamp(1_796_047_559_042).as_deref(),
        Some("2026-11-30T14:05:59.042Z")
    );
    assert_eq!(timestamp(u64::MAX), None);
}
