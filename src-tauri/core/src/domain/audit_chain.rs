//! The audit log is a hash chain: each entry's hash covers the previous hash and the entry's own
//! fields, so removing or editing a row breaks every hash after it.

use sha2::{Digest, Sha256};

/// The hash that precedes the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of one audit entry that the hash covers. Ids only, never names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFields<'a> {
    pub seq: i64,
    pub at: &'a str,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<&'a str>,
}

/// Hex SHA-256 over the previous hash and the fields, each length-prefixed so no two different
/// entries can serialise to the same bytes.
pub fn entry_hash(prev_hash: &str, fields: &AuditFields<'_>) -> String {
    let mut hasher = Sha256::new();
    let seq = fields.seq.to_string();
    for part in [
        prev_hash,
        seq.as_str(),
        fields.at,
        fields.action,
        fields.entity,
        fields.entity_id.unwrap_or(""),
    ] {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_depends_on_every_field_and_the_previous_hash() {
        let base = AuditFields {
            seq: 1,
            at: "2026-11-23T10:00:00Z",
            action: "pupil.create",
            entity: "pupil",
            entity_id: Some("x"),
        };
        let h = entry_hash(GENESIS, &base);
        assert_eq!(h.len(), 64);
        assert_ne!(h, entry_hash("ff", &base));
        assert_ne!(
            h,
            entry_hash(
                GENESIS,
                &AuditFields {
                    seq: 2,
                    ..base.clone()
                }
            )
        );
        assert_ne!(
            h,
            entry_hash(
                GENESIS,
                &AuditFields {
                    action: "pupil.update",
                    ..base.clone()
                }
            )
        );
        assert_ne!(
            h,
            entry_hash(
                GENESIS,
                &AuditFields {
                    entity_id: None,
                    ..base.clone()
                }
            )
        );
    }
}
