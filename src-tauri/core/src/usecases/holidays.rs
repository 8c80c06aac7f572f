//! Settings → Schoolvakanties: the school's holidays per schooljaar, entered by the user. The
//! dashboard counts waiting times and evaluation dates in school weeks with them where the
//! template says so (see `domain::deadlines`); later features (verzuim in lesweken) reuse them.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::entity::Entity;
use crate::domain::school_year::{self, HolidayCalendar, HolidayDraft, SchoolYear};
use crate::error::{Error, Result};
use crate::ids::new_id;
use crate::store::{Store, audit, holidays};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A holiday as the user types it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayInput {
    /// "2026-2027".
    pub school_year: String,
    /// "Herfstvakantie", "Kerstvakantie", …
    pub name: String,
    /// ISO date, inclusive.
    pub first_day: String,
    /// ISO date, inclusive; not before `first_day`; inside the schooljaar.
    pub last_day: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayView {
    pub id: String,
    pub school_year: String,
    pub name: String,
    pub first_day: String,
    pub last_day: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayList {
    /// The schooljaar of today ("2026-2027"), the one the form offers first.
    pub current_school_year: String,
    /// Every entered holiday, by first day.
    pub holidays: Vec<HolidayView>,
}

/// Every entered holiday and today's schooljaar.
pub fn list(store: &Store, clock: &dyn Clock) -> Result<HolidayList> {
    let rows = store.read(holidays::list)?;
    Ok(HolidayList {
        current_school_year: SchoolYear::containing(clock.today()).label(),
        holidays: rows
            .into_iter()
            .map(|row| HolidayView {
                id: row.id,
                school_year: row.school_year,
                name: row.name,
                first_day: row.first_day,
                last_day: row.last_day,
            })
            .collect(),
    })
}

/// Adds a holiday. Bad input (no name, end before start, outside the schooljaar) changes
/// nothing and names the field.
pub fn add(store: &mut Store, clock: &dyn Clock, req: HolidayInput) -> Result<HolidayList> {
    let holiday = school_year::validate_holiday(&HolidayDraft {
        school_year: &req.school_year,
        name: &req.name,
        first_day: &req.first_day,
        last_day: &req.last_day,
    })?;
    let now = now_text(clock);
    let id = new_id(clock);
    store.write(|tx| {
        holidays::insert(tx, &id, &holiday, &now)?;
        audit::append(tx, &now, AuditAction::HolidayAdd, Some(&id))
    })?;
    list(store, clock)
}

/// Removes a holiday; an unknown id is `NotFound` and changes nothing.
pub fn remove(store: &mut Store, clock: &dyn Clock, req: IdRequest) -> Result<HolidayList> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        if !holidays::delete(tx, &req.id)? {
            return Err(Error::NotFound {
                entity: Entity::Holiday,
            });
        }
        audit::append(tx, &now, AuditAction::HolidayRemove, Some(&req.id))
    })?;
    list(store, clock)
}

/// The entered holidays as a calendar for deadline maths (rows were validated on entry).
pub(crate) fn calendar(conn: &rusqlite::Connection) -> Result<HolidayCalendar> {
    let ranges = holidays::list(conn)?
        .iter()
        .map(|row| -> Result<(Date, Date)> {
            Ok((
                dates::parse_iso("firstDay", &row.first_day)?,
                dates::parse_iso("lastDay", &row.last_day)?,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(HolidayCalendar::new(ranges))
}
