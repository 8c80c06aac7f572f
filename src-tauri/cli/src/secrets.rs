//! Reading passphrases and the recovery key: from the environment (scripts, tests) or prompted
//! without echo. Values are [`SecretText`]: wiped from memory when dropped, `[verborgen]` when
//! debug-printed, handed to the core's requests without a plain `String` copy.

use crate::exit::Failure;
use ibis_core::vault::SecretText;

/// The value of `var`, or a prompt on the terminal.
pub fn read(var: &str, prompt: &str) -> Result<SecretText, Failure> {
    if let Ok(value) = std::env::var(var) {
        return Ok(SecretText::from(value));
    }
    rpassword::prompt_password(prompt)
        .map(SecretText::from)
        .map_err(|_| {
            Failure::usage(format!(
                "ibis-cli: geen invoer mogelijk; zet {var} of start vanaf een terminal."
            ))
        })
}

/// A new passphrase: from `var`, or prompted twice.
pub fn read_new(var: &str) -> Result<(SecretText, SecretText), Failure> {
    if let Ok(value) = std::env::var(var) {
        let repeat = SecretText::from(value.as_str());
        return Ok((SecretText::from(value), repeat));
    }
    let first = read(var, "Nieuw wachtwoord (minstens 10 tekens): ")?;
    let second = read(var, "Herhaal het nieuwe wachtwoord: ")?;
    Ok((first, second))
}
