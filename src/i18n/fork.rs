//! The words of `entretien play --save` (an attempt kept in the history)
//! and `--from ID:DECISION` (an earlier attempt played on from one of its
//! decisions, then set beside the new run).

use std::path::Path;

use super::{engine_error, fr_or_en, quoted};
use crate::engine::ReplayError;
use crate::scenario::Lang;
use crate::store::{FindError, StoreError};

/// `--from` is not `ID:DECISION`.
pub fn bad_from(given: &str, lang: Lang) -> String {
    let given = quoted(given, lang);
    fr_or_en(
        format!(
            "--from {given}\u{202F}: attendu ID:DÉCISION, par exemple 1a2b3c4d:3 (l'identifiant d'une tentative, que `entretien history` affiche, puis le numéro d'une décision, à partir de 1)."
        ),
        format!(
            "--from {given}: expected ID:DECISION, e.g. 1a2b3c4d:3 (an attempt's id, as `entretien history` shows it, then a decision's number, from 1)."
        ),
        lang,
    )
}

/// The history cannot be read.
pub fn history_unreadable(e: &StoreError, lang: Lang) -> String {
    let (path, detail) = (e.path(), e.detail());
    fr_or_en(
        format!(
            "Impossible de lire l'historique {path}\u{202F}: {detail}. Le fichier est laissé tel quel."
        ),
        format!("Cannot read the history {path}: {detail}. The file is left as it is."),
        lang,
    )
}

/// No single attempt has that id.
pub fn not_found(e: &FindError, file: &Path, lang: Lang) -> String {
    let file = file.display();
    match e {
        FindError::None(id) => {
            let id = quoted(id, lang);
            fr_or_en(
                format!(
                    "Aucune tentative de {file} n'a l'identifiant {id}\u{202F}: `entretien history` les affiche."
                ),
                format!("No attempt in {file} has the id {id}: `entretien history` lists them."),
                lang,
            )
        }
        FindError::Several { given, count } => {
            let given = quoted(given, lang);
            fr_or_en(
                format!(
                    "{count} tentatives de {file} ont un identifiant qui commence par {given}\u{202F}: donnez-en plus de caractères (`entretien history` les affiche)."
                ),
                format!(
                    "{count} attempts in {file} have an id starting with {given}: give more of it (`entretien history` lists them)."
                ),
                lang,
            )
        }
    }
}

/// The attempt was played on another scenario than the one named.
pub fn other_scenario(id: &str, played: &str, named: &str, lang: Lang) -> String {
    let (played, named) = (quoted(played, lang), quoted(named, lang));
    fr_or_en(
        format!(
            "La tentative {id} a été jouée sur le scénario {played}, pas sur {named}\u{202F}: nommez {played}, ou ne nommez aucun scénario."
        ),
        format!(
            "Attempt {id} was played on the scenario {played}, not {named}: name {played}, or name no scenario."
        ),
        lang,
    )
}

/// The decision asked for is not one of the attempt's.
pub fn no_such_decision(id: &str, asked: u32, count: usize, lang: Lang) -> String {
    let s = if count == 1 { "" } else { "s" };
    fr_or_en(
        format!(
            "La tentative {id} compte {count} décision{s}\u{202F}: il n'y a pas de décision {asked}. Choisissez-en une de 1 à {count}."
        ),
        format!(
            "Attempt {id} has {count} decision{s}: there is no decision {asked}. Choose one from 1 to {count}."
        ),
        lang,
    )
}

/// The record no longer replays on the scenario as it is now.
pub fn does_not_replay(id: &str, e: &ReplayError, lang: Lang) -> String {
    let why = match e {
        ReplayError::NotRecorded => fr_or_en(
            "elle a été enregistrée sans sa graine ni ses choix, par une version plus ancienne du programme".to_owned(),
            "it was recorded without its seed and choices, by an older version of the program".to_owned(),
            lang,
        ),
        ReplayError::Diverged {
            step,
            recorded,
            found,
        } => {
            let (recorded, found) = (quoted(recorded, lang), quoted(found, lang));
            fr_or_en(
                format!(
                    "étape {step}\u{202F}: l'enregistrement est à la séquence {recorded}, le scénario mène désormais à {found}"
                ),
                format!(
                    "step {step}: the record is at the beat {recorded}, the scenario now leads to {found}"
                ),
                lang,
            )
        }
        ReplayError::Choice { step, source } => fr_or_en(
            format!("étape {step}\u{202F}: {}", engine_error(source, lang)),
            format!("step {step}: {}", engine_error(source, lang)),
            lang,
        ),
    };
    fr_or_en(
        format!(
            "La tentative {id} ne se rejoue plus sur le scénario tel qu'il est maintenant ({why}). Elle reste dans l'historique."
        ),
        format!(
            "Attempt {id} no longer replays on the scenario as it is now ({why}). It stays in the history."
        ),
        lang,
    )
}

/// Before the decisions replayed from the attempt.
pub fn replaying(id: &str, decision: u32, lang: Lang) -> String {
    fr_or_en(
        format!(
            "-- Tentative {id}, rejouée telle quelle jusqu'à la décision {decision} (même graine) --"
        ),
        format!("-- Attempt {id}, replayed as it was up to decision {decision} (same seed) --"),
        lang,
    )
}

/// Where the trainee takes over.
pub fn your_turn(decision: u32, lang: Lang) -> String {
    fr_or_en(
        format!("-- Décision {decision}\u{202F}: à vous, à partir d'ici --"),
        format!("-- Decision {decision}: your turn, from here on --"),
        lang,
    )
}

/// The heading of the comparison.
pub fn comparison_heading(id: &str, lang: Lang) -> String {
    fr_or_en(
        format!("Comparaison avec la tentative {id}"),
        format!("Compared with attempt {id}"),
        lang,
    )
}

/// Where the two runs part.
pub fn parted_at(decision: u32, lang: Lang) -> String {
    fr_or_en(
        format!("Les deux entretiens se séparent à la décision {decision}."),
        format!("The two interviews part at decision {decision}."),
        lang,
    )
}

/// Both runs took every same answer.
pub fn identical(lang: Lang) -> &'static str {
    fr_or_en(
        "Les deux entretiens sont identiques\u{202F}: mêmes réponses, même fin.",
        "The two interviews are the same: same answers, same ending.",
        lang,
    )
}

/// The earlier attempt's ending, as a label.
pub fn attempt_ending(id: &str, lang: Lang) -> String {
    fr_or_en(
        format!("Fin de la tentative {id}"),
        format!("Attempt {id}'s ending"),
        lang,
    )
}

/// The new run's ending, as a label.
pub fn this_ending(lang: Lang) -> &'static str {
    fr_or_en("Fin de cette partie", "This run's ending", lang)
}

/// Which run is on which side of an arrow.
pub fn sides(id: &str, lang: Lang) -> String {
    fr_or_en(
        format!("(tentative {id} → cette partie)"),
        format!("(attempt {id} → this run)"),
        lang,
    )
}

/// The share of recommended answers, as a label.
pub fn recommended(lang: Lang) -> &'static str {
    fr_or_en("Réponses recommandées", "Recommended answers", lang)
}

/// The attempt is in the history.
pub fn saved(id: &str, file: &Path, lang: Lang) -> String {
    let file = file.display();
    fr_or_en(
        format!(
            "Tentative {id} enregistrée dans {file}. Pour la reprendre à la décision N\u{202F}: entretien play --from {id}:N"
        ),
        format!(
            "Attempt {id} saved in {file}. To play on from decision N: entretien play --from {id}:N"
        ),
        lang,
    )
}

/// Scripted decisions took no time.
pub fn scripted_times(lang: Lang) -> &'static str {
    fr_or_en(
        "Les réponses venaient de --choose\u{202F}: leur temps de décision est enregistré à 0.",
        "The answers came from --choose: their decision times are recorded as 0.",
        lang,
    )
}

/// `--save` on a run that did not end.
pub fn not_saved(lang: Lang) -> &'static str {
    fr_or_en(
        "L'entretien n'est pas terminé\u{202F}: rien n'est enregistré dans l'historique (--save garde les entretiens menés jusqu'à leur fin).",
        "The interview did not end: nothing is saved in the history (--save keeps interviews played to their end).",
        lang,
    )
}

/// The history refused the attempt.
pub fn save_failed(e: &StoreError, lang: Lang) -> String {
    let (path, detail) = (e.path(), e.detail());
    fr_or_en(
        format!("Impossible d'enregistrer la tentative dans {path}\u{202F}: {detail}."),
        format!("Cannot save the attempt in {path}: {detail}."),
        lang,
    )
}

/// …and it was kept aside instead.
pub fn kept_pending(file: &Path, lang: Lang) -> String {
    let file = file.display();
    fr_or_en(
        format!(
            "Elle est gardée dans {file}\u{202F}: la fenêtre l'ajoutera à l'historique à sa prochaine ouverture sur ce dossier de données."
        ),
        format!(
            "It is kept in {file}: the window will add it to the history the next time it opens on this data folder."
        ),
        lang,
    )
}

/// …and nowhere would take it: the record is printed instead.
pub fn kept_nowhere(e: &StoreError, lang: Lang) -> String {
    let (path, detail) = (e.path(), e.detail());
    fr_or_en(
        format!(
            "Elle n'a pu être gardée nulle part ({path}\u{202F}: {detail}). La voici, pour ne pas la perdre (ENTRETIEN_DATA_DIR désigne un autre dossier de données)\u{202F}:"
        ),
        format!(
            "It could not be kept anywhere ({path}: {detail}). Here it is, so that it is not lost (ENTRETIEN_DATA_DIR names another data folder):"
        ),
        lang,
    )
}
