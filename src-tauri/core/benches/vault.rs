//! `make bench`: how long unlocking takes with the calibrated Argon2id parameters, whether
//! 200 MB of attachments slow unlock down (they must not: within 10% of an empty vault), and how
//! long listing and searching 10,000 pupils takes on a real SQLCipher vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use ibis_core::clock::SystemClock;
use ibis_core::usecases::demo::{self, DemoRequest};
use ibis_core::usecases::pupils::{self, ListPupilsRequest};
use ibis_core::usecases::vault::{self, CreateVaultRequest};
use ibis_core::vault::KdfParams;
use std::hint::black_box;
use std::time::Duration;

const PASSPHRASE: &str = "benchmark-wachtwoord";

fn request() -> CreateVaultRequest {
    CreateVaultRequest {
        passphrase: PASSPHRASE.into(),
        passphrase_repeat: PASSPHRASE.into(),
    }
}

fn unlock(c: &mut Criterion) {
    let clock = SystemClock::new();
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("vault");
    let (store, _) = vault::create(&dir, &clock, &request()).unwrap();
    store.close().unwrap();
    let params = ibis_core::vault::passphrase_params(&dir).unwrap();
    eprintln!(
        "calibrated Argon2id: {} MiB, {} passes, {} lane(s)",
        params.memory_kib / 1024,
        params.iterations,
        params.parallelism
    );
    let mut group = c.benchmark_group("vault");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function(
        "unlock (calibrated Argon2id + SQLCipher open, checks, close)",
        |b| {
            b.iter(|| {
                let store = vault::unlock(&dir, &clock, black_box(PASSPHRASE), &[]).unwrap();
                store.close().unwrap();
            })
        },
    );
    group.finish();
}

/// A vault with one pupil and `megabytes` of attachments (valid PNGs of about 40 MB each, the
/// largest kind a school scans), at the Argon2id floor so SQLCipher's share of unlock is as
/// large as it gets.
fn vault_with_attachments(dir: &std::path::Path, megabytes: usize) {
    use ibis_core::domain::attachment::AttachmentKind;
    use ibis_core::usecases::attachments::{self, AttachmentInput};
    let clock = SystemClock::new();
    let (mut store, _) =
        vault::create_with_params(dir, &clock, &request(), KdfParams::FLOOR).unwrap();
    let pupil = pupils::create(
        &mut store,
        &clock,
        pupils::PupilInput {
            first_name: "Sanne".into(),
            surname_prefix: None,
            last_name: "Bank".into(),
            birth_date: "2016-05-09".into(),
            education_type: ibis_core::domain::pupil::EducationType::Po,
            grade: 5,
            school: "De Regenboog".into(),
            contact_person: None,
            notes: None,
        },
    )
    .unwrap()
    .pupil
    .id;
    let input = AttachmentInput {
        title: "Scan",
        kind: AttachmentKind::Scan,
        document_date: None,
        source: None,
    };
    // 3651 × 3651 RGB, stored uncompressed: 40.0 MB.
    let scan = ibis_core::usecases::demo::attachments::png(3651, 3651, [240, 240, 230]);
    for _ in 0..megabytes.div_ceil(40) {
        attachments::add_bytes(&mut store, &clock, &pupil, "scan.png", &scan, &input).unwrap();
    }
    store.close().unwrap();
}

fn unlock_with_attachments(c: &mut Criterion) {
    let clock = SystemClock::new();
    let temp = tempfile::tempdir().unwrap();
    let empty = temp.path().join("empty");
    let full = temp.path().join("full");
    vault_with_attachments(&empty, 0);
    vault_with_attachments(&full, 200);
    let size = std::fs::metadata(full.join(ibis_core::vault::ATTACHMENT_FILE))
        .unwrap()
        .len();
    eprintln!("attachment file: {} MB", size / 1_000_000);
    interleaved_medians(&clock, &empty, &full);
    let mut group = c.benchmark_group("unlock_attachments");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    for (name, dir) in [("empty vault", &empty), ("200 MB of attachments", &full)] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let store = vault::unlock(dir, &clock, black_box(PASSPHRASE), &[]).unwrap();
                store.close().unwrap();
            })
        });
    }
    group.finish();
    // For contrast: reading every page of 200 MB, which is what unlock would cost if the bytes
    // lived in `ibis.db` (here `vault check`: both integrity checks and every sha256).
    let mut store = vault::unlock(&full, &clock, PASSPHRASE, &[]).unwrap();
    let mut contrast = c.benchmark_group("unlock_attachments_contrast");
    contrast
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    contrast.bench_function("vault check over 200 MB of attachments", |b| {
        b.iter(|| black_box(vault::check(&mut store, &full).unwrap()))
    });
    contrast.finish();
    store.close().unwrap();
}

/// Unlocks the two vaults alternately and prints the median of each: on a shared machine the
/// load drifts during criterion's back-to-back runs, and alternating cancels that drift.
fn interleaved_medians(clock: &SystemClock, empty: &std::path::Path, full: &std::path::Path) {
    let time = |dir: &std::path::Path| {
        let start = std::time::Instant::now();
        let store = vault::unlock(dir, clock, black_box(PASSPHRASE), &[]).unwrap();
        store.close().unwrap();
        start.elapsed()
    };
    let (mut empty_times, mut full_times) = (Vec::new(), Vec::new());
    // ABBA order, so neither vault always goes first.
    for round in 0..60 {
        if round % 2 == 0 {
            empty_times.push(time(empty));
            full_times.push(time(full));
        } else {
            full_times.push(time(full));
            empty_times.push(time(empty));
        }
    }
    empty_times.sort();
    full_times.sort();
    let (empty_median, full_median) = (empty_times[30], full_times[30]);
    eprintln!(
        "interleaved unlock medians (60 pairs, ABBA): empty {:.1} ms, 200 MB of attachments \
         {:.1} ms, ratio {:.3}",
        empty_median.as_secs_f64() * 1000.0,
        full_median.as_secs_f64() * 1000.0,
        full_median.as_secs_f64() / empty_median.as_secs_f64()
    );
}

fn pupils_10k(c: &mut Criterion) {
    let clock = SystemClock::new();
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("vault");
    let (mut store, _) =
        vault::create_with_params(&dir, &clock, &request(), KdfParams::FLOOR).unwrap();
    demo::generate(
        &mut store,
        &clock,
        &ibis_core::template::Template::landelijk().unwrap(),
        &DemoRequest {
            pupils: 10_000,
            seed: 1,
        },
    )
    .unwrap();
    let mut group = c.benchmark_group("pupils_10k");
    group.bench_function("list all 10,000", |b| {
        b.iter(|| {
            let list = pupils::list(&store, ListPupilsRequest::default()).unwrap();
            assert_eq!(list.pupils.len(), 10_000);
        })
    });
    group.bench_function("search 'jan' (name contains, accents folded)", |b| {
        b.iter(|| {
            let req = ListPupilsRequest {
                query: Some(black_box("jan").into()),
                ..Default::default()
            };
            black_box(pupils::list(&store, req).unwrap());
        })
    });
    group.bench_function("search 'zoe ozt' (two words)", |b| {
        b.iter(|| {
            let req = ListPupilsRequest {
                query: Some(black_box("zoe ozt").into()),
                ..Default::default()
            };
            black_box(pupils::list(&store, req).unwrap());
        })
    });
    group.bench_function("first page of 200", |b| {
        b.iter(|| {
            let req = ListPupilsRequest {
                limit: Some(200),
                ..Default::default()
            };
            black_box(pupils::list(&store, req).unwrap());
        })
    });
    group.finish();
}

criterion_group!(benches, unlock, unlock_with_attachments, pupils_10k);
criterion_main!(benches);
