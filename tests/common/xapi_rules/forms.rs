//! The forms of xAPI 1.0.3's data types, on strings: IRIs (§4.3),
//! UUIDs (§4.4), language tags (§4.2), timestamps (§4.5) and durations
//! (§4.6) of "Part Two: Experience API Data" (adlnet/xAPI-Spec).

/// An absolute IRI: a scheme (a letter, then letters, digits, `+ - .`),
/// a colon, then a non-empty rest without spaces or the characters an IRI
/// never holds (RFC 3987). "IRI fragments (sometimes called relative IRLs)
/// are not valid IRIs" (§2.4.4.1); an LRS rejects "IRI values without a
/// scheme" (§2.2).
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    let scheme_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c);
    scheme_ok && !rest.is_empty() && !rest.contains(forbidden)
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hex digits (§4.4), of the
/// RFC 4122 variant ("it is recommended variant 2 … is used").
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    let lengths = groups.iter().map(|g| g.len()).collect::<Vec<_>>();
    lengths == [8, 4, 4, 4, 12]
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
        && groups[3].starts_with(['8', '9', 'a', 'b', 'A', 'B'])
}

/// An RFC 5646 tag in its usual shape: a 2–3 letter language, then
/// subtags of 1–8 letters or digits.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// An ISO 8601 duration in the format of ISO 8601:2004 4.4.3.2 (§4.6):
/// `PnYnMnDTnHnMnS` with any part left out but at least one there, `T`
/// only before a time part, a decimal fraction on the last part only, or
/// `PnW` alone; never the alternative format `PYYYY-MM-DDThh:mm:ss`.
pub fn is_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    if let Some(weeks) = rest.strip_suffix('W') {
        return is_number(weeks, false);
    }
    let (date, time) = match rest.split_once('T') {
        Some((_, "")) => return false,
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let date_parts = parts(date, &['Y', 'M', 'D']);
    let time_parts = match time {
        Some(t) => parts(t, &['H', 'M', 'S']),
        None => Some(Vec::new()),
    };
    let (Some(date_parts), Some(time_parts)) = (date_parts, time_parts) else {
        return false;
    };
    let all: Vec<&str> = date_parts.iter().chain(&time_parts).copied().collect();
    let Some((last, before)) = all.split_last() else {
        return false;
    };
    before.iter().all(|n| is_number(n, false)) && is_number(last, true)
}

/// The numbers of `text` before its designators, which come in `order`,
/// each at most once; `None` when anything else is there.
fn parts<'a>(text: &'a str, order: &[char]) -> Option<Vec<&'a str>> {
    let mut numbers = Vec::new();
    let (mut next, mut start) = (0, 0);
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            continue;
        }
        let at = next + order[next..].iter().position(|d| *d == c)?;
        let number = &text[start..i];
        if number.is_empty() {
            return None;
        }
        numbers.push(number);
        (next, start) = (at + 1, i + c.len_utf8());
    }
    (start == text.len()).then_some(numbers)
}

/// Digits, with a decimal fraction (`.` or `,`) when `fraction` allows.
fn is_number(s: &str, fraction: bool) -> bool {
    let (whole, frac) = match s.split_once(['.', ',']) {
        Some((w, f)) if fraction => (w, Some(f)),
        Some(_) => return false,
        None => (s, None),
    };
    let digits = |d: &str| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit());
    digits(whole) && frac.is_none_or(digits)
}

/// An ISO 8601 combined date and time in the RFC 3339 profile the
/// specification recommends, with a time zone (§4.5):
/// `2026-11-30T14:05:59.042Z` or `…+01:00`.
pub fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let shape = b.len() >= 20
        && b[10] == b'T'
        && (b[b.len() - 1] == b'Z' || matches!(b[b.len() - 6], b'+' | b'-'));
    shape && s.parse::<jiff::Timestamp>().is_ok()
}
