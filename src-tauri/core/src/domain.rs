//! Pure rules: validation, dates, names, the audit hash chain. No IO, no clock reads.

pub mod audit_chain;
pub mod case;
pub mod dates;
pub mod deadlines;
pub mod guardian;
pub mod names;
pub mod passphrase;
pub mod pupil;
pub mod records;
pub mod stepplan;
pub mod text;
