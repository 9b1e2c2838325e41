//! First frame of the app against a bare eframe window, on this machine.
//!
//! Runs each variant several times in a child process (a winit event loop
//! cannot be created twice in one process) and prints the median time from
//! process start to the start of the second frame, i.e. once the first
//! frame has been drawn. Needs a display (Xvfb is fine); without one it says
//! so and exits. Target (issue 3): app ≤ 1.25 × bare.

// A bench binary, not library code.
#![allow(missing_docs, clippy::print_stdout)]

use std::process::Command;
use std::time::Instant;

const RUNS: usize = 9;
const MODE_VAR: &str = "ENTRETIEN_FIRST_FRAME_MODE";

struct Probe {
    app: Option<entretien::app::App>,
    start: Instant,
    frames: u32,
}

impl eframe::App for Probe {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.frames == 2 {
            println!("{}", self.start.elapsed().as_secs_f64() * 1000.0);
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        match &mut self.app {
            Some(app) => eframe::App::ui(app, ui, frame),
            None => {
                egui::CentralPanel::default().show(ui, |ui| ui.label("bare"));
            }
        }
        ui.ctx().request_repaint();
    }
}

fn child(mode: &str) {
    let start = Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1100.0, 760.0]),
        persist_window: false,
        ..Default::default()
    };
    let with_app = mode == "app";
    let result = eframe::run_native(
        "first-frame-probe",
        options,
        Box::new(move |cc| {
            let app = with_app.then(|| entretien::app::App::from_creation(cc, &[]));
            Ok(Box::new(Probe {
                app,
                start,
                frames: 0,
            }))
        }),
    );
    if let Err(e) = result {
        eprintln!("{e}");
        std::process::exit(2);
    }
}

fn median(mode: &str) -> Option<f64> {
    let exe = std::env::current_exe().ok()?;
    let mut times: Vec<f64> = (0..RUNS)
        .filter_map(|_| {
            let out = Command::new(&exe).env(MODE_VAR, mode).output().ok()?;
            String::from_utf8_lossy(&out.stdout).trim().parse().ok()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times.get(times.len() / 2).copied()
}

fn main() {
    if let Ok(mode) = std::env::var(MODE_VAR) {
        child(&mode);
        return;
    }
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!(
            "first_frame: no display, skipped (run under Xvfb: xvfb-run cargo bench --bench first_frame)"
        );
        return;
    }
    match (median("bare"), median("app")) {
        (Some(bare), Some(app)) => {
            println!(
                "first frame, median of {RUNS}: bare eframe {bare:.1} ms, Entretien {app:.1} ms, ratio {:.2} (target ≤ 1.25)",
                app / bare
            );
        }
        _ => println!("first_frame: a window could not be opened"),
    }
}
