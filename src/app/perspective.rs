//! The young person's side of a finished interview (the perspective swap):
//! at each of the trainee's answers, what had just been said and what the
//! young person was thinking, the answer, trust and every visible stake
//! before and after with a mark that says which way it went, and the reply.

use super::debrief_pages::marked;
use crate::engine::{Moment, Run, Stake};
use crate::i18n::labels::thoughts_heading;
use crate::i18n::learning_debrief::{replies, signed, their_side, their_side_intro};
use crate::i18n::{Msg, colon, labelled, quoted, tr};
use crate::scenario::{Beat, Lang, Line, Scenario};

/// Draws every answer of `run` from the young person's side.
pub fn perspective_ui(ui: &mut egui::Ui, s: &Scenario, run: &Run, lang: Lang) {
    let name = &s.meta.young_person.name;
    ui.heading(their_side(name, lang));
    ui.label(their_side_intro(name, s.gender(), lang));
    ui.add_space(6.0);
    for m in run.perspective(s) {
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                moment_ui(ui, s, &m, lang);
            });
        ui.add_space(4.0);
    }
}

fn moment_ui(ui: &mut egui::Ui, s: &Scenario, m: &Moment, lang: Lang) {
    let beat = s.beats.iter().find(|b| b.id == m.beat_id);
    ui.strong(format!("{} {}", tr(Msg::Decision, lang), m.number));
    if let Some(said) = &m.said {
        let who = beat
            .and_then(|b| b.speech.as_ref())
            .and_then(|speech| speaker(s, &speech.main));
        ui.label(spoken(who, said.get(lang), lang));
    }
    if let Some(thought) = &m.thought {
        let heading = thoughts_heading(s.gender(), lang);
        let text = labelled(heading, &quoted(thought.get(lang), lang), lang);
        ui.label(egui::RichText::new(text).italics());
    }
    ui.label(
        egui::RichText::new(labelled(
            tr(Msg::YouSaid, lang),
            &quoted(m.answer.get(lang), lang),
            lang,
        ))
        .strong(),
    );
    // The stakes side by side, wrapping: one short line each would make
    // every card twice as tall.
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 24.0;
        for stake in &m.stakes {
            let job = marked(ui, &stake_line(stake, lang), false);
            // Whole: a stake that does not fit goes to the next row.
            ui.add(egui::Label::new(job).wrap_mode(egui::TextWrapMode::Extend));
        }
    });
    if let Some(reply) = &m.reply {
        let who = beat
            .and_then(|b| reply_line(s, b, &m.choice_id))
            .and_then(|line| speaker(s, line));
        match who {
            Some(who) => ui.label(labelled(
                &replies(who, lang),
                &quoted(reply.get(lang), lang),
                lang,
            )),
            None => ui.label(reply.get(lang)),
        };
    }
}

/// The name of whoever says `line` (`None`: narration).
fn speaker<'a>(s: &'a Scenario, line: &Line) -> Option<&'a str> {
    s.speaker(line).map(|c| c.name.as_str())
}

/// The main line of the reply to the choice `choice_id` of `beat`.
fn reply_line<'a>(s: &Scenario, beat: &'a Beat, choice_id: &str) -> Option<&'a Line> {
    let index = s.beats.iter().position(|b| b.id == beat.id)?;
    let beat_index = u32::try_from(index).ok()?;
    let (_, choice) =
        beat.choices.iter().enumerate().find(|(i, _)| {
            u16::try_from(*i).is_ok_and(|i| s.choice_id(beat_index, i) == choice_id)
        })?;
    choice.reply.as_ref().map(|r| &r.main)
}

/// "Kelly : « … »", or the narration as it is.
fn spoken(who: Option<&str>, text: &str, lang: Lang) -> String {
    match who {
        Some(who) => labelled(who, &quoted(text, lang), lang),
        None => text.to_owned(),
    }
}

/// "Confiance : 3/10 → 5/10 ▲ +2": the mark says the direction, never the
/// colour alone.
fn stake_line(stake: &Stake, lang: Lang) -> String {
    let name = match &stake.label {
        Some(label) => label.get(lang),
        None => tr(Msg::Trust, lang),
    };
    let value = |v: i32| {
        if stake.min == 0 {
            format!("{v}/{}", stake.max)
        } else {
            v.to_string()
        }
    };
    format!(
        "{name}{} {} → {}  {}",
        colon(lang),
        value(stake.before),
        value(stake.after),
        signed(stake.after - stake.before)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stake_says_before_after_and_its_direction() {
        let stake = Stake {
            id: "trust".into(),
            label: None,
            trust: true,
            before: 3,
            after: 5,
            min: 0,
            max: 10,
        };
        assert_eq!(
            stake_line(&stake, Lang::Fr),
            "Confiance\u{202F}: 3/10 → 5/10  ▲ +2"
        );
        let fell = Stake { after: 1, ..stake };
        assert!(stake_line(&fell, Lang::En).ends_with("▼ \u{2212}2"));
    }
}
