//! Exports: render a document from the vault and write it where the user chose, through a
//! temporary file in that folder (fsync, rename), so a failure leaves nothing behind. Every
//! export writes an audit row in the same transaction: `export.case_summary` with the casus id,
//! `export.hearing_summary` (the child's "Wat jij hebt verteld") with the hearing id, and
//! `export.opp` / `export.opp_parent_sheet` (the printed OPP, the ouderblad) with the version id,
//! and `export.tlv_dossier` (the bundled TLV dossier) with the TLV id, and
//! `export.where_to_go` (the parents' sheet "Waar kunt u terecht?") with the pupil id.

mod opp;
mod overview;
mod tlv;
mod views;
mod where_to_go;

pub use opp::OppDocument;
pub use overview::case_overview_data;

use super::case_detail::detail_in;
use super::{check_id, now_text, templates};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::hearing::PupilHearing;
use crate::domain::{dates, names};
use crate::error::{Error, Result};
use crate::export::model::Document;
use crate::export::where_to_go::{self as where_to_go_export, DisputeFacts};
use crate::export::{RenderInfo, Rendered, render_pdf, tlv_dossier};
use crate::export::{case_overview, hearing_summary};
use crate::files::write_atomically;
use crate::store::{Store, audit, hearings, pupils};
use crate::template::Template;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// Export the casusoverzicht of one casus (the app asks where to save it).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportCaseSummaryRequest {
    pub case_id: String,
}

/// Export the child's summary "Wat jij hebt verteld" of one hoorgesprek.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportHearingSummaryRequest {
    pub hearing_id: String,
}

/// Export the printed OPP or the ouderblad of one OPP version.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportOppRequest {
    pub version_id: String,
}

/// Export the TLV dossier of one TLV (the app asks where to save it).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportTlvDossierRequest {
    pub tlv_id: String,
}

/// Export the parents' sheet "Waar kunt u terecht?" of one pupil (the app asks where to save
/// it). Without a dispute it is the general sheet: every step of the ladder, no dates.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportWhereToGoRequest {
    pub pupil_id: String,
    /// The geschil the sheet is made for; none: the general sheet (every step, no dates).
    #[serde(default)]
    #[ts(optional)]
    pub dispute_id: Option<String>,
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
    let audited = (AuditAction::ExportCaseSummary, case_id);
    write_document(store, clock, out, audited, |conn| {
        let detail = detail_in(conn, case_id)?;
        let mut data = case_overview_data(&detail, template)?;
        let wording = detail.pupil.education_type.wording();
        (data.pupil_views, data.parent_views) = views::case_views(conn, &detail.case, wording)?;
        Ok(case_overview::build(&data))
    })
}

/// The proposed file name for a hoorgesprek's child summary: initials and the day of the
/// conversation, no full name.
pub fn hearing_summary_file_name(store: &Store, hearing_id: &str) -> Result<String> {
    check_id("hearingId", hearing_id)?;
    store.read(|conn| {
        let (data, last_name) = hearing_summary_data(conn, hearing_id)?;
        Ok(hearing_summary::file_name(
            &data.first_name,
            &last_name,
            data.held_on,
        ))
    })
}

/// Renders "Wat jij hebt verteld" for the hoorgesprek `hearing_id` and writes it to `out`,
/// audited as `export.hearing_summary` with the hearing id. On failure no file is left at `out`
/// and no audit row is written.
pub fn hearing_summary(
    store: &mut Store,
    clock: &dyn Clock,
    hearing_id: &str,
    out: &Path,
) -> Result<ExportedFile> {
    check_id("hearingId", hearing_id)?;
    let audited = (AuditAction::ExportHearingSummary, hearing_id);
    write_document(store, clock, out, audited, |conn| {
        let (data, _) = hearing_summary_data(conn, hearing_id)?;
        Ok(hearing_summary::build(&data))
    })
}

/// The version `number` of the pupil's running OPP, or its newest version: its id (for the CLI,
/// which names a pupil and a number).
pub fn opp_version_id(store: &Store, pupil_id: &str, number: Option<i64>) -> Result<String> {
    check_id("pupilId", pupil_id)?;
    store.read(|conn| opp::version_id_of(conn, pupil_id, number))
}

/// The proposed file name of an OPP document: initials, version and date, no full name.
pub fn opp_file_name(
    store: &Store,
    clock: &dyn Clock,
    document: OppDocument,
    version_id: &str,
) -> Result<String> {
    check_id("versionId", version_id)?;
    store.read(|conn| {
        let data = opp::opp_document_data(conn, version_id, clock.today())?;
        Ok(document.file_name(&data))
    })
}

/// Renders the printed OPP or the ouderblad of `version_id` and writes it to `out`, audited as
/// `export.opp` / `export.opp_parent_sheet` with the version id. On failure no file is left at
/// `out` and no audit row is written.
pub fn opp_document(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    document: OppDocument,
    version_id: &str,
    out: &Path,
) -> Result<ExportedFile> {
    check_id("versionId", version_id)?;
    let audited = (document.action(), version_id);
    write_document(store, clock, out, audited, |conn| {
        let data = opp::opp_document_data(conn, version_id, clock.today())?;
        Ok(document.build(&data, template))
    })
}

/// The proposed file name of a TLV dossier: initials and date, no full name.
pub fn tlv_dossier_file_name(store: &Store, clock: &dyn Clock, tlv_id: &str) -> Result<String> {
    check_id("tlvId", tlv_id)?;
    store.read(|conn| tlv::file_name(conn, tlv_id, clock.today()))
}

/// Renders the TLV dossier of `tlv_id` — the generated part, then the attachments as their own
/// pages, bookmarks and a stamp on every page — and writes it to `out`, audited as
/// `export.tlv_dossier` with the TLV id. On failure no file is left at `out`.
pub fn tlv_dossier(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    tlv_id: &str,
    out: &Path,
) -> Result<ExportedFile> {
    check_id("tlvId", tlv_id)?;
    // The attachments' bytes live in the attachment file: attach it before the transaction.
    store.attachment_file(false)?;
    write_rendered(
        store,
        clock,
        out,
        (AuditAction::ExportTlvDossier, tlv_id),
        |conn, info| {
            let data = tlv::tlv_dossier_data(conn, template, tlv_id, clock.today())?;
            tlv_dossier::build(&data, template, info)
        },
    )
}

/// The proposed file name of "Waar kunt u terecht?": initials and date, no full name.
pub fn where_to_go_file_name(store: &Store, clock: &dyn Clock, pupil_id: &str) -> Result<String> {
    check_id("pupilId", pupil_id)?;
    store.read(|conn| {
        let data = where_to_go::where_to_go_data(conn, pupil_id, None, clock.today())?;
        Ok(where_to_go_export::file_name(&data))
    })
}

/// Renders "Waar kunt u terecht?" for `pupil_id` with the active template's ladder and
/// contacts — for `dispute` when given (its subject's steps, where it stands, its dates), else
/// the general sheet — on one page, and writes it to `out`, audited as `export.where_to_go`
/// with the pupil id. On failure no file is left at `out` and no audit row is written.
pub fn where_to_go(
    store: &mut Store,
    clock: &dyn Clock,
    pupil_id: &str,
    dispute: Option<DisputeFacts>,
    out: &Path,
) -> Result<ExportedFile> {
    check_id("pupilId", pupil_id)?;
    let template = templates::active(store)?;
    write_where_to_go(store, clock, pupil_id, dispute, &template, out)
}

/// Writes "Waar kunt u terecht?" for one of the pupil's geschillen: its ladder (the template it
/// was opened with), the step it is at and its running termijnen with their dates.
pub fn where_to_go_for_dispute(
    store: &mut Store,
    clock: &dyn Clock,
    pupil_id: &str,
    dispute_id: &str,
    out: &Path,
) -> Result<ExportedFile> {
    check_id("pupilId", pupil_id)?;
    check_id("disputeId", dispute_id)?;
    let (facts, template) = super::escalation::sheet_facts(store, clock, pupil_id, dispute_id)?;
    write_where_to_go(store, clock, pupil_id, Some(facts), &template, out)
}

fn write_where_to_go(
    store: &mut Store,
    clock: &dyn Clock,
    pupil_id: &str,
    dispute: Option<DisputeFacts>,
    template: &Template,
    out: &Path,
) -> Result<ExportedFile> {
    write_rendered(
        store,
        clock,
        out,
        (AuditAction::ExportWhereToGo, pupil_id),
        |conn, info| {
            let data = where_to_go::where_to_go_data(conn, pupil_id, dispute, clock.today())?;
            Ok(where_to_go_export::render(&data, template, info)?.0)
        },
    )
}

/// The child summary's input, and the pupil's surname for the file name's initials.
fn hearing_summary_data(
    conn: &Connection,
    hearing_id: &str,
) -> Result<(hearing_summary::HearingSummaryData, String)> {
    let row = hearings::get::<PupilHearing>(conn, hearing_id)?;
    let pupil = pupils::get(conn, &row.pupil_id)?;
    let held_on = overview::date(&row.data.held_on)?;
    let surname = names::surname(pupil.surname_prefix.as_deref(), &pupil.last_name);
    Ok((
        hearing_summary::HearingSummaryData {
            first_name: pupil.first_name,
            stage: pupil.stage,
            held_on,
            hearing: row.data,
        },
        surname,
    ))
}

/// Builds a document inside one write transaction, writes it atomically to `out` and appends
/// the audit row; when the audit row fails the written file is removed again.
fn write_document(
    store: &mut Store,
    clock: &dyn Clock,
    out: &Path,
    (action, entity): (AuditAction, &str),
    build: impl FnOnce(&Connection) -> Result<Document>,
) -> Result<ExportedFile> {
    write_rendered(store, clock, out, (action, entity), |conn, info| {
        render_pdf(&build(conn)?, info)
    })
}

/// Like [`write_document`] for a document that renders itself (the TLV dossier bundles its
/// attachments after the generated pages).
fn write_rendered(
    store: &mut Store,
    clock: &dyn Clock,
    out: &Path,
    (action, entity): (AuditAction, &str),
    build: impl FnOnce(&Connection, &RenderInfo) -> Result<Rendered>,
) -> Result<ExportedFile> {
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
        let rendered = build(tx, &info)?;
        write_atomically(out, &rendered.bytes).map_err(|err| match err {
            Error::Io(message) => Error::ExportFailed(message),
            other => other,
        })?;
        written = true;
        audit::append(tx, &now, action, Some(entity))?;
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
