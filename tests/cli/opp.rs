//! `ibis-cli opp show` and the OPP clock in `today --on DATE --json` (issue 9 item 12): the demo
//! gives four pupils an OPP (po, sbo, vo and so where the demo has them); the one still not
//! vastgesteld seven weeks after its clock start is listed on the day after its deadline and not
//! on the deadline itself.

use super::{created, with_pass};
use serde_json::Value;

fn json(vault: &std::path::Path, args: &[&str]) -> Value {
    let run = with_pass(vault, args);
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

/// The OPP page (`opp show --json`) of every pupil with a running OPP. Vandaag near the end of
/// the next schooljaar lists them all (the yearly evaluation, or the six weeks long past), so one
/// `today` call finds them without unlocking the vault once per pupil.
fn opp_pages(vault: &std::path::Path) -> Vec<Value> {
    let board = json(vault, &["today", "--on", "2028-07-15", "--json"]);
    let mut pupils: Vec<&str> = board["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"].as_str().unwrap().starts_with("opp_"))
        .map(|i| i["pupilId"].as_str().unwrap())
        .collect();
    pupils.sort_unstable();
    pupils.dedup();
    pupils
        .into_iter()
        .map(|id| json(vault, &["opp", "show", "--pupil", id, "--json"]))
        .filter(|page| !page["opp"].is_null())
        .collect()
}

#[test]
fn the_demo_covers_the_four_opp_situations_and_the_six_week_clock() {
    let (_temp, vault, _key) = created();
    let run = with_pass(&vault, &["demo", "--pupils", "60", "--seed", "1"]);
    assert_eq!(run.code, 0, "{run:?}");
    let pages = opp_pages(&vault);
    assert_eq!(pages.len(), 4, "four demo OPPs");
    let mut types: Vec<&str> = pages
        .iter()
        .map(|p| p["educationType"].as_str().unwrap())
        .collect();
    types.sort_unstable();
    assert_eq!(types, ["po", "sbo", "so", "vo"]);
    let mut situations: Vec<Vec<(&str, &str)>> = pages.iter().map(statuses).collect();
    situations.sort();
    assert_eq!(
        situations,
        [
            vec![("draft", "concept")],
            vec![("established", "ingestemd")],
            vec![("established", "ingestemd"), ("draft", "concept")],
            vec![("established", "niet_ingestemd")],
        ]
    );

    // The overdue one: its deadline is six weeks after its clock start.
    let overdue = pages
        .iter()
        .find(|p| {
            p["opp"]["versions"].as_array().unwrap().len() == 1 && p["opp"]["rodBegin"].is_null()
        })
        .unwrap();
    let pupil_id = overdue["pupilId"].as_str().unwrap();
    let deadline = overdue["opp"]["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "establish")
        .unwrap()["dueDate"]
        .as_str()
        .unwrap()
        .to_owned();
    let listed_on = |day: &str| {
        json(&vault, &["today", "--on", day, "--json"])["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "opp_not_established" && i["pupilId"] == pupil_id)
            .cloned()
            .collect::<Vec<Value>>()
    };
    let day_after = next_day(&deadline);
    assert!(
        listed_on(&deadline).is_empty(),
        "not on the deadline itself"
    );
    let items = listed_on(&day_after);
    assert_eq!(items.len(), 1, "on the day after the deadline");
    assert_eq!(items[0]["dueDate"], deadline.as_str());
    assert_eq!(items[0]["daysLate"], 1);
    assert!(
        items[0]["source"]
            .as_str()
            .unwrap()
            .contains("WPO art. 40a lid 2")
    );

    // The OPP with a newer draft: the diff between versions 1 and 2 names the changed sections.
    let bijgesteld = pages
        .iter()
        .find(|p| p["opp"]["versions"].as_array().unwrap().len() == 2)
        .unwrap();
    let id = bijgesteld["pupilId"].as_str().unwrap();
    let diff = json(
        &vault,
        &[
            "opp", "diff", "--pupil", id, "--from", "1", "--to", "2", "--json",
        ],
    );
    let titles: Vec<&str> = diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Doelen", "Ondersteuning en begeleiding"], "{diff}");
    let run = with_pass(
        &vault,
        &["opp", "diff", "--pupil", id, "--from", "1", "--to", "2"],
    );
    assert!(run.stdout.contains("+ nieuw:"), "{}", run.stdout);

    // Its printed draft says CONCEPT on every page; every guardian with gezag signs by name,
    // and the school signs.
    let pdf = vault.parent().unwrap().join("opp.pdf");
    let run = with_pass(
        &vault,
        &[
            "export",
            "opp",
            "--pupil",
            id,
            "--out",
            pdf.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let pages: u64 = serde_json::from_str::<Value>(&run.stdout).unwrap()["pages"]
        .as_u64()
        .unwrap();
    for page in 1..=pages {
        let text = pdftotext(&pdf, Some(page));
        assert!(
            text.contains("CONCEPT"),
            "page {page} of the draft:\n{text}"
        );
    }
    let text = pdftotext(&pdf, None);
    let signers: Vec<&str> = bijgesteld["guardians"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["hasAuthority"] == true)
        .map(|g| g["name"].as_str().unwrap().split(" (").next().unwrap())
        .collect();
    assert!(!signers.is_empty());
    for name in &signers {
        assert!(
            text.matches(name).count() >= 2,
            "{name} signs both parts:\n{text}"
        );
    }
    assert!(text.contains("Intern begeleider"), "{text}");
    assert!(
        text.contains("Handelingsdeel — ouders gaan akkoord"),
        "{text}"
    );

    // The ouderblad speaks to the parents.
    let sheet = vault.parent().unwrap().join("ouderblad.pdf");
    let run = with_pass(
        &vault,
        &[
            "export",
            "parent-sheet",
            "--pupil",
            id,
            "--out",
            sheet.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(pdftotext(&sheet, None).contains("Wat staat er in het OPP van"));

    // The text form names the parts and their agreement.
    let run = with_pass(&vault, &["opp", "show", "--pupil", pupil_id]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("termijn vaststellen: uiterlijk"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("handelingsdeel (instemming)"),
        "{}",
        run.stdout
    );
}

/// Each version's (status, instemming status).
fn statuses(page: &Value) -> Vec<(&str, &str)> {
    page["opp"]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["status"].as_str().unwrap(),
                v["consent"]["status"].as_str().unwrap(),
            )
        })
        .collect()
}

/// The text of a PDF (one page, or all), read back with pdftotext.
fn pdftotext(pdf: &std::path::Path, page: Option<u64>) -> String {
    let mut command = std::process::Command::new("pdftotext");
    command.args(["-enc", "UTF-8"]);
    if let Some(page) = page {
        command.args(["-f", &page.to_string(), "-l", &page.to_string()]);
    }
    let out = command.arg(pdf).arg("-").output().expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn next_day(iso: &str) -> String {
    let date = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap();
    (date + chrono::Days::new(1)).format("%Y-%m-%d").to_string()
}
