//! The meldcode route (issue 11, item 5): restricted by the core (the passphrase again, a grant
//! for ten minutes held in the session, forgotten on lock), audited with ids only, and kept out
//! of every export (`canary.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

mod canary;

use chrono::TimeDelta;
use ibis_core::Error;
use ibis_core::clock::Clock;
use ibis_core::domain::meldcode::{
    ConcernAnswer, MeldcodeDecision, MeldcodeDecisionRecord, MeldcodeEntry, MeldcodeStep,
};
use ibis_core::usecases::audit;
use ibis_core::usecases::meldcode::{
    self, MeldcodeCloseRequest, MeldcodeDecideRequest, MeldcodeEntryRequest, MeldcodeOpenRequest,
    MeldcodePage, MeldcodeStepDoneRequest, StartMeldcodeRequest,
};
use ibis_core::usecases::session::Session;
use support::{PASSPHRASE, TestVault};

/// A vault with one pupil, in a session (the way the app holds it).
pub(crate) fn session_with_pupil() -> (TestVault, Session, String) {
    let mut v = TestVault::new();
    let pupil = v.add_pupil("Mila", "Veenstra");
    let store = v.store.take().unwrap();
    let session = Session::unlocked(v.dir(), false, store).unwrap();
    (v, session, pupil)
}

pub(crate) fn open(
    session: &Session,
    clock: &dyn Clock,
    pupil: &str,
    passphrase: &str,
) -> ibis_core::Result<MeldcodePage> {
    session.open_meldcode(
        clock,
        &MeldcodeOpenRequest {
            pupil_id: pupil.into(),
            passphrase: passphrase.into(),
        },
    )
}

pub(crate) fn start(
    session: &Session,
    clock: &dyn Clock,
    pupil: &str,
    by: &str,
) -> ibis_core::Result<MeldcodePage> {
    session.with_meldcode(clock, pupil, |store, grant| {
        meldcode::start(
            store,
            clock,
            grant,
            StartMeldcodeRequest {
                pupil_id: pupil.into(),
                answer: ConcernAnswer::Safety,
                answered_on: "2026-11-20".into(),
                answered_by: by.into(),
            },
        )
    })
}

pub(crate) fn entry(
    session: &Session,
    clock: &dyn Clock,
    pupil: &str,
    step: MeldcodeStep,
    text: &str,
) -> ibis_core::Result<MeldcodePage> {
    session.with_meldcode(clock, pupil, |store, grant| {
        meldcode::add_entry(
            store,
            clock,
            grant,
            MeldcodeEntryRequest {
                pupil_id: pupil.into(),
                step,
                entry: MeldcodeEntry {
                    on: "2026-11-21".into(),
                    by: format!("{text} door"),
                    what: format!("{text} wat"),
                    notes: Some(format!("{text} notities")),
                },
            },
        )
    })
}

fn get(session: &Session, clock: &dyn Clock, pupil: &str) -> ibis_core::Result<MeldcodePage> {
    session.with_meldcode(clock, pupil, |store, grant| meldcode::get(store, grant))
}

fn actions(session: &Session) -> Vec<(String, String, Option<String>)> {
    session
        .with_store(|store| audit::entries(store))
        .unwrap()
        .into_iter()
        .map(|row| (row.action, row.entity, row.entity_id))
        .collect()
}

#[test]
fn without_the_passphrase_again_every_meldcode_command_is_refused() {
    let (v, session, pupil) = session_with_pupil();
    assert!(matches!(
        get(&session, &v.clock, &pupil),
        Err(Error::MeldcodeLocked)
    ));
    assert!(matches!(
        start(&session, &v.clock, &pupil, "IB"),
        Err(Error::MeldcodeLocked)
    ));
    // The Dutch text asks to open it again.
    assert!(Error::MeldcodeLocked.dutch().contains("opnieuw"));
    // Nothing was written: no route, no audit row for a route.
    assert!(
        !actions(&session)
            .iter()
            .any(|(action, ..)| action.starts_with("meldcode"))
    );
}

#[test]
fn a_wrong_passphrase_is_refused_and_audited_as_a_failed_attempt() {
    let (v, session, pupil) = session_with_pupil();
    let refused = open(&session, &v.clock, &pupil, "niet-het-wachtwoord");
    assert!(matches!(refused, Err(Error::WrongPassphrase)));
    assert!(matches!(
        get(&session, &v.clock, &pupil),
        Err(Error::MeldcodeLocked)
    ));
    let last = actions(&session).pop().unwrap();
    assert_eq!(
        last,
        (
            "meldcode_access.refused".into(),
            "meldcode_access".into(),
            Some(pupil.clone())
        )
    );
}

#[test]
fn the_grant_is_per_pupil_lasts_ten_minutes_and_ends_on_lock() {
    let (v, session, pupil) = session_with_pupil();
    let other = session
        .with_store(|store| {
            ibis_core::usecases::pupils::create(
                store,
                &v.clock,
                support::pupil_input("Teun", "Bos"),
            )
        })
        .unwrap()
        .pupil
        .id;
    let page = open(&session, &v.clock, &pupil, PASSPHRASE).unwrap();
    assert!(page.can_start);
    assert_eq!(page.access_until, "2026-11-23T09:10:00Z");
    assert_eq!(
        actions(&session).pop().unwrap(),
        (
            "meldcode_access.grant".into(),
            "meldcode_access".into(),
            Some(pupil.clone())
        )
    );
    assert!(matches!(
        get(&session, &v.clock, &other),
        Err(Error::MeldcodeLocked)
    ));
    v.clock
        .advance(TimeDelta::minutes(10) - TimeDelta::seconds(1));
    assert!(get(&session, &v.clock, &pupil).is_ok());
    v.clock.advance(TimeDelta::seconds(1));
    assert!(matches!(
        get(&session, &v.clock, &pupil),
        Err(Error::MeldcodeLocked)
    ));

    // Leaving the page ends the access before its time.
    open(&session, &v.clock, &pupil, PASSPHRASE).unwrap();
    session.close_meldcode(&pupil);
    assert!(matches!(
        get(&session, &v.clock, &pupil),
        Err(Error::MeldcodeLocked)
    ));

    open(&session, &v.clock, &pupil, PASSPHRASE).unwrap();
    session.lock();
    session
        .unlock(
            &v.clock,
            &ibis_core::usecases::vault::UnlockRequest {
                passphrase: PASSPHRASE.into(),
            },
        )
        .unwrap();
    assert!(matches!(
        get(&session, &v.clock, &pupil),
        Err(Error::MeldcodeLocked)
    ));
}

#[test]
fn a_route_records_the_question_the_five_steps_the_decision_and_closing() {
    let (v, session, pupil) = session_with_pupil();
    open(&session, &v.clock, &pupil, PASSPHRASE).unwrap();
    let page = start(&session, &v.clock, &pupil, "Intern begeleider").unwrap();
    let route = page.open.clone().unwrap();
    assert_eq!(route.question.answer, ConcernAnswer::Safety);
    assert_eq!(route.question.answered_on, "2026-11-20");
    assert_eq!(
        page.question,
        "Gaat het om zorg over de veiligheid van de leerling, of om een meningsverschil?"
    );
    let labels: Vec<&str> = route.steps.iter().map(|s| s.info.label.as_str()).collect();
    assert_eq!(labels[0], "Signalen in kaart brengen");
    assert_eq!(labels.len(), 5);
    // One open route per pupil.
    assert!(matches!(
        start(&session, &v.clock, &pupil, "IB"),
        Err(Error::InvalidTransition(_))
    ));

    entry(
        &session,
        &v.clock,
        &pupil,
        MeldcodeStep::Consultation,
        "Advies",
    )
    .unwrap();
    let done = session
        .with_meldcode(&v.clock, &pupil, |store, grant| {
            meldcode::complete_step(
                store,
                &v.clock,
                grant,
                MeldcodeStepDoneRequest {
                    pupil_id: pupil.clone(),
                    step: MeldcodeStep::Consultation,
                    done_on: "2026-11-22".into(),
                },
            )
        })
        .unwrap();
    let step = &done.open.unwrap().steps[1];
    assert_eq!(step.entries.len(), 1);
    assert_eq!(step.done_on.as_deref(), Some("2026-11-22"));

    let decided = session
        .with_meldcode(&v.clock, &pupil, |store, grant| {
            meldcode::decide(
                store,
                &v.clock,
                grant,
                MeldcodeDecideRequest {
                    pupil_id: pupil.clone(),
                    decision: MeldcodeDecisionRecord {
                        decision: MeldcodeDecision::OrganiseHelp,
                        decided_on: "2026-11-23".into(),
                        decided_by: "Directeur".into(),
                        notes: None,
                    },
                },
            )
        })
        .unwrap();
    assert_eq!(
        decided.open.unwrap().decision_label.as_deref(),
        Some("Hulp organiseren en effecten volgen")
    );
    let closed = session
        .with_meldcode(&v.clock, &pupil, |store, grant| {
            meldcode::close(
                store,
                &v.clock,
                grant,
                MeldcodeCloseRequest {
                    pupil_id: pupil.clone(),
                    closed_on: "2026-11-23".into(),
                    closing_note: Some("Hulp loopt".into()),
                },
            )
        })
        .unwrap();
    assert!(closed.open.is_none() && closed.can_start);
    assert_eq!(closed.closed.len(), 1);
    assert!(!closed.closed[0].editable);

    // Audited like every record: the route's id, never its text.
    let route_id = route.id;
    let meldcode_rows: Vec<_> = actions(&session)
        .into_iter()
        .filter(|(action, ..)| action.starts_with("meldcode."))
        .collect();
    let expected: Vec<(String, String, Option<String>)> = [
        "meldcode.create",
        "meldcode.entry",
        "meldcode.step_done",
        "meldcode.decide",
        "meldcode.close",
    ]
    .iter()
    .map(|action| ((*action).into(), "meldcode".into(), Some(route_id.clone())))
    .collect();
    assert_eq!(meldcode_rows, expected);
}
