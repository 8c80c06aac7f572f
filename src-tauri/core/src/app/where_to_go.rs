//! The export of the parents' sheet "Waar kunt u terecht?" on [`App`] (issue 11 item 4), in
//! its own file like the TLV's commands.

use super::{App, Reply};
use crate::usecases::export::{self, ExportResponse, ExportWhereToGoRequest};

impl App<'_> {
    /// Asks where to save, then writes "Waar kunt u terecht?" for the pupil there.
    pub fn export_where_to_go(&self, req: ExportWhereToGoRequest) -> Reply<ExportResponse> {
        let proposed = self
            .session
            .with_store(|store| export::where_to_go_file_name(store, self.clock, &req.pupil_id))?;
        let Some(path) = self.desktop.choose_save_path(&proposed)? else {
            return Ok(ExportResponse { saved: None });
        };
        // SEAM (issue 11, at merge): resolve the dispute the sheet is made for — an optional
        // `disputeId` on the request — into `DisputeFacts` (subject, opened on, current step,
        // running termijnen with their sources) and pass it here. `None` is the general sheet.
        let dispute = None;
        let file = self.session.with_store(|store| {
            export::where_to_go(store, self.clock, &req.pupil_id, dispute, &path)
        })?;
        tracing::info!(pupil = %req.pupil_id, pages = file.pages, "where-to-go sheet exported");
        self.desktop.remember_export(path);
        Ok(ExportResponse { saved: Some(file) })
    }
}
