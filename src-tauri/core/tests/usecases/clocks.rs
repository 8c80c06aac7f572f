//! Drafts and school holidays (issue 7 items 18 and 1): autosaves of one opened form write one
//! audit row; holidays are validated with a named field and bad input changes nothing.

use super::audit_count;
use super::support::TestVault;
use ibis_core::usecases::holidays::{self, HolidayInput};
use ibis_core::usecases::{IdRequest, audit, drafts};
use ibis_core::{Error, Rule};

fn save(v: &mut TestVault, key: &str, payload: &str, session: &str) -> drafts::Draft {
    let clock = &v.clock;
    drafts::save(
        v.store.as_mut().unwrap(),
        clock,
        drafts::SaveDraftRequest {
            key: key.into(),
            payload: payload.into(),
            form_session: session.into(),
        },
    )
    .unwrap()
}

fn draft_saves(v: &mut TestVault) -> usize {
    audit::entries(v.store())
        .unwrap()
        .iter()
        .filter(|e| e.action == "draft.save")
        .count()
}

#[test]
fn five_autosaves_in_one_form_session_write_one_audit_row() {
    let mut v = TestVault::new();
    let key = "case/x/signal/new";
    for typed in ["H", "Ha", "Hal", "Half", "Half getypt"] {
        save(&mut v, key, typed, "sessie-a");
    }
    assert_eq!(draft_saves(&mut v), 1, "one opened form, one audit row");
    let stored = drafts::get(v.store(), drafts::DraftKey { key: key.into() }).unwrap();
    assert_eq!(
        stored.payload.as_deref(),
        Some("Half getypt"),
        "the last save wins"
    );
    save(&mut v, key, "Opnieuw geopend", "sessie-b");
    save(&mut v, key, "Opnieuw geopend, verder", "sessie-b");
    assert_eq!(draft_saves(&mut v), 2, "a new form session: a second row");
    save(&mut v, "case/x/need/new", "Ander formulier", "sessie-b");
    assert_eq!(draft_saves(&mut v), 3, "another draft key is another form");
    assert!(audit::verify(v.store()).unwrap().is_ok());
}

#[test]
fn a_draft_save_without_a_usable_form_session_is_refused() {
    let mut v = TestVault::new();
    let before = audit_count(v.store());
    let clock = &v.clock;
    for session in ["", "met spatie", &"x".repeat(65)] {
        let result = drafts::save(
            v.store.as_mut().unwrap(),
            clock,
            drafts::SaveDraftRequest {
                key: "case/x/signal/new".into(),
                payload: "{}".into(),
                form_session: session.to_owned(),
            },
        );
        assert!(
            matches!(
                result,
                Err(Error::Validation {
                    field: "formSession",
                    rule: Rule::InvalidCharacters
                })
            ),
            "{session:?}"
        );
    }
    assert_eq!(audit_count(v.store()), before);
}

fn holiday(first: &str, last: &str) -> HolidayInput {
    HolidayInput {
        school_year: "2026-2027".into(),
        name: "Kerstvakantie".into(),
        first_day: first.into(),
        last_day: last.into(),
    }
}

#[test]
fn holidays_are_added_listed_and_removed_with_an_audit_row_each() {
    let mut v = TestVault::new();
    let clock = &v.clock;
    let store = v.store.as_mut().unwrap();
    assert_eq!(
        holidays::list(store, clock).unwrap().current_school_year,
        "2026-2027"
    );
    let list = holidays::add(store, clock, holiday("2026-12-19", "2027-01-03")).unwrap();
    assert_eq!(list.holidays.len(), 1);
    assert_eq!(list.holidays[0].name, "Kerstvakantie");
    assert_eq!(list.holidays[0].first_day, "2026-12-19");
    let id = list.holidays[0].id.clone();
    let list = holidays::remove(store, clock, IdRequest { id: id.clone() }).unwrap();
    assert!(list.holidays.is_empty());
    assert!(matches!(
        holidays::remove(store, clock, IdRequest { id }),
        Err(Error::NotFound { .. })
    ));
    let actions: Vec<String> = audit::entries(v.store())
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .filter(|a| a.starts_with("holiday."))
        .collect();
    assert_eq!(actions, ["holiday.add", "holiday.remove"]);
}

#[test]
fn a_wrong_holiday_names_its_field_and_changes_nothing() {
    let mut v = TestVault::new();
    let before = audit_count(v.store());
    let clock = &v.clock;
    let store = v.store.as_mut().unwrap();
    let cases = [
        (
            holiday("2026-12-19", "2026-12-18"),
            "lastDay",
            Rule::DateBeforeStart,
        ),
        (
            holiday("2026-07-20", "2026-08-02"),
            "firstDay",
            Rule::OutsideSchoolYear,
        ),
        (
            holiday("2027-07-20", "2027-08-02"),
            "lastDay",
            Rule::OutsideSchoolYear,
        ),
        (
            holiday("2026-12-32", "2027-01-03"),
            "firstDay",
            Rule::InvalidDate,
        ),
        (
            HolidayInput {
                school_year: "2026/2027".into(),
                ..holiday("2026-12-19", "2027-01-03")
            },
            "schoolYear",
            Rule::InvalidSchoolYear,
        ),
        (
            HolidayInput {
                name: " ".into(),
                ..holiday("2026-12-19", "2027-01-03")
            },
            "name",
            Rule::Required,
        ),
    ];
    for (input, field, rule) in cases {
        match holidays::add(store, clock, input) {
            Err(Error::Validation { field: f, rule: r }) => assert_eq!((f, r), (field, rule)),
            other => panic!("expected {field} {rule:?}, got {other:?}"),
        }
    }
    assert!(holidays::list(store, clock).unwrap().holidays.is_empty());
    assert_eq!(audit_count(v.store()), before);
    assert_eq!(
        Rule::OutsideSchoolYear.dutch(),
        "valt buiten het schooljaar (1 augustus tot en met 31 juli)"
    );
}
