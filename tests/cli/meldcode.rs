//! The meldcode is kept apart (issue 11, item 5 and its canary acceptance), as an administrator
//! sees it: the CLI has no command that prints a meldcode route, and the demo's route (its
//! texts marked "fictief voorbeeld") appears in no output of any CLI command — stdout, stderr or
//! a written file (PDFs read back with pdftotext) — nor in any file beside the vault.
//!
//! To add an export (the lead: `export where-to-go --pupil ID --out FILE`): add a line to
//! [`runs`]; its `--out` file is read back like the others.

use super::{created, with_pass};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Words only the demo's meldcode route holds (see `usecases/demo/meldcode.rs`).
const MARKERS: &[&str] = &["fictief voorbeeld", "bovenarm", "Afwegingskader doorlopen"];

/// The ids of the demo pupil whose file has everything (and the meldcode route).
struct Demo {
    pupil: String,
    case: String,
    hearing: String,
    established_version: String,
}

/// Every CLI run over that pupil: (name, arguments, file it writes). One place to extend.
fn runs(demo: &Demo, out: &Path) -> Vec<(&'static str, Vec<String>, Option<PathBuf>)> {
    let file = |name: &str| out.join(name);
    let pupil = demo.pupil.as_str();
    let mut all: Vec<(&'static str, Vec<&str>, Option<PathBuf>)> = vec![
        ("pupil list", vec!["pupil", "list"], None),
        (
            "pupil list --json",
            vec!["pupil", "list", "--archived", "--json"],
            None,
        ),
        (
            "case list",
            vec!["case", "list", "--pupil", pupil, "--json"],
            None,
        ),
        (
            "case show",
            vec!["case", "show", "--case", &demo.case],
            None,
        ),
        (
            "case show --json",
            vec!["case", "show", "--case", &demo.case, "--json"],
            None,
        ),
        (
            "hearing list",
            vec!["hearing", "list", "--pupil", pupil, "--json"],
            None,
        ),
        (
            "hearing show",
            vec!["hearing", "show", "--hearing", &demo.hearing, "--json"],
            None,
        ),
        ("opp show", vec!["opp", "show", "--pupil", pupil], None),
        (
            "opp show --json",
            vec!["opp", "show", "--pupil", pupil, "--json"],
            None,
        ),
        (
            "tlv show",
            vec!["tlv", "show", "--pupil", pupil, "--json"],
            None,
        ),
        (
            "attachment list",
            vec!["attachment", "list", "--pupil", pupil, "--json"],
            None,
        ),
        (
            "absence list",
            vec!["absence", "list", "--pupil", pupil, "--json"],
            None,
        ),
        ("enrolment list", vec!["enrolment", "list", "--json"], None),
        ("today", vec!["today", "--names"], None),
        ("today --json", vec!["today", "--names", "--json"], None),
        ("vault check", vec!["vault", "check", "--json"], None),
    ];
    let written: Vec<(&'static str, Vec<&str>, &str)> = vec![
        ("today --ics", vec!["today", "--ics"], "agenda.ics"),
        (
            "export case-summary",
            vec!["export", "case-summary", "--case", &demo.case, "--out"],
            "casus.pdf",
        ),
        (
            "export hearing-summary",
            vec![
                "export",
                "hearing-summary",
                "--hearing",
                &demo.hearing,
                "--out",
            ],
            "hoorgesprek.pdf",
        ),
        (
            "export opp",
            vec![
                "export",
                "opp",
                "--pupil",
                pupil,
                "--version",
                &demo.established_version,
                "--out",
            ],
            "opp.pdf",
        ),
        (
            "export opp (newest)",
            vec!["export", "opp", "--pupil", pupil, "--out"],
            "opp-nieuwste.pdf",
        ),
        (
            "export parent-sheet",
            vec![
                "export",
                "parent-sheet",
                "--pupil",
                pupil,
                "--version",
                &demo.established_version,
                "--out",
            ],
            "ouderblad.pdf",
        ),
        (
            "export tlv-dossier",
            vec!["export", "tlv-dossier", "--pupil", pupil, "--out"],
            "tlv-dossier.pdf",
        ),
        (
            "export where-to-go",
            vec!["export", "where-to-go", "--pupil", pupil, "--out"],
            "waar-kunt-u-terecht.pdf",
        ),
    ];
    let mut runs: Vec<(&'static str, Vec<String>, Option<PathBuf>)> = all
        .drain(..)
        .map(|(name, args, path)| (name, args.iter().map(|a| (*a).to_owned()).collect(), path))
        .collect();
    for (name, args, file_name) in written {
        let path = file(file_name);
        let mut args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        args.push(path.display().to_string());
        runs.push((name, args, Some(path)));
    }
    runs
}

fn json(run: &ibis_tests::Run) -> Value {
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

/// Letters and digits only, lower case: a phrase split over a line still matches.
fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn leaked(text: &str) -> Option<&'static str> {
    let text = folded(text);
    MARKERS
        .iter()
        .copied()
        .find(|marker| text.contains(&folded(marker)))
}

fn text_of(path: &Path) -> String {
    let raw = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
    if path.extension().is_some_and(|ext| ext == "pdf") {
        let output = Command::new("pdftotext")
            .arg(path)
            .arg("-")
            .output()
            .unwrap();
        assert!(output.status.success(), "pdftotext {}", path.display());
        return format!("{}\n{raw}", String::from_utf8_lossy(&output.stdout));
    }
    raw
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for item in std::fs::read_dir(dir).unwrap().flatten() {
        let path = item.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn the_demo_meldcode_route_reaches_no_cli_output_and_no_file() {
    let (temp, vault, _key) = created();
    let demo_run = with_pass(&vault, &["demo", "--pupils", "30", "--seed", "3", "--json"]);
    let report = json(&demo_run);
    assert_eq!(report["meldcodeRoutes"], 1, "{report}");
    assert_eq!(leaked(&demo_run.stdout), None);

    // The pupil with the granted TLV (its bezwaar termijn is on Vandaag) holds the route.
    let today = json(&with_pass(&vault, &["today", "--json"]));
    let pupil = today["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["kind"] == "tlv_objection_deadline")
        .and_then(|item| item["pupilId"].as_str())
        .expect("the granted TLV on Vandaag")
        .to_owned();
    let cases = json(&with_pass(
        &vault,
        &["case", "list", "--pupil", &pupil, "--json"],
    ));
    let hearings = json(&with_pass(
        &vault,
        &["hearing", "list", "--pupil", &pupil, "--json"],
    ));
    let opp = json(&with_pass(
        &vault,
        &["opp", "show", "--pupil", &pupil, "--json"],
    ));
    let established = opp["opp"]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|version| version["status"] == "established")
        .expect("a vastgestelde OPP version");
    let demo = Demo {
        case: cases[0]["id"]
            .as_str()
            .or(cases["cases"][0]["id"].as_str())
            .expect("a casus")
            .to_owned(),
        hearing: hearings["hearings"][0]["id"]
            .as_str()
            .expect("a hoorgesprek")
            .to_owned(),
        established_version: established["number"].to_string(),
        pupil,
    };

    let out = temp.path().join("uitvoer");
    std::fs::create_dir_all(&out).unwrap();
    let mut leaks = Vec::new();
    for (name, args, written) in runs(&demo, &out) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = with_pass(&vault, &args);
        assert_eq!(run.code, 0, "{name}: {run:?}");
        assert!(
            !run.stdout.trim().is_empty() || written.is_some(),
            "{name} printed nothing"
        );
        if let Some(marker) = leaked(&format!("{}\n{}", run.stdout, run.stderr)) {
            leaks.push(format!("{name} printed ‘{marker}’"));
        }
        if let Some(path) = written
            && let Some(marker) = leaked(&text_of(&path))
        {
            leaks.push(format!("{name} wrote ‘{marker}’ to {}", path.display()));
        }
    }
    // Every file beside the vault's own encrypted files.
    let vault_files = ["ibis.db", "keyslots.json", "attachments.db"];
    for path in files_under(temp.path()) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.starts_with(&vault) && vault_files.iter().any(|file| name.starts_with(file)) {
            continue;
        }
        if let Some(marker) = leaked(&text_of(&path)) {
            leaks.push(format!("‘{marker}’ in {}", path.display()));
        }
    }
    assert!(leaks.is_empty(), "meldcode text leaked: {leaks:#?}");

    // No CLI command prints a meldcode route.
    let help = with_pass(&vault, &["--help"]);
    assert!(!help.stdout.to_lowercase().contains("meldcode"), "{help:?}");
    let refused = with_pass(&vault, &["meldcode", "show", "--pupil", &demo.pupil]);
    assert_eq!(refused.code, 2, "{refused:?}");
}
