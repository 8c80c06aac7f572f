//! The vault: a folder with `ibis.db` (SQLCipher 4), `keyslots.json` and, once something is
//! attached, `attachments.db` (SQLCipher 4, same data key; see `attachment_file`). A random 256-bit data
//! key opens the database as a raw key; it is stored only wrapped in key slots (passphrase and
//! recovery key, each through Argon2id + XChaCha20-Poly1305).
//!
//! Error contract: a slot whose tag fails is [`Error::WrongPassphrase`] and touches no file; a
//! slot file that fails its checksum or a database whose pages fail their HMAC is
//! [`Error::Corrupt`].

mod attachment_file;
mod keyslots;
mod private;
mod recovery;
mod secret_text;
mod sqlcipher;

pub use attachment_file::ATTACHMENT_FILE;
pub(crate) use attachment_file::attach as attach_attachment_file;
pub use keyslots::{KdfParams, SlotKind};
#[cfg(unix)]
pub use private::{DIR_MODE, FILE_MODE};
pub use recovery::RecoveryKey;
pub use secret_text::SecretText;
pub use sqlcipher::CONNECTION_SETUP;

use crate::error::{Error, Result};
use crate::random::fill_random;
use crate::store::Store;
use std::fs;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// The database file inside a vault folder.
pub const DB_FILE: &str = "ibis.db";
/// The key-slot file inside a vault folder.
pub const SLOT_FILE: &str = "keyslots.json";

/// The 256-bit key that opens SQLCipher; wiped from memory when dropped.
pub(crate) type DataKey = Zeroizing<[u8; 32]>;

/// What opens a vault.
pub enum Secret<'a> {
    Passphrase(&'a str),
    RecoveryKey(&'a RecoveryKey),
}

impl std::fmt::Debug for Secret<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Secret::Passphrase(_) => f.write_str("Passphrase([verborgen])"),
            Secret::RecoveryKey(_) => f.write_str("RecoveryKey([verborgen])"),
        }
    }
}

/// Whether `dir` holds a vault (its key-slot file).
pub fn exists(dir: &Path) -> bool {
    dir.join(SLOT_FILE).exists()
}

/// Creates a new vault in `dir` (made if missing; must not already hold a vault) and returns it
/// unlocked, with the recovery key to show the user once.
pub fn create(dir: &Path, passphrase: &str, params: KdfParams) -> Result<(Store, RecoveryKey)> {
    create_at(dir, passphrase, params, None)
}

/// A vault whose database stops at an old schema `version`, as an older Ibis left it. For
/// upgrade tests only: the next unlock migrates it like any vault found on a school laptop.
#[doc(hidden)]
pub fn create_at_schema(dir: &Path, passphrase: &str, version: usize) -> Result<Store> {
    create_at(dir, passphrase, KdfParams::FLOOR, Some(version)).map(|(store, _)| store)
}

fn create_at(
    dir: &Path,
    passphrase: &str,
    params: KdfParams,
    schema: Option<usize>,
) -> Result<(Store, RecoveryKey)> {
    if exists(dir) || dir.join(DB_FILE).exists() {
        return Err(Error::VaultExists);
    }
    private::create_dir(dir)?;
    let mut key: DataKey = Zeroizing::new([0u8; 32]);
    fill_random(&mut key[..])?;
    let recovery = RecoveryKey::generate()?;
    let vault_id = uuid::Uuid::new_v4().to_string();
    let slots = keyslots::SlotFile::new(&vault_id, &key, passphrase, &recovery, params)?;
    let db_path = dir.join(DB_FILE);
    private::create_file(&db_path)?;
    let store = sqlcipher::open(&db_path, &key, true).and_then(|conn| match schema {
        None => Store::from_connection(conn, dir),
        Some(version) => Store::at_schema(conn, version, dir),
    });
    let store = match store {
        Ok(store) => store,
        Err(err) => {
            remove_partial(dir);
            return Err(err);
        }
    };
    if let Err(err) = slots.write_atomically(&dir.join(SLOT_FILE)) {
        drop(store);
        remove_partial(dir);
        return Err(err);
    }
    Ok((store, recovery))
}

/// Opens the vault. Checks the secret against its slot first, so a wrong secret never opens
/// (or changes) the database file.
pub fn unlock(dir: &Path, secret: Secret<'_>) -> Result<Store> {
    let slots = keyslots::SlotFile::read(dir)?;
    let key = slots.unwrap_key(&secret)?;
    let db_path = dir.join(DB_FILE);
    if !db_path.exists() {
        return Err(Error::Corrupt("database file missing".into()));
    }
    private::restrict_existing(dir)?;
    let conn = sqlcipher::open(&db_path, &key, false)?;
    Store::from_connection(conn, dir)
}

/// Checks `passphrase` against the passphrase slot without opening the database (asking for the
/// passphrase again, e.g. before the meldcode is shown). Wrong: [`Error::WrongPassphrase`].
pub fn verify_passphrase(dir: &Path, passphrase: &str) -> Result<()> {
    let slots = keyslots::SlotFile::read(dir)?;
    // The unwrapped key is wiped when dropped at the end of this statement.
    slots.unwrap_key(&Secret::Passphrase(passphrase)).map(drop)
}

/// Re-wraps the data key under `new_passphrase` (no SQLCipher rekey). The recovery slot stays.
pub fn change_passphrase(dir: &Path, secret: Secret<'_>, new_passphrase: &str) -> Result<()> {
    let slots = keyslots::SlotFile::read(dir)?;
    let key = slots.unwrap_key(&secret)?;
    let params = slots.passphrase_params()?;
    let updated = slots.with_new_passphrase(&key, new_passphrase, params)?;
    updated.write_atomically(&dir.join(SLOT_FILE))
}

/// The Argon2id parameters of the passphrase slot (for benchmarks and `vault check`).
pub fn passphrase_params(dir: &Path) -> Result<KdfParams> {
    keyslots::SlotFile::read(dir)?.passphrase_params()
}

/// Files that make up a vault (for checks and tests): the attachment file only once it exists.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = [DB_FILE, SLOT_FILE]
        .iter()
        .map(|name| dir.join(name))
        .collect();
    let attachments = dir.join(ATTACHMENT_FILE);
    if attachments.exists() {
        files.push(attachments);
    }
    files
}

fn remove_partial(dir: &Path) {
    for name in [DB_FILE, "ibis.db-wal", "ibis.db-shm", SLOT_FILE] {
        let path = dir.join(name);
        if path.exists()
            && let Err(err) = fs::remove_file(&path)
        {
            tracing::warn!(error = %err, "could not remove a partial vault file");
        }
    }
}
