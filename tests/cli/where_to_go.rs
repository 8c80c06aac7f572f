//! `ibis-cli export where-to-go` (issue 11 items 4 and 7): the parents' sheet "Waar kunt u
//! terecht?" read back with pdftotext — one page, the template's step texts and contact points
//! on it, never Veilig Thuis — and an audit row for the export.

use super::{add_pupil, assert_no_panic, created, with_pass};
use serde_json::Value;
use std::path::Path;

pub(crate) fn pdftotext(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (make setup)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The step texts (`plain`) and the contact points' names of the shipped template, read from
/// its file: the sheet must carry what the template says.
fn landelijk() -> (Vec<String>, Vec<String>, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/templates/landelijk.toml");
    let text = std::fs::read_to_string(path).unwrap();
    let value = |line: &str, key: &str| {
        line.strip_prefix(key)
            .map(|rest| rest.trim_matches('"').to_owned())
    };
    let (mut plains, mut names, mut swv) = (Vec::new(), Vec::new(), String::new());
    let mut table = "";
    for line in text.lines() {
        if line.starts_with('[') {
            table = line;
        } else if let Some(plain) = value(line, "plain = ") {
            plains.push(plain);
        } else if let Some(name) = value(line, "name = ") {
            match table {
                "[[contacts]]" => names.push(name),
                "[swv]" => swv = name,
                _ => {}
            }
        }
    }
    (plains, names, swv)
}

fn audit_rows(vault: &Path) -> i64 {
    let run = with_pass(vault, &["vault", "check", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let check: Value = serde_json::from_str(&run.stdout).unwrap();
    check["auditEvents"].as_i64().unwrap()
}

#[test]
fn export_where_to_go_writes_one_page_with_the_templates_steps_and_contacts() {
    let (temp, vault, _key) = created();
    let run = add_pupil(&vault, "Anaïs", "van 't Hoff", "2015-06-01", "po", "6");
    assert_eq!(run.code, 0, "{run:?}");
    let pupil = run.stdout.trim().to_owned();
    let before = audit_rows(&vault);
    let out = temp.path().join("waar.pdf");
    let run = with_pass(
        &vault,
        &[
            "export",
            "where-to-go",
            "--pupil",
            &pupil,
            "--out",
            out.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let file: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(file["fileName"], "waar.pdf");
    assert_eq!(file["pages"], 1);
    // The export's unlock and export rows, and the check's own unlock.
    assert_eq!(audit_rows(&vault), before + 3, "the export is audited");

    let text = pdftotext(&out);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Pagina 1 van 1"), "{flat}");
    assert!(flat.contains("Waar kunt u terecht?"), "{flat}");
    assert!(flat.contains("Voor de ouders van Anaïs"), "{flat}");
    let (plains, names, swv) = landelijk();
    assert_eq!(plains.len(), 9, "the landelijk ladder");
    assert_eq!(names.len(), 6, "the landelijk contact points");
    for (number, plain) in plains.iter().enumerate() {
        // The start of the text: the sheet writes abbreviations out further on.
        let start: String = plain.chars().take(30).collect();
        assert!(
            flat.contains(&format!("{}. {start}", number + 1)),
            "step {} missing:\n{flat}",
            number + 1
        );
    }
    for name in &names {
        let start: String = name.chars().take(25).collect();
        assert!(flat.contains(&start), "contact ‘{name}’ missing:\n{flat}");
    }
    assert!(flat.contains(&swv), "{flat}");
    let lower = flat.to_lowercase();
    for forbidden in ["veilig thuis", "meldcode"] {
        assert!(!lower.contains(forbidden), "‘{forbidden}’ on the sheet");
    }

    // An unknown pupil: not found, no file, no audit row.
    let missing = temp.path().join("niet.pdf");
    let run = with_pass(
        &vault,
        &[
            "export",
            "where-to-go",
            "--pupil",
            "0190b5a0-0000-7000-8000-000000000000",
            "--out",
            missing.to_str().unwrap(),
        ],
    );
    assert_no_panic(&run);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(!missing.exists());
    // Only the two unlocks: no export row.
    assert_eq!(audit_rows(&vault), before + 5);
}
