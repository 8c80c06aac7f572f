//! Passphrases and recovery keys as they travel: over IPC into the request structs, from the
//! CLI's prompt or environment, back to the window once (the new recovery key). The text lives
//! in a [`Zeroizing`] buffer, wiped when dropped; `Debug` prints `[verborgen]`, so a request
//! that is logged or shown in a test failure never contains the secret; there is no `Display`
//! and no conversion into a plain `String`.
//!
//! What this cannot wipe: the JSON text the IPC layer or serde read the value from. That buffer
//! belongs to Tauri and is short-lived.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

/// A secret typed by a person (passphrase, recovery key). On the wire it is a plain string
/// (`#[ts(type = "string")]` on each field).
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    /// The secret, borrowed for the moment it is checked or used to derive a key.
    pub fn expose(&self) -> &str {
        self.0.as_str()
    }
}

impl From<String> for SecretText {
    fn from(value: String) -> Self {
        SecretText(Zeroizing::new(value))
    }
}

impl From<&str> for SecretText {
    fn from(value: &str) -> Self {
        SecretText(Zeroizing::new(value.to_owned()))
    }
}

impl From<Zeroizing<String>> for SecretText {
    fn from(value: Zeroizing<String>) -> Self {
        SecretText(value)
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[verborgen]")
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SecretText::from)
    }
}

/// Serialised only where the secret must reach the person: the new recovery key shown once.
impl Serialize for SecretText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_secret_and_json_round_trips() {
        let secret: SecretText =
            serde_json::from_str("\"paars-konijn-fietst-7\"").expect("a JSON string");
        assert_eq!(format!("{secret:?}"), "[verborgen]");
        assert_eq!(secret.expose(), "paars-konijn-fietst-7");
        assert_eq!(
            serde_json::to_string(&secret).expect("serialises"),
            "\"paars-konijn-fietst-7\""
        );
    }
}
