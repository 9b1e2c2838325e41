//! Messages of the rules on the dialogue (characters, narration, replies,
//! checkpoints, audio by convention, beat titles), in French and English.

use super::fr_or_en;
use super::problems_audit::language;
use crate::scenario::{Lang, ProblemKind};

/// "français" / "French"…, in the message's language.
fn lang_name(lang: Lang, fr: bool) -> &'static str {
    match (lang, fr) {
        (Lang::Fr, true) => "français",
        (Lang::En, true) => "anglais",
        (Lang::Fr, false) => "French",
        (Lang::En, false) => "English",
    }
}

/// What is wrong and how to fix it, for the kinds this file knows;
/// `None` for the others.
pub fn message_and_hint(kind: &ProblemKind, lang: Lang) -> Option<(String, String)> {
    let pick = |f: String, e: String| fr_or_en(f, e, lang);
    use ProblemKind as K;
    let pair = match kind {
        K::UnknownSpeaker { name } => (
            pick(
                format!("aucun personnage «\u{202F}{name}\u{202F}»"),
                format!("no character \"{name}\""),
            ),
            pick(
                "déclarez-le dans `characters`, ou omettez `speaker` pour le ou la jeune".into(),
                "declare it in `characters`, or leave `speaker` out for the young person".into(),
            ),
        ),
        K::SpokenInclusiveDot { word } => (
            pick(
                format!("«\u{202F}{word}\u{202F}» se dit à voix haute mais ne peut pas se prononcer ni s'enregistrer"),
                format!("\"{word}\" is said aloud but cannot be spoken or recorded"),
            ),
            pick(
                "reformulez sans accord («\u{202F}honnête\u{202F}», «\u{202F}quelqu'un de l'équipe\u{202F}»)\u{202F}; le point médian reste possible dans les titres, leçons et justifications".into(),
                "reword so that no agreement is needed (\"honnête\", \"quelqu'un de l'équipe\"); the dot stays fine in labels, lessons and rationales".into(),
            ),
        ),
        K::ControlCharacter { lang: l, code } => (
            pick(
                format!("un caractère de contrôle (U+{code:04X}) dans le texte {}", lang_name(*l, true)),
                format!("a control character (U+{code:04X}) in the {} text", lang_name(*l, false)),
            ),
            pick(
                "retirez-le\u{202F}: un texte affiché dans un terminal pourrait le piloter (effacer l'écran, changer le titre, écrire dans le presse-papiers)".into(),
                "remove it: printed in a terminal, the text could drive it (clear the screen, set the title, write to the clipboard)".into(),
            ),
        ),
        K::AudioUndecodable { file, detail } => (
            pick(
                format!("le fichier son «\u{202F}{file}\u{202F}» ne se décode pas ({detail})\u{202F}: cette réplique restera muette"),
                format!("the sound file \"{file}\" does not decode ({detail}): that line will be silent"),
            ),
            pick(
                "régénérez-le (scripts/make-voices.sh) ou remplacez-le par un enregistrement OGG Vorbis ou WAV valide".into(),
                "generate it again (scripts/make-voices.sh) or replace it with a valid OGG Vorbis or WAV recording".into(),
            ),
        ),
        K::NothingSaid => (
            pick(
                "cette séquence n'a ni narration ni réplique".into(),
                "this beat has neither narration nor a line".into(),
            ),
            pick(
                "ajoutez `narration: (fr: …, en: …)` ou `line: (text: …)`".into(),
                "add `narration: (fr: …, en: …)` or `line: (text: …)`".into(),
            ),
        ),
        K::UntitledBeat => (
            pick(
                "cette séquence n'a pas de titre\u{202F}: la carte des embranchements la nomme par les premiers mots de sa réplique".into(),
                "this beat has no title: the branch map names it by the first words of its line".into(),
            ),
            pick(
                "ajoutez `title: (fr: \"…\", en: \"…\")`, quelques mots qui nomment le moment (par ex. «\u{202F}Le retour de fugue\u{202F}»)".into(),
                "add `title: (fr: \"…\", en: \"…\")`, a few words that name the moment (e.g. \"Back from running away\")".into(),
            ),
        ),
        K::LongTitle { lang: l, chars, limit } => (
            pick(
                format!("titre de {chars} caractères ({})\u{202F}: la carte en montre {limit} au plus", language(*l, lang)),
                format!("a title of {chars} characters ({}): the map shows {limit} at most", language(*l, lang)),
            ),
            pick(
                "gardez quelques mots qui nomment le moment\u{202F}; ce qui est dit reste dans `line`".into(),
                "keep a few words that name the moment; what is said stays in `line`".into(),
            ),
        ),
        K::VariantsWithoutLine => (
            pick(
                "des variantes sans réplique principale".into(),
                "variants without a main line".into(),
            ),
            pick(
                "ajoutez `line: (…)` à la séquence, ou retirez `variants`".into(),
                "add `line: (…)` to the beat, or remove `variants`".into(),
            ),
        ),
        K::ChoicesAndNext => (
            pick(
                "la séquence a à la fois `choices` et `next`".into(),
                "the beat has both `choices` and `next`".into(),
            ),
            pick(
                "gardez `choices` pour faire répondre, ou `next` pour un simple «\u{202F}Continuer\u{202F}»".into(),
                "keep `choices` for an answer, or `next` for a single \"Continue\"".into(),
            ),
        ),
        K::UnknownCheckpoint { name } => (
            pick(
                format!("aucune étape de protection «\u{202F}{name}\u{202F}»"),
                format!("no checkpoint \"{name}\""),
            ),
            pick(
                "déclarez-la dans `checkpoints`; pour un drapeau, utilisez `SetFlag`".into(),
                "declare it in `checkpoints`; for a flag, use `SetFlag`".into(),
            ),
        ),
        K::CheckpointNotFlag { name } => (
            pick(
                format!("«\u{202F}{name}\u{202F}» est une étape de protection, pas un drapeau"),
                format!("\"{name}\" is a checkpoint, not a flag"),
            ),
            pick(
                format!("écrivez `Reach(\"{name}\")`\u{202F}: une étape franchie le reste"),
                format!("write `Reach(\"{name}\")`: a checkpoint once passed stays passed"),
            ),
        ),
        K::CheckpointAvoidable { checkpoint, state } => (
            pick(
                format!(
                    "cette fin positive peut être atteinte sans l'étape obligatoire «\u{202F}{checkpoint}\u{202F}» (état\u{202F}: {state})"
                ),
                format!(
                    "this good ending can be reached without the required checkpoint \"{checkpoint}\" (state: {state})"
                ),
            ),
            pick(
                "faites passer chaque chemin vers cette fin par un choix qui atteint l'étape (`Reach`), ou rendez-la facultative".into(),
                "route every path to this ending through a choice that reaches it (`Reach`), or make it optional".into(),
            ),
        ),
        K::AudioMissing { line, lang: l } => (
            pick(
                format!("pas de fichier audio pour la réplique «\u{202F}{line}\u{202F}» en {}", l.code()),
                format!("no audio file for line \"{line}\" in {}", l.code()),
            ),
            pick(
                format!("ajoutez {}/{line}.ogg dans le dossier audio du scénario", l.code()),
                format!("add {}/{line}.ogg to the scenario's audio folder", l.code()),
            ),
        ),
        K::AudioOrphan { audio: path } => (
            pick(
                format!("le fichier audio {path} ne correspond à aucune réplique"),
                format!("audio file {path} belongs to no line"),
            ),
            pick(
                "renommez-le d'après l'identifiant de la réplique (par ex. accueil#occupee.ogg), ou supprimez-le".into(),
                "name it after the line id (e.g. accueil#occupee.ogg), or delete it".into(),
            ),
        ),
        K::UnknownResource { id } => (
            pick(
                format!("aucune section de ressources «\u{202F}{id}\u{202F}»"),
                format!("no resource section \"{id}\""),
            ),
            pick(
                "utilisez l'id d'une section de scenarios/resources.ron ou de `resources` du scénario".into(),
                "use the id of a section of scenarios/resources.ron or of the scenario's `resources`".into(),
            ),
        ),
        K::WindowsPath { asset: path } => (
            pick(
                format!("chemin Windows «\u{202F}{path}\u{202F}»"),
                format!("Windows path \"{path}\""),
            ),
            pick(
                "écrivez un chemin relatif avec des barres obliques\u{202F}: voix/accueil.ogg".into(),
                "write a relative path with forward slashes: voices/accueil.ogg".into(),
            ),
        ),
        K::IdTaken { id, by } => (
            pick(
                format!("l'id «\u{202F}{id}\u{202F}» est déjà celui de {by}, qui est joué à sa place (les scénarios intégrés passent d'abord, puis votre dossier, puis les dossiers `--scenarios`, chacun dans l'ordre des noms de fichier)"),
                format!("the id \"{id}\" is already used by {by}, which is played instead (built-in scenarios come first, then your folder, then `--scenarios` folders, each in file-name order)"),
            ),
            pick(
                "donnez à ce fichier un autre `id` pour le jouer aussi\u{202F}; ses entretiens et son historique restent séparés".into(),
                "give this file another `id` to play it too; its interviews and history stay separate".into(),
            ),
        ),
        _ => return None,
    };
    Some(pair)
}
