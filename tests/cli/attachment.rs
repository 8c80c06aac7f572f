//! `ibis-cli attachment add|list` and the attachment part of `vault check` (issue 10): a PDF is
//! stored and listed; a password-protected PDF, a PNG named .pdf and an unknown kind exit 6 with
//! the Dutch reason and store nothing; `vault check` checks the attachment file.

use super::{add_pupil, created, with_pass};
use serde_json::Value;
use std::path::Path;

/// A minimal valid one-page PDF with correct cross-reference offsets; `trailer_extra` is
/// written into the trailer dictionary.
fn pdf(text: &str, trailer_extra: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_owned(),
        {
            let stream = format!("BT /F1 14 Tf 72 770 Td ({text}) Tj ET");
            format!(
                "<< /Length {} >>\nstream\n{stream}\nendstream",
                stream.len()
            )
        },
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (index, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", index + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn add(vault: &Path, pupil: &str, file: &Path) -> ibis_tests::Run {
    with_pass(
        vault,
        &[
            "attachment",
            "add",
            "--pupil",
            pupil,
            "--file",
            file.to_str().unwrap(),
            "--title",
            "Onderzoeksverslag",
            "--kind",
            "onderzoeksverslag",
            "--date",
            "2026-10-01",
            "--source",
            "GGD",
            "--json",
        ],
    )
}

fn listed(vault: &Path, pupil: &str) -> Vec<Value> {
    let run = with_pass(vault, &["attachment", "list", "--pupil", pupil, "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page: Value = serde_json::from_str(&run.stdout).unwrap();
    page["attachments"].as_array().unwrap().clone()
}

#[test]
fn a_pdf_is_added_and_bad_files_exit_6_with_the_dutch_reason() {
    let (temp, vault, _key) = created();
    let run = add_pupil(&vault, "Sanne", "de Vries", "2016-05-09", "po", "5");
    assert_eq!(run.code, 0, "{run:?}");
    let pupil = run.stdout.trim().to_owned();

    let good = temp.path().join("verslag.pdf");
    std::fs::write(&good, pdf("Verslag", "")).unwrap();
    let run = add(&vault, &pupil, &good);
    assert_eq!(run.code, 0, "{run:?}");
    let page: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(page["attachments"][0]["pageCount"], 1);
    assert_eq!(page["attachments"][0]["kindLabel"], "Onderzoeksverslag");

    let locked = temp.path().join("beveiligd.pdf");
    std::fs::write(
        &locked,
        pdf(
            "Geheim",
            "/Encrypt << /Filter /Standard /V 1 /R 2 /P -4 >> ",
        ),
    )
    .unwrap();
    let run = add(&vault, &pupil, &locked);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr
            .contains("Dit PDF-bestand is met een wachtwoord beveiligd."),
        "{run:?}"
    );

    let png = temp.path().join("foto.pdf");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\nrest").unwrap();
    let run = add(&vault, &pupil, &png);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr.contains(".pdf") && run.stderr.contains("PNG-afbeelding"),
        "{run:?}"
    );

    let run = with_pass(
        &vault,
        &[
            "attachment",
            "add",
            "--pupil",
            &pupil,
            "--file",
            good.to_str().unwrap(),
            "--title",
            "T",
            "--kind",
            "brief",
        ],
    );
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(listed(&vault, &pupil).len(), 1, "refusals stored nothing");

    let run = with_pass(&vault, &["attachment", "list", "--pupil", &pupil]);
    assert!(
        run.stdout
            .contains("Onderzoeksverslag  Onderzoeksverslag  GGD"),
        "{run:?}"
    );

    let run = with_pass(&vault, &["vault", "check", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["attachments"]["filePresent"], true);
    assert_eq!(report["attachments"]["attachments"], 1);
    assert_eq!(report["attachments"]["integrityCheck"], "ok");
    assert_eq!(report["attachments"]["cipherIntegrityCheck"], "ok");
    let run = with_pass(&vault, &["vault", "check"]);
    assert!(
        run.stdout.contains("bijlagen cipher:         ok"),
        "{run:?}"
    );
}
