//! `entretien graph`: beats and endings as Graphviz or Mermaid.

use std::io::Write;
use std::process::ExitCode;

use super::{GraphFormat, exit};
use crate::i18n::labels::outcome;
use crate::scenario::model::Target;
use crate::scenario::{Lang, Scenario};

/// Prints the graph.
pub fn run(
    s: &Scenario,
    format: GraphFormat,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let node = |t: Target| match t {
        Target::Beat(b) => format!("b_{}", s.beat(b).id.replace('-', "_")),
        Target::Ending(e) => format!("e_{}", s.endings[e as usize].id.replace('-', "_")),
    };
    match format {
        GraphFormat::Dot => writeln!(out, "digraph \"{}\" {{\n  rankdir=LR;", s.meta.id)?,
        GraphFormat::Mermaid => writeln!(out, "flowchart LR")?,
    }
    for (i, e) in s.endings.iter().enumerate() {
        let label = format!("{} ({})", e.id, outcome(e.kind, lang));
        let n = node(Target::Ending(i as u32));
        match format {
            GraphFormat::Dot => writeln!(out, "  {n} [label=\"{label}\", shape=doubleoctagon];")?,
            GraphFormat::Mermaid => writeln!(out, "  {n}([\"{label}\"])")?,
        }
    }
    for (i, beat) in s.beats.iter().enumerate() {
        let from = node(Target::Beat(i as u32));
        match format {
            GraphFormat::Dot => writeln!(out, "  {from} [label=\"{}\", shape=box];", beat.id)?,
            GraphFormat::Mermaid => writeln!(out, "  {from}[\"{}\"]", beat.id)?,
        }
        for c in &beat.choices {
            for t in c.next.targets() {
                let to = node(t);
                match format {
                    GraphFormat::Dot => writeln!(out, "  {from} -> {to} [label=\"{}\"];", c.key)?,
                    GraphFormat::Mermaid => writeln!(out, "  {from} -->|{}| {to}", c.key)?,
                }
            }
        }
    }
    if format == GraphFormat::Dot {
        writeln!(out, "}}")?;
    }
    Ok(ExitCode::from(exit::OK))
}
