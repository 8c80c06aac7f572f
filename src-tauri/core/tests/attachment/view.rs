//! Viewing: the plaintext goes only into the private view folder (0700, files 0600), which is
//! emptied on lock, when the session is dropped (exit) and when a new session starts after a
//! crash; afterwards a canary word is nowhere on disk but in the user's own original.

use crate::{Setup, canary, files_containing};
use ibis_core::clock::FixedClock;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::demo::attachments as generated;
use ibis_core::usecases::session::Session;
use std::path::PathBuf;

struct Viewing {
    s: Setup,
    session: Session,
    clock: FixedClock,
    id: String,
    word: String,
    since: std::time::SystemTime,
}

/// A session over a vault with one PDF (carrying a fresh canary) whose original is deleted.
fn viewing() -> Viewing {
    let since = std::time::SystemTime::now();
    let mut s = Setup::new();
    let word = canary();
    let path = s.file("verslag.pdf", &generated::pdf(&word, 1).unwrap());
    let id = s.add(&path).unwrap().attachments[0].id.clone();
    std::fs::remove_file(&path).unwrap();
    let store = s.v.store.take().unwrap();
    let clock = ibis_core::clock::FixedClock::new(crate::support::monday_morning());
    let session = Session::unlocked(s.v.dir(), false, store).unwrap();
    Viewing {
        s,
        session,
        clock,
        id,
        word,
        since,
    }
}

impl Viewing {
    fn view(&self) -> PathBuf {
        self.session
            .view_attachment(
                &self.clock,
                IdRequest {
                    id: self.id.clone(),
                },
            )
            .unwrap()
    }

    fn view_dir(&self) -> PathBuf {
        self.s.v.temp.path().join("view")
    }

    fn view_dir_entries(&self) -> usize {
        std::fs::read_dir(self.view_dir()).map_or(0, |entries| entries.count())
    }

    fn canary_files(&self) -> Vec<PathBuf> {
        let mut found = files_containing(self.s.v.temp.path(), self.word.as_bytes(), self.since);
        found.extend(files_containing(
            &std::env::temp_dir(),
            self.word.as_bytes(),
            self.since,
        ));
        found.sort();
        found.dedup();
        found
    }
}

#[test]
fn view_writes_an_owner_only_file_named_by_id_in_the_view_folder() {
    let viewing = viewing();
    let path = viewing.view();
    assert_eq!(path.parent(), Some(viewing.view_dir().as_path()));
    assert_eq!(
        path.file_name().unwrap().to_string_lossy(),
        format!("{}.pdf", viewing.id)
    );
    assert_eq!(viewing.session.view_dir(), viewing.view_dir());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&viewing.view_dir()), 0o700);
        assert_eq!(mode(&path), 0o600);
    }
    assert_eq!(
        viewing.canary_files(),
        std::slice::from_ref(&path),
        "only the viewed copy"
    );
    let again = viewing.view();
    assert_eq!(again, path, "viewing twice replaces the copy");
    assert_eq!(viewing.view_dir_entries(), 1);
}

#[test]
fn lock_empties_the_view_folder_and_no_plaintext_is_left_anywhere() {
    let viewing = viewing();
    viewing.view();
    assert_eq!(viewing.view_dir_entries(), 1);
    viewing.session.lock();
    assert_eq!(viewing.view_dir_entries(), 0);
    let found = viewing.canary_files();
    assert!(found.is_empty(), "plaintext left in {found:?}");
}

#[test]
fn auto_lock_empties_the_view_folder() {
    let viewing = viewing();
    viewing.view();
    viewing
        .session
        .override_idle_limit(std::time::Duration::ZERO);
    assert!(viewing.session.lock_if_idle(std::time::Instant::now()));
    assert_eq!(viewing.view_dir_entries(), 0);
}

#[test]
fn exit_empties_the_view_folder() {
    let Viewing {
        s,
        session,
        clock,
        id,
        ..
    } = viewing();
    session.view_attachment(&clock, IdRequest { id }).unwrap();
    drop(session);
    let entries = std::fs::read_dir(s.v.temp.path().join("view"))
        .unwrap()
        .count();
    assert_eq!(entries, 0);
}

#[test]
fn the_next_start_after_a_crash_empties_the_view_folder() {
    let Viewing {
        s,
        session,
        clock,
        id,
        word,
        since,
    } = viewing();
    session.view_attachment(&clock, IdRequest { id }).unwrap();
    // A crash: no lock, no drop.
    std::mem::forget(session);
    let view_dir = s.v.temp.path().join("view");
    assert_eq!(std::fs::read_dir(&view_dir).unwrap().count(), 1);
    let restarted = Session::new(s.v.dir(), false);
    assert_eq!(std::fs::read_dir(&view_dir).unwrap().count(), 0);
    assert!(files_containing(s.v.temp.path(), word.as_bytes(), since).is_empty());
    drop(restarted);
}
