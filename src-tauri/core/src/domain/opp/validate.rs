//! Validation of an OPP draft: formats, lengths and template keys as typed (blank rows
//! dropped, every failing row field named), and the completeness vaststellen needs.

use super::{
    ActionPlan, DeviationKind, LINE_MAX, OppContent, OppFactor, OppGoal, OppSupport, Perspective,
    ProgrammeDeviation, PupilQuote, PupilVoice, ROWS_MAX, SourcedText, TEXT_MAX,
};
use crate::domain::pupil::EducationType;
use crate::domain::records::FactorKind;
use crate::domain::{dates, text};
use crate::error::{FieldErrors, Result, Rule};
use crate::template::Template;
use chrono::NaiveDate as Date;

/// Checks a draft as typed: formats, lengths, template keys. Completeness is [`check_complete`]'s.
/// Blank list rows are dropped.
pub fn validate_content(
    content: OppContent,
    education_type: EducationType,
    template: &Template,
) -> Result<OppContent> {
    let mut errors = FieldErrors::default();
    let perspective = perspective(&mut errors, content.perspective, education_type, template);
    let action = action(&mut errors, content.action, template);
    let pupil_voice = pupil_voice(&mut errors, content.pupil_voice);
    let parents_view = content.parents_view.and_then(|view| {
        errors
            .value(text::optional_text(
                "parentsView",
                Some(&view.text),
                TEXT_MAX,
            ))
            .map(|text| SourcedText {
                text,
                source: view.source,
            })
    });
    errors.finish()?;
    Ok(OppContent {
        perspective,
        action,
        pupil_voice,
        parents_view,
    })
}

/// What vaststellen needs besides valid fields (Besluit bekostiging WPO art. 34.7): an
/// uitstroombestemming, an onderbouwing with at least one belemmerende and one bevorderende
/// factor, a goal and the ondersteuning to be given. Every missing part is named.
pub fn check_complete(content: &OppContent, education_type: EducationType) -> Result<()> {
    let mut errors = FieldErrors::default();
    let perspective = &content.perspective;
    if perspective.exit_destination.is_none() {
        errors.push("perspective.exitDestination", Rule::Required);
    }
    if education_type == EducationType::Pro && perspective.exit_note.is_none() {
        errors.push("perspective.exitNote", Rule::Required);
    }
    if perspective.reasoning.trim().is_empty() {
        errors.push("perspective.reasoning", Rule::Required);
    }
    for (kind, field) in [
        (FactorKind::Hindering, "perspective.factors.hindering"),
        (FactorKind::Helping, "perspective.factors.helping"),
    ] {
        if !perspective.factors.iter().any(|f| f.factor_kind == kind) {
            errors.push(field, Rule::Required);
        }
    }
    if content.action.goals.is_empty() {
        errors.push("action.goals", Rule::Required);
    }
    for (row, goal) in content.action.goals.iter().enumerate() {
        if goal.area.is_none() {
            errors.push(format!("action.goals[{row}].area"), Rule::Required);
        }
        if goal.evaluation_date.is_none() {
            errors.push(
                format!("action.goals[{row}].evaluationDate"),
                Rule::Required,
            );
        }
    }
    if content.action.support.is_empty() {
        errors.push("action.support", Rule::Required);
    }
    errors.finish()
}

fn perspective(
    errors: &mut FieldErrors,
    data: Perspective,
    education_type: EducationType,
    template: &Template,
) -> Perspective {
    let exit_destination = data
        .exit_destination
        .map(|key| key.trim().to_owned())
        .filter(|key| !key.is_empty());
    if let Some(key) = &exit_destination
        && !Template::has_choice(template.exit_destinations(education_type), key)
    {
        errors.push("perspective.exitDestination", Rule::OutOfRange);
    }
    let exit_note = errors.value(text::optional_text(
        "perspective.exitNote",
        data.exit_note.as_deref(),
        TEXT_MAX,
    ));
    let reasoning = errors
        .value(text::optional_text(
            "perspective.reasoning",
            Some(&data.reasoning),
            TEXT_MAX,
        ))
        .unwrap_or_default();
    let needs = sourced_lines(errors, "perspective.needs", data.needs);
    check_rows(errors, "perspective.factors", data.factors.len());
    let factors = data
        .factors
        .into_iter()
        .enumerate()
        .filter(|(_, factor)| !factor.description.trim().is_empty())
        .map(|(row, factor)| {
            if !Template::has_choice(&template.factor_domains, &factor.domain) {
                errors.push(
                    format!("perspective.factors[{row}].domain"),
                    Rule::OutOfRange,
                );
            }
            OppFactor {
                description: errors.row_value(
                    &format!("perspective.factors[{row}].description"),
                    text::required_line("description", &factor.description, TEXT_MAX),
                ),
                ..factor
            }
        })
        .collect();
    Perspective {
        exit_destination,
        exit_note,
        reasoning,
        needs,
        factors,
    }
}

fn action(errors: &mut FieldErrors, data: ActionPlan, template: &Template) -> ActionPlan {
    check_rows(errors, "action.goals", data.goals.len());
    let goals = data
        .goals
        .into_iter()
        .enumerate()
        .filter(|(_, goal)| !goal.description.trim().is_empty())
        .map(|(row, goal)| {
            let at = format!("action.goals[{row}]");
            let area = goal.area.filter(|key| !key.trim().is_empty());
            if let Some(key) = &area
                && !Template::has_choice(&template.opp.development_areas, key)
            {
                errors.push(format!("{at}.area"), Rule::OutOfRange);
            }
            OppGoal {
                area,
                description: errors.row_value(
                    &format!("{at}.description"),
                    text::required_line("description", &goal.description, TEXT_MAX),
                ),
                evaluation_date: errors
                    .row_value(
                        &format!("{at}.evaluationDate"),
                        optional_date("evaluationDate", goal.evaluation_date.as_deref()),
                    )
                    .map(dates::to_iso),
                source: goal.source,
            }
        })
        .collect();
    check_rows(errors, "action.support", data.support.len());
    let support = data
        .support
        .into_iter()
        .enumerate()
        .filter(|(_, support)| !support.what.trim().is_empty())
        .map(|(row, support)| {
            let at = format!("action.support[{row}]");
            OppSupport {
                what: errors.row_value(
                    &format!("{at}.what"),
                    text::required_line("what", &support.what, TEXT_MAX),
                ),
                who: errors.row_value(
                    &format!("{at}.who"),
                    text::optional_line("who", support.who.as_deref(), LINE_MAX),
                ),
                frequency: errors.row_value(
                    &format!("{at}.frequency"),
                    text::optional_line("frequency", support.frequency.as_deref(), LINE_MAX),
                ),
                from: errors
                    .row_value(
                        &format!("{at}.from"),
                        optional_date("from", support.from.as_deref()),
                    )
                    .map(dates::to_iso),
                source: support.source,
            }
        })
        .collect();
    check_rows(errors, "action.deviations", data.deviations.len());
    let deviations = data
        .deviations
        .into_iter()
        .enumerate()
        .filter(|(_, deviation)| {
            !deviation.description.trim().is_empty()
                || deviation
                    .subject
                    .as_deref()
                    .is_some_and(|s| !s.trim().is_empty())
        })
        .map(|(row, deviation)| programme_deviation(errors, row, deviation))
        .collect();
    ActionPlan {
        goals,
        support,
        deviations,
    }
}

fn programme_deviation(
    errors: &mut FieldErrors,
    row: usize,
    data: ProgrammeDeviation,
) -> ProgrammeDeviation {
    let at = format!("action.deviations[{row}]");
    let subject = errors.row_value(
        &format!("{at}.subject"),
        text::optional_line("subject", data.subject.as_deref(), LINE_MAX),
    );
    let description = errors.row_value(
        &format!("{at}.description"),
        text::required_line("description", &data.description, TEXT_MAX),
    );
    let until = errors
        .row_value(
            &format!("{at}.until"),
            optional_date("until", data.until.as_deref()),
        )
        .map(dates::to_iso);
    let return_plan = errors.row_value(
        &format!("{at}.returnPlan"),
        text::optional_text("returnPlan", data.return_plan.as_deref(), TEXT_MAX),
    );
    match data.deviation_kind {
        DeviationKind::EigenLeerlijn | DeviationKind::Vrijstelling => {
            if subject.is_none() {
                errors.push(format!("{at}.subject"), Rule::Required);
            }
        }
        DeviationKind::AangepasteOnderwijstijd => {
            if until.is_none() {
                errors.push(format!("{at}.until"), Rule::Required);
            }
            if return_plan.is_none() {
                errors.push(format!("{at}.returnPlan"), Rule::Required);
            }
        }
    }
    ProgrammeDeviation {
        deviation_kind: data.deviation_kind,
        subject,
        description,
        until,
        return_plan,
    }
}

fn pupil_voice(errors: &mut FieldErrors, data: PupilVoice) -> PupilVoice {
    check_rows(errors, "pupilVoice.quotes", data.quotes.len());
    let quotes = data
        .quotes
        .into_iter()
        .enumerate()
        .filter(|(_, quote)| !quote.words.trim().is_empty())
        .map(|(row, quote)| PupilQuote {
            question: errors.row_value(
                &format!("pupilVoice.quotes[{row}].question"),
                text::optional_line("question", quote.question.as_deref(), LINE_MAX),
            ),
            words: errors
                .row_value(
                    &format!("pupilVoice.quotes[{row}].words"),
                    text::optional_text("words", Some(&quote.words), TEXT_MAX),
                )
                .unwrap_or_default(),
            source: quote.source,
        })
        .collect();
    let child_goals = sourced_lines(errors, "pupilVoice.childGoals", data.child_goals);
    PupilVoice {
        quotes,
        child_goals,
    }
}

/// Lines with their source: blank ones dropped, each at most [`TEXT_MAX`] on one line.
fn sourced_lines(
    errors: &mut FieldErrors,
    field: &str,
    input: Vec<SourcedText>,
) -> Vec<SourcedText> {
    check_rows(errors, field, input.len());
    input
        .into_iter()
        .enumerate()
        .filter(|(_, line)| !line.text.trim().is_empty())
        .map(|(row, line)| SourcedText {
            text: errors.row_value(
                &format!("{field}[{row}]"),
                text::required_line("text", &line.text, TEXT_MAX),
            ),
            source: line.source,
        })
        .collect()
}

fn check_rows(errors: &mut FieldErrors, field: &str, rows: usize) {
    if rows > ROWS_MAX {
        errors.push(field.to_owned(), Rule::TooLong);
    }
}

fn optional_date(field: &'static str, value: Option<&str>) -> Result<Option<Date>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => dates::parse_iso(field, value).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opp::{ItemSource, SourceKind};
    use crate::error::Error;

    fn template() -> Template {
        Template::landelijk().expect("the shipped template is valid")
    }

    fn complete() -> OppContent {
        OppContent {
            perspective: Perspective {
                exit_destination: Some("vmbo_kb".into()),
                exit_note: None,
                reasoning: "Leert praktisch, goed met de handen.".into(),
                needs: vec![],
                factors: vec![
                    OppFactor {
                        factor_kind: FactorKind::Hindering,
                        domain: "leerling".into(),
                        description: "Leest traag".into(),
                        source: None,
                    },
                    OppFactor {
                        factor_kind: FactorKind::Helping,
                        domain: "thuis".into(),
                        description: "Ouders lezen mee".into(),
                        source: None,
                    },
                ],
            },
            action: ActionPlan {
                goals: vec![OppGoal {
                    area: Some("technisch_lezen".into()),
                    description: "AVI E5".into(),
                    evaluation_date: Some("2027-01-15".into()),
                    source: None,
                }],
                support: vec![OppSupport {
                    what: "Leesbegeleiding".into(),
                    who: Some("RT'er".into()),
                    frequency: Some("2× per week".into()),
                    from: Some("2026-10-01".into()),
                    source: None,
                }],
                deviations: vec![],
            },
            pupil_voice: PupilVoice::default(),
            parents_view: None,
        }
    }

    fn fields(error: Error) -> Vec<String> {
        error
            .field_errors()
            .into_iter()
            .map(|e| e.field.into_owned())
            .collect()
    }

    #[test]
    fn a_complete_plan_passes_and_an_empty_one_names_every_missing_part() {
        let content = validate_content(complete(), EducationType::Po, &template())
            .expect("the complete plan is valid");
        assert!(check_complete(&content, EducationType::Po).is_ok());
        let missing = check_complete(&OppContent::default(), EducationType::Pro)
            .expect_err("an empty plan is incomplete");
        assert_eq!(
            fields(missing),
            [
                "perspective.exitDestination",
                "perspective.exitNote",
                "perspective.reasoning",
                "perspective.factors.hindering",
                "perspective.factors.helping",
                "action.goals",
                "action.support",
            ]
        );
    }

    #[test]
    fn an_exit_destination_must_fit_the_onderwijstype() {
        let mut content = complete();
        content.perspective.exit_destination = Some("hbo".into());
        let error = validate_content(content, EducationType::Po, &template())
            .expect_err("hbo is no destination after po");
        assert_eq!(fields(error), ["perspective.exitDestination"]);
    }

    #[test]
    fn adapted_school_time_needs_an_end_and_a_way_back() {
        let mut content = complete();
        content.action.deviations.push(ProgrammeDeviation {
            deviation_kind: DeviationKind::AangepasteOnderwijstijd,
            subject: None,
            description: "Alleen ochtenden".into(),
            until: None,
            return_plan: Some("  ".into()),
        });
        let error = validate_content(content, EducationType::Po, &template())
            .expect_err("no end date, no plan");
        assert_eq!(
            fields(error),
            [
                "action.deviations[0].until",
                "action.deviations[0].returnPlan"
            ]
        );
    }

    #[test]
    fn blank_rows_are_dropped_and_sources_kept() {
        let mut content = complete();
        let source = ItemSource {
            kind: SourceKind::Hearing,
            record_id: "h1".into(),
            label: "Hoorgesprek 01-10-2026".into(),
        };
        content.pupil_voice.child_goals = vec![
            SourcedText {
                text: " Ik lees een boek uit ".into(),
                source: Some(source.clone()),
            },
            SourcedText {
                text: "   ".into(),
                source: None,
            },
        ];
        let valid =
            validate_content(content, EducationType::Po, &template()).expect("valid content");
        assert_eq!(valid.pupil_voice.child_goals.len(), 1);
        assert_eq!(
            valid.pupil_voice.child_goals[0].text,
            "Ik lees een boek uit"
        );
        assert_eq!(valid.pupil_voice.child_goals[0].source, Some(source));
    }
}
