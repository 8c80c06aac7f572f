//! Reading the audit log (for checks and the privacy officer).

use crate::error::Result;
use crate::store::{Store, audit};

pub use crate::store::audit::AuditRow;

/// Every audit entry in order.
pub fn entries(store: &Store) -> Result<Vec<AuditRow>> {
    store.read(audit::all)
}

/// `Ok(n)` when all `n` entries chain correctly, `Err(seq)` at the first broken one.
pub fn verify(store: &Store) -> Result<std::result::Result<i64, i64>> {
    store.read(audit::verify)
}
