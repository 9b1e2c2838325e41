//! Speed of a jump on the workshop's branch map: from the first beat to the
//! beat of each built-in scenario that takes the most decisions to reach
//! (the breadth-first search over real runs behind a click on the map).
//! Target: under 100 ms (a click that answers at once; it happens once per
//! click, not every frame).

// criterion_group! generates undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use entretien::engine::Workshop;
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;
use entretien::scenario::{Lang, Scenario};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The beat whose jump from the start takes the most decisions.
fn farthest(s: &Scenario) -> (u32, usize) {
    (0..s.beats.len() as u32)
        .filter_map(|b| {
            let mut w = Workshop::new(s, 1, Lang::Fr, 0);
            w.jump(s, b, 0).then(|| (b, w.decisions().len()))
        })
        .max_by_key(|&(_, n)| n)
        .unwrap_or((0, 0))
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("workshop_jump");
    for report in builtin(&Limits::default()) {
        let Some(s) = report.scenario else { continue };
        let (beat, decisions) = farthest(&s);
        let name = format!("{} ({decisions} decisions)", s.meta.id);
        group.bench_with_input(
            BenchmarkId::new("to_farthest_beat", name),
            &beat,
            |b, &beat| {
                b.iter(|| {
                    let mut w = Workshop::new(&s, 1, Lang::Fr, 0);
                    black_box(w.jump(&s, black_box(beat), 0))
                })
            },
        );
    }
    group.finish();
}

criterion_group!(workshop, benches);
criterion_main!(workshop);
