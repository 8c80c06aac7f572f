//! Synthetic demo data: Dutch-sounding pupils, guardians and cases, the same for the same seed.
//! Combinations of common first and last names; never real people. The first casussen are
//! walked through the stappenplan (see `walk`), so the demo shows every step; what each casus
//! says fits its title (see `themes`) and is worded for the pupil's onderwijstype.

mod absence;
pub mod attachments;
mod enrolments;
mod escalation;
mod hearings;
pub mod meldcode;
mod opp;
pub mod themes;
mod tlv;
mod walk;

use super::now_text;
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::case::{DEFAULT_TEMPLATE_ID, DEFAULT_TEMPLATE_VERSION};
use crate::domain::guardian::{self, GuardianDraft, GuardianRelation};
use crate::domain::hearing::AgeBand;
use crate::domain::pupil::{self, EducationType, PupilDraft};
use crate::domain::{case, dates};
use crate::error::Result;
use crate::ids::new_id;
use crate::store::{Store, audit, cases, guardians, pupils};
use crate::template::Template;
use chrono::{NaiveDate, TimeDelta};
use rand::{Rng, SeedableRng, seq::SliceRandom};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

const FIRST_NAMES: &[&str] = &[
    "Sanne", "Daan", "Emma", "Noah", "Lotte", "Sem", "Julia", "Lucas", "Fenna", "Finn", "Tess",
    "Levi", "Zoë", "Mees", "Noor", "Bram", "Chloë", "Jesse", "Saar", "Thijs", "Anouk", "Ruben",
    "Fleur", "Milan", "Isa", "Luuk", "Yara", "Ayoub", "Fatima", "Mohammed", "Ilse", "Jip", "Roos",
    "Sven", "Maud", "Stijn", "Liv", "Gijs", "Nina", "Teun", "Eline", "Hamza", "Aylin", "Bilal",
    "Mila", "Olivier", "Sofie", "Joëlle", "Renée", "Zeynep",
];

const LAST_NAMES: &[&str] = &[
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "Yılmaz",
    "El Amrani",
    "Öztürk",
    "Boukhari",
    "Koster",
    "Prins",
    "Huisman",
    "Postma",
    "Kuipers",
    "Veenstra",
];

/// Schools per onderwijstype, so a po pupil is never placed at a secondary school.
fn schools(education_type: EducationType) -> &'static [&'static str] {
    match education_type {
        EducationType::Po => &[
            "OBS De Regenboog",
            "CBS Het Kompas",
            "IKC De Vlinder",
            "RKBS Sint-Jozef",
        ],
        EducationType::Sbo => &["SBO De Brug", "SBO Het Anker"],
        EducationType::So => &["SO De Wissel", "SO De Sterrenboog"],
        EducationType::Vo => &[
            "Het Stedelijk College",
            "Groenhorst Lyceum",
            "Vakcollege De Maas",
        ],
        EducationType::Vso => &["VSO De Wissel", "VSO Het Baken"],
        EducationType::Pro => &["Praktijkschool De Driestar", "Praktijkcollege Het Plein"],
    }
}

/// How much demo data to make.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoRequest {
    pub pupils: u32,
    pub seed: u64,
}

/// What was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoReport {
    pub pupils: u32,
    pub guardians: u32,
    pub cases: u32,
    /// Pupils with extra support, each heard (hoorgesprek) with the parents' zienswijze.
    pub hearings: u32,
    pub parent_views: u32,
    /// Pupils with an OPP (vastgesteld and agreed, with a newer draft, not agreed, overdue).
    pub opps: u32,
    /// Aanmeldingen of pupils without a casus (one in its extension, one past ten weeks).
    pub enrolments: u32,
    /// Absences registered (one pupil at the 16-hour threshold).
    pub absences: u32,
    /// Periods at home (five weeks and four months).
    pub home_stays: u32,
    /// TLVs (granted, in bezwaar, being prepared with gaps).
    #[serde(default)]
    pub tlvs: u32,
    /// Meldcode routes (one, fictitious, for the pupil with the granted TLV; never exported).
    #[serde(default)]
    pub meldcode_routes: u32,
    /// Geschillen (one OPP geschil at the GPO step, one resolved at school).
    #[serde(default)]
    pub escalations: u32,
}

/// How many casussen are walked through the stappenplan (each walk is some fifteen
/// transactions; the rest stay at Signaleren so 10,000 demo pupils stay quick to make).
const WALKED_CASES: usize = 64;

/// Fills the vault with demo data: pupils, guardians and cases in one transaction (every row
/// with its audit entry), then the first casussen walked through the stappenplan.
pub fn generate(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: &DemoRequest,
) -> Result<DemoReport> {
    let mut rng = ChaCha8Rng::seed_from_u64(req.seed);
    let today = clock.today();
    let now = now_text(clock);
    let mut report = DemoReport {
        pupils: 0,
        guardians: 0,
        cases: 0,
        hearings: 0,
        parent_views: 0,
        opps: 0,
        enrolments: 0,
        absences: 0,
        home_stays: 0,
        tlvs: 0,
        meldcode_routes: 0,
        escalations: 0,
    };
    let holidays = store.read(super::holidays::calendar)?;
    let mut opened: Vec<Opened> = Vec::new();
    let mut without_case: Vec<String> = Vec::new();
    let mut pupil_ids: Vec<String> = Vec::new();
    store.write(|tx| {
        for _ in 0..req.pupils {
            let first = pick(&mut rng, FIRST_NAMES);
            // The demo names are written "van den Berg": the words before the last one are
            // the tussenvoegsel.
            let surname = pick(&mut rng, LAST_NAMES);
            let (prefix, last) = match surname.rsplit_once(' ') {
                Some((prefix, last)) => (Some(prefix), last),
                None => (None, surname),
            };
            let education_type = *[
                EducationType::Po,
                EducationType::Po,
                EducationType::Po,
                EducationType::Vo,
                EducationType::Vo,
                EducationType::Sbo,
                EducationType::So,
                EducationType::Vso,
                EducationType::Pro,
            ]
            .choose(&mut rng)
            .unwrap_or(&EducationType::Po);
            let (low, high) = education_type.grade_range();
            let grade = rng.gen_range(low..=high);
            // Age that fits the grade: groep 1 ≈ 4 years, leerjaar 1 ≈ 12 years.
            let base_age = if high == 8 { 3 + grade } else { 11 + grade };
            let birth = today - TimeDelta::days(base_age * 365 + rng.gen_range(0..365));
            let birth_iso = dates::to_iso(birth);
            let school = pick(&mut rng, schools(education_type));
            let contact = education_type
                .has_contact_person()
                .then(|| format!("mentor {}", pick(&mut rng, LAST_NAMES)));
            let valid = pupil::validate(
                &PupilDraft {
                    first_name: first,
                    surname_prefix: prefix,
                    last_name: last,
                    birth_date: &birth_iso,
                    education_type,
                    grade,
                    school,
                    contact_person: contact.as_deref(),
                    notes: None,
                },
                today,
            )?;
            let pupil_id = new_id(clock);
            pupils::insert(tx, &pupil_id, &valid, &now)?;
            audit::append(tx, &now, AuditAction::PupilCreate, Some(&pupil_id))?;
            pupil_ids.push(pupil_id.clone());
            report.pupils += 1;

            for (relation, name_first) in guardian_pair(&mut rng) {
                let valid = guardian::validate(&GuardianDraft {
                    first_name: Some(name_first),
                    surname_prefix: prefix,
                    last_name: last,
                    relation,
                    has_authority: true,
                    phone: Some(&format!("06-{:08}", rng.gen_range(10_000_000..99_999_999))),
                    email: Some(&format!("ouder{}@example.nl", rng.gen_range(1000..9999))),
                })?;
                let guardian_id = new_id(clock);
                guardians::insert(tx, &guardian_id, &pupil_id, &valid, &now)?;
                audit::append(tx, &now, AuditAction::GuardianAdd, Some(&guardian_id))?;
                report.guardians += 1;
            }

            if rng.gen_bool(0.6) {
                // At least three weeks ago, so a walked casus has room for its steps.
                let start = today - TimeDelta::days(rng.gen_range(21..300));
                let theme = &themes::THEMES[rng.gen_range(0..themes::THEMES.len())];
                let valid = case::validate(theme.title, &dates::to_iso(start), birth, today)?;
                let case_id = new_id(clock);
                cases::insert(
                    tx,
                    &cases::NewCase {
                        id: &case_id,
                        pupil_id: &pupil_id,
                        title: &valid.title,
                        start_date: &dates::to_iso(valid.start_date),
                        template_id: DEFAULT_TEMPLATE_ID,
                        template_version: DEFAULT_TEMPLATE_VERSION,
                    },
                    &now,
                )?;
                super::stepplan::insert_cycle(
                    tx,
                    clock,
                    &case_id,
                    1,
                    &dates::to_iso(valid.start_date),
                )?;
                audit::append(tx, &now, AuditAction::CaseOpen, Some(&case_id))?;
                opened.push(Opened {
                    case_id,
                    pupil_id: pupil_id.clone(),
                    start: valid.start_date,
                    theme,
                    education_type,
                    band: AgeBand::for_pupil(education_type, grade),
                });
                report.cases += 1;
            } else {
                without_case.push(pupil_id.clone());
            }
        }
        Ok(())
    })?;
    let walked = &opened[..opened.len().min(WALKED_CASES)];
    let extra_support = extra_support_choice(walked);
    for (index, casus) in walked.iter().enumerate() {
        let extra = extra_support.contains(&index);
        let casus = walk::Casus {
            case_id: &casus.case_id,
            start: casus.start,
            stage: if extra { 7 } else { (index % 8) as u8 },
            theme: casus.theme,
            wording: casus.education_type.wording(),
            extra_support: extra,
        };
        walk::walk(store, clock, template, &holidays, &casus)?;
    }
    let heard: Vec<hearings::Heard<'_>> = extra_support
        .iter()
        .map(|&index| hearings::Heard {
            case_id: &walked[index].case_id,
            pupil_id: &walked[index].pupil_id,
            band: walked[index].band,
        })
        .collect();
    let count = hearings::add(store, clock, template, &holidays, &heard)?;
    report.hearings = count.hearings;
    report.parent_views = count.parent_views;
    let candidates: Vec<opp::Candidate<'_>> = walked
        .iter()
        .enumerate()
        .map(|(index, casus)| opp::Candidate {
            case_id: &casus.case_id,
            pupil_id: &casus.pupil_id,
            education_type: casus.education_type,
            extra_support: extra_support.contains(&index),
        })
        .collect();
    report.opps = opp::add(store, clock, template, &candidates)?;
    // TLVs for pupils with extra support, those with a vastgesteld OPP first.
    let mut tlv_pupils: Vec<(bool, String)> = Vec::new();
    for candidate in candidates.iter().filter(|c| c.extra_support) {
        let established = store
            .read(|conn| crate::usecases::tlv::facts::established_opp(conn, candidate.pupil_id))?;
        tlv_pupils.push((established.is_none(), candidate.pupil_id.to_owned()));
    }
    tlv_pupils.sort_by_key(|(without_opp, _)| *without_opp);
    let tlv_pupils: Vec<String> = tlv_pupils.into_iter().map(|(_, id)| id).collect();
    let made_tlvs = tlv::add(store, clock, template, &tlv_pupils)?;
    report.tlvs = made_tlvs.count();
    // The meldcode example sits with the pupil whose file has everything (casus, OPP,
    // hoorgesprek, TLV with attachments), so leaving it out of every export is visible.
    if let Some((pupil_id, _)) = &made_tlvs.granted {
        report.meldcode_routes = meldcode::add(store, clock, pupil_id)?;
    }
    let dispute_pupils: Vec<String> = candidates
        .iter()
        .filter(|c| c.extra_support)
        .map(|c| c.pupil_id.to_owned())
        .collect();
    report.escalations = escalation::add(store, clock, &dispute_pupils)?;
    report.enrolments = enrolments::add(store, clock, &without_case)?;
    // Verzuim and thuiszitten: pupils without a casus first, then the last ones made.
    let with_case: std::collections::BTreeSet<&str> =
        opened.iter().map(|casus| casus.pupil_id.as_str()).collect();
    // The pupils who applied (aanmelding) are not the ones who stay away.
    let applied: std::collections::BTreeSet<&str> = without_case
        .iter()
        .take(report.enrolments as usize)
        .map(String::as_str)
        .collect();
    let mut absence_pupils: Vec<String> = pupil_ids
        .iter()
        .filter(|id| !with_case.contains(id.as_str()) && !applied.contains(id.as_str()))
        .cloned()
        .collect();
    absence_pupils.extend(
        pupil_ids
            .iter()
            .rev()
            .filter(|id| with_case.contains(id.as_str()))
            .cloned(),
    );
    let added = absence::add(store, clock, &absence_pupils)?;
    report.absences = added.absences;
    report.home_stays = added.home_stays;
    Ok(report)
}

/// A demo casus as opened, before its walk.
struct Opened {
    case_id: String,
    pupil_id: String,
    start: NaiveDate,
    theme: &'static themes::Theme,
    education_type: EducationType,
    band: AgeBand,
}

/// How many walked casussen per age band end in extra ondersteuning.
const EXTRA_SUPPORT_PER_BAND: usize = 2;

/// The walked casussen (indexes) whose evaluation decides on extra support: the first
/// [`EXTRA_SUPPORT_PER_BAND`] of every age band, so the demo has pupils with extra support (and
/// their hoorgesprekken) in groep 1–4, groep 5–8 and vo whenever it has such pupils at all.
fn extra_support_choice(walked: &[Opened]) -> Vec<usize> {
    let mut chosen = Vec::new();
    for band in AgeBand::ALL {
        chosen.extend(
            walked
                .iter()
                .enumerate()
                .filter(|(_, casus)| casus.band == band)
                .map(|(index, _)| index)
                .take(EXTRA_SUPPORT_PER_BAND),
        );
    }
    chosen.sort_unstable();
    chosen
}

fn pick<'a>(rng: &mut ChaCha8Rng, list: &[&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or("Demo")
}

fn guardian_pair(rng: &mut ChaCha8Rng) -> Vec<(GuardianRelation, &'static str)> {
    let mother = pick(
        rng,
        &[
            "Ingrid", "Petra", "Samira", "Linda", "Esther", "Marloes", "Hatice",
        ],
    );
    let father = pick(
        rng,
        &["Mark", "Dennis", "Rachid", "Jeroen", "Bas", "Erik", "Murat"],
    );
    match rng.gen_range(0..4) {
        0 => vec![(GuardianRelation::Mother, mother)],
        1 => vec![(GuardianRelation::Father, father)],
        _ => vec![
            (GuardianRelation::Mother, mother),
            (GuardianRelation::Father, father),
        ],
    }
}
