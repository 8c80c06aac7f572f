//! The audit vocabulary: every action Ibis records, as one closed enum. Each action belongs to
//! exactly one [`Entity`]. The strings (`"record.create"`, …) are what existing vaults hold and
//! what the audit hash chain covers, so they never change; a new action is a new variant.

use crate::domain::entity::Entity;

/// One kind of audited change or event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    VaultCreate,
    VaultUnlock,
    VaultUnlockFailed,
    VaultChangePassphrase,
    VaultRecover,
    PupilCreate,
    PupilUpdate,
    PupilArchive,
    PupilUnarchive,
    GuardianAdd,
    GuardianUpdate,
    GuardianRemove,
    CaseOpen,
    CaseUpdate,
    CaseClose,
    CaseReopen,
    CycleStart,
    StepStart,
    StepComplete,
    StepSkip,
    StepReopen,
    RecordCreate,
    RecordUpdate,
    RecordRevise,
    RecordDelete,
    ExportCaseSummary,
    SettingsUpdate,
    DraftSave,
    DraftDelete,
    HolidayAdd,
    HolidayRemove,
    HearingCreate,
    HearingUpdate,
    HearingDelete,
    ParentViewCreate,
    ParentViewUpdate,
    ParentViewDelete,
    /// The child's summary "Wat jij hebt verteld" was exported (stored against the hearing).
    ExportHearingSummary,
    /// An OPP was started (with its first draft).
    OppCreate,
    /// The OPP's clock start was changed.
    OppClock,
    /// The OPP was ended (ROD einddatum).
    OppEnd,
    /// An OPP that had only a draft was thrown away with it.
    OppDelete,
    /// A new draft version was made (from the last vastgestelde one).
    OppVersionCreate,
    /// A draft was saved.
    OppVersionUpdate,
    /// A draft was vastgesteld (frozen).
    OppVersionEstablish,
    /// A draft was thrown away.
    OppVersionDelete,
    /// The OOGO of the perspectiefdeel was recorded.
    OppConsultation,
    /// The instemming with the handelingsdeel was recorded.
    OppConsent,
    /// The printed OPP was exported (stored against the version).
    ExportOpp,
    /// The ouderblad was exported (stored against the version).
    ExportOppParentSheet,
    /// An aanmelding was recorded.
    EnrolmentCreate,
    /// An aanmelding's details were changed.
    EnrolmentUpdate,
    /// The decision termijn of an aanmelding was extended (once).
    EnrolmentExtend,
    /// The decision on an aanmelding was recorded.
    EnrolmentDecide,
    /// An aanmelding was deleted.
    EnrolmentDelete,
    /// A TLV aanvraag was started.
    TlvCreate,
    /// A TLV aanvraag (deskundigen, parents, checklist) was changed.
    TlvUpdate,
    /// The SWV's decision on a TLV was recorded.
    TlvDecide,
    /// A bezwaar against a TLV decision was recorded or updated.
    TlvObjection,
    /// A TLV aanvraag in preparation was deleted.
    TlvDelete,
    /// The TLV dossier was exported.
    ExportTlvDossier,
    AbsenceCreate,
    AbsenceUpdate,
    AbsenceDelete,
    /// The school recorded that it reported verzuim to DUO.
    AbsenceReport,
    HomeStayCreate,
    HomeStayUpdate,
    /// The pupil is back at school.
    HomeStayEnd,
    /// A document was attached to a pupil's file.
    AttachmentAdd,
    /// An attachment's title, kind, date or source was changed.
    AttachmentUpdate,
    AttachmentDelete,
    /// An attachment was written to the private view folder for the system viewer.
    AttachmentView,
    /// The passphrase was given again and a pupil's meldcode opened (stored against the pupil id).
    MeldcodeAccessGrant,
    /// A wrong passphrase was given to open a pupil's meldcode (stored against the pupil id).
    MeldcodeAccessRefused,
    /// A meldcode route was opened (the question answered "veiligheid").
    MeldcodeCreate,
    /// An entry was added to a step of a meldcode route.
    MeldcodeEntry,
    /// A step of a meldcode route was marked done.
    MeldcodeStepDone,
    /// The decision of step 5 was recorded.
    MeldcodeDecide,
    /// A meldcode route was closed.
    MeldcodeClose,
    /// The parents' sheet "Waar kunt u terecht?" was exported (stored against the pupil).
    ExportWhereToGo,
    /// A geschil (dispute) was opened.
    EscalationOpen,
    /// A dated record was added to a step of a geschil's ladder.
    EscalationStepRecord,
    /// A step of a geschil's ladder was skipped with a reason.
    EscalationStepSkip,
    /// A geschil was closed with its outcome.
    EscalationClose,
    /// An SWV template file was imported (entity id: `id/vN`).
    TemplateImport,
    /// A template became the one new casussen use.
    TemplateActivate,
}

impl AuditAction {
    /// The stored action string.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::VaultCreate => "vault.create",
            AuditAction::VaultUnlock => "vault.unlock",
            AuditAction::VaultUnlockFailed => "vault.unlock_failed",
            AuditAction::VaultChangePassphrase => "vault.change_passphrase",
            AuditAction::VaultRecover => "vault.recover",
            AuditAction::PupilCreate => "pupil.create",
            AuditAction::PupilUpdate => "pupil.update",
            AuditAction::PupilArchive => "pupil.archive",
            AuditAction::PupilUnarchive => "pupil.unarchive",
            AuditAction::GuardianAdd => "guardian.add",
            AuditAction::GuardianUpdate => "guardian.update",
            AuditAction::GuardianRemove => "guardian.remove",
            AuditAction::CaseOpen => "case.open",
            AuditAction::CaseUpdate => "case.update",
            AuditAction::CaseClose => "case.close",
            AuditAction::CaseReopen => "case.reopen",
            AuditAction::CycleStart => "cycle.start",
            AuditAction::StepStart => "step.start",
            AuditAction::StepComplete => "step.complete",
            AuditAction::StepSkip => "step.skip",
            AuditAction::StepReopen => "step.reopen",
            AuditAction::RecordCreate => "record.create",
            AuditAction::RecordUpdate => "record.update",
            AuditAction::RecordRevise => "record.revise",
            AuditAction::RecordDelete => "record.delete",
            AuditAction::ExportCaseSummary => "export.case_summary",
            AuditAction::SettingsUpdate => "settings.update",
            AuditAction::DraftSave => "draft.save",
            AuditAction::DraftDelete => "draft.delete",
            AuditAction::HolidayAdd => "holiday.add",
            AuditAction::HolidayRemove => "holiday.remove",
            AuditAction::HearingCreate => "hearing.create",
            AuditAction::HearingUpdate => "hearing.update",
            AuditAction::HearingDelete => "hearing.delete",
            AuditAction::ParentViewCreate => "parent_view.create",
            AuditAction::ParentViewUpdate => "parent_view.update",
            AuditAction::ParentViewDelete => "parent_view.delete",
            AuditAction::ExportHearingSummary => "export.hearing_summary",
            AuditAction::OppCreate => "opp.create",
            AuditAction::OppClock => "opp.clock",
            AuditAction::OppEnd => "opp.end",
            AuditAction::OppDelete => "opp.delete",
            AuditAction::OppVersionCreate => "opp_version.create",
            AuditAction::OppVersionUpdate => "opp_version.update",
            AuditAction::OppVersionEstablish => "opp_version.establish",
            AuditAction::OppVersionDelete => "opp_version.delete",
            AuditAction::OppConsultation => "opp_version.consultation",
            AuditAction::OppConsent => "opp_version.consent",
            AuditAction::ExportOpp => "export.opp",
            AuditAction::ExportOppParentSheet => "export.opp_parent_sheet",
            AuditAction::EnrolmentCreate => "enrolment.create",
            AuditAction::EnrolmentUpdate => "enrolment.update",
            AuditAction::EnrolmentExtend => "enrolment.extend",
            AuditAction::EnrolmentDecide => "enrolment.decide",
            AuditAction::EnrolmentDelete => "enrolment.delete",
            AuditAction::TlvCreate => "tlv.create",
            AuditAction::TlvUpdate => "tlv.update",
            AuditAction::TlvDecide => "tlv.decide",
            AuditAction::TlvObjection => "tlv.objection",
            AuditAction::TlvDelete => "tlv.delete",
            AuditAction::ExportTlvDossier => "export.tlv_dossier",
            AuditAction::AbsenceCreate => "absence.create",
            AuditAction::AbsenceUpdate => "absence.update",
            AuditAction::AbsenceDelete => "absence.delete",
            AuditAction::AbsenceReport => "absence_report.create",
            AuditAction::HomeStayCreate => "home_stay.create",
            AuditAction::HomeStayUpdate => "home_stay.update",
            AuditAction::HomeStayEnd => "home_stay.end",
            AuditAction::AttachmentAdd => "attachment.add",
            AuditAction::AttachmentUpdate => "attachment.update",
            AuditAction::AttachmentDelete => "attachment.delete",
            AuditAction::AttachmentView => "attachment.view",
            AuditAction::MeldcodeAccessGrant => "meldcode_access.grant",
            AuditAction::MeldcodeAccessRefused => "meldcode_access.refused",
            AuditAction::MeldcodeCreate => "meldcode.create",
            AuditAction::MeldcodeEntry => "meldcode.entry",
            AuditAction::MeldcodeStepDone => "meldcode.step_done",
            AuditAction::MeldcodeDecide => "meldcode.decide",
            AuditAction::MeldcodeClose => "meldcode.close",
            AuditAction::ExportWhereToGo => "export.where_to_go",
            AuditAction::EscalationOpen => "escalation.open",
            AuditAction::EscalationStepRecord => "escalation.step_record",
            AuditAction::EscalationStepSkip => "escalation.step_skip",
            AuditAction::EscalationClose => "escalation.close",
            AuditAction::TemplateImport => "template.import",
            AuditAction::TemplateActivate => "template.activate",
        }
    }

    /// The entity the action is stored against (the audit row's `entity` column). Steps are
    /// stored against their cycle and an export against its casus, as they always were.
    pub fn entity(self) -> Entity {
        match self {
            AuditAction::VaultCreate
            | AuditAction::VaultUnlock
            | AuditAction::VaultUnlockFailed
            | AuditAction::VaultChangePassphrase
            | AuditAction::VaultRecover => Entity::Vault,
            AuditAction::PupilCreate
            | AuditAction::PupilUpdate
            | AuditAction::PupilArchive
            | AuditAction::PupilUnarchive
            | AuditAction::ExportWhereToGo => Entity::Pupil,
            AuditAction::GuardianAdd
            | AuditAction::GuardianUpdate
            | AuditAction::GuardianRemove => Entity::Guardian,
            AuditAction::CaseOpen
            | AuditAction::CaseUpdate
            | AuditAction::CaseClose
            | AuditAction::CaseReopen
            | AuditAction::ExportCaseSummary => Entity::Case,
            AuditAction::CycleStart
            | AuditAction::StepStart
            | AuditAction::StepComplete
            | AuditAction::StepSkip
            | AuditAction::StepReopen => Entity::Cycle,
            AuditAction::RecordCreate
            | AuditAction::RecordUpdate
            | AuditAction::RecordRevise
            | AuditAction::RecordDelete => Entity::Record,
            AuditAction::SettingsUpdate => Entity::Settings,
            AuditAction::DraftSave | AuditAction::DraftDelete => Entity::Draft,
            AuditAction::HolidayAdd | AuditAction::HolidayRemove => Entity::Holiday,
            AuditAction::HearingCreate
            | AuditAction::HearingUpdate
            | AuditAction::HearingDelete
            | AuditAction::ExportHearingSummary => Entity::Hearing,
            AuditAction::ParentViewCreate
            | AuditAction::ParentViewUpdate
            | AuditAction::ParentViewDelete => Entity::ParentView,
            AuditAction::OppCreate
            | AuditAction::OppClock
            | AuditAction::OppEnd
            | AuditAction::OppDelete => Entity::Opp,
            AuditAction::OppVersionCreate
            | AuditAction::OppVersionUpdate
            | AuditAction::OppVersionEstablish
            | AuditAction::OppVersionDelete
            | AuditAction::OppConsultation
            | AuditAction::OppConsent
            | AuditAction::ExportOpp
            | AuditAction::ExportOppParentSheet => Entity::OppVersion,
            AuditAction::EnrolmentCreate
            | AuditAction::EnrolmentUpdate
            | AuditAction::EnrolmentExtend
            | AuditAction::EnrolmentDecide
            | AuditAction::EnrolmentDelete => Entity::Enrolment,
            AuditAction::TlvCreate
            | AuditAction::TlvUpdate
            | AuditAction::TlvDecide
            | AuditAction::TlvObjection
            | AuditAction::TlvDelete
            | AuditAction::ExportTlvDossier => Entity::Tlv,
            AuditAction::AbsenceCreate
            | AuditAction::AbsenceUpdate
            | AuditAction::AbsenceDelete => Entity::Absence,
            AuditAction::AbsenceReport => Entity::AbsenceReport,
            AuditAction::HomeStayCreate
            | AuditAction::HomeStayUpdate
            | AuditAction::HomeStayEnd => Entity::HomeStay,
            AuditAction::AttachmentAdd
            | AuditAction::AttachmentUpdate
            | AuditAction::AttachmentDelete
            | AuditAction::AttachmentView => Entity::Attachment,
            AuditAction::MeldcodeAccessGrant | AuditAction::MeldcodeAccessRefused => {
                Entity::MeldcodeAccess
            }
            AuditAction::MeldcodeCreate
            | AuditAction::MeldcodeEntry
            | AuditAction::MeldcodeStepDone
            | AuditAction::MeldcodeDecide
            | AuditAction::MeldcodeClose => Entity::Meldcode,
            AuditAction::EscalationOpen
            | AuditAction::EscalationStepRecord
            | AuditAction::EscalationStepSkip
            | AuditAction::EscalationClose => Entity::Escalation,
            AuditAction::TemplateImport | AuditAction::TemplateActivate => Entity::Template,
        }
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_strings_are_the_ones_existing_vaults_hold() {
        assert_eq!(AuditAction::RecordCreate.as_str(), "record.create");
        assert_eq!(
            AuditAction::VaultUnlockFailed.as_str(),
            "vault.unlock_failed"
        );
        assert_eq!(
            AuditAction::ExportCaseSummary.as_str(),
            "export.case_summary"
        );
        assert_eq!(AuditAction::ExportCaseSummary.entity().as_str(), "case");
        assert_eq!(AuditAction::StepComplete.entity().as_str(), "cycle");
        assert!(AuditAction::as_str(AuditAction::DraftSave).starts_with(Entity::Draft.as_str()));
    }
}
