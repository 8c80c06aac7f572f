//! Randomness from the operating system, for keys, salts, nonces and temporary file names.
//! Its own module so `vault` and `files` both use it without depending on each other.

use crate::error::{Error, Result};

/// Fills `buf` from the OS random source.
pub(crate) fn fill_random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| Error::Internal(format!("random source: {e}")))
}
