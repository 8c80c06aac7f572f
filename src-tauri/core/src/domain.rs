//! Pure rules: validation, dates, names, the audit hash chain. No IO, no clock reads.

pub mod absence;
pub mod attachment;
pub mod audit;
pub mod audit_chain;
pub mod case;
pub mod dates;
pub mod deadlines;
pub mod decisions;
pub mod enrolment;
pub mod entity;
pub mod escalation;
pub mod guardian;
pub mod hearing;
pub mod home_stay;
pub mod legal_days;
pub mod meldcode;
pub mod names;
pub mod opp;
pub mod passphrase;
pub mod pupil;
pub mod records;
pub mod school_year;
pub mod stepplan;
pub mod text;
pub mod tlv;
