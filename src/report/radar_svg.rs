//! The profile as a five-axis radar drawn in inline SVG: this run over
//! what good practice reaches on the scenario, with the key points' names
//! on the axes and a legend. Drawn in ink that prints in grey scale too
//! (a solid line over a dashed one).

use std::fmt::Write as _;

use super::html::escape;
use crate::i18n::labels::key_point;
use crate::i18n::{Msg, tr};
use crate::scenario::{KeyPoint, Lang};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 440.0;
const CX: f64 = 320.0;
const CY: f64 = 210.0;
const RADIUS: f64 = 140.0;
/// Characters per line of an axis label.
const LABEL_WIDTH: usize = 20;

/// One polygon of the radar.
pub struct Series<'a> {
    /// Its name in the legend.
    pub name: &'a str,
    /// 0–100 per key point, in [`KeyPoint::ALL`] order (`None`: not tested).
    pub scores: [Option<u8>; 5],
}

/// The point at `value` (0–100) on axis `k`; the first axis points up.
fn at(k: usize, value: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + k as f64 * std::f64::consts::TAU / 5.0;
    let r = RADIUS * value / 100.0;
    (CX + r * angle.cos(), CY + r * angle.sin())
}

fn points(values: impl Iterator<Item = f64>) -> String {
    let pts: Vec<String> = values
        .enumerate()
        .map(|(k, v)| {
            let (x, y) = at(k, v);
            format!("{x:.1},{y:.1}")
        })
        .collect();
    pts.join(" ")
}

/// Words cut into lines of at most [`LABEL_WIDTH`] characters.
fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= LABEL_WIDTH => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The radar of `run` over `reference`, titled `title`.
pub fn radar(title: &str, run: &Series<'_>, reference: &Series<'_>, lang: Lang) -> String {
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"img\" aria-labelledby=\"radar-title\" \
         font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\">\n\
         <title id=\"radar-title\">{}</title>\n",
        escape(title)
    );
    // Rings at 25, 50, 75 and 100, then the axes.
    for ring in [25.0, 50.0, 75.0, 100.0] {
        let _ = writeln!(
            svg,
            "<polygon points=\"{}\" fill=\"none\" stroke=\"#c4c4c4\" stroke-width=\"1\"/>",
            points(std::iter::repeat_n(ring, 5))
        );
    }
    for k in 0..5 {
        let (x, y) = at(k, 100.0);
        let _ = writeln!(
            svg,
            "<line x1=\"{CX}\" y1=\"{CY}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#c4c4c4\"/>"
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#666\">100</text>",
        CX + 8.0,
        CY - RADIUS + 16.0
    );
    let value = |s: Option<u8>| f64::from(s.unwrap_or(0));
    let _ = writeln!(
        svg,
        "<polygon points=\"{}\" fill=\"#9aa5b1\" fill-opacity=\"0.18\" stroke=\"#59636e\" \
         stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
        points(reference.scores.iter().map(|s| value(*s)))
    );
    let _ = writeln!(
        svg,
        "<polygon points=\"{}\" fill=\"#1f6fb2\" fill-opacity=\"0.28\" stroke=\"#1f5d96\" \
         stroke-width=\"3\"/>",
        points(run.scores.iter().map(|s| value(*s)))
    );
    for (k, s) in run.scores.iter().enumerate() {
        let (x, y) = at(k, value(*s));
        let _ = writeln!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"#1f5d96\"/>"
        );
    }
    for (k, point) in KeyPoint::ALL.iter().enumerate() {
        axis_label(&mut svg, k, *point, run.scores[k], lang);
    }
    legend(&mut svg, run.name, reference.name);
    svg.push_str("</svg>");
    svg
}

/// A key point's name at the end of its axis, with this run's score.
fn axis_label(svg: &mut String, k: usize, point: KeyPoint, score: Option<u8>, lang: Lang) {
    let (x, y) = at(k, 118.0);
    let anchor = if (x - CX).abs() < 1.0 {
        "middle"
    } else if x > CX {
        "start"
    } else {
        "end"
    };
    let mut lines = wrap(key_point(point, lang));
    lines.push(score.map_or_else(
        || tr(Msg::NotTested, lang).to_owned(),
        |v| format!("{v}/100"),
    ));
    // The top label grows upwards, the others downwards from their axis.
    let first_y = if k == 0 {
        y - 16.0 * (lines.len() as f64 - 1.0)
    } else {
        y + 4.0
    };
    let _ = write!(
        svg,
        "<text x=\"{x:.1}\" y=\"{first_y:.1}\" text-anchor=\"{anchor}\" fill=\"#1a1a1a\">"
    );
    let last = lines.len() - 1;
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { 16.0 };
        let weight = if i == last {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = write!(
            svg,
            "<tspan x=\"{x:.1}\" dy=\"{dy}\"{weight}>{}</tspan>",
            escape(line)
        );
    }
    svg.push_str("</text>\n");
}

/// The two series' names under the radar, each beside its line style.
fn legend(svg: &mut String, run: &str, reference: &str) {
    let y = HEIGHT - 22.0;
    let _ = writeln!(
        svg,
        "<line x1=\"40\" y1=\"{y}\" x2=\"80\" y2=\"{y}\" stroke=\"#1f5d96\" stroke-width=\"3\"/>\
         <text x=\"88\" y=\"{:.1}\">{}</text>",
        y + 4.0,
        escape(run)
    );
    let _ = writeln!(
        svg,
        "<line x1=\"340\" y1=\"{y}\" x2=\"380\" y2=\"{y}\" stroke=\"#59636e\" stroke-width=\"2\" \
         stroke-dasharray=\"6 4\"/><text x=\"388\" y=\"{:.1}\">{}</text>",
        y + 4.0,
        escape(reference)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_radar_names_every_axis_and_both_series() {
        let run = Series {
            name: "Cette tentative",
            scores: [Some(50), None, Some(100), Some(0), Some(75)],
        };
        let best = Series {
            name: "Bonne pratique",
            scores: [Some(100); 5],
        };
        let svg = radar("Profil", &run, &best, Lang::Fr);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        for name in ["Poser un cadre", "Ne pas juger", "temporalité"] {
            assert!(svg.contains(name), "{name} in {svg}");
        }
        assert!(svg.contains("non testé") && svg.contains("50/100"));
        assert!(svg.contains("Cette tentative") && svg.contains("Bonne pratique"));
        assert_eq!(svg.matches("<polygon").count(), 6, "4 rings, 2 series");
    }

    #[test]
    fn labels_wrap_at_word_boundaries() {
        assert_eq!(
            wrap("5. Respecter la temporalité du jeune"),
            ["5. Respecter la", "temporalité du jeune"]
        );
    }
}
