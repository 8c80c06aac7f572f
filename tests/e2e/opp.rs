//! The OPP through the real window (issue 9): a stappenplan cycle ends in the decision "extra
//! ondersteuning"; the OPP started from it opens pre-filled with the casus's onderwijsbehoefte
//! and factors; the plan is completed and saved; a hoorgesprek for the moment "opstellen" is
//! held and its words taken over into the plan, so vaststellen asks no reason; the instemming of the mother (with gezag) is recorded;
//! the printed OPP is exported and read back with pdftotext.

use super::hearing::{today_dutch, wait_until_gone};
use super::stepplan::{complete, open_case, plan_to_decision, save_record, select};
use super::{add_pupil, click, create_vault, shot, type_into, wait_for, wait_for_text};
use fantoccini::{Client, Locator};

pub(crate) const FIRST: &str = "Noor";
pub(crate) const LAST: &str = "Plan-Ünal";
pub(crate) const MOTHER: &str = "Petra Plan-Ünal";
pub(crate) const NEED: &str = "Korte leesopdrachten met een duidelijk einde";
pub(crate) const HINDERING: &str = "Raadt woorden in plaats van ze te verklanken";
pub(crate) const HELPING: &str = "Moeder leest elke avond tien minuten mee";
pub(crate) const SUPPORT: &str = "Dagelijks vijftien minuten duolezen met de RT'er";
pub(crate) const PUPIL_WORDS: &str = "Als het stil is kan ik beter lezen";
pub(crate) const REASONING: &str = "Noor leert praktisch en in kleine stappen.";

async fn value_of(client: &Client, css: &str) -> String {
    wait_for(client, css)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

async fn to_pupil_page(client: &Client) {
    click(client, "#nav-pupils").await;
    click(client, "[data-testid=\"pupil-row\"] a").await;
    wait_for(client, "[data-testid=\"opp-section\"]").await;
}

/// One cycle of the stappenplan that ends in the decision for extra ondersteuning.
async fn cycle_to_extra_support(client: &Client) {
    open_case(client, "Technisch lezen").await;
    click(client, "#add-signal").await;
    type_into(
        client,
        "#rec-observation",
        "Leest groep-3-teksten nog hakkelend.",
    )
    .await;
    click(client, "#rec-parentsInformed").await;
    save_record(client).await;
    complete(client, "signaleren", "begrijpen").await;

    click(client, "#step-begrijpen").await;
    click(client, "#add-need").await;
    type_into(client, "#rec-description", NEED).await;
    save_record(client).await;
    for (kind, domain, text) in [
        ("hindering", "leerling", HINDERING),
        ("helping", "thuis", HELPING),
    ] {
        click(client, "#add-factor").await;
        select(client, "#rec-factorKind", kind).await;
        select(client, "#rec-domain", domain).await;
        type_into(client, "#rec-description", text).await;
        save_record(client).await;
    }
    complete(client, "begrijpen", "plannen").await;

    plan_to_decision(
        client,
        "Leest AVI E4 vlot",
        ("niet_behaald", "Basisondersteuning is niet genoeg gebleken"),
        "extra_ondersteuning",
    )
    .await;
    wait_for(client, "#case-export-pdf").await;
}

async fn add_mother(client: &Client) {
    click(client, "#add-guardian").await;
    type_into(client, "#guardian-firstName", "Petra").await;
    type_into(client, "#guardian-lastName", LAST).await;
    select(client, "#guardian-relation", "mother").await;
    click(client, "#guardian-save").await;
    wait_for(client, "[data-testid=\"guardian-row\"]").await;
}

async fn hold_a_hearing(client: &Client) {
    to_pupil_page(client).await;
    click(client, "#hearing-new").await;
    type_into(client, "#hearing-heldOn", &today_dutch()).await;
    type_into(client, "#hearing-spokeWith", "juf Anouk").await;
    select(client, "#hearing-moment", "opstellen").await;
    type_into(client, "#hearing-answer-0", PUPIL_WORDS).await;
    click(client, "#hearing-save").await;
    wait_for(client, "[data-testid=\"hearing-row\"]").await;
}

pub(crate) async fn from_decision_to_printed_opp(client: &Client) {
    create_vault(client).await;
    add_pupil(client, FIRST, LAST).await;
    add_mother(client).await;
    cycle_to_extra_support(client).await;

    // The pupil page offers the OPP, its clock pre-set from the casus decision.
    to_pupil_page(client).await;
    assert_eq!(
        value_of(client, "#opp-start-clockStart").await,
        today_dutch()
    );
    click(client, "#opp-start").await;
    click(client, "#opp-open").await;
    wait_for(client, "#opp-form").await;

    // Pre-filled from the stappenplan, with where it came from.
    assert_eq!(value_of(client, "#opp-need-0").await, NEED);
    let sources = client
        .find_all(Locator::Css("[data-testid=\"opp-source\"]"))
        .await
        .unwrap();
    assert!(!sources.is_empty(), "pre-filled items show their source");
    let factors = [
        value_of(client, "#opp-factor-0-description").await,
        value_of(client, "#opp-factor-1-description").await,
    ];
    assert!(factors.contains(&HINDERING.to_owned()), "{factors:?}");
    assert!(factors.contains(&HELPING.to_owned()), "{factors:?}");
    shot(client, "opp-draft", "#opp-form").await;

    // Complete the plan and save it.
    select(client, "#opp-exitDestination", "vmbo_kb").await;
    type_into(client, "#opp-reasoning", REASONING).await;
    select(client, "#opp-goal-0-area", "technisch_lezen").await;
    click(client, "#opp-support-add").await;
    type_into(client, "#opp-support-0-what", SUPPORT).await;
    click(client, "#opp-save").await;
    wait_for(client, "[data-testid=\"opp-missing-none\"]").await;

    // The hoorgesprek for "opstellen", held after the draft was made: its words are taken over
    // into the plan, and vaststellen then asks no reason.
    hold_a_hearing(client).await;
    to_pupil_page(client).await;
    click(client, "#opp-open").await;
    shot(client, "opp-take-over", "[data-testid=\"opp-take-over\"]").await;
    click(client, "#opp-take-over-hearing").await;
    wait_until_gone(client, "[data-testid=\"opp-take-over\"]").await;
    assert_eq!(value_of(client, "#opp-quote-0-words").await, PUPIL_WORDS);
    click(client, "#opp-establish-open").await;
    select(client, "#opp-establish-reason", "opstellen").await;
    assert!(
        client
            .find(Locator::Css("#opp-establish-gap"))
            .await
            .is_err(),
        "a hoorgesprek for the moment exists: no reason asked"
    );
    click(client, "#opp-establish-confirm").await;
    wait_for(client, "[data-testid=\"opp-version-text\"]").await;
    wait_until_gone(client, "#opp-form").await;
    shot(client, "opp-established", "[data-testid=\"opp-version\"]").await;

    // Instemming of the mother, on paper.
    select(client, "#opp-consent-status", "ingestemd").await;
    type_into(client, "#opp-consent-presentedOn", &today_dutch()).await;
    type_into(client, "#opp-consent-decidedOn", &today_dutch()).await;
    click(client, "input[id^=\"opp-consent-guardian-\"]").await;
    select(client, "#opp-consent-method", "papier").await;
    click(client, "#opp-consent-save").await;
    wait_for_text(client, "main", "De instemming is opgeslagen.").await;
    wait_for_text(client, "main", "instemming: ingestemd").await;

    // The printed OPP.
    click(client, "#opp-export-pdf").await;
    wait_for_text(client, "#opp-export-status", "Opgeslagen als").await;
    shot(client, "opp-printed", "[data-testid=\"opp-export\"]").await;
    to_pupil_page(client).await;
    shot(client, "opp-pupil-section", "[data-testid=\"opp-section\"]").await;
}
