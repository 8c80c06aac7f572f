//! The IPC commands of issue 11's two routes when parents and school disagree or a child may
//! be unsafe: the meldcode (restricted, behind the passphrase again) and the geschillen with
//! their escalatieladder. Same shape as the rest of `commands`: one delegating line each.

use crate::state::AppState;
use ibis_core::api::IpcError;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::meldcode::{
    MeldcodeCloseRequest, MeldcodeDecideRequest, MeldcodeEntryRequest, MeldcodeOpenRequest,
    MeldcodePage, MeldcodeStepDoneRequest, StartMeldcodeRequest,
};
use tauri::State;

type Reply<T> = Result<T, IpcError>;

#[tauri::command(async)]
pub fn meldcode_open(state: State<'_, AppState>, req: MeldcodeOpenRequest) -> Reply<MeldcodePage> {
    state.app().meldcode_open(req)
}

#[tauri::command(async)]
pub fn meldcode_get(state: State<'_, AppState>, req: IdRequest) -> Reply<MeldcodePage> {
    state.app().meldcode_get(req)
}

#[tauri::command(async)]
pub fn meldcode_start(
    state: State<'_, AppState>,
    req: StartMeldcodeRequest,
) -> Reply<MeldcodePage> {
    state.app().meldcode_start(req)
}

#[tauri::command(async)]
pub fn meldcode_add_entry(
    state: State<'_, AppState>,
    req: MeldcodeEntryRequest,
) -> Reply<MeldcodePage> {
    state.app().meldcode_add_entry(req)
}

#[tauri::command(async)]
pub fn meldcode_complete_step(
    state: State<'_, AppState>,
    req: MeldcodeStepDoneRequest,
) -> Reply<MeldcodePage> {
    state.app().meldcode_complete_step(req)
}

#[tauri::command(async)]
pub fn meldcode_decide(
    state: State<'_, AppState>,
    req: MeldcodeDecideRequest,
) -> Reply<MeldcodePage> {
    state.app().meldcode_decide(req)
}

#[tauri::command(async)]
pub fn meldcode_close(
    state: State<'_, AppState>,
    req: MeldcodeCloseRequest,
) -> Reply<MeldcodePage> {
    state.app().meldcode_close(req)
}

#[tauri::command(async)]
pub fn meldcode_leave(state: State<'_, AppState>, req: IdRequest) -> Reply<()> {
    state.app().meldcode_leave(req)
}

#[tauri::command(async)]
pub fn escalation_list(
    state: State<'_, AppState>,
    req: IdRequest,
) -> Reply<ibis_core::usecases::escalation::EscalationPage> {
    state.app().escalation_list(req)
}

#[tauri::command(async)]
pub fn escalation_open(
    state: State<'_, AppState>,
    req: ibis_core::usecases::escalation::OpenEscalationRequest,
) -> Reply<ibis_core::usecases::escalation::EscalationSaved> {
    state.app().escalation_open(req)
}

#[tauri::command(async)]
pub fn escalation_record_step(
    state: State<'_, AppState>,
    req: ibis_core::usecases::escalation::RecordEscalationStepRequest,
) -> Reply<ibis_core::usecases::escalation::EscalationPage> {
    state.app().escalation_record_step(req)
}

#[tauri::command(async)]
pub fn escalation_skip_step(
    state: State<'_, AppState>,
    req: ibis_core::usecases::escalation::SkipEscalationStepRequest,
) -> Reply<ibis_core::usecases::escalation::EscalationPage> {
    state.app().escalation_skip_step(req)
}

#[tauri::command(async)]
pub fn escalation_close(
    state: State<'_, AppState>,
    req: ibis_core::usecases::escalation::CloseEscalationRequest,
) -> Reply<ibis_core::usecases::escalation::EscalationPage> {
    state.app().escalation_close(req)
}
