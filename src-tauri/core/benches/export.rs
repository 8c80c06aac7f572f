//! `make bench`: rendering a casusoverzicht of about 6 and about 30 pages (layout, font
//! subsetting and PDF serialisation; target for 6 pages: under 50 ms in a release build).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/export/sample.rs"]
mod sample;

use criterion::{Criterion, criterion_group, criterion_main};
use ibis_core::export::case_overview::{self, CaseOverviewData};
use ibis_core::export::{RenderInfo, render_pdf};
use std::hint::black_box;
use std::time::Duration;

fn info() -> RenderInfo {
    RenderInfo {
        printed_on: "23-11-2026".into(),
        app_version: env!("CARGO_PKG_VERSION").into(),
        created_unix: 1_795_424_400,
    }
}

/// The synthetic casus whose rendering comes closest to `pages` pages.
fn with_pages(pages: usize) -> (CaseOverviewData, usize) {
    (0..=12)
        .map(|cycles| {
            let data = sample::overview(cycles);
            let rendered = render_pdf(&case_overview::build(&data), &info()).unwrap();
            (data, rendered.pages)
        })
        .min_by_key(|(_, rendered)| rendered.abs_diff(pages))
        .unwrap()
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    for target in [6, 30] {
        let (data, pages) = with_pages(target);
        eprintln!("casusoverzicht for ~{target} pages: {pages} pages");
        group.bench_function(format!("casusoverzicht_{pages}_pages"), |b| {
            b.iter(|| {
                let document = case_overview::build(black_box(&data));
                black_box(render_pdf(&document, &info()).unwrap())
            });
        });
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
