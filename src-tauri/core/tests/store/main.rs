//! Store suite: encryption at rest, connection setup, error kinds, schema refusal, audit log
//! immutability — against real SQLCipher files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

mod people;
#[cfg(unix)]
mod private;

use ibis_core::Error;
use ibis_core::usecases::vault;
use ibis_core::vault::{CONNECTION_SETUP, DB_FILE, SLOT_FILE, Secret};
use support::{PASSPHRASE, TestVault, snapshot};

#[test]
fn database_file_is_encrypted_and_holds_no_names() {
    let mut v = TestVault::new();
    v.add_pupil("Canarina", "Zwavelgeel");
    v.lock();
    for name in [DB_FILE, SLOT_FILE] {
        let bytes = std::fs::read(v.dir().join(name)).unwrap();
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{name} has a plain SQLite header"
        );
        let needle = b"Zwavelgeel";
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{name} contains the pupil name"
        );
    }
}

#[test]
fn connection_setup_order_and_effective_values() {
    let names: Vec<_> = CONNECTION_SETUP.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        [
            "cipher_compatibility",
            "cipher_memory_security",
            "journal_mode",
            "synchronous",
            "temp_store",
            "secure_delete",
            "foreign_keys",
            "cache_size"
        ]
    );
    let mut v = TestVault::new();
    let store = v.store();
    store
        .read(|conn| {
            let text = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, String>(0)).unwrap();
            let int = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
            assert!(
                text("PRAGMA cipher_version").starts_with('4'),
                "SQLCipher 4 is linked"
            );
            assert_eq!(text("PRAGMA journal_mode"), "wal");
            assert_eq!(int("PRAGMA synchronous"), 2, "FULL");
            assert_eq!(int("PRAGMA temp_store"), 2, "MEMORY");
            assert_eq!(int("PRAGMA secure_delete"), 1);
            assert_eq!(int("PRAGMA foreign_keys"), 1);
            assert_eq!(int("PRAGMA cache_size"), -32768);
            assert_eq!(text("PRAGMA cipher_memory_security"), "1");
            Ok(())
        })
        .unwrap();
}

#[test]
fn wrong_passphrase_is_its_own_error_and_changes_no_byte() {
    let mut v = TestVault::new();
    v.add_pupil("Sanne", "de Vries");
    v.lock();
    let before = snapshot(&v.dir());
    let result = vault::unlock(&v.dir(), &v.clock, "helemaal-verkeerd", &[]);
    assert!(matches!(result, Err(Error::WrongPassphrase)), "{result:?}");
    assert_eq!(before, snapshot(&v.dir()));
}

#[test]
fn flipped_byte_in_the_database_is_corrupt_not_wrong_passphrase() {
    let mut v = TestVault::new();
    for i in 0..40 {
        v.add_pupil(&format!("Leerling{i}"), "Jansen");
    }
    v.lock();
    let path = v.dir().join(DB_FILE);
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&path, &bytes).unwrap();
    let result = vault::unlock(&v.dir(), &v.clock, PASSPHRASE, &[]);
    assert!(matches!(result, Err(Error::Corrupt(_))), "{result:?}");
}

#[test]
fn damaged_slot_file_is_corrupt_not_wrong_passphrase() {
    let v = TestVault::new();
    let path = v.dir().join(SLOT_FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    // Flip one hex digit of the wrapped key: the checksum catches it before the AEAD does.
    let at = text.find("\"wrappedKey\": \"").unwrap() + 20;
    let mut bytes = text.into_bytes();
    bytes[at] = if bytes[at] == b'a' { b'b' } else { b'a' };
    std::fs::write(&path, &bytes).unwrap();
    let result = ibis_core::vault::unlock(&v.dir(), Secret::Passphrase(PASSPHRASE));
    assert!(matches!(result, Err(Error::Corrupt(_))), "{result:?}");
    std::fs::write(&path, b"{ not json").unwrap();
    let result = ibis_core::vault::unlock(&v.dir(), Secret::Passphrase(PASSPHRASE));
    assert!(matches!(result, Err(Error::Corrupt(_))), "{result:?}");
}

#[test]
fn missing_vault_is_reported_as_missing() {
    let temp = tempfile::tempdir().unwrap();
    let result = ibis_core::vault::unlock(temp.path(), Secret::Passphrase(PASSPHRASE));
    assert!(matches!(result, Err(Error::VaultMissing)), "{result:?}");
}

#[test]
fn creating_over_an_existing_vault_is_refused() {
    let v = TestVault::new();
    let before = snapshot(&v.dir());
    let request = vault::CreateVaultRequest {
        passphrase: PASSPHRASE.into(),
        passphrase_repeat: PASSPHRASE.into(),
    };
    let result = vault::create_with_params(
        &v.dir(),
        &v.clock,
        &request,
        ibis_core::vault::KdfParams::FLOOR,
    );
    assert!(
        matches!(result, Err(Error::VaultExists)),
        "{:?}",
        result.err()
    );
    assert_eq!(before, snapshot(&v.dir()));
}

#[test]
fn database_from_a_newer_app_is_refused() {
    let mut v = TestVault::new();
    v.store()
        .read(|conn| Ok(conn.execute_batch("PRAGMA user_version = 99")?))
        .unwrap();
    v.lock();
    let result = vault::unlock(&v.dir(), &v.clock, PASSPHRASE, &[]);
    match result {
        Err(Error::DatabaseTooNew { found, supported }) => {
            assert_eq!(found, 99);
            assert_eq!(supported, ibis_core::store::schema::current_version());
            assert!(
                Error::DatabaseTooNew { found, supported }
                    .dutch()
                    .contains("nieuwere versie")
            );
        }
        other => panic!("expected DatabaseTooNew, got {:?}", other.err()),
    }
}

#[test]
fn audit_log_is_append_only() {
    let mut v = TestVault::new();
    v.add_pupil("Sanne", "de Vries");
    let store = v.store();
    let update = store.read(|conn| Ok(conn.execute("UPDATE audit_events SET action = 'x'", [])?));
    assert!(update.is_err());
    let delete = store.read(|conn| Ok(conn.execute("DELETE FROM audit_events", [])?));
    assert!(delete.is_err());
}

#[test]
fn kdf_parameters_are_never_below_the_floor() {
    let params = ibis_core::vault::KdfParams::calibrated().unwrap();
    assert!(params.memory_kib >= 64 * 1024);
    assert!(params.iterations >= 3);
}

#[test]
fn a_schema_1_vault_is_upgraded_and_its_cases_get_a_first_cycle() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("vault");
    let old = ibis_core::vault::create_at_schema(&dir, PASSPHRASE, 1).unwrap();
    old.read(|conn| {
        assert_eq!(ibis_core::store::schema::stored_version(conn)?, 1);
        // What Ibis 0.1 with schema 1 wrote: a pupil and an open case, no cycles yet.
        conn.execute_batch(
            "INSERT INTO pupils (id, first_name, last_name, birth_date, education_type, grade, school,
                                 search_key, created_at, updated_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000001', 'Oud', 'Schema', '2016-01-01', 'po', 4, '',
                     'oud schema', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO cases (id, pupil_id, title, start_date, status, template_id, template_version,
                                created_at, updated_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000000001',
                     'Van voor de update', '2026-02-01', 'open', 'landelijk', 1,
                     '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z');",
        )?;
        Ok(())
    })
    .unwrap();
    old.close().unwrap();

    let clock = ibis_core::clock::FixedClock::new(support::monday_morning());
    let store = vault::unlock(&dir, &clock, PASSPHRASE, &[]).unwrap();
    let version = store
        .read(ibis_core::store::schema::stored_version)
        .unwrap();
    assert_eq!(version, ibis_core::store::schema::current_version());
    let detail = ibis_core::usecases::cases::get(
        &store,
        ibis_core::usecases::IdRequest {
            id: "0190aaaa-0000-7000-8000-000000000002".into(),
        },
    )
    .unwrap();
    assert_eq!(detail.cycles.len(), 1);
    let cycle = &detail.cycles[0];
    assert_eq!(cycle.started_on, "2026-02-01");
    assert_eq!(cycle.steps.len(), 6);
    assert_eq!(
        cycle.current_step,
        Some(ibis_core::domain::stepplan::StepKey::Signaleren)
    );
    assert!(uuid_shaped(&cycle.id), "{}", cycle.id);
}

fn uuid_shaped(id: &str) -> bool {
    let parts: Vec<usize> = id.split('-').map(str::len).collect();
    parts == [8, 4, 4, 4, 12] && id.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}
