//! Verzuim and thuiszitten on the pupil page: register absences, record that verzuim was reported
//! to DUO, keep periods at home with their deviation plan. Every command answers the pupil's
//! [`AbsencePage`] (the registrations, the rolling total of ongeoorloofde hours in 4 lesweken, a
//! report that is due, the periods at home); Vandaag reads the same clocks.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::absence::{self, AbsenceDraft, AbsenceKind, clock as absence_clock};
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::home_stay::{self, ExemptionStatus, HomeStayDraft, clock as home_clock};
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::records::Pupil;
use crate::store::absences::{self as store_absences, AbsenceRow, HomeStayRow, ReportRow};
use crate::store::{Store, audit, pupils};
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Save an absence: a new one without `id`, else the one with that id.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveAbsenceRequest {
    pub id: Option<String>,
    pub pupil_id: String,
    pub absence: AbsenceDraft,
}

/// Record that the school reported the pupil's verzuim to DUO on `reportedOn`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportAbsenceRequest {
    pub pupil_id: String,
    pub reported_on: String,
}

/// Save a period at home: a new one without `id`, else the one with that id.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveHomeStayRequest {
    pub id: Option<String>,
    pub pupil_id: String,
    pub stay: HomeStayDraft,
}

/// Record the day the pupil was back at school.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndHomeStayRequest {
    pub id: String,
    pub ended_on: String,
}

/// One registration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AbsenceView {
    pub id: String,
    /// ISO date.
    pub date: String,
    /// Dutch hours: "1,5".
    pub hours: String,
    pub kind: AbsenceKind,
    pub reason: Option<String>,
}

/// A report to DUO that is due: the day 16 hours were reached and the last day to report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportDueView {
    pub reached_on: String,
    pub deadline: String,
    pub overdue: bool,
    /// Ongeoorloofde hours in the window on the day it was reached ("16").
    pub hours: String,
    pub rule: String,
    pub source: String,
}

/// How long a pupil has been at home, as the page and Vandaag show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AtHomeLevel {
    /// More than four weeks without vrijstelling.
    OverFourWeeks,
    /// More than three months (Thuiszitterspact).
    OverThreeMonths,
}

/// One period at home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HomeStayView {
    pub id: String,
    pub since: String,
    pub reason: String,
    pub exemption: ExemptionStatus,
    pub deviation_plan: Option<String>,
    pub deviation_ends_on: Option<String>,
    pub ended_on: Option<String>,
    /// Listed today (thuiszitter), and how long.
    pub level: Option<AtHomeLevel>,
}

/// The pupil's "Verzuim en thuiszitten" section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AbsencePage {
    pub pupil_id: String,
    /// Newest first.
    pub absences: Vec<AbsenceView>,
    /// Ongeoorloofde hours in the 4 lesweken up to today, after the last report ("12,5").
    pub rolling_hours: String,
    /// Whether school holidays are entered (without them every week is a lesweek).
    pub holidays_entered: bool,
    pub report_due: Option<ReportDueView>,
    /// ISO dates of the reports made, newest first.
    pub reports: Vec<String>,
    /// Newest first.
    pub home_stays: Vec<HomeStayView>,
}

/// The pupil's page.
pub fn list(store: &Store, clock: &dyn Clock, req: IdRequest) -> Result<AbsencePage> {
    check_id("id", &req.id)?;
    store.read(|conn| page_in(conn, clock.today(), &req.id))
}

pub fn save(store: &mut Store, clock: &dyn Clock, req: SaveAbsenceRequest) -> Result<AbsencePage> {
    check_ids(req.id.as_deref(), &req.pupil_id)?;
    let today = clock.today();
    change(store, clock, &req.pupil_id, |tx, pupil, now| {
        let (valid, reason) = absence::validate_absence(&req.absence, birth_date(pupil)?, today)?;
        if let Some(existing) = &req.id {
            same_pupil(
                &store_absences::get::<AbsenceRow>(tx, existing)?.pupil_id,
                &pupil.id,
            )?;
        }
        let others = store_absences::half_hours_on(tx, &pupil.id, valid.date, req.id.as_deref())?;
        absence::check_day_total(others, valid.half_hours)?;
        match &req.id {
            Some(existing) => {
                store_absences::update_absence(tx, existing, &valid, reason.as_deref(), now)?;
                audit::append(tx, now, AuditAction::AbsenceUpdate, Some(existing))
            }
            None => {
                let id = new_id(clock);
                store_absences::insert_absence(tx, &id, &pupil.id, &valid, reason.as_deref(), now)?;
                audit::append(tx, now, AuditAction::AbsenceCreate, Some(&id))
            }
        }
    })
}

pub fn delete(store: &mut Store, clock: &dyn Clock, req: IdRequest) -> Result<AbsencePage> {
    check_id("id", &req.id)?;
    let pupil_id =
        store.read(|conn| Ok(store_absences::get::<AbsenceRow>(conn, &req.id)?.pupil_id))?;
    change(store, clock, &pupil_id, |tx, _, now| {
        store_absences::delete_absence(tx, &req.id)?;
        audit::append(tx, now, AuditAction::AbsenceDelete, Some(&req.id))
    })
}

/// Records a report to DUO; verzuim up to its date no longer counts.
pub fn report(
    store: &mut Store,
    clock: &dyn Clock,
    req: ReportAbsenceRequest,
) -> Result<AbsencePage> {
    check_id("pupilId", &req.pupil_id)?;
    let reported_on = absence::validate_report_date(&req.reported_on, clock.today())?;
    change(store, clock, &req.pupil_id, |tx, pupil, now| {
        let id = new_id(clock);
        store_absences::insert_report(tx, &id, &pupil.id, reported_on, now)?;
        audit::append(tx, now, AuditAction::AbsenceReport, Some(&id))
    })
}

pub fn save_home_stay(
    store: &mut Store,
    clock: &dyn Clock,
    req: SaveHomeStayRequest,
) -> Result<AbsencePage> {
    check_ids(req.id.as_deref(), &req.pupil_id)?;
    let today = clock.today();
    change(store, clock, &req.pupil_id, |tx, pupil, now| {
        let valid = home_stay::validate_home_stay(&req.stay, birth_date(pupil)?, today)?;
        match &req.id {
            Some(existing) => {
                let stored = store_absences::get::<HomeStayRow>(tx, existing)?;
                same_pupil(&stored.pupil_id, &pupil.id)?;
                if stored.ended_on.is_some_and(|ended| ended < valid.since) {
                    return Err(Error::validation("since", Rule::OutOfRange));
                }
                store_absences::update_home_stay(tx, existing, &valid, now)?;
                audit::append(tx, now, AuditAction::HomeStayUpdate, Some(existing))
            }
            None => {
                let id = new_id(clock);
                store_absences::insert_home_stay(tx, &id, &pupil.id, &valid, now)?;
                audit::append(tx, now, AuditAction::HomeStayCreate, Some(&id))
            }
        }
    })
}

/// Records the day the pupil was back at school.
pub fn end_home_stay(
    store: &mut Store,
    clock: &dyn Clock,
    req: EndHomeStayRequest,
) -> Result<AbsencePage> {
    check_id("id", &req.id)?;
    let today = clock.today();
    let stored = store.read(|conn| store_absences::get::<HomeStayRow>(conn, &req.id))?;
    let ended_on = home_stay::validate_end(&req.ended_on, stored.stay.since, today)?;
    change(store, clock, &stored.pupil_id, |tx, _, now| {
        store_absences::end_home_stay(tx, &req.id, ended_on, now)?;
        audit::append(tx, now, AuditAction::HomeStayEnd, Some(&req.id))
    })
}

/// One transaction: the pupil must exist; `write` changes and audits (answering the audit row);
/// the refreshed page is the answer.
fn change(
    store: &mut Store,
    clock: &dyn Clock,
    pupil_id: &str,
    write: impl FnOnce(&Connection, &Pupil, &str) -> Result<i64>,
) -> Result<AbsencePage> {
    let now = now_text(clock);
    let today = clock.today();
    store.write(|tx| {
        let pupil = pupils::get(tx, pupil_id)?;
        write(tx, &pupil, &now)?;
        page_in(tx, today, pupil_id)
    })
}

/// The pupil's page, read inside any transaction.
pub(crate) fn page_in(conn: &Connection, today: Date, pupil_id: &str) -> Result<AbsencePage> {
    let pupil = pupils::get(conn, pupil_id)?;
    let holidays = super::holidays::calendar(conn)?;
    let rows = store_absences::of_pupil::<AbsenceRow>(conn, pupil_id)?;
    let reports = store_absences::of_pupil::<ReportRow>(conn, pupil_id)?;
    let last_report = reports.first().map(|report| report.reported_on);
    let registered: Vec<_> = rows.iter().map(|row| row.absence).collect();
    let rolling = absence_clock::rolling_total(&registered, last_report, &holidays, today);
    let report_due = absence_clock::report_due(&registered, last_report, &holidays, today)
        .map(|due| report_due_view(due, today));
    Ok(AbsencePage {
        pupil_id: pupil.id,
        absences: rows.into_iter().map(absence_view).collect(),
        rolling_hours: absence::hours_dutch(rolling),
        holidays_entered: !holidays.is_empty(),
        report_due,
        reports: reports
            .into_iter()
            .map(|report| dates::to_iso(report.reported_on))
            .collect(),
        home_stays: store_absences::of_pupil::<HomeStayRow>(conn, pupil_id)?
            .into_iter()
            .map(|row| home_stay_view(row, today))
            .collect(),
    })
}

pub(crate) fn report_due_view(due: absence_clock::ReportDue, today: Date) -> ReportDueView {
    ReportDueView {
        reached_on: dates::to_iso(due.reached_on),
        deadline: dates::to_iso(due.deadline),
        overdue: due.overdue(today),
        hours: absence::hours_dutch(due.window_half_hours),
        rule: absence_clock::RULE_REPORT.into(),
        source: absence_clock::SOURCE_REPORT.into(),
    }
}

/// The level of a period at home on `today`.
pub(crate) fn at_home_level(row: &HomeStayRow, today: Date) -> Option<AtHomeLevel> {
    home_clock::at_home(row.stay.since, row.ended_on, row.stay.exemption, today).map(|level| {
        match level {
            home_clock::AtHome::OverFourWeeks => AtHomeLevel::OverFourWeeks,
            home_clock::AtHome::OverThreeMonths => AtHomeLevel::OverThreeMonths,
        }
    })
}

impl AbsenceView {
    /// "geoorloofd" or "ongeoorloofd".
    pub fn kind_dutch(&self) -> &'static str {
        self.kind.dutch()
    }
}

fn absence_view(row: AbsenceRow) -> AbsenceView {
    AbsenceView {
        id: row.id,
        date: dates::to_iso(row.absence.date),
        hours: absence::hours_dutch(u32::from(row.absence.half_hours)),
        kind: row.absence.kind,
        reason: row.reason,
    }
}

fn home_stay_view(row: HomeStayRow, today: Date) -> HomeStayView {
    let level = at_home_level(&row, today);
    let (deviation_plan, deviation_ends_on) = match row.stay.deviation {
        Some(deviation) => (Some(deviation.plan), Some(dates::to_iso(deviation.ends_on))),
        None => (None, None),
    };
    HomeStayView {
        id: row.id,
        since: dates::to_iso(row.stay.since),
        reason: row.stay.reason,
        exemption: row.stay.exemption,
        deviation_plan,
        deviation_ends_on,
        ended_on: row.ended_on.map(dates::to_iso),
        level,
    }
}

fn check_ids(id: Option<&str>, pupil_id: &str) -> Result<()> {
    if let Some(id) = id {
        check_id("id", id)?;
    }
    check_id("pupilId", pupil_id)
}

/// A registration keeps its pupil (as hoorgesprekken do).
fn same_pupil(stored: &str, asked: &str) -> Result<()> {
    if stored != asked {
        return Err(Error::validation("pupilId", Rule::OutOfRange));
    }
    Ok(())
}

fn birth_date(pupil: &Pupil) -> Result<Date> {
    dates::parse_iso("birthDate", &pupil.birth_date)
        .map_err(|_| Error::Corrupt("pupil birth date".into()))
}
