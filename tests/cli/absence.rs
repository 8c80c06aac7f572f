//! `ibis-cli absence list` and the verzuim and thuiszitten items of `today --json` (issue 12):
//! the demo makes one pupil reach 16 hours of ongeoorloofd verzuim and two thuiszitters (five
//! weeks and four months at home); Vandaag lists all three with rule and source, and the pupil's
//! list shows the report that is due and the period at home. Independent of the day it runs.

use super::{created, with_pass};
use serde_json::Value;

fn json(vault: &std::path::Path, args: &[&str]) -> Value {
    let run = with_pass(vault, args);
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

fn pupil_of(board: &Value, kind: &str) -> String {
    let items: Vec<&Value> = board["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["kind"] == kind)
        .collect();
    assert_eq!(items.len(), 1, "one {kind} item: {board:#}");
    assert!(!items[0]["rule"].as_str().unwrap().is_empty());
    assert!(!items[0]["source"].as_str().unwrap().is_empty());
    items[0]["pupilId"].as_str().unwrap().to_owned()
}

#[test]
fn the_demo_pupil_at_sixteen_hours_and_the_two_thuiszitters_are_listed() {
    let (_temp, vault, _key) = created();
    let report = json(&vault, &["demo", "--pupils", "12", "--seed", "1", "--json"]);
    assert_eq!(report["absences"], 4);
    assert_eq!(report["homeStays"], 2);

    let board = json(&vault, &["today", "--json"]);
    let reporting = pupil_of(&board, "absence_report_due");
    let five_weeks = pupil_of(&board, "home_stay");
    let four_months = pupil_of(&board, "home_stay_long");

    let page = json(
        &vault,
        &["absence", "list", "--pupil", &reporting, "--json"],
    );
    assert_eq!(page["absences"].as_array().unwrap().len(), 4);
    assert_eq!(page["reportDue"]["hours"], "16");
    assert!(
        page["reportDue"]["source"]
            .as_str()
            .unwrap()
            .contains("art. 21a")
    );

    let run = with_pass(&vault, &["absence", "list", "--pupil", &reporting]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("Melden bij DUO-verzuimregister uiterlijk"),
        "{run:?}"
    );
    assert!(run.stdout.contains("4 uur  ongeoorloofd"), "{run:?}");

    let page = json(
        &vault,
        &["absence", "list", "--pupil", &five_weeks, "--json"],
    );
    assert_eq!(page["homeStays"][0]["level"], "over_four_weeks");
    assert!(page["homeStays"][0]["deviationPlan"].is_string());
    let page = json(
        &vault,
        &["absence", "list", "--pupil", &four_months, "--json"],
    );
    assert_eq!(page["homeStays"][0]["level"], "over_three_months");
    assert_eq!(page["homeStays"][0]["exemption"], "requested");
    let run = with_pass(&vault, &["absence", "list", "--pupil", &four_months]);
    assert!(run.stdout.contains("langer dan drie maanden"), "{run:?}");
}

#[test]
fn an_unknown_pupil_is_refused() {
    let (_temp, vault, _key) = created();
    let run = with_pass(
        &vault,
        &[
            "absence",
            "list",
            "--pupil",
            "00000000-0000-4000-8000-000000000000",
        ],
    );
    assert_ne!(run.code, 0, "{run:?}");
    assert!(!run.stderr.contains("panicked"), "{run:?}");
}
