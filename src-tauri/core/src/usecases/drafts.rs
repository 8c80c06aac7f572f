//! Drafts: what a person typed in an unfinished form, kept in the (encrypted) vault so it
//! survives auto-lock and closing the app. Keys are chosen by the UI (e.g.
//! `case/<id>/signal/new`); payloads are opaque JSON text. Autosaves are frequent (the UI saves
//! after a short pause in typing), so the audit log records one `draft.save` per opened form,
//! not one per save: the UI makes a form-session id when a form opens and sends it with every
//! save; the core writes the audit row only when the session for that key changes. The row
//! holds neither the key nor the content.

use super::now_text;
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::error::{Error, Result, Rule};
use crate::store::{Store, audit, drafts};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const KEY_MAX: usize = 200;
const PAYLOAD_MAX: usize = 200_000;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftKey {
    pub key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub key: String,
    /// `None` when there is no draft under this key.
    pub payload: Option<String>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveDraftRequest {
    pub key: String,
    pub payload: String,
    /// Made by the UI when the form opens (e.g. a random UUID); the same for every autosave of
    /// that opened form. Letters, digits and `-` only.
    pub form_session: String,
}

const FORM_SESSION_MAX: usize = 64;

fn check_form_session(form_session: &str) -> Result<()> {
    let ok = !form_session.is_empty()
        && form_session.len() <= FORM_SESSION_MAX
        && form_session
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(Error::validation("formSession", Rule::InvalidCharacters))
    }
}

fn check_key(key: &str) -> Result<()> {
    let ok = !key.is_empty()
        && key.len() <= KEY_MAX
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Error::validation("key", Rule::InvalidCharacters))
    }
}

pub fn get(store: &Store, req: DraftKey) -> Result<Draft> {
    check_key(&req.key)?;
    let found = store.read(|conn| drafts::get(conn, &req.key))?;
    Ok(match found {
        Some(row) => Draft {
            key: req.key,
            payload: Some(row.payload),
            updated_at: Some(row.updated_at),
        },
        None => Draft {
            key: req.key,
            payload: None,
            updated_at: None,
        },
    })
}

/// Saves (replaces) the draft under the key. Writes `draft.save` to the audit log only for the
/// first save of a form session (see the module note).
pub fn save(store: &mut Store, clock: &dyn Clock, req: SaveDraftRequest) -> Result<Draft> {
    check_key(&req.key)?;
    check_form_session(&req.form_session)?;
    if req.payload.len() > PAYLOAD_MAX {
        return Err(Error::validation("payload", Rule::TooLong));
    }
    let now = now_text(clock);
    store.write(|tx| {
        let previous_session = drafts::get(tx, &req.key)?.and_then(|row| row.form_session);
        drafts::put(tx, &req.key, &req.payload, &req.form_session, &now)?;
        if previous_session.as_deref() != Some(req.form_session.as_str()) {
            audit::append(tx, &now, AuditAction::DraftSave, None)?;
        }
        Ok(())
    })?;
    Ok(Draft {
        key: req.key,
        payload: Some(req.payload),
        updated_at: Some(now),
    })
}

/// Discards a draft (after the record was saved, or on "weggooien"). No draft: nothing changes.
pub fn delete(store: &mut Store, clock: &dyn Clock, req: DraftKey) -> Result<Draft> {
    check_key(&req.key)?;
    let now = now_text(clock);
    store.write(|tx| {
        if drafts::delete(tx, &req.key)? {
            audit::append(tx, &now, AuditAction::DraftDelete, None)?;
        }
        Ok(())
    })?;
    Ok(Draft {
        key: req.key,
        payload: None,
        updated_at: None,
    })
}
