//! First frame of the app against a bare eframe window, on this machine.
//!
//! Runs each variant several times in a child process (a winit event loop
//! cannot be created twice in one process) and prints the median time from
//! process start to the start of the second frame, i.e. once the first
//! frame has been drawn. Needs a display (Xvfb is fine); without one it says
//! so and exits. Target (issues 3 and 20): app ≤ 1.25 × bare, with the
//! three built-ins and with six (three copies under other ids, their voices
//! beside them, as a trainer's own scenarios would be).

// A bench binary, not library code.
#![allow(missing_docs, clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 9;
const MODE_VAR: &str = "ENTRETIEN_FIRST_FRAME_MODE";
/// The folder of the three more scenarios, for the mode `six`.
const EXTRA_VAR: &str = "ENTRETIEN_FIRST_FRAME_EXTRA";

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
    let with_app = mode != "bare";
    let extra: Vec<PathBuf> = std::env::var_os(EXTRA_VAR)
        .map(PathBuf::from)
        .into_iter()
        .collect();
    // As `entretien::app::run` does: the library is read while the window opens.
    let starting = with_app.then(|| entretien::app::Starting::now(&extra));
    let result = eframe::run_native(
        "first-frame-probe",
        options,
        Box::new(move |cc| {
            let app = starting.map(|s| entretien::app::App::from_creation(cc, s));
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

/// Three more scenarios in `dir`: copies of the built-ins under other ids,
/// each with its voices beside it (`<id>/audio/` linked to the built-in's).
fn three_more(dir: &Path) -> std::io::Result<()> {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/audio");
    for (file, src) in entretien::scenario::library::BUILTIN {
        let id = file.trim_end_matches(".ron");
        let copy = format!("{id}-copie");
        let text = src.replacen(&format!("id: \"{id}\""), &format!("id: \"{copy}\""), 1);
        std::fs::write(dir.join(format!("{copy}.ron")), text)?;
        std::fs::create_dir_all(dir.join(&copy))?;
        #[cfg(unix)]
        std::os::unix::fs::symlink(assets.join(id), dir.join(&copy).join("audio"))?;
    }
    Ok(())
}

/// One run of `mode` in a child process: its time to the first frame.
fn once(mode: &str, extra: Option<&Path>, data: &Path) -> Option<f64> {
    let exe = std::env::current_exe().ok()?;
    let mut command = Command::new(&exe);
    command.env(MODE_VAR, mode).env("ENTRETIEN_DATA_DIR", data);
    if let Some(dir) = extra {
        command.env(EXTRA_VAR, dir);
    }
    let out = command.output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn median(mut times: Vec<f64>) -> Option<f64> {
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
    let (Ok(data), Ok(extra)) = (tempfile::tempdir(), tempfile::tempdir()) else {
        println!("first_frame: no temporary folder");
        return;
    };
    if let Err(e) = three_more(extra.path()) {
        println!("first_frame: the three more scenarios could not be written: {e}");
        return;
    }
    let (data, extra) = (data.path(), extra.path());
    // Side by side, interleaved, so that a busy moment of the machine
    // weighs on each alike.
    let mut times: [Vec<f64>; 3] = Default::default();
    for _ in 0..RUNS {
        let runs = [("bare", None), ("app", None), ("six", Some(extra))];
        for (kept, (mode, folder)) in times.iter_mut().zip(runs) {
            kept.extend(once(mode, folder, data));
        }
    }
    let [bare, three, six] = times.map(median);
    match (bare, three, six) {
        (Some(bare), Some(three), Some(six)) => {
            println!(
                "first frame, median of {RUNS}: bare eframe {bare:.1} ms; Entretien, 3 scenarios {three:.1} ms (ratio {:.2}), 6 scenarios {six:.1} ms (ratio {:.2}); target ≤ 1.25",
                three / bare,
                six / bare
            );
        }
        _ => println!("first_frame: a window could not be opened"),
    }
}
