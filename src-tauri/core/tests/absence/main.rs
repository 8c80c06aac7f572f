//! Verzuim and thuiszitten suite on a real vault (Monday 23 November 2026): registrations add up
//! to the rolling total; 16 ongeoorloofde hours within 4 lesweken make a report due with its
//! deadline, and recording the report clears it; a day holds at most 8 hours; a period at home is
//! listed from four weeks and one day, keeps its deviation plan, and ends; every change is
//! audited.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

use ibis_core::domain::absence::{AbsenceDraft, AbsenceKind};
use ibis_core::domain::home_stay::{ExemptionStatus, HomeStayDraft};
use ibis_core::usecases::absence::{
    self, AbsencePage, AtHomeLevel, EndHomeStayRequest, ReportAbsenceRequest, SaveAbsenceRequest,
    SaveHomeStayRequest,
};
use ibis_core::usecases::{IdRequest, audit};
use ibis_core::{Error, Rule};
use support::TestVault;

struct Setup {
    v: TestVault,
    pupil_id: String,
}

impl Setup {
    fn new() -> Setup {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Sanne", "de Vries");
        Setup { v, pupil_id }
    }

    fn save(&mut self, date: &str, hours: &str, kind: AbsenceKind) -> Result<AbsencePage, Error> {
        let request = SaveAbsenceRequest {
            id: None,
            pupil_id: self.pupil_id.clone(),
            absence: AbsenceDraft {
                date: date.into(),
                hours: hours.into(),
                kind: Some(kind),
                reason: None,
            },
        };
        absence::save(self.v.store.as_mut().unwrap(), &self.v.clock, request)
    }

    fn save_stay(&mut self, id: Option<String>, stay: HomeStayDraft) -> Result<AbsencePage, Error> {
        let request = SaveHomeStayRequest {
            id,
            pupil_id: self.pupil_id.clone(),
            stay,
        };
        absence::save_home_stay(self.v.store.as_mut().unwrap(), &self.v.clock, request)
    }

    fn last_action(&mut self) -> String {
        audit::entries(self.v.store())
            .unwrap()
            .last()
            .unwrap()
            .action
            .clone()
    }
}

fn stay(since: &str) -> HomeStayDraft {
    HomeStayDraft {
        since: since.into(),
        reason: "angstklachten".into(),
        exemption: ExemptionStatus::None,
        deviation_plan: None,
        deviation_ends_on: None,
    }
}

#[test]
fn sixteen_hours_make_a_report_due_and_recording_it_clears_it() {
    let mut s = Setup::new();
    // Weeks of 2, 9 and 16 November and the week of today (23 November): four lesweken.
    s.save("2026-11-03", "4", AbsenceKind::Unauthorised)
        .unwrap();
    s.save("2026-11-10", "4", AbsenceKind::Unauthorised)
        .unwrap();
    s.save("2026-11-17", "8", AbsenceKind::Authorised).unwrap();
    let page = s
        .save("2026-11-18", "7,5", AbsenceKind::Unauthorised)
        .unwrap();
    assert_eq!(page.rolling_hours, "15,5");
    assert_eq!(page.report_due, None, "15,5 hours are not enough");
    assert_eq!(s.last_action(), "absence.create");

    let page = s
        .save("2026-11-23", "0,5", AbsenceKind::Unauthorised)
        .unwrap();
    assert_eq!(page.rolling_hours, "16");
    let due = page.report_due.expect("16 hours reached");
    assert_eq!(due.reached_on, "2026-11-23");
    assert_eq!(due.deadline, "2026-11-30");
    assert!(!due.overdue);
    assert!(due.rule.contains("16 uur"));
    assert!(due.source.contains("art. 21a"));
    assert!(!page.holidays_entered);
    assert_eq!(page.absences.len(), 5);
    assert_eq!(page.absences[0].date, "2026-11-23", "newest first");

    let request = ReportAbsenceRequest {
        pupil_id: s.pupil_id.clone(),
        reported_on: "2026-11-23".into(),
    };
    let page = absence::report(s.v.store.as_mut().unwrap(), &s.v.clock, request).unwrap();
    assert_eq!(page.report_due, None);
    assert_eq!(page.rolling_hours, "0");
    assert_eq!(page.reports, vec!["2026-11-23".to_string()]);
    assert_eq!(s.last_action(), "absence_report.create");

    // A report in the future is refused.
    let request = ReportAbsenceRequest {
        pupil_id: s.pupil_id.clone(),
        reported_on: "2026-11-24".into(),
    };
    let error = absence::report(s.v.store.as_mut().unwrap(), &s.v.clock, request).unwrap_err();
    assert!(matches!(
        error,
        Error::Validation {
            field: "reportedOn",
            rule: Rule::DateInFuture
        }
    ));
}

#[test]
fn a_day_holds_at_most_eight_hours_and_edits_and_deletes_are_audited() {
    let mut s = Setup::new();
    let page = s.save("2026-11-20", "6", AbsenceKind::Authorised).unwrap();
    let id = page.absences[0].id.clone();
    let error = s
        .save("2026-11-20", "2,5", AbsenceKind::Unauthorised)
        .unwrap_err();
    assert!(matches!(
        error,
        Error::Validation {
            field: "hours",
            rule: Rule::OutOfRange
        }
    ));
    // Editing the one registration to 8 hours is fine: it does not count itself twice.
    let request = SaveAbsenceRequest {
        id: Some(id.clone()),
        pupil_id: s.pupil_id.clone(),
        absence: AbsenceDraft {
            date: "2026-11-20".into(),
            hours: "8".into(),
            kind: Some(AbsenceKind::Unauthorised),
            reason: Some("spijbelen".into()),
        },
    };
    let page = absence::save(s.v.store.as_mut().unwrap(), &s.v.clock, request).unwrap();
    assert_eq!(page.absences[0].hours, "8");
    assert_eq!(page.absences[0].reason.as_deref(), Some("spijbelen"));
    assert_eq!(s.last_action(), "absence.update");

    // Another pupil cannot take the registration over.
    let other = s.v.add_pupil("Daan", "Jansen");
    let request = SaveAbsenceRequest {
        id: Some(id.clone()),
        pupil_id: other,
        absence: AbsenceDraft {
            date: "2026-11-20".into(),
            hours: "1".into(),
            kind: Some(AbsenceKind::Unauthorised),
            reason: None,
        },
    };
    assert!(absence::save(s.v.store.as_mut().unwrap(), &s.v.clock, request).is_err());

    let page = absence::delete(s.v.store.as_mut().unwrap(), &s.v.clock, IdRequest { id }).unwrap();
    assert!(page.absences.is_empty());
    assert_eq!(s.last_action(), "absence.delete");
}

#[test]
fn a_pupil_four_weeks_and_one_day_at_home_is_listed_and_the_period_ends() {
    let mut s = Setup::new();
    // Since 26 October: 23 November is four weeks after it, not listed yet.
    let page = s.save_stay(None, stay("2026-10-26")).unwrap();
    assert_eq!(page.home_stays[0].level, None);
    assert_eq!(s.last_action(), "home_stay.create");
    let id = page.home_stays[0].id.clone();

    let mut with_plan = stay("2026-10-25");
    with_plan.exemption = ExemptionStatus::Requested;
    with_plan.deviation_plan =
        Some("Eerst twee ochtenden per week, elke week een dagdeel erbij".into());
    with_plan.deviation_ends_on = Some("2027-01-29".into());
    let page = s.save_stay(Some(id.clone()), with_plan).unwrap();
    let saved = &page.home_stays[0];
    assert_eq!(saved.level, Some(AtHomeLevel::OverFourWeeks));
    assert_eq!(saved.exemption, ExemptionStatus::Requested);
    assert_eq!(saved.deviation_ends_on.as_deref(), Some("2027-01-29"));
    assert_eq!(s.last_action(), "home_stay.update");

    // Back before the first day at home: refused.
    let request = EndHomeStayRequest {
        id: id.clone(),
        ended_on: "2026-10-24".into(),
    };
    let error =
        absence::end_home_stay(s.v.store.as_mut().unwrap(), &s.v.clock, request).unwrap_err();
    assert!(matches!(
        error,
        Error::Validation {
            field: "endedOn",
            rule: Rule::DateBeforeStart
        }
    ));
    let request = EndHomeStayRequest {
        id,
        ended_on: "2026-11-23".into(),
    };
    let page = absence::end_home_stay(s.v.store.as_mut().unwrap(), &s.v.clock, request).unwrap();
    assert_eq!(page.home_stays[0].ended_on.as_deref(), Some("2026-11-23"));
    assert_eq!(page.home_stays[0].level, None);
    assert_eq!(s.last_action(), "home_stay.end");
}

#[test]
fn a_deviation_plan_without_its_end_date_names_the_field() {
    let mut s = Setup::new();
    let mut draft = stay("2026-10-01");
    draft.deviation_plan = Some("Terug naar het volledige rooster".into());
    let error = s.save_stay(None, draft).unwrap_err();
    let fields: Vec<_> = error
        .field_errors()
        .into_iter()
        .map(|field| (field.field.to_string(), field.rule))
        .collect();
    assert_eq!(
        fields,
        vec![("deviationEndsOn".to_string(), Rule::Required)]
    );
}

#[test]
fn vandaag_lists_the_report_and_the_thuiszitters_with_rule_and_source() {
    use ibis_core::template::Template;
    use ibis_core::usecases::dashboard::{self, DashboardKind, Horizon};
    let mut s = Setup::new();
    s.save("2026-11-19", "8", AbsenceKind::Unauthorised)
        .unwrap();
    s.save("2026-11-20", "8", AbsenceKind::Unauthorised)
        .unwrap();
    // Five weeks at home, and four months at home for a second pupil.
    s.save_stay(None, stay("2026-10-19")).unwrap();
    let first = s.pupil_id.clone();
    s.pupil_id = s.v.add_pupil("Daan", "Jansen");
    s.save_stay(None, stay("2026-07-20")).unwrap();
    // A third pupil four weeks (not yet one day more) at home is not late: the four weeks end
    // today ("deze week").
    s.pupil_id = s.v.add_pupil("Noor", "Bakker");
    s.save_stay(None, stay("2026-10-26")).unwrap();
    let third = s.pupil_id.clone();

    let template = Template::landelijk().unwrap();
    let board = dashboard::get(s.v.store.as_ref().unwrap(), &s.v.clock, &template).unwrap();
    let of_kinds = |horizon: Horizon| -> Vec<_> {
        board
            .items
            .iter()
            .filter(|item| {
                item.horizon == horizon
                    && matches!(
                        item.kind,
                        DashboardKind::AbsenceReportDue
                            | DashboardKind::HomeStay
                            | DashboardKind::HomeStayLong
                    )
            })
            .collect()
    };
    // This week (Monday 23 November): the DUO report (due Friday) and the third pupil's four
    // weeks (ending today); late: the two thuiszitters.
    let mut this_week = of_kinds(Horizon::ThisWeek);
    this_week.sort_by_key(|item| item.kind);
    assert_eq!(this_week.len(), 2, "{this_week:#?}");
    let report = &this_week[0];
    assert_eq!(report.kind, DashboardKind::AbsenceReportDue);
    assert_eq!(report.pupil_id, first);
    assert_eq!(report.date, "2026-11-20");
    assert_eq!(report.due_date, "2026-11-27");
    assert!(report.source.contains("art. 21a"));
    assert_eq!(this_week[1].kind, DashboardKind::HomeStay);
    assert_eq!(this_week[1].pupil_id, third);
    assert_eq!(this_week[1].due_date, "2026-11-23");
    assert_eq!(this_week[1].days_late, 0);
    let mut late = of_kinds(Horizon::Overdue);
    late.sort_by_key(|item| item.kind);
    assert_eq!(late.len(), 2, "{late:#?}");
    assert_eq!(late[0].kind, DashboardKind::HomeStay);
    assert_eq!(late[0].pupil_id, first);
    assert_eq!(late[0].days, 35);
    assert_eq!(late[1].kind, DashboardKind::HomeStayLong);
    assert!(late[1].source.contains("Thuiszitterspact"));
}
