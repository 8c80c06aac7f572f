//! Exporting from the window: ask where to save (the native save dialog, opened from Rust so
//! the webview holds no file-system or dialog permission), let the core render and write the
//! file, remember that one path, and open only that file in the system viewer on request.
//!
//! Test seam (e2e builds only, see `seams`): with `IBIS_E2E_SAVE_DIR` the dialog is skipped
//! and the file is saved in that folder under the proposed name.

use crate::state::AppState;
use ibis_core::Error;
use ibis_core::usecases::export::{self, ExportCaseSummaryRequest, ExportResponse};
use std::path::PathBuf;
use tauri::Manager;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// Asks for a place, then writes the casusoverzicht there. `saved: None` when the user
/// cancelled. The vault is not held while the dialog is open.
pub fn case_summary(
    state: &AppState,
    req: ExportCaseSummaryRequest,
) -> Result<ExportResponse, Error> {
    let proposed = state
        .session
        .with_store(|store| export::case_summary_file_name(store, &state.clock, &req.case_id))?;
    let Some(path) = choose_target(state, &proposed)? else {
        return Ok(ExportResponse { saved: None });
    };
    let file = state.session.with_store(|store| {
        export::case_summary(store, &state.clock, &state.template, &req.case_id, &path)
    })?;
    tracing::info!(case = %req.case_id, pages = file.pages, "casusoverzicht exported");
    state.remember_export(path);
    Ok(ExportResponse { saved: Some(file) })
}

/// The save dialog (or the test seam's folder). Adds `.pdf` when the user typed a bare name.
fn choose_target(state: &AppState, proposed: &str) -> Result<Option<PathBuf>, Error> {
    if let Some(dir) = crate::seams::save_dir() {
        return Ok(Some(dir.join(proposed)));
    }
    let mut dialog = state
        .app
        .dialog()
        .file()
        .set_title("Casusoverzicht opslaan als PDF")
        .set_file_name(proposed)
        .add_filter("PDF-document", &["pdf"]);
    if let Some(window) = state.app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let Some(chosen) = dialog.blocking_save_file() else {
        return Ok(None);
    };
    let mut path = chosen
        .into_path()
        .map_err(|e| Error::ExportFailed(format!("save dialog path: {e}")))?;
    if path.extension().is_none() {
        path.set_extension("pdf");
    }
    Ok(Some(path))
}

/// Opens the file this session exported last in the system's PDF viewer. No path comes from
/// the webview, so it cannot open anything else.
pub fn open_last(state: &AppState) -> Result<(), Error> {
    let path = state
        .last_export()
        .ok_or(Error::NotFound { entity: "export" })?;
    if !path.is_file() {
        return Err(Error::NotFound { entity: "export" });
    }
    state
        .app
        .opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| Error::Io(format!("open exported file: {e}")))
}
