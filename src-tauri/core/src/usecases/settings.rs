//! Vault settings the user can change.

use super::now_text;
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::error::{Error, Result, Rule};
use crate::store::{Store, audit, settings};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const AUTO_LOCK_KEY: &str = "auto_lock_minutes";
/// Lock after this many idle minutes unless the user chose otherwise.
pub const DEFAULT_AUTO_LOCK_MINUTES: u8 = 5;
pub const MIN_AUTO_LOCK_MINUTES: u8 = 1;
pub const MAX_AUTO_LOCK_MINUTES: u8 = 15;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Idle minutes before the vault locks itself: 1–15.
    pub auto_lock_minutes: u8,
}

pub fn get(store: &Store) -> Result<Settings> {
    store.read(|conn| {
        let stored = settings::get(conn, AUTO_LOCK_KEY)?;
        let minutes = stored
            .and_then(|value| value.parse::<u8>().ok())
            .filter(|m| (MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES).contains(m))
            .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES);
        Ok(Settings {
            auto_lock_minutes: minutes,
        })
    })
}

pub fn update(store: &mut Store, clock: &dyn Clock, req: Settings) -> Result<Settings> {
    if !(MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES).contains(&req.auto_lock_minutes) {
        return Err(Error::Validation {
            field: "autoLockMinutes",
            rule: Rule::OutOfRange,
        });
    }
    let now = now_text(clock);
    store.write(|tx| {
        settings::set(tx, AUTO_LOCK_KEY, &req.auto_lock_minutes.to_string())?;
        audit::append(tx, &now, AuditAction::SettingsUpdate, Some(AUTO_LOCK_KEY))?;
        Ok(())
    })?;
    get(store)
}
