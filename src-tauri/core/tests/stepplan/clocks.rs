//! The dashboard's clocks with the school's holidays (issue 7 item 1): waiting times and
//! evaluation dates count in school weeks where the template says so; without entered holidays
//! they count calendar weeks; the item carries its rule and its source apart.

use super::casus::{Casus, goal};
use chrono::TimeDelta;
use ibis_core::domain::stepplan::StepKey;
use ibis_core::usecases::dashboard::{self, DashboardKind, WeekCounting};
use ibis_core::usecases::holidays::{self, HolidayInput};

fn herfstvakantie() -> HolidayInput {
    HolidayInput {
        school_year: "2026-2027".into(),
        name: "Herfstvakantie".into(),
        first_day: "2026-10-17".into(),
        last_day: "2026-10-25".into(),
    }
}

fn evaluation_items(c: &mut Casus) -> Vec<(DashboardKind, String, i32)> {
    let d = dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template).unwrap();
    d.items
        .iter()
        .filter(|i| i.record_id.is_some())
        .map(|i| (i.kind, i.due_date.clone(), i.days_late))
        .collect()
}

#[test]
fn an_evaluation_in_the_herfstvakantie_is_not_late_until_after_it() {
    let mut c = Casus::new();
    c.save(goal("2026-10-21")).unwrap(); // Wednesday in the herfstvakantie
    c.v.clock.advance(TimeDelta::days(-31)); // Friday 23-10-2026
    assert_eq!(
        evaluation_items(&mut c),
        vec![(DashboardKind::EvaluationOverdue, "2026-10-21".into(), 2)],
        "without entered holidays Ibis counts calendar days"
    );
    let clock = &c.v.clock;
    holidays::add(c.v.store.as_mut().unwrap(), clock, herfstvakantie()).unwrap();
    let planned = vec![(DashboardKind::EvaluationPlanned, "2026-10-26".into(), 0)];
    assert_eq!(
        evaluation_items(&mut c),
        planned,
        "in the holiday: not yet due, coming on the first day after it"
    );
    c.v.clock.advance(TimeDelta::days(2)); // Sunday 25-10, last holiday day
    assert_eq!(evaluation_items(&mut c), planned);
    c.v.clock.advance(TimeDelta::days(1)); // Monday 26-10: due today
    assert_eq!(
        evaluation_items(&mut c),
        vec![(DashboardKind::EvaluationDueThisWeek, "2026-10-26".into(), 0)]
    );
    c.v.clock.advance(TimeDelta::days(1)); // Tuesday 27-10: one school day late
    assert_eq!(
        evaluation_items(&mut c),
        vec![(DashboardKind::EvaluationOverdue, "2026-10-26".into(), 1)]
    );
}

#[test]
fn a_waiting_step_gets_the_holiday_days_added() {
    // The casus starts 07-09-2026; Signaleren may wait 4 weeks: calendar due 05-10-2026.
    let mut c = Casus::new();
    let waiting = |c: &mut Casus| {
        let d = dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template).unwrap();
        d.items
            .iter()
            .find(|i| i.kind == DashboardKind::StepWaiting)
            .map(|i| {
                (
                    i.due_date.clone(),
                    i.days_late,
                    i.rule.clone(),
                    i.source.clone(),
                )
            })
    };
    c.v.clock.advance(TimeDelta::days(-49)); // Monday 05-10-2026, the last day
    assert_eq!(waiting(&mut c), None);
    c.v.clock.advance(TimeDelta::days(1)); // the day after
    let (due, late, rule, source) = waiting(&mut c).unwrap();
    assert_eq!((due.as_str(), late), ("2026-10-05", 1));
    assert!(rule.contains("geen schoolvakanties ingevoerd"), "{rule}");
    assert_eq!(source, "Ibis-ontwerp, sjabloon ‘Landelijk’ versie 1");
    assert!(
        !rule.contains("Ibis-ontwerp"),
        "the source is its own field: {rule}"
    );
    // A holiday inside the four weeks (a study week 28-09 to 02-10) moves the end by five days.
    let clock = &c.v.clock;
    holidays::add(
        c.v.store.as_mut().unwrap(),
        clock,
        HolidayInput {
            school_year: "2026-2027".into(),
            name: "Studieweek".into(),
            first_day: "2026-09-28".into(),
            last_day: "2026-10-02".into(),
        },
    )
    .unwrap();
    c.v.clock.advance(TimeDelta::days(4)); // Saturday 10-10-2026, the new last day
    assert_eq!(waiting(&mut c), None);
    c.v.clock.advance(TimeDelta::days(1));
    let (due, late, rule, _) = waiting(&mut c).unwrap();
    assert_eq!((due.as_str(), late), ("2026-10-10", 1));
    assert!(rule.contains("tellen niet mee"), "{rule}");
    let d = dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template).unwrap();
    assert_eq!(d.week_counting, WeekCounting::SchoolWeeks);
    assert_eq!(
        d.items
            .iter()
            .find(|i| i.kind == DashboardKind::StepWaiting)
            .unwrap()
            .step,
        Some(StepKey::Signaleren)
    );
}

#[test]
fn the_dashboard_says_how_it_counted() {
    let mut c = Casus::new();
    let counting = |c: &mut Casus| {
        dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template)
            .unwrap()
            .week_counting
    };
    assert_eq!(counting(&mut c), WeekCounting::SchoolWeeksWithoutHolidays);
    let clock = &c.v.clock;
    holidays::add(c.v.store.as_mut().unwrap(), clock, herfstvakantie()).unwrap();
    assert_eq!(counting(&mut c), WeekCounting::SchoolWeeks);
    c.template = ibis_core::template::Template::parse(
        &ibis_core::template::LANDELIJK.replace("\"school_weeks\"", "\"calendar\""),
    )
    .unwrap();
    assert_eq!(counting(&mut c), WeekCounting::Calendar);
}
