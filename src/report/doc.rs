//! A report as a list of blocks, written out as Markdown or as the body of
//! an HTML page: each report is put together once, so its two forms
//! always say the same.

use super::html::escape;

/// A piece of running text.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    /// Plain.
    Text(String),
    /// In bold.
    Strong(String),
    /// In italics.
    Em(String),
}

/// A line of spans.
pub type Line = Vec<Span>;

/// `label : value` with the label in bold, French spacing included.
pub fn field(label: &str, value: &str, lang: crate::scenario::Lang) -> Line {
    let colon = crate::i18n::colon(lang);
    vec![
        Span::Strong(label.to_owned()),
        Span::Text(format!("{colon} {value}")),
    ]
}

/// Plain text as a line.
pub fn text(t: impl Into<String>) -> Line {
    vec![Span::Text(t.into())]
}

/// One block of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The title (one per report).
    Title(String),
    /// A section (level 2) or a subsection (level 3).
    Heading(u8, String),
    /// A paragraph.
    Para(Line),
    /// A bulleted list.
    Bullets(Vec<Line>),
    /// "What to do next": a step written "1. …" is its own marker.
    Steps(Vec<String>),
    /// A table: the header, which columns are numbers (right-aligned), the rows.
    Table {
        /// Column names.
        head: Vec<String>,
        /// Right-aligned columns.
        numeric: Vec<bool>,
        /// The cells.
        rows: Vec<Vec<String>>,
    },
    /// A figure drawn as inline SVG (HTML only: the Markdown has its table).
    Svg(String),
    /// Blanks to fill in by hand.
    Blanks(Vec<String>),
    /// The start of a group kept on one page when printed (a decision).
    KeepStart,
    /// Its end.
    KeepEnd,
}

/// The blocks as Markdown.
pub fn markdown(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks.iter().filter_map(md_block).collect();
    parts.join("\n")
}

fn md_line(line: &[Span]) -> String {
    line.iter()
        .map(|s| match s {
            Span::Text(t) => t.clone(),
            Span::Strong(t) => format!("**{t}**"),
            Span::Em(t) => format!("*{t}*"),
        })
        .collect()
}

fn md_block(block: &Block) -> Option<String> {
    Some(match block {
        Block::Title(t) => format!("# {t}\n"),
        Block::Heading(level, t) => format!("{} {t}\n", "#".repeat(usize::from(*level))),
        Block::Para(line) => format!("{}\n", md_line(line)),
        Block::Bullets(items) => items
            .iter()
            .map(|l| format!("- {}\n", md_line(l)))
            .collect(),
        Block::Steps(items) => items
            .iter()
            .map(|i| {
                let bullet = if numbered(i) { "" } else { "- " };
                format!("{bullet}{i}\n")
            })
            .collect(),
        Block::Table {
            head,
            numeric,
            rows,
        } => {
            let cells = |row: &[String]| {
                let row: Vec<String> = row.iter().map(|c| table_cell(c)).collect();
                format!("| {} |\n", row.join(" | "))
            };
            let rule: Vec<&str> = (0..head.len())
                .map(|i| match numeric.get(i) {
                    Some(true) => "---:",
                    _ => "---",
                })
                .collect();
            let mut md = cells(head);
            md += &format!("| {} |\n", rule.join(" | "));
            for row in rows {
                md += &cells(row);
            }
            md
        }
        Block::Blanks(labels) => labels
            .iter()
            .map(|l| format!("- **{l}** ______________________\n"))
            .collect(),
        Block::Svg(_) | Block::KeepStart | Block::KeepEnd => return None,
    })
}

/// A step written "1. …" is a numbered list already.
fn numbered(item: &str) -> bool {
    item.split_once(". ")
        .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
}

/// A Markdown table cell: a `|` would end the cell and a line break the
/// row, so the scenario's texts cannot break the table.
pub fn table_cell(text: &str) -> String {
    text.trim()
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
}

/// The blocks as the body of an HTML page.
pub fn html(blocks: &[Block]) -> String {
    blocks.iter().map(html_block).collect()
}

fn html_line(line: &[Span]) -> String {
    line.iter()
        .map(|s| match s {
            Span::Text(t) => escape(t),
            Span::Strong(t) => format!("<strong>{}</strong>", escape(t)),
            Span::Em(t) => format!("<em>{}</em>", escape(t)),
        })
        .collect()
}

fn html_block(block: &Block) -> String {
    match block {
        Block::Title(t) => format!("<h1>{}</h1>\n", escape(t)),
        Block::Heading(level, t) => format!("<h{level}>{}</h{level}>\n", escape(t)),
        Block::Para(line) => format!("<p>{}</p>\n", html_line(line)),
        Block::Bullets(items) => {
            let items: String = (items.iter())
                .map(|l| format!("<li>{}</li>\n", html_line(l)))
                .collect();
            format!("<ul>\n{items}</ul>\n")
        }
        Block::Steps(items) => {
            let items: String = (items.iter())
                .map(|i| {
                    let class = if numbered(i) {
                        " class=\"numbered\""
                    } else {
                        ""
                    };
                    format!("<li{class}>{}</li>\n", escape(i))
                })
                .collect();
            format!("<ul class=\"steps\">\n{items}</ul>\n")
        }
        Block::Table {
            head,
            numeric,
            rows,
        } => {
            let cell = |tag: &str, i: usize, text: &str| {
                let class = if numeric.get(i) == Some(&true) {
                    " class=\"num\""
                } else {
                    ""
                };
                format!("<{tag}{class}>{}</{tag}>", escape(text))
            };
            let head: String = (head.iter().enumerate())
                .map(|(i, h)| cell("th", i, h))
                .collect();
            let body: String = rows
                .iter()
                .map(|r| {
                    let cells: String = (r.iter().enumerate())
                        .map(|(i, c)| cell("td", i, c))
                        .collect();
                    format!("<tr>{cells}</tr>\n")
                })
                .collect();
            format!("<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n")
        }
        Block::Svg(svg) => format!("<figure>{svg}</figure>\n"),
        Block::Blanks(labels) => {
            let rows: String = (labels.iter())
                .map(|l| {
                    format!(
                        "<p class=\"blank\"><strong>{}</strong><span></span></p>\n",
                        escape(l)
                    )
                })
                .collect();
            format!("<div class=\"blanks\">\n{rows}</div>\n")
        }
        Block::KeepStart => "<section class=\"keep\">\n".to_owned(),
        Block::KeepEnd => "</section>\n".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_escape_bars_and_line_breaks() {
        assert_eq!(table_cell(" a | b\nc\r\nd "), "a \\| b<br>c<br>d");
        assert_eq!(table_cell("plain"), "plain");
    }

    #[test]
    fn both_forms_say_the_same_and_html_escapes() {
        let blocks = [
            Block::Title("T".into()),
            Block::Para(vec![Span::Strong("<b>".into()), Span::Em("i".into())]),
            Block::Steps(vec!["1. un".into(), "deux".into()]),
            Block::Svg("<svg/>".into()),
        ];
        assert_eq!(markdown(&blocks), "# T\n\n**<b>***i*\n\n1. un\n- deux\n");
        let h = html(&blocks);
        assert!(h.contains("<strong>&lt;b&gt;</strong><em>i</em>"), "{h}");
        assert!(h.contains("<li class=\"numbered\">1. un</li>") && h.contains("<svg/>"));
    }
}
