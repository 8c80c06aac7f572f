//! The `pupils` table. Lists are ordered by `sort_key` (last name without tussenvoegsel, then
//! first name; see `domain::names`), so every caller gets Dutch order without sorting again.

use crate::domain::entity::Entity;
use crate::domain::pupil::{EducationType, ValidPupil};
use crate::domain::{dates, names};
use crate::error::{Error, Result};
use crate::records::{Pupil, PupilNames, PupilSummary};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter, types::Value};

pub fn insert(conn: &Connection, id: &str, pupil: &ValidPupil, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO pupils (id, first_name, last_name, birth_date, education_type, grade, school,
                             contact_person, notes, search_key, created_at, updated_at,
                             surname_prefix, sort_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13)",
        params![
            id,
            pupil.first_name,
            pupil.last_name,
            dates::to_iso(pupil.birth_date),
            pupil.education_type.as_str(),
            pupil.grade,
            pupil.school,
            pupil.contact_person,
            pupil.notes,
            pupil.search_key,
            now,
            pupil.surname_prefix,
            pupil.sort_key
        ],
    )?;
    Ok(())
}

/// Updates every editable field; `NotFound` when the id does not exist.
pub fn update(conn: &Connection, id: &str, pupil: &ValidPupil, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE pupils SET first_name = ?2, last_name = ?3, birth_date = ?4, education_type = ?5,
                grade = ?6, school = ?7, contact_person = ?8, notes = ?9, search_key = ?10,
                updated_at = ?11, surname_prefix = ?12, sort_key = ?13
         WHERE id = ?1",
        params![
            id,
            pupil.first_name,
            pupil.last_name,
            dates::to_iso(pupil.birth_date),
            pupil.education_type.as_str(),
            pupil.grade,
            pupil.school,
            pupil.contact_person,
            pupil.notes,
            pupil.search_key,
            now,
            pupil.surname_prefix,
            pupil.sort_key
        ],
    )?;
    found(changed)
}

/// Sets or clears `archived_at`.
pub fn set_archived(
    conn: &Connection,
    id: &str,
    archived_at: Option<&str>,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE pupils SET archived_at = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, archived_at, now],
    )?;
    found(changed)
}

pub fn get(conn: &Connection, id: &str) -> Result<Pupil> {
    conn.query_row(
        "SELECT id, first_name, last_name, birth_date, education_type, grade, school,
                contact_person, notes, archived_at, created_at, updated_at, surname_prefix
         FROM pupils WHERE id = ?1",
        [id],
        pupil_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::Pupil,
    })
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter<'a> {
    /// Already folded with `text::search_key`; every word must occur in the name.
    pub search_key: Option<&'a str>,
    pub include_archived: bool,
    pub limit: Option<u32>,
}

/// Pupils in Dutch list order (see the module comment), with their number of open cases.
pub fn list(conn: &Connection, filter: &ListFilter<'_>) -> Result<Vec<PupilSummary>> {
    let mut sql = String::from(
        "SELECT p.id, p.first_name, p.last_name, p.birth_date, p.education_type, p.grade, p.school,
                p.archived_at IS NOT NULL,
                (SELECT count(*) FROM cases c WHERE c.pupil_id = p.id AND c.status = 'open'),
                p.surname_prefix
         FROM pupils p WHERE 1 = 1",
    );
    let mut values: Vec<Value> = Vec::new();
    if !filter.include_archived {
        sql.push_str(" AND p.archived_at IS NULL");
    }
    for word in filter.search_key.unwrap_or("").split_whitespace() {
        sql.push_str(" AND p.search_key LIKE ? ESCAPE '\\'");
        values.push(Value::Text(format!("%{}%", escape_like(word))));
    }
    sql.push_str(" ORDER BY p.sort_key, p.id");
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        values.push(Value::Integer(i64::from(limit)));
    }
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(values), |row| {
        let first_name: String = row.get(1)?;
        let surname_prefix: Option<String> = row.get(9)?;
        let last_name: String = row.get(2)?;
        let names = PupilNames::of(&first_name, surname_prefix.as_deref(), &last_name);
        let education_type = education_type(row, 4)?;
        Ok(PupilSummary {
            id: row.get(0)?,
            first_name,
            surname_prefix,
            last_name,
            full_name: names.full_name,
            list_name: names.list_name,
            birth_date: row.get(3)?,
            education_type,
            stage: education_type.stage(),
            grade: row.get(5)?,
            school: row.get(6)?,
            archived: row.get(7)?,
            open_cases: row.get(8)?,
        })
    })?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM pupils", [], |row| row.get(0))?)
}

/// Gives every pupil without a sort key (rows from before schema 3) the key of its name as
/// stored. Runs after migrations on every open; touches nothing when all rows have one.
pub fn fill_sort_keys(conn: &Connection) -> Result<()> {
    let missing: Vec<(String, String, Option<String>, String)> = {
        let mut stmt = conn.prepare(
            "SELECT id, first_name, surname_prefix, last_name FROM pupils WHERE sort_key IS NULL",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut update = conn.prepare("UPDATE pupils SET sort_key = ?2 WHERE id = ?1")?;
    for (id, first_name, prefix, last_name) in missing {
        update.execute(params![
            id,
            names::sort_key(&first_name, prefix.as_deref(), &last_name)
        ])?;
    }
    Ok(())
}

fn pupil_from_row(row: &Row<'_>) -> rusqlite::Result<Pupil> {
    let first_name: String = row.get(1)?;
    let surname_prefix: Option<String> = row.get(12)?;
    let last_name: String = row.get(2)?;
    let names = PupilNames::of(&first_name, surname_prefix.as_deref(), &last_name);
    let education_type = education_type(row, 4)?;
    Ok(Pupil {
        id: row.get(0)?,
        first_name,
        surname_prefix,
        last_name,
        full_name: names.full_name,
        list_name: names.list_name,
        birth_date: row.get(3)?,
        education_type,
        stage: education_type.stage(),
        grade: row.get(5)?,
        school: row.get(6)?,
        contact_person: row.get(7)?,
        notes: row.get(8)?,
        archived_at: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
    })
}

fn education_type(row: &Row<'_>, index: usize) -> rusqlite::Result<EducationType> {
    let value: String = row.get(index)?;
    EducationType::parse(&value).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            "unknown education type".into(),
        )
    })
}

fn escape_like(word: &str) -> String {
    word.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub(crate) fn found(changed: usize) -> Result<()> {
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Pupil,
        });
    }
    Ok(())
}
