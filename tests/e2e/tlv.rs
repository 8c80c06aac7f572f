//! The TLV through the real window (issue 10, first half of the journey): from the pupil page's
//! TLV card an aanvraag for so cluster 3 is started with two deskundigen and the parents'
//! instemming; the checklist shows what the aanvraag fulfils (✓ uit: …) and what is missing; a
//! beschikkingsnummer of the wrong shape is refused with the Dutch rule at its field; corrected,
//! the granted TLV shows its einddatum, 31 July. Then a PDF with a canary word is attached (the
//! checklist ticks "Onderzoeksverslag(en)"), the dossier is exported, and its contents, page
//! stamps and the canary are read back from the file ([`check_dossier`]).

use super::hearing::{today_dutch, wait_until_gone};
use super::stepplan::select;
use super::{add_pupil, click, create_vault, shot, type_into, wait_for_text};
use std::path::{Path, PathBuf};
use std::process::Command;

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

/// The word inside the attached PDF: it must reach the dossier and nowhere else in plaintext.
pub(crate) const CANARY: &str = "Kanariepietje7Q";
/// The attachment's title as typed.
const ATTACHMENT_TITLE: &str = "Onderzoek leerpotentieel";

/// A one-page PDF (Helvetica, standard 14) whose page shows `text`, written by hand so the test
/// needs no PDF library.
pub(crate) fn one_page_pdf(text: &str) -> Vec<u8> {
    let content = format!("BT /F1 14 Tf 72 720 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R \
         >> >> /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (index, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", index + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// On the granted TLV's page: attach the file the open-dialog seam answers with as an
/// onderzoeksverslag, see the checklist take it, and export the dossier.
pub(crate) async fn attach_and_export(client: &fantoccini::Client) {
    click(client, "#attachment-file").await;
    wait_for_text(client, "[data-testid=\"attachment-chosen\"]", ".pdf").await;
    type_into(client, "#attachment-title", ATTACHMENT_TITLE).await;
    select(client, "#attachment-kind", "onderzoeksverslag").await;
    click(client, "#attachment-save").await;
    wait_for_text(client, "[data-testid=\"attachment-row\"]", ATTACHMENT_TITLE).await;
    let checklist = wait_for_text(
        client,
        "[data-testid=\"tlv-checklist\"]",
        &format!("Onderzoeksverslag(en) — uit: Bijlage ‘{ATTACHMENT_TITLE}’"),
    )
    .await;
    assert!(
        checklist.contains("3 van 9 onderdelen compleet"),
        "{checklist}"
    );
    click(client, "[id$=\"-export-pdf\"]").await;
    wait_for_text(client, "[id$=\"-export-status\"]", "tlv-dossier-DT-").await;
    shot(client, "tlv-dossier-exported", "[data-testid=\"tlv-card\"]").await;
}

/// The exported dossier in `save_dir`: one file named with initials only; its contents name
/// every part and the attachment with the page it starts on, that page holds the canary, and
/// every page carries "TLV-dossier DT · pagina x van y".
pub(crate) fn check_dossier(save_dir: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(save_dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = files[0].clone();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("tlv-dossier-DT-") && name.ends_with(".pdf"),
        "{name}"
    );
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&file)
        .output()
        .unwrap();
    assert!(check.status.success(), "{check:?}");
    let info =
        String::from_utf8(Command::new("pdfinfo").arg(&file).output().unwrap().stdout).unwrap();
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let page_text = |page: usize| {
        let out = Command::new("pdftotext")
            .args([
                "-layout",
                "-enc",
                "UTF-8",
                "-f",
                &page.to_string(),
                "-l",
                &page.to_string(),
            ])
            .arg(&file)
            .arg("-")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    for page in 1..=pages {
        let text = page_text(page);
        assert!(
            text.contains(&format!("TLV-dossier DT · pagina {page} van {pages}")),
            "page {page}: {text}"
        );
    }
    // The contents (first page): each part and the attachment with its page number.
    let cover = page_text(1);
    let entry = |title: &str| -> usize {
        let line = cover
            .lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("{title} not in the contents:\n{cover}"));
        let number = line.split_whitespace().last().unwrap();
        number.split(['–', '-']).next().unwrap().parse().unwrap()
    };
    for part in ["1. Aanvraag en besluit", "6. Checklist", "7. Bijlagen"] {
        let page = entry(part);
        assert!(page_text(page).contains(part), "{part} not on page {page}");
    }
    let attached = entry(&format!("Bijlage 1 · {ATTACHMENT_TITLE}"));
    assert_eq!(attached, pages, "the one-page attachment is the last page");
    assert!(page_text(attached).contains(CANARY));
    file
}
