//! The geschillen commands on [`App`]: the pupil's geschillen page, opening a geschil (after the
//! safety question), a step record, skipping a step and closing. The ladder comes from the
//! template each geschil was opened with, not from the app's current template.

use super::{App, Reply};
use crate::usecases::IdRequest;
use crate::usecases::escalation::{
    self, CloseEscalationRequest, EscalationPage, EscalationSaved, OpenEscalationRequest,
    RecordEscalationStepRequest, SkipEscalationStepRequest,
};

impl App<'_> {
    pub fn escalation_list(&self, req: IdRequest) -> Reply<EscalationPage> {
        Ok(self
            .session
            .with_store(|store| escalation::list(store, self.clock, req))?)
    }

    pub fn escalation_open(&self, req: OpenEscalationRequest) -> Reply<EscalationSaved> {
        Ok(self
            .session
            .with_store(|store| escalation::open(store, self.clock, req))?)
    }

    pub fn escalation_record_step(
        &self,
        req: RecordEscalationStepRequest,
    ) -> Reply<EscalationPage> {
        Ok(self
            .session
            .with_store(|store| escalation::record_step(store, self.clock, req))?)
    }

    pub fn escalation_skip_step(&self, req: SkipEscalationStepRequest) -> Reply<EscalationPage> {
        Ok(self
            .session
            .with_store(|store| escalation::skip_step(store, self.clock, req))?)
    }

    pub fn escalation_close(&self, req: CloseEscalationRequest) -> Reply<EscalationPage> {
        Ok(self
            .session
            .with_store(|store| escalation::close(store, self.clock, req))?)
    }
}
