//! Speed of the three hot paths on synthetic scenarios of 1k, 10k and 100k
//! beats: `load` (RON text → raw model), `check` (compile + graph analysis
//! of the parsed file), `check_source` (both, what `entretien check` does),
//! and `simulate` (random runs, then runs taking the best answers, reported
//! in decisions per second).
//!
//! Targets (issue 2): check of 10k beats ≤ 100 ms; 100k ≤ 12 × 10k;
//! simulate ≥ 1,000,000 decisions/s on one core.

// criterion_group! generates undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use entretien::engine::{Plan, Policy, simulate};
use entretien::scenario::check::check_source;
use entretien::scenario::compile::compile;
use entretien::scenario::graph::analyse;
use entretien::scenario::load::{Limits, parse};
use entretien::synth::scenario_source;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

// The same allocator as the `entretien` binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn limits() -> Limits {
    Limits {
        max_bytes: u64::MAX,
        max_beats: usize::MAX,
        ..Limits::default()
    }
}

fn benches(c: &mut Criterion) {
    let limits = limits();
    for beats in SIZES {
        let src = scenario_source(beats, 7);
        let mut group = c.benchmark_group("scenario");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(if beats >= 100_000 { 30 } else { 8 }));
        group.throughput(Throughput::Bytes(src.len() as u64));
        group.bench_with_input(BenchmarkId::new("load", beats), &src, |b, src| {
            b.iter(|| parse(black_box(src), "synth", &limits).map(|_| ()))
        });
        // The input of each check is parsed afresh, as `entretien check`
        // does, rather than cloned: a clone leaves a small scenario hot in
        // the cache and a large one cold, which is not how the tool runs.
        group.bench_with_input(BenchmarkId::new("check", beats), &src, |b, src| {
            b.iter_batched(
                || parse(src, "synth", &limits).ok(),
                // The scenario is returned so that criterion frees it after
                // timing: freeing memory is not checking.
                |raw| {
                    raw.map(|raw| {
                        let (scenario, _) = compile(raw, "synth", None, 0);
                        let summary = scenario
                            .as_ref()
                            .map(|s| analyse(s, limits.max_states, true).1);
                        (scenario, summary)
                    })
                },
                criterion::BatchSize::LargeInput,
            )
        });
        group.bench_with_input(BenchmarkId::new("check_source", beats), &src, |b, src| {
            b.iter(|| {
                check_source(black_box(src), "synth", None, &limits)
                    .problems
                    .len()
            })
        });
        group.finish();

        if let Some(s) = check_source(&src, "synth", None, &limits).scenario {
            let runs = 10_000;
            let mut group = c.benchmark_group("simulate");
            group.sample_size(10);
            // `decisions` is the random policy (its name predates the others).
            for (name, policy) in [("decisions", Policy::Random), ("best", Policy::Best)] {
                let decisions = simulate(&s, runs, 1, Plan::of(policy)).decisions;
                group.throughput(Throughput::Elements(decisions));
                group.bench_with_input(BenchmarkId::new(name, beats), &s, |b, s| {
                    b.iter(|| simulate(black_box(s), runs, 1, Plan::of(policy)).decisions)
                });
            }
            group.finish();
        }
    }
}

criterion_group!(engine, benches);
criterion_main!(engine);
