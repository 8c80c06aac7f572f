//! A parent or carer (ouder/verzorger) and whether they hold legal authority (gezag).

use crate::domain::text;
use crate::error::{FieldErrors, Result, Rule};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the guardian relates to the pupil.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GuardianRelation {
    Mother,
    Father,
    Parent,
    FosterParent,
    LegalGuardian,
    Other,
}

impl GuardianRelation {
    pub fn as_str(self) -> &'static str {
        match self {
            GuardianRelation::Mother => "mother",
            GuardianRelation::Father => "father",
            GuardianRelation::Parent => "parent",
            GuardianRelation::FosterParent => "foster_parent",
            GuardianRelation::LegalGuardian => "legal_guardian",
            GuardianRelation::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "mother" => Some(GuardianRelation::Mother),
            "father" => Some(GuardianRelation::Father),
            "parent" => Some(GuardianRelation::Parent),
            "foster_parent" => Some(GuardianRelation::FosterParent),
            "legal_guardian" => Some(GuardianRelation::LegalGuardian),
            "other" => Some(GuardianRelation::Other),
            _ => None,
        }
    }
}

/// Guardian fields as typed.
#[derive(Debug, Clone)]
pub struct GuardianDraft<'a> {
    pub name: &'a str,
    pub relation: GuardianRelation,
    pub has_authority: bool,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
}

/// Guardian fields that passed every rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidGuardian {
    pub name: String,
    pub relation: GuardianRelation,
    pub has_authority: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Validates a guardian; errors name every failing field, in form order.
pub fn validate(draft: &GuardianDraft<'_>) -> Result<ValidGuardian> {
    let mut errors = FieldErrors::default();
    let name = errors.value(text::required_line("name", draft.name, 150));
    let phone = errors.value(text::optional_line("phone", draft.phone, 30));
    if let Some(phone) = &phone
        && !is_plausible_phone(phone)
    {
        errors.push("phone", Rule::InvalidPhone);
    }
    let email = errors.value(text::optional_line("email", draft.email, 254));
    if let Some(email) = &email
        && !is_plausible_email(email)
    {
        errors.push("email", Rule::InvalidEmail);
    }
    errors.finish()?;
    Ok(ValidGuardian {
        name,
        relation: draft.relation,
        has_authority: draft.has_authority,
        phone,
        email,
    })
}

/// Digits with the usual separators; 8 to 15 digits (E.164 allows 15).
fn is_plausible_phone(phone: &str) -> bool {
    let allowed = phone.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (i == 0 && c == '+')
    });
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    allowed && (8..=15).contains(&digits)
}

/// One `@`, something before it, a dot in the domain, no spaces.
fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn phone_and_email_plausibility() {
        assert!(is_plausible_phone("06-12345678"));
        assert!(is_plausible_phone("+31 6 1234 5678"));
        assert!(!is_plausible_phone("12345"));
        assert!(!is_plausible_phone("06-1234x678"));
        assert!(is_plausible_email("ouder@example.nl"));
        assert!(!is_plausible_email("ouder@example"));
        assert!(!is_plausible_email("ouder @example.nl"));
    }

    #[test]
    fn name_is_required() {
        let draft = GuardianDraft {
            name: " ",
            relation: GuardianRelation::Mother,
            has_authority: true,
            phone: None,
            email: None,
        };
        assert!(matches!(
            validate(&draft),
            Err(Error::Validation {
                field: "name",
                rule: Rule::Required
            })
        ));
    }
}
