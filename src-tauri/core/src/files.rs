//! Writing files so that a crash, a full disk or a read-only folder leaves either the old file
//! or the new one, never half of one: a temporary file in the target folder, fsync, rename,
//! folder fsync. Used for key slots and exported documents.

use crate::error::{Error, Result};
use crate::random::fill_random;
use std::fs;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same folder, fsync and rename, so
/// a crash or full disk leaves either the old file or the new one, never half of one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(parent) if parent.as_os_str().is_empty() => Path::new("."),
        Some(parent) => parent,
        None => return Err(Error::Internal("atomic write without a folder".into())),
    };
    let mut tmp = tempfile_in(dir)?;
    let result = tmp
        .1
        .write_all(bytes)
        .and_then(|()| tmp.1.sync_all())
        .map_err(|e| Error::io("write", &e))
        .and_then(|()| fs::rename(&tmp.0, path).map_err(|e| Error::io("rename", &e)));
    if result.is_err() {
        if let Err(err) = fs::remove_file(&tmp.0) {
            tracing::warn!(error = %err, "could not remove a temporary file");
        }
        return result;
    }
    sync_dir(dir);
    Ok(())
}

fn tempfile_in(dir: &Path) -> Result<(PathBuf, fs::File)> {
    let mut suffix = [0u8; 6];
    fill_random(&mut suffix)?;
    let path = dir.join(format!(".{}.ibis-tmp", hex::encode(suffix)));
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        // Owner-only from the first byte: the file may hold key slots or a pupil's document.
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(&path)
        .map_err(|e| Error::io("create temporary file", &e))?;
    Ok((path, file))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Err(err) = fs::File::open(dir).and_then(|d| d.sync_all()) {
        tracing::warn!(error = %err, "could not fsync the folder");
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}
