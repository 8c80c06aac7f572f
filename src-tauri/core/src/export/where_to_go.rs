//! The parents' sheet "Waar kunt u terecht?" (issue 11 item 4, DOMAIN.md §10): one A4 page in
//! plain Dutch (B1, "u", short sentences) with the steps parents can take when they disagree
//! with the school, in the template's order, each with the contact point that helps at that
//! step, and the samenwerkingsverband's contact sheet. Made for a dispute, it also says what the
//! dispute is about, since when, where it stands now and the termijnen that run, with their
//! dates and sources. The steps and contacts come from the template only; the template refuses
//! Veilig Thuis, and this sheet never names it or the meldcode: a disagreement is not a
//! safety concern (seed 000 measure 12).
//!
//! Built like the OPP ouderblad ([`super::opp_parent_sheet`]): every abbreviation is written
//! out at its first use, no name in the PDF metadata, a file name with initials only.

mod fit;

pub use fit::{Fit, render};

use super::case_overview::initials;
use super::model::{Block, Document, HeadingLevel, Metadata, TextStyle};
use super::opp_parent_sheet::abbreviations::Explainer;
use crate::domain::dates::{month_name, to_iso};
use crate::domain::escalation::DisputeSubject;
use crate::domain::pupil::SchoolStage;
use crate::template::Template;
use crate::template::{ContactPoint, EscalationStepTemplate};
use chrono::{Datelike, NaiveDate, Weekday};

/// The metadata title of every sheet; deliberately without names.
pub const METADATA_TITLE: &str = "Ibis — ouderblad Waar kunt u terecht?";

/// Everything the sheet shows besides the template.
#[derive(Debug, Clone, PartialEq)]
pub struct WhereToGoData {
    pub first_name: String,
    /// For the page header (as on every Ibis document) and the file name's initials.
    pub full_name: String,
    pub school: String,
    /// Decides the words: leerkracht or mentor, intern begeleider or ondersteuningscoördinator.
    pub stage: SchoolStage,
    /// The school's contact for this pupil, when recorded ("Anouk Visser (intern begeleider)").
    pub contact_person: Option<String>,
    pub printed_on: NaiveDate,
    /// `None`: the general sheet (every step, no dates).
    pub dispute: Option<DisputeFacts>,
}

/// What the sheet says about one dispute. Filled from the dispute (`Escalation`) by the use
/// case.
#[derive(Debug, Clone, PartialEq)]
pub struct DisputeFacts {
    pub subject: DisputeSubject,
    pub opened_on: NaiveDate,
    /// The template key of the step the dispute is at now; `None` before the first step.
    pub current_step_key: Option<String>,
    /// The termijnen running for this dispute, earliest first.
    pub deadlines: Vec<SheetDeadline>,
}

/// One running termijn, as the parents read it.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetDeadline {
    /// The template key of the step the termijn belongs to.
    pub step_key: String,
    /// What the parents must do by then, in the "u" form, without the date ("uw verzoek
    /// indienen bij de Geschillencommissie Passend Onderwijs").
    pub what: String,
    /// The last day (inclusive).
    pub until: NaiveDate,
    /// The legal source ("Besluit bekostiging WPO, art. 34.9").
    pub source: String,
}

/// The steps of the ladder that belong on the sheet: for a dispute, those that apply to its
/// subject; otherwise all of them, in the template's order.
pub fn steps<'t>(
    template: &'t Template,
    dispute: Option<&DisputeFacts>,
) -> Vec<&'t EscalationStepTemplate> {
    template
        .escalation
        .steps
        .iter()
        .filter(|step| dispute.is_none_or(|d| step.applies_to(d.subject)))
        .collect()
}

/// Builds the sheet at one [`Fit`].
pub fn build(data: &WhereToGoData, template: &Template, fit: Fit) -> Document {
    let first = data.first_name.trim();
    let school = data.school.trim();
    let dispute = data.dispute.as_ref();
    let steps = steps(template, dispute);
    let mut explainer = Explainer::default();
    let mut blocks = vec![
        Block::Title {
            text: "Waar kunt u terecht?".into(),
            subtitle: Some(format!("Voor de ouders van {first}, {school}")),
        },
        paragraph(
            "Bent u het niet eens met de school? Dit zijn de stappen die u kunt zetten. Begin \
             altijd bij stap 1."
                .into(),
        ),
    ];
    if let Some(dispute) = dispute {
        blocks.extend(situation(&mut explainer, dispute, &steps, fit));
    }
    blocks.push(section("De stappen", fit));
    let current = dispute.and_then(|d| d.current_step_key.as_deref());
    for (index, step) in steps.iter().enumerate() {
        blocks.push(step_block(
            &mut explainer,
            index + 1,
            step,
            template,
            current,
            fit,
        ));
    }
    // "Uw samenwerkingsverband: …" says what it is; when every line counts it goes without a
    // heading of its own.
    if !fit.terse() {
        blocks.push(section("Het samenwerkingsverband", fit));
    }
    blocks.push(paragraph(swv_text(&mut explainer, template, fit)));
    // The closing line stands out in a shaded box, unless every line counts.
    blocks.push(if fit.terse() {
        lead_in(contact(data))
    } else {
        Block::Notice(contact(data))
    });
    Document {
        header_title: format!("Waar kunt u terecht? · {}", data.full_name.trim()),
        audience: fit.audience(),
        mark: None,
        metadata: Metadata {
            title: METADATA_TITLE.into(),
            subject: "Waar ouders terechtkunnen als zij het niet eens zijn met de school \
                      (vertrouwelijk)"
                .into(),
            keywords: vec!["Ibis".into(), "ouderblad".into(), "escalatieladder".into()],
        },
        blocks,
    }
}

/// The proposed file name: initials and print date, never the full name
/// (`waar-kunt-u-terecht-DdV-2026-11-23.pdf` for Daan de Vries).
pub fn file_name(data: &WhereToGoData) -> String {
    format!(
        "waar-kunt-u-terecht-{}-{}.pdf",
        initials(&data.full_name, ""),
        to_iso(data.printed_on)
    )
}

/// "dinsdag 12 januari 2027": the weekday makes a deadline concrete for a parent.
pub fn long_date(date: NaiveDate) -> String {
    let weekday = match date.weekday() {
        Weekday::Mon => "maandag",
        Weekday::Tue => "dinsdag",
        Weekday::Wed => "woensdag",
        Weekday::Thu => "donderdag",
        Weekday::Fri => "vrijdag",
        Weekday::Sat => "zaterdag",
        Weekday::Sun => "zondag",
    };
    format!(
        "{weekday} {} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// What this dispute is about, since when, where it stands and the dates that count.
fn situation(
    explainer: &mut Explainer,
    dispute: &DisputeFacts,
    steps: &[&EscalationStepTemplate],
    fit: Fit,
) -> Vec<Block> {
    let mut blocks = vec![section("Uw situatie", fit)];
    let mut text = format!(
        "{} Dat is begonnen op {}.",
        disagreement(dispute.subject),
        long_date(dispute.opened_on)
    );
    if let Some((number, _)) = dispute
        .current_step_key
        .as_deref()
        .and_then(|key| numbered(steps, key))
    {
        text.push_str(&format!(" U bent nu bij stap {number}."));
    }
    blocks.push(paragraph(explainer.explain(&text)));
    if dispute.deadlines.is_empty() {
        return blocks;
    }
    let mut deadlines: Vec<&SheetDeadline> = dispute.deadlines.iter().collect();
    deadlines.sort_by_key(|d| d.until);
    blocks.push(lead_in("Let op deze datums:".into()));
    blocks.push(Block::Bullets(
        deadlines
            .iter()
            .map(|deadline| {
                let mut line = format!(
                    "Uiterlijk op {}: {}",
                    long_date(deadline.until),
                    explainer.explain(deadline.what.trim())
                );
                line.push('.');
                line
            })
            .collect(),
    ));
    let sources: Vec<String> = deadlines
        .iter()
        .map(|d| d.source.trim().to_owned())
        .filter(|s| !s.is_empty())
        .fold(Vec::new(), |mut unique, source| {
            if !unique.contains(&source) {
                unique.push(source);
            }
            unique
        });
    if !sources.is_empty() {
        // Sources are cited as written: "WPO" in a law's name is not explained.
        blocks.push(small(format!("Waar staat dit? {}.", sources.join("; "))));
    }
    blocks
}

/// "U bent het niet eens met de school over de toelating." — the subject's own words
/// ([`DisputeSubject::dutch`]) with the article a sentence needs.
fn disagreement(subject: DisputeSubject) -> String {
    let words = subject.dutch();
    match subject {
        DisputeSubject::Admission | DisputeSubject::Removal => {
            format!("U bent het niet eens met de school over de {words}.")
        }
        DisputeSubject::Opp => format!("U bent het niet eens met de school over het {words}."),
        DisputeSubject::Support | DisputeSubject::Tlv => {
            format!("U bent het niet eens met de school over {words}.")
        }
        DisputeSubject::Other => "U bent het niet eens met de school.".to_owned(),
    }
}

/// The step's number on this sheet (from 1) and the step.
fn numbered<'t>(
    steps: &[&'t EscalationStepTemplate],
    key: &str,
) -> Option<(usize, &'t EscalationStepTemplate)> {
    steps
        .iter()
        .position(|s| s.key == key)
        .map(|index| (index + 1, steps[index]))
}

/// One step, kept on one page: its number and plain text, then who helps and how to reach
/// them. The step's label is for the IB'er and stays off the sheet; the step the dispute is at
/// is marked in words, not by colour alone.
fn step_block(
    explainer: &mut Explainer,
    number: usize,
    step: &EscalationStepTemplate,
    template: &Template,
    current: Option<&str>,
    fit: Fit,
) -> Block {
    let mut blocks = Vec::new();
    if current == Some(step.key.as_str()) {
        blocks.push(lead_in(format!("Hier bent u nu (stap {number}):")));
    }
    let mut text = format!("{number}. {}", explainer.explain(step.plain.trim()));
    if let Some(contact) = step
        .contact
        .as_deref()
        .and_then(|key| template.contacts.iter().find(|c| c.key == key))
    {
        // On its own line, unless every line counts.
        text.push(if fit.terse() { ' ' } else { '\n' });
        text.push_str(&contact_text(explainer, contact, fit));
    }
    blocks.push(paragraph(text));
    Block::Keep(blocks)
}

/// "Wie helpt? Onderwijsconsulenten. Gratis en … · www.onderwijsconsulenten.nl"; the
/// contact details are never run through the explainer (a postcode's "AB" is no
/// abbreviation).
fn contact_text(explainer: &mut Explainer, contact: &ContactPoint, fit: Fit) -> String {
    let mut text = format!("Wie\u{a0}helpt? {}", explainer.explain(contact.name.trim()));
    // Without a number, address or website, what they do is also where to find them ("staat
    // in de schoolgids"): then it stays even when every line counts.
    let reachable = [&contact.phone, &contact.email, &contact.website]
        .into_iter()
        .flatten()
        .any(|detail| !detail.trim().is_empty());
    if fit.with_help() || !reachable {
        text.push_str(". ");
        text.push_str(&sentence(&explainer.explain(&contact.help)));
    }
    text.push_str(&reach(
        contact.phone.as_deref(),
        contact.email.as_deref(),
        contact.website.as_deref(),
        None,
    ));
    text
}

/// The samenwerkingsverband: its name and how to reach it.
fn swv_text(explainer: &mut Explainer, template: &Template, fit: Fit) -> String {
    let swv = &template.swv;
    let mut text = if fit.terse() {
        String::new()
    } else {
        "De school hoort bij een samenwerkingsverband. Dat regelt de extra ondersteuning. "
            .to_owned()
    };
    text.push_str(&format!(
        "Uw samenwerkingsverband: {}",
        explainer.explain(swv.name.trim())
    ));
    text.push_str(&reach(
        swv.phone.as_deref(),
        swv.email.as_deref(),
        swv.website.as_deref(),
        swv.address.as_deref(),
    ));
    text
}

/// " · 088 123 45 67 · info@… · www.…" for the details that are there: a number, an address
/// with "@" and a website speak for themselves, and without labels a contact point mostly
/// takes one line. A phone number is never split over two lines (no-break spaces). No full
/// stop after an address a parent types over.
fn reach(
    phone: Option<&str>,
    email: Option<&str>,
    website: Option<&str>,
    address: Option<&str>,
) -> String {
    let phone = phone.map(|p| p.trim().replace(' ', "\u{a0}"));
    [phone.as_deref(), email, website, address]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .map(|value| format!(" · {value}"))
        .collect()
}

/// `text` trimmed and ending in a full stop (unless it ends in other punctuation).
fn sentence(text: &str) -> String {
    let mut text = text.trim().to_owned();
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// Whom to ask, in the school's own words, and the day the sheet was made.
fn contact(data: &WhereToGoData) -> String {
    let school = data.school.trim();
    let question = match data
        .contact_person
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        Some(person) => format!("Vragen? Neem contact op met {person}, {school}."),
        None => format!(
            "Vragen? Neem contact op met de {} van {school}.",
            data.stage.wording().coordinator
        ),
    };
    format!(
        "{question} Dit blad is gemaakt op {}.",
        long_date(data.printed_on)
    )
}

/// A part of the sheet: a subsection's size keeps the whole on one page; the smallest heading
/// when every line counts.
fn section(text: &str, fit: Fit) -> Block {
    Block::Heading {
        level: if fit.terse() {
            HeadingLevel::Minor
        } else {
            HeadingLevel::Subsection
        },
        text: text.into(),
    }
}

fn paragraph(text: String) -> Block {
    Block::Paragraph {
        text,
        style: TextStyle::Regular,
    }
}

fn lead_in(text: String) -> Block {
    Block::Paragraph {
        text,
        style: TextStyle::Bold,
    }
}

/// Small print: the sources of the termijnen.
fn small(text: String) -> Block {
    Block::Paragraph {
        text,
        style: TextStyle::Italic,
    }
}
