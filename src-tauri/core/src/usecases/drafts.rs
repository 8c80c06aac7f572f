//! Drafts: what a person typed in an unfinished form, kept in the (encrypted) vault so it
//! survives auto-lock and closing the app. Keys are chosen by the UI (e.g.
//! `case/<id>/signal/new`); payloads are opaque JSON text. Saving writes its audit row like
//! every other change (key kind only, never the content).

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
        Some((payload, updated_at)) => Draft {
            key: req.key,
            payload: Some(payload),
            updated_at: Some(updated_at),
        },
        None => Draft {
            key: req.key,
            payload: None,
            updated_at: None,
        },
    })
}

pub fn save(store: &mut Store, clock: &dyn Clock, req: SaveDraftRequest) -> Result<Draft> {
    check_key(&req.key)?;
    if req.payload.len() > PAYLOAD_MAX {
        return Err(Error::validation("payload", Rule::TooLong));
    }
    let now = now_text(clock);
    store.write(|tx| {
        drafts::put(tx, &req.key, &req.payload, &now)?;
        audit::append(tx, &now, AuditAction::DraftSave, None)
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
