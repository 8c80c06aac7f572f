//! The `absences`, `absence_reports` and `home_stays` tables (migration 0009): a pupil's verzuim,
//! the reports to DUO the school recorded, and the periods the pupil was at home. Dates are ISO
//! text; rows come back as domain values, and a stored value ibis-core cannot read is
//! [`Error::Corrupt`]. The three tables are read the same way — one row type per table
//! ([`PupilTable`]) and one set of generic reads (`get`, `of_pupil`) — as `store/hearings.rs`
//! does for its two tables; writes differ per table and stay apart.

use crate::domain::absence::{Absence, AbsenceKind};
use crate::domain::dates;
use crate::domain::entity::Entity;
use crate::domain::home_stay::{Deviation, ExemptionStatus, HomeStay};
use crate::error::{Error, Result};
use chrono::NaiveDate as Date;
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A stored absence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsenceRow {
    pub id: String,
    pub pupil_id: String,
    pub absence: Absence,
    pub reason: Option<String>,
}

/// A stored report to DUO.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub id: String,
    pub pupil_id: String,
    pub reported_on: Date,
}

/// A stored period at home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeStayRow {
    pub id: String,
    pub pupil_id: String,
    pub stay: HomeStay,
    pub ended_on: Option<Date>,
}

pub fn insert_absence(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    absence: &Absence,
    reason: Option<&str>,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO absences (id, pupil_id, date, half_hours, kind, reason, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            pupil_id,
            dates::to_iso(absence.date),
            absence.half_hours,
            absence.kind.as_str(),
            reason,
            now
        ],
    )?;
    Ok(())
}

/// Replaces an absence's date, hours, kind and reason (the pupil cannot change).
pub fn update_absence(
    conn: &Connection,
    id: &str,
    absence: &Absence,
    reason: Option<&str>,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE absences SET date = ?2, half_hours = ?3, kind = ?4, reason = ?5, updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            dates::to_iso(absence.date),
            absence.half_hours,
            absence.kind.as_str(),
            reason,
            now
        ],
    )?;
    found(changed, Entity::Absence)
}

pub fn delete_absence(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn.execute("DELETE FROM absences WHERE id = ?1", [id])?;
    found(changed, Entity::Absence)
}

/// Every pupil's ongeoorloofde absences (for Vandaag), by pupil and date.
pub fn unauthorised_absences(conn: &Connection) -> Result<Vec<AbsenceRow>> {
    rows(
        conn,
        "WHERE kind = 'unauthorised' ORDER BY pupil_id, date, id",
        [],
    )
}

/// Half-hours already registered for the pupil on `date`, leaving out `except` (the one edited).
pub fn half_hours_on(
    conn: &Connection,
    pupil_id: &str,
    date: Date,
    except: Option<&str>,
) -> Result<u16> {
    let total: i64 = conn.query_row(
        "SELECT COALESCE(SUM(half_hours), 0) FROM absences
         WHERE pupil_id = ?1 AND date = ?2 AND id IS NOT ?3",
        params![pupil_id, dates::to_iso(date), except],
        |row| row.get(0),
    )?;
    u16::try_from(total).map_err(|_| Error::Corrupt("absence hours".into()))
}

pub fn insert_report(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    reported_on: Date,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO absence_reports (id, pupil_id, reported_on, created_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![id, pupil_id, dates::to_iso(reported_on), now],
    )?;
    Ok(())
}

pub fn insert_home_stay(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    stay: &HomeStay,
    now: &str,
) -> Result<()> {
    let (plan, ends_on) = deviation_columns(stay);
    conn.execute(
        "INSERT INTO home_stays (id, pupil_id, since, reason, exemption, deviation_plan,
             deviation_ends_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id,
            pupil_id,
            dates::to_iso(stay.since),
            stay.reason,
            stay.exemption.as_str(),
            plan,
            ends_on,
            now
        ],
    )?;
    Ok(())
}

/// Replaces a period's since date, reason, vrijstelling and deviation (not its end).
pub fn update_home_stay(conn: &Connection, id: &str, stay: &HomeStay, now: &str) -> Result<()> {
    let (plan, ends_on) = deviation_columns(stay);
    let changed = conn.execute(
        "UPDATE home_stays SET since = ?2, reason = ?3, exemption = ?4, deviation_plan = ?5,
             deviation_ends_on = ?6, updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            dates::to_iso(stay.since),
            stay.reason,
            stay.exemption.as_str(),
            plan,
            ends_on,
            now
        ],
    )?;
    found(changed, Entity::HomeStay)
}

/// Records the day the pupil was back at school.
pub fn end_home_stay(conn: &Connection, id: &str, ended_on: Date, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE home_stays SET ended_on = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, dates::to_iso(ended_on), now],
    )?;
    found(changed, Entity::HomeStay)
}

/// Every period without an end (for Vandaag), by since date.
pub fn open_home_stays(conn: &Connection) -> Result<Vec<HomeStayRow>> {
    rows(conn, "WHERE ended_on IS NULL ORDER BY since, id", [])
}

/// A row type of one of the three tables: where it lives and how a row reads back.
pub trait PupilTable: Sized {
    const TABLE: &'static str;
    /// The columns [`PupilTable::from_row`] reads, in its order.
    const COLUMNS: &'static str;
    /// A pupil's rows, newest first.
    const NEWEST_FIRST: &'static str;
    const ENTITY: Entity;
    /// The row as a domain value; the outer error is SQLite's, the inner one a stored value
    /// ibis-core cannot read.
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Self>>;
}

impl PupilTable for AbsenceRow {
    const TABLE: &'static str = "absences";
    const COLUMNS: &'static str = "id, pupil_id, date, half_hours, kind, reason";
    const NEWEST_FIRST: &'static str = "date DESC, created_at DESC, id";
    const ENTITY: Entity = Entity::Absence;
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Self>> {
        absence_from_row(row)
    }
}

impl PupilTable for ReportRow {
    const TABLE: &'static str = "absence_reports";
    const COLUMNS: &'static str = "id, pupil_id, reported_on";
    const NEWEST_FIRST: &'static str = "reported_on DESC, created_at DESC, id";
    const ENTITY: Entity = Entity::AbsenceReport;
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Self>> {
        let id: String = row.get(0)?;
        let pupil_id: String = row.get(1)?;
        let reported_on: String = row.get(2)?;
        Ok(stored_date(&reported_on).map(|reported_on| ReportRow {
            id,
            pupil_id,
            reported_on,
        }))
    }
}

impl PupilTable for HomeStayRow {
    const TABLE: &'static str = "home_stays";
    const COLUMNS: &'static str =
        "id, pupil_id, since, reason, exemption, deviation_plan, deviation_ends_on, ended_on";
    const NEWEST_FIRST: &'static str = "since DESC, created_at DESC, id";
    const ENTITY: Entity = Entity::HomeStay;
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Self>> {
        home_stay_from_row(row)
    }
}

/// One row by id.
pub fn get<T: PupilTable>(conn: &Connection, id: &str) -> Result<T> {
    conn.query_row(
        &format!("SELECT {} FROM {} WHERE id = ?1", T::COLUMNS, T::TABLE),
        [id],
        T::from_row,
    )
    .optional()?
    .ok_or(Error::NotFound { entity: T::ENTITY })?
}

/// The pupil's rows, newest first.
pub fn of_pupil<T: PupilTable>(conn: &Connection, pupil_id: &str) -> Result<Vec<T>> {
    rows(
        conn,
        &format!("WHERE pupil_id = ?1 ORDER BY {}", T::NEWEST_FIRST),
        [pupil_id],
    )
}

/// The rows `filter` (a WHERE and ORDER BY clause) selects.
fn rows<T: PupilTable>(
    conn: &Connection,
    filter: &str,
    values: impl rusqlite::Params,
) -> Result<Vec<T>> {
    let mut statement =
        conn.prepare(&format!("SELECT {} FROM {} {filter}", T::COLUMNS, T::TABLE))?;
    let rows = statement.query_map(values, T::from_row)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .collect()
}

fn deviation_columns(stay: &HomeStay) -> (Option<&str>, Option<String>) {
    match &stay.deviation {
        Some(deviation) => (
            Some(deviation.plan.as_str()),
            Some(dates::to_iso(deviation.ends_on)),
        ),
        None => (None, None),
    }
}

fn absence_from_row(row: &Row<'_>) -> rusqlite::Result<Result<AbsenceRow>> {
    let id: String = row.get(0)?;
    let pupil_id: String = row.get(1)?;
    let date: String = row.get(2)?;
    let half_hours: u16 = row.get(3)?;
    let kind: String = row.get(4)?;
    let reason: Option<String> = row.get(5)?;
    Ok((|| {
        Ok(AbsenceRow {
            id,
            pupil_id,
            absence: Absence {
                date: stored_date(&date)?,
                half_hours,
                kind: AbsenceKind::parse(&kind).ok_or(Error::Corrupt("absence kind".into()))?,
            },
            reason,
        })
    })())
}

fn home_stay_from_row(row: &Row<'_>) -> rusqlite::Result<Result<HomeStayRow>> {
    let id: String = row.get(0)?;
    let pupil_id: String = row.get(1)?;
    let since: String = row.get(2)?;
    let reason: String = row.get(3)?;
    let exemption: String = row.get(4)?;
    let plan: Option<String> = row.get(5)?;
    let ends_on: Option<String> = row.get(6)?;
    let ended_on: Option<String> = row.get(7)?;
    Ok((|| {
        let deviation = match (plan, ends_on) {
            (Some(plan), Some(ends_on)) => Some(Deviation {
                plan,
                ends_on: stored_date(&ends_on)?,
            }),
            _ => None,
        };
        Ok(HomeStayRow {
            id,
            pupil_id,
            stay: HomeStay {
                since: stored_date(&since)?,
                reason,
                exemption: ExemptionStatus::parse(&exemption)
                    .ok_or(Error::Corrupt("home stay exemption".into()))?,
                deviation,
            },
            ended_on: ended_on.as_deref().map(stored_date).transpose()?,
        })
    })())
}

fn stored_date(value: &str) -> Result<Date> {
    Date::parse_from_str(value, "%Y-%m-%d").map_err(|_| Error::Corrupt("stored date".into()))
}

fn found(changed: usize, entity: Entity) -> Result<()> {
    if changed == 0 {
        return Err(Error::NotFound { entity });
    }
    Ok(())
}
