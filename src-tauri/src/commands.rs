//! The IPC commands. Each has one shape — `fn(state, req) -> Result<Resp, IpcError>` — and one
//! delegating line into `ibis_core::app::App`, the surface the UI tests' recorded fixtures go
//! through too; the list itself is `ibis_core::ibis_commands!`. They run off the main thread
//! (`async`), so key derivation never freezes the window.

mod disputes;

pub use disputes::*;

use crate::state::AppState;
use ibis_core::api::IpcError;
use ibis_core::template::Template;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::absence::{
    AbsencePage, EndHomeStayRequest, ReportAbsenceRequest, SaveAbsenceRequest, SaveHomeStayRequest,
};
use ibis_core::usecases::attachments::{
    AddAttachmentRequest, AttachmentViewed, ChosenFile, PupilAttachments, UpdateAttachmentRequest,
};
use ibis_core::usecases::case_detail::CaseDetail;
use ibis_core::usecases::cases::{
    CaseList, CloseCaseRequest, ListCasesRequest, OpenCaseRequest, UpdateCaseRequest,
};
use ibis_core::usecases::dashboard::{CalendarExport, Dashboard};
use ibis_core::usecases::drafts::{Draft, DraftKey, SaveDraftRequest};
use ibis_core::usecases::enrolments::{
    DecideEnrolmentRequest, EnrolmentSaved, ExtendEnrolmentRequest, PupilEnrolments,
    SaveEnrolmentRequest,
};
use ibis_core::usecases::export::{
    ExportCaseSummaryRequest, ExportHearingSummaryRequest, ExportOppRequest, ExportResponse,
    ExportTlvDossierRequest, ExportWhereToGoRequest,
};
use ibis_core::usecases::guardians::{AddGuardianRequest, UpdateGuardianRequest};
use ibis_core::usecases::hearings::{
    HearingSaved, PupilHearingView, PupilHearings, SaveHearingRequest, SaveParentViewRequest,
};
use ibis_core::usecases::holidays::{HolidayInput, HolidayList};
use ibis_core::usecases::opp::{
    EndOppRequest, EstablishOppRequest, OppDiff, OppDiffRequest, PupilOpp, RecordConsentRequest,
    RecordConsultationRequest, SaveOppDraftRequest, SetOppClockRequest, StartOppRequest,
    TakeOverHearingRequest,
};
use ibis_core::usecases::pupils::{
    EducationTypeList, ListPupilsRequest, PupilDetail, PupilInput, PupilList, SetArchivedRequest,
    UpdatePupilRequest,
};
use ibis_core::usecases::session::AppStatus;
use ibis_core::usecases::settings::Settings;
use ibis_core::usecases::stepplan::{
    DeleteRecordRequest, NewCycleRequest, SaveRecordRequest, StepActionRequest,
};
use ibis_core::usecases::templates::{
    ActivateTemplateRequest, TemplateFileRequest, TemplateList, TemplateSummary,
};
use ibis_core::usecases::tlv::{
    DecideTlvRequest, PupilTlvs, SaveTlvRequest, TlvObjectionRequest, TlvSaved,
};
use ibis_core::usecases::vault::{
    ChangePassphraseRequest, CreateVaultRequest, CreateVaultResponse, RecoverRequest, UnlockRequest,
};
use tauri::State;

type Reply<T> = Result<T, IpcError>;

#[tauri::command(async)]
pub fn app_status(state: State<'_, AppState>, req: ()) -> Reply<AppStatus> {
    state.app().app_status(req)
}

#[tauri::command(async)]
pub fn session_touch(state: State<'_, AppState>, req: ()) -> Reply<()> {
    state.app().session_touch(req)
}

#[tauri::command(async)]
pub fn vault_create(
    state: State<'_, AppState>,
    req: CreateVaultRequest,
) -> Reply<CreateVaultResponse> {
    state.app().vault_create(req)
}

#[tauri::command(async)]
pub fn vault_unlock(state: State<'_, AppState>, req: UnlockRequest) -> Reply<AppStatus> {
    state.app().vault_unlock(req)
}

#[tauri::command(async)]
pub fn vault_lock(state: State<'_, AppState>, req: ()) -> Reply<AppStatus> {
    state.app().vault_lock(req)
}

#[tauri::command(async)]
pub fn vault_recover(state: State<'_, AppState>, req: RecoverRequest) -> Reply<AppStatus> {
    state.app().vault_recover(req)
}

#[tauri::command(async)]
pub fn vault_change_passphrase(
    state: State<'_, AppState>,
    req: ChangePassphraseRequest,
) -> Reply<()> {
    state.app().vault_change_passphrase(req)
}

#[tauri::command(async)]
pub fn settings_get(state: State<'_, AppState>, req: ()) -> Reply<Settings> {
    state.app().settings_get(req)
}

#[tauri::command(async)]
pub fn settings_update(state: State<'_, AppState>, req: Settings) -> Reply<Settings> {
    state.app().settings_update(req)
}

#[tauri::command(async)]
pub fn holiday_list(state: State<'_, AppState>, req: ()) -> Reply<HolidayList> {
    state.app().holiday_list(req)
}

#[tauri::command(async)]
pub fn holiday_add(state: State<'_, AppState>, req: HolidayInput) -> Reply<HolidayList> {
    state.app().holiday_add(req)
}

#[tauri::command(async)]
pub fn holiday_remove(state: State<'_, AppState>, req: IdRequest) -> Reply<HolidayList> {
    state.app().holiday_remove(req)
}

#[tauri::command(async)]
pub fn pupil_list(state: State<'_, AppState>, req: ListPupilsRequest) -> Reply<PupilList> {
    state.app().pupil_list(req)
}

#[tauri::command(async)]
pub fn education_types(state: State<'_, AppState>, req: ()) -> Reply<EducationTypeList> {
    state.app().education_types(req)
}

#[tauri::command(async)]
pub fn pupil_get(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilDetail> {
    state.app().pupil_get(req)
}

#[tauri::command(async)]
pub fn pupil_create(state: State<'_, AppState>, req: PupilInput) -> Reply<PupilDetail> {
    state.app().pupil_create(req)
}

#[tauri::command(async)]
pub fn pupil_update(state: State<'_, AppState>, req: UpdatePupilRequest) -> Reply<PupilDetail> {
    state.app().pupil_update(req)
}

#[tauri::command(async)]
pub fn pupil_set_archived(
    state: State<'_, AppState>,
    req: SetArchivedRequest,
) -> Reply<PupilDetail> {
    state.app().pupil_set_archived(req)
}

#[tauri::command(async)]
pub fn guardian_add(state: State<'_, AppState>, req: AddGuardianRequest) -> Reply<PupilDetail> {
    state.app().guardian_add(req)
}

#[tauri::command(async)]
pub fn guardian_update(
    state: State<'_, AppState>,
    req: UpdateGuardianRequest,
) -> Reply<PupilDetail> {
    state.app().guardian_update(req)
}

#[tauri::command(async)]
pub fn guardian_remove(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilDetail> {
    state.app().guardian_remove(req)
}

#[tauri::command(async)]
pub fn case_list(state: State<'_, AppState>, req: ListCasesRequest) -> Reply<CaseList> {
    state.app().case_list(req)
}

#[tauri::command(async)]
pub fn case_get(state: State<'_, AppState>, req: IdRequest) -> Reply<CaseDetail> {
    state.app().case_get(req)
}

#[tauri::command(async)]
pub fn case_open(state: State<'_, AppState>, req: OpenCaseRequest) -> Reply<CaseDetail> {
    state.app().case_open(req)
}

#[tauri::command(async)]
pub fn case_update(state: State<'_, AppState>, req: UpdateCaseRequest) -> Reply<CaseDetail> {
    state.app().case_update(req)
}

#[tauri::command(async)]
pub fn case_close(state: State<'_, AppState>, req: CloseCaseRequest) -> Reply<CaseDetail> {
    state.app().case_close(req)
}

#[tauri::command(async)]
pub fn template_get(state: State<'_, AppState>, req: ()) -> Reply<Template> {
    state.app().template_get(req)
}

#[tauri::command(async)]
pub fn case_template_get(state: State<'_, AppState>, req: IdRequest) -> Reply<Template> {
    state.app().case_template_get(req)
}

#[tauri::command(async)]
pub fn record_save(state: State<'_, AppState>, req: SaveRecordRequest) -> Reply<CaseDetail> {
    state.app().record_save(req)
}

#[tauri::command(async)]
pub fn record_delete(state: State<'_, AppState>, req: DeleteRecordRequest) -> Reply<CaseDetail> {
    state.app().record_delete(req)
}

#[tauri::command(async)]
pub fn step_action(state: State<'_, AppState>, req: StepActionRequest) -> Reply<CaseDetail> {
    state.app().step_action(req)
}

#[tauri::command(async)]
pub fn cycle_new(state: State<'_, AppState>, req: NewCycleRequest) -> Reply<CaseDetail> {
    state.app().cycle_new(req)
}

#[tauri::command(async)]
pub fn dashboard_get(state: State<'_, AppState>, req: ()) -> Reply<Dashboard> {
    state.app().dashboard_get(req)
}

#[tauri::command(async)]
pub fn draft_get(state: State<'_, AppState>, req: DraftKey) -> Reply<Draft> {
    state.app().draft_get(req)
}

#[tauri::command(async)]
pub fn draft_save(state: State<'_, AppState>, req: SaveDraftRequest) -> Reply<Draft> {
    state.app().draft_save(req)
}

#[tauri::command(async)]
pub fn draft_delete(state: State<'_, AppState>, req: DraftKey) -> Reply<Draft> {
    state.app().draft_delete(req)
}

#[tauri::command(async)]
pub fn export_case_summary(
    state: State<'_, AppState>,
    req: ExportCaseSummaryRequest,
) -> Reply<ExportResponse> {
    state.app().export_case_summary(req)
}

#[tauri::command(async)]
pub fn export_hearing_summary(
    state: State<'_, AppState>,
    req: ExportHearingSummaryRequest,
) -> Reply<ExportResponse> {
    state.app().export_hearing_summary(req)
}

#[tauri::command(async)]
pub fn export_open_last(state: State<'_, AppState>, req: ()) -> Reply<()> {
    state.app().export_open_last(req)
}

#[tauri::command(async)]
pub fn attachment_list(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilAttachments> {
    state.app().attachment_list(req)
}

#[tauri::command(async)]
pub fn attachment_choose_file(state: State<'_, AppState>, req: ()) -> Reply<ChosenFile> {
    state.app().attachment_choose_file(req)
}

#[tauri::command(async)]
pub fn attachment_add(
    state: State<'_, AppState>,
    req: AddAttachmentRequest,
) -> Reply<PupilAttachments> {
    state.app().attachment_add(req)
}

#[tauri::command(async)]
pub fn attachment_update(
    state: State<'_, AppState>,
    req: UpdateAttachmentRequest,
) -> Reply<PupilAttachments> {
    state.app().attachment_update(req)
}

#[tauri::command(async)]
pub fn attachment_delete(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilAttachments> {
    state.app().attachment_delete(req)
}

#[tauri::command(async)]
pub fn attachment_view(state: State<'_, AppState>, req: IdRequest) -> Reply<AttachmentViewed> {
    state.app().attachment_view(req)
}

#[tauri::command(async)]
pub fn template_list(state: State<'_, AppState>, req: ()) -> Reply<TemplateList> {
    state.app().template_list(req)
}

#[tauri::command(async)]
pub fn template_choose_file(state: State<'_, AppState>, req: ()) -> Reply<ChosenFile> {
    state.app().template_choose_file(req)
}

#[tauri::command(async)]
pub fn template_check(
    state: State<'_, AppState>,
    req: TemplateFileRequest,
) -> Reply<TemplateSummary> {
    state.app().template_check(req)
}

#[tauri::command(async)]
pub fn template_import(
    state: State<'_, AppState>,
    req: TemplateFileRequest,
) -> Reply<TemplateList> {
    state.app().template_import(req)
}

#[tauri::command(async)]
pub fn template_activate(
    state: State<'_, AppState>,
    req: ActivateTemplateRequest,
) -> Reply<TemplateList> {
    state.app().template_activate(req)
}

#[tauri::command(async)]
pub fn enrolment_list(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilEnrolments> {
    state.app().enrolment_list(req)
}

#[tauri::command(async)]
pub fn enrolment_save(
    state: State<'_, AppState>,
    req: SaveEnrolmentRequest,
) -> Reply<EnrolmentSaved> {
    state.app().enrolment_save(req)
}

#[tauri::command(async)]
pub fn enrolment_extend(
    state: State<'_, AppState>,
    req: ExtendEnrolmentRequest,
) -> Reply<PupilEnrolments> {
    state.app().enrolment_extend(req)
}

#[tauri::command(async)]
pub fn enrolment_decide(
    state: State<'_, AppState>,
    req: DecideEnrolmentRequest,
) -> Reply<PupilEnrolments> {
    state.app().enrolment_decide(req)
}

#[tauri::command(async)]
pub fn enrolment_delete(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilEnrolments> {
    state.app().enrolment_delete(req)
}

#[tauri::command(async)]
pub fn tlv_list(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilTlvs> {
    state.app().tlv_list(req)
}

#[tauri::command(async)]
pub fn tlv_save(state: State<'_, AppState>, req: SaveTlvRequest) -> Reply<TlvSaved> {
    state.app().tlv_save(req)
}

#[tauri::command(async)]
pub fn tlv_decide(state: State<'_, AppState>, req: DecideTlvRequest) -> Reply<PupilTlvs> {
    state.app().tlv_decide(req)
}

#[tauri::command(async)]
pub fn tlv_objection(state: State<'_, AppState>, req: TlvObjectionRequest) -> Reply<PupilTlvs> {
    state.app().tlv_objection(req)
}

#[tauri::command(async)]
pub fn tlv_delete(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilTlvs> {
    state.app().tlv_delete(req)
}

#[tauri::command(async)]
pub fn export_tlv_dossier(
    state: State<'_, AppState>,
    req: ExportTlvDossierRequest,
) -> Reply<ExportResponse> {
    state.app().export_tlv_dossier(req)
}

#[tauri::command(async)]
pub fn hearing_list(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilHearings> {
    state.app().hearing_list(req)
}

#[tauri::command(async)]
pub fn hearing_get(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilHearingView> {
    state.app().hearing_get(req)
}

#[tauri::command(async)]
pub fn hearing_save(state: State<'_, AppState>, req: SaveHearingRequest) -> Reply<HearingSaved> {
    state.app().hearing_save(req)
}

#[tauri::command(async)]
pub fn hearing_delete(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilHearings> {
    state.app().hearing_delete(req)
}

#[tauri::command(async)]
pub fn parent_view_save(
    state: State<'_, AppState>,
    req: SaveParentViewRequest,
) -> Reply<HearingSaved> {
    state.app().parent_view_save(req)
}

#[tauri::command(async)]
pub fn parent_view_delete(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilHearings> {
    state.app().parent_view_delete(req)
}

#[tauri::command(async)]
pub fn opp_get(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilOpp> {
    state.app().opp_get(req)
}

#[tauri::command(async)]
pub fn opp_start(state: State<'_, AppState>, req: StartOppRequest) -> Reply<PupilOpp> {
    state.app().opp_start(req)
}

#[tauri::command(async)]
pub fn opp_save_draft(state: State<'_, AppState>, req: SaveOppDraftRequest) -> Reply<PupilOpp> {
    state.app().opp_save_draft(req)
}

#[tauri::command(async)]
pub fn opp_establish(state: State<'_, AppState>, req: EstablishOppRequest) -> Reply<PupilOpp> {
    state.app().opp_establish(req)
}

#[tauri::command(async)]
pub fn opp_new_version(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilOpp> {
    state.app().opp_new_version(req)
}

#[tauri::command(async)]
pub fn opp_delete_draft(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilOpp> {
    state.app().opp_delete_draft(req)
}

#[tauri::command(async)]
pub fn opp_record_consultation(
    state: State<'_, AppState>,
    req: RecordConsultationRequest,
) -> Reply<PupilOpp> {
    state.app().opp_record_consultation(req)
}

#[tauri::command(async)]
pub fn opp_record_consent(
    state: State<'_, AppState>,
    req: RecordConsentRequest,
) -> Reply<PupilOpp> {
    state.app().opp_record_consent(req)
}

#[tauri::command(async)]
pub fn opp_set_clock(state: State<'_, AppState>, req: SetOppClockRequest) -> Reply<PupilOpp> {
    state.app().opp_set_clock(req)
}

#[tauri::command(async)]
pub fn opp_end(state: State<'_, AppState>, req: EndOppRequest) -> Reply<PupilOpp> {
    state.app().opp_end(req)
}

#[tauri::command(async)]
pub fn opp_diff(state: State<'_, AppState>, req: OppDiffRequest) -> Reply<OppDiff> {
    state.app().opp_diff(req)
}

#[tauri::command(async)]
pub fn export_opp(state: State<'_, AppState>, req: ExportOppRequest) -> Reply<ExportResponse> {
    state.app().export_opp(req)
}

#[tauri::command(async)]
pub fn export_opp_parent_sheet(
    state: State<'_, AppState>,
    req: ExportOppRequest,
) -> Reply<ExportResponse> {
    state.app().export_opp_parent_sheet(req)
}

#[tauri::command(async)]
pub fn export_where_to_go(
    state: State<'_, AppState>,
    req: ExportWhereToGoRequest,
) -> Reply<ExportResponse> {
    state.app().export_where_to_go(req)
}

#[tauri::command(async)]
pub fn opp_take_over_hearing(
    state: State<'_, AppState>,
    req: TakeOverHearingRequest,
) -> Reply<PupilOpp> {
    state.app().opp_take_over_hearing(req)
}

#[tauri::command(async)]
pub fn export_calendar(state: State<'_, AppState>, req: ()) -> Reply<CalendarExport> {
    state.app().export_calendar(req)
}

#[tauri::command(async)]
pub fn absence_list(state: State<'_, AppState>, req: IdRequest) -> Reply<AbsencePage> {
    state.app().absence_list(req)
}

#[tauri::command(async)]
pub fn absence_save(state: State<'_, AppState>, req: SaveAbsenceRequest) -> Reply<AbsencePage> {
    state.app().absence_save(req)
}

#[tauri::command(async)]
pub fn absence_delete(state: State<'_, AppState>, req: IdRequest) -> Reply<AbsencePage> {
    state.app().absence_delete(req)
}

#[tauri::command(async)]
pub fn absence_report(state: State<'_, AppState>, req: ReportAbsenceRequest) -> Reply<AbsencePage> {
    state.app().absence_report(req)
}

#[tauri::command(async)]
pub fn home_stay_save(state: State<'_, AppState>, req: SaveHomeStayRequest) -> Reply<AbsencePage> {
    state.app().home_stay_save(req)
}

#[tauri::command(async)]
pub fn home_stay_end(state: State<'_, AppState>, req: EndHomeStayRequest) -> Reply<AbsencePage> {
    state.app().home_stay_end(req)
}
