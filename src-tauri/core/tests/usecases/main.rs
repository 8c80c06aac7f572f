//! Use-case suite: whole journeys through ibis-core on a real vault, with the audit log
//! checked after every change.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

mod clocks;
mod demo;
mod names;
mod secrets;
mod templates;

use ibis_core::domain::case::CaseStatus;
use ibis_core::domain::entity::Entity;
use ibis_core::domain::guardian::GuardianRelation;
use ibis_core::store::Store;
use ibis_core::usecases::session::{Session, VaultState};
use ibis_core::usecases::{IdRequest, audit, cases, guardians, pupils, settings, vault};
use ibis_core::{Error, Rule};
use support::{PASSPHRASE, TestVault, pupil_input};

fn audit_count(store: &Store) -> usize {
    audit::entries(store).unwrap().len()
}

/// Runs `change`, then asserts it left exactly one audit row with `action` and the chain holds.
fn exactly_one_audit_row<T>(
    v: &mut TestVault,
    action: &str,
    change: impl FnOnce(&mut TestVault) -> T,
) -> T {
    let before = audit_count(v.store());
    let out = change(v);
    let entries = audit::entries(v.store()).unwrap();
    assert_eq!(
        entries.len(),
        before + 1,
        "{action} must write exactly one audit row"
    );
    assert_eq!(entries.last().unwrap().action, action);
    assert!(
        audit::verify(v.store()).unwrap().is_ok(),
        "hash chain breaks after {action}"
    );
    out
}

fn guardian(name: &str) -> guardians::GuardianInput {
    guardians::GuardianInput {
        first_name: None,
        surname_prefix: None,
        last_name: name.into(),
        relation: GuardianRelation::Mother,
        has_authority: true,
        phone: Some("06-12345678".into()),
        email: Some("ouder@example.nl".into()),
    }
}

#[test]
fn every_mutation_writes_exactly_one_audit_row_and_the_chain_verifies() {
    let mut v = TestVault::new();
    let pupil_id =
        exactly_one_audit_row(&mut v, "pupil.create", |v| v.add_pupil("Sanne", "de Vries"));
    exactly_one_audit_row(&mut v, "pupil.update", |v| {
        let mut input = pupil_input("Sanne", "de Vries-Bakker");
        input.grade = 6;
        let clock = &v.clock;
        pupils::update(
            v.store.as_mut().unwrap(),
            clock,
            pupils::UpdatePupilRequest {
                id: pupil_id.clone(),
                pupil: input,
            },
        )
        .unwrap()
    });
    let detail = exactly_one_audit_row(&mut v, "guardian.add", |v| {
        let clock = &v.clock;
        let req = guardians::AddGuardianRequest {
            pupil_id: pupil_id.clone(),
            guardian: guardian("Ingrid de Vries"),
        };
        guardians::add(v.store.as_mut().unwrap(), clock, req).unwrap()
    });
    let guardian_id = detail.guardians[0].id.clone();
    exactly_one_audit_row(&mut v, "guardian.update", |v| {
        let clock = &v.clock;
        let req = guardians::UpdateGuardianRequest {
            id: guardian_id.clone(),
            guardian: guardian("Ingrid Bakker"),
        };
        guardians::update(v.store.as_mut().unwrap(), clock, req).unwrap()
    });
    exactly_one_audit_row(&mut v, "guardian.remove", |v| {
        let clock = &v.clock;
        guardians::remove(
            v.store.as_mut().unwrap(),
            clock,
            IdRequest {
                id: guardian_id.clone(),
            },
        )
        .unwrap()
    });
    let case = exactly_one_audit_row(&mut v, "case.open", |v| {
        let clock = &v.clock;
        let req = cases::OpenCaseRequest {
            pupil_id: pupil_id.clone(),
            title: "Technisch lezen".into(),
            start_date: Some("2026-11-02".into()),
            template_id: None,
        };
        cases::open(v.store.as_mut().unwrap(), clock, req).unwrap()
    });
    let case_id = case.case.id.clone();
    let update = |status: CaseStatus| cases::UpdateCaseRequest {
        id: case_id.clone(),
        title: "Technisch lezen groep 5".into(),
        start_date: "2026-11-02".into(),
        status,
    };
    exactly_one_audit_row(&mut v, "case.update", |v| {
        let clock = &v.clock;
        cases::update(v.store.as_mut().unwrap(), clock, update(CaseStatus::Open)).unwrap()
    });
    let closed = exactly_one_audit_row(&mut v, "case.close", |v| {
        let clock = &v.clock;
        let req = cases::CloseCaseRequest {
            id: case_id.clone(),
            closed_on: "2026-11-20".into(),
            reason: "Doel behaald".into(),
        };
        cases::close(v.store.as_mut().unwrap(), clock, req).unwrap()
    });
    assert_eq!(
        closed.timeline.len(),
        2,
        "opened and closed appear on the timeline"
    );
    exactly_one_audit_row(&mut v, "case.reopen", |v| {
        let clock = &v.clock;
        cases::update(v.store.as_mut().unwrap(), clock, update(CaseStatus::Open)).unwrap()
    });
    exactly_one_audit_row(&mut v, "pupil.archive", |v| {
        let clock = &v.clock;
        let req = pupils::SetArchivedRequest {
            id: pupil_id.clone(),
            archived: true,
        };
        pupils::set_archived(v.store.as_mut().unwrap(), clock, req).unwrap()
    });
    exactly_one_audit_row(&mut v, "pupil.unarchive", |v| {
        let clock = &v.clock;
        let req = pupils::SetArchivedRequest {
            id: pupil_id.clone(),
            archived: false,
        };
        pupils::set_archived(v.store.as_mut().unwrap(), clock, req).unwrap()
    });
    exactly_one_audit_row(&mut v, "settings.update", |v| {
        let clock = &v.clock;
        settings::update(
            v.store.as_mut().unwrap(),
            clock,
            settings::Settings {
                auto_lock_minutes: 10,
            },
        )
        .unwrap()
    });
    exactly_one_audit_row(&mut v, "vault.change_passphrase", |v| {
        let dir = v.dir();
        let clock = &v.clock;
        let req = vault::ChangePassphraseRequest {
            current_passphrase: PASSPHRASE.into(),
            new_passphrase: "nieuw-en-lang-genoeg".into(),
            new_passphrase_repeat: "nieuw-en-lang-genoeg".into(),
        };
        vault::change_passphrase(v.store.as_mut().unwrap(), &dir, clock, &req).unwrap()
    });
    // No audit row holds a name.
    for entry in audit::entries(v.store()).unwrap() {
        for text in [
            &entry.action,
            &entry.entity,
            entry.entity_id.as_deref().unwrap_or(""),
        ] {
            assert!(
                !text.contains("Sanne") && !text.contains("Vries"),
                "audit row holds a name"
            );
        }
    }
}

#[test]
fn every_failing_pupil_field_is_reported_at_once() {
    let mut v = TestVault::new();
    let before = audit_count(v.store());
    let clock = &v.clock;
    let store = v.store.as_mut().unwrap();
    let mut input = pupil_input("Sanne", "de Vries");
    input.first_name = "  ".into();
    input.birth_date = "2016-02-30".into();
    input.grade = 12;
    let err = pupils::create(store, clock, input).unwrap_err();
    let fields: Vec<(String, Rule)> = err
        .field_errors()
        .into_iter()
        .map(|e| (e.field.into_owned(), e.rule))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("firstName".to_owned(), Rule::Required),
            ("birthDate".to_owned(), Rule::InvalidDate),
            ("grade".to_owned(), Rule::GradeOutOfRange),
        ]
    );
    let ipc = ibis_core::api::IpcError::from(err);
    assert_eq!(
        ipc.field.as_deref(),
        Some("firstName"),
        "the first stays `field`"
    );
    let codes: Vec<_> = ipc
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.code))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("firstName", ibis_core::api::ErrorCode::Required),
            ("birthDate", ibis_core::api::ErrorCode::InvalidDate),
            ("grade", ibis_core::api::ErrorCode::GradeOutOfRange),
        ]
    );
    assert_eq!(audit_count(v.store()), before, "nothing changed");
}

#[test]
fn invalid_input_changes_nothing() {
    let mut v = TestVault::new();
    let before = audit_count(v.store());
    let clock = &v.clock;
    let store = v.store.as_mut().unwrap();
    let mut input = pupil_input("Sanne", "de Vries");
    input.birth_date = "2027-01-01".into();
    let err = pupils::create(store, clock, input).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Validation {
                field: "birthDate",
                rule: Rule::DateInFuture
            }
        ),
        "{err:?}"
    );
    let mut input = pupil_input("", "de Vries");
    input.first_name = "   ".into();
    let err = pupils::create(store, clock, input).unwrap_err();
    assert!(matches!(
        err,
        Error::Validation {
            field: "firstName",
            rule: Rule::Required
        }
    ));
    let mut input = pupil_input("Sanne", "de Vries");
    input.birth_date = "2016-02-30".into();
    let err = pupils::create(store, clock, input).unwrap_err();
    assert!(matches!(
        err,
        Error::Validation {
            field: "birthDate",
            rule: Rule::InvalidDate
        }
    ));
    let err = pupils::get(
        store,
        IdRequest {
            id: "00000000-0000-7000-8000-000000000000".into(),
        },
    )
    .unwrap_err();
    assert!(matches!(
        err,
        Error::NotFound {
            entity: Entity::Pupil
        }
    ));
    assert_eq!(audit_count(v.store()), before);
    assert!(
        pupils::list(v.store(), pupils::ListPupilsRequest::default())
            .unwrap()
            .pupils
            .is_empty()
    );
}

#[test]
fn search_ignores_case_and_accents_and_hides_archived() {
    let mut v = TestVault::new();
    v.add_pupil("José", "Özdemir");
    v.add_pupil("Chloë", "van der Berg");
    let archived = v.add_pupil("Jos", "Archief");
    let clock = &v.clock;
    let store = v.store.as_mut().unwrap();
    pupils::set_archived(
        store,
        clock,
        pupils::SetArchivedRequest {
            id: archived,
            archived: true,
        },
    )
    .unwrap();
    let find = |store: &Store, q: &str, include_archived: bool| -> Vec<String> {
        let req = pupils::ListPupilsRequest {
            query: Some(q.into()),
            include_archived,
            limit: None,
        };
        pupils::list(store, req)
            .unwrap()
            .pupils
            .into_iter()
            .map(|p| p.last_name)
            .collect()
    };
    assert_eq!(find(store, "jose ozd", false), ["Özdemir"]);
    assert_eq!(find(store, "CHLOE BERG", false), ["van der Berg"]);
    assert_eq!(find(store, "jos", false), ["Özdemir"]);
    assert_eq!(find(store, "jos", true), ["Archief", "Özdemir"]);
    assert!(find(store, "100%", false).is_empty());
}

#[test]
fn changed_passphrase_and_recovery_key() {
    let mut v = TestVault::new();
    v.add_pupil("Sanne", "de Vries");
    let dir = v.dir();
    let new = "nieuw-wachtwoord-2026";
    let req = vault::ChangePassphraseRequest {
        current_passphrase: PASSPHRASE.into(),
        new_passphrase: new.into(),
        new_passphrase_repeat: new.into(),
    };
    let clock = &v.clock;
    vault::change_passphrase(v.store.as_mut().unwrap(), &dir, clock, &req).unwrap();
    v.lock();
    assert!(matches!(
        vault::unlock(&dir, &v.clock, PASSPHRASE, &[]),
        Err(Error::WrongPassphrase)
    ));
    let store = vault::unlock(&dir, &v.clock, new, &[]).unwrap();
    assert_eq!(
        pupils::list(&store, Default::default())
            .unwrap()
            .pupils
            .len(),
        1
    );
    store.close().unwrap();

    let recovered = "na-herstel-gekozen";
    let req = vault::RecoverRequest {
        recovery_key: v.recovery_key.to_lowercase().replace('-', " ").into(),
        new_passphrase: recovered.into(),
        new_passphrase_repeat: recovered.into(),
    };
    let store = vault::recover(&dir, &v.clock, &req).unwrap();
    assert_eq!(
        pupils::list(&store, Default::default())
            .unwrap()
            .pupils
            .len(),
        1
    );
    assert_eq!(
        audit::entries(&store).unwrap().last().unwrap().action,
        "vault.recover"
    );
    store.close().unwrap();
    assert!(matches!(
        vault::unlock(&dir, &v.clock, new, &[]),
        Err(Error::WrongPassphrase)
    ));
    vault::unlock(&dir, &v.clock, recovered, &[])
        .unwrap()
        .close()
        .unwrap();

    let bad = vault::RecoverRequest {
        recovery_key: "AAAA-BBBB".into(),
        ..req
    };
    assert!(matches!(
        vault::recover(&dir, &v.clock, &bad),
        Err(Error::Validation {
            rule: Rule::InvalidRecoveryKey,
            ..
        })
    ));
}

#[test]
fn short_or_mismatched_new_passphrases_are_refused() {
    let temp = tempfile::tempdir().unwrap();
    let clock = ibis_core::clock::FixedClock::new(support::monday_morning());
    let req = vault::CreateVaultRequest {
        passphrase: "kort".into(),
        passphrase_repeat: "kort".into(),
    };
    assert!(matches!(
        vault::create(temp.path(), &clock, &req),
        Err(Error::Validation {
            rule: Rule::PassphraseTooShort,
            ..
        })
    ));
    let req = vault::CreateVaultRequest {
        passphrase: "lang-genoeg-1".into(),
        passphrase_repeat: "lang-genoeg-2".into(),
    };
    assert!(matches!(
        vault::create(temp.path(), &clock, &req),
        Err(Error::Validation {
            rule: Rule::PassphraseMismatch,
            ..
        })
    ));
    assert!(!ibis_core::vault::exists(temp.path()));
}

#[test]
fn session_records_failed_unlocks_at_the_next_unlock_and_auto_locks() {
    let mut v = TestVault::new();
    v.lock();
    let session = Session::new(v.dir(), false);
    assert_eq!(session.status().vault, VaultState::Locked);
    let wrong = vault::UnlockRequest {
        passphrase: "fout-fout-fout".into(),
    };
    assert!(matches!(
        session.unlock(&v.clock, &wrong),
        Err(Error::WrongPassphrase)
    ));
    assert!(matches!(session.with_store(|_| Ok(())), Err(Error::Locked)));
    let right = vault::UnlockRequest {
        passphrase: PASSPHRASE.into(),
    };
    assert_eq!(
        session.unlock(&v.clock, &right).unwrap().vault,
        VaultState::Unlocked
    );
    let actions: Vec<String> = session
        .with_store(|store| {
            Ok(audit::entries(store)?
                .into_iter()
                .map(|e| e.action)
                .collect())
        })
        .unwrap();
    assert_eq!(
        actions[actions.len() - 2..],
        ["vault.unlock_failed", "vault.unlock"]
    );

    let now = std::time::Instant::now();
    assert!(!session.lock_if_idle(now), "not idle yet");
    assert!(session.lock_if_idle(now + std::time::Duration::from_secs(5 * 60 + 1)));
    assert_eq!(session.status().vault, VaultState::Locked);
}

#[test]
fn auto_lock_setting_is_bounded() {
    let mut v = TestVault::new();
    let clock = &v.clock;
    let store = v.store.as_mut().unwrap();
    assert_eq!(settings::get(store).unwrap().auto_lock_minutes, 5);
    for minutes in [0, 16] {
        let err = settings::update(
            store,
            clock,
            settings::Settings {
                auto_lock_minutes: minutes,
            },
        )
        .unwrap_err();
        assert!(matches!(
            err,
            Error::Validation {
                field: "autoLockMinutes",
                rule: Rule::OutOfRange
            }
        ));
    }
    assert_eq!(
        settings::update(
            store,
            clock,
            settings::Settings {
                auto_lock_minutes: 15
            }
        )
        .unwrap()
        .auto_lock_minutes,
        15
    );
}

#[test]
fn demo_data_is_deterministic_per_seed() {
    let names = |seed: u64| {
        let mut v = TestVault::new();
        let clock = &v.clock;
        let template = ibis_core::template::Template::landelijk().unwrap();
        let report = ibis_core::usecases::demo::generate(
            v.store.as_mut().unwrap(),
            clock,
            &template,
            &ibis_core::usecases::demo::DemoRequest { pupils: 25, seed },
        )
        .unwrap();
        assert_eq!(report.pupils, 25);
        assert!(audit::verify(v.store()).unwrap().is_ok());
        pupils::list(v.store(), Default::default())
            .unwrap()
            .pupils
            .into_iter()
            .map(|p| (p.first_name, p.last_name, p.birth_date))
            .collect::<Vec<_>>()
    };
    let a = names(7);
    assert_eq!(a, names(7));
    assert_ne!(a, names(8));
}
