//! Slips that word processors make in a scenario file: a decimal number,
//! typographic quotes or minus, a non-breaking space. The parser stops at
//! them with a message about something else ("Expected comma", "Expected
//! string"), so they are recognised where it stopped and named plainly.

use super::problem::ProblemKind;

/// A word-processor slip where the parser stopped (or just after, past
/// blanks): its problem and its offset.
pub(super) fn slip(src: &str, at: usize) -> Option<(ProblemKind, usize)> {
    let rest = src.get(at..)?;
    let at = at + rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len();
    let found = src.get(at..)?.chars().next()?;
    let kind = match found {
        '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›' => {
            ProblemKind::TypographicQuote { found }
        }
        '\u{a0}' | '\u{202f}' | '\u{2007}' => ProblemKind::NonBreakingSpace {
            code: format!("U+{:04X}", u32::from(found)),
        },
        '−' | '–' => ProblemKind::TypographicMinus { found },
        _ => return decimal(src, at),
    };
    Some((kind, at))
}

/// `12.5` (or `12,5`) where the parser stopped at the separator or at the
/// digit after it: the problem, at the number's first character.
fn decimal(src: &str, at: usize) -> Option<(ProblemKind, usize)> {
    let bytes = src.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let sep = |i: usize| matches!(bytes.get(i), Some(b'.' | b','));
    let mark = if sep(at) {
        at
    } else if at > 0 && digit(at) && sep(at - 1) {
        at - 1
    } else {
        return None;
    };
    if mark == 0 || !digit(mark - 1) || !digit(mark + 1) {
        return None;
    }
    let mut start = mark;
    while start > 0 && digit(start - 1) {
        start -= 1;
    }
    if start > 0 && matches!(bytes[start - 1], b'-' | b'+') {
        start -= 1;
    }
    let mut end = mark + 1;
    while digit(end) {
        end += 1;
    }
    let written = src.get(start..end)?.to_owned();
    let value: f64 = written.replace(',', ".").parse().ok()?;
    let kind = ProblemKind::DecimalNumber {
        // Saturating casts: a huge number gives the largest whole numbers.
        below: value.floor() as i64,
        above: value.ceil() as i64,
        written,
    };
    Some((kind, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slip found where the parser stopped at `stop` in `src`.
    fn at(src: &str, stop: &str) -> Option<(ProblemKind, usize)> {
        slip(src, src.find(stop).unwrap_or(src.len()))
    }

    #[test]
    fn decimals_give_the_whole_numbers_around_them() {
        let kind = |written: &str, below, above| ProblemKind::DecimalNumber {
            written: written.into(),
            below,
            above,
        };
        assert_eq!(at("a: -1.5,", ".5"), Some((kind("-1.5", -2, -1), 3)));
        // The parser stops at the digit after a decimal comma.
        assert_eq!(at("a: 2,5,", "5,"), Some((kind("2,5", 2, 3), 3)));
        assert_eq!(at("a: 7.0)", ".0"), Some((kind("7.0", 7, 7), 3)));
        // Two whole numbers and a comma are not a decimal.
        assert_eq!(at("a: 2, 5", " 5"), None);
        assert_eq!(at("a: x.5", ".5"), None);
    }

    #[test]
    fn typographic_characters_are_named_past_the_blanks() {
        let quote = ProblemKind::TypographicQuote { found: '«' };
        assert_eq!(at("Goto( \n «lien»)", " \n"), Some((quote, 8)));
        let space = ProblemKind::NonBreakingSpace {
            code: "U+00A0".into(),
        };
        assert_eq!(at("a:\u{a0}2", "\u{a0}"), Some((space, 2)));
        let minus = ProblemKind::TypographicMinus { found: '−' };
        assert_eq!(at("Frame: −2", "−"), Some((minus, 7)));
    }
}
