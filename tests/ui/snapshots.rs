//! Image snapshots of every screen, light and dark, rendered with wgpu on
//! lavapipe (Mesa's software Vulkan): `cargo test --features snapshots
//! --test snapshots`, run by `make test`. Accept a deliberate change with
//! `UPDATE_SNAPSHOTS=1` and look at the new PNGs in `tests/snapshots/`.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, harness, template};
use egui_kittest::Harness;
use entretien::app::App;
use entretien::app::state::{Command, Mode, Settings, Theme, WorkshopCommand};
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
        go(&mut h, Command::ToggleResources);
        // The workshop on one screen: the room view alone, votes in, the
        // scores revealed side by side, the reply to the room's answer
        // (and the presenter beside it, F2), the ending in two pages.
        go(&mut h, Command::SetMode(Mode::Workshop));
        go(&mut h, Command::OpenBriefing("template".into()));
        go(&mut h, Command::Start);
        go(
            &mut h,
            Command::Workshop(WorkshopCommand::ToggleAudienceWindow),
        );
        for answer in [0, 1, 1] {
            let vote = WorkshopCommand::Vote { answer, delta: 1 };
            go(&mut h, Command::Workshop(vote));
        }
        h.snapshot(format!("workshop_{name}"));
        go(&mut h, Command::Workshop(WorkshopCommand::ToggleReveal));
        h.snapshot(format!("workshop_revealed_{name}"));
        go(&mut h, Command::Workshop(WorkshopCommand::Next));
        h.snapshot(format!("workshop_outcome_{name}"));
        go(&mut h, Command::Workshop(WorkshopCommand::TogglePresenter));
        h.snapshot(format!("workshop_presenter_{name}"));
        go(&mut h, Command::Workshop(WorkshopCommand::TogglePresenter));
        // The room's answer ends the interview: the ending, then what to do next.
        go(&mut h, Command::Workshop(WorkshopCommand::Next));
        h.snapshot(format!("workshop_ending_{name}"));
        go(&mut h, Command::Workshop(WorkshopCommand::Next));
        h.snapshot(format!("workshop_next_steps_{name}"));
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
