//! The `guardians` table.

use crate::domain::entity::Entity;
use crate::domain::guardian::{GuardianRelation, ValidGuardian};
use crate::domain::names;
use crate::error::{Error, Result};
use crate::records::Guardian;
use rusqlite::{Connection, OptionalExtension, Row, params};

pub fn insert(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    g: &ValidGuardian,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO guardians (id, pupil_id, last_name, relation, has_authority, phone, email,
                                created_at, updated_at, first_name, surname_prefix)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)",
        params![
            id,
            pupil_id,
            g.last_name,
            g.relation.as_str(),
            g.has_authority,
            g.phone,
            g.email,
            now,
            g.first_name,
            g.surname_prefix
        ],
    )?;
    Ok(())
}

pub fn update(conn: &Connection, id: &str, g: &ValidGuardian, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE guardians SET last_name = ?2, relation = ?3, has_authority = ?4, phone = ?5,
                email = ?6, updated_at = ?7, first_name = ?8, surname_prefix = ?9
         WHERE id = ?1",
        params![
            id,
            g.last_name,
            g.relation.as_str(),
            g.has_authority,
            g.phone,
            g.email,
            now,
            g.first_name,
            g.surname_prefix
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Guardian,
        });
    }
    Ok(())
}

pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn.execute("DELETE FROM guardians WHERE id = ?1", [id])?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Guardian,
        });
    }
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<Guardian> {
    conn.query_row(
        "SELECT id, pupil_id, last_name, relation, has_authority, phone, email, first_name,
                surname_prefix
         FROM guardians WHERE id = ?1",
        [id],
        from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::Guardian,
    })
}

pub fn for_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<Guardian>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, pupil_id, last_name, relation, has_authority, phone, email, first_name,
                surname_prefix
         FROM guardians WHERE pupil_id = ?1 ORDER BY created_at, id",
    )?;
    let rows = stmt.query_map([pupil_id], from_row)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM guardians", [], |row| row.get(0))?)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Guardian> {
    let relation: String = row.get(3)?;
    let first_name: Option<String> = row.get(7)?;
    let surname_prefix: Option<String> = row.get(8)?;
    let last_name: String = row.get(2)?;
    Ok(Guardian {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        full_name: names::full_name(
            first_name.as_deref().unwrap_or(""),
            surname_prefix.as_deref(),
            &last_name,
        ),
        first_name,
        surname_prefix,
        last_name,
        relation: GuardianRelation::parse(&relation).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                3,
                rusqlite::types::Type::Text,
                "unknown relation".into(),
            )
        })?,
        has_authority: row.get(4)?,
        phone: row.get(5)?,
        email: row.get(6)?,
    })
}
