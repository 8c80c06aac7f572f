//! The TLV commands on [`App`]: the pupil's TLV page, saving the aanvraag, the decision, a
//! bezwaar, deleting an aanvraag in preparation and exporting the dossier (in their own file: `app.rs` holds the
//! older features).

use super::{App, Reply};
use crate::usecases::IdRequest;
use crate::usecases::export::{self, ExportResponse, ExportTlvDossierRequest};
use crate::usecases::tlv::{
    self, DecideTlvRequest, PupilTlvs, SaveTlvRequest, TlvObjectionRequest, TlvSaved,
};

impl App<'_> {
    pub fn tlv_list(&self, req: IdRequest) -> Reply<PupilTlvs> {
        Ok(self
            .session
            .with_active_template(|store, template| tlv::list(store, self.clock, template, req))?)
    }

    pub fn tlv_save(&self, req: SaveTlvRequest) -> Reply<TlvSaved> {
        Ok(self
            .session
            .with_active_template(|store, template| tlv::save(store, self.clock, template, req))?)
    }

    pub fn tlv_decide(&self, req: DecideTlvRequest) -> Reply<PupilTlvs> {
        Ok(self.session.with_active_template(|store, template| {
            tlv::decide(store, self.clock, template, req)
        })?)
    }

    pub fn tlv_objection(&self, req: TlvObjectionRequest) -> Reply<PupilTlvs> {
        Ok(self.session.with_active_template(|store, template| {
            tlv::record_objection(store, self.clock, template, req)
        })?)
    }

    pub fn tlv_delete(&self, req: IdRequest) -> Reply<PupilTlvs> {
        Ok(self.session.with_active_template(|store, template| {
            tlv::delete(store, self.clock, template, req)
        })?)
    }

    /// Asks where to save, then writes the TLV dossier (with its attachments) there.
    pub fn export_tlv_dossier(&self, req: ExportTlvDossierRequest) -> Reply<ExportResponse> {
        let proposed = self
            .session
            .with_store(|store| export::tlv_dossier_file_name(store, self.clock, &req.tlv_id))?;
        let Some(path) = self.desktop.choose_save_path(&proposed)? else {
            return Ok(ExportResponse { saved: None });
        };
        let file = self.session.with_active_template(|store, template| {
            export::tlv_dossier(store, self.clock, template, &req.tlv_id, &path)
        })?;
        tracing::info!(tlv = %req.tlv_id, pages = file.pages, "TLV dossier exported");
        self.desktop.remember_export(path);
        Ok(ExportResponse { saved: Some(file) })
    }
}
