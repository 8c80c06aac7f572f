//! The printed ontwikkelingsperspectiefplan for the parent meeting (DOMAIN.md §7, issue 9 item
//! 10): pupil and school data (minimal), what this version is, the perspectiefdeel with its
//! factors table and its own OOGO block, "Wat vindt <voornaam> zelf?" from the hoorgesprek, the
//! handelingsdeel with its own instemming block, and signature places for every guardian with
//! gezag by name, the school and (when the lead's use case says so) the pupil.
//!
//! Every page says which version it is ("OPP versie 2 · vastgesteld op 12-11-2026"); a draft
//! carries a CONCEPT band in every header. Labels of uitstroombestemmingen, ontwikkelingsgebieden
//! and factor domains come from the template, never a raw key.
//!
//! Where a pre-filled item came from (`ItemSource`) is not printed per item: the printed plan is
//! what parents sign, and "bron: Stappenplan ‘Lezen’, cyclus 2 (stap Begrijpen)" under every
//! line would bury the plan in bookkeeping. The screen shows each item's source; the print names
//! the records the plan draws on once, under "Over dit plan", and the pupil's words carry their
//! hoorgesprek (date, with whom) because hoorrecht asks for exactly that.

mod agreement;
mod parts;

use super::model::{Audience, Block, Document, HeadingLevel, KeyValue, Metadata};
use crate::domain::dates::{parse_iso, to_dutch, to_iso};
use crate::domain::opp::{Consent, Consultation, OppContent, OppReason, VersionStatus};
use crate::domain::pupil::{EducationType, SchoolStage};
use crate::template::Template;
use crate::vocabulary::{self, capitalized};
use chrono::NaiveDate as Date;

/// The metadata title of every printed OPP; deliberately without names.
pub const METADATA_TITLE: &str = "Ibis — ontwikkelingsperspectiefplan";

/// The word in the header band of every page of a draft.
pub const DRAFT_MARK: &str = "CONCEPT";

/// Everything the printed OPP and the ouderblad show, resolved by the use case.
#[derive(Debug, Clone, PartialEq)]
pub struct OppDocumentData {
    pub pupil: OppPupil,
    /// Version number (1, 2, …).
    pub number: i64,
    /// Draft → "CONCEPT" on every page.
    pub status: VersionStatus,
    pub reason: OppReason,
    pub established_on: Option<Date>,
    /// Soft gate: why there was no hoorgesprek for this moment (printed when Some).
    pub hearing_gap_reason: Option<String>,
    /// The hoorgesprek the pupil's words come from (date, with whom), when there is one.
    pub hearing: Option<(Date, String)>,
    /// ROD dates: begin (first vaststelling) and end (when the OPP ended); None = not (yet) known.
    pub rod_begin: Option<Date>,
    pub rod_end: Option<Date>,
    pub content: OppContent,
    pub consultation: Option<Consultation>,
    /// Names of the guardians in the consultation ("Petra de Vries (moeder)").
    pub consultation_names: Vec<String>,
    pub consent: Consent,
    /// Names of those who answered on the handelingsdeel.
    pub consent_names: Vec<String>,
    /// Every guardian WITH gezag, by name and relation: one signature line each.
    pub signers: Vec<OppSigner>,
    /// The pupil signs too (12+ or vo/vso/pro — the lead decides; printed when true).
    pub pupil_signs: bool,
    /// The school's signer role: "intern begeleider" / "ondersteuningscoördinator".
    pub school_role: String,
    pub printed_on: Date,
}

/// The pupil as the OPP names them: the minimum a reader needs.
#[derive(Debug, Clone, PartialEq)]
pub struct OppPupil {
    pub first_name: String,
    /// "Daan de Vries" (first name, tussenvoegsel, last name).
    pub full_name: String,
    pub birth_date: Date,
    pub education_type: EducationType,
    /// Decides groep/leerjaar and the other people words.
    pub stage: SchoolStage,
    /// The groep or leerjaar number.
    pub grade: i32,
    pub school: String,
    /// The pupil's fixed aanspreekpunt or contact at school, when recorded.
    pub contact_person: Option<String>,
}

/// A guardian with gezag who signs: "Petra de Vries", "moeder".
#[derive(Debug, Clone, PartialEq)]
pub struct OppSigner {
    pub name: String,
    /// "moeder", "vader", "voogd", …
    pub role: String,
}

/// Builds the printed OPP.
pub fn build(data: &OppDocumentData, template: &Template) -> Document {
    let mut b = Builder::default();
    let subtitle = format!("{} · {}", data.pupil.full_name.trim(), version_line(data));
    b.push(Block::Title {
        text: "Ontwikkelingsperspectiefplan (OPP)".into(),
        subtitle: Some(subtitle),
    });
    if data.status == VersionStatus::Draft {
        b.push(Block::Notice(
            "Dit is een concept. Deze versie is nog niet vastgesteld en kan nog veranderen.".into(),
        ));
    }
    b.pupil(data);
    b.about(data);
    b.perspective(data, template);
    b.pupil_voice(data);
    b.action(data, template);
    Document {
        header_title: format!("{} · {}", version_line(data), data.pupil.full_name.trim()),
        audience: Audience::Professional,
        mark: (data.status == VersionStatus::Draft).then(|| DRAFT_MARK.to_owned()),
        metadata: Metadata {
            title: METADATA_TITLE.into(),
            subject: "Ontwikkelingsperspectiefplan uit Ibis (vertrouwelijk)".into(),
            keywords: vec!["Ibis".into(), "OPP".into(), "vertrouwelijk".into()],
        },
        blocks: b.blocks,
    }
}

/// The plan inside another document (the TLV dossier, issue 10): what this version is, the
/// perspectiefdeel, the pupil's words and the handelingsdeel with what was recorded about the
/// OOGO and the instemming, but no places for signatures; every heading one level lower, so
/// the plan sits under the host document's own section heading. The pupil and school are the
/// host's to print.
pub(crate) fn embedded_blocks(data: &OppDocumentData, template: &Template) -> Vec<Block> {
    let mut b = Builder {
        embedded: true,
        ..Builder::default()
    };
    b.about(data);
    b.perspective(data, template);
    b.pupil_voice(data);
    b.action(data, template);
    b.blocks.into_iter().map(demoted).collect()
}

/// `block` with its headings one level lower (a section becomes a subsection).
fn demoted(block: Block) -> Block {
    match block {
        Block::Heading { level, text } => Block::Heading {
            level: match level {
                HeadingLevel::Section => HeadingLevel::Subsection,
                HeadingLevel::Subsection | HeadingLevel::Minor => HeadingLevel::Minor,
            },
            text,
        },
        Block::Keep(blocks) => Block::Keep(blocks.into_iter().map(demoted).collect()),
        other => other,
    }
}

/// The proposed file name: initials, version and print date, never the full name
/// (`opp-DdV-versie-2-2026-11-23.pdf` for Daan de Vries).
pub fn file_name(data: &OppDocumentData) -> String {
    format!(
        "opp-{}-versie-{}-{}.pdf",
        super::case_overview::initials(&data.pupil.full_name, ""),
        data.number,
        to_iso(data.printed_on)
    )
}

/// "OPP versie 2 · vastgesteld op 12-11-2026" or "OPP versie 3 · CONCEPT": on every page.
pub fn version_line(data: &OppDocumentData) -> String {
    match (data.status, data.established_on) {
        (VersionStatus::Draft, _) => format!("OPP versie {} · {DRAFT_MARK}", data.number),
        (VersionStatus::Established, Some(on)) => {
            format!(
                "OPP versie {} · vastgesteld op {}",
                data.number,
                to_dutch(on)
            )
        }
        (VersionStatus::Established, None) => format!("OPP versie {} · vastgesteld", data.number),
    }
}

/// A stored ISO date as `dd-mm-jjjj`; a text that is not a date is shown as typed.
pub(crate) fn iso_to_dutch(iso: &str) -> String {
    parse_iso("date", iso.trim()).map_or_else(|_| iso.trim().to_owned(), to_dutch)
}

/// The texts of the plan's lists as a reader meets them (used by both documents).
pub(crate) fn present(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Why this version was made, in words.
fn reason_line(reason: OppReason) -> &'static str {
    match reason {
        OppReason::Opstellen => "opstellen (het eerste plan)",
        OppReason::Bijstellen => "bijstellen (het plan is aangepast)",
        OppReason::Evaluatie => "evaluatie (het plan is met de ouders geëvalueerd)",
    }
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    /// Inside another document (the TLV dossier): the recorded agreements without the
    /// instructions to parents and the places for signatures.
    embedded: bool,
}

impl Builder {
    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn heading(&mut self, level: HeadingLevel, text: impl Into<String>) {
        self.push(Block::Heading {
            level,
            text: text.into(),
        });
    }

    /// Label–value pairs; a pair without a value is left out.
    fn key_values(&mut self, pairs: Vec<(String, Option<String>)>) {
        let pairs: Vec<KeyValue> = pairs
            .into_iter()
            .filter_map(|(key, value)| {
                value
                    .and_then(|v| present(&v))
                    .map(|v| KeyValue::new(key, v))
            })
            .collect();
        if !pairs.is_empty() {
            self.push(Block::KeyValues(pairs));
        }
    }

    fn pupil(&mut self, data: &OppDocumentData) {
        let pupil = &data.pupil;
        let wording = pupil.stage.wording();
        self.heading(HeadingLevel::Section, "Leerling en school");
        self.key_values(vec![
            ("Naam".into(), Some(pupil.full_name.clone())),
            ("Geboortedatum".into(), Some(to_dutch(pupil.birth_date))),
            ("School".into(), Some(pupil.school.clone())),
            (
                "Onderwijstype".into(),
                Some(vocabulary::education_type(pupil.education_type).into()),
            ),
            (capitalized(wording.grade), Some(pupil.grade.to_string())),
            ("Contactpersoon".into(), pupil.contact_person.clone()),
        ]);
    }

    fn about(&mut self, data: &OppDocumentData) {
        self.heading(HeadingLevel::Section, "Over dit plan");
        let status = match (data.status, data.established_on) {
            (VersionStatus::Draft, _) => "concept, nog niet vastgesteld".to_owned(),
            (VersionStatus::Established, Some(on)) => format!("vastgesteld op {}", to_dutch(on)),
            (VersionStatus::Established, None) => "vastgesteld".to_owned(),
        };
        self.key_values(vec![
            ("Versie".into(), Some(data.number.to_string())),
            ("Status".into(), Some(status)),
            ("Aanleiding".into(), Some(reason_line(data.reason).into())),
            (
                "Begindatum OPP (ROD)".into(),
                Some(
                    data.rod_begin
                        .map_or_else(|| "nog niet vastgesteld".into(), to_dutch),
                ),
            ),
            (
                "Einddatum OPP (ROD)".into(),
                Some(data.rod_end.map_or_else(|| "loopt nog".into(), to_dutch)),
            ),
            ("Overgenomen uit".into(), sources(&data.content)),
        ]);
    }
}

/// The records the plan's pre-filled items came from, each named once, in order of first use.
fn sources(content: &OppContent) -> Option<String> {
    let perspective = &content.perspective;
    let action = &content.action;
    let voice = &content.pupil_voice;
    let labels = perspective
        .needs
        .iter()
        .map(|n| &n.source)
        .chain(perspective.factors.iter().map(|f| &f.source))
        .chain(action.goals.iter().map(|g| &g.source))
        .chain(action.support.iter().map(|s| &s.source))
        .chain(voice.quotes.iter().map(|q| &q.source))
        .chain(voice.child_goals.iter().map(|g| &g.source))
        .chain(content.parents_view.iter().map(|v| &v.source))
        .flatten()
        .map(|source| source.label.trim().to_owned())
        .filter(|label| !label.is_empty());
    let mut unique: Vec<String> = Vec::new();
    for label in labels {
        if !unique.contains(&label) {
            unique.push(label);
        }
    }
    (!unique.is_empty()).then(|| unique.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_print_dutch_and_other_text_as_typed() {
        assert_eq!(iso_to_dutch("2026-11-12"), "12-11-2026");
        assert_eq!(iso_to_dutch(" na de kerst "), "na de kerst");
    }

    #[test]
    fn every_reason_reads_as_words() {
        for reason in OppReason::ALL {
            assert!(!reason_line(reason).contains('_'));
            assert!(reason_line(reason).starts_with(reason.as_str()));
        }
    }
}
