//! Exporting from the window: the shell's side of `ibis_core::app::Desktop` — ask where to
//! save (the native save dialog, opened from Rust so the webview holds no file-system or dialog
//! permission), remember that one path, and open only that file in the system viewer on
//! request. The core renders and writes the file (`App::export_case_summary`).
//!
//! Test seam (e2e builds only, see `seams`): with `IBIS_E2E_SAVE_DIR` the dialog is skipped
//! and the file is saved in that folder under the proposed name.

use crate::state::AppState;
use ibis_core::Error;
use ibis_core::app::Desktop;
use ibis_core::domain::entity::Entity;
use std::path::PathBuf;
use tauri::Manager;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// The save dialog (or the test seam's folder). Adds `.pdf` when the user typed a bare name.
pub(crate) fn choose_target(state: &AppState, proposed: &str) -> Result<Option<PathBuf>, Error> {
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
    let path = state.last_export().ok_or(Error::NotFound {
        entity: Entity::Export,
    })?;
    if !path.is_file() {
        return Err(Error::NotFound {
            entity: Entity::Export,
        });
    }
    state
        .app
        .opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| Error::Io(format!("open exported file: {e}")))
}

impl Desktop for AppState {
    fn choose_save_path(&self, proposed: &str) -> Result<Option<PathBuf>, Error> {
        choose_target(self, proposed)
    }

    fn remember_export(&self, path: PathBuf) {
        AppState::remember_export(self, path);
    }

    fn open_last_export(&self) -> Result<(), Error> {
        open_last(self)
    }

    fn choose_attachment_file(&self) -> Result<Option<PathBuf>, Error> {
        crate::attachments::choose_file(self)
    }

    fn choose_template_file(&self) -> Result<Option<PathBuf>, Error> {
        crate::attachments::choose_template_file(self)
    }

    fn open_viewed(&self, path: &std::path::Path) -> Result<(), Error> {
        crate::attachments::open_viewed(self, path)
    }
}
