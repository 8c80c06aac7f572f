//! Issue 11 item 6: templates imported from a file. New casussen get the active template,
//! existing ones keep theirs; re-importing is a no-op or refused; import and activation are
//! audited with ids only; a casus whose template the vault lacks gets a Dutch error.

use super::support::{TestVault, pupil_input};
use ibis_core::Error;
use ibis_core::domain::stepplan::StepKey;
use ibis_core::usecases::templates::{self, ActivateTemplateRequest, ImportedBy};
use ibis_core::usecases::{audit, cases, dashboard, pupils};

const LINDEBOOM: &str = include_str!("../../../../assets/templates/voorbeeld-swv-lindeboom.toml");

/// Opens a casus: its id, template id and template version.
fn open_case(v: &mut TestVault, pupil: &str) -> (String, String, i32) {
    let detail = cases::open(
        v.store.as_mut().unwrap(),
        &v.clock,
        cases::OpenCaseRequest {
            pupil_id: pupil.into(),
            title: "Lezen".into(),
            start_date: None,
            template_id: None,
        },
    )
    .unwrap();
    (
        detail.case.id,
        detail.case.template_id,
        detail.case.template_version,
    )
}

fn activate(v: &mut TestVault, id: &str) -> templates::TemplateList {
    templates::activate(
        v.store.as_mut().unwrap(),
        &v.clock,
        ActivateTemplateRequest {
            id: id.into(),
            version: None,
        },
    )
    .unwrap()
}

#[test]
fn the_example_template_differs_visibly_from_landelijk() {
    let landelijk = templates::check(ibis_core::template::LANDELIJK).unwrap();
    let lindeboom = templates::check(LINDEBOOM).unwrap();
    assert_eq!(lindeboom.id, "swv-lindeboom");
    assert!(lindeboom.swv_name.contains("fictief"));
    for (theirs, ours) in [
        (&landelijk.steps, &lindeboom.steps),
        (&landelijk.escalation_steps, &lindeboom.escalation_steps),
        (&landelijk.checklist, &lindeboom.checklist),
        (&landelijk.contacts, &lindeboom.contacts),
    ] {
        assert_ne!(theirs, ours);
    }
    assert_eq!(
        lindeboom.escalation_steps[1],
        "Ouderadviseur van De Lindeboom"
    );
}

#[test]
fn new_casussen_get_the_active_template_and_old_ones_keep_theirs() {
    let mut v = TestVault::new();
    let pupil = pupils::create(
        v.store.as_mut().unwrap(),
        &v.clock,
        pupil_input("Sem", "Jansen"),
    )
    .unwrap()
    .pupil
    .id;
    let before = open_case(&mut v, &pupil);
    assert_eq!((before.1.as_str(), before.2), ("landelijk", 1));

    templates::import(
        v.store.as_mut().unwrap(),
        &v.clock,
        LINDEBOOM,
        ImportedBy::Cli,
    )
    .unwrap();
    let still = open_case(&mut v, &pupil);
    assert_eq!(still.1, "landelijk", "importing does not activate");

    let list = activate(&mut v, "swv-lindeboom");
    let after = open_case(&mut v, &pupil);
    assert_eq!((after.1.as_str(), after.2), ("swv-lindeboom", 1));

    let active = templates::active(v.store()).unwrap();
    assert_eq!(active.step(StepKey::Begrijpen).label, "Analyseren");
    let old = templates::resolve(v.store(), &before.1, before.2).unwrap();
    assert_eq!(old.step(StepKey::Begrijpen).label, "Begrijpen");

    let rows: Vec<_> = list
        .templates
        .iter()
        .map(|t| (t.summary.id.as_str(), t.builtin, t.active, t.cases))
        .collect();
    assert_eq!(
        rows,
        [
            ("landelijk", true, false, 2),
            ("swv-lindeboom", false, true, 0)
        ]
    );
    let list = templates::list(v.store()).unwrap();
    assert_eq!(list.templates[1].cases, 1);
}

#[test]
fn reimporting_is_a_no_op_or_refused_and_both_are_audited_by_id() {
    let mut v = TestVault::new();
    let entries = |v: &mut TestVault| audit::entries(v.store()).unwrap();
    let count = entries(&mut v).len();
    templates::import(
        v.store.as_mut().unwrap(),
        &v.clock,
        LINDEBOOM,
        ImportedBy::App,
    )
    .unwrap();
    let after_import = entries(&mut v);
    assert_eq!(after_import.len(), count + 1);
    let last = after_import.last().unwrap();
    assert_eq!(last.action, "template.import");
    assert_eq!(last.entity_id.as_deref(), Some("swv-lindeboom/v1"));

    templates::import(
        v.store.as_mut().unwrap(),
        &v.clock,
        LINDEBOOM,
        ImportedBy::App,
    )
    .unwrap();
    assert_eq!(
        entries(&mut v).len(),
        count + 1,
        "the same text again: no-op"
    );

    let changed = LINDEBOOM.replace("label = \"Analyseren\"", "label = \"Onderzoeken\"");
    let message = templates::import(
        v.store.as_mut().unwrap(),
        &v.clock,
        &changed,
        ImportedBy::App,
    )
    .unwrap_err()
    .dutch();
    assert!(message.contains("veld ‘version’"), "{message}");
    assert!(message.contains("verhoog ‘version’"), "{message}");
    assert!(message.contains("regel 12"), "{message}");

    let bumped = changed.replacen("version = 1", "version = 2", 1);
    templates::import(
        v.store.as_mut().unwrap(),
        &v.clock,
        &bumped,
        ImportedBy::App,
    )
    .unwrap();
    let list = activate(&mut v, "swv-lindeboom");
    assert!(
        list.templates[2].active,
        "the newest version without --version"
    );
    assert_eq!(
        entries(&mut v).last().unwrap().entity_id.as_deref(),
        Some("swv-lindeboom/v2")
    );
    assert!(audit::verify(v.store()).unwrap().is_ok());

    let own = ibis_core::template::LANDELIJK.replace("name = \"Landelijk\"", "name = \"Eigen\"");
    let message = templates::import(v.store.as_mut().unwrap(), &v.clock, &own, ImportedBy::App)
        .unwrap_err()
        .dutch();
    assert!(message.contains("ingebouwde sjabloon"), "{message}");
    templates::import(
        v.store.as_mut().unwrap(),
        &v.clock,
        ibis_core::template::LANDELIJK,
        ImportedBy::App,
    )
    .unwrap();
}

#[test]
fn an_unknown_template_is_a_dutch_error_not_a_panic() {
    let mut v = TestVault::new();
    let err = templates::resolve(v.store(), "swv-elders", 3).unwrap_err();
    assert!(matches!(err, Error::TemplateInvalid(_)), "{err:?}");
    assert!(
        err.dutch().contains("‘swv-elders’ versie 3"),
        "{}",
        err.dutch()
    );
    let err = templates::activate(
        v.store.as_mut().unwrap(),
        &v.clock,
        ActivateTemplateRequest {
            id: "swv-elders".into(),
            version: None,
        },
    )
    .unwrap_err();
    assert!(
        err.dutch().contains("importeer het eerst"),
        "{}",
        err.dutch()
    );
}

/// One pupil with a casus made under landelijk and one made after De Lindeboom became active.
fn two_casussen(v: &mut TestVault) -> (String, String) {
    let pupil = pupils::create(
        v.store.as_mut().unwrap(),
        &v.clock,
        pupil_input("Sem", "Jansen"),
    )
    .unwrap()
    .pupil
    .id;
    let landelijk_case = open_case(v, &pupil).0;
    templates::import(
        v.store.as_mut().unwrap(),
        &v.clock,
        LINDEBOOM,
        ImportedBy::App,
    )
    .unwrap();
    activate(v, "swv-lindeboom");
    let lindeboom_case = open_case(v, &pupil).0;
    (landelijk_case, lindeboom_case)
}

#[test]
fn vandaag_times_each_casus_step_by_the_casus_template() {
    let mut v = TestVault::new();
    let (landelijk_case, lindeboom_case) = two_casussen(&mut v);

    let active = templates::active(v.store()).unwrap();
    let board = dashboard::get(v.store.as_ref().unwrap(), &v.clock, &active).unwrap();
    let rule_of = |case: &str| {
        board
            .items
            .iter()
            .find(|entry| entry.item.case_id.as_deref() == Some(case))
            .map(|entry| (entry.item.rule.clone(), entry.item.source.clone()))
            .unwrap()
    };
    let (rule, source) = rule_of(&landelijk_case);
    assert!(rule.contains("Stap ‘Signaleren’ mag 4 weken"), "{rule}");
    assert!(source.contains("sjabloon ‘Landelijk’ versie 1"), "{source}");
    let (rule, source) = rule_of(&lindeboom_case);
    assert!(
        rule.contains("Stap ‘Zorg signaleren’ mag 3 weken"),
        "{rule}"
    );
    assert!(source.contains("De Lindeboom"), "{source}");
}

/// The desktop around the commands: never asked in these tests.
struct NoDesktop;

impl ibis_core::app::Desktop for NoDesktop {
    fn choose_save_path(&self, _: &str) -> ibis_core::Result<Option<std::path::PathBuf>> {
        Ok(None)
    }
    fn remember_export(&self, _: std::path::PathBuf) {}
    fn open_last_export(&self) -> ibis_core::Result<()> {
        Ok(())
    }
    fn choose_attachment_file(&self) -> ibis_core::Result<Option<std::path::PathBuf>> {
        Ok(None)
    }
    fn choose_template_file(&self) -> ibis_core::Result<Option<std::path::PathBuf>> {
        Ok(None)
    }
    fn open_viewed(&self, _: &std::path::Path) -> ibis_core::Result<()> {
        Ok(())
    }
}

#[test]
fn a_step_is_completed_by_the_requirements_of_its_casus_template() {
    use ibis_core::app::{App, dispatch};
    use serde_json::json;
    let mut v = TestVault::new();
    let (landelijk_case, lindeboom_case) = two_casussen(&mut v);
    let session =
        ibis_core::usecases::session::Session::unlocked(v.dir(), false, v.store.take().unwrap())
            .unwrap();
    let app = App {
        session: &session,
        clock: &v.clock,
        desktop: &NoDesktop,
    };
    // A signal without the data it rests on: enough for Landelijk, not for De Lindeboom
    // (`required = [..., "signal.data"]`).
    let complete_signaleren = |case: &str| {
        let detail = dispatch(
            &app,
            "record_save",
            json!({
                "caseId": case, "recordId": null, "correctionNote": null,
                "data": {
                    "kind": "signal", "date": "2026-11-20", "source": "teacher",
                    "sourceOther": null, "observation": "Leest moeizaam.", "since": null,
                    "data": null,
                    "parents": { "informed": true, "date": "2026-11-20", "reason": null },
                    "pupilInformed": { "informed": true, "date": "2026-11-20", "reason": null },
                },
            }),
        )
        .unwrap();
        let cycle = detail["cycles"][0]["id"].as_str().unwrap().to_owned();
        dispatch(
            &app,
            "step_action",
            json!({ "cycleId": cycle, "step": "signaleren", "action": "complete", "reason": null }),
        )
    };
    assert!(complete_signaleren(&landelijk_case).is_ok());
    let refused = complete_signaleren(&lindeboom_case).unwrap_err();
    assert_eq!(refused.field.as_deref(), Some("signal.data"), "{refused:?}");
    // The casus page asks for the casus's own template.
    let own = dispatch(&app, "case_template_get", json!({ "id": landelijk_case })).unwrap();
    assert_eq!(own["id"], "landelijk");
    let active = dispatch(&app, "template_get", serde_json::Value::Null).unwrap();
    assert_eq!(active["id"], "swv-lindeboom");
}
