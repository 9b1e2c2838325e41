//! The xAPI export of a real attempt follows the specification's rules
//! (checked by `tests/common/xapi_rules.rs`), and those rules refuse
//! malformed statements, one fault at a time, so they can fail.

use entretien::engine::{Mode, Session};
use entretien::report::xapi::statements;
use entretien::scenario::library::{BUILTIN, check_builtin};
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};
use entretien::store::Attempt;
use serde_json::{Value, json};
use std::sync::OnceLock;

use crate::xapi_rules::{array_faults, is_duration, statement_faults};

/// Kelly's scenario, checked once for all these tests (the check explores
/// the whole graph).
fn kelly() -> &'static Scenario {
    static KELLY: OnceLock<Scenario> = OnceLock::new();
    KELLY.get_or_init(|| {
        let (name, src) = (BUILTIN.iter())
            .find(|(name, _)| *name == "kelly-foyer.ron")
            .unwrap();
        check_builtin(name, src, &Limits::default())
            .scenario
            .unwrap()
    })
}

/// Kelly's interview played in assessment, in English: the best answer
/// offered each time but the worst at the second step, each step a little
/// slower than the one before (1.23 s, 2.23 s…), stored as the app stores
/// it. It keeps the bond, passes narrations ("Continuer") and takes one
/// answer that is not recommended.
fn kelly_attempt(s: &Scenario) -> Attempt {
    let start = 1_796_047_559_000;
    let mut session = Session::new(s, 0, Mode::Assessment, Lang::En, start);
    let (mut now, mut step) = (start, 0);
    let mut offers = Vec::new();
    while let Some(beat) = session.run.available_choices(s, &mut offers) {
        let total = |i: &&u16| s.beat(beat).choices[usize::from(**i)].scores.total();
        let pick = match step {
            1 => offers.iter().min_by_key(total),
            _ => offers.iter().max_by_key(total),
        };
        now += 1_230 + 1_000 * step;
        session.choose(s, *pick.unwrap(), now).unwrap();
        step += 1;
    }
    let debrief = session.run.debrief(s).unwrap();
    Attempt::new(&session, s, &debrief, now / 1000)
}

#[test]
fn a_real_attempt_exports_statements_that_follow_the_rules() {
    let s = kelly();
    let attempt = kelly_attempt(s);
    for actor in [None, Some("Ana B."), Some("ana@cpas.example.be")] {
        let all = statements(&attempt, s, actor).unwrap();
        let faults = array_faults(&all);
        assert!(faults.is_empty(), "{actor:?}:\n{}", faults.join("\n"));
    }
    let all = statements(&attempt, s, None).unwrap();
    let all = all.as_array().unwrap();
    let decisions = attempt.decisions.iter().filter(|d| !d.continues).count();
    assert!(
        decisions < attempt.decisions.len(),
        "the run should hold a \"Continuer\" step, which is no decision"
    );
    assert_eq!(
        all.len(),
        decisions + 2,
        "attempted, each decision, completed"
    );
    let completed = &all[all.len() - 1];
    // What the debrief counts, against what the statements say.
    let debrief = attempt.replay(s).unwrap().run.debrief(s).unwrap();
    let recommended = debrief.decisions.iter().filter(|d| d.recommended).count();
    assert!(0 < recommended && recommended < decisions, "a mixed run");
    let flagged = (all.iter())
        .filter(|st| st["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered")
        .filter(|st| {
            st["result"]["extensions"]["https://entretien.invalid/xapi/extensions/recommended"]
                == true
        })
        .count();
    assert_eq!(flagged, recommended);
    assert_eq!(
        completed["result"]["score"],
        json!({
            "scaled": recommended as f64 / decisions as f64,
            "raw": recommended,
            "min": 0,
            "max": decisions,
        })
    );
    let share = f64::from(attempt.recommended_share.unwrap());
    let scaled = completed["result"]["score"]["scaled"].as_f64().unwrap();
    assert!((scaled - share).abs() < 1e-6, "{scaled} against {share}");
    // Decision 2 is the second step, which took 2.23 s.
    assert_eq!(all[2]["result"]["duration"], json!("PT2.23S"));
    assert_eq!(
        completed["result"]["success"],
        json!(attempt.outcome.is_good())
    );
    assert_eq!(
        all[0]["context"]["revision"],
        json!(s.meta.version.to_string())
    );
    assert_eq!(
        all[1]["context"]["contextActivities"]["parent"][0]["id"],
        all[0]["object"]["id"]
    );
}

#[test]
fn activity_iris_hold_the_scenario_id_and_no_version() {
    let s = kelly();
    let all = statements(&kelly_attempt(s), s, None).unwrap();
    assert_eq!(
        all[0]["object"]["id"],
        json!("https://entretien.invalid/scenarios/kelly-foyer")
    );
    let beat = all[1]["object"]["id"].as_str().unwrap();
    assert!(
        beat.starts_with("https://entretien.invalid/scenarios/kelly-foyer/beats/"),
        "{beat}"
    );
    // Another version of the same scenario: the same activities.
    let mut later = s.clone();
    later.meta.version += 1;
    let again = statements(&kelly_attempt(&later), &later, None).unwrap();
    assert_eq!(again[0]["object"]["id"], all[0]["object"]["id"]);
    assert_eq!(again[1]["object"]["id"], all[1]["object"]["id"]);
    assert_ne!(
        again[0]["context"]["revision"],
        all[0]["context"]["revision"]
    );
}

/// A valid answered statement of a real attempt, changed by `change`.
fn broken(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let s = kelly();
    let all = statements(&kelly_attempt(s), s, Some("Ana B.")).unwrap();
    let mut statement = all[1].clone();
    assert_eq!(
        statement_faults(&statement),
        Vec::<String>::new(),
        "valid before the change"
    );
    change(&mut statement);
    statement_faults(&statement)
}

/// The faults name `what`.
fn refused(faults: &[String], what: &str) -> bool {
    faults.iter().any(|f| f.contains(what))
}

#[test]
fn a_statement_without_an_actor_is_refused() {
    let faults = broken(|st| {
        st.as_object_mut().unwrap().remove("actor");
    });
    assert!(refused(&faults, "no \"actor\""), "{faults:?}");
}

#[test]
fn an_agent_with_two_identifiers_is_refused() {
    let faults = broken(|st| st["actor"]["mbox"] = json!("mailto:ana@cpas.example.be"));
    assert!(
        refused(&faults, "2 inverse functional identifiers"),
        "{faults:?}"
    );
}

#[test]
fn a_relative_verb_iri_is_refused() {
    let faults = broken(|st| st["verb"]["id"] = json!("verbs/answered"));
    assert!(refused(&faults, "verb.id"), "{faults:?}");
}

#[test]
fn a_scaled_score_past_one_is_refused() {
    let faults = broken(|st| st["result"]["score"] = json!({ "scaled": 1.5 }));
    assert!(refused(&faults, "outside [-1, 1]"), "{faults:?}");
}

#[test]
fn a_negative_scaled_score_is_outside_our_use() {
    let faults = broken(|st| st["result"]["score"] = json!({ "scaled": -0.5 }));
    assert!(refused(&faults, "outside [0, 1]"), "{faults:?}");
}

#[test]
fn a_raw_score_past_max_is_refused() {
    let faults = broken(|st| st["result"]["score"] = json!({ "raw": 7, "min": 0, "max": 5 }));
    assert!(refused(&faults, "outside min and max"), "{faults:?}");
}

#[test]
fn a_duration_in_words_is_refused() {
    let faults = broken(|st| st["result"]["duration"] = json!("5 seconds"));
    assert!(refused(&faults, "result.duration"), "{faults:?}");
}

#[test]
fn an_extension_key_that_is_no_iri_is_refused() {
    let faults = broken(|st| st["result"]["extensions"]["score"] = json!(2));
    assert!(
        refused(&faults, "key \"score\" is not an IRI"),
        "{faults:?}"
    );
}

#[test]
fn a_verb_without_display_is_refused() {
    let faults = broken(|st| {
        st["verb"].as_object_mut().unwrap().remove("display");
    });
    assert!(refused(&faults, "no display"), "{faults:?}");
}

#[test]
fn a_registration_that_is_no_uuid_is_refused() {
    let faults = broken(|st| st["context"]["registration"] = json!("attempt-1"));
    assert!(refused(&faults, "context.registration"), "{faults:?}");
}

#[test]
fn a_timestamp_without_a_time_zone_is_refused() {
    let faults = broken(|st| st["timestamp"] = json!("2026-11-30T14:05:59"));
    assert!(refused(&faults, "timestamp"), "{faults:?}");
}

#[test]
fn a_property_the_specification_does_not_have_is_refused() {
    let faults = broken(|st| st["result"]["grade"] = json!("A"));
    assert!(
        refused(&faults, "\"grade\" is not a property"),
        "{faults:?}"
    );
}

#[test]
fn durations_follow_iso_8601_and_nothing_else() {
    for good in [
        "PT4S",
        "PT83.25S",
        "PT4H35M59.14S",
        "P3Y1M29DT4H35M59.14S",
        "P3Y",
        "P4W",
    ] {
        assert!(is_duration(good), "{good}");
    }
    for bad in [
        "5 seconds",
        "P",
        "PT",
        "4S",
        "P4W1D",
        "PT4.5M3S",
        "PT3S4M",
        "P0003-01-29T04:35:59",
        "PT-4S",
    ] {
        assert!(!is_duration(bad), "{bad}");
    }
}
