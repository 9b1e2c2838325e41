//! Look and feel from the settings: theme, text size, motion.

use super::state::{Settings, Theme};
use crate::i18n::labels::key_point;
use crate::i18n::{Msg, tr};
use crate::scenario::{KeyPoint, Lang, Outcome};

/// Applies the settings to the context (cheap; called each frame, egui
/// only repaints on input).
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    let mut visuals = match settings.theme {
        Theme::Light => egui::Visuals::light(),
        Theme::Dark => egui::Visuals::dark(),
        Theme::HighContrast => high_contrast(),
    };
    // A visible keyboard focus in every theme.
    visuals.selection.stroke = egui::Stroke::new(2.0, visuals.selection.stroke.color);
    ctx.set_visuals(visuals);
    if (ctx.zoom_factor() - settings.text_scale).abs() > f32::EPSILON {
        ctx.set_zoom_factor(settings.text_scale);
    }
    let animation = if settings.reduce_motion {
        0.0
    } else {
        1.0 / 12.0
    };
    ctx.global_style_mut(|s| {
        s.animation_time = animation;
        s.spacing.item_spacing = egui::vec2(8.0, 6.0);
        s.spacing.button_padding = egui::vec2(10.0, 6.0);
        s.text_styles
            .insert(egui::TextStyle::Body, egui::FontId::proportional(16.0));
        s.text_styles
            .insert(egui::TextStyle::Button, egui::FontId::proportional(16.0));
        s.text_styles
            .insert(egui::TextStyle::Heading, egui::FontId::proportional(24.0));
        s.text_styles
            .insert(egui::TextStyle::Small, egui::FontId::proportional(13.0));
    });
}

pub(super) fn high_contrast() -> egui::Visuals {
    let mut v = egui::Visuals::dark();
    let white = egui::Color32::WHITE;
    let yellow = egui::Color32::from_rgb(255, 230, 0);
    v.override_text_color = Some(white);
    v.weak_text_color = Some(egui::Color32::from_gray(215));
    v.panel_fill = egui::Color32::BLACK;
    v.window_fill = egui::Color32::BLACK;
    v.extreme_bg_color = egui::Color32::BLACK;
    v.faint_bg_color = egui::Color32::from_gray(20);
    v.hyperlink_color = yellow;
    v.selection.bg_fill = egui::Color32::from_rgb(0, 70, 160);
    v.selection.stroke = egui::Stroke::new(2.0, yellow);
    for w in [&mut v.widgets.inactive, &mut v.widgets.noninteractive] {
        w.bg_stroke = egui::Stroke::new(1.5, white);
        w.fg_stroke = egui::Stroke::new(1.5, white);
        w.weak_bg_fill = egui::Color32::BLACK;
        w.bg_fill = egui::Color32::BLACK;
    }
    for w in [
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.bg_stroke = egui::Stroke::new(3.0, yellow);
        w.fg_stroke = egui::Stroke::new(2.0, yellow);
        w.weak_bg_fill = egui::Color32::from_gray(30);
        w.bg_fill = egui::Color32::from_gray(30);
    }
    v
}

/// "Poser un cadre rassurant +2 (Renforcé)" for each key point a choice
/// moved; the word says it without relying on colour.
pub fn score_chips(ui: &mut egui::Ui, scores: &[Option<i8>; 5], lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        for p in KeyPoint::ALL {
            if let Some(v) = scores[p.index()].filter(|v| *v != 0) {
                let word = if v > 0 { Msg::Raised } else { Msg::Lowered };
                let text = format!("{} {v:+} ({})", key_point(p, lang), tr(word, lang));
                ui.colored_label(delta_color(ui.visuals(), v), text);
            }
        }
    });
}

/// Colour for a score change: raised, lowered.
pub(super) fn delta_color(visuals: &egui::Visuals, value: i8) -> egui::Color32 {
    let dark = visuals.dark_mode;
    match (value > 0, dark) {
        (true, true) => egui::Color32::from_rgb(120, 220, 140),
        (true, false) => egui::Color32::from_rgb(20, 110, 40),
        (false, true) => egui::Color32::from_rgb(255, 150, 130),
        (false, false) => egui::Color32::from_rgb(170, 40, 20),
    }
}

/// Colour of an ending's kind, from the Okabe–Ito palette (told apart
/// with the common colour-vision deficiencies), darker on a light
/// background and lighter on a dark one. Always shown beside the kind in
/// words.
pub fn outcome_color(visuals: &egui::Visuals, outcome: Outcome) -> egui::Color32 {
    let (light, dark) = match outcome {
        Outcome::BondKept => ((0, 120, 86), (0, 190, 140)),
        Outcome::Disclosure => ((0, 90, 160), (86, 180, 233)),
        Outcome::Rupture => ((160, 100, 0), (230, 159, 0)),
        Outcome::AtRisk => ((190, 60, 0), (240, 120, 60)),
    };
    let (r, g, b) = if visuals.dark_mode { dark } else { light };
    egui::Color32::from_rgb(r, g, b)
}

/// A box with a thin border around `inside`, as wide as the room it has
/// (a feedback card, what the room sees in the presenter).
pub fn outlined<R>(ui: &mut egui::Ui, inside: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::Frame::new()
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .inner_margin(10.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            inside(ui)
        })
        .inner
}
