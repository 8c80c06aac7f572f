//! The OPP's six-week clock on Vandaag: an OPP not vastgesteld is listed from the day after its
//! deadline (not on the deadline itself), and so is a casus that decided on extra support
//! without starting an OPP.

use super::Setup;

#[test]
fn vandaag_lists_an_opp_not_vastgesteld_from_the_day_after_six_weeks() {
    use ibis_core::clock::FixedClock;
    use ibis_core::usecases::dashboard::{self, DashboardKind, Horizon};
    let mut s = Setup::new();
    // Clock start 02-11-2026: the six weeks end on 14-12-2026.
    s.start();
    let on = |day: u32| {
        use chrono::TimeZone;
        FixedClock::new(
            chrono::Utc
                .with_ymd_and_hms(2026, 12, day, 9, 0, 0)
                .single()
                .unwrap(),
        )
    };
    let listed = |s: &mut Setup, day: u32| {
        dashboard::get(s.v.store(), &on(day), &s.template)
            .unwrap()
            .items
            .into_iter()
            .filter(|i| i.kind == DashboardKind::OppNotEstablished)
            .collect::<Vec<_>>()
    };
    assert!(listed(&mut s, 13).is_empty(), "day before the deadline");
    assert!(
        listed(&mut s, 14).is_empty(),
        "the deadline itself is in time"
    );
    // Until then the deadline is coming: "OPP vaststellen", deze week on its own week.
    let coming = |s: &mut Setup, day: u32| {
        dashboard::get(s.v.store(), &on(day), &s.template)
            .unwrap()
            .items
            .into_iter()
            .filter(|i| i.kind == DashboardKind::OppEstablishDue)
            .map(|i| (i.horizon, i.due_date.clone(), i.days))
            .collect::<Vec<_>>()
    };
    let due = "2026-12-14".to_owned();
    assert_eq!(
        coming(&mut s, 13),
        [(Horizon::Soon, due.clone(), 1)],
        "Sunday"
    );
    assert_eq!(coming(&mut s, 14), [(Horizon::ThisWeek, due, 0)]);
    assert!(coming(&mut s, 15).is_empty());
    let after = listed(&mut s, 15);
    assert_eq!(after.len(), 1, "day after the deadline");
    assert_eq!(after[0].due_date, "2026-12-14");
    assert_eq!(after[0].days_late, 1);
    assert!(
        after[0].source.contains("WPO art. 40a lid 2"),
        "{}",
        after[0].source
    );
    assert_eq!(after[0].pupil_id, s.pupil_id);
}

#[test]
fn vandaag_lists_a_decision_for_extra_support_without_an_opp() {
    use ibis_core::clock::FixedClock;
    use ibis_core::store::cases as case_rows;
    use ibis_core::usecases::dashboard::{self, DashboardKind};
    let mut s = Setup::new();
    let case_id = s.case_id.clone();
    s.v.store()
        .write(|tx| case_rows::set_extra_support_decided(tx, &case_id, "2026-10-12"))
        .unwrap();
    let day = |d: u32| {
        use chrono::TimeZone;
        FixedClock::new(
            chrono::Utc
                .with_ymd_and_hms(2026, 11, d, 9, 0, 0)
                .single()
                .unwrap(),
        )
    };
    let kinds = |s: &mut Setup, d: u32| {
        dashboard::get(s.v.store(), &day(d), &s.template)
            .unwrap()
            .items
            .into_iter()
            .filter(|i| i.kind == DashboardKind::OppNotEstablished)
            .count()
    };
    assert_eq!(
        kinds(&mut s, 23),
        0,
        "23-11 is the last day of the six weeks"
    );
    assert_eq!(kinds(&mut s, 24), 1);
    // Starting the OPP moves the item to the OPP itself (still late: not vastgesteld).
    s.start();
    assert_eq!(kinds(&mut s, 24), 0, "the OPP's own clock starts 02-11");
}
