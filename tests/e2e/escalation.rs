//! Geschillen and the meldcode through the real window (issue 11): from the pupil page's
//! Geschillen card, "Geschil openen" first asks whether it is about the pupil's safety or a
//! disagreement. "Veiligheid" goes to the meldcode route, which explains why it is there and
//! asks for the passphrase again before it shows anything. Back on the geschillen page, a
//! disagreement about the support is opened; its ladder comes from the template, says where the
//! case is now ("hier staat het nu"), leaves out the steps that do not apply to the subject
//! and never offers Veilig Thuis.

use super::hearing::today_dutch;
use super::stepplan::select;
use super::{PASSPHRASE, add_pupil, click, create_vault, shot, type_into, wait_for, wait_for_text};
use fantoccini::Locator;
use std::time::Duration;

const FIRST: &str = "Mees";
const LAST: &str = "Geschil-Bakker";
const DESCRIPTION: &str = "Ouders willen meer begeleiding in de klas dan de school nu biedt.";

/// From the pupil page to the geschillen page. The pupil page may still be settling (a save's
/// own navigation, sections loading) when the card's link is clicked, so the click is repeated
/// until the geschillen page shows its start button.
async fn open_geschillen(client: &fantoccini::Client) {
    for _ in 0..4 {
        click(client, "#escalation-open").await;
        let arrived = client
            .wait()
            .at_most(Duration::from_secs(5))
            .for_element(Locator::Css("#escalation-start"))
            .await;
        if arrived.is_ok() {
            return;
        }
    }
    panic!("the geschillen page did not open from the pupil page");
}

/// A new vault and pupil; the safety answer to the meldcode route (passphrase asked again), then
/// a geschil about the support with its ladder.
pub(crate) async fn safety_to_meldcode_then_a_dispute(client: &fantoccini::Client) {
    create_vault(client).await;
    add_pupil(client, FIRST, LAST).await;

    // "Veiligheid": the meldcode route, kept apart, behind the passphrase.
    open_geschillen(client).await;
    click(client, "#escalation-start").await;
    click(client, "#escalation-concern-safety").await;
    click(
        client,
        "[data-testid=\"escalation-question\"] button[type=\"submit\"]",
    )
    .await;
    wait_for_text(
        client,
        "[data-testid=\"meldcode-from-dispute\"]",
        "zorg om veiligheid volgt de meldcode",
    )
    .await;
    wait_for(client, "[data-testid=\"meldcode-unlock\"]").await;
    type_into(client, "#meldcode-passphrase", "niet-het-wachtwoord").await;
    click(client, "#meldcode-unlock-submit").await;
    wait_for_text(
        client,
        "[data-testid=\"meldcode-unlock\"]",
        "Onjuist wachtwoord",
    )
    .await;
    type_into(client, "#meldcode-passphrase", PASSPHRASE).await;
    click(client, "#meldcode-unlock-submit").await;
    wait_for(client, "[data-testid=\"meldcode-start\"]").await;
    shot(client, "meldcode-start", "main").await;

    // Back to the pupil; a disagreement opens a geschil.
    click(client, "main a[href^=\"#/leerlingen/\"]").await;
    wait_for_text(client, "main h1", LAST).await;
    open_geschillen(client).await;
    click(client, "#escalation-start").await;
    click(client, "#escalation-concern-disagreement").await;
    click(
        client,
        "[data-testid=\"escalation-question\"] button[type=\"submit\"]",
    )
    .await;
    wait_for(client, "[data-testid=\"escalation-open-form\"]").await;
    select(client, "#escalation-subject", "support").await;
    let today = today_dutch();
    type_into(client, "#escalation-decisionOn", &today).await;
    type_into(client, "#escalation-openedBy", "intern begeleider").await;
    type_into(client, "#escalation-description", DESCRIPTION).await;
    click(
        client,
        "[data-testid=\"escalation-open-form\"] button[type=\"submit\"]",
    )
    .await;

    // The ladder: the template's steps for this subject, where it stands now, no Veilig Thuis.
    let ladder = wait_for_text(
        client,
        "[data-testid=\"escalation-ladder\"]",
        "Gesprek met leerkracht of mentor",
    )
    .await;
    assert!(
        ladder.contains("Gesprek met leerkracht of mentor — hier staat het nu"),
        "{ladder}"
    );
    assert!(
        ladder.contains("College voor de Rechten van de Mens"),
        "{ladder}"
    );
    // The Geschillencommissie handles toelating, verwijdering and the OPP, not the support.
    assert!(!ladder.contains("Geschillencommissie"), "{ladder}");
    assert!(!ladder.to_lowercase().contains("veilig thuis"), "{ladder}");
    let card = wait_for_text(client, "[data-testid=\"escalation-card\"]", DESCRIPTION).await;
    assert!(
        card.contains("Waar kunt u terecht?"),
        "the parents' sheet is offered for the geschil: {card}"
    );
    shot(client, "escalation-ladder", "main").await;
}
