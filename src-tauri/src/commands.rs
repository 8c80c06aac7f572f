//! The IPC commands. Each has one shape — `fn(state, req) -> Result<Resp, IpcError>` — and one
//! delegating line; the list itself is `ibis_core::ibis_commands!`. They run off the main
//! thread (`async`), so key derivation never freezes the window.

use crate::state::AppState;
use ibis_core::api::IpcError;
use ibis_core::template::Template;
use ibis_core::usecases::cases::{
    CaseDetail, CaseList, ListCasesRequest, OpenCaseRequest, UpdateCaseRequest,
};
use ibis_core::usecases::dashboard::{self, Dashboard};
use ibis_core::usecases::drafts::{self, Draft, DraftKey, SaveDraftRequest};
use ibis_core::usecases::export::{ExportCaseSummaryRequest, ExportResponse};
use ibis_core::usecases::guardians::{self, AddGuardianRequest, UpdateGuardianRequest};
use ibis_core::usecases::pupils::{
    self, EducationTypeList, ListPupilsRequest, PupilDetail, PupilInput, PupilList,
    SetArchivedRequest, UpdatePupilRequest,
};
use ibis_core::usecases::session::AppStatus;
use ibis_core::usecases::settings::{self, Settings};
use ibis_core::usecases::stepplan::{
    self, DeleteRecordRequest, NewCycleRequest, SaveRecordRequest, StepActionRequest,
};
use ibis_core::usecases::vault::{
    ChangePassphraseRequest, CreateVaultRequest, CreateVaultResponse, RecoverRequest, UnlockRequest,
};
use ibis_core::usecases::{IdRequest, cases};
use tauri::State;

type Reply<T> = Result<T, IpcError>;

#[tauri::command(async)]
pub fn app_status(state: State<'_, AppState>, req: ()) -> Reply<AppStatus> {
    let () = req;
    Ok(state.session.status())
}

#[tauri::command(async)]
pub fn session_touch(state: State<'_, AppState>, req: ()) -> Reply<()> {
    let () = req;
    state.session.touch();
    Ok(())
}

#[tauri::command(async)]
pub fn vault_create(
    state: State<'_, AppState>,
    req: CreateVaultRequest,
) -> Reply<CreateVaultResponse> {
    Ok(state.session.create(&state.clock, &req)?)
}

#[tauri::command(async)]
pub fn vault_unlock(state: State<'_, AppState>, req: UnlockRequest) -> Reply<AppStatus> {
    Ok(state.session.unlock(&state.clock, &req)?)
}

#[tauri::command(async)]
pub fn vault_lock(state: State<'_, AppState>, req: ()) -> Reply<AppStatus> {
    let () = req;
    Ok(state.session.lock())
}

#[tauri::command(async)]
pub fn vault_recover(state: State<'_, AppState>, req: RecoverRequest) -> Reply<AppStatus> {
    Ok(state.session.recover(&state.clock, &req)?)
}

#[tauri::command(async)]
pub fn vault_change_passphrase(
    state: State<'_, AppState>,
    req: ChangePassphraseRequest,
) -> Reply<()> {
    Ok(state.session.change_passphrase(&state.clock, &req)?)
}

#[tauri::command(async)]
pub fn settings_get(state: State<'_, AppState>, req: ()) -> Reply<Settings> {
    let () = req;
    Ok(state.session.with_store(|store| settings::get(store))?)
}

#[tauri::command(async)]
pub fn settings_update(state: State<'_, AppState>, req: Settings) -> Reply<Settings> {
    Ok(state.session.update_settings(&state.clock, req)?)
}

#[tauri::command(async)]
pub fn pupil_list(state: State<'_, AppState>, req: ListPupilsRequest) -> Reply<PupilList> {
    Ok(state.session.with_store(|store| pupils::list(store, req))?)
}

#[tauri::command(async)]
pub fn education_types(_state: State<'_, AppState>, req: ()) -> Reply<EducationTypeList> {
    let () = req;
    Ok(pupils::education_types())
}

#[tauri::command(async)]
pub fn pupil_get(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilDetail> {
    Ok(state.session.with_store(|store| pupils::get(store, req))?)
}

#[tauri::command(async)]
pub fn pupil_create(state: State<'_, AppState>, req: PupilInput) -> Reply<PupilDetail> {
    Ok(state
        .session
        .with_store(|store| pupils::create(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn pupil_update(state: State<'_, AppState>, req: UpdatePupilRequest) -> Reply<PupilDetail> {
    Ok(state
        .session
        .with_store(|store| pupils::update(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn pupil_set_archived(
    state: State<'_, AppState>,
    req: SetArchivedRequest,
) -> Reply<PupilDetail> {
    Ok(state
        .session
        .with_store(|store| pupils::set_archived(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn guardian_add(state: State<'_, AppState>, req: AddGuardianRequest) -> Reply<PupilDetail> {
    Ok(state
        .session
        .with_store(|store| guardians::add(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn guardian_update(
    state: State<'_, AppState>,
    req: UpdateGuardianRequest,
) -> Reply<PupilDetail> {
    Ok(state
        .session
        .with_store(|store| guardians::update(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn guardian_remove(state: State<'_, AppState>, req: IdRequest) -> Reply<PupilDetail> {
    Ok(state
        .session
        .with_store(|store| guardians::remove(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn case_list(state: State<'_, AppState>, req: ListCasesRequest) -> Reply<CaseList> {
    Ok(state.session.with_store(|store| cases::list(store, req))?)
}

#[tauri::command(async)]
pub fn case_get(state: State<'_, AppState>, req: IdRequest) -> Reply<CaseDetail> {
    Ok(state.session.with_store(|store| cases::get(store, req))?)
}

#[tauri::command(async)]
pub fn case_open(state: State<'_, AppState>, req: OpenCaseRequest) -> Reply<CaseDetail> {
    Ok(state
        .session
        .with_store(|store| cases::open(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn case_update(state: State<'_, AppState>, req: UpdateCaseRequest) -> Reply<CaseDetail> {
    Ok(state
        .session
        .with_store(|store| cases::update(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn template_get(state: State<'_, AppState>, req: ()) -> Reply<Template> {
    let () = req;
    Ok(state.template.clone())
}

#[tauri::command(async)]
pub fn record_save(state: State<'_, AppState>, req: SaveRecordRequest) -> Reply<CaseDetail> {
    Ok(state
        .session
        .with_store(|store| stepplan::save_record(store, &state.clock, &state.template, req))?)
}

#[tauri::command(async)]
pub fn record_delete(state: State<'_, AppState>, req: DeleteRecordRequest) -> Reply<CaseDetail> {
    Ok(state
        .session
        .with_store(|store| stepplan::delete_record(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn step_action(state: State<'_, AppState>, req: StepActionRequest) -> Reply<CaseDetail> {
    Ok(state
        .session
        .with_store(|store| stepplan::step_action(store, &state.clock, &state.template, req))?)
}

#[tauri::command(async)]
pub fn cycle_new(state: State<'_, AppState>, req: NewCycleRequest) -> Reply<CaseDetail> {
    Ok(state
        .session
        .with_store(|store| stepplan::new_cycle(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn dashboard_get(state: State<'_, AppState>, req: ()) -> Reply<Dashboard> {
    let () = req;
    Ok(state
        .session
        .with_store(|store| dashboard::get(store, &state.clock, &state.template))?)
}

#[tauri::command(async)]
pub fn draft_get(state: State<'_, AppState>, req: DraftKey) -> Reply<Draft> {
    Ok(state.session.with_store(|store| drafts::get(store, req))?)
}

#[tauri::command(async)]
pub fn draft_save(state: State<'_, AppState>, req: SaveDraftRequest) -> Reply<Draft> {
    Ok(state
        .session
        .with_store(|store| drafts::save(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn draft_delete(state: State<'_, AppState>, req: DraftKey) -> Reply<Draft> {
    Ok(state
        .session
        .with_store(|store| drafts::delete(store, &state.clock, req))?)
}

#[tauri::command(async)]
pub fn export_case_summary(
    state: State<'_, AppState>,
    req: ExportCaseSummaryRequest,
) -> Reply<ExportResponse> {
    Ok(crate::export::case_summary(&state, req)?)
}

#[tauri::command(async)]
pub fn export_open_last(state: State<'_, AppState>, req: ()) -> Reply<()> {
    let () = req;
    Ok(crate::export::open_last(&state)?)
}
