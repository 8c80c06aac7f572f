//! The demo an IB'er believes (issue 7 item 10): each casus's texts belong to its theme and are
//! worded for the pupil's onderwijstype; dates are plausible (no completed step after today or
//! in a weekend; no evaluation date in a weekend or the summer holiday).

use super::support::TestVault;
use chrono::{Datelike, NaiveDate as Date, Weekday};
use ibis_core::domain::dates;
use ibis_core::domain::pupil::SchoolStage;
use ibis_core::domain::records::{ConversationKind, RecordData};
use ibis_core::template::Template;
use ibis_core::usecases::demo::{self, themes::Theme};
use ibis_core::usecases::{IdRequest, cases};

fn weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn summer(date: Date) -> bool {
    (date.month() == 7 && date.day() >= 11) || date.month() == 8
}

/// The free texts of a record (what an IB'er reads).
fn texts(data: &RecordData) -> Vec<String> {
    match data {
        RecordData::Signal(d) => vec![d.observation.clone()]
            .into_iter()
            .chain(d.data.clone())
            .collect(),
        RecordData::Conversation(d) => vec![d.summary.clone()]
            .into_iter()
            .chain(d.agreements.clone())
            .collect(),
        RecordData::Need(d) => vec![d.description.clone()],
        RecordData::Factor(d) => vec![d.description.clone()],
        RecordData::Goal(d) => vec![d.description.clone()],
        RecordData::Intervention(d) => vec![d.description.clone()]
            .into_iter()
            .chain(d.frequency.clone())
            .collect(),
        RecordData::Execution(d) => vec![d.what.clone()]
            .into_iter()
            .chain(d.deviations.clone())
            .collect(),
        RecordData::PlanShare(_) => Vec::new(),
        RecordData::Evaluation(d) => d.results.iter().map(|r| r.rationale.clone()).collect(),
    }
}

fn date(text: &str) -> Date {
    dates::parse_iso("d", text).unwrap()
}

#[test]
fn every_demo_casus_fits_its_theme_and_its_dates_are_plausible() {
    let mut v = TestVault::new(); // Monday 23-11-2026
    let today = ibis_core::clock::Clock::today(&v.clock);
    let clock = &v.clock;
    let template = Template::landelijk().unwrap();
    demo::generate(
        v.store.as_mut().unwrap(),
        clock,
        &template,
        &demo::DemoRequest {
            pupils: 60,
            seed: 3,
        },
    )
    .unwrap();
    let list = cases::list(v.store(), cases::ListCasesRequest { pupil_id: None }).unwrap();
    let (mut pupil_talks, mut parent_talks, mut secondary, mut walked) = (0, 0, 0, 0);
    for summary in &list.cases {
        let detail = cases::get(
            v.store(),
            IdRequest {
                id: summary.id.clone(),
            },
        )
        .unwrap();
        let theme = Theme::for_title(&detail.case.title)
            .unwrap_or_else(|| panic!("no theme for {}", detail.case.title));
        let education_type = detail.pupil.education_type;
        let wording = education_type.wording();
        let allowed = theme.texts(&wording);
        let is_secondary = education_type.stage() == SchoolStage::Secondary;
        let records: Vec<_> = detail.cycles.iter().flat_map(|c| &c.records).collect();
        walked += usize::from(!records.is_empty());
        secondary += usize::from(is_secondary && !records.is_empty());
        for record in &records {
            for text in texts(&record.data) {
                assert!(
                    allowed.contains(&text),
                    "‘{text}’ does not belong to ‘{}’",
                    theme.title
                );
                if is_secondary {
                    assert!(!text.contains("leerkracht"), "vo wording: {text}");
                } else {
                    assert!(
                        !text.contains("docent") && !text.contains("mentor"),
                        "{text}"
                    );
                }
            }
            if let Some(day) = record.data.event_date() {
                let day = date(day);
                assert!(day <= today && !weekend(day), "event on {day}");
            }
            match &record.data {
                RecordData::Conversation(c) if c.conversation_kind == ConversationKind::Pupil => {
                    pupil_talks += 1
                }
                RecordData::Conversation(c) if c.conversation_kind == ConversationKind::Parents => {
                    parent_talks += 1
                }
                // A goal carried into a new cycle may have no evaluation date yet (item 2).
                RecordData::Goal(g) => {
                    if let Some(day) = g.evaluation_date.as_deref().map(date) {
                        assert!(!weekend(day) && !summer(day), "evaluation on {day}");
                    }
                }
                _ => {}
            }
        }
        for step in detail.cycles.iter().flat_map(|c| &c.steps) {
            if let Some(settled) = &step.settled_on {
                let day = date(settled);
                assert!(day <= today, "step completed after today: {day}");
                assert!(!weekend(day), "step completed in a weekend: {day}");
            }
        }
        let settled: std::collections::BTreeSet<_> = detail
            .cycles
            .iter()
            .flat_map(|c| &c.steps)
            .filter_map(|s| s.settled_on.clone())
            .collect();
        assert!(
            settled.len() != 1 || records.len() < 8,
            "a walked casus has its steps on different days"
        );
    }
    assert!(walked >= 16, "{walked}");
    assert!(
        pupil_talks > 0 && parent_talks > 0,
        "conversations with pupil and parents"
    );
    assert!(secondary > 0, "a walked vo/vso/pro casus");
    let pro = ibis_core::usecases::pupils::list(
        v.store(),
        ibis_core::usecases::pupils::ListPupilsRequest::default(),
    )
    .unwrap()
    .pupils
    .iter()
    .filter(|p| p.education_type == ibis_core::domain::pupil::EducationType::Pro)
    .count();
    assert!(pro > 0, "the demo has praktijkonderwijs pupils");
}

/// Issue 8 item 8: the demo hears every pupil with extra support, in every age band, with the
/// parents' zienswijze; one wish is not taken over (with its reason); one pupil, heard only
/// before the decision, is on Vandaag.
#[test]
fn demo_pupils_with_extra_support_are_heard_in_every_age_band() {
    use ibis_core::domain::hearing::{AgeBand, SchoolResponse};
    use ibis_core::usecases::dashboard::{self, DashboardKind};
    use ibis_core::usecases::hearings;
    let mut v = TestVault::new();
    let clock = &v.clock;
    let template = Template::landelijk().unwrap();
    let report = demo::generate(
        v.store.as_mut().unwrap(),
        clock,
        &template,
        &demo::DemoRequest {
            pupils: 80,
            seed: 1,
        },
    )
    .unwrap();
    let store = v.store.as_ref().unwrap();
    let with_extra_support: Vec<_> = cases::list(store, cases::ListCasesRequest { pupil_id: None })
        .unwrap()
        .cases
        .into_iter()
        .filter(|c| c.extra_support_decided_on.is_some())
        .collect();
    assert!(with_extra_support.len() >= 3);
    assert_eq!(report.hearings as usize, with_extra_support.len());
    let mut bands = std::collections::BTreeSet::new();
    let mut refused_with_reason = 0;
    for case in &with_extra_support {
        let page = hearings::list(
            store,
            clock,
            &template,
            IdRequest {
                id: case.pupil_id.clone(),
            },
        )
        .unwrap();
        let hearing = &page.hearings[0].hearing;
        assert_eq!(
            hearing.age_band, page.suggested_band,
            "band follows the pupil"
        );
        assert!(hearing.answers.iter().all(|a| !a.words.is_empty()));
        bands.insert(hearing.age_band);
        refused_with_reason += hearing
            .wishes
            .iter()
            .filter(|w| w.response == Some(SchoolResponse::Niet) && w.reason.is_some())
            .count();
        assert_eq!(page.parent_views.len(), 1, "the parents' view too");
    }
    assert_eq!(bands.into_iter().collect::<Vec<_>>(), AgeBand::ALL.to_vec());
    assert_eq!(refused_with_reason, 1);
    let due: Vec<_> = dashboard::get(store, clock, &template)
        .unwrap()
        .items
        .into_iter()
        .filter(|i| i.kind == DashboardKind::HearingDue)
        .collect();
    assert_eq!(due.len(), 1, "one pupil heard only before the decision");
}
