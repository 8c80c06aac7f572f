//! Hoorrecht suite: hoorgesprekken and zienswijzen ouders on a real vault — the pupil's words
//! survive exactly (also across lock and unlock, and never in plain text on disk), every change
//! writes one audit row, the age band follows the pupil, foreign ids are refused, hearings show
//! on the casus timeline, and the Vandaag clock lists a pupil with extra support who was not
//! heard this schooljaar.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

use ibis_core::domain::hearing::{
    AgeBand, HearingAnswer, HearingMethod, HearingMoment, HearingSetting, ParentView, PupilHearing,
    SchoolResponse, Wish,
};
use ibis_core::domain::pupil::EducationType;
use ibis_core::store::cases as case_rows;
use ibis_core::template::Template;
use ibis_core::usecases::case_detail::TimelineKind;
use ibis_core::usecases::dashboard::{self, DashboardKind};
use ibis_core::usecases::hearings::{self, SaveHearingRequest, SaveParentViewRequest};
use ibis_core::usecases::{IdRequest, audit, cases, guardians, pupils};
use ibis_core::{Error, Rule};
use support::{TestVault, pupil_input};

/// Words a child might say: emoji, a line break, a dash, the Dutch ĳ and Greek.
const WORDS: &str = "Ik vind rekenen leuk 😀\nmaar lezen is moeilijk — ĳs, Ελληνικά";

fn hearing(held_on: &str) -> PupilHearing {
    PupilHearing {
        held_on: held_on.into(),
        moment: HearingMoment::Opstellen,
        spoke_with: "Anouk Jansen, intern begeleider".into(),
        setting: HearingSetting::Alone,
        method: HearingMethod::Gesprek,
        method_note: None,
        age_band: AgeBand::Groep5To8,
        answers: vec![
            HearingAnswer {
                question: "Hoe gaat het op school?".into(),
                words: "Goed!".into(),
                scale: Some(4),
            },
            HearingAnswer {
                question: "Wat vind je moeilijk?".into(),
                words: WORDS.into(),
                scale: None,
            },
        ],
        wishes: vec![
            Wish {
                words: "Een koptelefoon bij het rekenen".into(),
                response: Some(SchoolResponse::Overnemen),
                reason: None,
            },
            Wish {
                words: "Nooit meer voorlezen".into(),
                response: Some(SchoolResponse::Niet),
                reason: Some("Voorlezen oefenen we samen, eerst alleen met de juf.".into()),
            },
        ],
        child_goals: vec!["Ik ken de tafels van 1 tot 10".into()],
        feedback_on: None,
        feedback_how: None,
    }
}

struct Setup {
    v: TestVault,
    template: Template,
    pupil_id: String,
}

impl Setup {
    fn new() -> Setup {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Sanne", "de Vries");
        Setup {
            v,
            template: Template::landelijk().unwrap(),
            pupil_id,
        }
    }

    fn save(&mut self, id: Option<String>, data: PupilHearing) -> Result<String, Error> {
        let req = SaveHearingRequest {
            id,
            pupil_id: self.pupil_id.clone(),
            case_id: None,
            hearing: data,
        };
        let clock = &self.v.clock;
        hearings::save(self.v.store.as_mut().unwrap(), clock, &self.template, req).map(|s| s.id)
    }

    /// Opens a casus for `pupil_id` and returns its id.
    fn open_case(&mut self, pupil_id: &str) -> String {
        let clock = &self.v.clock;
        let req = cases::OpenCaseRequest {
            pupil_id: pupil_id.to_owned(),
            title: "Technisch lezen".into(),
            start_date: Some("2026-09-07".into()),
            template_id: None,
        };
        cases::open(self.v.store.as_mut().unwrap(), clock, req)
            .unwrap()
            .case
            .id
    }

    /// Adds a mother to `pupil_id` and returns her id.
    fn add_mother(&mut self, pupil_id: &str, prefix: Option<&str>, last: &str) -> String {
        let clock = &self.v.clock;
        let req = guardians::AddGuardianRequest {
            pupil_id: pupil_id.to_owned(),
            guardian: guardians::GuardianInput {
                first_name: Some("Petra".into()),
                surname_prefix: prefix.map(str::to_owned),
                last_name: last.into(),
                relation: ibis_core::domain::guardian::GuardianRelation::Mother,
                has_authority: true,
                phone: None,
                email: None,
            },
        };
        let detail = guardians::add(self.v.store.as_mut().unwrap(), clock, req).unwrap();
        detail.guardians[0].id.clone()
    }

    fn last_action(&mut self) -> String {
        audit::entries(self.v.store())
            .unwrap()
            .last()
            .unwrap()
            .action
            .clone()
    }

    fn audit_len(&mut self) -> usize {
        audit::entries(self.v.store()).unwrap().len()
    }
}

#[test]
fn words_survive_exactly_across_lock_and_unlock_and_are_not_on_disk_in_plain_text() {
    let mut s = Setup::new();
    let canary = "Zebrapaardjeskoek";
    let mut data = hearing("2026-11-20");
    data.answers[0].words = format!("{canary} is mijn lievelingseten");
    let id = s.save(None, data).unwrap();
    assert_eq!(s.last_action(), "hearing.create");
    s.v.unlock();
    let stored = hearings::get(s.v.store(), IdRequest { id: id.clone() }).unwrap();
    assert_eq!(stored.hearing.answers[1].words, WORDS);
    assert_eq!(stored.hearing.answers[0].scale, Some(4));
    s.v.lock();
    for (name, bytes) in support::snapshot(&s.v.dir()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(canary), "{name} holds the pupil's words");
        assert!(
            !text.contains("rekenen leuk"),
            "{name} holds the pupil's words"
        );
    }
}

#[test]
fn every_change_writes_one_audit_row_and_the_chain_holds() {
    let mut s = Setup::new();
    let before = s.audit_len();
    let id = s.save(None, hearing("2026-11-20")).unwrap();
    let mut changed = hearing("2026-11-20");
    changed.feedback_on = Some("2026-11-23".into());
    changed.feedback_how = Some("Samen het blad gelezen".into());
    s.save(Some(id.clone()), changed).unwrap();
    assert_eq!(s.last_action(), "hearing.update");
    let clock = &s.v.clock;
    let page = hearings::delete(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        IdRequest { id: id.clone() },
    )
    .unwrap();
    assert!(page.hearings.is_empty());
    assert_eq!(s.last_action(), "hearing.delete");
    assert_eq!(s.audit_len(), before + 3);
    let entries = audit::entries(s.v.store()).unwrap();
    assert!(
        entries[before..]
            .iter()
            .all(|e| e.entity_id.as_deref() == Some(id.as_str()) && e.entity == "hearing")
    );
    assert!(audit::verify(s.v.store()).unwrap().is_ok());
}

#[test]
fn a_refused_save_names_every_field_and_changes_nothing() {
    let mut s = Setup::new();
    let before = s.audit_len();
    let mut data = hearing("2026-11-24");
    data.wishes[1].reason = None;
    let error = s.save(None, data).unwrap_err();
    let fields: Vec<(String, Rule)> = error
        .field_errors()
        .into_iter()
        .map(|e| (e.field.into_owned(), e.rule))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("heldOn".to_owned(), Rule::DateInFuture),
            ("wishes[1].reason".to_owned(), Rule::Required),
        ]
    );
    assert_eq!(s.audit_len(), before);
    let page = hearings::list(
        s.v.store.as_ref().unwrap(),
        &s.v.clock,
        &s.template,
        IdRequest {
            id: s.pupil_id.clone(),
        },
    )
    .unwrap();
    assert!(page.hearings.is_empty());
}

#[test]
fn the_age_band_follows_the_pupil() {
    let mut s = Setup::new();
    let clock = ibis_core::clock::FixedClock::new(support::monday_morning());
    let band_of = |s: &mut Setup, education_type, grade| {
        let mut input = pupil_input("Kind", "Test");
        input.education_type = education_type;
        input.grade = grade;
        input.birth_date = "2012-05-14".into();
        let id = pupils::create(s.v.store(), &clock, input).unwrap().pupil.id;
        hearings::list(s.v.store(), &clock, &s.template, IdRequest { id })
            .unwrap()
            .suggested_band
    };
    assert_eq!(band_of(&mut s, EducationType::Po, 2), AgeBand::Groep1To4);
    assert_eq!(band_of(&mut s, EducationType::Po, 6), AgeBand::Groep5To8);
    assert_eq!(band_of(&mut s, EducationType::Vo, 2), AgeBand::Vo);
    assert_eq!(
        s.template.question_set(AgeBand::Vo).label,
        "Voortgezet onderwijs"
    );
}

#[test]
fn ids_of_another_pupil_are_refused() {
    let mut s = Setup::new();
    let other = s.v.add_pupil("Daan", "de Groot");
    let clock = ibis_core::clock::FixedClock::new(support::monday_morning());
    let foreign_case = s.open_case(&other);
    let req = SaveHearingRequest {
        id: None,
        pupil_id: s.pupil_id.clone(),
        case_id: Some(foreign_case),
        hearing: hearing("2026-11-20"),
    };
    let error = hearings::save(s.v.store(), &clock, &s.template, req).unwrap_err();
    assert!(matches!(
        error,
        Error::Validation {
            field: "caseId",
            rule: Rule::OutOfRange
        }
    ));
    let foreign_guardian = s.add_mother(&other, None, "Groot");
    let req = SaveParentViewRequest {
        id: None,
        pupil_id: s.pupil_id.clone(),
        case_id: None,
        view: ParentView {
            given_on: "2026-11-20".into(),
            moment: HearingMoment::Algemeen,
            guardian_ids: vec![foreign_guardian],
            words: "Wij zien thuis een blij kind.".into(),
            wishes: vec![],
        },
    };
    let error = hearings::save_parent_view(s.v.store(), &clock, &s.template, req).unwrap_err();
    assert!(matches!(
        error,
        Error::Validation {
            field: "guardianIds",
            rule: Rule::OutOfRange
        }
    ));
}

#[test]
fn a_parent_view_names_who_gave_it_and_is_audited() {
    let mut s = Setup::new();
    let clock = ibis_core::clock::FixedClock::new(support::monday_morning());
    let pupil_id = s.pupil_id.clone();
    let guardian_id = s.add_mother(&pupil_id, Some("de"), "Vries");
    let req = SaveParentViewRequest {
        id: None,
        pupil_id: s.pupil_id.clone(),
        case_id: None,
        view: ParentView {
            given_on: "2026-11-20".into(),
            moment: HearingMoment::Opstellen,
            guardian_ids: vec![guardian_id],
            words: "Thuis leest ze graag strips.".into(),
            wishes: vec![Wish {
                words: "Een leesmaatje".into(),
                response: Some(SchoolResponse::Deels),
                reason: Some("Twee keer per week, niet elke dag.".into()),
            }],
        },
    };
    let saved = hearings::save_parent_view(s.v.store(), &clock, &s.template, req).unwrap();
    assert_eq!(s.last_action(), "parent_view.create");
    let view = &saved.page.parent_views[0];
    assert_eq!(view.id, saved.id);
    assert_eq!(view.given_by, vec!["Petra de Vries (moeder)"]);
    assert_eq!(view.view.wishes[0].response, Some(SchoolResponse::Deels));
}

#[test]
fn hearings_show_on_the_casus_timeline_linked_or_dated_within_it() {
    let mut s = Setup::new();
    let pupil_id = s.pupil_id.clone();
    let case_id = s.open_case(&pupil_id);
    let within = s.save(None, hearing("2026-11-20")).unwrap();
    let before_the_casus = s.save(None, hearing("2026-06-01")).unwrap();
    let detail = cases::get(s.v.store(), IdRequest { id: case_id }).unwrap();
    let heard: Vec<&str> = detail
        .timeline
        .iter()
        .filter(|e| e.kind == TimelineKind::Hearing)
        .map(|e| e.record_id.as_str())
        .collect();
    assert_eq!(heard, vec![within.as_str()]);
    assert!(!heard.contains(&before_the_casus.as_str()));
}

#[test]
fn vandaag_lists_a_pupil_with_extra_support_until_heard_this_schooljaar() {
    let mut s = Setup::new();
    let clock = ibis_core::clock::FixedClock::new(support::monday_morning());
    let pupil_id = s.pupil_id.clone();
    let case_id = s.open_case(&pupil_id);
    let hearing_items = |s: &mut Setup| {
        dashboard::get(s.v.store(), &clock, &s.template)
            .unwrap()
            .items
            .into_iter()
            .filter(|i| i.kind == DashboardKind::HearingDue)
            .collect::<Vec<_>>()
    };
    assert!(hearing_items(&mut s).is_empty(), "no extra support yet");
    s.v.store()
        .write(|tx| case_rows::set_extra_support_decided(tx, &case_id, "2026-10-05"))
        .unwrap();
    // Heard last schooljaar: that does not count for this one.
    s.save(None, hearing("2026-06-01")).unwrap();
    let items = hearing_items(&mut s);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].pupil_id, s.pupil_id);
    assert_eq!(items[0].due_date, "2026-10-05");
    assert_eq!(items[0].days_late, 49);
    assert!(
        items[0].source.contains("Kamerstuk 36443"),
        "{}",
        items[0].source
    );
    let page = hearings::list(
        s.v.store(),
        &clock,
        &s.template,
        IdRequest {
            id: s.pupil_id.clone(),
        },
    )
    .unwrap();
    assert_eq!(page.hearing_due_since.as_deref(), Some("2026-10-05"));
    s.save(None, hearing("2026-11-20")).unwrap();
    assert!(hearing_items(&mut s).is_empty(), "heard this schooljaar");
}
