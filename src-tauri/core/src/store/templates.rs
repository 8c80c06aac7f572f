//! The `templates` table: SWV templates imported from a file, one row per id and version, with
//! the TOML text as imported (the shipped `landelijk` is built in and never stored).

use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, params};

/// An imported template version as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateRow {
    pub id: String,
    pub version: i32,
    pub name: String,
    pub swv_name: String,
    pub source: String,
    pub imported_at: String,
    /// `app` or `cli`.
    pub imported_by: String,
}

const COLUMNS: &str = "id, version, name, swv_name, source, imported_at, imported_by";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<TemplateRow> {
    Ok(TemplateRow {
        id: row.get(0)?,
        version: row.get(1)?,
        name: row.get(2)?,
        swv_name: row.get(3)?,
        source: row.get(4)?,
        imported_at: row.get(5)?,
        imported_by: row.get(6)?,
    })
}

pub fn insert(conn: &Connection, row: &TemplateRow) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO templates ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        params![
            row.id,
            row.version,
            row.name,
            row.swv_name,
            row.source,
            row.imported_at,
            row.imported_by
        ],
    )?;
    Ok(())
}

/// The stored version `version` of template `id`.
pub fn get(conn: &Connection, id: &str, version: i32) -> Result<Option<TemplateRow>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM templates WHERE id = ?1 AND version = ?2"),
            params![id, version],
            from_row,
        )
        .optional()?)
}

/// Every stored template version, by id and version.
pub fn list(conn: &Connection) -> Result<Vec<TemplateRow>> {
    let mut statement = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM templates ORDER BY id, version"
    ))?;
    let rows = statement
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// How many casussen were made with each template version: `(id, version, count)`.
pub fn case_counts(conn: &Connection) -> Result<Vec<(String, i32, i64)>> {
    let mut statement = conn.prepare(
        "SELECT template_id, template_version, COUNT(*) FROM cases
         GROUP BY template_id, template_version",
    )?;
    let rows = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
