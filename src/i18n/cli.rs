//! The words only the command line uses (`check`, `play`, `simulate`,
//! `voice-script` and the binary's own messages), in French and English.

use crate::scenario::Lang;

/// Command-line messages; the words it shares with the app are
/// [`super::Msg`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CliMsg {
    NoDisplay,
    ChoosePrompt,
    Unavailable,
    UndoHint,
    UndoDone,
    NothingToUndo,
    QuitHint,
    Feedback,
    ScriptLeftOver,
    Partial,
    ScriptEnded,
    ScriptUnfinished,
    CheckClean,
    ResourceFile,
    CheckSummary,
    Problems,
    ScoreBounds,
    Unbounded,
    SimEndings,
    SimUnvisited,
    SimUntaken,
    SimUnfinished,
    SimDecisions,
    SimRuns,
    SimOutcome,
    SimShare,
    SimRecommended,
    SimMin,
    SimMean,
    SimMax,
    SimDeciles,
    NoScenarioFound,
    BrokenScenario,
    Scenario,
    NoDataFolder,
    SimCheckpoints,
    VoiceScript,
    VoiceLanguage,
    VoiceCuesNote,
    VoiceNarrator,
    VoiceClosing,
    VoiceLines,
    VoiceCue,
    VoiceFeminine,
    VoiceMasculine,
    VoiceNeutral,
    VoiceYears,
}

/// The command-line message in `lang`.
pub fn tr_cli(msg: CliMsg, lang: Lang) -> &'static str {
    let (fr, en) = match msg {
        CliMsg::NoDisplay => (
            "Aucun écran n'est disponible pour ouvrir la fenêtre. En terminal, utilisez `entretien play SCÉNARIO` (et `entretien --help`).",
            "No display is available to open the window. In a terminal, use `entretien play SCENARIO` (and `entretien --help`).",
        ),
        CliMsg::ChoosePrompt => (
            "Votre réponse (numéro, u = annuler, q = quitter)\u{202F}: ",
            "Your answer (number, u = undo, q = quit): ",
        ),
        CliMsg::Unavailable => ("(indisponible)", "(unavailable)"),
        CliMsg::UndoHint => (
            "Tapez un numéro de la liste.",
            "Type a number from the list.",
        ),
        CliMsg::UndoDone => ("Dernier choix annulé.", "Last choice undone."),
        CliMsg::NothingToUndo => ("Rien à annuler.", "Nothing to undo."),
        CliMsg::QuitHint => ("Entretien interrompu.", "Interview stopped."),
        CliMsg::Feedback => ("Retour", "Feedback"),
        CliMsg::ScriptLeftOver => (
            "L'entretien est terminé avant la fin du script\u{202F}; choix non utilisés\u{202F}:",
            "The interview ended before the script did; unused choices:",
        ),
        CliMsg::Partial => (
            "partiel\u{202F}: limite d'états atteinte",
            "partial: state limit reached",
        ),
        CliMsg::ScriptEnded => (
            "Le script de choix est épuisé avant la fin de l'entretien.",
            "The choice script ran out before the interview ended.",
        ),
        CliMsg::ScriptUnfinished => ("Entretien non terminé", "Interview not finished"),
        CliMsg::CheckClean => ("aucun problème", "no problems"),
        CliMsg::ResourceFile => ("fichier de ressources", "resource file"),
        CliMsg::CheckSummary => (
            "séquences, choix, fins (atteignables), états",
            "beats, choices, endings (reachable), states",
        ),
        CliMsg::Problems => ("problème(s)", "problem(s)"),
        CliMsg::ScoreBounds => (
            "Score brut atteignable par point clé (min..max)",
            "Achievable raw score per key point (min..max)",
        ),
        CliMsg::Unbounded => ("illimité", "unbounded"),
        CliMsg::SimEndings => ("Fins", "Endings"),
        CliMsg::SimUnvisited => ("Séquences jamais visitées", "Beats never visited"),
        CliMsg::SimUntaken => ("Choix jamais pris", "Choices never taken"),
        CliMsg::SimUnfinished => ("Parcours non terminés", "Unfinished runs"),
        CliMsg::SimDecisions => ("décisions", "decisions"),
        CliMsg::SimRuns => ("parcours", "runs"),
        CliMsg::SimOutcome => ("issue", "outcome"),
        CliMsg::SimShare => ("part", "share"),
        CliMsg::SimRecommended => ("choix recommandés", "recommended choices"),
        CliMsg::SimMin => ("min", "min"),
        CliMsg::SimMean => ("moyenne", "mean"),
        CliMsg::SimMax => ("max", "max"),
        CliMsg::SimDeciles => ("déciles", "deciles"),
        CliMsg::NoScenarioFound => (
            "Scénario introuvable. Donnez un fichier .ron ou l'identifiant d'un scénario (voir `entretien check`).",
            "Scenario not found. Give a .ron file or a scenario id (see `entretien check`).",
        ),
        CliMsg::Scenario => ("Scénario", "Scenario"),
        CliMsg::NoDataFolder => (
            "Aucun dossier de données sur cette machine\u{202F}: indiquez-en un avec la variable ENTRETIEN_DATA_DIR",
            "No data folder on this machine: name one with the ENTRETIEN_DATA_DIR variable",
        ),
        CliMsg::BrokenScenario => (
            "Ce scénario contient des erreurs\u{202F}; corrigez-les (voir `entretien check`).",
            "This scenario has errors; fix them (see `entretien check`).",
        ),
        CliMsg::SimCheckpoints => (
            "Étapes obligatoires franchies, par fin",
            "Required checkpoints passed, per ending",
        ),
        CliMsg::VoiceScript => ("Script d'enregistrement", "Recording script"),
        CliMsg::VoiceLanguage => ("français", "English"),
        CliMsg::VoiceCuesNote => (
            "Les indications guident le jeu\u{202F}: ne les lisez pas. Chaque ligne est enregistrée dans le fichier indiqué (un fichier par ligne).",
            "Cues guide the acting: do not read them aloud. Each line is recorded in the file shown (one file per line).",
        ),
        CliMsg::VoiceNarrator => ("Narration (voix off)", "Narrator (voice-over)"),
        CliMsg::VoiceClosing => (
            "Conclusion parlée, commune à tous les scénarios (voix off)",
            "Spoken closing, shared by every scenario (voice-over)",
        ),
        CliMsg::VoiceLines => ("ligne(s)", "line(s)"),
        CliMsg::VoiceCue => ("Indication", "Cue"),
        CliMsg::VoiceFeminine => ("voix féminine", "female voice"),
        CliMsg::VoiceMasculine => ("voix masculine", "male voice"),
        CliMsg::VoiceNeutral => ("voix neutre", "neutral voice"),
        CliMsg::VoiceYears => ("ans", "years old"),
    };
    super::fr_or_en(fr, en, lang)
}
