//! Item 20: a vault is private to its user on Unix — folder 0700, every file 0600 (database,
//! WAL, shared memory, key slots, temporary files), also for a vault an older Ibis left open.

use super::support::{PASSPHRASE, TestVault};
use ibis_core::usecases::vault;
use ibis_core::vault::{DIR_MODE, FILE_MODE};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn assert_private(dir: &Path) {
    assert_eq!(mode(dir), DIR_MODE, "vault folder");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), FILE_MODE, "{}", path.display());
        files += 1;
    }
    assert!(files >= 2, "database and key slots at least");
}

#[test]
fn a_new_vault_and_its_wal_files_are_owner_only() {
    let mut v = TestVault::new();
    v.add_pupil("Sanne", "Vries");
    let dir = v.dir();
    assert!(
        dir.join("ibis.db-wal").exists(),
        "WAL is written while open"
    );
    assert_private(&dir);
    v.lock();
    assert_private(&dir);
}

#[test]
fn unlocking_tightens_a_vault_left_readable_by_others() {
    let mut v = TestVault::new();
    v.lock();
    let dir = v.dir();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let store = vault::unlock(&dir, &v.clock, PASSPHRASE, &[]).unwrap();
    assert_private(&dir);
    store.close().unwrap();
}

#[test]
fn a_changed_passphrase_leaves_the_slot_file_owner_only() {
    let mut v = TestVault::new();
    let dir = v.dir();
    let request = vault::ChangePassphraseRequest {
        current_passphrase: PASSPHRASE.into(),
        new_passphrase: "een-ander-lang-wachtwoord".into(),
        new_passphrase_repeat: "een-ander-lang-wachtwoord".into(),
    };
    vault::change_passphrase(v.store.as_mut().unwrap(), &dir, &v.clock, &request).unwrap();
    assert_private(&dir);
}
