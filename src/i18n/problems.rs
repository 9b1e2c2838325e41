//! Checker messages: what is wrong and how to fix it, in French and English.

use super::fr_or_en;
use crate::engine::EngineError;
use crate::scenario::{Lang, Problem, ProblemKind};

use super::labels::key_point;
use super::reading::{self, reading_kinds};

/// What is wrong with `problem`, in `lang`.
pub fn problem_message(problem: &Problem, lang: Lang) -> String {
    let pick = |f: String, e: String| fr_or_en(f, e, lang);
    if let Some((message, _)) = super::problems_dialogue::message_and_hint(&problem.kind, lang)
        .or_else(|| super::problems_audit::message_and_hint(&problem.kind, lang))
    {
        return message;
    }
    use ProblemKind as K;
    match &problem.kind {
        reading_kinds!() => reading::message(&problem.kind, lang),
        K::DuplicateId { id } => pick(
            format!("l'identifiant «\u{202f}{id}\u{202f}» est utilisé deux fois"),
            format!("the id \"{id}\" is used twice"),
        ),
        K::InvalidId { id } => pick(
            format!("identifiant invalide «\u{202f}{id}\u{202f}»"),
            format!("invalid id \"{id}\""),
        ),
        K::UnknownTarget { target } => pick(
            format!("«\u{202f}{target}\u{202f}» n'est ni une séquence (beat) ni une fin"),
            format!("\"{target}\" is neither a beat nor an ending"),
        ),
        K::StartNotBeat { target } => pick(
            format!("le départ «\u{202f}{target}\u{202f}» est une fin, pas une séquence"),
            format!("the start \"{target}\" is an ending, not a beat"),
        ),
        K::UnknownVariable { name } => pick(
            format!("variable inconnue «\u{202f}{name}\u{202f}»"),
            format!("unknown variable \"{name}\""),
        ),
        K::UnknownFlag { name } => pick(
            format!("drapeau (flag) inconnu «\u{202f}{name}\u{202f}»"),
            format!("unknown flag \"{name}\""),
        ),
        K::OutOfRange { value, min, max } => pick(
            format!("{value} est hors de l'intervalle {min}..{max}"),
            format!("{value} is outside {min}..{max}"),
        ),
        K::EmptyRange { min, max } => pick(
            format!("intervalle vide\u{202f}: min {min} > max {max}"),
            format!("empty range: min {min} > max {max}"),
        ),
        K::MissingText { lang: missing } => pick(
            format!("texte «\u{202f}{}\u{202f}» manquant", missing.code()),
            format!("missing \"{}\" text", missing.code()),
        ),
        K::NoChoices => pick(
            "séquence sans aucun choix".into(),
            "beat without any choice".into(),
        ),
        K::EmptySection => pick(
            "section sans aucun élément".into(),
            "section without any item".into(),
        ),
        K::NoEndings => pick(
            "le scénario n'a aucune fin".into(),
            "the scenario has no ending".into(),
        ),
        K::NoScores => pick("choix sans score".into(), "choice without scores".into()),
        K::NoRationale => pick(
            "choix sans justification (rationale)".into(),
            "choice without a rationale".into(),
        ),
        K::NoGoodPractice => pick(
            "aucun choix de bonne pratique dans cette séquence\u{202f}: le débriefing n'aura pas de meilleure réponse à montrer".into(),
            "no good-practice choice in this beat: the debrief will have no better answer to show".into(),
        ),
        K::KeyPointNeverScored { point } => pick(
            format!(
                "le point clé «\u{202f}{}\u{202f}» n'est jamais évalué",
                key_point(*point, Lang::Fr)
            ),
            format!(
                "key point \"{}\" is never scored",
                key_point(*point, Lang::En)
            ),
        ),
        K::UnreachableBeat => pick(
            "aucun parcours n'atteint cette séquence".into(),
            "no run can reach this beat".into(),
        ),
        K::UnreachableEnding => pick(
            "aucun parcours n'atteint cette fin".into(),
            "no run can reach this ending".into(),
        ),
        K::DeadEnd { state } => pick(
            format!("impasse\u{202f}: depuis ici{} aucune fin n'est atteignable", state_fr(state)),
            format!("dead end: from here{} no ending can be reached", state_en(state)),
        ),
        K::NoChoiceAvailable { state } => pick(
            format!("aucun choix n'est disponible ici{}", state_fr(state)),
            format!("no choice is available here{}", state_en(state)),
        ),
        K::AllWeightsZero { state } => pick(
            format!("tous les poids aléatoires valent 0{}", state_fr(state)),
            format!("every random weight is 0{}", state_en(state)),
        ),
        K::MissingAudio { audio: path } => pick(
            format!("fichier audio introuvable\u{202f}: {path}"),
            format!("audio file not found: {path}"),
        ),
        K::AssetOutsideFolder { asset: path } => pick(
            format!("le chemin «\u{202f}{path}\u{202f}» sort du dossier du scénario\u{202f}; il n'est pas lu"),
            format!("the path \"{path}\" leaves the scenario's folder; it is not read"),
        ),
        K::TooMany { what, count, limit } => {
            let (fr_what, en_what) = counted(*what);
            pick(
                format!("trop de {fr_what}\u{202f}: {count} (maximum {limit})"),
                format!("too many {en_what}: {count} (at most {limit})"),
            )
        }
        K::StateSpaceTooLarge { limit } => pick(
            format!("plus de {limit} états\u{202f}: l'analyse des parcours est incomplète"),
            format!("more than {limit} states: the path analysis is incomplete"),
        ),
        _ => String::new(),
    }
}

/// How to fix `problem`, in `lang`.
pub fn problem_hint(problem: &Problem, lang: Lang) -> String {
    let pick = |f: &str, e: &str| fr_or_en(f, e, lang).to_owned();
    if let Some((_, hint)) = super::problems_dialogue::message_and_hint(&problem.kind, lang)
        .or_else(|| super::problems_audit::message_and_hint(&problem.kind, lang))
    {
        return hint;
    }
    use ProblemKind as K;
    match &problem.kind {
        reading_kinds!() => reading::hint(&problem.kind, lang),
        K::DuplicateId { .. } => pick(
            "donnez un identifiant unique à chaque élément",
            "give each item a unique id",
        ),
        K::InvalidId { .. } => pick(
            "utilisez des minuscules sans accent, des chiffres, «\u{202f}-\u{202f}» ou «\u{202f}_\u{202f}», sans espace",
            "use lower-case ASCII letters, digits, '-' or '_', no spaces",
        ),
        K::NoGoodPractice => pick(
            "ajoutez une réponse qui renforce au moins un point clé sans en affaiblir aucun",
            "add an answer that raises at least one key point and lowers none",
        ),
        K::UnknownTarget { .. } => pick(
            "corrigez l'identifiant ou ajoutez la séquence ou la fin",
            "fix the id or add the beat or ending",
        ),
        K::StartNotBeat { .. } => pick(
            "`start` doit nommer une séquence",
            "`start` must name a beat",
        ),
        K::UnknownVariable { .. } => {
            pick("déclarez-la dans `variables`", "declare it in `variables`")
        }
        K::UnknownFlag { .. } => pick("déclarez-le dans `flags`", "declare it in `flags`"),
        K::OutOfRange { .. } => pick(
            "choisissez une valeur dans l'intervalle",
            "pick a value inside the range",
        ),
        K::EmptyRange { .. } => pick("inversez min et max", "swap min and max"),
        K::MissingText { .. } => pick(
            "chaque texte visible a `fr` et `en`",
            "every visible text needs `fr` and `en`",
        ),
        K::NoChoices => pick(
            "ajoutez au moins un choix (deux ou plus pour un vrai dilemme)",
            "add at least one choice (two or more for a real dilemma)",
        ),
        K::EmptySection => pick(
            "ajoutez au moins un élément dans `items`, ou supprimez la section",
            "add at least one item in `items`, or remove the section",
        ),
        K::NoEndings => pick(
            "ajoutez au moins une fin dans `endings`",
            "add at least one ending in `endings`",
        ),
        K::NoScores => pick(
            "notez au moins un point clé de -2 à 2 dans `scores`, par ex. {Frame: 1}",
            "score at least one key point from -2 to 2 in `scores`, e.g. {Frame: 1}",
        ),
        K::NoRationale => pick(
            "expliquez en une phrase pourquoi ce choix aide ou nuit",
            "explain in one sentence why this choice helps or hurts",
        ),
        K::KeyPointNeverScored { .. } => pick(
            "ajoutez des choix qui testent ce point clé",
            "add choices that test this key point",
        ),
        K::UnreachableBeat | K::UnreachableEnding => pick(
            "ajoutez un choix qui y mène, ou supprimez-la",
            "add a choice that leads there, or remove it",
        ),
        K::DeadEnd { .. } => pick(
            "ajoutez une sortie vers une fin (boucle sans issue\u{202f}?)",
            "add a way out to an ending (a loop with no exit?)",
        ),
        K::NoChoiceAvailable { .. } => pick(
            "ajoutez un choix sans condition `when`",
            "add a choice without a `when` condition",
        ),
        K::AllWeightsZero { .. } => pick(
            "donnez un poids de base positif à une cible",
            "give one target a positive base weight",
        ),
        K::MissingAudio { .. } => pick(
            "ajoutez le fichier ou retirez `audio` (la ligne sera muette)",
            "add the file or remove `audio` (the line will be silent)",
        ),
        K::AssetOutsideFolder { .. } => pick(
            "utilisez un chemin relatif sans «\u{202f}..\u{202f}», dans le dossier du scénario",
            "use a relative path without '..', inside the scenario's folder",
        ),
        K::TooMany { .. } => pick(
            "découpez en plusieurs séquences ou regroupez les éléments",
            "split into several beats or merge items",
        ),
        K::StateSpaceTooLarge { .. } => pick(
            "réduisez les intervalles des variables ou le nombre de drapeaux",
            "narrow the variable ranges or use fewer flags",
        ),
        _ => String::new(),
    }
}

/// `problem` as `file:line:col: error: message [path] (hint)`, for
/// terminals and logs.
pub fn render_problem(problem: &Problem, lang: Lang) -> String {
    let severity = match (problem.severity, lang) {
        (crate::scenario::Severity::Error, Lang::Fr) => "erreur",
        (crate::scenario::Severity::Error, Lang::En) => "error",
        (crate::scenario::Severity::Warning, Lang::Fr) => "avertissement",
        (crate::scenario::Severity::Warning, Lang::En) => "warning",
    };
    let path = if problem.path.0.is_empty() {
        String::new()
    } else {
        format!(" [{}]", problem.path)
    };
    let help = if lang == Lang::Fr { "conseil" } else { "hint" };
    format!(
        "{}: {severity}: {}{path}\n  {help}: {}",
        problem.place(),
        problem_message(problem, lang),
        problem_hint(problem, lang)
    )
}

/// Names of what [`ProblemKind::TooMany`] counts, in French and English.
fn counted(what: crate::scenario::problem::Counted) -> (&'static str, &'static str) {
    use crate::scenario::problem::Counted as C;
    match what {
        C::Choices => ("choix dans cette séquence", "choices in this beat"),
        C::Variants => ("variantes dans cette séquence", "variants in this beat"),
        C::StateSlots => (
            "variables, drapeaux et étapes de protection",
            "variables, flags and checkpoints",
        ),
    }
}

/// " (état : trust = 2)" or nothing when the state has no variable.
fn state_fr(state: &str) -> String {
    if state.is_empty() {
        String::new()
    } else {
        format!(" (état\u{202f}: {state})")
    }
}

/// " (state: trust = 2)" or nothing.
fn state_en(state: &str) -> String {
    if state.is_empty() {
        String::new()
    } else {
        format!(" (state: {state})")
    }
}

/// The engine's `error` in `lang`.
pub fn engine_error(error: &EngineError, lang: Lang) -> String {
    use EngineError as E;
    if lang == Lang::En {
        return error.to_string();
    }
    match error {
        E::Ended => "l'entretien est terminé\u{202f}: plus aucun choix possible".into(),
        E::NotEnded => "l'entretien n'est pas encore terminé".into(),
        E::UnknownChoice { key, available } => {
            format!(
                "aucun choix «\u{202f}{key}\u{202f}» ici\u{202f}; les choix sont\u{202f}: {available}"
            )
        }
        E::Unavailable { key } => {
            format!("le choix «\u{202f}{key}\u{202f}» n'est pas disponible maintenant")
        }
        E::NothingToUndo => "rien à annuler".into(),
        E::UndoNotAllowed => "ce mode ne permet pas de reprendre une réponse".into(),
        E::ScenarioChanged { scenario } => format!(
            "cet entretien a été enregistré avec une autre version du scénario «\u{202f}{scenario}\u{202f}»\u{202f}; recommencez-le"
        ),
        E::SavedRunInvalid { scenario } => format!(
            "l'entretien enregistré du scénario «\u{202f}{scenario}\u{202f}» est endommagé\u{202f}; il a été mis de côté, recommencez-le"
        ),
        E::OutcomeShown => "la salle voit ce que sa dernière réponse a amené\u{202f}: passez d'abord au moment suivant".into(),
        E::NoTarget { beat } => {
            format!(
                "séquence «\u{202f}{beat}\u{202f}»\u{202f}: toutes les cibles aléatoires ont un poids 0"
            )
        }
    }
}
