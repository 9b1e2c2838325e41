//! The HTML page around a report: one self-contained file (its style
//! inline, no script, no font, image or link to fetch), readable on screen
//! and printed on A4 with sensible page breaks.

use crate::scenario::Lang;

/// Text made safe inside HTML elements and double-quoted attribute values
/// (the only kind written here), so apostrophes stay as they are.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The style: system fonts, dark text on white (ink-friendly), tables and
/// decisions kept whole on a page, headings kept with what follows.
const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; border-bottom: 2px solid #345; padding-bottom: .2em; }
h2 { font-size: 1.3em; color: #234; margin-top: 1.6em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; }
th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #e8edf2; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; width: 1%; }
td:first-child { min-width: 2em; }
figure { margin: 1em auto; text-align: center; }
figure svg { max-width: 100%; height: auto; }
ul.steps li.numbered { list-style: none; margin-left: -1.2em; }
.blanks p { display: flex; align-items: flex-end; gap: .5em; margin: .9em 0; }
.blanks span { flex: 1; border-bottom: 1px solid #333; min-height: 1.2em; }
section.keep { border-left: 3px solid #c8d2dc; padding-left: .8em; margin: 1em 0; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  table, figure, section.keep, .blanks, tr { break-inside: avoid; page-break-inside: avoid; }
  p, li { orphans: 3; widows: 3; }
  h2.new-page { break-before: page; page-break-before: always; }
}
"#;

/// A whole page: `body` (already HTML) under `title`, in `lang`.
pub fn page(title: &str, body: &str, lang: Lang) -> String {
    let code = crate::i18n::fr_or_en("fr", "en", lang);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_text_stays_text() {
        assert_eq!(
            escape("<script>a & \"b\" 'c'</script>"),
            "&lt;script&gt;a &amp; &quot;b&quot; 'c'&lt;/script&gt;"
        );
        let p = page("<b>", "<p>x</p>\n", Lang::Fr);
        assert!(p.contains("<title>&lt;b&gt;</title>") && p.contains("lang=\"fr\""));
        assert!(
            !p.contains("http") && !p.contains("<script"),
            "self-contained"
        );
    }
}
