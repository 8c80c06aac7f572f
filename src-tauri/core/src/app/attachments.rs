//! The attachment commands on [`App`]: list, choose a file through the desktop's open dialog,
//! add, change, delete and view (through the private view folder). In their own file, as the
//! TLV's: `app.rs` holds the older features.

use super::{App, Reply};
use crate::usecases::IdRequest;
use crate::usecases::attachments::{
    self, AddAttachmentRequest, AttachmentViewed, ChosenFile, PupilAttachments,
    UpdateAttachmentRequest,
};
use std::path::Path;

impl App<'_> {
    pub fn attachment_list(&self, req: IdRequest) -> Reply<PupilAttachments> {
        Ok(self
            .session
            .with_store(|store| attachments::list(store, req))?)
    }

    /// Asks the desktop for a file (the vault is not held while the dialog is open).
    pub fn attachment_choose_file(&self, (): ()) -> Reply<ChosenFile> {
        let chosen = self.desktop.choose_attachment_file()?;
        Ok(ChosenFile {
            file_name: chosen
                .as_deref()
                .and_then(Path::file_name)
                .map(|name| name.to_string_lossy().into_owned()),
            path: chosen.map(|path| path.to_string_lossy().into_owned()),
        })
    }

    pub fn attachment_add(&self, req: AddAttachmentRequest) -> Reply<PupilAttachments> {
        Ok(self
            .session
            .with_store(|store| attachments::add(store, self.clock, req))?)
    }

    pub fn attachment_update(&self, req: UpdateAttachmentRequest) -> Reply<PupilAttachments> {
        Ok(self
            .session
            .with_store(|store| attachments::update(store, self.clock, req))?)
    }

    pub fn attachment_delete(&self, req: IdRequest) -> Reply<PupilAttachments> {
        Ok(self
            .session
            .with_store(|store| attachments::delete(store, self.clock, req))?)
    }

    /// Writes the attachment into the private view folder and opens it in the system viewer.
    pub fn attachment_view(&self, req: IdRequest) -> Reply<AttachmentViewed> {
        let path = self.session.view_attachment(self.clock, req)?;
        self.desktop.open_viewed(&path)?;
        Ok(AttachmentViewed {
            path: path.to_string_lossy().into_owned(),
        })
    }
}
