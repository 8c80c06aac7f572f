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
        let file = self.session.with_store(|store| match &req.dispute_id {
            Some(dispute_id) => {
                export::where_to_go_for_dispute(store, self.clock, &req.pupil_id, dispute_id, &path)
            }
            None => export::where_to_go(store, self.clock, &req.pupil_id, None, &path),
        })?;
        tracing::info!(pupil = %req.pupil_id, pages = file.pages, "where-to-go sheet exported");
        self.desktop.remember_export(path);
        Ok(ExportResponse { saved: Some(file) })
    }
}
