//! Exports from a real vault: the file, its audit row, and the Dutch refusals (impossible,
//! read-only or folder paths) that leave nothing behind.

use super::*;

fn vault_with_case() -> (TestVault, String) {
    let mut v = TestVault::new();
    let pupil = ibis_core::usecases::pupils::create(
        v.store.as_mut().unwrap(),
        &v.clock,
        pupil_input(CANARY_FIRST, CANARY_LAST),
    )
    .unwrap()
    .pupil;
    let case = cases::open(
        v.store.as_mut().unwrap(),
        &v.clock,
        cases::OpenCaseRequest {
            pupil_id: pupil.id,
            title: "Werkhouding en rekenen".into(),
            start_date: Some("2026-09-01".into()),
            template_id: None,
        },
    )
    .unwrap()
    .case;
    (v, case.id)
}

/// The export use case on the test vault, with the shipped template.
fn export_to(
    v: &mut support::TestVault,
    case_id: &str,
    out: &std::path::Path,
) -> ibis_core::Result<export::ExportedFile> {
    let template = ibis_core::template::Template::landelijk().unwrap();
    export::case_summary(v.store.as_mut().unwrap(), &v.clock, &template, case_id, out)
}

#[test]
fn exporting_from_the_vault_writes_the_file_and_one_audit_row() {
    let (mut v, case_id) = vault_with_case();
    let name =
        export::case_summary_file_name(v.store.as_mut().unwrap(), &v.clock, &case_id).unwrap();
    assert_eq!(name, "casusoverzicht-ZK-2026-11-23.pdf");
    let out = v.temp.path().join(&name);
    // A signal recorded in the stappenplan appears in the PDF (enter once).
    let signal =
        ibis_core::domain::records::RecordData::Signal(ibis_core::domain::records::SignalData {
            date: "2026-11-02".into(),
            source: ibis_core::domain::records::SignalSource::Teacher,
            source_other: None,
            observation: "Telt nog op de vingers bij sommen tot 20.".into(),
            since: None,
            data: None,
            parents: ibis_core::domain::records::ParentsInformed {
                informed: true,
                date: Some("2026-11-03".into()),
                reason: None,
            },
            pupil_informed: None,
        });
    let template = ibis_core::template::Template::landelijk().unwrap();
    let request = ibis_core::usecases::stepplan::SaveRecordRequest {
        case_id: case_id.clone(),
        record_id: None,
        data: signal,
        correction_note: None,
    };
    ibis_core::usecases::stepplan::save_record(
        v.store.as_mut().unwrap(),
        &v.clock,
        &template,
        request,
    )
    .unwrap();
    let before = audit::entries(v.store()).unwrap().len();
    let file = export_to(&mut v, &case_id, &out).unwrap();
    assert_eq!(file.file_name, name);
    assert!(file.pages >= 1);
    assert_eq!(file.bytes, std::fs::metadata(&out).unwrap().len());
    let entries = audit::entries(v.store()).unwrap();
    assert_eq!(entries.len(), before + 1);
    let last = entries.last().unwrap();
    assert_eq!(last.action, "export.case_summary");
    assert_eq!(last.entity, "case");
    assert_eq!(last.entity_id.as_deref(), Some(case_id.as_str()));
    // The export shows on the casus timeline (DOMAIN.md §4).
    let detail = ibis_core::usecases::cases::get(
        v.store(),
        ibis_core::usecases::IdRequest {
            id: case_id.clone(),
        },
    )
    .unwrap();
    assert!(
        detail
            .timeline
            .iter()
            .any(|e| e.kind == ibis_core::usecases::case_detail::TimelineKind::Export)
    );
    let text = Pdf::open(&out).text();
    assert_in_order(
        &text,
        &[
            "Werkhouding en rekenen",
            "Zoë Kanariepiet-Öztürk",
            "Cyclus 1",
            "Stap 1 · Signaleren",
            "Ja, op 03-11-2026",
            "Telt nog op de vingers bij sommen tot 20.",
            "Stap 6 · Evalueren",
            "Casus geopend",
            "Signaal",
        ],
    );
    assert_no_temporary_files(v.temp.path());
}

/// A target whose folder cannot exist (its parent is a regular file): refused even for root.
#[test]
fn export_into_an_impossible_folder_fails_in_dutch_and_leaves_nothing() {
    let (mut v, case_id) = vault_with_case();
    let blocker = v.temp.path().join("geen-map");
    std::fs::write(&blocker, b"a file, not a folder").unwrap();
    let out = blocker.join("sub").join("overzicht.pdf");
    let before = audit::entries(v.store()).unwrap().len();
    let err = export_to(&mut v, &case_id, &out).unwrap_err();
    assert!(matches!(err, Error::ExportFailed(_)), "{err:?}");
    assert!(
        err.dutch().contains("De PDF kon niet worden opgeslagen"),
        "{}",
        err.dutch()
    );
    assert!(!out.exists());
    assert_eq!(
        audit::entries(v.store()).unwrap().len(),
        before,
        "no audit row for a failure"
    );
    assert_no_temporary_files(v.temp.path());
}

/// Makes a folder refuse new files for this user: chmod 0555, and for root (who ignores
/// permissions) additionally the immutable attribute (`chattr +i`, ext4 here). Undone on drop.
#[cfg(unix)]
struct ReadOnlyFolder(PathBuf);

#[cfg(unix)]
impl ReadOnlyFolder {
    fn new(folder: PathBuf) -> ReadOnlyFolder {
        use std::os::unix::fs::PermissionsExt;
        std::fs::create_dir(&folder).unwrap();
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        let guard = ReadOnlyFolder(folder);
        if guard.accepts_files() {
            let status = std::process::Command::new("chattr")
                .arg("+i")
                .arg(&guard.0)
                .status();
            assert!(
                matches!(status, Ok(s) if s.success()) && !guard.accepts_files(),
                "cannot make a read-only folder for this user (root without chattr +i)"
            );
        }
        guard
    }

    fn accepts_files(&self) -> bool {
        let probe = self.0.join("probe");
        let ok = std::fs::write(&probe, b"x").is_ok();
        if ok {
            std::fs::remove_file(&probe).unwrap();
        }
        ok
    }
}

#[cfg(unix)]
impl Drop for ReadOnlyFolder {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if let Err(err) = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status()
        {
            eprintln!("chattr -i: {err}");
        }
        if let Err(err) = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755))
        {
            eprintln!("chmod back: {err}");
        }
    }
}

/// A read-only folder: a Dutch error, no file, no temporary file, no audit row.
#[cfg(unix)]
#[test]
fn export_into_a_read_only_folder_fails_and_leaves_nothing() {
    let (mut v, case_id) = vault_with_case();
    let folder = ReadOnlyFolder::new(v.temp.path().join("alleen-lezen"));
    let out = folder.0.join("overzicht.pdf");
    let before = audit::entries(v.store()).unwrap().len();
    let err = export_to(&mut v, &case_id, &out).unwrap_err();
    assert!(matches!(err, Error::ExportFailed(_)), "{err:?}");
    assert!(
        err.dutch().contains("niet"),
        "Dutch message: {}",
        err.dutch()
    );
    assert_eq!(
        std::fs::read_dir(&folder.0).unwrap().count(),
        0,
        "folder must stay empty"
    );
    assert_eq!(
        audit::entries(v.store()).unwrap().len(),
        before,
        "no audit row for a failure"
    );
}

#[test]
fn exporting_onto_a_folder_path_is_refused() {
    let (mut v, case_id) = vault_with_case();
    let target: PathBuf = v.temp.path().to_path_buf();
    let err = export_to(&mut v, &case_id, &target).unwrap_err();
    assert!(matches!(err, Error::ExportFailed(_)), "{err:?}");
}

fn assert_no_temporary_files(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.ends_with(".ibis-tmp"), "temporary file left: {name}");
    }
}

/// Item 9: the casusoverzicht prints the tussenvoegsel in the name ("Daan de Groot") and the
/// proposed file name takes its initial too.
#[test]
fn the_casusoverzicht_prints_the_name_with_its_tussenvoegsel() {
    let mut v = TestVault::new();
    let mut input = pupil_input("Daan", "Groot");
    input.surname_prefix = Some("de".into());
    let pupil = ibis_core::usecases::pupils::create(v.store.as_mut().unwrap(), &v.clock, input)
        .unwrap()
        .pupil;
    let case = cases::open(
        v.store.as_mut().unwrap(),
        &v.clock,
        cases::OpenCaseRequest {
            pupil_id: pupil.id,
            title: "Lezen".into(),
            start_date: Some("2026-09-01".into()),
            template_id: None,
        },
    )
    .unwrap()
    .case;
    let name =
        export::case_summary_file_name(v.store.as_mut().unwrap(), &v.clock, &case.id).unwrap();
    assert_eq!(name, "casusoverzicht-DdG-2026-11-23.pdf");
    let out = v.temp.path().join(&name);
    export_to(&mut v, &case.id, &out).unwrap();
    let text = Pdf::open(&out).text();
    assert!(text.contains("Daan de Groot"), "{text}");
}
