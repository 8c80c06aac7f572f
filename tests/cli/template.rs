//! `ibis-cli template check|import|activate|list` (issue 11 item 6, and its acceptance):
//! importing the example template of the fictitious SWV De Lindeboom changes the step labels of
//! a new casus, the TLV checklist and the contacts without a code change, while an existing
//! casus keeps the landelijk labels; a broken file is refused (exit 6) with line and field.

use super::{assert_no_panic, created, with_pass};
use ibis_tests::cli;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/templates/voorbeeld-swv-lindeboom.toml")
}

fn json(run: &ibis_tests::Run) -> Value {
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

/// Every TLV checklist label of the pupils' TLVs.
fn checklist_labels(vault: &Path) -> Vec<String> {
    let pupils = json(&with_pass(vault, &["pupil", "list", "--json"]));
    let mut labels = Vec::new();
    for pupil in pupils.as_array().unwrap() {
        let id = pupil["id"].as_str().unwrap();
        let page = json(&with_pass(vault, &["tlv", "show", "--pupil", id, "--json"]));
        for tlv in page["tlvs"].as_array().unwrap() {
            for line in tlv["checklist"].as_array().unwrap() {
                labels.push(line["label"].as_str().unwrap().to_owned());
            }
        }
    }
    labels
}

#[test]
fn check_needs_no_vault_and_names_line_and_field_of_a_broken_file() {
    let temp = tempfile::tempdir().unwrap();
    let nowhere = temp.path().join("geen-kluis");
    let run = cli(
        &nowhere,
        &[],
        &["template", "check", example().to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("Samenwerkingsverband De Lindeboom (fictief voorbeeld)")
    );
    assert!(
        run.stdout.contains("Ouderadviseur van De Lindeboom"),
        "{run:?}"
    );

    let text = std::fs::read_to_string(example()).unwrap();
    let broken = temp.path().join("kapot.toml");
    std::fs::write(
        &broken,
        text.replace("clock = \"gpo\"", "clock = \"geschil\""),
    )
    .unwrap();
    let run = cli(
        &nowhere,
        &[],
        &["template", "check", broken.to_str().unwrap()],
    );
    assert_no_panic(&run);
    assert_eq!(run.code, 6, "{run:?}");
    let line = text
        .lines()
        .position(|l| l == "clock = \"gpo\"")
        .map(|index| index + 1)
        .unwrap();
    assert!(
        run.stderr.contains(&format!(
            "regel {line}, veld ‘escalation.steps[8].clock’: onbekende waarde ‘geschil’"
        )),
        "{run:?}"
    );
    assert!(run.stdout.is_empty());

    std::fs::write(
        &broken,
        text.replace("label = \"Analyseren\"", "label = \"\""),
    )
    .unwrap();
    let run = cli(
        &nowhere,
        &[],
        &["template", "check", broken.to_str().unwrap()],
    );
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("veld ‘steps[2].label’"), "{run:?}");
}

#[test]
fn importing_the_example_changes_new_casussen_checklist_and_contacts_not_old_casussen() {
    let (temp, vault, _key) = created();
    let run = with_pass(&vault, &["demo", "--pupils", "30", "--seed", "3"]);
    assert_eq!(run.code, 0, "{run:?}");
    let before = checklist_labels(&vault);
    assert!(
        before.contains(&"Zienswijze van de ouders".to_owned()),
        "{before:?}"
    );
    let cases = json(&with_pass(&vault, &["case", "list", "--json"]));
    let old_case = cases[0]["id"].as_str().unwrap().to_owned();
    let pupil = cases[0]["pupilId"].as_str().unwrap().to_owned();

    let run = with_pass(
        &vault,
        &[
            "template",
            "import",
            example().to_str().unwrap(),
            "--activate",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("actief"), "{run:?}");
    // Importing the same file again changes nothing.
    let run = with_pass(&vault, &["template", "import", example().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");

    let list = json(&with_pass(&vault, &["template", "list", "--json"]));
    let templates = list["templates"].as_array().unwrap();
    assert_eq!(templates.len(), 2, "{list}");
    assert_eq!(templates[0]["summary"]["id"], "landelijk");
    assert_eq!(templates[0]["builtin"], true);
    assert_eq!(templates[0]["active"], false);
    assert!(templates[0]["cases"].as_u64().unwrap() > 0);
    let lindeboom = &templates[1];
    assert_eq!(lindeboom["active"], true);
    assert_eq!(lindeboom["cases"], 0);
    let contacts = lindeboom["summary"]["contacts"].to_string();
    assert!(
        contacts.contains("Ouderadviseur van De Lindeboom (fictief)"),
        "{contacts}"
    );
    assert!(
        !templates[0]["summary"]["contacts"]
            .to_string()
            .contains("Lindeboom")
    );

    // A new casus uses the active template; the old one keeps landelijk.
    let run = with_pass(
        &vault,
        &["case", "open", "--pupil", &pupil, "--title", "Nieuwe casus"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let new_case = run.stdout.trim().to_owned();
    let shown = with_pass(&vault, &["case", "show", "--case", &new_case]);
    assert_eq!(shown.code, 0, "{shown:?}");
    assert!(
        shown.stdout.contains("sjabloon: swv-lindeboom v1"),
        "{shown:?}"
    );
    assert!(shown.stdout.contains("(Analyseren)"), "{shown:?}");
    assert!(shown.stdout.contains("(Plan van aanpak)"), "{shown:?}");
    let old = with_pass(&vault, &["case", "show", "--case", &old_case]);
    assert!(old.stdout.contains("sjabloon: landelijk v1"), "{old:?}");
    assert!(old.stdout.contains("(Begrijpen)"), "{old:?}");
    assert!(!old.stdout.contains("Analyseren"), "{old:?}");

    // The TLV checklist is the active template's.
    let after = checklist_labels(&vault);
    assert!(
        after.contains(&"Groeidocument De Lindeboom, volledig ingevuld".to_owned()),
        "{after:?}"
    );
    assert!(!after.contains(&"Zienswijze van de ouders".to_owned()));

    // "Waar kunt u terecht?" lists the active template's contact points and ladder.
    let sheet = temp.path().join("waar-kunt-u-terecht.pdf");
    let run = with_pass(
        &vault,
        &[
            "export",
            "where-to-go",
            "--pupil",
            &pupil,
            "--out",
            sheet.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let text = super::where_to_go::pdftotext(&sheet)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("Ouderadviseur van De Lindeboom (fictief)"),
        "{text}"
    );
    assert!(text.contains("De Lindeboom"), "{text}");
    assert!(
        !text.contains("Ouder- en jeugdsteunpunt van het samenwerkingsverband"),
        "{text}"
    );

    // Back to landelijk: new casussen get it again.
    let run = with_pass(&vault, &["template", "activate", "landelijk"]);
    assert_eq!(run.code, 0, "{run:?}");
    let list = json(&with_pass(&vault, &["template", "list", "--json"]));
    assert_eq!(list["templates"][0]["active"], true);
    assert_eq!(list["templates"][1]["cases"], 1);
    let run = with_pass(&vault, &["template", "activate", "swv-elders"]);
    assert_no_panic(&run);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("swv-elders"), "{run:?}");
}

#[test]
fn a_changed_file_under_the_same_version_is_refused() {
    let (temp, vault, _key) = created();
    let run = with_pass(&vault, &["template", "import", example().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    let changed = temp.path().join("gewijzigd.toml");
    let text = std::fs::read_to_string(example()).unwrap();
    std::fs::write(&changed, text.replace("Plan van aanpak", "Plan")).unwrap();
    let run = with_pass(&vault, &["template", "import", changed.to_str().unwrap()]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("veld ‘version’"), "{run:?}");
    assert!(run.stderr.contains("verhoog ‘version’"), "{run:?}");
}
