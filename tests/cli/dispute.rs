//! `ibis-cli dispute list` and the geschillen's clocks in `today --on DATE --json` (issue 11): on
//! a demo vault, as an administrator runs them. The demo's OPP geschil stands at the
//! Geschillencommissie Passend Onderwijs; its six-week termijn is on the list on the day before
//! and on the last day, with the right date, rule and source, and gone the day after. The other
//! geschil was resolved at school and is closed.

use super::{created, with_pass};
use chrono::{Datelike, Days, NaiveDate};
use serde_json::Value;

fn json(run: &ibis_tests::Run) -> Value {
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

/// The geschil items of `pupil` on `day`: (kind, due date, rule, source).
fn items_on(
    vault: &std::path::Path,
    day: &str,
    pupil: &str,
) -> Vec<(String, String, String, String)> {
    let today = json(&with_pass(vault, &["today", "--on", day, "--json"]));
    today["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["pupilId"] == pupil)
        .filter(|i| {
            i["kind"]
                .as_str()
                .is_some_and(|k| k.starts_with("escalation_"))
        })
        .map(|i| {
            let text = |key: &str| i[key].as_str().unwrap().to_owned();
            (text("kind"), text("dueDate"), text("rule"), text("source"))
        })
        .collect()
}

fn shift(iso: &str, days: i64) -> String {
    let day: NaiveDate = iso.parse().unwrap();
    if days >= 0 {
        (day + Days::new(days.unsigned_abs())).to_string()
    } else {
        (day - Days::new(days.unsigned_abs())).to_string()
    }
}

#[test]
fn the_demo_geschillen_and_the_gpo_termijn_on_its_days() {
    let (temp, vault, _key) = created();
    let report = json(&with_pass(
        &vault,
        &["demo", "--pupils", "30", "--seed", "3", "--json"],
    ));
    assert_eq!(report["escalations"], 2, "{report}");
    let today = json(&with_pass(&vault, &["today", "--json"]));
    let item = today["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "escalation_gpo_deadline")
        .unwrap_or_else(|| panic!("no GPO termijn on today's list: {today}"))
        .clone();
    let pupil = item["pupilId"].as_str().unwrap().to_owned();

    // The geschil: about the OPP, at the GPO step, its termijn running to the item's date.
    let page = json(&with_pass(
        &vault,
        &["dispute", "list", "--pupil", &pupil, "--json"],
    ));
    let dispute = page["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["escalation"]["subject"] == "opp")
        .unwrap_or_else(|| panic!("no OPP geschil: {page}"));
    assert_eq!(dispute["currentStep"], "geschillencommissie", "{dispute}");
    assert_eq!(dispute["open"], true);
    let gpo = dispute["clocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clock"] == "gpo")
        .unwrap();
    assert_eq!(gpo["running"], true);
    let due = gpo["date"].as_str().unwrap().to_owned();
    assert_eq!(item["dueDate"], due.as_str());
    // Six weeks after the decision date (moved past a weekend or feestdag at most a few days).
    let decided = dispute["escalation"]["decisionOn"].as_str().unwrap();
    let six_weeks = shift(decided, 42);
    assert!(
        due >= six_weeks && due <= shift(&six_weeks, 4),
        "{decided} → {due}"
    );

    // The day before, the last day, the day after.
    for day in [shift(&due, -1), due.clone()] {
        let items = items_on(&vault, &day, &pupil);
        assert_eq!(items.len(), 1, "{day}: {items:?}");
        let (kind, due_date, rule, source) = &items[0];
        assert_eq!(kind, "escalation_gpo_deadline");
        assert_eq!(due_date, &due);
        assert!(rule.contains("zes weken"), "{rule}");
        assert!(source.contains("onderwijsgeschillen.nl"), "{source}");
    }
    assert!(
        items_on(&vault, &shift(&due, 1), &pupil).is_empty(),
        "the termijn is over the day after"
    );

    // "Waar kunt u terecht?" for this geschil: its step, its termijn with the date, the
    // contact points of its template.
    let sheet = temp.path().join("waar-kunt-u-terecht-geschil.pdf");
    let dispute_id = dispute["id"].as_str().unwrap();
    let run = with_pass(
        &vault,
        &[
            "export",
            "where-to-go",
            "--pupil",
            &pupil,
            "--dispute",
            dispute_id,
            "--out",
            sheet.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let text = super::where_to_go::pdftotext(&sheet)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let due_day = NaiveDate::parse_from_str(&due, "%Y-%m-%d").unwrap();
    let months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let spoken = format!(
        "{} {} {}",
        due_day.day(),
        months[due_day.month0() as usize],
        due_day.year()
    );
    assert!(text.contains(&spoken), "{spoken} not in: {text}");
    assert!(text.contains("Hier bent u nu"), "{text}");
    assert!(
        text.contains("Geschillencommissie Passend Onderwijs"),
        "{text}"
    );
    assert!(text.contains("Onderwijsconsulenten"), "{text}");
    assert!(!text.contains("Veilig Thuis"), "{text}");
    // Another pupil's geschil is not found for this pupil.
    let other = with_pass(&vault, &["pupil", "list", "--json"]);
    let other_pupil = json(&other)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .find(|id| id != &pupil)
        .unwrap();
    let run = with_pass(
        &vault,
        &[
            "export",
            "where-to-go",
            "--pupil",
            &other_pupil,
            "--dispute",
            dispute_id,
            "--out",
            sheet.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 5, "{run:?}");

    // The text output names the step where the case is now, and no pupil.
    let text = with_pass(&vault, &["dispute", "list", "--pupil", &pupil]);
    assert_eq!(text.code, 0, "{text:?}");
    assert!(
        text.stdout
            .contains("[hier staat het nu] Geschillencommissie Passend Onderwijs")
    );

    // The other geschil: resolved at school, closed, nothing running.
    let pupils = json(&with_pass(&vault, &["pupil", "list", "--json"]));
    let closed: Vec<Value> = pupils
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            let id = p["id"].as_str().unwrap();
            let page = json(&with_pass(
                &vault,
                &["dispute", "list", "--pupil", id, "--json"],
            ));
            page["disputes"].as_array().unwrap().clone()
        })
        .filter(|d| d["open"] == false)
        .collect();
    assert_eq!(closed.len(), 1);
    assert_eq!(
        closed[0]["escalation"]["closing"]["outcome"],
        "resolved_at_school"
    );
    assert!(
        closed[0]["clocks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["running"] == false)
    );
}

#[test]
fn dispute_list_of_an_unknown_pupil_exits_5() {
    let (_temp, vault, _key) = created();
    let run = with_pass(
        &vault,
        &[
            "dispute",
            "list",
            "--pupil",
            "0190a0b0-0000-7000-8000-000000000000",
            "--json",
        ],
    );
    assert_eq!(run.code, 5, "{run:?}");
}
