//! Canary (issue 11, acceptance): a meldcode record's unique text appears in no export.
//!
//! The demo fills a vault; its pupil with the granted TLV has a casus, a vastgesteld OPP, a
//! hoorgesprek and a TLV with attachments. That pupil gets two meldcode routes (one closed,
//! one open) with [`CANARY`] in every text field. Then every export kind in [`ExportKind::ALL`]
//! runs through `app::dispatch`, as the window would call it, into an exports folder; PDFs are
//! read back with `pdftotext`. No output, and no file anywhere in the test's temp folder
//! outside the vault's own encrypted files (exports, the attachment view folder, temp files of
//! atomic writes), may hold the word.
//!
//! To add an export kind (the lead: "Waar kunt u terecht?", `export where-to-go`): add a
//! variant to [`ExportKind`], put it in [`ExportKind::ALL`] and give it its arm in
//! [`ExportKind::produce`] — the compiler points at the arm.

use super::support::{PASSPHRASE, TestVault};
use super::{entry, open, start};
use ibis_core::app::{App, Desktop, dispatch};
use ibis_core::domain::meldcode::{MeldcodeDecision, MeldcodeDecisionRecord, MeldcodeStep};
use ibis_core::template::Template;
use ibis_core::usecases::demo;
use ibis_core::usecases::meldcode::{self, MeldcodeCloseRequest, MeldcodeDecideRequest};
use ibis_core::usecases::session::Session;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// The unique word put into every meldcode text field. Not a Dutch word, not in any demo text.
const CANARY: &str = "Qwylmeldcanarie";

/// Every kind of output the core and the CLI make from a pupil's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExportKind {
    /// Casusoverzicht PDF (`export case-summary`).
    CaseSummary,
    /// The printed OPP (`export opp`).
    OppPdf,
    /// The OPP's ouderblad (`export parent-sheet`).
    OppParentSheet,
    /// "Wat jij hebt verteld" (`export hearing-summary`).
    HearingSummary,
    /// The TLV dossier with its attachments (`export tlv-dossier`).
    TlvDossier,
    /// The parents' sheet "Waar kunt u terecht?" (`export where-to-go`).
    WhereToGo,
    /// The agenda file (`today --ics`).
    Calendar,
    /// An attachment written to the private view folder for the system viewer.
    AttachmentView,
    /// The pupil list (`pupil list --json`, the UI's list).
    PupilList,
    /// Vandaag (`today --json`).
    Today,
    /// The pupil page.
    PupilDetail,
    /// The pupil's casussen and the case detail (`case list`, `case show`).
    CaseShow,
    /// The OPP page (`opp show`).
    OppPage,
    /// The TLV page (`tlv show`).
    TlvPage,
    /// Hoorgesprekken and zienswijzen (`hearing list`, `hearing show`).
    HearingPages,
    /// The attachment list (`attachment list`).
    AttachmentList,
    /// Verzuim and aanmeldingen (`absence list`, `enrolment list`).
    AbsenceAndEnrolment,
    /// What `demo --json` reports.
    DemoReport,
}

impl ExportKind {
    /// The list the canary runs over; one place to extend.
    const ALL: &[ExportKind] = &[
        ExportKind::CaseSummary,
        ExportKind::OppPdf,
        ExportKind::OppParentSheet,
        ExportKind::HearingSummary,
        ExportKind::TlvDossier,
        ExportKind::WhereToGo,
        ExportKind::Calendar,
        ExportKind::AttachmentView,
        ExportKind::PupilList,
        ExportKind::Today,
        ExportKind::PupilDetail,
        ExportKind::CaseShow,
        ExportKind::OppPage,
        ExportKind::TlvPage,
        ExportKind::HearingPages,
        ExportKind::AttachmentList,
        ExportKind::AbsenceAndEnrolment,
        ExportKind::DemoReport,
    ];

    /// Makes this kind's output for the pupil; answers the files written (the JSON answers are
    /// written to `<kind>.json` in the exports folder, so the folder scan sees them too).
    fn produce(self, file: &PupilFile<'_>) -> Vec<PathBuf> {
        match self {
            ExportKind::CaseSummary => {
                file.export("export_case_summary", json!({ "caseId": file.case_id }))
            }
            ExportKind::OppPdf => {
                file.export("export_opp", json!({ "versionId": file.version_id }))
            }
            ExportKind::OppParentSheet => file.export(
                "export_opp_parent_sheet",
                json!({ "versionId": file.version_id }),
            ),
            ExportKind::HearingSummary => file.export(
                "export_hearing_summary",
                json!({ "hearingId": file.hearing_id }),
            ),
            ExportKind::TlvDossier => {
                file.export("export_tlv_dossier", json!({ "tlvId": file.tlv_id }))
            }
            ExportKind::WhereToGo => {
                file.export("export_where_to_go", json!({ "pupilId": file.pupil_id }))
            }
            ExportKind::Calendar => file.export("export_calendar", Value::Null),
            ExportKind::AttachmentView => {
                let viewed = file.call("attachment_view", json!({ "id": file.attachment_id }));
                vec![PathBuf::from(viewed["path"].as_str().expect("viewed path"))]
            }
            ExportKind::PupilList => file.answers(
                "pupil-list",
                &[(
                    "pupil_list",
                    json!({ "query": null, "includeArchived": true, "limit": null }),
                )],
            ),
            ExportKind::Today => file.answers("today", &[("dashboard_get", Value::Null)]),
            ExportKind::PupilDetail => {
                file.answers("pupil", &[("pupil_get", json!({ "id": file.pupil_id }))])
            }
            ExportKind::CaseShow => file.answers(
                "case",
                &[
                    ("case_list", json!({ "pupilId": file.pupil_id })),
                    ("case_get", json!({ "id": file.case_id })),
                ],
            ),
            ExportKind::OppPage => {
                file.answers("opp", &[("opp_get", json!({ "id": file.pupil_id }))])
            }
            ExportKind::TlvPage => {
                file.answers("tlv", &[("tlv_list", json!({ "id": file.pupil_id }))])
            }
            ExportKind::HearingPages => file.answers(
                "hearing",
                &[
                    ("hearing_list", json!({ "id": file.pupil_id })),
                    ("hearing_get", json!({ "id": file.hearing_id })),
                ],
            ),
            ExportKind::AttachmentList => file.answers(
                "attachments",
                &[("attachment_list", json!({ "id": file.pupil_id }))],
            ),
            ExportKind::AbsenceAndEnrolment => file.answers(
                "absence-enrolment",
                &[
                    ("absence_list", json!({ "id": file.pupil_id })),
                    ("enrolment_list", json!({ "id": file.pupil_id })),
                ],
            ),
            ExportKind::DemoReport => {
                let path = file.exports.join("demo-report.json");
                std::fs::write(&path, serde_json::to_vec(file.demo_report).unwrap()).unwrap();
                vec![path]
            }
        }
    }
}

/// The save dialog of the test: every export goes into the exports folder.
struct FolderDesktop {
    folder: PathBuf,
}

impl Desktop for FolderDesktop {
    fn choose_save_path(&self, proposed: &str) -> ibis_core::Result<Option<PathBuf>> {
        Ok(Some(self.folder.join(proposed)))
    }
    fn remember_export(&self, _path: PathBuf) {}
    fn open_last_export(&self) -> ibis_core::Result<()> {
        Ok(())
    }
    fn choose_attachment_file(&self) -> ibis_core::Result<Option<PathBuf>> {
        Ok(None)
    }
    fn choose_template_file(&self) -> ibis_core::Result<Option<PathBuf>> {
        Ok(None)
    }
    fn open_viewed(&self, _path: &Path) -> ibis_core::Result<()> {
        Ok(())
    }
}

/// The pupil whose file has everything, and the app to call.
struct PupilFile<'a> {
    app: App<'a>,
    exports: PathBuf,
    demo_report: &'a demo::DemoReport,
    pupil_id: String,
    case_id: String,
    version_id: String,
    hearing_id: String,
    tlv_id: String,
    attachment_id: String,
    /// Serialises the calls (the app is shared by nothing else, but keeps `&self` simple).
    calls: Mutex<u32>,
}

impl PupilFile<'_> {
    fn call(&self, command: &str, request: Value) -> Value {
        *self.calls.lock().unwrap() += 1;
        dispatch(&self.app, command, request)
            .unwrap_or_else(|error| panic!("{command} failed: {error:?}"))
    }

    fn export(&self, command: &str, request: Value) -> Vec<PathBuf> {
        let answer = self.call(command, request);
        let name = answer["saved"]["fileName"]
            .as_str()
            .unwrap_or_else(|| panic!("{command} saved no file: {answer}"));
        vec![self.exports.join(name)]
    }

    fn answers(&self, name: &str, calls: &[(&str, Value)]) -> Vec<PathBuf> {
        let all: Vec<Value> = calls
            .iter()
            .map(|(command, request)| self.call(command, request.clone()))
            .collect();
        let path = self.exports.join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_vec_pretty(&all).unwrap()).unwrap();
        vec![path]
    }
}

/// Letters and digits only, lower case: a word split by hyphenation or a line break still
/// matches.
fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The text of an output file: a PDF read back with pdftotext, anything else as bytes.
fn text_of(path: &Path) -> String {
    let raw = String::from_utf8_lossy(&std::fs::read(path).expect("output readable")).into_owned();
    if path.extension().is_some_and(|ext| ext == "pdf") {
        let output = Command::new("pdftotext")
            .arg(path)
            .arg("-")
            .output()
            .expect("pdftotext is installed (make setup)");
        assert!(
            output.status.success(),
            "pdftotext failed on {}",
            path.display()
        );
        return format!("{}\n{raw}", String::from_utf8_lossy(&output.stdout));
    }
    raw
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for item in std::fs::read_dir(dir).expect("readable folder").flatten() {
        let path = item.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// Puts the canary into every text field of the pupil's routes: the demo's open route gets an
/// entry in each step, a decision and a closing note; a second route then gets its question
/// and an entry in each of the five steps.
fn plant_canary(session: &Session, v: &TestVault, pupil: &str) {
    let page = open(session, &v.clock, pupil, PASSPHRASE).unwrap();
    assert!(page.open.is_some(), "the demo's route is open");
    for step in MeldcodeStep::ALL {
        entry(session, &v.clock, pupil, step, CANARY).unwrap();
    }
    session
        .with_meldcode(&v.clock, pupil, |store, grant| {
            meldcode::decide(
                store,
                &v.clock,
                grant,
                MeldcodeDecideRequest {
                    pupil_id: pupil.into(),
                    decision: MeldcodeDecisionRecord {
                        decision: MeldcodeDecision::Both,
                        decided_on: "2026-11-23".into(),
                        decided_by: format!("{CANARY} besluit"),
                        notes: Some(format!("{CANARY} besluitnotitie")),
                    },
                },
            )?;
            meldcode::close(
                store,
                &v.clock,
                grant,
                MeldcodeCloseRequest {
                    pupil_id: pupil.into(),
                    closed_on: "2026-11-23".into(),
                    closing_note: Some(format!("{CANARY} afsluiting")),
                },
            )
        })
        .unwrap();
    start(session, &v.clock, pupil, &format!("{CANARY} vraag")).unwrap();
    for step in MeldcodeStep::ALL {
        entry(session, &v.clock, pupil, step, CANARY).unwrap();
    }
    // The routes hold the word (so its absence elsewhere means something).
    let page = session
        .with_meldcode(&v.clock, pupil, |store, grant| meldcode::get(store, grant))
        .unwrap();
    let stored = serde_json::to_string(&page).unwrap();
    assert!(
        stored.matches(CANARY).count() >= 34,
        "the canary is planted"
    );
}

fn str_at<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{pointer} missing in {value}"))
}

#[test]
fn no_export_holds_a_word_of_the_meldcode() {
    let mut v = TestVault::new();
    let template = Template::landelijk().unwrap();
    let mut store = v.store.take().unwrap();
    let report = demo::generate(
        &mut store,
        &v.clock,
        &template,
        &demo::DemoRequest {
            pupils: 40,
            seed: 11,
        },
    )
    .unwrap();
    assert_eq!(
        report.meldcode_routes, 1,
        "the demo has its meldcode example"
    );
    let exports = v.temp.path().join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    let session = Session::unlocked(v.dir(), false, store).unwrap();
    let desktop = FolderDesktop {
        folder: exports.clone(),
    };
    let app = App {
        session: &session,
        clock: &v.clock,
        desktop: &desktop,
    };

    // The pupil with the granted TLV has everything: casus, vastgesteld OPP, hoorgesprek, TLV
    // with attachments.
    let pupils = dispatch(
        &app,
        "pupil_list",
        json!({ "query": null, "includeArchived": true, "limit": null }),
    )
    .unwrap();
    let mut chosen = None;
    for pupil in pupils["pupils"].as_array().unwrap() {
        let id = pupil["id"].as_str().unwrap();
        let tlvs = dispatch(&app, "tlv_list", json!({ "id": id })).unwrap();
        if let Some(tlv) = tlvs["tlvs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["status"] == "granted")
        {
            chosen = Some((id.to_owned(), str_at(tlv, "/id").to_owned()));
        }
    }
    let (pupil_id, tlv_id) = chosen.expect("the demo has a granted TLV");
    let cases = dispatch(&app, "case_list", json!({ "pupilId": pupil_id })).unwrap();
    let case_id = str_at(&cases, "/cases/0/id").to_owned();
    let opp = dispatch(&app, "opp_get", json!({ "id": pupil_id })).unwrap();
    let version_id = opp["opp"]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|version| version["status"] == "established")
        .map(|version| str_at(version, "/id").to_owned())
        .expect("a vastgestelde OPP version");
    let hearings = dispatch(&app, "hearing_list", json!({ "id": pupil_id })).unwrap();
    let hearing_id = str_at(&hearings, "/hearings/0/id").to_owned();
    let attachments = dispatch(&app, "attachment_list", json!({ "id": pupil_id })).unwrap();
    let attachment_id = str_at(&attachments, "/attachments/0/id").to_owned();

    plant_canary(&session, &v, &pupil_id);

    let file = PupilFile {
        app,
        exports: exports.clone(),
        demo_report: &report,
        pupil_id,
        case_id,
        version_id,
        hearing_id,
        tlv_id,
        attachment_id,
        calls: Mutex::new(0),
    };
    let canary = folded(CANARY);
    let mut leaks = Vec::new();
    for kind in ExportKind::ALL {
        let outputs = kind.produce(&file);
        assert!(!outputs.is_empty(), "{kind:?} made nothing");
        for path in outputs {
            let text = text_of(&path);
            assert!(
                text.trim().len() > 10,
                "{kind:?} wrote an empty {}",
                path.display()
            );
            if folded(&text).contains(&canary) {
                leaks.push(format!("{kind:?}: {}", path.display()));
            }
        }
    }

    // Every file outside the vault's own encrypted files: the exports, the view folder, any
    // temp file an atomic write left behind.
    let vault_files: Vec<PathBuf> = ibis_core::vault::files(&v.dir());
    for path in files_under(v.temp.path()) {
        let in_vault = vault_files.iter().any(|vault_file| {
            path.to_string_lossy()
                .starts_with(vault_file.to_string_lossy().as_ref())
        });
        if in_vault {
            continue;
        }
        if folded(&text_of(&path)).contains(&canary) {
            leaks.push(format!("file: {}", path.display()));
        }
    }
    assert!(leaks.is_empty(), "meldcode text leaked into: {leaks:#?}");
}
