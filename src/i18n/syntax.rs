//! Words for what the RON parser trips on: where the syntax breaks, what a
//! value should have been, and the items of the format, named as authors
//! know them rather than by their Rust types.

use crate::scenario::Lang;
use crate::scenario::syntax::{Expected, SyntaxError, Thing};

use super::{fr_or_en, quoted};

/// What is wrong in the syntax.
pub(super) fn syntax_message(error: &SyntaxError, lang: Lang) -> String {
    let pick = |fr, en| fr_or_en(fr, en, lang);
    use SyntaxError as S;
    match error {
        S::UnexpectedEnd => pick(
            "le fichier s'arrête trop tôt".into(),
            "the file ends too early".into(),
        ),
        S::MissingComma => pick("virgule manquante".into(), "a comma is missing".into()),
        S::MissingColon => pick(
            "deux-points manquant après un nom de champ".into(),
            "a colon is missing after a field name".into(),
        ),
        S::MissingClose { bracket } => pick(
            format!(
                "{} attendu ici pour fermer ce qui est ouvert",
                quoted(bracket, Lang::Fr)
            ),
            format!("\"{bracket}\" expected here, to close what is open"),
        ),
        S::UnclosedText => pick(
            "texte non fermé\u{202f}: le guillemet droit \" de fin manque".into(),
            "a text is not closed: its closing straight quote \" is missing".into(),
        ),
        S::UnclosedComment => pick(
            "commentaire /* non fermé".into(),
            "a /* comment is not closed".into(),
        ),
        S::BadEscape => pick(
            format!(
                "barre oblique inverse {} inconnue dans un texte",
                quoted('\\', Lang::Fr)
            ),
            "unknown escape after \"\\\" in a text".into(),
        ),
        S::ExpectedName { found } if found.is_empty() => pick(
            "un nom est attendu ici (champ ou valeur d'une liste)".into(),
            "a name is expected here (a field or a value from a list)".into(),
        ),
        S::ExpectedName { found } => pick(
            format!(
                "un nom est attendu ici (champ ou valeur d'une liste), pas {}",
                quoted(found, Lang::Fr)
            ),
            format!("a name is expected here (a field or a value from a list), not {found}"),
        ),
        S::UnexpectedChar { found } => pick(
            format!("caractère inattendu {}", quoted(found, Lang::Fr)),
            format!("unexpected character \"{found}\""),
        ),
        S::AfterEnd => pick(
            "du texte suit la parenthèse qui ferme le scénario".into(),
            "something follows the parenthesis that closes the scenario".into(),
        ),
        S::WrongName {
            found,
            of: Some(Thing::Scenario),
        } => pick(
            format!(
                "le fichier doit commencer par {}, pas {}",
                quoted("Scenario(", Lang::Fr),
                quoted(format!("{found}("), Lang::Fr)
            ),
            format!("the file must start with \"Scenario(\", not \"{found}(\""),
        ),
        S::WrongName { found, of } => pick(
            format!(
                "{} ne peut pas commencer {} ici",
                quoted(found, Lang::Fr),
                thing_fr(*of)
            ),
            format!("\"{found}\" cannot start {} here", thing_en(*of)),
        ),
        S::WrongCount {
            form: Some(form),
            expected,
            found,
        } => pick(
            format!("{form} prend {expected} valeurs entre ses parenthèses, pas {found}"),
            format!("{form} takes {expected} values in its parentheses, not {found}"),
        ),
        S::WrongCount {
            form: None,
            expected,
            found,
        } => pick(
            format!("{expected} valeurs sont attendues entre parenthèses, pas {found}"),
            format!("{expected} values are expected in these parentheses, not {found}"),
        ),
        S::Other { detail } => pick(
            "syntaxe RON incorrecte à cet endroit".into(),
            format!("RON syntax error: {detail}"),
        ),
    }
}

/// How to fix the syntax.
pub(super) fn syntax_hint(error: &SyntaxError, lang: Lang) -> String {
    let pick = |fr: &str, en: &str| fr_or_en(fr, en, lang).to_owned();
    use SyntaxError as S;
    match error {
        S::UnexpectedEnd => pick(
            "fermez chaque parenthèse, crochet et texte ouverts\u{202f}; le fichier finit par la «\u{202f})\u{202f}» de Scenario(",
            "close every open parenthesis, bracket and text; the file ends with the \")\" of Scenario(",
        ),
        S::MissingComma => pick(
            "séparez champs et éléments par une virgule, souvent en fin de ligne précédente\u{202f}; ou bien un texte juste avant n'est pas fermé par \"",
            "separate fields and items with a comma, often at the end of the previous line; or a text just before is not closed with \"",
        ),
        S::MissingColon => pick(
            "écrivez le nom, «\u{202f}:\u{202f}», puis la valeur, par ex. minutes: 5",
            "write the name, ':', then the value, e.g. minutes: 5",
        ),
        S::MissingClose { .. } => pick(
            "fermez ce qui est ouvert, ou ajoutez la virgule qui manque entre deux éléments",
            "close what is open, or add the comma missing between two items",
        ),
        S::UnclosedText => pick(
            "ajoutez \" à la fin du texte\u{202f}; dans un texte, écrivez \\\" pour un guillemet droit",
            "add \" at the end of the text; inside a text, write \\\" for a straight quote",
        ),
        S::UnclosedComment => pick("fermez-le par */", "close it with */"),
        S::BadEscape => pick(
            "dans un texte, écrivez \\\" pour un guillemet droit et \\\\ pour une barre oblique inverse",
            "inside a text, write \\\" for a straight quote and \\\\ for a backslash",
        ),
        S::ExpectedName { found } if found.starts_with('"') => pick(
            "les valeurs d'une liste (humeur, type de fin, point clé, Goto…) s'écrivent sans guillemets, par ex. mood: Calm",
            "values from a list (mood, kind of ending, key point, Goto…) are written without quotes, e.g. mood: Calm",
        ),
        S::ExpectedName { .. } => pick(
            "vérifiez l'orthographe, et la virgule ou la parenthèse qui précèdent",
            "check the spelling, and the comma or parenthesis before it",
        ),
        S::UnexpectedChar { .. } => pick(
            "supprimez-le, ou mettez-le dans un texte entre guillemets droits \"…\"",
            "remove it, or put it inside a text in straight quotes \"…\"",
        ),
        S::AfterEnd => pick(
            "supprimez ce qui suit, ou cherchez plus haut une «\u{202f})\u{202f}» en trop",
            "remove what follows, or look above for an extra \")\"",
        ),
        S::WrongName {
            of: Some(Thing::Scenario),
            ..
        } => pick("corrigez le nom", "fix the name"),
        S::WrongName { .. } => pick(
            "un élément de liste s'écrit ( … ) sans nom devant\u{202f}; si c'est un champ, fermez d'abord la liste qui précède par «\u{202f}]\u{202f}»",
            "an item of a list is written ( … ) with no name before; if this is a field, first close the list before it with \"]\"",
        ),
        S::WrongCount { .. } => pick(
            "par ex. AtLeast(\"trust\", 5), Add(\"trust\", 1), per: [(\"trust\", 1)]",
            "e.g. AtLeast(\"trust\", 5), Add(\"trust\", 1), per: [(\"trust\", 1)]",
        ),
        S::Other { .. } => pick(
            "vérifiez virgules, parenthèses et guillemets près de cette position",
            "check commas, brackets and quotes near this position",
        ),
    }
}

/// What a value should have been, in French.
pub(super) fn expected_fr(expected: &Expected) -> String {
    match expected {
        Expected::WholeNumber => "un nombre entier".into(),
        Expected::NumberInBounds => "un nombre entier dans les limites du champ".into(),
        Expected::Text => "un texte entre guillemets droits \"…\"".into(),
        Expected::TrueOrFalse => "true ou false".into(),
        Expected::List => "une liste [ … ]".into(),
        Expected::Scores => "des scores { … }".into(),
        Expected::Group { of: None } => "un groupe de champs ( … )".into(),
        Expected::Group { of } => format!("{} ( … )", thing_fr(*of)),
        Expected::Other { .. } => "une valeur d'une autre forme".into(),
    }
}

/// What a value should have been, in English.
pub(super) fn expected_en(expected: &Expected) -> String {
    match expected {
        Expected::WholeNumber => "a whole number".into(),
        Expected::NumberInBounds => "a whole number within the field's bounds".into(),
        Expected::Text => "a text in straight double quotes \"…\"".into(),
        Expected::TrueOrFalse => "true or false".into(),
        Expected::List => "a list [ … ]".into(),
        Expected::Scores => "scores { … }".into(),
        Expected::Group { of: None } => "a group of fields ( … )".into(),
        Expected::Group { of } => format!("{} ( … )", thing_en(*of)),
        Expected::Other { detail } => detail.clone(),
    }
}

/// How to write the value expected.
pub(super) fn expected_hint(expected: &Expected, lang: Lang) -> String {
    let pick = |fr: &str, en: &str| fr_or_en(fr, en, lang).to_owned();
    match expected {
        Expected::WholeNumber => pick(
            "écrivez un nombre entier sans guillemets, par ex. 15\u{202f}; un nombre négatif commence par un trait d'union -",
            "write a whole number without quotes, e.g. 15; a negative number starts with a hyphen -",
        ),
        Expected::NumberInBounds => pick(
            "écrivez un nombre plus petit (0 ou plus pour `version`, `minutes` et `age`)",
            "write a smaller number (0 or more for `version`, `minutes` and `age`)",
        ),
        Expected::Text => pick(
            "entourez le texte de guillemets droits \"…\"",
            "put the text between straight double quotes \"…\"",
        ),
        Expected::TrueOrFalse => pick(
            "écrivez true ou false, sans guillemets",
            "write true or false, without quotes",
        ),
        Expected::List => pick(
            "une liste s'écrit entre crochets\u{202f}: [ … , … ]",
            "a list is written between square brackets: [ … , … ]",
        ),
        Expected::Scores => pick(
            "les scores s'écrivent entre accolades, par ex. {Frame: 2, Pace: 1}",
            "scores are written between braces, e.g. {Frame: 2, Pace: 1}",
        ),
        Expected::Group {
            of: Some(Thing::Text),
        } => pick(
            "un texte s'écrit dans les deux langues\u{202f}: (fr: \"…\", en: \"…\")",
            "a text is written in both languages: (fr: \"…\", en: \"…\")",
        ),
        Expected::Group { .. } => pick(
            "ouvrez le groupe de champs par «\u{202f}(\u{202f}», sans nom devant (voir docs/template.ron)",
            "open the group of fields with \"(\", with no name before (see docs/template.ron)",
        ),
        Expected::Other { .. } => pick(
            "comparez avec docs/scenario-format.md",
            "compare with docs/scenario-format.md",
        ),
    }
}

/// An item of the format, with its article, in French.
fn thing_fr(thing: Option<Thing>) -> &'static str {
    let Some(thing) = thing else {
        return "cet élément";
    };
    match thing {
        Thing::Scenario => "le scénario",
        Thing::YoungPerson => "la fiche du jeune (young_person)",
        Thing::Variable => "une variable",
        Thing::Beat => "une séquence",
        Thing::Line => "une réplique (line)",
        Thing::Variant => "une variante",
        Thing::Choice => "un choix",
        Thing::Ending => "une fin",
        Thing::Text => "un texte",
        Thing::Case => "un cas de Branch",
        Thing::RandomTarget => "une cible de Random",
        Thing::Condition => "une condition",
        Thing::Effect => "un effet",
        Thing::Next => "une suite (next)",
        Thing::KeyPoint => "un point clé",
        Thing::Mood => "une humeur",
        Thing::Outcome => "un type de fin",
        Thing::Difficulty => "une difficulté",
    }
}

/// An item of the format, with its article, in English.
fn thing_en(thing: Option<Thing>) -> &'static str {
    let Some(thing) = thing else {
        return "this item";
    };
    match thing {
        Thing::Scenario => "the scenario",
        Thing::YoungPerson => "the young person (young_person)",
        Thing::Variable => "a variable",
        Thing::Beat => "a beat",
        Thing::Line => "a line",
        Thing::Variant => "a variant",
        Thing::Choice => "a choice",
        Thing::Ending => "an ending",
        Thing::Text => "a text",
        Thing::Case => "a case of Branch",
        Thing::RandomTarget => "a target of Random",
        Thing::Condition => "a condition",
        Thing::Effect => "an effect",
        Thing::Next => "a next",
        Thing::KeyPoint => "a key point",
        Thing::Mood => "a mood",
        Thing::Outcome => "a kind of ending",
        Thing::Difficulty => "a difficulty",
    }
}
