//! The TLV commands on [`App`]: the pupil's TLV page, saving the aanvraag, the decision, a
//! bezwaar and deleting an aanvraag in preparation (in their own file: `app.rs` holds the
//! older features).

use super::{App, Reply};
use crate::usecases::IdRequest;
use crate::usecases::tlv::{
    self, DecideTlvRequest, PupilTlvs, SaveTlvRequest, TlvObjectionRequest, TlvSaved,
};

impl App<'_> {
    pub fn tlv_list(&self, req: IdRequest) -> Reply<PupilTlvs> {
        Ok(self
            .session
            .with_store(|store| tlv::list(store, self.clock, self.template, req))?)
    }

    pub fn tlv_save(&self, req: SaveTlvRequest) -> Reply<TlvSaved> {
        Ok(self
            .session
            .with_store(|store| tlv::save(store, self.clock, self.template, req))?)
    }

    pub fn tlv_decide(&self, req: DecideTlvRequest) -> Reply<PupilTlvs> {
        Ok(self
            .session
            .with_store(|store| tlv::decide(store, self.clock, self.template, req))?)
    }

    pub fn tlv_objection(&self, req: TlvObjectionRequest) -> Reply<PupilTlvs> {
        Ok(self
            .session
            .with_store(|store| tlv::record_objection(store, self.clock, self.template, req))?)
    }

    pub fn tlv_delete(&self, req: IdRequest) -> Reply<PupilTlvs> {
        Ok(self
            .session
            .with_store(|store| tlv::delete(store, self.clock, self.template, req))?)
    }
}
