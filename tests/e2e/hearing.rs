//! Hoorrecht through the real window (issue 8): a groep 5 pupil with a casus is heard in
//! gespreksmodus with the keyboard alone (no name of the pupil on screen meanwhile), the
//! hoorgesprek is saved, and both the child's "Wat jij hebt verteld" and the casusoverzicht are
//! exported; the test then reads the pupil's words back from both PDFs.

use super::{add_pupil, click, create_vault, type_into, wait_for, wait_for_text};
use fantoccini::{Client, Locator};
use std::time::{Duration, Instant};

pub(crate) const FIRST: &str = "Sara";
pub(crate) const LAST: &str = "Hoorrecht-Ünal";
/// What the pupil says to the second question, typed with a line break in between.
pub(crate) const WORDS: [&str; 2] = ["Rekenen gaat goed — ĳs, Ελληνικά", "maar lezen is moeilijk"];
const FIRST_ANSWER: &str = "Gaat wel";

/// WebDriver key codes: Control held with Enter, then every key released.
const CONTROL_ENTER: &str = "\u{E009}\u{E007}\u{E000}";
const ESCAPE: &str = "\u{E00C}";
/// Plain Enter: a new line in the answer.
const ENTER: &str = "\u{E007}";

/// Today as the app's date fields take it (dd-mm-jjjj), from the same clock the app reads.
pub(crate) fn today_dutch() -> String {
    let out = std::process::Command::new("date")
        .arg("+%d-%m-%Y")
        .output()
        .expect("date");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

async fn focused_id(client: &Client) -> String {
    client
        .active_element()
        .await
        .unwrap()
        .attr("id")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// Types into whatever has the focus, as a person at the keyboard does.
async fn keys(client: &Client, text: &str) {
    client
        .active_element()
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

pub(crate) async fn wait_until_gone(client: &Client, css: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while client.find(Locator::Css(css)).await.is_ok() {
        assert!(Instant::now() < deadline, "{css} did not go away");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn to_pupil_page(client: &Client) {
    click(client, "#nav-pupils").await;
    click(client, "[data-testid=\"pupil-row\"] a").await;
    wait_for(client, "[data-testid=\"hearing-section\"]").await;
}

pub(crate) async fn hold_a_hearing_and_export(client: &Client) {
    create_vault(client).await;
    add_pupil(client, FIRST, LAST).await;
    click(client, "#open-case").await;
    type_into(client, "#case-title", "Lezen en rekenen").await;
    click(client, "#case-save").await;
    wait_for(client, "#case-export-pdf").await;

    // A new hoorgesprek: the groep 5–8 question set follows the pupil.
    to_pupil_page(client).await;
    click(client, "#hearing-new").await;
    type_into(client, "#hearing-heldOn", &today_dutch()).await;
    type_into(client, "#hearing-spokeWith", "juf Anouk").await;
    let band = wait_for(client, "#hearing-ageBand").await;
    assert_eq!(
        band.prop("value").await.unwrap().as_deref(),
        Some("groep_5_8")
    );
    wait_for(client, "#hearing-caseId")
        .await
        .select_by_index(1)
        .await
        .unwrap();

    // Gespreksmodus, keyboard only: the answer field has the focus; Ctrl+Enter goes on; plain
    // Enter is a new line; Escape goes back to the form.
    click(client, "#conversation-open").await;
    wait_for(client, "[data-testid=\"conversation\"]").await;
    wait_for_text(
        client,
        "[data-testid=\"conversation-progress\"]",
        "Vraag 1 van",
    )
    .await;
    assert_eq!(focused_id(client).await, "conversation-answer");
    let body = client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !body.contains(LAST),
        "no name on screen during the conversation"
    );
    assert!(client.find(Locator::Css("#lock-button")).await.is_err());
    keys(client, FIRST_ANSWER).await;
    keys(client, CONTROL_ENTER).await;
    wait_for_text(
        client,
        "[data-testid=\"conversation-progress\"]",
        "Vraag 2 van",
    )
    .await;
    assert_eq!(focused_id(client).await, "conversation-answer");
    keys(client, &format!("{}{ENTER}{}", WORDS[0], WORDS[1])).await;
    keys(client, ESCAPE).await;
    wait_until_gone(client, "[data-testid=\"conversation\"]").await;
    let second = wait_for(client, "#hearing-answer-1").await;
    assert_eq!(
        second.prop("value").await.unwrap().as_deref(),
        Some(format!("{}\n{}", WORDS[0], WORDS[1]).as_str())
    );

    click(client, "#hearing-save").await;
    wait_for(client, "[data-testid=\"hearing-row\"]").await;

    // The child's sheet, from the saved hoorgesprek.
    click(client, "[data-testid=\"hearing-row\"] a").await;
    click(client, "#hearing-export-pdf").await;
    wait_for_text(client, "#hearing-export-status", "Opgeslagen als").await;

    // The casusoverzicht, whose "Visie leerling" quotes the same words.
    to_pupil_page(client).await;
    click(client, "[data-testid=\"case-row\"] a").await;
    click(client, "#case-export-pdf").await;
    wait_for_text(client, "#case-export-status", "Opgeslagen als").await;
}
