//! Shared by the store and use-case suites: a fresh vault in a temp folder on a fixed day.
#![allow(dead_code)]

use ibis_core::clock::FixedClock;
use ibis_core::store::Store;
use ibis_core::usecases::pupils::{self, PupilInput};
use ibis_core::usecases::vault::{self, CreateVaultRequest};
use ibis_core::vault::KdfParams;
use std::path::PathBuf;

/// Monday 23 November 2026, 09:00 UTC: the day every suite runs on.
pub fn monday_morning() -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono::Utc
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .expect("a valid, unambiguous UTC instant")
}

pub const PASSPHRASE: &str = "paars-konijn-fietst-7";

pub struct TestVault {
    pub temp: tempfile::TempDir,
    pub clock: FixedClock,
    pub store: Option<Store>,
    pub recovery_key: String,
}

impl TestVault {
    /// A new, unlocked vault (KDF at the floor to keep tests quick).
    pub fn new() -> Self {
        let temp = tempfile::tempdir().expect("temp dir");
        let clock = FixedClock::new(monday_morning());
        let request = CreateVaultRequest {
            passphrase: PASSPHRASE.into(),
            passphrase_repeat: PASSPHRASE.into(),
        };
        let (store, response) = vault::create_with_params(
            &temp.path().join("vault"),
            &clock,
            &request,
            KdfParams::FLOOR,
        )
        .expect("vault created");
        TestVault {
            temp,
            clock,
            store: Some(store),
            recovery_key: response.recovery_key.expose().to_owned(),
        }
    }

    pub fn dir(&self) -> PathBuf {
        self.temp.path().join("vault")
    }

    pub fn store(&mut self) -> &mut Store {
        self.store.as_mut().expect("vault is unlocked")
    }

    pub fn lock(&mut self) {
        if let Some(store) = self.store.take() {
            store.close().expect("closes cleanly");
        }
    }

    pub fn unlock(&mut self) {
        self.lock();
        let store = vault::unlock(&self.dir(), &self.clock, PASSPHRASE, &[]).expect("unlocks");
        self.store = Some(store);
    }

    /// Adds a pupil and returns its id.
    pub fn add_pupil(&mut self, first: &str, last: &str) -> String {
        let clock = &self.clock;
        let store = self.store.as_mut().expect("vault is unlocked");
        pupils::create(store, clock, pupil_input(first, last))
            .expect("pupil created")
            .pupil
            .id
    }
}

pub fn pupil_input(first: &str, last: &str) -> PupilInput {
    PupilInput {
        first_name: first.into(),
        surname_prefix: None,
        last_name: last.into(),
        birth_date: "2016-05-14".into(),
        education_type: ibis_core::domain::pupil::EducationType::Po,
        grade: 5,
        school: "OBS De Regenboog".into(),
        contact_person: None,
        notes: None,
    }
}

/// All bytes of every file in the folder, by name.
pub fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("readable dir")
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("readable file"),
            )
        })
        .collect();
    files.sort();
    files
}
