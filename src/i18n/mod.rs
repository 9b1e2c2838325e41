//! Every user-visible string, in French and English, in one place.

pub mod labels;
mod problems;
mod problems_v2;
mod reading;
mod syntax;

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
    YearsOld,
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
    NextSteps,
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
    Silent,
    NoSound,
    Sound,
    Motion,
    History,
    Settings,
    Resources,
    Pause,
    Mode,
    Practice,
    Assessment,
    PracticeHelp,
    AssessmentHelp,
    OpenBriefing,
    Resume,
    HasErrors,
    DropHint,
    Difficulty,
    Duration,
    StartInterview,
    Back,
    Trust,
    Continue,
    SimCheckpoints,
    OtherPeople,
    Checkpoints,
    CheckpointDone,
    CheckpointMissed,
    CheckpointReached,
    YourFeedback,
    Raised,
    Lowered,
    Undo,
    QuitKeep,
    KeysHint,
    You,
    PausedTitle,
    PausedText,
    Grounding,
    ContinueInterview,
    ToLibraryKeep,
    Replay,
    RetryHere,
    ToLibrary,
    Decision,
    NoAttempts,
    Date,
    Trend,
    Attempt,
    Language,
    TextSize,
    Theme,
    Light,
    Dark,
    HighContrast,
    AudioOn,
    Volume,
    ReduceMotion,
    StopAnyTime,
    Close,
    NoticeMovedAside,
    NoticeUnreadable,
    NoticeSaveFailed,
    NoticeCannotResume,
    NoticeScenarioChanged,
    NoticeRunDamaged,
    NoticeRunDamagedKept,
    MoreNotices,
    Why,
    Scenario,
    NoDataFolder,
    NoticeAdded,
    NoticeRejected,
    NotRecommended,
    Recommended,
}

/// `« text »` in French, `“text”` in English.
pub fn quoted(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("«\u{202F}{text}\u{202F}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// `label : value` in French (a narrow no-break space before the colon),
/// `label: value` in English.
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    format!("{label}{} {value}", colon(lang))
}

/// The colon as each language sets it: after a narrow no-break space
/// (U+202F) in French, right after the word in English.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{202F}:",
        Lang::En => ":",
    }
}

/// `value` with `decimals` digits after a decimal comma in French, a
/// decimal point in English.
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    let text = format!("{value:.decimals$}");
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A share (0–1) as a percentage with one decimal: `12,5 %` (narrow
/// no-break space) in French, `12.5%` in English.
pub fn percent(share: f64, lang: Lang) -> String {
    let value = decimal(share * 100.0, 1, lang);
    match lang {
        Lang::Fr => format!("{value}\u{202F}%"),
        Lang::En => format!("{value}%"),
    }
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
        Msg::YoungPerson => ("Jeune", "Young person"),
        Msg::YearsOld => ("ans", "years old"),
        Msg::ChoosePrompt => (
            "Votre réponse (numéro, u = annuler, q = quitter)\u{202F}: ",
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
        Msg::RecommendedShare => (
            "de choix recommandés (bonne pratique) sur l'ensemble de l'entretien",
            "of the choices were recommended (good practice) over the whole interview",
        ),
        Msg::Decisions => ("Décision par décision", "Decision by decision"),
        Msg::YouSaid => ("Vous avez dit", "You said"),
        Msg::Better => ("Une meilleure réponse", "A better answer"),
        Msg::NoGoodOption => (
            "Aucune réponse de bonne pratique n'était disponible à ce moment.",
            "No good-practice answer was available at this point.",
        ),
        Msg::RaisedShare => ("des réponses l'ont renforcé", "of answers raised it"),
        Msg::ScriptLeftOver => (
            "L'entretien est terminé avant la fin du script\u{202F}; choix non utilisés\u{202F}:",
            "The interview ended before the script did; unused choices:",
        ),
        Msg::Partial => (
            "partiel\u{202F}: limite d'états atteinte",
            "partial: state limit reached",
        ),
        Msg::BestTaken => (
            "C'était la meilleure réponse disponible.",
            "That was the best answer available.",
        ),
        Msg::NextSteps => ("Et maintenant\u{202F}?", "What to do next"),
        Msg::ScriptEnded => (
            "Le script de choix est épuisé avant la fin de l'entretien.",
            "The choice script ran out before the interview ended.",
        ),
        Msg::ScriptUnfinished => ("Entretien non terminé", "Interview not finished"),
        Msg::CheckClean => ("aucun problème", "no problems"),
        Msg::ResourceFile => ("fichier de ressources", "resource file"),
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
        Msg::SimRuns => ("parcours", "runs"),
        Msg::SimOutcome => ("issue", "outcome"),
        Msg::SimShare => ("part", "share"),
        Msg::SimRecommended => ("choix recommandés", "recommended choices"),
        Msg::SimMin => ("min", "min"),
        Msg::SimMean => ("moyenne", "mean"),
        Msg::SimMax => ("max", "max"),
        Msg::SimDeciles => ("déciles", "deciles"),
        Msg::NoScenarioFound => (
            "Scénario introuvable. Donnez un fichier .ron ou l'identifiant d'un scénario (voir `entretien check`).",
            "Scenario not found. Give a .ron file or a scenario id (see `entretien check`).",
        ),
        Msg::BrokenScenario => (
            "Ce scénario contient des erreurs\u{202F}; corrigez-les (voir `entretien check`).",
            "This scenario has errors; fix them (see `entretien check`).",
        ),
        Msg::Silent => (
            "Aucune sortie audio n'est disponible\u{202F}: l'application fonctionne sans le son.",
            "No audio output is available: the app runs without sound.",
        ),
        Msg::NoSound => ("Sans son", "No sound"),
        Msg::Sound => ("Son", "Sound"),
        Msg::Motion => ("Animations", "Motion"),
        Msg::History => ("Historique", "History"),
        Msg::Settings => ("Réglages", "Settings"),
        Msg::Resources => ("Ressources", "Resources"),
        Msg::Pause => ("Pause / sortir", "Pause / step out"),
        Msg::Mode => ("Mode", "Mode"),
        Msg::Practice => ("Entraînement", "Practice"),
        Msg::Assessment => ("Évaluation", "Assessment"),
        Msg::PracticeHelp => (
            "Retour après chaque choix, annulation possible.",
            "Feedback after each choice; undo allowed.",
        ),
        Msg::AssessmentHelp => (
            "Retour seulement au débriefing, sans annulation.",
            "Feedback only at the debrief; no undo.",
        ),
        Msg::OpenBriefing => ("Préparer l'entretien…", "Prepare the interview…"),
        Msg::Resume => ("Reprendre", "Resume"),
        Msg::HasErrors => (
            "Ce fichier contient des erreurs et ne peut pas être joué",
            "This file has errors and cannot be played",
        ),
        Msg::DropHint => (
            "Déposez un fichier de scénario (.ron) sur la fenêtre pour l'ajouter.",
            "Drop a scenario file (.ron) on the window to add it.",
        ),
        Msg::Difficulty => ("Difficulté", "Difficulty"),
        Msg::Duration => ("Durée", "Duration"),
        Msg::StartInterview => ("Commencer l'entretien", "Start the interview"),
        Msg::Back => ("Retour", "Back"),
        Msg::Trust => ("Confiance", "Trust"),
        Msg::Continue => ("Continuer", "Continue"),
        Msg::SimCheckpoints => (
            "Étapes obligatoires franchies, par fin",
            "Required checkpoints passed, per ending",
        ),
        Msg::OtherPeople => ("Autres personnes", "Other people"),
        Msg::Checkpoints => ("Étapes de protection", "Protective steps"),
        Msg::CheckpointDone => ("Fait", "Done"),
        Msg::CheckpointMissed => ("Manqué", "Missed"),
        Msg::CheckpointReached => ("Étape franchie", "Step taken"),
        Msg::YourFeedback => ("Retour sur votre choix", "Feedback on your choice"),
        Msg::Raised => ("Renforcé", "Raised"),
        Msg::Lowered => ("Affaibli", "Lowered"),
        Msg::Undo => ("Annuler le dernier choix", "Undo the last choice"),
        Msg::QuitKeep => ("Quitter (reprendre plus tard)", "Quit (resume later)"),
        Msg::KeysHint => (
            "Touches 1 à 9 pour répondre, flèches et Entrée pour choisir.",
            "Keys 1 to 9 to answer, arrows and Enter to choose.",
        ),
        Msg::You => ("Vous", "You"),
        Msg::PausedTitle => ("Pause", "Paused"),
        Msg::PausedText => (
            "Prenez le temps qu'il vous faut. Vous pouvez arrêter à tout moment\u{202F}: l'entretien est gardé et vous pourrez le reprendre.",
            "Take the time you need. You can stop at any time: the interview is kept and you can resume it.",
        ),
        Msg::Grounding => (
            "Si ce sujet vous touche\u{202F}: posez les pieds au sol, respirez lentement, regardez autour de vous et nommez ce que vous voyez. Parlez-en à un·e collègue ou à votre superviseur·e.",
            "If this subject affects you: put your feet on the floor, breathe slowly, look around and name what you see. Talk about it with a colleague or your supervisor.",
        ),
        Msg::ContinueInterview => ("Reprendre l'entretien", "Back to the interview"),
        Msg::ToLibraryKeep => (
            "Retour aux scénarios (l'entretien est gardé)",
            "Back to the scenarios (the interview is kept)",
        ),
        Msg::Replay => ("Rejouer", "Play again"),
        Msg::RetryHere => ("Réessayer à partir d'ici", "Retry from here"),
        Msg::ToLibrary => ("Retour aux scénarios", "Back to the scenarios"),
        Msg::Decision => ("Décision", "Decision"),
        Msg::NoAttempts => ("Aucune tentative pour l'instant.", "No attempts yet."),
        Msg::Date => ("Date", "Date"),
        Msg::Trend => ("Évolution par point clé", "Trend per key point"),
        Msg::Attempt => ("Tentative", "Attempt"),
        Msg::Language => ("Langue", "Language"),
        Msg::TextSize => ("Taille du texte", "Text size"),
        Msg::Theme => ("Thème", "Theme"),
        Msg::Light => ("Clair", "Light"),
        Msg::Dark => ("Sombre", "Dark"),
        Msg::HighContrast => ("Contraste élevé", "High contrast"),
        Msg::AudioOn => ("Son activé", "Sound on"),
        Msg::Volume => ("Volume", "Volume"),
        Msg::ReduceMotion => ("Réduire les animations", "Reduce motion"),
        Msg::StopAnyTime => (
            "Vous pouvez arrêter à tout moment.",
            "You can stop at any time.",
        ),
        Msg::Close => ("Fermer", "Close"),
        Msg::NoticeMovedAside => (
            "Un fichier de données endommagé a été mis de côté",
            "A damaged data file was moved aside",
        ),
        Msg::NoticeUnreadable => (
            "Un fichier de données ne peut pas être lu\u{202F}; il reste en place et rien ne l'écrase",
            "A data file cannot be read; it stays in place and nothing overwrites it",
        ),
        Msg::NoticeSaveFailed => (
            "Impossible d'enregistrer\u{202F}: ce qui n'est pas enregistré reste en mémoire tant que l'application est ouverte",
            "Cannot save: what is not saved stays in memory while the app is open",
        ),
        Msg::NoticeCannotResume => (
            "Cet entretien ne peut pas être repris",
            "This interview cannot be resumed",
        ),
        Msg::NoticeScenarioChanged => (
            "le scénario a changé depuis la sauvegarde",
            "the scenario changed since it was saved",
        ),
        Msg::NoticeRunDamaged => (
            "la sauvegarde est endommagée",
            "the saved interview is damaged",
        ),
        Msg::NoticeRunDamagedKept => (
            "la sauvegarde est endommagée\u{202F}; elle a été mise de côté dans",
            "the saved interview is damaged; it was set aside in",
        ),
        Msg::Scenario => ("Scénario", "Scenario"),
        Msg::NoDataFolder => (
            "Aucun dossier de données sur cette machine\u{202F}: indiquez-en un avec la variable ENTRETIEN_DATA_DIR",
            "No data folder on this machine: name one with the ENTRETIEN_DATA_DIR variable",
        ),
        Msg::Why => ("Raison", "Reason"),
        Msg::MoreNotices => (
            "autre(s) avis, affichés quand vous fermez ceux-ci",
            "more notice(s), shown when you close these",
        ),
        Msg::NoticeAdded => ("Scénario ajouté", "Scenario added"),
        Msg::NoticeRejected => (
            "Ce scénario contient des erreurs\u{202F}; corrigez-le et déposez-le à nouveau",
            "This scenario has errors; fix it and drop it again",
        ),
        Msg::NotRecommended => ("Choix à éviter", "Choice to avoid"),
        Msg::Recommended => ("Bonne pratique", "Good practice"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}
