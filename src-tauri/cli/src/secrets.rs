//! Reading passphrases and the recovery key: from the environment (scripts, tests) or prompted
//! without echo. Values are wiped from memory when dropped.

use crate::exit::Failure;
use zeroize::Zeroizing;

/// The value of `var`, or a prompt on the terminal.
pub fn read(var: &str, prompt: &str) -> Result<Zeroizing<String>, Failure> {
    if let Ok(value) = std::env::var(var) {
        return Ok(Zeroizing::new(value));
    }
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|_| {
            Failure::usage(format!(
                "ibis-cli: geen invoer mogelijk; zet {var} of start vanaf een terminal."
            ))
        })
}

/// A new passphrase: from `var`, or prompted twice.
pub fn read_new(var: &str) -> Result<(Zeroizing<String>, Zeroizing<String>), Failure> {
    if let Ok(value) = std::env::var(var) {
        return Ok((Zeroizing::new(value.clone()), Zeroizing::new(value)));
    }
    let first = read(var, "Nieuw wachtwoord (minstens 10 tekens): ")?;
    let second = read(var, "Herhaal het nieuwe wachtwoord: ")?;
    Ok((first, second))
}
