//! Vault actions: create, unlock, change passphrase, recover, check. Each successful one writes
//! its audit row. A failed unlock cannot write (the key is unknown and the files must stay
//! byte-identical); callers keep the instant and pass it to the next successful unlock, which
//! records it.

use super::now_text;
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::passphrase;
use crate::error::{Error, Result, Rule};
use crate::store::{Store, audit, cases, guardians, integrity, pupils, schema};
use crate::vault::{self, KdfParams, RecoveryKey, Secret, SecretText};
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

// Secrets arrive as `SecretText`: wiped on drop, `[verborgen]` in `Debug`, a string on the wire.

#[derive(Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateVaultRequest {
    #[ts(type = "string")]
    pub passphrase: SecretText,
    #[ts(type = "string")]
    pub passphrase_repeat: SecretText,
}

/// The recovery key, shown once.
#[derive(Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateVaultResponse {
    #[ts(type = "string")]
    pub recovery_key: SecretText,
}

#[derive(Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnlockRequest {
    #[ts(type = "string")]
    pub passphrase: SecretText,
}

#[derive(Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangePassphraseRequest {
    #[ts(type = "string")]
    pub current_passphrase: SecretText,
    #[ts(type = "string")]
    pub new_passphrase: SecretText,
    #[ts(type = "string")]
    pub new_passphrase_repeat: SecretText,
}

#[derive(Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoverRequest {
    #[ts(type = "string")]
    pub recovery_key: SecretText,
    #[ts(type = "string")]
    pub new_passphrase: SecretText,
    #[ts(type = "string")]
    pub new_passphrase_repeat: SecretText,
}

/// What `vault check` found.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckReport {
    pub integrity_check: String,
    pub cipher_integrity_check: String,
    pub schema_version: i64,
    pub app_schema_version: i64,
    pub pupils: i64,
    pub guardians: i64,
    pub cases: i64,
    pub audit_events: i64,
    /// `None` when the chain verifies; else the first broken sequence number.
    pub audit_chain_broken_at: Option<i64>,
    pub kdf_memory_kib: u32,
    pub kdf_iterations: u32,
    /// The attachment file, checked in full (unlock skips it).
    pub attachments: super::attachments::check::AttachmentCheck,
}

fn check_new(field: &'static str, new: &SecretText, repeat: &SecretText) -> Result<()> {
    passphrase::check(field, new.expose())?;
    if new.expose() != repeat.expose() {
        return Err(Error::Validation {
            field,
            rule: Rule::PassphraseMismatch,
        });
    }
    Ok(())
}

/// Creates a vault with Argon2id parameters calibrated on this machine.
pub fn create(
    dir: &Path,
    clock: &dyn Clock,
    req: &CreateVaultRequest,
) -> Result<(Store, CreateVaultResponse)> {
    check_new("passphrase", &req.passphrase, &req.passphrase_repeat)?;
    create_with_params(dir, clock, req, KdfParams::calibrated()?)
}

/// Creates a vault with the given Argon2id parameters (never below the floor).
pub fn create_with_params(
    dir: &Path,
    clock: &dyn Clock,
    req: &CreateVaultRequest,
    params: KdfParams,
) -> Result<(Store, CreateVaultResponse)> {
    check_new("passphrase", &req.passphrase, &req.passphrase_repeat)?;
    let (mut store, recovery) = vault::create(dir, req.passphrase.expose(), params)?;
    let now = now_text(clock);
    store.write(|tx| audit::append(tx, &now, AuditAction::VaultCreate, None))?;
    Ok((
        store,
        CreateVaultResponse {
            recovery_key: recovery.display(),
        },
    ))
}

/// Unlocks with the passphrase. `failed_attempts` are the instants (RFC 3339) of earlier failed
/// attempts in this session; they are written to the audit log now.
pub fn unlock(
    dir: &Path,
    clock: &dyn Clock,
    passphrase: &str,
    failed_attempts: &[String],
) -> Result<Store> {
    let mut store = vault::unlock(dir, Secret::Passphrase(passphrase))?;
    let now = now_text(clock);
    store.write(|tx| {
        for at in failed_attempts {
            audit::append(tx, at, AuditAction::VaultUnlockFailed, None)?;
        }
        audit::append(tx, &now, AuditAction::VaultUnlock, None)?;
        Ok(())
    })?;
    Ok(store)
}

/// Changes the passphrase of the open vault (the current one must be given again).
pub fn change_passphrase(
    store: &mut Store,
    dir: &Path,
    clock: &dyn Clock,
    req: &ChangePassphraseRequest,
) -> Result<()> {
    check_new(
        "newPassphrase",
        &req.new_passphrase,
        &req.new_passphrase_repeat,
    )?;
    vault::change_passphrase(
        dir,
        Secret::Passphrase(req.current_passphrase.expose()),
        req.new_passphrase.expose(),
    )?;
    let now = now_text(clock);
    store.write(|tx| audit::append(tx, &now, AuditAction::VaultChangePassphrase, None))?;
    Ok(())
}

/// Uses the recovery key to set a new passphrase, and opens the vault.
pub fn recover(dir: &Path, clock: &dyn Clock, req: &RecoverRequest) -> Result<Store> {
    let key = RecoveryKey::parse(req.recovery_key.expose())?;
    check_new(
        "newPassphrase",
        &req.new_passphrase,
        &req.new_passphrase_repeat,
    )?;
    vault::change_passphrase(dir, Secret::RecoveryKey(&key), req.new_passphrase.expose())?;
    let mut store = vault::unlock(dir, Secret::Passphrase(req.new_passphrase.expose()))?;
    let now = now_text(clock);
    store.write(|tx| audit::append(tx, &now, AuditAction::VaultRecover, None))?;
    Ok(store)
}

/// Integrity checks, schema version and counts of an open vault.
pub fn check(store: &mut Store, dir: &Path) -> Result<CheckReport> {
    let params = vault::passphrase_params(dir)?;
    let attachments = super::attachments::check::run(store)?;
    store.read(|conn| {
        let problems = integrity::cipher_problems(conn)?;
        Ok(CheckReport {
            integrity_check: integrity::integrity_check(conn)?,
            cipher_integrity_check: if problems == 0 {
                "ok".into()
            } else {
                format!("{problems} problem(s)")
            },
            schema_version: schema::stored_version(conn)?,
            app_schema_version: schema::current_version(),
            pupils: pupils::count(conn)?,
            guardians: guardians::count(conn)?,
            cases: cases::count(conn)?,
            audit_events: audit::count(conn)?,
            audit_chain_broken_at: audit::verify(conn)?.err(),
            kdf_memory_kib: params.memory_kib,
            kdf_iterations: params.iterations,
            attachments,
        })
    })
}
