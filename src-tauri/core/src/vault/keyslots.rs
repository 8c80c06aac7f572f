//! The key-slot file: the data key wrapped once per way in (passphrase, recovery key).
//! A SHA-256 checksum over the file's content tells a damaged file (Corrupt) from a wrong
//! secret (the AEAD tag fails: WrongPassphrase).

use super::{DataKey, Secret, recovery::RecoveryKey};
use crate::error::{Error, Result};
use crate::random::fill_random;
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::time::Instant;
use zeroize::Zeroizing;

const FORMAT: u32 = 1;
/// Floor from ARCHITECTURE.md §4: never weaker than 64 MiB and 3 passes.
pub const MIN_MEMORY_KIB: u32 = 64 * 1024;
pub const MIN_ITERATIONS: u32 = 3;
/// Ceilings against a tampered file that would make unlocking hang or exhaust memory.
const MAX_MEMORY_KIB: u32 = 1024 * 1024;
const MAX_ITERATIONS: u32 = 64;
/// Calibration aims for about this long per derivation on the machine that creates the vault.
const TARGET_MILLIS: u128 = 600;

/// Which secret a slot opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SlotKind {
    Passphrase,
    Recovery,
}

/// Argon2id parameters, stored per slot so they can grow with faster hardware.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// The floor: 64 MiB, 3 passes, 1 lane.
    pub const FLOOR: KdfParams = KdfParams {
        memory_kib: MIN_MEMORY_KIB,
        iterations: MIN_ITERATIONS,
        parallelism: 1,
    };

    /// Measures one derivation at the floor, then raises memory (up to 256 MiB) and passes (up
    /// to 12) until a derivation takes about 0.6 s on this machine. Never below the floor.
    pub fn calibrated() -> Result<KdfParams> {
        let mut out = Zeroizing::new([0u8; 32]);
        let started = Instant::now();
        derive(b"calibration", &[0u8; 16], Self::FLOOR, &mut out)?;
        let millis = started.elapsed().as_millis().max(1);
        let factor = (TARGET_MILLIS as f64 / millis as f64).max(1.0);
        let memory_factor = factor.clamp(1.0, 4.0).floor();
        let iterations = (f64::from(MIN_ITERATIONS) * factor / memory_factor).round();
        Ok(KdfParams {
            memory_kib: MIN_MEMORY_KIB * memory_factor as u32,
            iterations: (iterations as u32).clamp(MIN_ITERATIONS, 12),
            parallelism: 1,
        })
    }

    fn check(self) -> Result<Params> {
        if self.memory_kib < MIN_MEMORY_KIB
            || self.memory_kib > MAX_MEMORY_KIB
            || self.iterations < MIN_ITERATIONS
            || self.iterations > MAX_ITERATIONS
            || self.parallelism == 0
            || self.parallelism > 8
        {
            return Err(Error::Corrupt("key slot parameters out of range".into()));
        }
        Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|e| Error::Corrupt(format!("key slot parameters: {e}")))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Slot {
    kind: SlotKind,
    kdf: KdfParams,
    salt: String,
    nonce: String,
    wrapped_key: String,
}

/// What the checksum covers.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Body {
    format: u32,
    vault_id: String,
    slots: Vec<Slot>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OnDisk {
    body: Body,
    checksum: String,
}

/// The parsed, checksum-verified slot file.
#[derive(Debug, Clone)]
pub(crate) struct SlotFile {
    body: Body,
}

impl SlotFile {
    pub(crate) fn new(
        vault_id: &str,
        key: &DataKey,
        passphrase: &str,
        recovery: &RecoveryKey,
        params: KdfParams,
    ) -> Result<Self> {
        let slots = vec![
            Slot::wrap(
                vault_id,
                SlotKind::Passphrase,
                key,
                passphrase.as_bytes(),
                params,
            )?,
            Slot::wrap(
                vault_id,
                SlotKind::Recovery,
                key,
                recovery.secret_bytes(),
                params,
            )?,
        ];
        Ok(SlotFile {
            body: Body {
                format: FORMAT,
                vault_id: vault_id.to_owned(),
                slots,
            },
        })
    }

    /// Reads and verifies `keyslots.json` in `dir`.
    pub(crate) fn read(dir: &Path) -> Result<Self> {
        let path = dir.join(super::SLOT_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::VaultMissing);
            }
            Err(err) => return Err(Error::io("read key slots", &err)),
        };
        let on_disk: OnDisk = serde_json::from_slice(&bytes)
            .map_err(|e| Error::Corrupt(format!("key slot file unreadable: {e}")))?;
        if on_disk.checksum != checksum(&on_disk.body)? {
            return Err(Error::Corrupt("key slot file checksum mismatch".into()));
        }
        if on_disk.body.format != FORMAT {
            return Err(Error::Corrupt("unknown key slot format".into()));
        }
        Ok(SlotFile { body: on_disk.body })
    }

    pub(crate) fn write_atomically(&self, path: &Path) -> Result<()> {
        let on_disk = OnDisk {
            checksum: checksum(&self.body)?,
            body: self.body.clone(),
        };
        let mut bytes = serde_json::to_vec_pretty(&on_disk)
            .map_err(|e| Error::Internal(format!("serialise key slots: {e}")))?;
        bytes.push(b'\n');
        crate::files::write_atomically(path, &bytes)
    }

    /// Opens the slot that matches the secret. A tag failure is a wrong secret.
    pub(crate) fn unwrap_key(&self, secret: &Secret<'_>) -> Result<DataKey> {
        let (kind, bytes): (SlotKind, &[u8]) = match secret {
            Secret::Passphrase(p) => (SlotKind::Passphrase, p.as_bytes()),
            Secret::RecoveryKey(k) => (SlotKind::Recovery, k.secret_bytes()),
        };
        let slot = self.slot(kind)?;
        slot.unwrap(&self.body.vault_id, bytes)
    }

    pub(crate) fn passphrase_params(&self) -> Result<KdfParams> {
        Ok(self.slot(SlotKind::Passphrase)?.kdf)
    }

    pub(crate) fn with_new_passphrase(
        &self,
        key: &DataKey,
        passphrase: &str,
        params: KdfParams,
    ) -> Result<Self> {
        let fresh = Slot::wrap(
            &self.body.vault_id,
            SlotKind::Passphrase,
            key,
            passphrase.as_bytes(),
            params,
        )?;
        let mut body = self.body.clone();
        body.slots.retain(|slot| slot.kind != SlotKind::Passphrase);
        body.slots.insert(0, fresh);
        Ok(SlotFile { body })
    }

    fn slot(&self, kind: SlotKind) -> Result<&Slot> {
        self.body
            .slots
            .iter()
            .find(|slot| slot.kind == kind)
            .ok_or_else(|| Error::Corrupt("key slot missing".into()))
    }
}

impl Slot {
    fn wrap(
        vault_id: &str,
        kind: SlotKind,
        key: &DataKey,
        secret: &[u8],
        kdf: KdfParams,
    ) -> Result<Self> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        fill_random(&mut salt)?;
        fill_random(&mut nonce)?;
        let mut kek = Zeroizing::new([0u8; 32]);
        derive(secret, &salt, kdf, &mut kek)?;
        let cipher = XChaCha20Poly1305::new_from_slice(&kek[..])
            .map_err(|_| Error::Internal("key length".into()))?;
        let aad = aad(vault_id, kind);
        let wrapped = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &key[..],
                    aad: &aad,
                },
            )
            .map_err(|_| Error::Internal("wrap data key".into()))?;
        Ok(Slot {
            kind,
            kdf,
            salt: hex::encode(salt),
            nonce: hex::encode(nonce),
            wrapped_key: hex::encode(wrapped),
        })
    }

    fn unwrap(&self, vault_id: &str, secret: &[u8]) -> Result<DataKey> {
        let salt = decode_hex(&self.salt, 16)?;
        let nonce = decode_hex(&self.nonce, 24)?;
        let wrapped = decode_hex(&self.wrapped_key, 48)?;
        let mut kek = Zeroizing::new([0u8; 32]);
        derive(secret, &salt, self.kdf, &mut kek)?;
        let cipher = XChaCha20Poly1305::new_from_slice(&kek[..])
            .map_err(|_| Error::Internal("key length".into()))?;
        let aad = aad(vault_id, self.kind);
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    XNonce::from_slice(&nonce),
                    Payload {
                        msg: &wrapped,
                        aad: &aad,
                    },
                )
                .map_err(|_| Error::WrongPassphrase)?,
        );
        let mut key: DataKey = Zeroizing::new([0u8; 32]);
        if plain.len() != 32 {
            return Err(Error::Corrupt("wrapped key has the wrong length".into()));
        }
        key.copy_from_slice(&plain);
        Ok(key)
    }
}

fn derive(secret: &[u8], salt: &[u8], kdf: KdfParams, out: &mut [u8; 32]) -> Result<()> {
    let params = kdf.check()?;
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, out)
        .map_err(|e| Error::Internal(format!("argon2: {e}")))
}

fn aad(vault_id: &str, kind: SlotKind) -> Vec<u8> {
    let kind = match kind {
        SlotKind::Passphrase => "passphrase",
        SlotKind::Recovery => "recovery",
    };
    format!("ibis-keyslot-v1|{vault_id}|{kind}").into_bytes()
}

fn checksum(body: &Body) -> Result<String> {
    let bytes = serde_json::to_vec(body)
        .map_err(|e| Error::Internal(format!("serialise key slots: {e}")))?;
    Ok(hex::encode(Sha256::digest(bytes)))
}

fn decode_hex(value: &str, len: usize) -> Result<Vec<u8>> {
    let bytes =
        hex::decode(value).map_err(|_| Error::Corrupt("key slot field is not hex".into()))?;
    if bytes.len() != len {
        return Err(Error::Corrupt("key slot field has the wrong length".into()));
    }
    Ok(bytes)
}
