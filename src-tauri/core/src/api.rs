//! The IPC contract: the one list of commands, the wire error, and the generator of the
//! TypeScript bindings (`ui/src/ipc/bindings`).
//!
//! [`ibis_commands!`] names every command once with its request and response type. `src-tauri`
//! expands it into `generate_handler!` plus a signature check; [`export_bindings`] expands it
//! into the TypeScript `CommandMap`. A command that drifts from the list does not compile.

use crate::domain::attachment::AttachmentRefusal;
use crate::error::{Error, Rule};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// Calls `$callback! { name: Request => Response, … }` with every IPC command.
#[macro_export]
macro_rules! ibis_commands {
    ($callback:ident) => {
        $callback! {
            app_status: () => $crate::usecases::session::AppStatus,
            session_touch: () => (),
            vault_create: $crate::usecases::vault::CreateVaultRequest => $crate::usecases::vault::CreateVaultResponse,
            vault_unlock: $crate::usecases::vault::UnlockRequest => $crate::usecases::session::AppStatus,
            vault_lock: () => $crate::usecases::session::AppStatus,
            vault_recover: $crate::usecases::vault::RecoverRequest => $crate::usecases::session::AppStatus,
            vault_change_passphrase: $crate::usecases::vault::ChangePassphraseRequest => (),
            settings_get: () => $crate::usecases::settings::Settings,
            settings_update: $crate::usecases::settings::Settings => $crate::usecases::settings::Settings,
            holiday_list: () => $crate::usecases::holidays::HolidayList,
            holiday_add: $crate::usecases::holidays::HolidayInput => $crate::usecases::holidays::HolidayList,
            holiday_remove: $crate::usecases::IdRequest => $crate::usecases::holidays::HolidayList,
            pupil_list: $crate::usecases::pupils::ListPupilsRequest => $crate::usecases::pupils::PupilList,
            education_types: () => $crate::usecases::pupils::EducationTypeList,
            pupil_get: $crate::usecases::IdRequest => $crate::usecases::pupils::PupilDetail,
            pupil_create: $crate::usecases::pupils::PupilInput => $crate::usecases::pupils::PupilDetail,
            pupil_update: $crate::usecases::pupils::UpdatePupilRequest => $crate::usecases::pupils::PupilDetail,
            pupil_set_archived: $crate::usecases::pupils::SetArchivedRequest => $crate::usecases::pupils::PupilDetail,
            guardian_add: $crate::usecases::guardians::AddGuardianRequest => $crate::usecases::pupils::PupilDetail,
            guardian_update: $crate::usecases::guardians::UpdateGuardianRequest => $crate::usecases::pupils::PupilDetail,
            guardian_remove: $crate::usecases::IdRequest => $crate::usecases::pupils::PupilDetail,
            case_list: $crate::usecases::cases::ListCasesRequest => $crate::usecases::cases::CaseList,
            case_get: $crate::usecases::IdRequest => $crate::usecases::case_detail::CaseDetail,
            case_open: $crate::usecases::cases::OpenCaseRequest => $crate::usecases::case_detail::CaseDetail,
            case_update: $crate::usecases::cases::UpdateCaseRequest => $crate::usecases::case_detail::CaseDetail,
            case_close: $crate::usecases::cases::CloseCaseRequest => $crate::usecases::case_detail::CaseDetail,
            template_get: () => $crate::template::Template,
            case_template_get: $crate::usecases::IdRequest => $crate::template::Template,
            record_save: $crate::usecases::stepplan::SaveRecordRequest => $crate::usecases::case_detail::CaseDetail,
            record_delete: $crate::usecases::stepplan::DeleteRecordRequest => $crate::usecases::case_detail::CaseDetail,
            step_action: $crate::usecases::stepplan::StepActionRequest => $crate::usecases::case_detail::CaseDetail,
            cycle_new: $crate::usecases::stepplan::NewCycleRequest => $crate::usecases::case_detail::CaseDetail,
            dashboard_get: () => $crate::usecases::dashboard::Dashboard,
            export_calendar: () => $crate::usecases::dashboard::CalendarExport,
            hearing_list: $crate::usecases::IdRequest => $crate::usecases::hearings::PupilHearings,
            hearing_get: $crate::usecases::IdRequest => $crate::usecases::hearings::PupilHearingView,
            hearing_save: $crate::usecases::hearings::SaveHearingRequest => $crate::usecases::hearings::HearingSaved,
            hearing_delete: $crate::usecases::IdRequest => $crate::usecases::hearings::PupilHearings,
            parent_view_save: $crate::usecases::hearings::SaveParentViewRequest => $crate::usecases::hearings::HearingSaved,
            parent_view_delete: $crate::usecases::IdRequest => $crate::usecases::hearings::PupilHearings,
            enrolment_list: $crate::usecases::IdRequest => $crate::usecases::enrolments::PupilEnrolments,
            enrolment_save: $crate::usecases::enrolments::SaveEnrolmentRequest => $crate::usecases::enrolments::EnrolmentSaved,
            enrolment_extend: $crate::usecases::enrolments::ExtendEnrolmentRequest => $crate::usecases::enrolments::PupilEnrolments,
            enrolment_decide: $crate::usecases::enrolments::DecideEnrolmentRequest => $crate::usecases::enrolments::PupilEnrolments,
            enrolment_delete: $crate::usecases::IdRequest => $crate::usecases::enrolments::PupilEnrolments,
            tlv_list: $crate::usecases::IdRequest => $crate::usecases::tlv::PupilTlvs,
            tlv_save: $crate::usecases::tlv::SaveTlvRequest => $crate::usecases::tlv::TlvSaved,
            tlv_decide: $crate::usecases::tlv::DecideTlvRequest => $crate::usecases::tlv::PupilTlvs,
            tlv_objection: $crate::usecases::tlv::TlvObjectionRequest => $crate::usecases::tlv::PupilTlvs,
            tlv_delete: $crate::usecases::IdRequest => $crate::usecases::tlv::PupilTlvs,
            export_tlv_dossier: $crate::usecases::export::ExportTlvDossierRequest => $crate::usecases::export::ExportResponse,
            absence_list: $crate::usecases::IdRequest => $crate::usecases::absence::AbsencePage,
            absence_save: $crate::usecases::absence::SaveAbsenceRequest => $crate::usecases::absence::AbsencePage,
            absence_delete: $crate::usecases::IdRequest => $crate::usecases::absence::AbsencePage,
            absence_report: $crate::usecases::absence::ReportAbsenceRequest => $crate::usecases::absence::AbsencePage,
            home_stay_save: $crate::usecases::absence::SaveHomeStayRequest => $crate::usecases::absence::AbsencePage,
            home_stay_end: $crate::usecases::absence::EndHomeStayRequest => $crate::usecases::absence::AbsencePage,
            opp_get: $crate::usecases::IdRequest => $crate::usecases::opp::PupilOpp,
            opp_start: $crate::usecases::opp::StartOppRequest => $crate::usecases::opp::PupilOpp,
            opp_save_draft: $crate::usecases::opp::SaveOppDraftRequest => $crate::usecases::opp::PupilOpp,
            opp_take_over_hearing: $crate::usecases::opp::TakeOverHearingRequest => $crate::usecases::opp::PupilOpp,
            opp_establish: $crate::usecases::opp::EstablishOppRequest => $crate::usecases::opp::PupilOpp,
            opp_new_version: $crate::usecases::IdRequest => $crate::usecases::opp::PupilOpp,
            opp_delete_draft: $crate::usecases::IdRequest => $crate::usecases::opp::PupilOpp,
            opp_record_consultation: $crate::usecases::opp::RecordConsultationRequest => $crate::usecases::opp::PupilOpp,
            opp_record_consent: $crate::usecases::opp::RecordConsentRequest => $crate::usecases::opp::PupilOpp,
            opp_set_clock: $crate::usecases::opp::SetOppClockRequest => $crate::usecases::opp::PupilOpp,
            opp_end: $crate::usecases::opp::EndOppRequest => $crate::usecases::opp::PupilOpp,
            opp_diff: $crate::usecases::opp::OppDiffRequest => $crate::usecases::opp::OppDiff,
            draft_get: $crate::usecases::drafts::DraftKey => $crate::usecases::drafts::Draft,
            draft_save: $crate::usecases::drafts::SaveDraftRequest => $crate::usecases::drafts::Draft,
            draft_delete: $crate::usecases::drafts::DraftKey => $crate::usecases::drafts::Draft,
            export_case_summary: $crate::usecases::export::ExportCaseSummaryRequest => $crate::usecases::export::ExportResponse,
            export_hearing_summary: $crate::usecases::export::ExportHearingSummaryRequest => $crate::usecases::export::ExportResponse,
            export_opp: $crate::usecases::export::ExportOppRequest => $crate::usecases::export::ExportResponse,
            export_opp_parent_sheet: $crate::usecases::export::ExportOppRequest => $crate::usecases::export::ExportResponse,
            export_where_to_go: $crate::usecases::export::ExportWhereToGoRequest => $crate::usecases::export::ExportResponse,
            export_open_last: () => (),
            attachment_list: $crate::usecases::IdRequest => $crate::usecases::attachments::PupilAttachments,
            attachment_choose_file: () => $crate::usecases::attachments::ChosenFile,
            attachment_add: $crate::usecases::attachments::AddAttachmentRequest => $crate::usecases::attachments::PupilAttachments,
            attachment_update: $crate::usecases::attachments::UpdateAttachmentRequest => $crate::usecases::attachments::PupilAttachments,
            attachment_delete: $crate::usecases::IdRequest => $crate::usecases::attachments::PupilAttachments,
            attachment_view: $crate::usecases::IdRequest => $crate::usecases::attachments::AttachmentViewed,
            meldcode_open: $crate::usecases::meldcode::MeldcodeOpenRequest => $crate::usecases::meldcode::MeldcodePage,
            meldcode_get: $crate::usecases::IdRequest => $crate::usecases::meldcode::MeldcodePage,
            meldcode_start: $crate::usecases::meldcode::StartMeldcodeRequest => $crate::usecases::meldcode::MeldcodePage,
            meldcode_add_entry: $crate::usecases::meldcode::MeldcodeEntryRequest => $crate::usecases::meldcode::MeldcodePage,
            meldcode_complete_step: $crate::usecases::meldcode::MeldcodeStepDoneRequest => $crate::usecases::meldcode::MeldcodePage,
            meldcode_decide: $crate::usecases::meldcode::MeldcodeDecideRequest => $crate::usecases::meldcode::MeldcodePage,
            meldcode_close: $crate::usecases::meldcode::MeldcodeCloseRequest => $crate::usecases::meldcode::MeldcodePage,
            meldcode_leave: $crate::usecases::IdRequest => (),
            escalation_list: $crate::usecases::IdRequest => $crate::usecases::escalation::EscalationPage,
            escalation_open: $crate::usecases::escalation::OpenEscalationRequest => $crate::usecases::escalation::EscalationSaved,
            escalation_record_step: $crate::usecases::escalation::RecordEscalationStepRequest => $crate::usecases::escalation::EscalationPage,
            escalation_skip_step: $crate::usecases::escalation::SkipEscalationStepRequest => $crate::usecases::escalation::EscalationPage,
            escalation_close: $crate::usecases::escalation::CloseEscalationRequest => $crate::usecases::escalation::EscalationPage,
            template_list: () => $crate::usecases::templates::TemplateList,
            template_choose_file: () => $crate::usecases::attachments::ChosenFile,
            template_check: $crate::usecases::templates::TemplateFileRequest => $crate::usecases::templates::TemplateSummary,
            template_import: $crate::usecases::templates::TemplateFileRequest => $crate::usecases::templates::TemplateList,
            template_activate: $crate::usecases::templates::ActivateTemplateRequest => $crate::usecases::templates::TemplateList,
        }
    };
}

/// The closed set of error codes the UI branches on (one Dutch text each in `nl.json`).
/// Validation rules are codes of their own so a field error can say exactly what is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    InvalidTransition,
    WrongPassphrase,
    Corrupt,
    Locked,
    VaultMissing,
    VaultExists,
    DatabaseTooNew,
    Io,
    ExportFailed,
    Internal,
    TemplateInvalid,
    StepIncomplete,
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
    InvalidSchoolYear,
    OutsideSchoolYear,
    SecondExtension,
    ExtensionTooLong,
    ZorgplichtNoOtherSchool,
    DecisionNumberShape,
    SafetyFollowsMeldcode,
    StepNotOnLadder,
    AttachmentTooLarge,
    AttachmentEmpty,
    AttachmentUnsupportedType,
    AttachmentTypeMismatch,
    PdfDamaged,
    PdfNoPages,
    PdfEncrypted,
    ImageDamaged,
    /// A meldcode command without a live grant: open it again with the passphrase.
    MeldcodeLocked,
}

/// The error every command returns. `message` is for details and logs and never holds pupil
/// data; `field` names the form field (camelCase) for validation codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// The first failing field (kept for callers that show one); `fields` has them all.
    pub field: Option<String>,
    /// Every failing field in form order (validation codes only; empty otherwise). A list item
    /// names its row: `results[2].rationale`.
    pub fields: Vec<IpcFieldError>,
}

/// One failing field over IPC: the field and the rule it broke, as an error code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IpcFieldError {
    pub field: String,
    pub code: ErrorCode,
}

impl From<Error> for IpcError {
    fn from(err: Error) -> Self {
        let message = match &err {
            // The refusal's Dutch text names the types and the size (never pupil data); the UI
            // may show it under the code's own text.
            Error::AttachmentRefused(refusal) => refusal.dutch(),
            // A refused template file: the line and field in Dutch (template text, no pupil
            // data); Instellingen → Sjabloon shows it as it is.
            Error::TemplateInvalid(_) => err.dutch(),
            _ => err.to_string(),
        };
        let mut fields: Vec<IpcFieldError> = err
            .field_errors()
            .into_iter()
            .map(|error| IpcFieldError {
                field: error.field.into_owned(),
                code: rule_code(error.rule),
            })
            .collect();
        // A refused file is the file field's error: the form shows it there.
        if let Error::AttachmentRefused(refusal) = &err {
            fields.push(IpcFieldError {
                field: "path".to_owned(),
                code: refusal_code(refusal),
            });
        }
        let (code, field) = match err {
            Error::NotFound { .. } => (ErrorCode::NotFound, None),
            Error::Validation { field, rule } => (rule_code(rule), Some(field.to_owned())),
            Error::InvalidFields(errors) => match errors.first() {
                Some(first) => (rule_code(first.rule), Some(first.field.to_string())),
                None => (ErrorCode::Internal, None),
            },
            Error::InvalidTransition(_) => (ErrorCode::InvalidTransition, None),
            Error::WrongPassphrase => (ErrorCode::WrongPassphrase, None),
            Error::Corrupt(_) => (ErrorCode::Corrupt, None),
            Error::Locked => (ErrorCode::Locked, None),
            Error::VaultMissing => (ErrorCode::VaultMissing, None),
            Error::VaultExists => (ErrorCode::VaultExists, None),
            Error::DatabaseTooNew { .. } => (ErrorCode::DatabaseTooNew, None),
            Error::Io(_) => (ErrorCode::Io, None),
            Error::ExportFailed(_) => (ErrorCode::ExportFailed, None),
            Error::Internal(_) => (ErrorCode::Internal, None),
            Error::TemplateInvalid(_) => (ErrorCode::TemplateInvalid, None),
            Error::AttachmentRefused(refusal) => (refusal_code(&refusal), Some("path".to_owned())),
            Error::MeldcodeLocked => (ErrorCode::MeldcodeLocked, None),
            Error::StepIncomplete(requirement) => (
                ErrorCode::StepIncomplete,
                Some(requirement.as_str().to_owned()),
            ),
        };
        IpcError {
            code,
            message,
            field,
            fields,
        }
    }
}

fn rule_code(rule: Rule) -> ErrorCode {
    match rule {
        Rule::Required => ErrorCode::Required,
        Rule::TooLong => ErrorCode::TooLong,
        Rule::InvalidCharacters => ErrorCode::InvalidCharacters,
        Rule::InvalidDate => ErrorCode::InvalidDate,
        Rule::DateInFuture => ErrorCode::DateInFuture,
        Rule::DateBeforeBirth => ErrorCode::DateBeforeBirth,
        Rule::DateTooFarAhead => ErrorCode::DateTooFarAhead,
        Rule::DateBeforeStart => ErrorCode::DateBeforeStart,
        Rule::AgeOutOfRange => ErrorCode::AgeOutOfRange,
        Rule::GradeOutOfRange => ErrorCode::GradeOutOfRange,
        Rule::InvalidEmail => ErrorCode::InvalidEmail,
        Rule::InvalidPhone => ErrorCode::InvalidPhone,
        Rule::PassphraseTooShort => ErrorCode::PassphraseTooShort,
        Rule::PassphraseMismatch => ErrorCode::PassphraseMismatch,
        Rule::InvalidRecoveryKey => ErrorCode::InvalidRecoveryKey,
        Rule::OutOfRange => ErrorCode::OutOfRange,
        Rule::InvalidSchoolYear => ErrorCode::InvalidSchoolYear,
        Rule::OutsideSchoolYear => ErrorCode::OutsideSchoolYear,
        Rule::SecondExtension => ErrorCode::SecondExtension,
        Rule::ExtensionTooLong => ErrorCode::ExtensionTooLong,
        Rule::ZorgplichtNoOtherSchool => ErrorCode::ZorgplichtNoOtherSchool,
        Rule::DecisionNumberShape => ErrorCode::DecisionNumberShape,
        Rule::SafetyFollowsMeldcode => ErrorCode::SafetyFollowsMeldcode,
        Rule::StepNotOnLadder => ErrorCode::StepNotOnLadder,
    }
}

fn refusal_code(refusal: &AttachmentRefusal) -> ErrorCode {
    match refusal {
        AttachmentRefusal::TooLarge { .. } => ErrorCode::AttachmentTooLarge,
        AttachmentRefusal::Empty => ErrorCode::AttachmentEmpty,
        AttachmentRefusal::UnsupportedName => ErrorCode::AttachmentUnsupportedType,
        AttachmentRefusal::Mismatch { .. } => ErrorCode::AttachmentTypeMismatch,
        AttachmentRefusal::PdfDamaged => ErrorCode::PdfDamaged,
        AttachmentRefusal::PdfNoPages => ErrorCode::PdfNoPages,
        AttachmentRefusal::PdfEncrypted => ErrorCode::PdfEncrypted,
        AttachmentRefusal::ImageDamaged { .. } => ErrorCode::ImageDamaged,
    }
}

/// Header of every generated file that is not written by ts-rs itself.
const GENERATED: &str =
    "// GENERATED by ibis-core (src-tauri/core/src/api.rs). Do not edit; run `make bindings`.\n";

fn export_type<T: TS + ?Sized + 'static>(cfg: &ts_rs::Config) -> Result<(), String> {
    if T::output_path().is_none() {
        return Ok(());
    }
    T::export_all(cfg).map_err(|e| format!("{}: {e}", std::any::type_name::<T>()))
}

fn import_line<T: TS + ?Sized + 'static>(
    cfg: &ts_rs::Config,
    imports: &mut std::collections::BTreeSet<String>,
) {
    if T::output_path().is_some() {
        let name = T::name(cfg);
        imports.insert(format!("import type {{ {name} }} from \"./{name}\";"));
    }
}

macro_rules! define_export_bindings {
    ($($name:ident : $req:ty => $resp:ty),* $(,)?) => {
        /// Writes every IPC type (ts-rs) and `commands.ts` (the `CommandMap`) into `dir`.
        pub fn export_bindings(dir: &Path) -> Result<(), String> {
            let cfg = ts_rs::Config::new().with_out_dir(dir);
            export_type::<IpcError>(&cfg)?;
            $(
                export_type::<$req>(&cfg)?;
                export_type::<$resp>(&cfg)?;
            )*
            let mut imports = std::collections::BTreeSet::new();
            $(
                import_line::<$req>(&cfg, &mut imports);
                import_line::<$resp>(&cfg, &mut imports);
            )*
            let mut out = String::from(GENERATED);
            out.push('\n');
            for line in &imports {
                out.push_str(line);
                out.push('\n');
            }
            out.push_str("\n/** Every IPC command with its request and response type. */\nexport type CommandMap = {\n");
            $(
                out.push_str(&format!(
                    "  {}: {{ request: {}; response: {} }};\n",
                    stringify!($name),
                    <$req as TS>::name(&cfg),
                    <$resp as TS>::name(&cfg),
                ));
            )*
            out.push_str("};\n\nexport type CommandName = keyof CommandMap;\n\n/** The command names, in the order of the Rust list. */\nexport const COMMANDS: readonly CommandName[] = [\n");
            $( out.push_str(&format!("  \"{}\",\n", stringify!($name))); )*
            out.push_str("];\n");
            std::fs::write(dir.join("commands.ts"), out).map_err(|e| format!("commands.ts: {e}"))
        }

        /// The command names, in order (for tests that every command is wired).
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

crate::ibis_commands!(define_export_bindings);
