//! The meldcode commands on [`App`]: open with the passphrase, read, and change the pupil's
//! meldcode route. Every one but `meldcode_open` runs through [`Session::with_meldcode`], so
//! without a live grant it is refused in the core (`meldcode_locked`), whatever the UI does.
//!
//! [`Session::with_meldcode`]: crate::usecases::session::Session::with_meldcode

use super::{App, Reply};
use crate::usecases::IdRequest;
use crate::usecases::meldcode::{
    self, MeldcodeCloseRequest, MeldcodeDecideRequest, MeldcodeEntryRequest, MeldcodeOpenRequest,
    MeldcodePage, MeldcodeStepDoneRequest, StartMeldcodeRequest,
};

impl App<'_> {
    pub fn meldcode_open(&self, req: MeldcodeOpenRequest) -> Reply<MeldcodePage> {
        Ok(self.session.open_meldcode(self.clock, &req)?)
    }

    pub fn meldcode_get(&self, req: IdRequest) -> Reply<MeldcodePage> {
        Ok(self
            .session
            .with_meldcode(self.clock, &req.id, |store, grant| {
                meldcode::get(store, grant)
            })?)
    }

    pub fn meldcode_start(&self, req: StartMeldcodeRequest) -> Reply<MeldcodePage> {
        let pupil_id = req.pupil_id.clone();
        Ok(self
            .session
            .with_meldcode(self.clock, &pupil_id, |store, grant| {
                meldcode::start(store, self.clock, grant, req)
            })?)
    }

    pub fn meldcode_add_entry(&self, req: MeldcodeEntryRequest) -> Reply<MeldcodePage> {
        let pupil_id = req.pupil_id.clone();
        Ok(self
            .session
            .with_meldcode(self.clock, &pupil_id, |store, grant| {
                meldcode::add_entry(store, self.clock, grant, req)
            })?)
    }

    pub fn meldcode_complete_step(&self, req: MeldcodeStepDoneRequest) -> Reply<MeldcodePage> {
        let pupil_id = req.pupil_id.clone();
        Ok(self
            .session
            .with_meldcode(self.clock, &pupil_id, |store, grant| {
                meldcode::complete_step(store, self.clock, grant, req)
            })?)
    }

    pub fn meldcode_decide(&self, req: MeldcodeDecideRequest) -> Reply<MeldcodePage> {
        let pupil_id = req.pupil_id.clone();
        Ok(self
            .session
            .with_meldcode(self.clock, &pupil_id, |store, grant| {
                meldcode::decide(store, self.clock, grant, req)
            })?)
    }

    pub fn meldcode_close(&self, req: MeldcodeCloseRequest) -> Reply<MeldcodePage> {
        let pupil_id = req.pupil_id.clone();
        Ok(self
            .session
            .with_meldcode(self.clock, &pupil_id, |store, grant| {
                meldcode::close(store, self.clock, grant, req)
            })?)
    }

    /// Ends the access before its time (the page was left). Never fails.
    pub fn meldcode_leave(&self, req: IdRequest) -> Reply<()> {
        self.session.close_meldcode(&req.id);
        Ok(())
    }
}
