//! The stappenplan through the real window: one full cycle (signal → evaluation → nieuwe
//! cyclus) and a draft that survives auto-lock and an app restart.

use super::{PASSPHRASE, add_pupil, click, create_vault, type_into, wait_for, wait_for_text};
use fantoccini::{Client, Locator};
use std::time::{Duration, Instant};

const NEED: &str = "Heeft korte opdrachten met een controlemoment nodig";
const OBSERVATION: &str = "Kent de tafels van 2, 5 en 10 niet vlot; telt op de vingers.";
const GOAL: &str = "Kent de tafels van 1 t/m 5 binnen 3 seconden per som";

/// What the casusoverzicht of the full cycle must say (pdftotext, reading order aside).
pub(crate) const IN_THE_PDF: [&str; 11] = [
    OBSERVATION,
    GOAL,
    "Casusoverzicht",
    "Rekenen: tafels automatiseren",
    "Milan Cyclus-Öztürk",
    "Signaleren",
    "Evalueren",
    "Oefent thuis graag met een spelletje",
    "VERTROUWELIJK",
    "Pagina 1 van",
    "Casus geopend",
];
const DRAFT: &str = "Half getypte observatie die niet verloren mag gaan";

pub(crate) async fn select(client: &Client, css: &str, value: &str) {
    wait_for(client, css)
        .await
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("select {value} in {css}: {e}"));
}

async fn value_of(client: &Client, css: &str) -> String {
    wait_for(client, css)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// Waits until `css`'s value is `expected` (drafts are restored asynchronously).
async fn wait_for_value(client: &Client, css: &str, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if value_of(client, css).await == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{css} never got the value {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) async fn current_is(client: &Client, step: &str) {
    wait_for(client, &format!("#step-{step}[aria-current=\"step\"]")).await;
}

pub(crate) async fn save_record(client: &Client) {
    click(client, "#record-save").await;
    // The form closes when the record is stored.
    let deadline = Instant::now() + Duration::from_secs(20);
    while client.find(Locator::Css("#record-save")).await.is_ok() {
        assert!(
            Instant::now() < deadline,
            "the record form did not close (validation error?)"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub(crate) async fn complete(client: &Client, step: &str, next: &str) {
    click(client, &format!("#step-{step}")).await;
    click(client, "#step-complete").await;
    current_is(client, next).await;
}

pub(crate) async fn open_case(client: &Client, title: &str) {
    click(client, "#open-case").await;
    type_into(client, "#case-title", title).await;
    click(client, "#case-save").await;
    current_is(client, "signaleren").await;
}

/// Steps 3 to 6 of a cycle whose first two steps are done: one goal (evaluated on 01-02-2027),
/// realiseren, the plan shared with the parents, and the evaluation with `outcome` (key and
/// rationale) for the goal and `decision`; the step is then completed.
pub(crate) async fn plan_to_decision(
    client: &Client,
    goal: &str,
    (outcome, rationale): (&str, &str),
    decision: &str,
) {
    click(client, "#step-plannen").await;
    click(client, "#add-goal").await;
    type_into(client, "#rec-description", goal).await;
    type_into(client, "#rec-evaluationDate", "01-02-2027").await;
    save_record(client).await;
    complete(client, "plannen", "realiseren").await;

    complete(client, "realiseren", "vastleggen").await;
    click(client, "#step-vastleggen").await;
    click(client, "#add-plan_share").await;
    type_into(client, "#rec-method", "Besproken in het oudergesprek").await;
    save_record(client).await;
    complete(client, "vastleggen", "evalueren").await;

    click(client, "#step-evalueren").await;
    click(client, "#add-evaluation").await;
    select(client, "[id^=\"rec-outcome-\"]", outcome).await;
    type_into(client, "[id^=\"rec-rationale-\"]", rationale).await;
    select(client, "#rec-decision", decision).await;
    save_record(client).await;
    click(client, "#step-complete").await;
}

pub(crate) async fn full_cycle(client: &Client) {
    create_vault(client).await;
    add_pupil(client, "Milan", "Cyclus-Öztürk").await;
    open_case(client, "Rekenen: tafels automatiseren").await;

    // 1 Signaleren: completing without a signal is refused in Dutch and changes nothing.
    click(client, "#step-complete").await;
    wait_for_text(client, "#step-error", "signaal").await;
    current_is(client, "signaleren").await;
    click(client, "#add-signal").await;
    type_into(client, "#rec-observation", OBSERVATION).await;
    click(client, "#rec-parentsInformed").await;
    save_record(client).await;
    complete(client, "signaleren", "begrijpen").await;

    // 2 Begrijpen.
    click(client, "#step-begrijpen").await;
    click(client, "#add-need").await;
    type_into(client, "#rec-description", NEED).await;
    save_record(client).await;
    click(client, "#add-factor").await;
    select(client, "#rec-factorKind", "helping").await;
    select(client, "#rec-domain", "thuis").await;
    type_into(
        client,
        "#rec-description",
        "Oefent thuis graag met een spelletje",
    )
    .await;
    save_record(client).await;
    complete(client, "begrijpen", "plannen").await;

    // 3 Plannen to 6 Evalueren: a result for the goal and the decision "nieuwe cyclus".
    plan_to_decision(
        client,
        GOAL,
        ("deels", "Tafels 1, 2 en 5 gaan vlot; 3 en 4 nog niet"),
        "nieuwe_cyclus",
    )
    .await;

    // Nieuwe cyclus: needs, factors and goals come along; the goal gets the new evaluation
    // date asked for, not its old one.
    click(client, "#cycle-new").await;
    type_into(client, "#cycle-new-date-0", "01-03-2027").await;
    click(client, "#cycle-new-confirm").await;
    wait_for(client, "#cycle-select").await;
    current_is(client, "signaleren").await;
    click(client, "#step-begrijpen").await;
    wait_for_text(client, "#step-panel", NEED).await;
    click(client, "#step-plannen").await;
    wait_for_text(client, "#step-panel", "01-03-2027").await;

    // The timeline holds every record, in date order.
    click(client, "#tab-timeline").await;
    wait_for(client, "[data-testid=\"timeline-entry\"]").await;
    let entries = client
        .find_all(Locator::Css("[data-testid=\"timeline-entry\"]"))
        .await
        .unwrap();
    assert!(
        entries.len() >= 12,
        "timeline has {} entries",
        entries.len()
    );

    // Export the casusoverzicht (saved through the test seam; the test reads it back).
    wait_for_text(client, "main", "niet versleuteld").await;
    click(client, "#case-export-pdf").await;
    wait_for_text(
        client,
        "#case-export-status",
        "Opgeslagen als casusoverzicht-MC-",
    )
    .await;
    wait_for(client, "#case-export-open").await;
}

pub(crate) async fn draft_survives_auto_lock(client: &Client) {
    create_vault(client).await;
    add_pupil(client, "Noor", "Concept-Dijkstra").await;
    open_case(client, "Werkhouding").await;
    click(client, "#add-signal").await;
    type_into(client, "#rec-observation", DRAFT).await;
    // Idle: the app locks itself (3 s in this test), the draft was saved before.
    wait_for(client, "#unlock-passphrase").await;
    type_into(client, "#unlock-passphrase", PASSPHRASE).await;
    click(client, "#unlock-submit").await;
    wait_for_value(client, "#rec-observation", DRAFT).await;
}

pub(crate) async fn draft_survives_restart(client: &Client) {
    type_into(client, "#unlock-passphrase", PASSPHRASE).await;
    click(client, "#unlock-submit").await;
    click(client, "#nav-pupils").await;
    click(client, "[data-testid=\"pupil-row\"] a").await;
    click(client, "[data-testid=\"case-row\"] a").await;
    click(client, "#add-signal").await;
    wait_for(client, "#draft-restored").await;
    wait_for_value(client, "#rec-observation", DRAFT).await;
}
