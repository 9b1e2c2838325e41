#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::scenario::check::template;

fn beat_id(s: &Scenario, w: &Workshop) -> String {
    w.session
        .run
        .beat()
        .map_or_else(|| "(over)".into(), |b| s.beat(b).id.clone())
}

/// The letter position of the answer with `key` on screen now.
fn position(s: &Scenario, w: &Workshop, key: &str) -> usize {
    w.offers(s)
        .iter()
        .position(|o| o.choice.key == key)
        .unwrap_or_else(|| panic!("{key} is not offered at {}", beat_id(s, w)))
}

#[test]
fn letters_run_from_a() {
    assert_eq!((letter(0), letter(1), letter(25)), ('A', 'B', 'Z'));
}

#[test]
fn the_majority_is_one_answer_with_strictly_most_votes() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    assert_eq!(w.votes(), &[0, 0, 0]);
    assert_eq!(w.majority(), None, "no votes, no majority");
    w.vote(0, 3);
    w.vote(1, 3);
    assert_eq!(w.majority(), None, "a tie has no majority");
    w.vote(1, -1);
    w.vote(0, -5);
    assert_eq!(w.votes(), &[0, 2, 0], "votes never go below zero");
    assert_eq!(w.majority(), Some(1));
    w.vote(7, 1);
    assert_eq!(w.votes(), &[0, 2, 0], "a letter with no answer is ignored");
}

#[test]
fn next_reveals_then_follows_the_majority_and_waits_on_a_tie() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    let cadre = position(&s, &w, "cadre");
    w.vote(cadre, 4);
    assert_eq!(w.next(&s, 10).unwrap(), Next::Revealed);
    assert!(w.revealed());
    assert!(matches!(w.next(&s, 20).unwrap(), Next::Went(_)));
    assert_eq!(beat_id(&s, &w), "secret");
    assert!(!w.revealed() && w.votes().iter().all(|v| *v == 0));
    assert_eq!(w.decisions()[0].how, Followed::Majority);
    assert_eq!(w.decisions()[0].votes[cadre], 4);
    assert!(matches!(w.next(&s, 25).unwrap(), Next::Shown { .. }));
    w.next(&s, 30).unwrap();
    assert_eq!(w.next(&s, 40).unwrap(), Next::NoMajority);
    assert_eq!(
        beat_id(&s, &w),
        "secret",
        "no vote waits for the facilitator"
    );
    let stalled = |w: &Workshop| match w.stage(&s) {
        Stage::Decision(d) => d.stalled,
        other => panic!("not a decision: {other:?}"),
    };
    assert_eq!(stalled(&w), Some(Stall::NoVotes), "the room is told");
    w.vote(0, 2);
    w.vote(1, 2);
    assert_eq!(stalled(&w), None, "a vote starts the count again");
    assert_eq!(w.next(&s, 50).unwrap(), Next::NoMajority);
    assert_eq!(stalled(&w), Some(Stall::Tie));
}

#[test]
fn the_room_sees_the_reply_to_its_answer_before_the_next_moment() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    w.follow(&s, position(&s, &w, "cadre"), 1).unwrap();
    w.next(&s, 2).unwrap();
    let transparence = position(&s, &w, "transparence");
    w.vote(transparence, 3);
    w.next(&s, 3).unwrap();
    let Next::Went(happened) = w.next(&s, 4).unwrap() else {
        panic!("the majority is followed")
    };
    // The reply is heard now; the next moment's line when it shows.
    assert_eq!(happened.lines, ["template/secret/transparence/reply"]);
    let Stage::Outcome(outcome) = w.stage(&s) else {
        panic!("the outcome first")
    };
    assert_eq!(
        (outcome.number, outcome.decision.how),
        (2, Followed::Majority)
    );
    assert_eq!(outcome.letter, letter(transparence));
    assert_eq!(outcome.exchange.choice.key, "transparence");
    assert!(outcome.exchange.reply.is_some());
    assert!(!outcome.exchange.reached.is_empty(), "its protective step");
    // Nothing to vote on or reveal while the room reads it.
    let votes = w.votes().to_vec();
    w.vote(0, 1);
    w.set_revealed(true);
    assert_eq!((w.votes(), w.revealed()), (votes.as_slice(), false));
    assert!(matches!(w.follow(&s, 0, 5), Err(EngineError::OutcomeShown)));

    let Next::Shown { lines } = w.next(&s, 6).unwrap() else {
        panic!("then the next moment")
    };
    assert_eq!(lines, w.session.run.shown_lines(&s));
    let previous = w.previously(&s).unwrap();
    assert_eq!(previous.choice.key, "transparence", "the thread is kept");
    match w.stage(&s) {
        Stage::Decision(d) => assert_eq!(d.number, 3),
        Stage::Ended(_) => assert!(w.over()),
        other => panic!("a decision or the ending: {other:?}"),
    }
}

#[test]
fn back_from_an_outcome_returns_to_the_vote_and_a_saved_outcome_comes_back() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    let direct = position(&s, &w, "direct");
    w.vote(direct, 2);
    w.next(&s, 1).unwrap();
    w.next(&s, 2).unwrap();
    assert!(w.outcome_shown() && !w.can_forward());
    let text = ron::to_string(&w).unwrap();
    let restored: Workshop = ron::from_str(&text).unwrap();
    let restored = restored.restore(&s, 3).unwrap();
    assert!(restored.outcome_shown(), "a saved outcome is shown again");

    w.back(&s, 4).unwrap();
    assert!(!w.outcome_shown());
    assert_eq!(beat_id(&s, &w), "accueil");
    assert_eq!((w.votes()[direct], w.revealed()), (2, true));
    assert!(matches!(w.stage(&s), Stage::Decision(_)));
    // Forward takes the decision again, and shows its outcome again.
    w.forward(&s, 5).unwrap();
    assert!(w.outcome_shown());
}

#[test]
fn a_workshop_saved_before_outcomes_existed_still_restores() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    w.follow(&s, position(&s, &w, "cadre"), 1).unwrap();
    let text = ron::to_string(&w).unwrap();
    // The fields this version added, taken out as an older file lacks them.
    let old = text
        .replace(",outcome_shown:true", "")
        .replace(",stalled:false", "");
    assert!(
        !old.contains("outcome_shown") && !old.contains("stalled"),
        "{old}"
    );
    let back: Workshop = ron::from_str(&old).unwrap();
    let restored = back.restore(&s, 2).unwrap();
    assert!(!restored.outcome_shown());
    assert_eq!(beat_id(&s, &restored), "secret");
}

#[test]
fn a_narration_step_is_not_a_decision() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    w.follow(&s, position(&s, &w, "cadre"), 1).unwrap();
    w.next(&s, 2).unwrap();
    // "attendre" needs trust 4; the template starts at 3 and "cadre" adds 1.
    w.follow(&s, position(&s, &w, "attendre"), 3).unwrap();
    w.next(&s, 4).unwrap();
    assert!(matches!(w.stage(&s), Stage::Narration { .. }));
    assert!(matches!(w.next(&s, 5).unwrap(), Next::Went(_)));
    assert!(!w.outcome_shown(), "a \"Continuer\" has no outcome to show");
    let Stage::Decision(d) = w.stage(&s) else {
        panic!("back to a decision")
    };
    assert_eq!(d.number, 3, "the narration step was not counted");
}

#[test]
fn back_and_forward_keep_each_decision_with_its_votes() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    let (cadre, direct) = (position(&s, &w, "cadre"), position(&s, &w, "direct"));
    w.vote(direct, 5);
    w.vote(cadre, 1);
    w.set_revealed(true);
    // The facilitator follows the minority.
    w.follow(&s, cadre, 5).unwrap();
    assert_eq!(w.decisions()[0].how, Followed::Other);
    w.next(&s, 5).unwrap();
    let promesse = position(&s, &w, "promesse");
    w.follow(&s, promesse, 6).unwrap();
    w.next(&s, 6).unwrap();
    assert_eq!(beat_id(&s, &w), "confidence");

    w.back(&s, 7).unwrap();
    w.back(&s, 8).unwrap();
    assert_eq!(beat_id(&s, &w), "accueil");
    assert_eq!(w.votes()[direct], 5, "the votes come back with the beat");
    assert!(w.revealed() && w.can_forward() && !w.can_back());
    assert!(w.back(&s, 9).is_err());

    w.forward(&s, 10).unwrap();
    w.next(&s, 10).unwrap();
    assert_eq!(beat_id(&s, &w), "secret");
    // "Next" goes forward to what was taken here before, not a majority.
    w.set_revealed(true);
    assert!(matches!(w.next(&s, 11).unwrap(), Next::Went(_)));
    assert_eq!(beat_id(&s, &w), "confidence");
    assert!(!w.can_forward());

    // Another answer after going back drops the decisions ahead.
    w.back(&s, 12).unwrap();
    let attendre = position(&s, &w, "attendre");
    w.follow(&s, attendre, 13).unwrap();
    w.next(&s, 13).unwrap();
    assert!(!w.can_forward());
    assert!(w.is_narration(&s), "'attendre' leads to a narration beat");
    assert!(matches!(w.next(&s, 14).unwrap(), Next::Went(_)));
    assert_eq!(w.decisions().last().unwrap().how, Followed::Continue);
    assert_eq!(w.session.run.steps().len(), w.decisions().len());
}

#[test]
fn the_reveal_names_the_checkpoints_an_answer_would_pass() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    w.follow(&s, position(&s, &w, "cadre"), 1).unwrap();
    w.next(&s, 1).unwrap();
    let cards = w.cards(&s);
    let card = |key: &str| cards.iter().find(|c| c.offer.choice.key == key).unwrap();
    let ids =
        |key: &str| -> Vec<&str> { card(key).reaches.iter().map(|c| c.id.as_str()).collect() };
    assert_eq!(ids("transparence"), ["transparency"]);
    assert!(ids("promesse").is_empty());
    assert_eq!(
        card("transparence").letter,
        letter(position(&s, &w, "transparence"))
    );
}

#[test]
fn a_jump_goes_back_along_the_path_or_finds_the_way_to_another_beat() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    w.follow(&s, position(&s, &w, "cadre"), 1).unwrap();
    w.next(&s, 1).unwrap();
    w.follow(&s, position(&s, &w, "promesse"), 2).unwrap();
    let accueil = s.beats.iter().position(|b| b.id == "accueil").unwrap() as u32;
    assert!(w.jump(&s, accueil, 3));
    assert_eq!(beat_id(&s, &w), "accueil");
    assert_eq!(w.decisions().len(), 0);
    assert!(
        w.can_forward(),
        "the decisions jumped over can be taken again"
    );

    let silence = s.beats.iter().position(|b| b.id == "silence").unwrap() as u32;
    assert!(w.jump(&s, silence, 4));
    assert_eq!(beat_id(&s, &w), "silence");
    assert!(w.decisions().iter().all(|d| d.how == Followed::Map));
    // The way found is the shortest, recommended answers first: "cadre".
    assert_eq!(
        s.beat(0).choices[usize::from(w.decisions()[0].choice)].key,
        "cadre"
    );
}

#[test]
fn a_saved_workshop_comes_back_with_its_votes_and_a_damaged_one_is_refused() {
    let s = template();
    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
    let cadre = position(&s, &w, "cadre");
    w.vote(cadre, 2);
    w.follow(&s, cadre, 1).unwrap();
    w.next(&s, 1).unwrap();
    w.vote(0, 3);
    w.set_revealed(true);
    let text = ron::to_string(&w).unwrap();
    let back: Workshop = ron::from_str(&text).unwrap();
    let restored = back.restore(&s, 5).unwrap();
    assert_eq!(restored.decisions(), w.decisions());
    assert_eq!((restored.votes(), restored.revealed()), (w.votes(), true));
    assert_eq!(restored.session.run, w.session.run);

    // A room decision that is not the interview's step: refused.
    let mut edited = w.clone();
    edited.log[0].choice += 1;
    let text = ron::to_string(&edited).unwrap();
    let back: Workshop = ron::from_str(&text).unwrap();
    assert!(matches!(
        back.restore(&s, 5),
        Err(EngineError::SavedRunInvalid { .. })
    ));
}

#[test]
fn a_step_taken_keeps_the_letter_it_had_on_screen_and_its_number() {
    let mut s = template();
    s.meta.shuffle_choices = true;
    // Back at "secret" after waiting, "attendre" is hidden: the answer
    // after it in the shuffled order moves up a letter.
    let (w, at) = (0..64)
        .find_map(|seed| {
            let mut w = Workshop::new(&s, seed, Lang::Fr, 0);
            w.follow(&s, position(&s, &w, "cadre"), 1).unwrap();
            w.next(&s, 2).unwrap();
            w.follow(&s, position(&s, &w, "attendre"), 3).unwrap();
            w.next(&s, 4).unwrap();
            w.next(&s, 5).unwrap();
            let last = w.offers(&s).len() - 1;
            w.follow(&s, last, 6).unwrap();
            let step = w.session.run.steps().last().unwrap();
            let in_order = step.shown.order.iter().position(|i| *i == step.choice);
            (in_order != Some(last)).then_some((w, last))
        })
        .expect("a seed that puts the hidden answer before another");
    let taken = w.taken(&s);
    let numbers: Vec<Option<u32>> = taken.iter().map(|t| t.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), None, Some(3)]);
    let last = taken.last().unwrap();
    assert_eq!(
        last.letter,
        letter(at),
        "its place among the answers offered"
    );
    let letters: Vec<char> = last.answers.iter().map(|a| a.letter).collect();
    assert_eq!(letters, ['A', 'B']);
    assert_eq!(last.answers[at].choice.key, last.exchange.choice.key);
    let Stage::Outcome(outcome) = w.stage(&s) else {
        panic!("the room sees what its answer led to")
    };
    assert_eq!((outcome.number, outcome.letter), (3, letter(at)));
}
