//! The committed TypeScript bindings match the Rust types. Fails when a request, response or
//! error type changes without `make bindings`; `IBIS_UPDATE_BINDINGS=1` rewrites them instead.
// A test binary: a failed expectation is a failing test, so unwrap/expect are allowed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/ipc/bindings")
}

fn read_tree(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() {
                let name = entry.file_name().to_string_lossy().into_owned();
                files.insert(
                    name,
                    std::fs::read_to_string(&path).expect("readable binding file"),
                );
            }
        }
    }
    files
}

#[test]
fn bindings_are_current() {
    let fresh = tempfile::tempdir().expect("temp dir");
    ibis_core::api::export_bindings(fresh.path()).expect("bindings export");
    let generated = read_tree(fresh.path());
    assert!(generated.contains_key("commands.ts"));
    assert!(generated.contains_key("IpcError.ts"));

    let target = committed_dir();
    if std::env::var("IBIS_UPDATE_BINDINGS").as_deref() == Ok("1") {
        if target.exists() {
            std::fs::remove_dir_all(&target).expect("remove old bindings");
        }
        std::fs::create_dir_all(&target).expect("create bindings dir");
        for (name, text) in &generated {
            std::fs::write(target.join(name), text).expect("write binding");
        }
        return;
    }
    let committed = read_tree(&target);
    let stale: Vec<_> = generated
        .iter()
        .filter(|(name, text)| committed.get(*name) != Some(*text))
        .map(|(name, _)| name.clone())
        .chain(
            committed
                .keys()
                .filter(|name| !generated.contains_key(*name))
                .cloned(),
        )
        .collect();
    assert!(
        stale.is_empty(),
        "ui/src/ipc/bindings is out of date ({stale:?}); run `make bindings` and commit the result"
    );
}
