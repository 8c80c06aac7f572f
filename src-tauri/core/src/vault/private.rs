//! Keeping a vault private to its user on Unix: the folder is 0700, every file in it 0600.
//! The database file is created 0600 before SQLite opens it, so SQLite gives its WAL and
//! shared-memory files the same mode; temporary files are created 0600 by `files`. On an
//! existing vault (made by an older Ibis, or copied in) the modes are tightened at unlock.
//! Other platforms rely on the per-user app-data folder.

use crate::error::{Error, Result};
use std::fs;
use std::path::Path;

/// Mode of the vault folder.
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;
/// Mode of every file in the vault folder.
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` (and missing parents) and makes the vault folder itself owner-only.
pub(crate) fn create_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| Error::io("create vault folder", &e))?;
    restrict_dir(dir)
}

/// Creates an empty, owner-only file that must not exist yet (the database before SQLite
/// opens it).
pub(crate) fn create_file(path: &Path) -> Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(FILE_MODE);
    }
    options
        .open(path)
        .map(drop)
        .map_err(|e| Error::io("create database file", &e))
}

/// Tightens the folder and the files directly in it (an existing vault). Only changes modes,
/// never content.
pub(crate) fn restrict_existing(dir: &Path) -> Result<()> {
    restrict_dir(dir)?;
    let entries = fs::read_dir(dir).map_err(|e| Error::io("read vault folder", &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("read vault folder", &e))?;
        let file_type = entry
            .file_type()
            .map_err(|e| Error::io("read vault folder", &e))?;
        if file_type.is_file() {
            restrict_file(&entry.path())?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn restrict_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(DIR_MODE))
        .map_err(|e| Error::io("protect vault folder", &e))
}

#[cfg(unix)]
fn restrict_file(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(FILE_MODE))
        .map_err(|e| Error::io("protect vault file", &e))
}

#[cfg(not(unix))]
fn restrict_dir(_dir: &Path) -> Result<()> {
    Ok(())
}

#[cfg(not(unix))]
fn restrict_file(_path: &Path) -> Result<()> {
    Ok(())
}
