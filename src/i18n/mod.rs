//! Every user-visible string, in French and English, in one place.

pub mod guidance;
pub mod labels;
mod problems;

use crate::scenario::Lang;

/// Interface messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Msg {
    AppTitle,
    Library,
    NoDisplay,
    YouAre,
    Setting,
    Noticed,
    Objectives,
    ContentNote,
    Minutes,
    YoungPerson,
    ChoosePrompt,
    Unavailable,
    UndoHint,
    UndoDone,
    NothingToUndo,
    QuitHint,
    Feedback,
    Ending,
    Lesson,
    Profile,
    NotTested,
    RecommendedShare,
    Decisions,
    YouSaid,
    Better,
    BestTaken,
    NoGoodOption,
    RaisedShare,
    ScriptLeftOver,
    Partial,
    Thoughts,
    NextSteps,
    ScriptEnded,
    ScriptUnfinished,
    CheckClean,
    CheckSummary,
    Problems,
    ScoreBounds,
    Unbounded,
    SimEndings,
    SimUnvisited,
    SimUntaken,
    SimUnfinished,
    SimDecisions,
    NoScenarioFound,
    BrokenScenario,
    Playable,
    Silent,
}

/// The message in `lang`.
pub fn tr(msg: Msg, lang: Lang) -> &'static str {
    let (fr, en) = match msg {
        Msg::AppTitle => ("Entretien", "Entretien"),
        Msg::Library => ("Scénarios", "Scenarios"),
        Msg::NoDisplay => (
            "Aucun écran n'est disponible pour ouvrir la fenêtre. En terminal, utilisez `entretien play SCÉNARIO` (et `entretien --help`).",
            "No display is available to open the window. In a terminal, use `entretien play SCENARIO` (and `entretien --help`).",
        ),
        Msg::YouAre => ("Votre rôle", "Your role"),
        Msg::Setting => ("Lieu", "Setting"),
        Msg::Noticed => ("Ce qui a été remarqué", "What was noticed"),
        Msg::Objectives => ("Objectifs", "Objectives"),
        Msg::ContentNote => ("Avertissement de contenu", "Content note"),
        Msg::Minutes => ("min", "min"),
        Msg::YoungPerson => ("ans", "years old"),
        Msg::ChoosePrompt => (
            "Votre réponse (numéro, u = annuler, q = quitter) : ",
            "Your answer (number, u = undo, q = quit): ",
        ),
        Msg::Unavailable => ("(indisponible)", "(unavailable)"),
        Msg::UndoHint => (
            "Tapez un numéro de la liste.",
            "Type a number from the list.",
        ),
        Msg::UndoDone => ("Dernier choix annulé.", "Last choice undone."),
        Msg::NothingToUndo => ("Rien à annuler.", "Nothing to undo."),
        Msg::QuitHint => ("Entretien interrompu.", "Interview stopped."),
        Msg::Feedback => ("Retour", "Feedback"),
        Msg::Ending => ("Fin", "Ending"),
        Msg::Lesson => ("À retenir", "Lesson"),
        Msg::Profile => (
            "Profil sur les cinq points clés",
            "Profile on the five key points",
        ),
        Msg::NotTested => ("non testé", "not tested"),
        Msg::RecommendedShare => ("choix recommandés", "recommended choices"),
        Msg::Decisions => ("Décision par décision", "Decision by decision"),
        Msg::YouSaid => ("Vous avez dit", "You said"),
        Msg::Better => ("Une meilleure réponse", "A better answer"),
        Msg::NoGoodOption => (
            "Aucune réponse de bonne pratique n'était disponible à ce moment.",
            "No good-practice answer was available at this point.",
        ),
        Msg::RaisedShare => ("des réponses l'ont renforcé", "of answers raised it"),
        Msg::ScriptLeftOver => (
            "L'entretien est terminé avant la fin du script ; choix non utilisés :",
            "The interview ended before the script did; unused choices:",
        ),
        Msg::Partial => (
            "partiel : limite d'états atteinte",
            "partial: state limit reached",
        ),
        Msg::BestTaken => (
            "C'était la meilleure réponse disponible.",
            "That was the best answer available.",
        ),
        Msg::Thoughts => ("Ce qu'elle pensait", "What she was thinking"),
        Msg::NextSteps => ("Et maintenant ?", "What to do next"),
        Msg::ScriptEnded => (
            "Le script de choix est épuisé avant la fin de l'entretien.",
            "The choice script ran out before the interview ended.",
        ),
        Msg::ScriptUnfinished => ("Entretien non terminé", "Interview not finished"),
        Msg::CheckClean => ("aucun problème", "no problems"),
        Msg::CheckSummary => (
            "séquences, choix, fins (atteignables), états",
            "beats, choices, endings (reachable), states",
        ),
        Msg::Problems => ("problème(s)", "problem(s)"),
        Msg::ScoreBounds => (
            "Score brut atteignable par point clé (min..max)",
            "Achievable raw score per key point (min..max)",
        ),
        Msg::Unbounded => ("illimité", "unbounded"),
        Msg::SimEndings => ("Fins", "Endings"),
        Msg::SimUnvisited => ("Séquences jamais visitées", "Beats never visited"),
        Msg::SimUntaken => ("Choix jamais pris", "Choices never taken"),
        Msg::SimUnfinished => ("Parcours non terminés", "Unfinished runs"),
        Msg::SimDecisions => ("décisions", "decisions"),
        Msg::NoScenarioFound => (
            "Scénario introuvable. Donnez un fichier .ron ou l'identifiant d'un scénario (voir `entretien check`).",
            "Scenario not found. Give a .ron file or a scenario id (see `entretien check`).",
        ),
        Msg::BrokenScenario => (
            "Ce scénario contient des erreurs ; corrigez-les (voir `entretien check`).",
            "This scenario has errors; fix them (see `entretien check`).",
        ),
        Msg::Playable => ("Jouable", "Playable"),
        Msg::Silent => (
            "Aucune sortie audio n'est disponible : l'application fonctionne sans le son.",
            "No audio output is available: the app runs without sound.",
        ),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}
