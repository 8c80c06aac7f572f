//! The one error type of ibis-core: each variant is something a caller acts on differently.
//! Messages (`Display`) are for logs and details; they never carry pupil data. Dutch user text
//! lives in the UI's i18n (by IPC code) and in [`Error::dutch`] for the CLI.

use crate::domain::entity::Entity;
use crate::domain::stepplan::Requirement;
use std::borrow::Cow;
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
    /// Not a schooljaar written as "2026-2027".
    InvalidSchoolYear,
    /// A date outside its schooljaar (1 August – 31 July).
    OutsideSchoolYear,
    /// An aanmelding's decision termijn was already extended once (WPO art. 40 lid 6).
    SecondExtension,
    /// An extension's new decision date is more than four weeks after the original deadline.
    ExtensionTooLong,
    /// An aanmelding refused without another school that admits the pupil (WPO art. 40 lid 4).
    ZorgplichtNoOtherSchool,
    /// A TLV's beschikkingsnummer is not `SWVNR-YYYY-SEQ` (17 characters, BRON).
    DecisionNumberShape,
    /// Concern about a pupil's safety opens no dispute: the meldcode route applies (DOMAIN.md
    /// §10, §11).
    SafetyFollowsMeldcode,
    /// A step key that is not on this dispute's escalatieladder.
    StepNotOnLadder,
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
            Rule::InvalidSchoolYear => "invalid_school_year",
            Rule::OutsideSchoolYear => "outside_school_year",
            Rule::SecondExtension => "second_extension",
            Rule::ExtensionTooLong => "extension_too_long",
            Rule::ZorgplichtNoOtherSchool => "zorgplicht_no_other_school",
            Rule::DecisionNumberShape => "decision_number_shape",
            Rule::SafetyFollowsMeldcode => "safety_follows_meldcode",
            Rule::StepNotOnLadder => "step_not_on_ladder",
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
            Rule::InvalidSchoolYear => "is geen schooljaar (schrijf het als 2026-2027)",
            Rule::OutsideSchoolYear => "valt buiten het schooljaar (1 augustus tot en met 31 juli)",
            Rule::SecondExtension => {
                "mag maar één keer met ten hoogste vier weken worden verlengd (WPO art. 40 lid 6)"
            }
            Rule::ExtensionTooLong => {
                "mag ten hoogste vier weken na de oorspronkelijke beslistermijn liggen (WPO art. 40 \
                 lid 6)"
            }
            Rule::ZorgplichtNoOtherSchool => {
                "de school mag pas weigeren als een andere school de leerling toelaat (zorgplicht, \
                 WPO art. 40 lid 4)"
            }
            Rule::DecisionNumberShape => {
                "is geen beschikkingsnummer: 17 tekens, het nummer van het samenwerkingsverband \
                 (6 letters of cijfers), het jaar en een volgnummer van 5 cijfers, bijvoorbeeld \
                 PO2701-2026-00042"
            }
            Rule::SafetyFollowsMeldcode => {
                "gaat het om zorg over de veiligheid van de leerling, dan is dit geen geschil: \
                 volg de meldcode huiselijk geweld en kindermishandeling"
            }
            Rule::StepNotOnLadder => "is geen stap van de escalatieladder van dit geschil",
        }
    }
}

/// One failing field: the field (camelCase, as the UI's form fields; a list item as
/// `results[2].rationale`) and the rule it broke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Cow<'static, str>,
    pub rule: Rule,
}

/// Collects every failing field of one form, so the user sees them all at once (not the first
/// only). Validators run every check, keep a placeholder for a failed value and call
/// [`FieldErrors::finish`] before they build their result.
#[derive(Debug, Default)]
pub(crate) struct FieldErrors {
    errors: Vec<FieldError>,
    /// A non-field error (validators are pure, so this is a bug); it wins in `finish`.
    other: Option<Error>,
}

impl FieldErrors {
    /// The value of a passed check, or `T::default()` after recording its field errors (the
    /// placeholder never escapes: `finish` fails).
    pub(crate) fn value<T: Default>(&mut self, result: Result<T>) -> T {
        self.option(result).unwrap_or_default()
    }

    /// Like [`FieldErrors::value`], for values without a placeholder.
    pub(crate) fn option<T>(&mut self, result: Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Error::Validation { field, rule }) => {
                self.push(field, rule);
                None
            }
            Err(Error::InvalidFields(errors)) => {
                self.errors.extend(errors);
                None
            }
            Err(other) => {
                self.other.get_or_insert(other);
                None
            }
        }
    }

    /// Like [`FieldErrors::value`] for a field of a list row: every rule the check broke is
    /// recorded under `field` as given (`answers[2].words`), whatever name the check used.
    pub(crate) fn row_value<T: Default>(&mut self, field: &str, result: Result<T>) -> T {
        match result {
            Ok(value) => value,
            Err(error @ (Error::Validation { .. } | Error::InvalidFields(_))) => {
                for field_error in error.field_errors() {
                    self.push(field.to_owned(), field_error.rule);
                }
                T::default()
            }
            Err(other) => {
                self.other.get_or_insert(other);
                T::default()
            }
        }
    }

    /// Records that `field` broke `rule`.
    pub(crate) fn push(&mut self, field: impl Into<Cow<'static, str>>, rule: Rule) {
        self.errors.push(FieldError {
            field: field.into(),
            rule,
        });
    }

    /// `Ok` when no field failed. One failure on a fixed field name stays the familiar
    /// [`Error::Validation`]; otherwise [`Error::InvalidFields`], in form order.
    pub(crate) fn finish(mut self) -> Result<()> {
        if let Some(other) = self.other {
            return Err(other);
        }
        match (self.errors.pop(), self.errors.is_empty()) {
            (None, _) => Ok(()),
            (
                Some(FieldError {
                    field: Cow::Borrowed(field),
                    rule,
                }),
                true,
            ) => Err(Error::Validation { field, rule }),
            (Some(last), _) => {
                self.errors.push(last);
                Err(Error::InvalidFields(self.errors))
            }
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
    /// Several fields failed at once (form order); see [`FieldErrors`].
    #[error("{} fields break rules", .0.len())]
    InvalidFields(Vec<FieldError>),
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
    /// An attachment file was refused (size, type, damage, password); nothing was stored.
    #[error("attachment refused: {}", .0.as_str())]
    AttachmentRefused(crate::domain::attachment::AttachmentRefusal),
    /// A meldcode command without a live grant for the pupil: the passphrase must be given
    /// again (`meldcode_open`) before the route can be read or changed.
    #[error("meldcode access not granted or expired")]
    MeldcodeLocked,
}

/// Result with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl From<crate::domain::attachment::AttachmentRefusal> for Error {
    fn from(refusal: crate::domain::attachment::AttachmentRefusal) -> Self {
        Error::AttachmentRefused(refusal)
    }
}

impl Error {
    pub(crate) fn validation(field: &'static str, rule: Rule) -> Self {
        Error::Validation { field, rule }
    }

    /// Every failing field of a validation error, in form order; empty for other errors.
    pub fn field_errors(&self) -> Vec<FieldError> {
        match self {
            Error::Validation { field, rule } => vec![FieldError {
                field: Cow::Borrowed(field),
                rule: *rule,
            }],
            Error::InvalidFields(errors) => errors.clone(),
            Error::NotFound { .. }
            | Error::InvalidTransition(_)
            | Error::WrongPassphrase
            | Error::Corrupt(_)
            | Error::Locked
            | Error::VaultMissing
            | Error::VaultExists
            | Error::DatabaseTooNew { .. }
            | Error::Io(_)
            | Error::TemplateInvalid(_)
            | Error::StepIncomplete(_)
            | Error::ExportFailed(_)
            | Error::Internal(_)
            | Error::AttachmentRefused(_)
            | Error::MeldcodeLocked => Vec::new(),
        }
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
            Error::InvalidFields(errors) => errors
                .iter()
                .map(|error| {
                    format!(
                        "Controleer ‘{}’: {}.",
                        dutch_field(&error.field),
                        error.rule.dutch()
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
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
            Error::AttachmentRefused(refusal) => refusal.dutch(),
            Error::MeldcodeLocked => "De meldcode is afgeschermd. Open hem opnieuw met uw \
                 wachtwoord."
                .into(),
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
        "receivedOn" => "datum van ontvangst",
        "supportQuestion" => "ondersteuningsvraag",
        "research" => "onderzoek",
        "extension" => "verlenging",
        "extendedOn" => "datum van verlenging",
        "reason" => "reden",
        "newDecisionDate" => "nieuwe beslisdatum",
        "decidedOn" => "datum van het besluit",
        "otherSchool" => "andere school",
        "concern" => "veiligheid of meningsverschil",
        "openedOn" => "datum geopend",
        "openedBy" => "geopend door",
        "description" => "omschrijving",
        "decisionOn" => "datum van het besluit",
        "step" => "stap",
        "who" => "wie",
        "what" => "wat",
        "outcome" => "uitkomst",
        "nextStep" => "volgende stap",
        "on" => "datum",
        "link" => "waar het over gaat",
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
