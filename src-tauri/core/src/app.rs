//! The IPC commands as one Tauri-free surface: [`App`] has one method per command of
//! [`crate::ibis_commands!`] (same name, request and response), and [`dispatch`] runs a command
//! by name on JSON, exactly as the webview sends and receives it.
//!
//! Why it exists: the UI's component tests replay responses recorded from the real core (the
//! `fixtures` test suite records them through [`dispatch`]), so a fixture is what the window
//! would really receive. What only a desktop can do — the native save dialog, the system PDF
//! viewer — sits behind the [`Desktop`] trait, which the shell and the recorder each implement.

mod attachments;
mod escalation;
mod meldcode;
mod templates;
mod tlv;
mod where_to_go;

use crate::api::{ErrorCode, IpcError};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::usecases::IdRequest;
use crate::usecases::absence::{
    self, AbsencePage, EndHomeStayRequest, ReportAbsenceRequest, SaveAbsenceRequest,
    SaveHomeStayRequest,
};
use crate::usecases::case_detail::CaseDetail;
use crate::usecases::cases::{
    self, CaseList, CloseCaseRequest, ListCasesRequest, OpenCaseRequest, UpdateCaseRequest,
};
use crate::usecases::dashboard::{self, CalendarExport, CalendarFile, Dashboard};
use crate::usecases::drafts::{self, Draft, DraftKey, SaveDraftRequest};
use crate::usecases::enrolments::{
    self, DecideEnrolmentRequest, EnrolmentSaved, ExtendEnrolmentRequest, PupilEnrolments,
    SaveEnrolmentRequest,
};
use crate::usecases::export::{
    self, ExportCaseSummaryRequest, ExportHearingSummaryRequest, ExportOppRequest, ExportResponse,
    OppDocument,
};
use crate::usecases::guardians::{self, AddGuardianRequest, UpdateGuardianRequest};
use crate::usecases::hearings::{
    self, HearingSaved, PupilHearingView, PupilHearings, SaveHearingRequest, SaveParentViewRequest,
};
use crate::usecases::holidays::{self, HolidayInput, HolidayList};
use crate::usecases::opp::{
    self, EndOppRequest, EstablishOppRequest, OppDiff, OppDiffRequest, PupilOpp,
    RecordConsentRequest, RecordConsultationRequest, SaveOppDraftRequest, SetOppClockRequest,
    StartOppRequest, TakeOverHearingRequest,
};
use crate::usecases::pupils::{
    self, EducationTypeList, ListPupilsRequest, PupilDetail, PupilInput, PupilList,
    SetArchivedRequest, UpdatePupilRequest,
};
use crate::usecases::session::{AppStatus, Session};
use crate::usecases::settings::{self, Settings};
use crate::usecases::stepplan::{
    self, DeleteRecordRequest, NewCycleRequest, SaveRecordRequest, StepActionRequest,
};
use crate::usecases::vault::{
    ChangePassphraseRequest, CreateVaultRequest, CreateVaultResponse, RecoverRequest, UnlockRequest,
};
use std::path::{Path, PathBuf};

/// What a command needs from the desktop around it (the Tauri shell, or a test recorder).
pub trait Desktop: Send + Sync {
    /// Where to save a file the app proposes to call `proposed`; `None` when the user cancelled.
    fn choose_save_path(&self, proposed: &str) -> Result<Option<PathBuf>>;
    /// Remembers the file an export just wrote: the only file [`Desktop::open_last_export`] opens.
    fn remember_export(&self, path: PathBuf);
    /// Opens the last exported file in the system viewer; `NotFound` when there is none.
    fn open_last_export(&self) -> Result<()>;
    /// The open dialog for an attachment (PDF, JPEG, PNG); `None` when the user cancelled.
    fn choose_attachment_file(&self) -> Result<Option<PathBuf>>;
    /// The open dialog for a template file (TOML); `None` when the user cancelled.
    fn choose_template_file(&self) -> Result<Option<PathBuf>>;
    /// Opens a file of the private view folder in the system viewer.
    fn open_viewed(&self, path: &Path) -> Result<()>;
}

/// A borrowed view of what the commands run on. Cheap to make per call.
pub struct App<'a> {
    pub session: &'a Session,
    pub clock: &'a dyn Clock,
    pub desktop: &'a dyn Desktop,
}

type Reply<T> = std::result::Result<T, IpcError>;

impl App<'_> {
    pub fn app_status(&self, (): ()) -> Reply<AppStatus> {
        Ok(self.session.status())
    }

    pub fn session_touch(&self, (): ()) -> Reply<()> {
        self.session.touch();
        Ok(())
    }

    pub fn vault_create(&self, req: CreateVaultRequest) -> Reply<CreateVaultResponse> {
        Ok(self.session.create(self.clock, &req)?)
    }

    pub fn vault_unlock(&self, req: UnlockRequest) -> Reply<AppStatus> {
        Ok(self.session.unlock(self.clock, &req)?)
    }

    pub fn vault_lock(&self, (): ()) -> Reply<AppStatus> {
        Ok(self.session.lock())
    }

    pub fn vault_recover(&self, req: RecoverRequest) -> Reply<AppStatus> {
        Ok(self.session.recover(self.clock, &req)?)
    }

    pub fn vault_change_passphrase(&self, req: ChangePassphraseRequest) -> Reply<()> {
        Ok(self.session.change_passphrase(self.clock, &req)?)
    }

    pub fn settings_get(&self, (): ()) -> Reply<Settings> {
        Ok(self.session.with_store(|store| settings::get(store))?)
    }

    pub fn settings_update(&self, req: Settings) -> Reply<Settings> {
        Ok(self.session.update_settings(self.clock, req)?)
    }

    pub fn holiday_list(&self, (): ()) -> Reply<HolidayList> {
        Ok(self
            .session
            .with_store(|store| holidays::list(store, self.clock))?)
    }

    pub fn holiday_add(&self, req: HolidayInput) -> Reply<HolidayList> {
        Ok(self
            .session
            .with_store(|store| holidays::add(store, self.clock, req))?)
    }

    pub fn holiday_remove(&self, req: IdRequest) -> Reply<HolidayList> {
        Ok(self
            .session
            .with_store(|store| holidays::remove(store, self.clock, req))?)
    }

    pub fn education_types(&self, (): ()) -> Reply<EducationTypeList> {
        Ok(pupils::education_types())
    }

    pub fn pupil_list(&self, req: ListPupilsRequest) -> Reply<PupilList> {
        Ok(self.session.with_store(|store| pupils::list(store, req))?)
    }

    pub fn pupil_get(&self, req: IdRequest) -> Reply<PupilDetail> {
        Ok(self.session.with_store(|store| pupils::get(store, req))?)
    }

    pub fn pupil_create(&self, req: PupilInput) -> Reply<PupilDetail> {
        Ok(self
            .session
            .with_store(|store| pupils::create(store, self.clock, req))?)
    }

    pub fn pupil_update(&self, req: UpdatePupilRequest) -> Reply<PupilDetail> {
        Ok(self
            .session
            .with_store(|store| pupils::update(store, self.clock, req))?)
    }

    pub fn pupil_set_archived(&self, req: SetArchivedRequest) -> Reply<PupilDetail> {
        Ok(self
            .session
            .with_store(|store| pupils::set_archived(store, self.clock, req))?)
    }

    pub fn guardian_add(&self, req: AddGuardianRequest) -> Reply<PupilDetail> {
        Ok(self
            .session
            .with_store(|store| guardians::add(store, self.clock, req))?)
    }

    pub fn guardian_update(&self, req: UpdateGuardianRequest) -> Reply<PupilDetail> {
        Ok(self
            .session
            .with_store(|store| guardians::update(store, self.clock, req))?)
    }

    pub fn guardian_remove(&self, req: IdRequest) -> Reply<PupilDetail> {
        Ok(self
            .session
            .with_store(|store| guardians::remove(store, self.clock, req))?)
    }

    pub fn case_list(&self, req: ListCasesRequest) -> Reply<CaseList> {
        Ok(self.session.with_store(|store| cases::list(store, req))?)
    }

    pub fn case_get(&self, req: IdRequest) -> Reply<CaseDetail> {
        Ok(self.session.with_store(|store| cases::get(store, req))?)
    }

    pub fn case_open(&self, req: OpenCaseRequest) -> Reply<CaseDetail> {
        Ok(self
            .session
            .with_store(|store| cases::open(store, self.clock, req))?)
    }

    pub fn case_update(&self, req: UpdateCaseRequest) -> Reply<CaseDetail> {
        Ok(self
            .session
            .with_store(|store| cases::update(store, self.clock, req))?)
    }

    pub fn case_close(&self, req: CloseCaseRequest) -> Reply<CaseDetail> {
        Ok(self
            .session
            .with_store(|store| cases::close(store, self.clock, req))?)
    }

    pub fn hearing_list(&self, req: IdRequest) -> Reply<PupilHearings> {
        Ok(self.session.with_active_template(|store, template| {
            hearings::list(store, self.clock, template, req)
        })?)
    }

    pub fn hearing_get(&self, req: IdRequest) -> Reply<PupilHearingView> {
        Ok(self.session.with_store(|store| hearings::get(store, req))?)
    }

    pub fn hearing_save(&self, req: SaveHearingRequest) -> Reply<HearingSaved> {
        Ok(self.session.with_active_template(|store, template| {
            hearings::save(store, self.clock, template, req)
        })?)
    }

    pub fn hearing_delete(&self, req: IdRequest) -> Reply<PupilHearings> {
        Ok(self.session.with_active_template(|store, template| {
            hearings::delete(store, self.clock, template, req)
        })?)
    }

    pub fn parent_view_save(&self, req: SaveParentViewRequest) -> Reply<HearingSaved> {
        Ok(self.session.with_active_template(|store, template| {
            hearings::save_parent_view(store, self.clock, template, req)
        })?)
    }

    pub fn enrolment_list(&self, req: IdRequest) -> Reply<PupilEnrolments> {
        Ok(self
            .session
            .with_store(|store| enrolments::list(store, self.clock, req))?)
    }

    pub fn enrolment_save(&self, req: SaveEnrolmentRequest) -> Reply<EnrolmentSaved> {
        Ok(self
            .session
            .with_store(|store| enrolments::save(store, self.clock, req))?)
    }

    pub fn enrolment_extend(&self, req: ExtendEnrolmentRequest) -> Reply<PupilEnrolments> {
        Ok(self
            .session
            .with_store(|store| enrolments::extend(store, self.clock, req))?)
    }

    pub fn enrolment_decide(&self, req: DecideEnrolmentRequest) -> Reply<PupilEnrolments> {
        Ok(self
            .session
            .with_store(|store| enrolments::decide(store, self.clock, req))?)
    }

    pub fn enrolment_delete(&self, req: IdRequest) -> Reply<PupilEnrolments> {
        Ok(self
            .session
            .with_store(|store| enrolments::delete(store, self.clock, req))?)
    }

    pub fn parent_view_delete(&self, req: IdRequest) -> Reply<PupilHearings> {
        Ok(self.session.with_active_template(|store, template| {
            hearings::delete_parent_view(store, self.clock, template, req)
        })?)
    }

    pub fn absence_list(&self, req: IdRequest) -> Reply<AbsencePage> {
        Ok(self
            .session
            .with_store(|store| absence::list(store, self.clock, req))?)
    }

    pub fn absence_save(&self, req: SaveAbsenceRequest) -> Reply<AbsencePage> {
        Ok(self
            .session
            .with_store(|store| absence::save(store, self.clock, req))?)
    }

    pub fn absence_delete(&self, req: IdRequest) -> Reply<AbsencePage> {
        Ok(self
            .session
            .with_store(|store| absence::delete(store, self.clock, req))?)
    }

    pub fn absence_report(&self, req: ReportAbsenceRequest) -> Reply<AbsencePage> {
        Ok(self
            .session
            .with_store(|store| absence::report(store, self.clock, req))?)
    }

    pub fn home_stay_save(&self, req: SaveHomeStayRequest) -> Reply<AbsencePage> {
        Ok(self
            .session
            .with_store(|store| absence::save_home_stay(store, self.clock, req))?)
    }

    pub fn home_stay_end(&self, req: EndHomeStayRequest) -> Reply<AbsencePage> {
        Ok(self
            .session
            .with_store(|store| absence::end_home_stay(store, self.clock, req))?)
    }

    pub fn opp_get(&self, req: IdRequest) -> Reply<PupilOpp> {
        Ok(self
            .session
            .with_active_template(|store, template| opp::get(store, self.clock, template, req))?)
    }

    pub fn opp_start(&self, req: StartOppRequest) -> Reply<PupilOpp> {
        Ok(self
            .session
            .with_active_template(|store, template| opp::start(store, self.clock, template, req))?)
    }

    pub fn opp_save_draft(&self, req: SaveOppDraftRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::save_draft(store, self.clock, template, req)
        })?)
    }

    pub fn opp_take_over_hearing(&self, req: TakeOverHearingRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::take_over_hearing(store, self.clock, template, req)
        })?)
    }

    pub fn opp_establish(&self, req: EstablishOppRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::establish(store, self.clock, template, req)
        })?)
    }

    pub fn opp_new_version(&self, req: IdRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::new_version(store, self.clock, template, req)
        })?)
    }

    pub fn opp_delete_draft(&self, req: IdRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::delete_draft(store, self.clock, template, req)
        })?)
    }

    pub fn opp_record_consultation(&self, req: RecordConsultationRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::record_consultation(store, self.clock, template, req)
        })?)
    }

    pub fn opp_record_consent(&self, req: RecordConsentRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::record_consent(store, self.clock, template, req)
        })?)
    }

    pub fn opp_set_clock(&self, req: SetOppClockRequest) -> Reply<PupilOpp> {
        Ok(self.session.with_active_template(|store, template| {
            opp::set_clock(store, self.clock, template, req)
        })?)
    }

    pub fn opp_end(&self, req: EndOppRequest) -> Reply<PupilOpp> {
        Ok(self
            .session
            .with_active_template(|store, template| opp::end(store, self.clock, template, req))?)
    }

    pub fn opp_diff(&self, req: OppDiffRequest) -> Reply<OppDiff> {
        Ok(self
            .session
            .with_active_template(|store, template| opp::diff(store, template, req))?)
    }

    pub fn record_save(&self, req: SaveRecordRequest) -> Reply<CaseDetail> {
        Ok(self
            .session
            .with_case_template(&req.case_id.clone(), |store, template| {
                stepplan::save_record(store, self.clock, template, req)
            })?)
    }

    pub fn record_delete(&self, req: DeleteRecordRequest) -> Reply<CaseDetail> {
        Ok(self
            .session
            .with_store(|store| stepplan::delete_record(store, self.clock, req))?)
    }

    pub fn step_action(&self, req: StepActionRequest) -> Reply<CaseDetail> {
        Ok(self
            .session
            .with_cycle_template(&req.cycle_id.clone(), |store, template| {
                stepplan::step_action(store, self.clock, template, req)
            })?)
    }

    pub fn cycle_new(&self, req: NewCycleRequest) -> Reply<CaseDetail> {
        Ok(self
            .session
            .with_store(|store| stepplan::new_cycle(store, self.clock, req))?)
    }

    pub fn dashboard_get(&self, (): ()) -> Reply<Dashboard> {
        Ok(self
            .session
            .with_active_template(|store, template| dashboard::get(store, self.clock, template))?)
    }

    pub fn draft_get(&self, req: DraftKey) -> Reply<Draft> {
        Ok(self.session.with_store(|store| drafts::get(store, req))?)
    }

    pub fn draft_save(&self, req: SaveDraftRequest) -> Reply<Draft> {
        Ok(self
            .session
            .with_store(|store| drafts::save(store, self.clock, req))?)
    }

    pub fn draft_delete(&self, req: DraftKey) -> Reply<Draft> {
        Ok(self
            .session
            .with_store(|store| drafts::delete(store, self.clock, req))?)
    }

    /// Asks the desktop where to save (the vault is not held while it asks), then writes the
    /// casusoverzicht there. `saved: None` when the user cancelled.
    pub fn export_case_summary(&self, req: ExportCaseSummaryRequest) -> Reply<ExportResponse> {
        let proposed = self
            .session
            .with_store(|store| export::case_summary_file_name(store, self.clock, &req.case_id))?;
        let Some(path) = self.desktop.choose_save_path(&proposed)? else {
            return Ok(ExportResponse { saved: None });
        };
        let file = self
            .session
            .with_case_template(&req.case_id, |store, template| {
                export::case_summary(store, self.clock, template, &req.case_id, &path)
            })?;
        tracing::info!(case = %req.case_id, pages = file.pages, "casusoverzicht exported");
        self.desktop.remember_export(path);
        Ok(ExportResponse { saved: Some(file) })
    }

    /// Asks the desktop where to save (the vault is not held while it asks), then writes the
    /// child's summary "Wat jij hebt verteld" there. `saved: None` when the user cancelled.
    pub fn export_hearing_summary(
        &self,
        req: ExportHearingSummaryRequest,
    ) -> Reply<ExportResponse> {
        let proposed = self
            .session
            .with_store(|store| export::hearing_summary_file_name(store, &req.hearing_id))?;
        let Some(path) = self.desktop.choose_save_path(&proposed)? else {
            return Ok(ExportResponse { saved: None });
        };
        let file = self.session.with_store(|store| {
            export::hearing_summary(store, self.clock, &req.hearing_id, &path)
        })?;
        tracing::info!(hearing = %req.hearing_id, pages = file.pages, "child summary exported");
        self.desktop.remember_export(path);
        Ok(ExportResponse { saved: Some(file) })
    }

    /// Asks where to save, then writes the printed OPP of one version there.
    pub fn export_opp(&self, req: ExportOppRequest) -> Reply<ExportResponse> {
        self.export_opp_document(OppDocument::Plan, &req.version_id)
    }

    /// Asks where to save, then writes the ouderblad of one version there.
    pub fn export_opp_parent_sheet(&self, req: ExportOppRequest) -> Reply<ExportResponse> {
        self.export_opp_document(OppDocument::ParentSheet, &req.version_id)
    }

    fn export_opp_document(
        &self,
        document: OppDocument,
        version_id: &str,
    ) -> Reply<ExportResponse> {
        let proposed = self
            .session
            .with_store(|store| export::opp_file_name(store, self.clock, document, version_id))?;
        let Some(path) = self.desktop.choose_save_path(&proposed)? else {
            return Ok(ExportResponse { saved: None });
        };
        let file = self.session.with_active_template(|store, template| {
            export::opp_document(store, self.clock, template, document, version_id, &path)
        })?;
        tracing::info!(version = %version_id, pages = file.pages, ?document, "OPP document exported");
        self.desktop.remember_export(path);
        Ok(ExportResponse { saved: Some(file) })
    }

    /// Asks where to save, then writes the coming deadlines as an agenda file (.ics) there.
    pub fn export_calendar(&self, (): ()) -> Reply<CalendarExport> {
        let proposed = dashboard::calendar_file_name(self.clock);
        let Some(path) = self.desktop.choose_save_path(&proposed)? else {
            return Ok(CalendarExport { saved: None });
        };
        let events = self.session.with_active_template(|store, template| {
            dashboard::write_calendar(store, self.clock, template, &path)
        })?;
        let file_name = path
            .file_name()
            .map_or(proposed, |name| name.to_string_lossy().into_owned());
        tracing::info!(events, "agenda file exported");
        self.desktop.remember_export(path);
        Ok(CalendarExport {
            saved: Some(CalendarFile {
                file_name,
                events: u32::try_from(events).unwrap_or(u32::MAX),
            }),
        })
    }

    pub fn export_open_last(&self, (): ()) -> Reply<()> {
        Ok(self.desktop.open_last_export()?)
    }
}

/// A request the webview could not have sent (it is typed by the generated bindings).
fn malformed(command: &str, err: &serde_json::Error) -> IpcError {
    IpcError::from(Error::Internal(format!(
        "malformed request for {command}: {err}"
    )))
}

macro_rules! define_dispatch {
    ($($name:ident : $req:ty => $resp:ty),* $(,)?) => {
        /// Runs `command` with its JSON request and answers with the JSON response — the same
        /// bytes the webview gets over IPC. An unknown command is an `internal` error.
        pub fn dispatch(
            app: &App<'_>,
            command: &str,
            request: serde_json::Value,
        ) -> Reply<serde_json::Value> {
            match command {
                $(
                    stringify!($name) => {
                        let req: $req = serde_json::from_value(request)
                            .map_err(|err| malformed(command, &err))?;
                        let resp: $resp = app.$name(req)?;
                        serde_json::to_value(resp).map_err(|err| IpcError {
                            code: ErrorCode::Internal,
                            message: format!("response of {command} is not JSON: {err}"),
                            field: None,
                            fields: Vec::new(),
                        })
                    }
                )*
                other => Err(IpcError {
                    code: ErrorCode::Internal,
                    message: format!("unknown command {other}"),
                    field: None,
                    fields: Vec::new(),
                }),
            }
        }
    };
}

crate::ibis_commands!(define_dispatch);
