//! The template commands on [`App`]: the list, choosing a template file through the desktop's
//! open dialog, checking it (the core reads the file), importing it and making a template the
//! active one (DOMAIN.md §13).

use super::{App, Reply};
use crate::template::Template;
use crate::usecases::IdRequest;
use crate::usecases::attachments::ChosenFile;
use crate::usecases::templates::{
    self, ActivateTemplateRequest, ImportedBy, TemplateFileRequest, TemplateList, TemplateSummary,
};
use std::path::Path;

impl App<'_> {
    /// The active template (pupil-level pages, the Vandaag step table).
    pub fn template_get(&self, (): ()) -> Reply<Template> {
        Ok(self.session.with_store(|store| templates::active(store))?)
    }

    /// The template casus `id` was made with (the casus page).
    pub fn case_template_get(&self, req: IdRequest) -> Reply<Template> {
        Ok(self
            .session
            .with_case_template(&req.id, |_, template| Ok(template.clone()))?)
    }

    pub fn template_list(&self, (): ()) -> Reply<TemplateList> {
        Ok(self.session.with_store(|store| templates::list(store))?)
    }

    /// Asks the desktop for a template file (the vault is not held while the dialog is open).
    pub fn template_choose_file(&self, (): ()) -> Reply<ChosenFile> {
        let chosen = self.desktop.choose_template_file()?;
        Ok(ChosenFile {
            file_name: chosen
                .as_deref()
                .and_then(Path::file_name)
                .map(|name| name.to_string_lossy().into_owned()),
            path: chosen.map(|path| path.to_string_lossy().into_owned()),
        })
    }

    /// Reads and checks a template file: its summary, or the refusal naming line and field.
    pub fn template_check(&self, req: TemplateFileRequest) -> Reply<TemplateSummary> {
        let text = templates::read_file(Path::new(&req.path))?;
        Ok(templates::check(&text)?)
    }

    /// Reads, checks and imports a template file; answers the refreshed list.
    pub fn template_import(&self, req: TemplateFileRequest) -> Reply<TemplateList> {
        let text = templates::read_file(Path::new(&req.path))?;
        Ok(self.session.with_store(|store| {
            templates::import(store, self.clock, &text, ImportedBy::App)?;
            templates::list(store)
        })?)
    }

    pub fn template_activate(&self, req: ActivateTemplateRequest) -> Reply<TemplateList> {
        Ok(self
            .session
            .with_store(|store| templates::activate(store, self.clock, req))?)
    }
}
