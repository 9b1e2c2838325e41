//! The words of the workshop's two views: the room's and the presenter's.

use super::fr_or_en;
use crate::engine::{Followed, RoomDecision, letter};
use crate::scenario::Lang;

/// Messages of the workshop views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum WMsg {
    RoomView,
    PresenterView,
    Decision,
    Note,
    NoNote,
    ForPresenterOnly,
    RoomVote,
    AddVote,
    RemoveVote,
    Follow,
    Majority,
    NoMajority,
    Unreachable,
    Reveal,
    HideScores,
    Next,
    Back,
    Forward,
    Timer,
    StartTimer,
    PauseTimer,
    ResetTimer,
    DecisionsTaken,
    NoDecisionYet,
    SaveSummary,
    OpenSummary,
    OpenSummaryFolder,
    SummarySaved,
    SeparateWindow,
    HidePanel,
    OneScreen,
    Fullscreen,
    RoomContrast,
    Keys,
    MapJump,
    OpenMap,
    CloseMap,
    Narration,
    Revealed,
    AnswersAndEffects,
    WorkshopOver,
    LeaveWorkshop,
    Votes,
    WouldReach,
    Previously,
    Tie,
    NoVotes,
    RoomChoice,
    AnswerTaken,
    NextMoment,
    OutcomeOnScreen,
    RoomSees,
    AndTrust,
    RoomTimer,
    EndingNext,
    Card,
    ShowNextSteps,
    BackToEnding,
}

/// The message in `lang`.
pub fn tr_w(msg: WMsg, lang: Lang) -> &'static str {
    let (fr, en) = match msg {
        WMsg::RoomView => ("Vue salle", "Room view"),
        WMsg::PresenterView => ("Vue animation", "Presenter view"),
        WMsg::Decision => ("Décision", "Decision"),
        WMsg::Note => ("Note pour l'animation", "Facilitator note"),
        WMsg::NoNote => (
            "Pas de note pour ce moment. Question à la salle\u{202F}: que diriez-vous, et pourquoi\u{202F}?",
            "No note for this moment. Ask the room: what would you say, and why?",
        ),
        WMsg::ForPresenterOnly => ("pas montré à la salle", "not shown to the room"),
        WMsg::RoomVote => ("Vote de la salle", "Room vote"),
        WMsg::AddVote => ("Ajouter un vote pour", "Add a vote for"),
        WMsg::RemoveVote => ("Retirer un vote pour", "Remove a vote for"),
        WMsg::Follow => ("Suivre la réponse", "Follow answer"),
        WMsg::Majority => ("majorité", "majority"),
        WMsg::NoMajority => (
            "Pas de majorité\u{202F}: choisissez la réponse à suivre.",
            "No majority: choose the answer to follow.",
        ),
        WMsg::Unreachable => (
            "Ce moment ne peut être atteint ni d'ici ni depuis le début\u{202F}: choisissez-en un autre sur la carte.",
            "This moment cannot be reached from here or from the start: choose another one on the map.",
        ),
        WMsg::Reveal => ("Révéler les scores", "Reveal the scores"),
        WMsg::HideScores => ("Masquer les scores", "Hide the scores"),
        WMsg::Next => ("Suite (Page suivante)", "Next (Page Down)"),
        WMsg::Back => (
            "Décision précédente (Page précédente)",
            "Previous decision (Page Up)",
        ),
        WMsg::Forward => (
            "Décision suivante, déjà prise",
            "Next decision, already taken",
        ),
        WMsg::Timer => ("Chrono de discussion", "Discussion timer"),
        WMsg::StartTimer => ("Lancer le chrono (T)", "Start the timer (T)"),
        WMsg::PauseTimer => ("Mettre le chrono en pause (T)", "Pause the timer (T)"),
        WMsg::ResetTimer => ("Remettre le chrono à zéro", "Reset the timer"),
        WMsg::DecisionsTaken => ("Décisions prises", "Decisions taken"),
        WMsg::NoDecisionYet => ("Aucune décision pour l'instant.", "No decision yet."),
        WMsg::SaveSummary => ("Enregistrer le résumé", "Save the summary"),
        WMsg::OpenSummary => ("Ouvrir le résumé", "Open the summary"),
        WMsg::OpenSummaryFolder => (
            "Ouvrir le dossier des résumés",
            "Open the summaries' folder",
        ),
        WMsg::SummarySaved => ("Résumé enregistré", "Summary saved"),
        WMsg::SeparateWindow => (
            "Vue salle dans une fenêtre à part (projecteur)",
            "Room view in a window of its own (projector)",
        ),
        WMsg::HidePanel => ("Masquer ce panneau (F2)", "Hide this panel (F2)"),
        WMsg::OneScreen => (
            "Sans fenêtre à part, la vue salle remplit la fenêtre et F2 montre ou cache cette vue-ci.",
            "Without a window of its own, the room view fills the window and F2 shows or hides this view.",
        ),
        WMsg::Fullscreen => ("Plein écran (F11)", "Full screen (F11)"),
        WMsg::RoomContrast => ("Contraste élevé en salle", "High contrast in the room"),
        WMsg::Keys => (
            "Touches\u{202F}: A, B, C…\u{202F}: un vote pour cette réponse (Maj + lettre\u{202F}: en retirer un)\u{202F}; + et −\u{202F}: un vote de plus ou de moins pour la dernière réponse votée\u{202F}; Page suivante (ou «\u{202F}suivant\u{202F}» de la télécommande)\u{202F}: révéler, suivre la majorité, puis le moment suivant\u{202F}; Page précédente\u{202F}: décision précédente\u{202F}; T\u{202F}: chrono, montré à la salle tant qu'il n'est pas remis à zéro\u{202F}; R\u{202F}: réécouter\u{202F}; S\u{202F}: couper la voix\u{202F}; F2\u{202F}: cette vue, sur un seul écran\u{202F}; F11\u{202F}: plein écran.",
            "Keys: A, B, C…: a vote for that answer (Shift + letter: remove one); + and −: one vote more or less for the answer voted last; Page Down (or the clicker's “next”): reveal, follow the majority, then the next moment; Page Up: previous decision; T: timer, shown to the room until it is reset; R: replay; S: stop the voice; F2: this view, on one screen; F11: full screen.",
        ),
        WMsg::MapJump => (
            "Cliquez sur un moment de la carte (ou choisissez-le avec Tab et Entrée) pour y aller avec la salle.",
            "Click a moment on the map (or pick it with Tab and Enter) to go there with the room.",
        ),
        WMsg::OpenMap => ("Carte des embranchements…", "Branch map…"),
        WMsg::CloseMap => ("Fermer la carte (Échap)", "Close the map (Esc)"),
        WMsg::Narration => (
            "Pas de vote ici\u{202F}: appuyez sur Page suivante pour continuer.",
            "No vote here: press Page Down to go on.",
        ),
        WMsg::Revealed => ("scores révélés", "scores revealed"),
        WMsg::AnswersAndEffects => (
            "Les réponses et leurs effets",
            "The answers and their effects",
        ),
        WMsg::WorkshopOver => ("Fin de l'atelier", "End of the workshop"),
        WMsg::LeaveWorkshop => (
            "Retour aux scénarios (l'atelier et le résumé sont gardés)",
            "Back to the scenarios (workshop and summary kept)",
        ),
        WMsg::Votes => ("votes", "votes"),
        WMsg::WouldReach => (
            "Franchirait l'étape de protection",
            "Would take the protective step",
        ),
        WMsg::Previously => ("Précédemment", "Previously"),
        WMsg::Tie => (
            "Égalité\u{202F}: l'animation choisit",
            "A tie: the facilitator chooses",
        ),
        WMsg::NoVotes => (
            "Pas de vote\u{202F}: l'animation choisit",
            "No votes: the facilitator chooses",
        ),
        WMsg::RoomChoice => ("choix de la salle", "the room's choice"),
        WMsg::AnswerTaken => ("Réponse suivie", "The answer taken"),
        WMsg::NextMoment => ("Moment suivant (Page suivante)", "Next moment (Page Down)"),
        WMsg::OutcomeOnScreen => (
            "La salle voit ce que sa réponse a amené. Page suivante\u{202F}: le moment suivant.",
            "The room sees what its answer led to. Page Down: the next moment.",
        ),
        WMsg::RoomSees => ("Ce que la salle voit", "What the room sees"),
        WMsg::AndTrust => ("et la confiance", "and the trust"),
        WMsg::RoomTimer => ("Discussion", "Discussion"),
        WMsg::Card => ("Carte de la réponse", "Card of answer"),
        WMsg::ShowNextSteps => (
            "Montrer «\u{202F}Et maintenant\u{202F}?\u{202F}» (Page suivante)",
            "Show “What to do next” (Page Down)",
        ),
        WMsg::BackToEnding => (
            "Retour à la fin (Page précédente)",
            "Back to the ending (Page Up)",
        ),
        WMsg::EndingNext => (
            "La suite\u{202F}: la fin de l'entretien",
            "Next: how the interview ends",
        ),
    };
    fr_or_en(fr, en, lang)
}

/// "0 vote", "1 vote", "3 votes" in French; "0 votes", "1 vote" in English.
pub fn votes(n: u32, lang: Lang) -> String {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    if singular {
        format!("{n} vote")
    } else {
        format!("{n} {}", tr_w(WMsg::Votes, lang))
    }
}

/// How the room's decision was taken, in a few words: the presenter's
/// list of decisions and the summary say it alike.
pub fn followed(room: &RoomDecision, lang: Lang) -> String {
    let words = match (room.how, room.majority()) {
        (Followed::Majority, _) => fr_or_en("majorité de la salle", "the room's majority", lang),
        (Followed::Other, Some(m)) => {
            let other = fr_or_en(
                "autre réponse que celle de la majorité",
                "not the majority's answer",
                lang,
            );
            return format!("{other} ({})", letter(m));
        }
        (Followed::Other, None) => fr_or_en(
            "choix de l'animation, faute de majorité",
            "the facilitator's choice, as there was no majority",
            lang,
        ),
        (Followed::Continue, _) => fr_or_en("suite", "went on", lang),
        (Followed::Map, _) => fr_or_en("via la carte, sans vote", "via the map, no vote", lang),
    };
    words.to_owned()
}
