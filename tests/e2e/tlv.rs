//! The TLV through the real window (issue 10, first half of the journey): from the pupil page's
//! TLV card an aanvraag for so cluster 3 is started with two deskundigen and the parents'
//! instemming; the checklist shows what the aanvraag fulfils (✓ uit: …) and what is missing; a
//! beschikkingsnummer of the wrong shape is refused with the Dutch rule at its field; corrected,
//! the granted TLV shows its einddatum, 31 July. The lead extends the journey with an attached
//! PDF and the exported dossier.

use super::hearing::{today_dutch, wait_until_gone};
use super::stepplan::select;
use super::{add_pupil, click, create_vault, shot, type_into, wait_for_text};

pub(crate) const FIRST: &str = "Daan";
pub(crate) const LAST: &str = "Toelating-Öztürk";
pub(crate) const QUESTION: &str =
    "Daan heeft een kleine groep met veel structuur nodig om tot leren te komen.";
const WRONG_NUMBER: &str = "PO2701-26-42";
pub(crate) const NUMBER: &str = "PO2701-2026-00042";

/// A new vault and pupil; the TLV aanvraag with two deskundigen, the checklist, a refused and a
/// correct beschikkingsnummer, and the einddatum on 31 July. Leaves the TLV page open.
pub(crate) async fn aanvraag_to_granted(client: &fantoccini::Client) {
    create_vault(client).await;
    add_pupil(client, FIRST, LAST).await;
    let today = today_dutch();

    // From the pupil page's TLV card to an aanvraag.
    click(client, "#tlv-open").await;
    wait_for_text(client, "main", "Er is nog geen TLV-aanvraag vastgelegd.").await;
    click(client, "#tlv-start").await;
    select(client, "#tlv-new-kind", "so_cluster3").await;
    type_into(client, "#tlv-new-supportQuestion", QUESTION).await;
    type_into(client, "#tlv-new-appliedOn", &today).await;
    for (index, name, discipline) in [
        (0, "Drs. A. de Vries", "orthopedagoog"),
        (1, "Dr. B. Smit", "kinderpsychiater"),
    ] {
        click(client, "#tlv-new-expert-add").await;
        type_into(client, &format!("#tlv-new-expert-{index}-name"), name).await;
        select(
            client,
            &format!("#tlv-new-expert-{index}-discipline"),
            discipline,
        )
        .await;
        type_into(
            client,
            &format!("#tlv-new-expert-{index}-advisedOn"),
            &today,
        )
        .await;
    }
    click(client, "#tlv-new-stance-instemming").await;
    type_into(client, "#tlv-new-parentsOn", &today).await;
    click(client, "#tlv-new-save").await;
    wait_until_gone(client, "#tlv-new-save").await;

    // The checklist: what the aanvraag fulfils and what is missing.
    let checklist = wait_for_text(
        client,
        "[data-testid=\"tlv-checklist\"]",
        "uit: Aanvraag: advies orthopedagoog; Aanvraag: advies kinderpsychiater",
    )
    .await;
    assert!(
        checklist.contains("Actueel vastgesteld OPP — ontbreekt"),
        "{checklist}"
    );
    assert!(
        checklist.contains("2 van 9 onderdelen compleet"),
        "{checklist}"
    );
    assert!(
        checklist.contains(
            "Standpunt van de ouders over de aanvraag — uit: Aanvraag: ouders stemmen in"
        ),
        "{checklist}"
    );
    wait_for_text(client, "[data-testid=\"tlv-status\"]", "aangevraagd").await;
    shot(client, "tlv-aanvraag", "[data-testid=\"tlv-card\"]").await;

    // A beschikkingsnummer of the wrong shape: the Dutch rule under the field.
    type_into(client, "[id$=\"-decide-decidedOn\"]", &today).await;
    type_into(client, "[id$=\"-decide-number\"]", WRONG_NUMBER).await;
    select(client, "[id$=\"-decide-category\"]", "midden").await;
    type_into(client, "[id$=\"-decide-startsOn\"]", &today).await;
    type_into(client, "[id$=\"-decide-schoolYears\"]", "1").await;
    click(client, "[id$=\"-decide-save\"]").await;
    let error = wait_for_text(
        client,
        "[id$=\"-decide-number-error\"]",
        "Dit is geen beschikkingsnummer.",
    )
    .await;
    assert!(error.contains("PO2701-2026-00042"), "{error}");
    shot(
        client,
        "tlv-number-refused",
        "[data-testid=\"tlv-decide-form\"]",
    )
    .await;

    // Corrected: the TLV is granted and ends on 31 July.
    type_into(client, "[id$=\"-decide-number\"]", NUMBER).await;
    click(client, "[id$=\"-decide-save\"]").await;
    let ends = wait_for_text(client, "[data-testid=\"tlv-ends-on\"]", "31-07-").await;
    assert!(ends.starts_with("31-07-20"), "{ends}");
    wait_for_text(client, "[data-testid=\"tlv-status\"]", "toegekend").await;
    wait_for_text(client, "[data-testid=\"tlv-decision\"]", NUMBER).await;
    shot(client, "tlv-granted", "[data-testid=\"tlv-card\"]").await;
}
