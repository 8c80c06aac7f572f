//! The kinds of thing Ibis keeps, named once: audit rows say which entity an action touched and
//! `Error::NotFound` says which one is missing. The strings are stored in the audit log (its hash
//! chain covers them), so they never change.

/// A kind of stored thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    Vault,
    Pupil,
    Guardian,
    Case,
    Cycle,
    Record,
    Settings,
    Draft,
    Export,
    Holiday,
    /// A hoorgesprek with the pupil.
    Hearing,
    /// The parents' zienswijze.
    ParentView,
    /// An ontwikkelingsperspectiefplan.
    Opp,
    /// One version of an OPP.
    OppVersion,
    /// An aanmelding of a pupil at the school.
    Enrolment,
    /// A toelaatbaarheidsverklaring (aanvraag, decision, bezwaar).
    Tlv,
    /// One registration of verzuim.
    Absence,
    /// A report to DUO's verzuimregister (recorded, not sent).
    AbsenceReport,
    /// A period at home (thuiszitten), with its deviation plan.
    HomeStay,
    /// A document attached to a pupil's file (PDF or image).
    Attachment,
    /// A meldcode route (restricted; DOMAIN.md §11).
    Meldcode,
    /// Access to a pupil's meldcode routes (its id is the pupil's): granted or refused.
    MeldcodeAccess,
    /// A geschil between parents and school, with its escalatieladder.
    Escalation,
    /// An SWV template (id and version).
    Template,
}

impl Entity {
    /// The stored name (audit log `entity` column, log lines).
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Vault => "vault",
            Entity::Pupil => "pupil",
            Entity::Guardian => "guardian",
            Entity::Case => "case",
            Entity::Cycle => "cycle",
            Entity::Record => "record",
            Entity::Settings => "settings",
            Entity::Draft => "draft",
            Entity::Export => "export",
            Entity::Holiday => "holiday",
            Entity::Hearing => "hearing",
            Entity::ParentView => "parent_view",
            Entity::Opp => "opp",
            Entity::OppVersion => "opp_version",
            Entity::Enrolment => "enrolment",
            Entity::Tlv => "tlv",
            Entity::Absence => "absence",
            Entity::AbsenceReport => "absence_report",
            Entity::HomeStay => "home_stay",
            Entity::Attachment => "attachment",
            Entity::Meldcode => "meldcode",
            Entity::MeldcodeAccess => "meldcode_access",
            Entity::Escalation => "escalation",
            Entity::Template => "template",
        }
    }

    /// Dutch name for a person (CLI messages).
    pub fn dutch(self) -> &'static str {
        match self {
            Entity::Vault => "kluis",
            Entity::Pupil => "leerling",
            Entity::Guardian => "ouder/verzorger",
            Entity::Case => "casus",
            Entity::Cycle => "cyclus",
            Entity::Record => "vastlegging",
            Entity::Settings => "instelling",
            Entity::Draft => "concept",
            Entity::Export => "geëxporteerd bestand",
            Entity::Holiday => "schoolvakantie",
            Entity::Hearing => "hoorgesprek",
            Entity::ParentView => "zienswijze ouders",
            Entity::Opp => "ontwikkelingsperspectiefplan",
            Entity::OppVersion => "versie van het ontwikkelingsperspectiefplan",
            Entity::Enrolment => "aanmelding",
            Entity::Tlv => "TLV",
            Entity::Absence => "verzuimregistratie",
            Entity::AbsenceReport => "verzuimmelding",
            Entity::HomeStay => "periode thuis",
            Entity::Attachment => "bijlage",
            Entity::Meldcode => "meldcoderoute",
            Entity::MeldcodeAccess => "toegang tot de meldcode",
            Entity::Escalation => "geschil",
            Entity::Template => "sjabloon",
        }
    }
}

impl std::fmt::Display for Entity {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
