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
    //! `ibis-cli export hearing-summary`: the child's "Wat jij hebt verteld" from a hoorgesprek
    //! that `demo` recorded (found with `hearing list`), as an administrator runs it.

    use super::super::{assert_no_panic, created, with_pass};
    use super::pdftotext;
    use serde_json::Value;
    use std::path::Path;

    fn json(vault_dir: &Path, args: &[&str]) -> Value {
        let run = with_pass(vault_dir, args);
        assert_eq!(run.code, 0, "{run:?}");
        serde_json::from_str(&run.stdout).unwrap()
    }

    /// A demo hoorgesprek in which the school does not take over a wish, with its pupil.
    fn demo_hearing_with_a_refusal(vault_dir: &Path) -> (Value, Value) {
        json(
            vault_dir,
            &["demo", "--pupils", "40", "--seed", "5", "--json"],
        );
        let pupils = json(vault_dir, &["pupil", "list", "--json"]);
        for pupil in pupils.as_array().unwrap() {
            let id = pupil["id"].as_str().unwrap();
            let page = json(vault_dir, &["hearing", "list", "--pupil", id, "--json"]);
            for hearing in page["hearings"].as_array().unwrap() {
                let refused = hearing["hearing"]["wishes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|w| w["response"] == "niet");
                if refused {
                    return (hearing.clone(), pupil.clone());
                }
            }
        }
        panic!("the demo has a hoorgesprek with a wish not taken over");
    }

    /// How many audit rows the vault holds, as `vault check` reports them (the core's export
    /// suite checks the row's action and hearing id).
    fn audit_rows(vault_dir: &Path) -> i64 {
        json(vault_dir, &["vault", "check", "--json"])["auditEvents"]
            .as_i64()
            .unwrap()
    }

    #[test]
    fn export_hearing_summary_writes_the_childs_sheet_and_audits_it() {
        let (temp, vault_dir, _key) = created();
        let (hearing, pupil) = demo_hearing_with_a_refusal(&vault_dir);
        let id = hearing["id"].as_str().unwrap();
        let out = temp.path().join("verteld.pdf");
        let before = audit_rows(&vault_dir);
        let file = json(
            &vault_dir,
            &[
                "export",
                "hearing-summary",
                "--hearing",
                id,
                "--out",
                out.to_str().unwrap(),
                "--json",
            ],
        );
        // The export's unlock and export rows, and the check's own unlock.
        assert_eq!(audit_rows(&vault_dir), before + 3);
        assert_eq!(file["fileName"], "verteld.pdf");
        let text = pdftotext(&out);
        let first_name = pupil["firstName"].as_str().unwrap();
        for expected in [
            "Wat jij hebt verteld",
            &format!("Voor {first_name}"),
            "Dat gaan we niet doen.",
            "Waarom niet:",
            "Hier mag je tekenen",
        ] {
            assert!(text.contains(expected), "{expected} missing:\n{text}");
        }
        let first_answer = hearing["hearing"]["answers"][0]["words"].as_str().unwrap();
        assert!(
            text.contains(first_answer),
            "{first_answer} missing:\n{text}"
        );
        let last_name = pupil["lastName"].as_str().unwrap();
        assert!(!text.contains(last_name), "first name only:\n{text}");

        let run = with_pass(
            &vault_dir,
            &[
                "export",
                "hearing-summary",
                "--hearing",
                id,
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
