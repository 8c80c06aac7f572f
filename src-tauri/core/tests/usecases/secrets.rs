//! Item 16: passphrases and recovery keys arrive over IPC as wiped, hidden values. A request
//! that is debug-printed (a log line, a test failure) never shows the secret, and the new
//! recovery key leaves the core only as a string on the wire.

use super::support::TestVault;
use ibis_core::usecases::vault;

const SECRET: &str = "zeer-geheim-wachtwoord-42";
const RECOVERY: &str = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567";

#[test]
fn debug_printed_requests_contain_no_secret() {
    let create: vault::CreateVaultRequest = serde_json::from_str(&format!(
        r#"{{"passphrase": "{SECRET}", "passphraseRepeat": "{SECRET}"}}"#
    ))
    .unwrap();
    let unlock: vault::UnlockRequest =
        serde_json::from_str(&format!(r#"{{"passphrase": "{SECRET}"}}"#)).unwrap();
    let change: vault::ChangePassphraseRequest = serde_json::from_str(&format!(
        r#"{{"currentPassphrase": "{SECRET}", "newPassphrase": "{SECRET}",
             "newPassphraseRepeat": "{SECRET}"}}"#
    ))
    .unwrap();
    let recover: vault::RecoverRequest = serde_json::from_str(&format!(
        r#"{{"recoveryKey": "{RECOVERY}", "newPassphrase": "{SECRET}",
             "newPassphraseRepeat": "{SECRET}"}}"#
    ))
    .unwrap();
    for printed in [
        format!("{create:?}"),
        format!("{unlock:?}"),
        format!("{change:?}"),
        format!("{recover:?}"),
        format!("{create:#?}"),
    ] {
        assert!(!printed.contains(SECRET), "{printed}");
        assert!(!printed.contains("ABCD"), "{printed}");
        assert!(printed.contains("[verborgen]"), "{printed}");
    }
    assert_eq!(
        unlock.passphrase.expose(),
        SECRET,
        "the value itself arrives intact"
    );
}

#[test]
fn the_new_recovery_key_is_hidden_in_debug_and_a_string_on_the_wire() {
    let temp = tempfile::tempdir().unwrap();
    let v = TestVault::new();
    let request = vault::CreateVaultRequest {
        passphrase: SECRET.into(),
        passphrase_repeat: SECRET.into(),
    };
    let (store, response) = vault::create_with_params(
        &temp.path().join("kluis"),
        &v.clock,
        &request,
        ibis_core::vault::KdfParams::FLOOR,
    )
    .unwrap();
    store.close().unwrap();
    let key = response.recovery_key.expose().to_owned();
    assert_eq!(key.len(), 39);
    assert!(!format!("{response:?}").contains(&key));
    let wire = serde_json::to_value(&response).unwrap();
    assert_eq!(wire["recoveryKey"], key.as_str());
}
