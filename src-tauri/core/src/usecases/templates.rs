//! Which template applies, and the SWV templates a school imports from a file (DOMAIN.md §13).
//!
//! The vault's active template is the one new casussen and the pupil-level records (hoorrecht,
//! OPP, TLV, geschillen) use; a casus keeps the template (id and version) it was made with, so
//! importing or activating a template never changes an existing casus. The shipped `landelijk`
//! is always there and never stored; an imported template is kept as its TOML text, validated
//! again whenever it is used. Import and activation are audited (ids only).

use super::now_text;
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::error::{Error, Result, Rule};
use crate::store::templates::{self as template_store, TemplateRow};
use crate::store::{Store, audit, settings};
use crate::template::{LANDELIJK, Template};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// The built-in template's id.
pub const BUILTIN_ID: &str = "landelijk";
/// The built-in template's version.
pub const BUILTIN_VERSION: i32 = 1;
/// The setting that holds the active template as `id@version`.
const ACTIVE_KEY: &str = "active_template";

/// Who imported a template: the window or the admin CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportedBy {
    App,
    Cli,
}

impl ImportedBy {
    fn as_str(self) -> &'static str {
        match self {
            ImportedBy::App => "app",
            ImportedBy::Cli => "cli",
        }
    }
}

/// What a template file holds, as the check and the list show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateSummary {
    pub id: String,
    pub version: i32,
    pub name: String,
    pub description: String,
    pub swv_name: String,
    /// The six stappenplan step labels, in order.
    pub steps: Vec<String>,
    /// The escalatieladder's step labels, in order.
    pub escalation_steps: Vec<String>,
    /// The TLV checklist's labels, in print order.
    pub checklist: Vec<String>,
    /// The contact points' names.
    pub contacts: Vec<String>,
}

impl TemplateSummary {
    /// The summary of a validated template.
    pub fn of(template: &Template) -> Self {
        TemplateSummary {
            id: template.id.clone(),
            version: template.version,
            name: template.name.clone(),
            description: template.description.clone(),
            swv_name: template.swv.name.clone(),
            steps: template.steps.iter().map(|s| s.label.clone()).collect(),
            escalation_steps: template
                .escalation
                .steps
                .iter()
                .map(|s| s.label.clone())
                .collect(),
            checklist: template
                .tlv
                .checklist
                .iter()
                .map(|c| c.label.clone())
                .collect(),
            contacts: template.contacts.iter().map(|c| c.name.clone()).collect(),
        }
    }
}

/// One template version in the vault's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateListItem {
    pub summary: TemplateSummary,
    /// The shipped `landelijk` (not imported, cannot be removed).
    pub builtin: bool,
    /// New casussen use this one.
    pub active: bool,
    /// How many casussen were made with this version.
    pub cases: u32,
    /// When it was imported (instant text); `None` for the built-in one.
    pub imported_at: Option<String>,
}

/// Every template of the vault: the built-in one first, then the imported ones by id and
/// version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateList {
    pub templates: Vec<TemplateListItem>,
}

/// Check or import the template file at `path` (the core reads it).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateFileRequest {
    pub path: String,
}

/// Make a template version the active one.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivateTemplateRequest {
    pub id: String,
    /// The newest stored version when absent.
    pub version: Option<i32>,
}

/// Parses and validates a template file's text: its summary, or the Dutch refusal naming the
/// line and the field.
pub fn check(text: &str) -> Result<TemplateSummary> {
    Template::parse(text).map(|template| TemplateSummary::of(&template))
}

/// Reads a template file from disk (a file that is not UTF-8 text is refused in Dutch).
pub fn read_file(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::Io(format!("read template file: {e}")))?;
    String::from_utf8(bytes).map_err(|_| {
        Error::TemplateInvalid("het bestand is geen tekst in UTF-8 (een TOML-bestand)".to_owned())
    })
}

/// Imports a template file: validated, stored with its text, audited. The same id and version
/// with the same text again changes nothing; with other text it is refused (a casus may use the
/// stored one: its version must go up).
pub fn import(
    store: &mut Store,
    clock: &dyn Clock,
    text: &str,
    by: ImportedBy,
) -> Result<TemplateSummary> {
    let template = Template::parse(text)?;
    let summary = TemplateSummary::of(&template);
    let now = now_text(clock);
    store.write(|tx| {
        if template.id == BUILTIN_ID {
            if text == LANDELIJK {
                return Ok(());
            }
            return Err(Template::refuse_at(
                text,
                "id",
                "‘landelijk’ is het ingebouwde sjabloon; geef uw sjabloon een eigen ‘id’",
            ));
        }
        match template_store::get(tx, &template.id, template.version)? {
            Some(row) if row.source == text => return Ok(()),
            Some(_) => {
                return Err(Template::refuse_at(
                    text,
                    "version",
                    &format!(
                        "sjabloon ‘{}’ versie {} staat al in de kluis met een andere inhoud; \
                         verhoog ‘version’",
                        template.id, template.version
                    ),
                ));
            }
            None => {}
        }
        template_store::insert(
            tx,
            &TemplateRow {
                id: template.id.clone(),
                version: template.version,
                name: template.name.clone(),
                swv_name: template.swv.name.clone(),
                source: text.to_owned(),
                imported_at: now.clone(),
                imported_by: by.as_str().to_owned(),
            },
        )?;
        let entity = entity_id(&template.id, template.version);
        audit::append(tx, &now, AuditAction::TemplateImport, Some(&entity))?;
        Ok(())
    })?;
    Ok(summary)
}

/// Every template of the vault with whether it is built in or active, and how many casussen
/// use it.
pub fn list(store: &Store) -> Result<TemplateList> {
    store.read(list_in)
}

fn list_in(conn: &Connection) -> Result<TemplateList> {
    let (active_id, active_version) = active_key(conn)?;
    let counts: BTreeMap<(String, i32), i64> = template_store::case_counts(conn)?
        .into_iter()
        .map(|(id, version, count)| ((id, version), count))
        .collect();
    let count = |id: &str, version: i32| {
        let found = counts.get(&(id.to_owned(), version)).copied().unwrap_or(0);
        u32::try_from(found).unwrap_or(u32::MAX)
    };
    let is_active = |id: &str, version: i32| id == active_id && version == active_version;
    let builtin = Template::landelijk()?;
    let mut templates = vec![TemplateListItem {
        active: is_active(&builtin.id, builtin.version),
        cases: count(&builtin.id, builtin.version),
        summary: TemplateSummary::of(&builtin),
        builtin: true,
        imported_at: None,
    }];
    for row in template_store::list(conn)? {
        let template = Template::parse(&row.source)?;
        templates.push(TemplateListItem {
            active: is_active(&row.id, row.version),
            cases: count(&row.id, row.version),
            summary: TemplateSummary::of(&template),
            builtin: false,
            imported_at: Some(row.imported_at),
        });
    }
    Ok(TemplateList { templates })
}

/// Makes a template version the one new casussen use (the newest stored version when no
/// version is given). Audited.
pub fn activate(
    store: &mut Store,
    clock: &dyn Clock,
    req: ActivateTemplateRequest,
) -> Result<TemplateList> {
    let now = now_text(clock);
    store.write(|tx| {
        let version = match req.version {
            Some(version) => version,
            None => newest_version(tx, &req.id)?,
        };
        resolve_in(tx, &req.id, version)?;
        settings::set(tx, ACTIVE_KEY, &entity_id_setting(&req.id, version))?;
        let entity = entity_id(&req.id, version);
        audit::append(tx, &now, AuditAction::TemplateActivate, Some(&entity))?;
        list_in(tx)
    })
}

/// The template new casussen and the pupil-level records (hoorrecht, OPP, TLV, geschillen)
/// use now.
pub fn active(store: &Store) -> Result<Template> {
    store.read(active_in)
}

/// As [`active`], inside a read or a transaction.
pub fn active_in(conn: &Connection) -> Result<Template> {
    let (id, version) = active_key(conn)?;
    resolve_in(conn, &id, version)
}

/// The template a casus was made with.
pub fn resolve(store: &Store, id: &str, version: i32) -> Result<Template> {
    store.read(|conn| resolve_in(conn, id, version))
}

/// As [`resolve`], inside a read or a transaction. An id and version the vault does not hold
/// (a vault copied without its templates) is refused in Dutch, never a panic.
pub fn resolve_in(conn: &Connection, id: &str, version: i32) -> Result<Template> {
    if id == BUILTIN_ID && version == BUILTIN_VERSION {
        return Template::landelijk();
    }
    match template_store::get(conn, id, version)? {
        Some(row) => Template::parse(&row.source),
        None => Err(Error::TemplateInvalid(format!(
            "sjabloon ‘{id}’ versie {version} staat niet in deze kluis; importeer dat \
             sjabloonbestand opnieuw"
        ))),
    }
}

/// The template of casus `case_id`.
pub fn for_case(conn: &Connection, case_id: &str) -> Result<Template> {
    let case = crate::store::cases::get(conn, case_id)?;
    resolve_in(conn, &case.template_id, case.template_version)
}

/// The template of casus `case_id`, from a request (the id is checked first).
pub fn for_case_id(store: &Store, case_id: &str) -> Result<Template> {
    super::check_id("caseId", case_id)?;
    store.read(|conn| for_case(conn, case_id))
}

/// The template (id and version) a new casus gets: the active one, or the newest version of
/// the id the request names.
pub fn for_new_case(conn: &Connection, requested: Option<&str>) -> Result<(String, i32)> {
    let (active_id, active_version) = active_key(conn)?;
    match requested {
        None => Ok((active_id, active_version)),
        Some(id) if id == active_id => Ok((active_id, active_version)),
        Some(id) => {
            let version = newest_version(conn, id).map_err(|_| Error::Validation {
                field: "templateId",
                rule: Rule::OutOfRange,
            })?;
            Ok((id.to_owned(), version))
        }
    }
}

/// Resolves templates per casus once per (id, version) while a page or a list is built.
#[derive(Default)]
pub struct TemplateCache {
    templates: BTreeMap<(String, i32), Template>,
}

impl TemplateCache {
    /// The template with this id and version.
    pub fn get(&mut self, conn: &Connection, id: &str, version: i32) -> Result<&Template> {
        let key = (id.to_owned(), version);
        if !self.templates.contains_key(&key) {
            let template = resolve_in(conn, id, version)?;
            self.templates.insert(key.clone(), template);
        }
        self.templates
            .get(&key)
            .ok_or_else(|| Error::Internal("template cache lost an entry".to_owned()))
    }
}

fn newest_version(conn: &Connection, id: &str) -> Result<i32> {
    if id == BUILTIN_ID {
        return Ok(BUILTIN_VERSION);
    }
    template_store::list(conn)?
        .into_iter()
        .filter(|row| row.id == id)
        .map(|row| row.version)
        .max()
        .ok_or_else(|| {
            Error::TemplateInvalid(format!(
                "sjabloon ‘{id}’ staat niet in deze kluis; importeer het eerst"
            ))
        })
}

/// The active template's id and version (landelijk when none was chosen).
fn active_key(conn: &Connection) -> Result<(String, i32)> {
    let stored = settings::get(conn, ACTIVE_KEY)?;
    let parsed = stored.as_deref().and_then(|value| {
        let (id, version) = value.rsplit_once('@')?;
        Some((id.to_owned(), version.parse::<i32>().ok()?))
    });
    Ok(parsed.unwrap_or_else(|| (BUILTIN_ID.to_owned(), BUILTIN_VERSION)))
}

fn entity_id_setting(id: &str, version: i32) -> String {
    format!("{id}@{version}")
}

/// The audit row's entity id: `swv-lindeboom/v2` (ids only).
fn entity_id(id: &str, version: i32) -> String {
    format!("{id}/v{version}")
}
