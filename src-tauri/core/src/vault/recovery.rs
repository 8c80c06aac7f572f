//! The recovery key: 160 random bits shown once at creation as eight groups of four base32
//! characters (`ABCD-EFGH-…`). Typing is forgiving: case, spaces and dashes do not matter.

use crate::error::{Error, Result, Rule};
use data_encoding::BASE32_NOPAD;
use zeroize::Zeroizing;

const BYTES: usize = 20;

/// A recovery key in its canonical form (32 base32 characters, no separators).
pub struct RecoveryKey {
    canonical: Zeroizing<String>,
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

impl RecoveryKey {
    pub(crate) fn generate() -> Result<Self> {
        let mut bytes = Zeroizing::new([0u8; BYTES]);
        crate::random::fill_random(&mut bytes[..])?;
        Ok(RecoveryKey {
            canonical: Zeroizing::new(BASE32_NOPAD.encode(&bytes[..])),
        })
    }

    /// Parses what a person typed. Refuses anything that is not exactly a recovery key.
    /// Digits that base32 does not use are read as the letters they resemble (0→O, 1→I, 8→B).
    pub fn parse(input: &str) -> Result<Self> {
        let canonical: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                '0' => 'O',
                '1' => 'I',
                '8' => 'B',
                other => other,
            })
            .collect();
        let canonical = Zeroizing::new(canonical);
        match BASE32_NOPAD.decode(canonical.as_bytes()) {
            Ok(bytes) if bytes.len() == BYTES => Ok(RecoveryKey { canonical }),
            _ => Err(Error::validation("recoveryKey", Rule::InvalidRecoveryKey)),
        }
    }

    /// The form to show and print: `ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567`, in a buffer
    /// sized once and wiped when dropped.
    pub fn display(&self) -> super::SecretText {
        let canonical = self.canonical.as_str();
        let mut shown = Zeroizing::new(String::with_capacity(canonical.len() * 5 / 4));
        for (index, character) in canonical.chars().enumerate() {
            if index > 0 && index % 4 == 0 {
                shown.push('-');
            }
            shown.push(character);
        }
        super::SecretText::from(shown)
    }

    pub(crate) fn secret_bytes(&self) -> &[u8] {
        self.canonical.as_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_round_trips_through_forgiving_parse() {
        let key = RecoveryKey::generate().expect("random source");
        let shown = key.display().expose().to_owned();
        assert_eq!(shown.len(), 32 + 7);
        let typed = shown.to_lowercase().replace('-', " ");
        let parsed = RecoveryKey::parse(&typed).expect("parses");
        assert_eq!(parsed.secret_bytes(), key.secret_bytes());
        assert!(RecoveryKey::parse("ABCD-EFGH").is_err());
        let misread = shown.replace('O', "0").replace('I', "1").replace('B', "8");
        let parsed = RecoveryKey::parse(&misread).expect("look-alike digits parse");
        assert_eq!(parsed.secret_bytes(), key.secret_bytes());
    }
}
