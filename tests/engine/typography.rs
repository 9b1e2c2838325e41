//! French typography holds when egui wraps: laid out with egui's own fonts
//! at every width, no row starts with « ? ! : ; » » or « … » and none ends
//! with « « », the no-break spaces (U+202F, U+00A0) before and inside them
//! holding. egui's layout is patched for it: see vendor/README.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Context, FontId, Galley};

/// Lines as the app shows them: scenario text set with French spacing,
/// a debrief turning point, a labelled notice (U+00A0 as well as U+202F).
const FRENCH: [&str; 5] = [
    "Mais pourquoi tu lui as envoyé ces photos\u{202F}? Tu savais bien qu'il allait les montrer\u{202F}! Franchement\u{202F}: je ne comprends pas\u{202F}; explique-moi\u{202F}?",
    "Décision 11 — «\u{202F}Tu vois bien…\u{202F}». Avec «\u{202F}On en parle quand tu veux\u{202F}», l'entretien se serait terminé par une confiance retrouvée\u{202F}: «\u{202F}D'accord…\u{202F}»",
    "Lui, il dit que c'est son copain\u{202F}; moi je dis que c'est un adulte qui la fait travailler\u{202F}: vous voyez la différence\u{202F}? «\u{202F}Il m'aime\u{202F}», elle répète\u{202F}!",
    "Impossible de reprendre l'entretien (camille-ecole)\u{202F}: cet entretien a été enregistré avec une autre version du scénario «\u{202F}camille-ecole\u{202F}»\u{202F}; recommencez-le",
    "Taille du texte\u{A0}: 150\u{A0}% — Thème\u{A0}: contraste élevé\u{A0}; vous préférez\u{A0}? «\u{A0}Oui\u{A0}» ou «\u{A0}non\u{A0}»\u{A0}!",
];

/// No row may start with these (after the space egui keeps at a row's end).
const NEVER_FIRST: [char; 6] = ['?', '!', ':', ';', '»', '…'];

/// The app's text sizes: small, body, heading.
const SIZES: [f32; 3] = [13.0, 16.0, 24.0];

/// Widths go up by less than the narrowest word, so that a row ends at
/// every place it can.
const WIDTH_STEP: f32 = 3.0;

/// A context whose fonts are ready, as after the app's first frame.
fn context() -> Context {
    let ctx = Context::default();
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear(); // No painter here to hand the font atlas to.
    ctx
}

fn layout(ctx: &Context, text: &str, size: f32, max_width: f32) -> Arc<Galley> {
    let mut job = LayoutJob::single_section(
        text.to_owned(),
        TextFormat::simple(FontId::proportional(size), egui::Color32::WHITE),
    );
    job.wrap = TextWrapping::wrap_at_width(max_width);
    ctx.fonts_mut(|f| f.layout_job(job))
}

/// The widest word, a word being what lies between two ordinary spaces: any
/// narrower width would have to cut a word, which no typography survives.
fn widest_word(ctx: &Context, text: &str, size: f32) -> f32 {
    text.split(' ')
        .map(|word| layout(ctx, word, size, f32::INFINITY).size().x)
        .fold(0.0, f32::max)
}

/// The rows of a galley, as text.
fn rows(galley: &Galley) -> Vec<String> {
    galley
        .rows
        .iter()
        .map(|r| r.glyphs.iter().map(|g| g.chr).collect())
        .collect()
}

/// What is wrong with one wrapped layout, if anything.
fn faults(rows: &[String]) -> Vec<String> {
    let mut faults = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let visible = row.trim();
        if i > 0
            && let Some(first) = visible.chars().next()
            && NEVER_FIRST.contains(&first)
        {
            faults.push(format!("row {i} starts with «{first}»: {row:?}"));
        }
        if i + 1 < rows.len() && visible.ends_with('«') {
            faults.push(format!("row {i} ends with an opening «: {row:?}"));
        }
    }
    faults
}

#[test]
fn no_row_starts_with_a_closing_sign_nor_ends_with_an_opening_guillemet() {
    let ctx = context();
    let (mut checked, mut wrong) = (0, Vec::new());
    for text in FRENCH {
        for size in SIZES {
            let full = layout(&ctx, text, size, f32::INFINITY).size().x;
            let mut width = widest_word(&ctx, text, size).ceil();
            while width < full {
                let rows = rows(&layout(&ctx, text, size, width));
                for fault in faults(&rows) {
                    wrong.push(format!("{size} pt text, {width} pt wide: {fault}"));
                }
                checked += 1;
                width += WIDTH_STEP;
            }
        }
    }
    assert!(checked > 1000, "only {checked} layouts checked");
    assert!(
        wrong.is_empty(),
        "{} faults in {checked} layouts, the first: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(6)]
    );
}

/// The narrow no-break space keeps its gap: narrower than a space, and not
/// gone.
#[test]
fn the_narrow_space_stays_narrow_and_visible() {
    let ctx = context();
    let width = |t: &str| layout(&ctx, t, 16.0, f32::INFINITY).size().x;
    let narrow = width("Quoi\u{202F}?") - width("Quoi?");
    let space = width("Quoi ?") - width("Quoi?");
    assert!(
        narrow > 0.0 && narrow < space,
        "narrow {narrow}, space {space}"
    );
}
