//! `make bench`: how long unlocking takes with the calibrated Argon2id parameters, and how long
//! listing and searching 10,000 pupils takes on a real SQLCipher vault.
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

criterion_group!(benches, unlock, pupils_10k);
criterion_main!(benches);
