use super::*;
use crate::domain::dates::ymd;
use crate::error::Rule;

const TODAY: fn() -> Date = || ymd(2026, 12, 1);

fn request(kind: TlvKind) -> TlvRequest {
    TlvRequest {
        kind,
        applied_on: Some("2026-10-01".into()),
        support_question: "Hoe kan Daan leren met een kleine groep?".into(),
        cluster_note: None,
        renewal: false,
        experts: vec![
            expert(Discipline::Orthopedagoog, true),
            expert(Discipline::Arts, true),
        ],
        parents: ParentsPosition {
            stance: ParentStance::Instemming,
            on: Some("2026-09-20".into()),
            note: None,
        },
        checked: Vec::new(),
    }
}

fn expert(discipline: Discipline, independent: bool) -> Expert {
    Expert {
        name: "Dr. A. Adviseur".into(),
        discipline,
        advised_on: "2026-09-15".into(),
        independent,
        advice: Some("Plaatsing sbo passend.".into()),
    }
}

fn granted(number: &str, category: Option<TlvCategory>) -> TlvDecision {
    TlvDecision {
        outcome: TlvOutcome::Toegekend,
        decided_on: "2026-11-10".into(),
        decision_number: number.into(),
        category,
        starts_on: Some("2026-12-01".into()),
        school_years: Some(1),
        note: None,
    }
}

fn tlv(kind: TlvKind) -> Tlv {
    Tlv {
        request: request(kind),
        decision: None,
        objection: None,
    }
}

fn fields(result: Result<impl std::fmt::Debug>) -> Vec<(String, Rule)> {
    match result {
        Err(error) => error
            .field_errors()
            .into_iter()
            .map(|e| (e.field.to_string(), e.rule))
            .collect(),
        Ok(_) => Vec::new(),
    }
}

#[test]
fn a_decision_with_a_wrong_beschikkingsnummer_is_refused() {
    let result = validate_decision(
        &tlv(TlvKind::Sbo),
        granted("PO2701-2026-042", None),
        TODAY(),
    );
    assert_eq!(
        fields(result),
        [("decisionNumber".to_string(), Rule::DecisionNumberShape)]
    );
}

#[test]
fn so_needs_a_category_and_sbo_may_not_have_one() {
    assert_eq!(
        fields(validate_decision(
            &tlv(TlvKind::SoCluster3),
            granted("PO2701-2026-00042", None),
            TODAY()
        )),
        [("category".to_string(), Rule::Required)]
    );
    assert_eq!(
        fields(validate_decision(
            &tlv(TlvKind::Sbo),
            granted("PO2701-2026-00042", Some(TlvCategory::Midden)),
            TODAY()
        )),
        [("category".to_string(), Rule::OutOfRange)]
    );
    let valid = validate_decision(
        &tlv(TlvKind::VsoCluster4),
        granted("vo2001-2026-00042", Some(TlvCategory::Midden)),
        TODAY(),
    );
    assert!(valid.is_ok_and(|d| d.decision_number == "VO2001-2026-00042"));
}

#[test]
fn a_granted_tlv_runs_until_31_july() {
    let mut stored = tlv(TlvKind::Sbo);
    stored.decision =
        Some(validate_decision(&stored, granted("PO2701-2026-00042", None), TODAY()).unwrap());
    let (start, end) = stored.period().unwrap().unwrap();
    assert_eq!((start, end), (ymd(2026, 12, 1), ymd(2028, 7, 31)));
    assert_eq!(stored.status(), TlvStatus::Granted);
}

#[test]
fn a_decision_needs_an_aanvraag_and_a_date_after_it() {
    let mut unsent = tlv(TlvKind::Sbo);
    unsent.request.applied_on = None;
    assert_eq!(
        fields(validate_decision(
            &unsent,
            granted("PO2701-2026-00042", None),
            TODAY()
        )),
        [("appliedOn".to_string(), Rule::Required)]
    );
    let mut early = granted("PO2701-2026-00042", None);
    early.decided_on = "2026-09-30".into();
    assert_eq!(
        fields(validate_decision(&tlv(TlvKind::Sbo), early, TODAY())),
        [("decidedOn".to_string(), Rule::DateBeforeStart)]
    );
}

#[test]
fn a_refusal_needs_no_period() {
    let refused = TlvDecision {
        outcome: TlvOutcome::Afgewezen,
        starts_on: None,
        school_years: None,
        ..granted("PO2701-2026-00043", Some(TlvCategory::Hoog))
    };
    let valid = validate_decision(&tlv(TlvKind::SoCluster4), refused, TODAY()).unwrap();
    assert_eq!((valid.category, valid.starts_on), (None, None));
}

#[test]
fn warnings_name_missing_experts_dependence_and_parents() {
    assert!(warnings(&request(TlvKind::Sbo)).is_empty());
    let mut doubtful = request(TlvKind::Sbo);
    doubtful.experts = vec![expert(Discipline::Arts, false)];
    doubtful.parents = ParentsPosition::default();
    let codes: Vec<String> = warnings(&doubtful).into_iter().map(|w| w.code).collect();
    assert_eq!(
        codes,
        [
            "experts_missing",
            "first_expert_discipline",
            "expert_not_independent",
            "parents_missing"
        ]
    );
}

#[test]
fn every_bad_field_of_the_aanvraag_is_named_at_once() {
    let mut input = request(TlvKind::Sbo);
    input.support_question = "  ".into();
    input.experts[1].name = String::new();
    input.experts[1].advised_on = "2026-12-02".into();
    input.parents.on = None;
    let named = fields(validate_request(input, None, TODAY()));
    assert_eq!(
        named,
        [
            ("supportQuestion".to_string(), Rule::Required),
            ("experts[1].name".to_string(), Rule::Required),
            ("experts[1].advisedOn".to_string(), Rule::DateInFuture),
            ("parents.on".to_string(), Rule::Required),
        ]
    );
}

#[test]
fn an_objection_after_the_decision_with_its_outcome() {
    let mut decided = tlv(TlvKind::Sbo);
    decided.decision =
        Some(validate_decision(&decided, granted("PO2701-2026-00042", None), TODAY()).unwrap());
    let objection = TlvObjection {
        filed_on: "2026-11-20".into(),
        by: "ouders".into(),
        note: None,
        decided_on: Some("2026-11-30".into()),
        result: None,
    };
    assert_eq!(
        fields(validate_objection(&decided, objection.clone(), TODAY())),
        [("result".to_string(), Rule::Required)]
    );
    let early = TlvObjection {
        filed_on: "2026-11-01".into(),
        decided_on: None,
        ..objection
    };
    assert_eq!(
        fields(validate_objection(&decided, early, TODAY())),
        [("filedOn".to_string(), Rule::DateBeforeStart)]
    );
}
