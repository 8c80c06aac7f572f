//! Passphrase rules. Length is what protects a passphrase against guessing; Argon2id makes each
//! guess expensive. The UI adds a strength hint on top; the rule here is the floor.

use crate::error::{Error, Result, Rule};

/// At least this many characters (not bytes: "ë" counts once).
pub const MIN_CHARS: usize = 10;

/// Refuses passphrases shorter than [`MIN_CHARS`].
pub fn check(field: &'static str, passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_CHARS {
        return Err(Error::validation(field, Rule::PassphraseTooShort));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_characters_is_the_floor() {
        assert!(check("p", "123456789").is_err());
        assert!(check("p", "1234567890").is_ok());
        assert!(check("p", "ëëëëëëëëëë").is_ok());
    }
}
