//! The open database and its transactions. Only `store/` and `vault/` write SQL; use cases call
//! the functions in the table modules inside [`Store::write`] so every change and its audit row
//! commit together.

pub mod absences;
pub mod audit;
pub mod cases;
pub mod cycles;
pub mod drafts;
pub mod enrolments;
pub mod guardians;
pub mod hearings;
pub mod holidays;
pub mod integrity;
pub mod opp;
pub mod pupils;
pub mod records;
pub mod schema;
pub mod settings;
pub mod tlvs;

use crate::error::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};

/// An unlocked vault's database connection, migrated to the current schema.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Takes a keyed, verified connection and brings its schema up to date (refusing a
    /// database made by a newer Ibis), then fills what a migration could not compute in SQL.
    pub(crate) fn from_connection(mut conn: Connection) -> Result<Self> {
        schema::migrate(&mut conn)?;
        let mut store = Store { conn };
        store.write(|tx| pupils::fill_sort_keys(tx))?;
        Ok(store)
    }

    /// A store left at an old schema (upgrade tests; see `vault::create_at_schema`).
    pub(crate) fn at_schema(mut conn: Connection, version: usize) -> Result<Self> {
        schema::migrate_to(&mut conn, version)?;
        Ok(Store { conn })
    }

    /// Runs `f` in an IMMEDIATE transaction; commits only when `f` succeeds.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Read-only access.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.conn)
    }

    /// Closes the connection (SQLCipher wipes its key material with `cipher_memory_security`).
    pub fn close(self) -> Result<()> {
        self.conn.close().map_err(|(_conn, err)| Error::from(err))
    }
}
