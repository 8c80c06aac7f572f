//! Text rules shared by every form: trimming, length limits, and the search key that makes
//! "jose" find "José" and "van der" find "Van der Berg".

use crate::error::{Error, Result, Rule};
use unicode_normalization::UnicodeNormalization;

/// A required single-line text: trimmed, non-empty, at most `max` characters, no control chars.
pub fn required_line(field: &'static str, input: &str, max: usize) -> Result<String> {
    let value = input.trim();
    if value.is_empty() {
        return Err(Error::validation(field, Rule::Required));
    }
    line(field, value, max)
}

/// An optional single-line text: `None` when empty after trimming.
pub fn optional_line(
    field: &'static str,
    input: Option<&str>,
    max: usize,
) -> Result<Option<String>> {
    match input.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => line(field, value, max).map(Some),
    }
}

/// An optional multi-line text (notes): newlines and tabs allowed.
pub fn optional_text(
    field: &'static str,
    input: Option<&str>,
    max: usize,
) -> Result<Option<String>> {
    match input.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => {
            if value.chars().count() > max {
                return Err(Error::validation(field, Rule::TooLong));
            }
            if value
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
            {
                return Err(Error::validation(field, Rule::InvalidCharacters));
            }
            Ok(Some(value.to_owned()))
        }
    }
}

fn line(field: &'static str, value: &str, max: usize) -> Result<String> {
    if value.chars().count() > max {
        return Err(Error::validation(field, Rule::TooLong));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::validation(field, Rule::InvalidCharacters));
    }
    Ok(value.to_owned())
}

/// Lower-case, diacritics removed, whitespace folded: the form names are searched in.
pub fn search_key(input: &str) -> String {
    let folded: String = input
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_key_folds_case_and_diacritics() {
        assert_eq!(search_key("  José  Özdemir "), "jose ozdemir");
        assert_eq!(search_key("Chloë van der BERG"), "chloe van der berg");
    }

    #[test]
    fn required_line_rejects_blank_long_and_control() {
        assert!(required_line("f", "   ", 10).is_err());
        assert!(required_line("f", "abcdefghijk", 10).is_err());
        assert!(required_line("f", "a\u{7}b", 10).is_err());
        assert_eq!(
            required_line("f", " Anouk ", 10).ok().as_deref(),
            Some("Anouk")
        );
    }

    #[test]
    fn optional_text_keeps_newlines() {
        let value = optional_text("n", Some("regel 1\nregel 2"), 100);
        assert_eq!(value.ok().flatten().as_deref(), Some("regel 1\nregel 2"));
        assert_eq!(optional_text("n", Some("  "), 100).ok(), Some(None));
    }
}
