//! `make bench`: rendering a casusoverzicht of 6 and of 30 pages (layout, font
//! subsetting and PDF serialisation; target for 6 pages: under 50 ms in a release build), and a
//! rich printed OPP of 6 pages (issue 9: under 20 ms in a release build), and the TLV dossier
//! of a typical demo pupil bundled with two 20-page attachments (issue 10: render and bundle
//! within 200 ms in a release build; `cargo bench -p ibis-core --bench export -- tlv`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/export/opp_sample.rs"]
mod opp_sample;
#[path = "../tests/export/sample.rs"]
mod sample;
#[path = "../tests/export/tlv_sample.rs"]
mod tlv_sample;

use criterion::{Criterion, criterion_group, criterion_main};
use ibis_core::export::case_overview::{self, CaseOverviewData};
use ibis_core::export::opp::{self, OppDocumentData};
use ibis_core::export::tlv_dossier;
use ibis_core::export::{RenderInfo, render_pdf};
use ibis_core::template::Template;
use std::hint::black_box;
use std::time::Duration;

fn info() -> RenderInfo {
    RenderInfo {
        printed_on: "23-11-2026".into(),
        app_version: env!("CARGO_PKG_VERSION").into(),
        created_unix: 1_795_424_400,
    }
}

fn pages_of(data: &CaseOverviewData) -> usize {
    render_pdf(&case_overview::build(data), &info())
        .unwrap()
        .pages
}

/// A synthetic casus of exactly `pages` pages: whole cycles first, then timeline rows.
fn with_pages(pages: usize) -> CaseOverviewData {
    let cycles = (0..=20)
        .take_while(|cycles| pages_of(&sample::overview(*cycles)) <= pages)
        .last()
        .unwrap_or(0);
    let mut data = sample::overview(cycles);
    let filler = data.timeline[0].clone();
    while pages_of(&data) < pages {
        data.timeline.push(filler.clone());
    }
    assert_eq!(
        pages_of(&data),
        pages,
        "no synthetic casus of exactly {pages} pages"
    );
    data
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    for target in [6, 30] {
        let data = with_pages(target);
        group.bench_function(format!("casusoverzicht_{target}_pages"), |b| {
            b.iter(|| {
                let document = case_overview::build(black_box(&data));
                black_box(render_pdf(&document, &info()).unwrap())
            });
        });
    }
    let template = Template::landelijk().unwrap();
    let data = opp_with_pages(6, &template);
    group.bench_function("opp_6_pages", |b| {
        b.iter(|| {
            let document = opp::build(black_box(&data), &template);
            black_box(render_pdf(&document, &info()).unwrap())
        });
    });
    let dossier = tlv_sample::typical_with(20);
    group.bench_function("tlv_dossier_two_20_page_attachments", |b| {
        b.iter(|| black_box(tlv_dossier::build(black_box(&dossier), &template, &info()).unwrap()));
    });
    group.finish();
}

/// A rich vastgesteld OPP of exactly `pages` pages: every list of the plan filled, repeated.
fn opp_with_pages(pages: usize, template: &Template) -> OppDocumentData {
    let pages_of = |data: &OppDocumentData| {
        render_pdf(&opp::build(data, template), &info())
            .unwrap()
            .pages
    };
    (1..=10)
        .map(opp_sample::established_with)
        .find(|data| pages_of(data) == pages)
        .unwrap_or_else(|| panic!("no synthetic OPP of exactly {pages} pages"))
}

criterion_group!(benches, render);
criterion_main!(benches);
