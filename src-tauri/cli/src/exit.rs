//! Exit codes and Dutch messages for every core error.

use ibis_core::Error;

pub const USAGE: i32 = 2;
pub const WRONG_PASSPHRASE: i32 = 3;
pub const DAMAGED: i32 = 4;
pub const NOT_FOUND: i32 = 5;
pub const INVALID: i32 = 6;
pub const OTHER: i32 = 1;

/// A failed run: the exit code and the Dutch text for stderr.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: USAGE,
            message: message.into(),
        }
    }
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        let code = match &err {
            Error::WrongPassphrase => WRONG_PASSPHRASE,
            Error::Corrupt(_)
            | Error::DatabaseTooNew { .. }
            | Error::Io(_)
            | Error::ExportFailed(_) => DAMAGED,
            Error::NotFound { .. } | Error::VaultMissing => NOT_FOUND,
            Error::Validation { .. }
            | Error::InvalidFields(_)
            | Error::VaultExists
            | Error::InvalidTransition(_)
            | Error::TemplateInvalid(_)
            | Error::StepIncomplete(_)
            | Error::AttachmentRefused(_) => INVALID,
            Error::Locked | Error::Internal(_) | Error::MeldcodeLocked => OTHER,
        };
        Failure {
            code,
            message: format!("ibis-cli: {}", err.dutch()),
        }
    }
}
