//! The RON parser's errors turned into problems an author can act on.
//!
//! The parser speaks English and names Rust types (`RawEnding`): each of its
//! errors becomes data here ([`SyntaxError`], [`Expected`], [`Thing`]) that
//! the app's `i18n` module words in French and English. Slips that word processors
//! make are recognised first (in `slip.rs`).

use ron::error::{Error as RonError, SpannedError};

use super::KeyPoint;
use super::item_at;
use super::parse_error::TYPES;
pub use super::parse_error::{Expected, SyntaxError, Thing};
use super::problem::{Location, Problem, ProblemKind};
use super::slip;
use crate::limits::Limits;

/// The problem for a parse error of `src`, located where the parser stopped
/// (or at the slip that stopped it).
pub fn problem(src: &str, file: &str, err: SpannedError, limits: &Limits) -> Problem {
    let mut at = stop(src, &err);
    // The parser stops after the sign of a number out of bounds.
    if err.code == RonError::IntegerOutOfBounds && at > 0 && src.as_bytes()[at - 1] == b'-' {
        at -= 1;
    }
    let first = src.trim_start().chars().next();
    let looks_like_json = matches!(first, Some('{') | Some('[')) && src.contains("\":");
    let kind = if looks_like_json {
        ProblemKind::LooksLikeJson
    } else if let Some((kind, offset)) = slip::slip(src, at) {
        at = offset;
        kind
    } else {
        kind_of(err.code, src, at, limits)
    };
    let mut p = Problem::at(file, item_at::path_at(src, at), kind);
    p.location = Some(location(src, at));
    p
}

/// Byte offset where the parser stopped: past the blanks after a colon, to
/// the value itself.
fn stop(src: &str, err: &SpannedError) -> usize {
    let line = err.span.start.line.max(1);
    let column = err.span.start.col.max(1);
    let line_start: usize = src.split_inclusive('\n').take(line - 1).map(str::len).sum();
    let text = src.get(line_start..).unwrap_or("");
    let text = text.split_inclusive('\n').next().unwrap_or("");
    let at = text
        .char_indices()
        .nth(column - 1)
        .map_or(text.len(), |(i, _)| i);
    let rest = &text[at..];
    let value = rest.trim_start_matches([' ', '\t']);
    let blanks = if value.trim_end().is_empty() {
        0
    } else {
        rest.len() - value.len()
    };
    line_start + at + blanks
}

/// 1-based line and column (in characters) of a byte offset.
fn location(src: &str, offset: usize) -> Location {
    let before = src.get(..offset).unwrap_or(src);
    Location {
        line: before.matches('\n').count() + 1,
        column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
    }
}

/// What is written at `at`: a whole text literal, a word or number, or one
/// character; shortened past 40 characters.
fn token_at(src: &str, at: usize) -> String {
    let rest = src.get(at..).unwrap_or("");
    let len = if let Some(text) = rest.strip_prefix('"') {
        text.find('"').map_or(rest.len(), |end| end + 2)
    } else {
        let word = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '+' | '.')))
            .unwrap_or(rest.len());
        if word == 0 {
            rest.chars().next().map_or(0, char::len_utf8)
        } else {
            word
        }
    };
    let token = &rest[..len];
    match token.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &token[..cut]),
        None => token.to_owned(),
    }
}

fn kind_of(code: RonError, src: &str, at: usize, limits: &Limits) -> ProblemKind {
    let list = |names: &[&str]| names.iter().map(|s| (*s).to_owned()).collect();
    let wrong = |expected| ProblemKind::WrongType {
        expected,
        found: token_at(src, at),
    };
    match code {
        RonError::ExceededRecursionLimit => ProblemKind::TooDeep {
            limit: limits.max_depth,
        },
        RonError::NoSuchStructField {
            expected, found, ..
        } => ProblemKind::UnknownField {
            field: found,
            expected: list(expected),
        },
        RonError::MissingStructField { field, .. } => ProblemKind::MissingField {
            field: field.to_owned(),
        },
        RonError::NoSuchEnumVariant {
            expected, found, ..
        } => ProblemKind::UnknownVariant {
            found,
            expected: list(expected),
        },
        RonError::DuplicateStructField { field, .. } => {
            match KeyPoint::ALL.into_iter().find(|p| p.name() == field) {
                Some(point) => ProblemKind::DuplicateScore { point },
                None => ProblemKind::DuplicateField {
                    field: field.to_owned(),
                },
            }
        }
        RonError::ExpectedInteger => wrong(Expected::WholeNumber),
        RonError::IntegerOutOfBounds => wrong(Expected::NumberInBounds),
        RonError::ExpectedString => wrong(Expected::Text),
        RonError::ExpectedBoolean => wrong(Expected::TrueOrFalse),
        RonError::ExpectedArray => wrong(Expected::List),
        RonError::ExpectedMap => wrong(Expected::Scores),
        RonError::ExpectedStructLike => wrong(Expected::Group { of: None }),
        RonError::ExpectedNamedStructLike(name) => wrong(Expected::Group {
            of: Thing::from_type(name),
        }),
        RonError::InvalidValueForType { expected, .. } => wrong(serde_expected(&expected)),
        other => ProblemKind::Syntax {
            error: syntax_error(other, token_at(src, at)),
        },
    }
}

/// What serde's "expected …" words ask for.
fn serde_expected(words: &str) -> Expected {
    let integers = ["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64"];
    match words {
        "a string" | "string" => Expected::Text,
        "a boolean" => Expected::TrueOrFalse,
        "a sequence" => Expected::List,
        "a map" => Expected::Scores,
        _ if integers.contains(&words) => Expected::WholeNumber,
        _ => match words.strip_prefix("struct ") {
            Some(name) => Expected::Group {
                of: Thing::from_type(name),
            },
            None => Expected::Other {
                detail: plain(words),
            },
        },
    }
}

fn syntax_error(code: RonError, found: String) -> SyntaxError {
    match code {
        RonError::Eof => SyntaxError::UnexpectedEnd,
        RonError::ExpectedComma => SyntaxError::MissingComma,
        RonError::ExpectedMapColon => SyntaxError::MissingColon,
        RonError::ExpectedArrayEnd => SyntaxError::MissingClose { bracket: ']' },
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => {
            SyntaxError::MissingClose { bracket: ')' }
        }
        RonError::ExpectedMapEnd => SyntaxError::MissingClose { bracket: '}' },
        RonError::ExpectedStringEnd => SyntaxError::UnclosedText,
        RonError::UnclosedBlockComment | RonError::UnclosedLineComment => {
            SyntaxError::UnclosedComment
        }
        RonError::InvalidEscape(_) => SyntaxError::BadEscape,
        RonError::ExpectedIdentifier
        | RonError::InvalidIdentifier(_)
        | RonError::SuggestRawIdentifier(_) => SyntaxError::ExpectedName { found },
        RonError::UnexpectedChar(found) => SyntaxError::UnexpectedChar { found },
        RonError::TrailingCharacters => SyntaxError::AfterEnd,
        RonError::ExpectedDifferentStructName { expected, found } => SyntaxError::WrongName {
            found,
            of: Thing::from_type(expected),
        },
        RonError::ExpectedDifferentLength { expected, found } => {
            // "tuple variant Condition::AtLeast with 2 elements", "a tuple of size 2"
            let count = expected
                .split(' ')
                .filter_map(|w| w.parse().ok())
                .next_back();
            let form = expected
                .split(' ')
                .find_map(|w| w.split_once("::"))
                .map(|(_, form)| form.to_owned());
            match count {
                Some(expected) => SyntaxError::WrongCount {
                    form,
                    expected,
                    found,
                },
                None => SyntaxError::Other {
                    detail: plain(&expected),
                },
            }
        }
        other => SyntaxError::Other {
            detail: plain(&other.to_string()),
        },
    }
}

/// The parser's words with Rust type names replaced by the items' names.
fn plain(words: &str) -> String {
    let mut out = words.to_owned();
    for (rust, _, name) in TYPES {
        out = out.replace(&format!("`{rust}`"), &format!("`{name}`"));
        if rust.starts_with("Raw") || rust == "Weighted" {
            out = out.replace(rust, name);
        }
    }
    out
}
