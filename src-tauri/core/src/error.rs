//! The one error type of ibis-core: each variant is something a caller acts on differently.
//! Messages (`Display`) are for logs and details; they never carry pupil data. Dutch user text
//! lives in the UI's i18n (by IPC code) and in [`Error::dutch`] for the CLI.

use crate::domain::entity::Entity;
use crate::domain::stepplan::Requirement;
use std::fmt;

/// Which validation rule a field broke. Each rule becomes its own IPC error code so the UI can
/// say precisely what is wrong in Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Required,
    TooLong,
    InvalidCharacters,
    InvalidDate,
    DateInFuture,
    DateBeforeBirth,
    DateTooFarAhead,
    DateBeforeStart,
    AgeOutOfRange,
    GradeOutOfRange,
    InvalidEmail,
    InvalidPhone,
    PassphraseTooShort,
    PassphraseMismatch,
    InvalidRecoveryKey,
    OutOfRange,
}

impl Rule {
    /// Stable snake_case name, used in logs and the CLI's JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::TooLong => "too_long",
            Rule::InvalidCharacters => "invalid_characters",
            Rule::InvalidDate => "invalid_date",
            Rule::DateInFuture => "date_in_future",
            Rule::DateBeforeBirth => "date_before_birth",
            Rule::DateTooFarAhead => "date_too_far_ahead",
            Rule::DateBeforeStart => "date_before_start",
            Rule::AgeOutOfRange => "age_out_of_range",
            Rule::GradeOutOfRange => "grade_out_of_range",
            Rule::InvalidEmail => "invalid_email",
            Rule::InvalidPhone => "invalid_phone",
            Rule::PassphraseTooShort => "passphrase_too_short",
            Rule::PassphraseMismatch => "passphrase_mismatch",
            Rule::InvalidRecoveryKey => "invalid_recovery_key",
            Rule::OutOfRange => "out_of_range",
        }
    }

    /// Dutch explanation for a person (CLI); the UI has the same texts in `nl.json`.
    pub fn dutch(self) -> &'static str {
        match self {
            Rule::Required => "is verplicht",
            Rule::TooLong => "is te lang",
            Rule::InvalidCharacters => "bevat tekens die niet zijn toegestaan",
            Rule::InvalidDate => "is geen geldige datum (gebruik jjjj-mm-dd)",
            Rule::DateInFuture => "ligt in de toekomst",
            Rule::DateBeforeBirth => "ligt vóór de geboortedatum",
            Rule::DateTooFarAhead => "ligt meer dan een jaar in de toekomst",
            Rule::DateBeforeStart => "ligt vóór de startdatum",
            Rule::AgeOutOfRange => "geeft een leeftijd buiten 2 tot en met 21 jaar",
            Rule::GradeOutOfRange => "past niet bij het onderwijstype (groep 1–8 of leerjaar 1–6)",
            Rule::InvalidEmail => "is geen geldig e-mailadres",
            Rule::InvalidPhone => "is geen geldig telefoonnummer",
            Rule::PassphraseTooShort => "moet minstens 10 tekens hebben",
            Rule::PassphraseMismatch => "is niet twee keer hetzelfde ingevuld",
            Rule::InvalidRecoveryKey => "is geen geldige herstelsleutel",
            Rule::OutOfRange => "valt buiten het toegestane bereik",
        }
    }
}

/// Everything that can go wrong in ibis-core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{entity} not found")]
    NotFound { entity: Entity },
    #[error("field {field} breaks rule {}", rule.as_str())]
    Validation { field: &'static str, rule: Rule },
    #[error("invalid transition: {0}")]
    InvalidTransition(&'static str),
    /// The passphrase or recovery key did not open its key slot (AEAD tag mismatch).
    #[error("wrong passphrase or recovery key")]
    WrongPassphrase,
    /// The key slot file or the database is damaged (checksum, parse or page HMAC failure).
    #[error("vault damaged: {0}")]
    Corrupt(String),
    #[error("vault is locked")]
    Locked,
    #[error("no vault in this folder")]
    VaultMissing,
    #[error("a vault already exists in this folder")]
    VaultExists,
    #[error("database schema {found} is newer than this app supports ({supported})")]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("file system: {0}")]
    Io(String),
    /// A template file is malformed; the text names the line or field (Dutch).
    #[error("template invalid: {0}")]
    TemplateInvalid(String),
    /// A step cannot be completed yet: the template requires this item first.
    #[error("step requirement missing: {}", .0.as_str())]
    StepIncomplete(Requirement),
    /// An exported document could not be written where the user asked (read-only folder, full
    /// disk, missing folder). Nothing is left behind; another folder may work.
    #[error("export not written: {0}")]
    ExportFailed(String),
    #[error("internal: {0}")]
    Internal(String),
}

/// Result with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub(crate) fn validation(field: &'static str, rule: Rule) -> Self {
        Error::Validation { field, rule }
    }

    pub(crate) fn io(context: &str, err: &std::io::Error) -> Self {
        // The io error text names a path at most; vault paths carry no pupil data.
        Error::Io(format!("{context}: {err}"))
    }

    /// Dutch text for a person, without pupil data (used by the CLI).
    pub fn dutch(&self) -> String {
        match self {
            Error::NotFound { entity } => format!("Niet gevonden: {}.", entity.dutch()),
            Error::Validation { field, rule } => {
                format!("Controleer ‘{}’: {}.", dutch_field(field), rule.dutch())
            }
            Error::InvalidTransition(_) => "Deze handeling kan niet in de huidige toestand.".into(),
            Error::WrongPassphrase => {
                "Onjuist wachtwoord of onjuiste herstelsleutel. Er is niets gewijzigd.".into()
            }
            Error::Corrupt(_) => "De kluis is beschadigd of onleesbaar. Er is niets gewijzigd; \
                 zet een reservekopie terug of neem contact op met de beheerder."
                .into(),
            Error::Locked => "De kluis is vergrendeld. Ontgrendel eerst.".into(),
            Error::VaultMissing => "Op deze plek staat geen kluis.".into(),
            Error::VaultExists => {
                "Op deze plek staat al een kluis; er is niets overschreven.".into()
            }
            Error::DatabaseTooNew { found, supported } => format!(
                "Deze kluis is gemaakt met een nieuwere versie van Ibis (schema {found}; deze \
                 versie kent t/m {supported}). Werk Ibis bij; er is niets gewijzigd."
            ),
            Error::Io(_) => "Het bestand kon niet worden gelezen of geschreven (schijf vol, geen \
                 rechten?). Er is niets gewijzigd."
                .into(),
            Error::ExportFailed(_) => {
                "De PDF kon niet worden opgeslagen in deze map (alleen-lezen, \
                 schijf vol of de map bestaat niet). Er is geen bestand achtergelaten; kies een \
                 andere map."
                    .into()
            }
            Error::Internal(_) => "Er ging iets onverwachts mis. Er is niets gewijzigd.".into(),
            Error::TemplateInvalid(problem) => format!("Het sjabloon is ongeldig: {problem}."),
            Error::StepIncomplete(requirement) => format!(
                "Deze stap kan nog niet worden afgerond: {}. Er is niets gewijzigd.",
                requirement.dutch()
            ),
        }
    }
}

/// Dutch label of a field name as used in validation errors.
pub fn dutch_field(field: &str) -> &'static str {
    match field {
        "firstName" => "voornaam",
        "lastName" => "achternaam",
        "birthDate" => "geboortedatum",
        "educationType" => "onderwijstype",
        "grade" => "groep/leerjaar",
        "school" => "school",
        "contactPerson" => "aanspreekpunt",
        "notes" => "notities",
        "name" => "naam",
        "relation" => "relatie",
        "phone" => "telefoon",
        "email" => "e-mail",
        "title" => "titel",
        "startDate" => "startdatum",
        "passphrase" => "wachtwoord",
        "newPassphrase" => "nieuw wachtwoord",
        "recoveryKey" => "herstelsleutel",
        "autoLockMinutes" => "automatisch vergrendelen",
        "templateId" => "sjabloon",
        _ => "veld",
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                Error::Corrupt(err.to_string())
            }
            Some(ErrorCode::DiskFull | ErrorCode::ReadOnly | ErrorCode::CannotOpen) => {
                Error::Io(err.to_string())
            }
            Some(ErrorCode::SystemIoFailure) => Error::Io(err.to_string()),
            _ => Error::Internal(err.to_string()),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
