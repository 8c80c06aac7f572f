//! The beschikkingsnummer of a TLV: 17 characters, `SWVNR-YYYY-SEQ` — the samenwerkingsverband's
//! number (six letters or digits, e.g. `PO2701`), the year (four digits) and a sequence number
//! (five digits), joined by hyphens (BRON regeling, DOMAIN.md §8). Entered with lower case or
//! spaces around it, it is stored trimmed and in capitals; any other shape is refused with
//! [`Rule::DecisionNumberShape`], whose Dutch text shows an example.

use crate::error::{Error, Result, Rule};

/// Length of a beschikkingsnummer.
pub const LENGTH: usize = 17;

/// The normalised beschikkingsnummer, or a field error on `field`.
pub fn validate(field: &'static str, input: &str) -> Result<String> {
    let value = input.trim().to_uppercase();
    if value.is_empty() {
        return Err(Error::validation(field, Rule::Required));
    }
    if well_formed(&value) {
        Ok(value)
    } else {
        Err(Error::validation(field, Rule::DecisionNumberShape))
    }
}

fn well_formed(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let [swv, year, sequence] = parts.as_slice() else {
        return false;
    };
    value.len() == LENGTH
        && swv.len() == 6
        && swv
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && year.len() == 4
        && year.starts_with("20")
        && year.chars().all(|c| c.is_ascii_digit())
        && sequence.len() == 5
        && sequence.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(input: &str) -> std::result::Result<String, Option<Rule>> {
        validate("decisionNumber", input).map_err(|e| match e {
            Error::Validation { rule, .. } => Some(rule),
            _ => None,
        })
    }

    #[test]
    fn the_right_shape_is_kept_in_capitals() {
        assert_eq!(
            shape("PO2701-2026-00042").as_deref(),
            Ok("PO2701-2026-00042")
        );
        assert_eq!(
            shape(" vo2001-2027-12345 ").as_deref(),
            Ok("VO2001-2027-12345")
        );
    }

    #[test]
    fn every_other_shape_is_refused() {
        for wrong in [
            "PO2701-2026-0042",    // 16 characters
            "PO2701-2026-000421",  // 18
            "PO270-12026-00042",   // parts shifted
            "PO2701 2026 00042",   // spaces for hyphens
            "PO2701-26-0000042",   // two-digit year
            "PO27.1-2026-00042",   // a dot in the SWV number
            "PO2701-2026-0004A",   // a letter in the sequence
            "PO2701-1926-00042",   // not this century
            "PO2701-2026-00042-1", // a fourth part
            "PÖ2701-2026-00042",   // not ASCII
        ] {
            assert_eq!(
                shape(wrong),
                Err(Some(Rule::DecisionNumberShape)),
                "{wrong}"
            );
        }
        assert_eq!(shape("  "), Err(Some(Rule::Required)));
    }

    #[test]
    fn the_rule_explains_the_shape_with_an_example() {
        let text = Rule::DecisionNumberShape.dutch();
        assert!(text.contains("17 tekens") && text.contains("PO2701-2026-00042"));
    }
}
