//! Speed of the pedagogical audit (`entretien audit`) on each built-in
//! scenario: the exact analyses of its (beat × state) graph and the
//! sampled two-mistake rule with its default 1,000 runs.
//!
//! Target (issue 15): the whole audit of a built-in under 5 s in a release
//! build.

// criterion_group! generates undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use entretien::engine::audit::{AuditOptions, audit};
use entretien::scenario::library::builtin;
use entretien::scenario::load::Limits;

// The same allocator as the `entretien` binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("audit");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for report in builtin(&Limits::default()) {
        let Some(s) = report.scenario else { continue };
        let options = AuditOptions::default();
        group.bench_with_input(BenchmarkId::from_parameter(&s.meta.id), &s, |b, s| {
            b.iter(|| audit(black_box(s), &options).findings.len())
        });
    }
    group.finish();
}

criterion_group!(audit_benches, benches);
criterion_main!(audit_benches);
