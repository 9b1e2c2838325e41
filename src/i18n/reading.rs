//! Messages for the problems found before a scenario's content is checked:
//! reading the file, then its RON syntax. The parser's own words are
//! English and name Rust types, so every case is worded here from data.

use crate::scenario::syntax::Expected;
use crate::scenario::{Lang, ProblemKind};

use super::syntax::{expected_en, expected_fr, expected_hint, syntax_hint, syntax_message};
use super::{fr_or_en, quoted};

/// The kinds worded in this file, as a pattern for the matches of
/// [`super::problems`].
macro_rules! reading_kinds {
    () => {
        ProblemKind::Io { .. }
            | ProblemKind::IsDirectory
            | ProblemKind::NotAFile
            | ProblemKind::TooLarge { .. }
            | ProblemKind::NotUtf8 { .. }
            | ProblemKind::Empty
            | ProblemKind::LooksLikeJson
            | ProblemKind::Syntax { .. }
            | ProblemKind::TooDeep { .. }
            | ProblemKind::TooManyBeats { .. }
            | ProblemKind::UnknownField { .. }
            | ProblemKind::MissingField { .. }
            | ProblemKind::WrongType { .. }
            | ProblemKind::UnknownVariant { .. }
            | ProblemKind::DuplicateField { .. }
            | ProblemKind::DuplicateScore { .. }
            | ProblemKind::DecimalNumber { .. }
            | ProblemKind::TypographicQuote { .. }
            | ProblemKind::NonBreakingSpace { .. }
            | ProblemKind::TypographicMinus { .. }
    };
}
pub(super) use reading_kinds;

/// What is wrong, for the kinds of [`reading_kinds`].
pub(super) fn message(kind: &ProblemKind, lang: Lang) -> String {
    let pick = |fr, en| fr_or_en(fr, en, lang);
    use ProblemKind as K;
    match kind {
        K::Io { detail } => pick(
            format!("lecture impossible\u{202f}: {detail}"),
            format!("cannot read the file: {detail}"),
        ),
        K::IsDirectory => pick(
            "c'est un dossier, pas un fichier".into(),
            "this is a folder, not a file".into(),
        ),
        K::NotAFile => pick(
            "ce n'est pas un fichier ordinaire (tube, socket ou périphérique)\u{202f}: il est ignoré, sans être ouvert".into(),
            "this is not a regular file (a pipe, socket or device): it is skipped, never opened".into(),
        ),
        K::TooLarge { bytes, limit } => pick(
            format!("fichier trop grand ({bytes} octets, maximum {limit})"),
            format!("file too large ({bytes} bytes, at most {limit})"),
        ),
        K::NotUtf8 { byte_offset } => pick(
            format!("le fichier n'est pas en UTF-8 (octet {byte_offset})"),
            format!("the file is not UTF-8 (byte {byte_offset})"),
        ),
        K::Empty => pick("le fichier est vide".into(), "the file is empty".into()),
        K::LooksLikeJson => pick(
            "ce fichier ressemble à du JSON, pas à du RON".into(),
            "this file looks like JSON, not RON".into(),
        ),
        K::Syntax { error } => syntax_message(error, lang),
        K::TooDeep { limit } => pick(
            format!("imbrication trop profonde (plus de {limit} niveaux)"),
            format!("nested too deeply (more than {limit} levels)"),
        ),
        K::TooManyBeats { beats, limit } => pick(
            format!("trop de séquences ({beats}, maximum {limit})"),
            format!("too many beats ({beats}, at most {limit})"),
        ),
        K::UnknownField { field, .. } => pick(
            format!("champ inconnu {}", quoted(field, Lang::Fr)),
            format!("unknown field \"{field}\""),
        ),
        K::MissingField { field } => pick(
            format!("champ obligatoire {} absent", quoted(field, Lang::Fr)),
            format!("required field \"{field}\" is missing"),
        ),
        K::WrongType {
            expected: Expected::NumberInBounds,
            found,
        } => pick(
            format!("nombre hors des limites de ce champ\u{202f}: {found}"),
            format!("number out of bounds for this field: {found}"),
        ),
        K::WrongType { expected, found } if found.is_empty() => pick(
            format!("valeur du mauvais type\u{202f}: il faut {}", expected_fr(expected)),
            format!("wrong type: {} is expected here", expected_en(expected)),
        ),
        K::WrongType { expected, found } => pick(
            format!(
                "valeur du mauvais type\u{202f}: {} là où il faut {}",
                quoted(found, Lang::Fr),
                expected_fr(expected)
            ),
            format!("wrong type: {found} where {} is expected", expected_en(expected)),
        ),
        K::UnknownVariant { found, .. } => pick(
            format!("valeur inconnue {}", quoted(found, Lang::Fr)),
            format!("unknown value \"{found}\""),
        ),
        K::DuplicateField { field } => pick(
            format!("le champ {} est écrit deux fois dans cet élément", quoted(field, Lang::Fr)),
            format!("the field \"{field}\" is written twice in this item"),
        ),
        K::DuplicateScore { point } => pick(
            format!("le point clé {} est noté deux fois dans `scores`", quoted(point.name(), Lang::Fr)),
            format!("key point \"{}\" is scored twice in `scores`", point.name()),
        ),
        K::DecimalNumber { written, .. } => pick(
            format!("nombre décimal {} là où il faut un nombre entier", quoted(written, Lang::Fr)),
            format!("a decimal number ({written}) where a whole number is expected"),
        ),
        K::TypographicQuote { found } => pick(
            format!("guillemet typographique {} hors d'un texte", quoted(found, Lang::Fr)),
            format!("typographic quote {found} outside a text"),
        ),
        K::NonBreakingSpace { code } => pick(
            format!("espace insécable ({code}) hors d'un texte"),
            format!("a non-breaking space ({code}) outside a text"),
        ),
        K::TypographicMinus { found } => pick(
            format!("signe {} à la place du signe moins {}", quoted(found, Lang::Fr), quoted('-', Lang::Fr)),
            format!("\"{found}\" in place of the minus sign \"-\""),
        ),
        // Worded in `problems.rs`.
        _ => String::new(),
    }
}

/// How to fix it, for the kinds of [`reading_kinds`].
pub(super) fn hint(kind: &ProblemKind, lang: Lang) -> String {
    let pick = |fr: &str, en: &str| fr_or_en(fr, en, lang).to_owned();
    use ProblemKind as K;
    match kind {
        K::Io { .. } => pick(
            "vérifiez le chemin et les droits de lecture",
            "check the path and read permissions",
        ),
        K::IsDirectory => pick(
            "donnez un fichier .ron, ou le dossier à `check`",
            "give a .ron file, or the folder to `check`",
        ),
        K::NotAFile => pick(
            "enregistrez le scénario dans un fichier .ron ordinaire, ou retirez cet élément du dossier",
            "save the scenario as an ordinary .ron file, or remove this entry from the folder",
        ),
        K::TooLarge { limit, .. } => pick(
            &format!(
                "découpez le scénario en plusieurs fichiers\u{202f}: l'application n'en ouvre pas de plus de {limit} octets (en ligne de commande, --max-size OCTETS relève la limite pour vérifier ou jouer un fichier plus grand)"
            ),
            &format!(
                "split the scenario into several files: the app opens none larger than {limit} bytes (on the command line, --max-size BYTES raises the limit to check or play a larger file)"
            ),
        ),
        K::NotUtf8 { .. } => pick("enregistrez le fichier en UTF-8", "save the file as UTF-8"),
        K::Empty => pick(
            "partez de docs/template.ron",
            "start from docs/template.ron",
        ),
        K::LooksLikeJson => pick(
            "les scénarios s'écrivent en RON\u{202f}: voir docs/template.ron",
            "scenarios are written in RON: see docs/template.ron",
        ),
        K::Syntax { error } => syntax_hint(error, lang),
        K::TooDeep { .. } => pick(
            "simplifiez les conditions imbriquées",
            "simplify the nested conditions",
        ),
        K::TooManyBeats { limit, .. } => pick(
            &format!(
                "découpez le scénario en plusieurs fichiers\u{202f}: l'application n'en ouvre pas de plus de {limit} séquences (en ligne de commande, --max-beats N relève la limite pour vérifier ou jouer un scénario plus grand)"
            ),
            &format!(
                "split the scenario into several files: the app opens none with more than {limit} beats (on the command line, --max-beats N raises the limit to check or play a larger one)"
            ),
        ),
        K::UnknownField { expected, .. } | K::UnknownVariant { expected, .. } => {
            let list = expected.join(", ");
            fr_or_en(
                format!("valeurs possibles\u{202f}: {list}"),
                format!("expected one of: {list}"),
                lang,
            )
        }
        K::MissingField { .. } => pick(
            "ajoutez ce champ (voir docs/template.ron)",
            "add this field (see docs/template.ron)",
        ),
        K::WrongType { expected, .. } => expected_hint(expected, lang),
        K::DuplicateField { .. } => pick(
            "gardez-en un seul\u{202f}: supprimez ou corrigez le second",
            "keep one: remove or fix the second",
        ),
        K::DuplicateScore { .. } => pick(
            "une seule note par point clé\u{202f}: supprimez ou corrigez la seconde",
            "one score per key point: remove or fix the second",
        ),
        K::DecimalNumber { below, above, .. } if below == above => {
            fr_or_en(format!("écrivez {below}"), format!("write {below}"), lang)
        }
        K::DecimalNumber { below, above, .. } => fr_or_en(
            format!("écrivez {below} ou {above}"),
            format!("write {below} or {above}"),
            lang,
        ),
        K::TypographicQuote { .. } => pick(
            "entourez les textes de guillemets droits \"…\"\u{202f}; les guillemets typographiques ne vont qu'à l'intérieur d'un texte",
            "use straight double quotes \"…\" around texts; typographic quotes belong only inside a text",
        ),
        K::NonBreakingSpace { .. } => pick(
            "remplacez-la par une espace normale (un traitement de texte la met souvent devant «\u{202f}:\u{202f}»)",
            "replace it by a normal space (word processors often put one before ':')",
        ),
        K::TypographicMinus { .. } => pick(
            "écrivez le moins avec un trait d'union, par ex. -2",
            "write the minus as a hyphen, e.g. -2",
        ),
        // Worded in `problems.rs`.
        _ => String::new(),
    }
}
