//! The private view folder: the one place an attachment's plaintext may touch the disk, because
//! the system viewer can only open a file. The folder is owner-only (0700), each file in it
//! owner-only (0600) and named by attachment id only. The session empties it on lock (also
//! auto-lock), when it is dropped (exit) and when it starts (after a crash), so plaintext
//! lives there only while the vault is open.

use crate::error::{Error, Result};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The view folder that belongs to a vault folder: `view` beside it, inside the app's data
/// folder (the vault folder itself holds only vault files).
pub fn for_vault(vault_dir: &Path) -> PathBuf {
    match vault_dir.parent() {
        Some(parent) => parent.join("view"),
        None => vault_dir.join("view"),
    }
}

/// Writes `bytes` as `<id>.<extension>` in `dir` (made owner-only if needed), replacing an
/// earlier copy, and returns the file's path.
pub fn write(dir: &Path, id: &str, extension: &str, bytes: &[u8]) -> Result<PathBuf> {
    fs::create_dir_all(dir).map_err(|e| Error::io("create view folder", &e))?;
    restrict_dir(dir)?;
    let path = dir.join(format!("{id}.{extension}"));
    if path.exists() {
        fs::remove_file(&path).map_err(|e| Error::io("replace viewed file", &e))?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&path).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    if let Err(err) = written {
        remove_logged(&path);
        return Err(Error::io("write viewed file", &err));
    }
    Ok(path)
}

/// Removes everything inside `dir` (the folder itself stays). A missing folder is empty.
pub fn empty(dir: &Path) -> Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(Error::io("read view folder", &err)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("read view folder", &e))?;
        let path = entry.path();
        let is_dir = entry
            .file_type()
            .map_err(|e| Error::io("read view folder", &e))?
            .is_dir();
        let removed = if is_dir {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        removed.map_err(|e| Error::io("empty view folder", &e))?;
    }
    Ok(())
}

/// [`empty`], logging instead of failing (lock and exit must go on).
pub fn empty_logged(dir: &Path) {
    if let Err(err) = empty(dir) {
        tracing::warn!(error = %err, "could not empty the view folder");
    }
}

fn remove_logged(path: &Path) {
    if let Err(err) = fs::remove_file(path)
        && err.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!(error = %err, "could not remove a half-written viewed file");
    }
}

#[cfg(unix)]
fn restrict_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
        .map_err(|e| Error::io("protect view folder", &e))
}

#[cfg(not(unix))]
fn restrict_dir(_dir: &Path) -> Result<()> {
    Ok(())
}
