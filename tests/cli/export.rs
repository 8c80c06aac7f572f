//! `ibis-cli export case-summary`: the casusoverzicht as a PDF, read back with pdftotext, and
//! its failures with their exit codes.

use super::{add_pupil, assert_no_panic, created, with_pass};
use serde_json::Value;
use std::path::Path;

fn pdftotext(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (make setup)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// A vault with one pupil and one casus; returns the casus id.
fn vault_with_case() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let (temp, vault, _key) = created();
    let run = add_pupil(&vault, "Anaïs", "van 't Hoff", "2015-06-01", "po", "6");
    assert_eq!(run.code, 0, "{run:?}");
    let pupil = run.stdout.trim().to_owned();
    let run = with_pass(
        &vault,
        &[
            "case",
            "open",
            "--pupil",
            &pupil,
            "--title",
            "Leesproblemen groep 6",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let case = run.stdout.trim().to_owned();
    (temp, vault, case)
}

#[test]
fn export_case_summary_writes_a_pdf_with_the_casus() {
    let (temp, vault, case) = vault_with_case();
    let out = temp.path().join("overzicht.pdf");
    let run = with_pass(
        &vault,
        &[
            "export",
            "case-summary",
            "--case",
            &case,
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let file: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(file["fileName"], "overzicht.pdf");
    let pages = file["pages"].as_u64().unwrap();
    assert!(pages >= 1);
    let text = pdftotext(&out);
    assert!(
        text.contains(&format!("Pagina {pages} van {pages}")),
        "page count matches the footer"
    );
    for expected in [
        "Casusoverzicht",
        "Anaïs van 't Hoff",
        "Leesproblemen groep 6",
        "Tijdlijn",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    let run = with_pass(
        &vault,
        &[
            "export",
            "case-summary",
            "--case",
            &case,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("niet versleuteld"), "{run:?}");
}

#[test]
fn export_case_summary_failures_have_exit_codes_and_leave_no_file() {
    let (temp, vault, case) = vault_with_case();
    let blocker = temp.path().join("een-bestand");
    std::fs::write(&blocker, b"geen map").unwrap();
    let out = blocker.join("overzicht.pdf");
    let run = with_pass(
        &vault,
        &[
            "export",
            "case-summary",
            "--case",
            &case,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stderr.contains("De PDF kon niet worden opgeslagen"),
        "{run:?}"
    );
    assert!(!out.exists());
    assert_no_panic(&run);

    let elsewhere = temp.path().join("x.pdf");
    let missing = "01890000-0000-7000-8000-000000000000";
    let run = with_pass(
        &vault,
        &[
            "export",
            "case-summary",
            "--case",
            missing,
            "--out",
            elsewhere.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 5, "{run:?}");
    assert!(!elsewhere.exists());
    let run = with_pass(
        &vault,
        &[
            "export",
            "case-summary",
            "--case",
            "geen-id",
            "--out",
            elsewhere.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 6, "{run:?}");
    let run = with_pass(&vault, &["export", "case-summary", "--case", &case]);
    assert_eq!(run.code, 2, "{run:?}");
}

mod hearing_summary {
    //! `ibis-cli export hearing-summary`: the child's "Wat jij hebt verteld" from a hoorgesprek.
    //! No subcommand records a hoorgesprek, so the test puts one into the CLI-made vault
    //! through ibis-core (unlocked with the same passphrase), then runs the binary.

    use super::super::{PASS, add_pupil, assert_no_panic, created, with_pass};
    use super::pdftotext;
    use ibis_core::clock::{Clock, SystemClock};
    use ibis_core::domain::hearing::{
        AgeBand, HearingAnswer, HearingData, HearingMethod, HearingMoment, HearingSetting,
        SchoolResponse, Wish,
    };
    use ibis_core::usecases::{audit, hearings, vault};
    use serde_json::Value;
    use std::path::Path;

    const WORDS: &str = "Ik vind rekenen leuk 😀\nmaar lezen is moeilijk — ĳs, Ελληνικά";

    /// Saves a hoorgesprek held today for `pupil`; returns its id.
    fn record_hearing(vault_dir: &Path, pupil: &str) -> String {
        let clock = SystemClock::new();
        let mut store = vault::unlock(vault_dir, &clock, PASS, &[]).unwrap();
        let template = ibis_core::template::Template::landelijk().unwrap();
        let hearing = HearingData {
            held_on: clock.today().format("%Y-%m-%d").to_string(),
            moment: HearingMoment::Opstellen,
            spoke_with: "meester Bas".into(),
            setting: HearingSetting::Alone,
            method: HearingMethod::Gesprek,
            method_note: None,
            age_band: AgeBand::Groep5To8,
            answers: vec![HearingAnswer {
                question: "Wat gaat goed?".into(),
                words: WORDS.into(),
                scale: None,
            }],
            wishes: vec![Wish {
                words: "Een eigen tablet".into(),
                response: Some(SchoolResponse::Niet),
                reason: Some("er zijn te weinig tablets".into()),
            }],
            child_goals: vec!["Ik ken de tafels".into()],
            feedback_on: None,
            feedback_how: None,
        };
        let request = hearings::SaveHearingRequest {
            id: None,
            pupil_id: pupil.into(),
            case_id: None,
            hearing,
        };
        let id = hearings::save(&mut store, &clock, &template, request)
            .unwrap()
            .id;
        store.close().unwrap();
        id
    }

    /// The audit rows of the vault as (action, entity id); unlocking adds its own row.
    fn audited(vault_dir: &Path) -> Vec<(String, Option<String>)> {
        let store = vault::unlock(vault_dir, &SystemClock::new(), PASS, &[]).unwrap();
        let rows = audit::entries(&store).unwrap();
        store.close().unwrap();
        rows.into_iter().map(|r| (r.action, r.entity_id)).collect()
    }

    #[test]
    fn export_hearing_summary_writes_the_childs_sheet_and_audits_it() {
        let (temp, vault_dir, _key) = created();
        let run = add_pupil(&vault_dir, "Anaïs", "van 't Hoff", "2015-06-01", "po", "6");
        assert_eq!(run.code, 0, "{run:?}");
        let hearing = record_hearing(&vault_dir, run.stdout.trim());
        let out = temp.path().join("verteld.pdf");
        let run = with_pass(
            &vault_dir,
            &[
                "export",
                "hearing-summary",
                "--hearing",
                &hearing,
                "--out",
                out.to_str().unwrap(),
                "--json",
            ],
        );
        assert_eq!(run.code, 0, "{run:?}");
        let file: Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(file["fileName"], "verteld.pdf");
        let text = pdftotext(&out);
        for expected in [
            "Wat jij hebt verteld",
            "Voor Anaïs",
            WORDS,
            "Dat gaan we niet doen.",
            "Waarom niet: er zijn te weinig tablets",
            "Hier mag je tekenen",
        ] {
            assert!(text.contains(expected), "{expected} missing:\n{text}");
        }
        assert!(!text.contains("van 't Hoff"), "first name only:\n{text}");
        let exports: Vec<_> = audited(&vault_dir)
            .into_iter()
            .filter(|(action, _)| action == "export.hearing_summary")
            .collect();
        assert_eq!(
            exports,
            vec![("export.hearing_summary".to_owned(), Some(hearing.clone()))]
        );

        let run = with_pass(
            &vault_dir,
            &[
                "export",
                "hearing-summary",
                "--hearing",
                &hearing,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(run.code, 0, "{run:?}");
        assert!(run.stderr.contains("niet versleuteld"), "{run:?}");
    }

    #[test]
    fn export_hearing_summary_of_an_unknown_hearing_fails_in_dutch_and_writes_nothing() {
        let (temp, vault_dir, _key) = created();
        let out = temp.path().join("x.pdf");
        let missing = "01890000-0000-7000-8000-000000000000";
        let run = with_pass(
            &vault_dir,
            &[
                "export",
                "hearing-summary",
                "--hearing",
                missing,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(run.code, 5, "{run:?}");
        assert!(run.stderr.contains("Niet gevonden"), "{run:?}");
        assert!(!out.exists());
        assert_no_panic(&run);
        let run = with_pass(
            &vault_dir,
            &[
                "export",
                "hearing-summary",
                "--hearing",
                "geen-id",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(run.code, 6, "{run:?}");
        assert!(!out.exists());
    }
}
