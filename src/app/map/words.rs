//! The words the map shows: a box's name, the decision numbers on it, an
//! arrow's label, and the name a screen reader gives a box. Drawing and
//! the widgets use the same words.

use crate::engine::Move;
use crate::i18n::labels::outcome;
use crate::i18n::{Msg, labelled, tr};
use crate::scenario::layout::{MapEdge, MapNode};
use crate::scenario::model::Target;
use crate::scenario::{Lang, Scenario};

/// What a box says.
pub(super) struct NodeWords {
    /// The beat's title, or the ending's.
    pub title: String,
    /// An ending's kind, with "your ending" when the run ended there.
    pub kind: Option<String>,
    /// The decisions taken at this beat, numbered as the debrief does.
    pub decisions: Vec<u32>,
    /// On the path: the run went through it or ended there.
    pub on_path: bool,
}

impl NodeWords {
    pub(super) fn new(scenario: &Scenario, n: &MapNode, path: &[Move], lang: Lang) -> NodeWords {
        let decisions: Vec<u32> = (path.iter())
            .filter(|m| Target::Beat(m.beat) == n.target)
            .filter_map(|m| m.decision)
            .collect();
        let passed = path.iter().any(|m| Target::Beat(m.beat) == n.target);
        let reached = path.last().map(|m| m.to) == Some(n.target);
        let (title, kind) = match n.target {
            Target::Beat(b) => (scenario.beat(b).map_title(lang), None),
            Target::Ending(e) => {
                let ending = &scenario.endings[e as usize];
                let kind = outcome(ending.kind, lang);
                let kind = if reached {
                    format!("{kind} — {}", tr(Msg::YourEnding, lang))
                } else {
                    kind.to_owned()
                };
                (ending.title.get(lang).to_owned(), Some(kind))
            }
        };
        NodeWords {
            title,
            kind,
            decisions,
            on_path: passed || reached,
        }
    }

    /// "3, 5": the badge on the box.
    pub(super) fn badge(&self) -> Option<String> {
        let numbers: Vec<String> = self.decisions.iter().map(u32::to_string).collect();
        (!numbers.is_empty()).then(|| numbers.join(", "))
    }

    /// A box's name for a screen reader: "Décision 3 : Le retour de
    /// fugue", "Léa part — Rupture du lien"; as a button that goes there,
    /// "Aller à ce moment : Le retour de fugue (décision 3)".
    pub(super) fn spoken(&self, lang: Lang, jump: bool) -> String {
        let name = match &self.kind {
            Some(kind) => format!("{} — {kind}", self.title),
            None => self.title.clone(),
        };
        let decision = self
            .badge()
            .map(|b| format!("{} {b}", tr(Msg::Decision, lang)));
        match (decision, jump) {
            (Some(d), true) => {
                let name = format!("{name} ({})", d.to_lowercase());
                labelled(tr(Msg::GoToMoment, lang), &name, lang)
            }
            (None, true) => labelled(tr(Msg::GoToMoment, lang), &name, lang),
            (Some(d), false) => labelled(&d, &name, lang),
            (None, false) => name,
        }
    }
}

/// An arrow's words: the first words of each answer it stands for, one
/// per row. On the path, the answers taken; elsewhere, the answers that
/// always lead there (one that may lead to several places, by the state or
/// by chance, would be written on each of them). `None` for a
/// "Continuer", which needs no words.
pub(super) fn edge_label(
    scenario: &Scenario,
    e: &MapEdge,
    taken: &[u16],
    lang: Lang,
) -> Option<String> {
    let Target::Beat(beat) = e.from else {
        return None;
    };
    let shown = (e.choices.iter())
        .filter(|c| taken.is_empty() || taken.contains(&c.index))
        .filter_map(|c| scenario.choice(beat, c.index))
        .filter(|c| !taken.is_empty() || c.next.targets().nth(1).is_none())
        .filter(|c| !c.continues)
        .map(|c| c.short_label(lang));
    let rows: Vec<String> = shown.collect();
    (!rows.is_empty()).then(|| rows.join("\n"))
}
