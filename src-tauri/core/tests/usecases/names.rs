//! Item 9 and the people side of item 7: Dutch surnames with a tussenvoegsel sort under the
//! surname, print "Daan de Groot" / "Groot, Daan de"; pupils carry their school stage; pro
//! (praktijkonderwijs) pupils count in leerjaren 1–6 and have a mentor.

use super::support::{TestVault, pupil_input};
use ibis_core::domain::guardian::GuardianRelation;
use ibis_core::domain::pupil::{EducationType, SchoolStage};
use ibis_core::usecases::{guardians, pupils};
use ibis_core::{Error, Rule};

fn add(v: &mut TestVault, first: &str, prefix: Option<&str>, last: &str) -> String {
    let mut input = pupil_input(first, last);
    input.surname_prefix = prefix.map(Into::into);
    let store = v.store.as_mut().unwrap();
    pupils::create(store, &v.clock, input).unwrap().pupil.id
}

fn list(v: &mut TestVault, query: Option<&str>) -> pupils::PupilList {
    let request = pupils::ListPupilsRequest {
        query: query.map(Into::into),
        include_archived: false,
        limit: None,
    };
    pupils::list(v.store(), request).unwrap()
}

fn list_names(v: &mut TestVault, query: Option<&str>) -> Vec<String> {
    list(v, query)
        .pupils
        .into_iter()
        .map(|p| p.list_name)
        .collect()
}

#[test]
fn de_groot_sorts_under_g_and_prints_the_dutch_way() {
    let mut v = TestVault::new();
    add(&mut v, "Emma", None, "Grootveld");
    let daan = add(&mut v, "Daan", Some("de"), "Groot");
    add(&mut v, "Bram", Some("van"), "Dijk");
    add(&mut v, "Finn", None, "Dekker");
    add(&mut v, "Anna", None, "Bakker");
    add(&mut v, "Aïcha", None, "Groot");
    assert_eq!(
        list_names(&mut v, None),
        [
            "Bakker, Anna",
            "Dekker, Finn",
            "Dijk, Bram van",
            "Groot, Aïcha",
            "Groot, Daan de",
            "Grootveld, Emma",
        ]
    );
    let detail = pupils::get(v.store(), ibis_core::usecases::IdRequest { id: daan }).unwrap();
    assert_eq!(detail.pupil.full_name, "Daan de Groot");
    assert_eq!(detail.pupil.surname_prefix.as_deref(), Some("de"));
    assert_eq!(detail.pupil.last_name, "Groot");
}

#[test]
fn search_finds_the_tussenvoegsel_the_surname_and_the_first_name() {
    let mut v = TestVault::new();
    add(&mut v, "Daan", Some("de"), "Groot");
    add(&mut v, "Anna", None, "Bakker");
    for query in ["de groot", "groot", "daan", "Daan de Groot"] {
        assert_eq!(
            list_names(&mut v, Some(query)),
            ["Groot, Daan de"],
            "{query}"
        );
    }
}

#[test]
fn a_blank_tussenvoegsel_is_none_and_a_long_one_is_refused_without_change() {
    let mut v = TestVault::new();
    let id = add(&mut v, "Sem", Some("   "), "Jansen");
    let detail = pupils::get(v.store(), ibis_core::usecases::IdRequest { id }).unwrap();
    assert_eq!(detail.pupil.surname_prefix, None);
    assert_eq!(detail.pupil.full_name, "Sem Jansen");

    let mut input = pupil_input("Sem", "Jansen");
    input.surname_prefix = Some("van der van der van der".into());
    let store = v.store.as_mut().unwrap();
    let result = pupils::create(store, &v.clock, input);
    assert!(
        matches!(
            result,
            Err(Error::Validation {
                field: "surnamePrefix",
                rule: Rule::TooLong
            })
        ),
        "{result:?}"
    );
    assert_eq!(list_names(&mut v, None), ["Jansen, Sem"]);
}

#[test]
fn pupils_carry_their_school_stage() {
    let mut v = TestVault::new();
    let mut input = pupil_input("Noor", "Visser");
    input.education_type = EducationType::Vo;
    input.grade = 2;
    let store = v.store.as_mut().unwrap();
    let vo = pupils::create(store, &v.clock, input).unwrap();
    assert_eq!(vo.pupil.stage, SchoolStage::Secondary);
    add(&mut v, "Daan", Some("de"), "Groot");
    let stages: Vec<_> = list(&mut v, None)
        .pupils
        .into_iter()
        .map(|p| (p.list_name, p.stage))
        .collect();
    assert_eq!(
        stages,
        [
            ("Groot, Daan de".to_owned(), SchoolStage::Primary),
            ("Visser, Noor".to_owned(), SchoolStage::Secondary),
        ]
    );
}

#[test]
fn a_pro_pupil_is_stored_in_leerjaar_1_to_6_with_a_mentor() {
    let mut v = TestVault::new();
    let mut input = pupil_input("Jesse", "Smit");
    input.birth_date = "2011-03-01".into();
    input.education_type = EducationType::Pro;
    input.grade = 7;
    input.contact_person = Some("mevrouw El Amrani".into());
    let store = v.store.as_mut().unwrap();
    let too_high = pupils::create(store, &v.clock, input.clone());
    assert!(
        matches!(
            too_high,
            Err(Error::Validation {
                field: "grade",
                rule: Rule::GradeOutOfRange
            })
        ),
        "{too_high:?}"
    );
    input.grade = 6;
    let pro = pupils::create(store, &v.clock, input).unwrap().pupil;
    assert_eq!(pro.education_type, EducationType::Pro);
    assert_eq!(pro.stage, SchoolStage::Secondary);
    assert_eq!(pro.grade, 6);
    assert_eq!(pro.contact_person.as_deref(), Some("mevrouw El Amrani"));
}

#[test]
fn a_guardian_has_a_tussenvoegsel_and_an_optional_first_name() {
    let mut v = TestVault::new();
    let pupil_id = add(&mut v, "Daan", Some("de"), "Groot");
    let store = v.store.as_mut().unwrap();
    let mut guardian = guardians::GuardianInput {
        first_name: Some("Ingrid".into()),
        surname_prefix: Some("van der".into()),
        last_name: "Berg".into(),
        relation: GuardianRelation::Mother,
        has_authority: true,
        phone: None,
        email: None,
    };
    let detail = guardians::add(
        store,
        &v.clock,
        guardians::AddGuardianRequest {
            pupil_id: pupil_id.clone(),
            guardian: guardian.clone(),
        },
    )
    .unwrap();
    assert_eq!(detail.guardians[0].full_name, "Ingrid van der Berg");
    guardian.first_name = None;
    guardian.surname_prefix = Some("de".into());
    guardian.last_name = "Groot".into();
    let detail = guardians::add(
        store,
        &v.clock,
        guardians::AddGuardianRequest { pupil_id, guardian },
    )
    .unwrap();
    let mut printed: Vec<_> = detail
        .guardians
        .iter()
        .map(|g| (g.full_name.as_str(), g.first_name.as_deref()))
        .collect();
    printed.sort();
    assert_eq!(
        printed,
        [("Ingrid van der Berg", Some("Ingrid")), ("de Groot", None)]
    );
}
