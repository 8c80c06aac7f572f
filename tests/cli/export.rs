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
