//! `ibis-cli hearing list|show` and the hoorrecht clock in `today --json` (issue 8): on a demo
//! vault, as an administrator runs them.

use super::{assert_no_panic, created, with_pass};
use serde_json::Value;

fn json(run: &ibis_tests::Run) -> Value {
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

/// The pupils `today --json --on DAY` lists as due for a hearing.
fn due_on(vault: &std::path::Path, day: &str) -> Vec<String> {
    json(&with_pass(vault, &["today", "--on", day, "--json"]))["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "hearing_due")
        .map(|i| {
            assert!(i["source"].as_str().unwrap().contains("Kamerstuk 36443"));
            assert!(i.get("pupilName").is_none(), "no names unless asked");
            i["pupilId"].as_str().unwrap().to_owned()
        })
        .collect()
}

#[test]
fn hearings_list_and_show_and_the_clock_lists_pupils_not_heard_this_schooljaar() {
    let (_temp, vault, _key) = created();
    let run = with_pass(&vault, &["demo", "--pupils", "40", "--seed", "5", "--json"]);
    let report = json(&run);
    let heard = report["hearings"].as_u64().unwrap();
    assert!(heard >= 2, "{report}");
    assert_eq!(report["parentViews"].as_u64().unwrap(), heard);

    // Pupils with extra support, from the casussen.
    let cases = json(&with_pass(&vault, &["case", "list", "--json"]));
    let mut with_extra_support: Vec<String> = cases
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| !c["extraSupportDecidedOn"].is_null())
        .map(|c| c["pupilId"].as_str().unwrap().to_owned())
        .collect();
    with_extra_support.sort();
    assert_eq!(with_extra_support.len() as u64, heard);

    // Today: only the pupil heard before the decision is due. In the next schooljaar nobody has
    // been heard yet: every pupil with extra support is listed.
    let today = json(&with_pass(&vault, &["today", "--json"]))["on"]
        .as_str()
        .unwrap()
        .to_owned();
    let now_due = due_on(&vault, &today);
    assert_eq!(now_due.len(), 1, "{now_due:?}");
    let next_year = format!("{}-08-01", &today[..4].parse::<i32>().unwrap() + 1);
    let day_before = format!("{}-07-31", &today[..4].parse::<i32>().unwrap() + 1);
    let mut listed = due_on(&vault, &next_year);
    listed.sort();
    assert_eq!(listed, with_extra_support);
    assert_eq!(
        due_on(&vault, &day_before),
        now_due,
        "day before: unchanged"
    );
    // The text form says since when a hearing is needed (not "uiterlijk").
    let text = with_pass(&vault, &["today", "--on", &today]);
    assert!(
        text.stdout
            .contains("Hoorgesprek met de leerling: nodig sinds"),
        "{text:?}"
    );

    // The pupil who is due was last heard before the decision.
    let page = json(&with_pass(
        &vault,
        &["hearing", "list", "--pupil", &now_due[0], "--json"],
    ));
    assert!(page["hearingDueSince"].is_string(), "{page}");
    let last = &page["hearings"][0];
    assert!(
        last["hearing"]["heldOn"].as_str().unwrap() < page["hearingDueSince"].as_str().unwrap()
    );

    // Show: the pupil's words verbatim, in JSON and as text.
    let other = with_extra_support
        .iter()
        .find(|p| **p != now_due[0])
        .unwrap();
    let page = json(&with_pass(
        &vault,
        &["hearing", "list", "--pupil", other, "--json"],
    ));
    let id = page["hearings"][0]["id"].as_str().unwrap().to_owned();
    let shown = json(&with_pass(
        &vault,
        &["hearing", "show", "--hearing", &id, "--json"],
    ));
    assert_eq!(shown, page["hearings"][0]);
    let words = shown["hearing"]["answers"][1]["words"].as_str().unwrap();
    assert!(!words.is_empty());
    let text = with_pass(&vault, &["hearing", "show", "--hearing", &id]);
    assert_eq!(text.code, 0, "{text:?}");
    for line in words.lines() {
        assert!(text.stdout.contains(line), "{line} not in {}", text.stdout);
    }
    let listing = with_pass(&vault, &["hearing", "list", "--pupil", other]);
    assert!(listing.stdout.contains(&id), "{listing:?}");
    assert!(
        listing.stdout.contains("zienswijzen ouders: 1"),
        "{listing:?}"
    );

    // Unknown and malformed ids: Dutch errors, exit codes 5 and 6, no panic.
    let missing = with_pass(
        &vault,
        &[
            "hearing",
            "show",
            "--hearing",
            "01a23444-0000-7000-8000-000000000000",
        ],
    );
    assert_eq!(missing.code, 5, "{missing:?}");
    assert!(missing.stderr.contains("hoorgesprek"), "{missing:?}");
    let malformed = with_pass(&vault, &["hearing", "list", "--pupil", "niet-een-id"]);
    assert_eq!(malformed.code, 6, "{malformed:?}");
    assert_no_panic(&malformed);
}
