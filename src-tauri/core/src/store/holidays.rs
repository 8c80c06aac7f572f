//! The `school_holidays` table: the school's holidays per schooljaar, as the user entered them.

use crate::domain::dates;
use crate::domain::school_year::Holiday;
use crate::error::Result;
use rusqlite::{Connection, params};

/// A stored holiday, dates as ISO text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayRow {
    pub id: String,
    pub school_year: String,
    pub name: String,
    pub first_day: String,
    pub last_day: String,
}

pub fn insert(conn: &Connection, id: &str, holiday: &Holiday, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO school_holidays (id, school_year, name, first_day, last_day, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            holiday.school_year.label(),
            holiday.name,
            dates::to_iso(holiday.first_day),
            dates::to_iso(holiday.last_day),
            now
        ],
    )?;
    Ok(())
}

/// Every holiday, by first day.
pub fn list(conn: &Connection) -> Result<Vec<HolidayRow>> {
    let mut statement = conn.prepare(
        "SELECT id, school_year, name, first_day, last_day FROM school_holidays
         ORDER BY first_day, last_day, id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(HolidayRow {
            id: row.get(0)?,
            school_year: row.get(1)?,
            name: row.get(2)?,
            first_day: row.get(3)?,
            last_day: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Returns whether the holiday was there.
pub fn delete(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM school_holidays WHERE id = ?1", [id])? > 0)
}
