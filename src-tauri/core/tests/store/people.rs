//! Schema 3 upgrade (item 9 and pro): names typed before the tussenvoegsel field stay exactly
//! as they were, get a sort key, guardians keep their whole name, every reference survives the
//! rebuild of `pupils`, and the database now accepts praktijkonderwijs.

use super::support::{PASSPHRASE, pupil_input};
use ibis_core::domain::pupil::EducationType;
use ibis_core::usecases::vault;
use ibis_core::usecases::{IdRequest, pupils};

const PUPIL: &str = "0190aaaa-0000-7000-8000-000000000011";

#[test]
fn a_schema_2_vault_keeps_its_names_and_references_and_accepts_pro() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("vault");
    let old = ibis_core::vault::create_at_schema(&dir, PASSPHRASE, 2).unwrap();
    old.read(|conn| {
        conn.execute_batch(&format!(
            "INSERT INTO pupils (id, first_name, last_name, birth_date, education_type, grade,
                                 school, search_key, created_at, updated_at)
             VALUES ('{PUPIL}', 'Daan', 'de Groot', '2016-01-01', 'po', 4, '', 'daan de groot',
                     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                    ('0190aaaa-0000-7000-8000-000000000012', 'Anna', 'Bakker', '2016-01-01',
                     'po', 4, '', 'anna bakker', '2026-01-01T00:00:00Z',
                     '2026-01-01T00:00:00Z'),
                    ('0190aaaa-0000-7000-8000-000000000013', 'Ömer', 'Özdemir', '2016-01-01',
                     'po', 4, '', 'omer ozdemir', '2026-01-01T00:00:00Z',
                     '2026-01-01T00:00:00Z');
             INSERT INTO guardians (id, pupil_id, name, relation, has_authority, created_at,
                                    updated_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000021', '{PUPIL}', 'Ingrid de Groot',
                     'mother', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO cases (id, pupil_id, title, start_date, status, template_id,
                                template_version, created_at, updated_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000031', '{PUPIL}', 'Lezen', '2026-02-01',
                     'open', 'landelijk', 1, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z');"
        ))?;
        Ok(())
    })
    .unwrap();
    old.close().unwrap();

    let clock = ibis_core::clock::FixedClock::new(super::support::monday_morning());
    let mut store = vault::unlock(&dir, &clock, PASSPHRASE, &[]).unwrap();
    let detail = pupils::get(&store, IdRequest { id: PUPIL.into() }).unwrap();
    assert_eq!(detail.pupil.full_name, "Daan de Groot", "name unchanged");
    assert_eq!(detail.pupil.last_name, "de Groot", "not split for the user");
    assert_eq!(detail.pupil.surname_prefix, None);
    assert_eq!(detail.guardians[0].full_name, "Ingrid de Groot");
    assert_eq!(detail.guardians[0].last_name, "Ingrid de Groot");
    assert_eq!(detail.cases.len(), 1, "the case still points at its pupil");

    // Sort keys were filled in Rust: Özdemir folds to O (SQLite's lower() would not).
    let listed: Vec<_> = pupils::list(&store, pupils::ListPupilsRequest::default())
        .unwrap()
        .pupils
        .into_iter()
        .map(|p| p.list_name)
        .collect();
    assert_eq!(listed, ["Bakker, Anna", "de Groot, Daan", "Özdemir, Ömer"]);

    store
        .read(|conn| {
            let enforced: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
            assert_eq!(
                enforced, 1,
                "foreign keys enforced again after the migration"
            );
            let orphan = conn.execute(
                "INSERT INTO guardians (id, pupil_id, last_name, relation, has_authority,
                                        created_at, updated_at)
                 VALUES ('x', 'no-such-pupil', 'X', 'mother', 1, 'now', 'now')",
                [],
            );
            assert!(orphan.is_err(), "a guardian without a pupil is refused");
            Ok(())
        })
        .unwrap();

    let mut input = pupil_input("Jesse", "Smit");
    input.birth_date = "2011-03-01".into();
    input.education_type = EducationType::Pro;
    input.grade = 3;
    let pro = pupils::create(&mut store, &clock, input).unwrap();
    assert_eq!(pro.pupil.education_type, EducationType::Pro);
}
