//! One frame of the workshop with the branch map open, on synthetic
//! scenarios of 50 beats, of 1,000 (the beat limit, `Limits::max_beats`)
//! and of 5,000 (over it, as `--max-beats` allows). The map draws and
//! makes widgets only of what is in sight, so a large one should cost
//! about what a small one does. Target (issue 19): well under 16 ms, a
//! frame at 60 Hz.
//!
//! `map_layout` is the layout, made once per scenario and kept: its cost
//! at the limit is a pause when the map first opens.
//!
//! The frame is egui_kittest's (the whole app's UI, its shapes and its
//! accessibility tree, no GPU): what the app does before the renderer.
//! The layout is made by the first frame and kept, as in the app.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use entretien::app::App;
use entretien::app::state::{AppState, Command, Mode, Screen, Setup, WorkshopCommand};
use entretien::scenario::check::check_source;
use entretien::scenario::layout::layout;
use entretien::scenario::load::Limits;
use entretien::store::Settings;
use entretien::synth::scenario_source;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The default limits, with room for the scenario over the beat limit.
fn limits() -> Limits {
    Limits {
        max_beats: usize::MAX,
        ..Limits::default()
    }
}

/// The app in a workshop of a synthetic scenario of `beats` beats, the
/// map open, after its first frame.
fn workshop_map(beats: usize) -> Harness<'static, App> {
    let src = scenario_source(beats, 3);
    let report = check_source(&src, "synth.ron", None, &limits());
    assert!(report.scenario.is_some(), "{:?}", report.first_error());
    let mut state = AppState::new(Setup {
        entries: vec![report],
        store: None,
        user_scenarios: None,
        settings: Settings::default(),
        seed: 3,
        clock_ms: Box::new(|| 0),
    });
    for cmd in [
        Command::SetMode(Mode::Workshop),
        Command::OpenBriefing("synth".into()),
        Command::Start,
        Command::Workshop(WorkshopCommand::ToggleMap),
    ] {
        state.handle(cmd);
    }
    assert!(matches!(state.screen, Screen::Workshop(_)));
    assert!(state.workshop_view.map_open);
    let app = App::new(state);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |_cc| app);
    h.run();
    h
}

fn map_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("map_frame");
    for beats in [50, 1_000, 5_000] {
        let mut h = workshop_map(beats);
        group.bench_function(BenchmarkId::new("workshop", beats), |b| b.iter(|| h.step()));
    }
    group.finish();
    let mut group = c.benchmark_group("map_layout");
    group.sample_size(10);
    for beats in [500, 1_000, 5_000] {
        let src = scenario_source(beats, 3);
        let report = check_source(&src, "synth.ron", None, &limits());
        let s = report.scenario.unwrap();
        group.bench_function(BenchmarkId::new("synth", beats), |b| b.iter(|| layout(&s)));
    }
    group.finish();
}

criterion_group!(benches, map_frame);
criterion_main!(benches);
