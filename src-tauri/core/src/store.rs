//! The open database and its transactions. Only `store/` and `vault/` write SQL; use cases call
//! the functions in the table modules inside [`Store::write`] so every change and its audit row
//! commit together.

pub mod absences;
pub mod attachment_blobs;
pub mod attachments;
pub mod audit;
pub mod cases;
pub mod cycles;
pub mod drafts;
pub mod enrolments;
pub mod escalations;
pub mod guardians;
pub mod hearings;
pub mod holidays;
pub mod integrity;
pub mod meldcode;
pub mod opp;
pub mod pupils;
pub mod records;
pub mod schema;
pub mod settings;
pub mod templates;
pub mod tlvs;

use crate::error::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// An unlocked vault's database connection, migrated to the current schema.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// Where the vault's attachment file is (or will be made); ATTACHed on first use.
    attachment_file: PathBuf,
    attachment_file_attached: bool,
}

impl Store {
    /// Takes a keyed, verified connection and brings its schema up to date (refusing a
    /// database made by a newer Ibis), then fills what a migration could not compute in SQL.
    pub(crate) fn from_connection(mut conn: Connection, dir: &Path) -> Result<Self> {
        schema::migrate(&mut conn)?;
        let mut store = Store::new(conn, dir);
        store.write(|tx| pupils::fill_sort_keys(tx))?;
        Ok(store)
    }

    /// A store left at an old schema (upgrade tests; see `vault::create_at_schema`).
    pub(crate) fn at_schema(mut conn: Connection, version: usize, dir: &Path) -> Result<Self> {
        schema::migrate_to(&mut conn, version)?;
        Ok(Store::new(conn, dir))
    }

    fn new(conn: Connection, dir: &Path) -> Self {
        Store {
            conn,
            attachment_file: dir.join(crate::vault::ATTACHMENT_FILE),
            attachment_file_attached: false,
        }
    }

    /// Makes the attachment file's tables reachable (schema `attachments`), ATTACHing the file
    /// on first use in this session; with `create`, making it when it does not exist yet.
    /// Returns whether the file is attached (`false`: no attachment was ever stored).
    pub fn attachment_file(&mut self, create: bool) -> Result<bool> {
        if !self.attachment_file_attached {
            self.attachment_file_attached =
                crate::vault::attach_attachment_file(&self.conn, &self.attachment_file, create)?;
        }
        Ok(self.attachment_file_attached)
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
