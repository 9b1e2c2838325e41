//! Image snapshots of every screen, light and dark, rendered with wgpu on
//! lavapipe (Mesa's software Vulkan): `cargo test --features snapshots
//! --test snapshots`, run by `make test`. Accept a deliberate change with
//! `UPDATE_SNAPSHOTS=1` and look at the new PNGs in `tests/snapshots/`.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{app, harness, template};
use egui_kittest::Harness;
use entretien::app::App;
use entretien::app::state::{Command, Settings, Theme};
use entretien::scenario::Lang;

fn themed(h: &mut Harness<'_, App>, theme: Theme) {
    let settings = Settings {
        theme,
        ..h.state().state.settings.clone()
    };
    h.state_mut().state.handle(Command::SetSettings(settings));
    h.run();
}

fn go(h: &mut Harness<'_, App>, cmd: Command) {
    h.state_mut().state.handle(cmd);
    h.run();
}

/// One harness per test: kittest gathers the snapshot results of a harness.
fn every_screen(theme: Theme, name: &str) {
    {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(app(dir.path(), vec![template()], Lang::Fr));
        themed(&mut h, theme);
        h.snapshot(format!("library_{name}"));
        go(&mut h, Command::OpenBriefing("template".into()));
        h.snapshot(format!("briefing_{name}"));
        go(&mut h, Command::Start);
        go(&mut h, Command::Choose(0));
        h.snapshot(format!("interview_{name}"));
        while matches!(
            h.state().state.screen,
            entretien::app::state::Screen::Interview(_)
        ) {
            h.key_press(egui::Key::Num1);
            h.run();
        }
        h.snapshot(format!("debrief_{name}"));
        go(&mut h, Command::OpenHistory);
        h.snapshot(format!("history_{name}"));
        go(&mut h, Command::OpenSettings);
        h.snapshot(format!("settings_{name}"));
        go(&mut h, Command::ToggleResources);
        assert!(h.state().state.resources_open);
        h.snapshot(format!("resources_{name}"));
    }
}

#[test]
fn every_screen_light() {
    every_screen(Theme::Light, "light");
}

#[test]
fn every_screen_dark() {
    every_screen(Theme::Dark, "dark");
}
