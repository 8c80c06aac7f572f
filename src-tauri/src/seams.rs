//! Test seams of the end-to-end suite, compiled in only with the cargo feature `e2e-seams`
//! (`make e2e` builds the app with it). A default or release build ignores the variables: the
//! functions below return `None` whatever the environment says, and the variable names are not
//! even in the binary.
//!
//! - `IBIS_E2E_SAVE_DIR`: export saves into this folder instead of opening the native save
//!   dialog (WebDriver cannot drive a GTK dialog).
//! - `IBIS_E2E_ATTACH_FILE`: "Kies een bestand" for an attachment answers with this file instead
//!   of opening the native open dialog.
//! - `IBIS_E2E_AUTO_LOCK_SECONDS`: auto-lock after this many seconds instead of the minutes
//!   setting, so a test need not idle for a minute.
//!
//! `IBIS_DATA_DIR` and `IBIS_DEMO` are product features (portable use, the demo), not seams.

use std::ffi::OsString;
use std::path::PathBuf;

#[cfg(any(feature = "e2e-seams", test))]
const SAVE_DIR: &str = "IBIS_E2E_SAVE_DIR";
#[cfg(any(feature = "e2e-seams", test))]
const ATTACH_FILE: &str = "IBIS_E2E_ATTACH_FILE";
#[cfg(any(feature = "e2e-seams", test))]
const AUTO_LOCK_SECONDS: &str = "IBIS_E2E_AUTO_LOCK_SECONDS";

/// The folder exports are saved into without a dialog (e2e builds only).
pub fn save_dir() -> Option<PathBuf> {
    save_dir_from(|name| std::env::var_os(name))
}

/// The file the attachment open dialog answers with (e2e builds only).
pub fn attach_file() -> Option<PathBuf> {
    attach_file_from(|name| std::env::var_os(name))
}

/// Auto-lock after this many seconds (at least 1) instead of minutes (e2e builds only).
pub fn auto_lock_seconds() -> Option<u64> {
    auto_lock_seconds_from(|name| std::env::var_os(name))
}

#[cfg(feature = "e2e-seams")]
fn save_dir_from(lookup: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    lookup(SAVE_DIR).map(PathBuf::from)
}

#[cfg(feature = "e2e-seams")]
fn attach_file_from(lookup: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    lookup(ATTACH_FILE).map(PathBuf::from)
}

#[cfg(feature = "e2e-seams")]
fn auto_lock_seconds_from(lookup: impl Fn(&str) -> Option<OsString>) -> Option<u64> {
    lookup(AUTO_LOCK_SECONDS)
        .and_then(|value| value.to_str().and_then(|text| text.parse::<u64>().ok()))
        .map(|seconds| seconds.max(1))
}

#[cfg(not(feature = "e2e-seams"))]
fn save_dir_from(_lookup: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    None
}

#[cfg(not(feature = "e2e-seams"))]
fn attach_file_from(_lookup: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    None
}

#[cfg(not(feature = "e2e-seams"))]
fn auto_lock_seconds_from(_lookup: impl Fn(&str) -> Option<OsString>) -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An environment in which a test has set both seams.
    fn seams_set(name: &str) -> Option<OsString> {
        match name {
            SAVE_DIR => Some(OsString::from("/tmp/ibis-e2e-pdf")),
            ATTACH_FILE => Some(OsString::from("/tmp/ibis-e2e-attach/report.pdf")),
            AUTO_LOCK_SECONDS => Some(OsString::from("3")),
            _ => None,
        }
    }

    #[cfg(not(feature = "e2e-seams"))]
    #[test]
    fn a_default_build_ignores_the_seams() {
        assert_eq!(save_dir_from(seams_set), None);
        assert_eq!(attach_file_from(seams_set), None);
        assert_eq!(auto_lock_seconds_from(seams_set), None);
    }

    #[cfg(feature = "e2e-seams")]
    #[test]
    fn an_e2e_build_reads_the_seams() {
        assert_eq!(
            save_dir_from(seams_set),
            Some(PathBuf::from("/tmp/ibis-e2e-pdf"))
        );
        assert_eq!(auto_lock_seconds_from(seams_set), Some(3));
        assert_eq!(
            attach_file_from(seams_set),
            Some(PathBuf::from("/tmp/ibis-e2e-attach/report.pdf"))
        );
        assert_eq!(save_dir_from(|_| None), None);
    }
}
