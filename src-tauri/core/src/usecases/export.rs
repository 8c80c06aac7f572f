//! Exports: render a document from the vault and write it where the user chose, through a
//! temporary file in that folder (fsync, rename), so a failure leaves nothing behind. Every
//! export writes an audit row (`export.case_summary`, the casus id) in the same transaction.

mod overview;

pub use overview::case_overview_data;

use super::case_detail::detail_in;
use super::{check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::{dates, names};
use crate::error::{Error, Result};
use crate::export::case_overview;
use crate::export::{RenderInfo, render_pdf};
use crate::files::write_atomically;
use crate::store::{Store, audit};
use crate::template::Template;
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// Export the casusoverzicht of one casus (the app asks where to save it).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportCaseSummaryRequest {
    pub case_id: String,
}

/// A written export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFile {
    /// File name only (the folder is the user's choice and stays out of the UI state).
    pub file_name: String,
    pub pages: u32,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The app's answer: `saved` is `None` when the user cancelled the save dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportResponse {
    pub saved: Option<ExportedFile>,
}

/// The proposed file name for a casus's overview: initials and today's date, no full name.
pub fn case_summary_file_name(store: &Store, clock: &dyn Clock, case_id: &str) -> Result<String> {
    check_id("caseId", case_id)?;
    let detail = store.read(|conn| detail_in(conn, case_id))?;
    Ok(case_overview::file_name(
        &detail.pupil.first_name,
        &names::surname(
            detail.pupil.surname_prefix.as_deref(),
            &detail.pupil.last_name,
        ),
        clock.today(),
    ))
}

/// Renders the casusoverzicht of `case_id` and writes it to `out`. On failure no file is left
/// at `out` (nor a temporary one) and no audit row is written.
pub fn case_summary(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    case_id: &str,
    out: &Path,
) -> Result<ExportedFile> {
    check_id("caseId", case_id)?;
    let file_name = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .ok_or_else(|| Error::ExportFailed("the target has no file name".into()))?;
    if out.is_dir() {
        return Err(Error::ExportFailed("the target is a folder".into()));
    }
    let info = RenderInfo {
        printed_on: dates::to_dutch(clock.today()),
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        created_unix: clock.now().timestamp(),
    };
    let now = now_text(clock);
    let mut written = false;
    let result = store.write(|tx| {
        let detail = detail_in(tx, case_id)?;
        let document = case_overview::build(&case_overview_data(&detail, template)?);
        let rendered = render_pdf(&document, &info)?;
        write_atomically(out, &rendered.bytes).map_err(|err| match err {
            Error::Io(message) => Error::ExportFailed(message),
            other => other,
        })?;
        written = true;
        audit::append(tx, &now, AuditAction::ExportCaseSummary, Some(case_id))?;
        Ok(ExportedFile {
            file_name,
            pages: u32::try_from(rendered.pages).unwrap_or(u32::MAX),
            bytes: rendered.bytes.len() as u64,
        })
    });
    if result.is_err()
        && written
        && let Err(err) = std::fs::remove_file(out)
    {
        tracing::warn!(error = %err, "could not remove an export whose audit row failed");
    }
    result
}
