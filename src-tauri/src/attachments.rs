//! Attachments from the window: the shell's side of `ibis_core::app::Desktop` for them — the
//! native open dialog (opened from Rust, so the webview holds no dialog or file-system
//! permission) and the system viewer for a file of the private view folder, which the core
//! writes and empties (`ibis_core::usecases::attachments::view_folder`).

use crate::state::AppState;
use ibis_core::Error;
use std::path::{Path, PathBuf};
use tauri::Manager;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// The open dialog for a PDF, JPEG or PNG; `None` when the user cancelled.
pub(crate) fn choose_file(state: &AppState) -> Result<Option<PathBuf>, Error> {
    if let Some(path) = crate::seams::attach_file() {
        return Ok(Some(path));
    }
    let mut dialog = state
        .app
        .dialog()
        .file()
        .set_title("Bijlage kiezen")
        .add_filter("PDF, JPEG of PNG", &["pdf", "jpg", "jpeg", "png"]);
    if let Some(window) = state.app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let Some(chosen) = dialog.blocking_pick_file() else {
        return Ok(None);
    };
    chosen
        .into_path()
        .map(Some)
        .map_err(|e| Error::Io(format!("open dialog path: {e}")))
}

/// The open dialog for an SWV template file (TOML); `None` when the user cancelled. The core
/// reads and checks the file (Instellingen → Sjabloon).
pub(crate) fn choose_template_file(state: &AppState) -> Result<Option<PathBuf>, Error> {
    let mut dialog = state
        .app
        .dialog()
        .file()
        .set_title("Sjabloonbestand kiezen")
        .add_filter("Sjabloon (TOML)", &["toml"]);
    if let Some(window) = state.app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let Some(chosen) = dialog.blocking_pick_file() else {
        return Ok(None);
    };
    chosen
        .into_path()
        .map(Some)
        .map_err(|e| Error::Io(format!("open dialog path: {e}")))
}

/// Opens a viewed attachment in the system viewer. Only files inside the session's view folder
/// are opened.
pub(crate) fn open_viewed(state: &AppState, path: &Path) -> Result<(), Error> {
    if !path.starts_with(state.session.view_dir()) || !path.is_file() {
        return Err(Error::NotFound {
            entity: ibis_core::domain::entity::Entity::Attachment,
        });
    }
    state
        .app
        .opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| Error::Io(format!("open viewed attachment: {e}")))
}
