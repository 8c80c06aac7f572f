//! The app's session: the vault folder and, while unlocked, its open store. Locking closes the
//! connection (SQLCipher wipes its keys); the passphrase is never kept. Auto-lock is driven by
//! the shell calling [`Session::lock_if_idle`]; every command counts as activity.
//!
//! The session also owns the private view folder (`attachments::view_folder`) where an
//! attachment's plaintext is written for the system viewer: emptied when the session starts
//! (a crash may have left files), on every lock and when the session is dropped (exit).

use super::attachments::{self, view_folder};
use super::meldcode::{self, GRANT_MINUTES, MeldcodeGrant, MeldcodeOpenRequest, MeldcodePage};
use super::{IdRequest, check_id, settings, templates, vault};
use crate::clock::{Clock, format_instant};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::template::Template;
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};
use ts_rs::TS;

/// Where the session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// No vault yet in the data folder: first run.
    NoVault,
    Locked,
    Unlocked,
}

/// What the UI needs to choose its screen.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub vault: VaultState,
    /// A throw-away demo vault (`make run DEMO=1`): the UI marks it clearly.
    pub demo: bool,
    pub auto_lock_minutes: u8,
    pub version: String,
    /// The vault folder, for the administrator (holds no pupil data).
    pub vault_dir: String,
}

struct Inner {
    store: Option<Store>,
    failed_attempts: Vec<String>,
    last_activity: Instant,
    auto_lock_minutes: u8,
    /// Replaces the minutes setting when set (end-to-end tests of auto-lock).
    idle_limit_override: Option<Duration>,
    /// Pupil id → until when its meldcode may be read (the passphrase was given again). Held
    /// in memory only; emptied whenever the store closes or opens.
    meldcode_grants: HashMap<String, DateTime<Utc>>,
}

/// One per app process.
pub struct Session {
    dir: PathBuf,
    /// Where viewed attachments are written; see the module comment.
    view_dir: PathBuf,
    demo: bool,
    inner: Mutex<Inner>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("demo", &self.demo)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A locked session over the vault folder `dir`. Empties the view folder beside it, which
    /// holds files only if an earlier run crashed while showing an attachment.
    pub fn new(dir: PathBuf, demo: bool) -> Self {
        let view_dir = view_folder::for_vault(&dir);
        view_folder::empty_logged(&view_dir);
        Session {
            dir,
            view_dir,
            demo,
            inner: Mutex::new(Inner {
                store: None,
                failed_attempts: Vec::new(),
                last_activity: Instant::now(),
                auto_lock_minutes: settings::DEFAULT_AUTO_LOCK_MINUTES,
                idle_limit_override: None,
                meldcode_grants: HashMap::new(),
            }),
        }
    }

    /// A session that starts unlocked on an existing store (the demo vault).
    pub fn unlocked(dir: PathBuf, demo: bool, store: Store) -> Result<Self> {
        let session = Session::new(dir, demo);
        {
            let mut inner = session.lock_inner();
            inner.auto_lock_minutes = settings::get(&store)?.auto_lock_minutes;
            inner.store = Some(store);
        }
        Ok(session)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The private view folder.
    pub fn view_dir(&self) -> &Path {
        &self.view_dir
    }

    /// Writes an attachment into the view folder and returns its path for the system viewer.
    pub fn view_attachment(&self, clock: &dyn Clock, req: IdRequest) -> Result<PathBuf> {
        let view_dir = self.view_dir.clone();
        self.with_store(|store| attachments::view(store, clock, &view_dir, req))
    }

    fn lock_inner(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the store half-written (SQLite rolls back
        // an uncommitted transaction), so the state is still usable.
        self.inner
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    pub fn status(&self) -> AppStatus {
        let inner = self.lock_inner();
        self.status_of(&inner)
    }

    fn status_of(&self, inner: &Inner) -> AppStatus {
        let vault = if inner.store.is_some() {
            VaultState::Unlocked
        } else if crate::vault::exists(&self.dir) {
            VaultState::Locked
        } else {
            VaultState::NoVault
        };
        AppStatus {
            vault,
            demo: self.demo,
            auto_lock_minutes: inner.auto_lock_minutes,
            version: env!("CARGO_PKG_VERSION").to_owned(),
            vault_dir: self.dir.display().to_string(),
        }
    }

    /// Makes auto-lock use `limit` instead of the minutes setting. Only the end-to-end test
    /// seam `IBIS_E2E_AUTO_LOCK_SECONDS` calls this, so a test need not idle for a minute.
    pub fn override_idle_limit(&self, limit: Duration) {
        self.lock_inner().idle_limit_override = Some(limit);
    }

    /// Marks user activity (postpones auto-lock).
    pub fn touch(&self) {
        self.lock_inner().last_activity = Instant::now();
    }

    pub fn create(
        &self,
        clock: &dyn Clock,
        req: &vault::CreateVaultRequest,
    ) -> Result<vault::CreateVaultResponse> {
        let mut inner = self.lock_inner();
        let (store, response) = vault::create(&self.dir, clock, req)?;
        inner.meldcode_grants.clear();
        inner.auto_lock_minutes = settings::get(&store)?.auto_lock_minutes;
        inner.store = Some(store);
        inner.last_activity = Instant::now();
        Ok(response)
    }

    pub fn unlock(&self, clock: &dyn Clock, req: &vault::UnlockRequest) -> Result<AppStatus> {
        let mut inner = self.lock_inner();
        if inner.store.is_none() {
            match vault::unlock(
                &self.dir,
                clock,
                req.passphrase.expose(),
                &inner.failed_attempts,
            ) {
                Ok(store) => {
                    inner.failed_attempts.clear();
                    inner.meldcode_grants.clear();
                    inner.auto_lock_minutes = settings::get(&store)?.auto_lock_minutes;
                    inner.store = Some(store);
                }
                Err(Error::WrongPassphrase) => {
                    inner.failed_attempts.push(format_instant(clock.now()));
                    return Err(Error::WrongPassphrase);
                }
                Err(other) => return Err(other),
            }
        }
        inner.last_activity = Instant::now();
        Ok(self.status_of(&inner))
    }

    pub fn recover(&self, clock: &dyn Clock, req: &vault::RecoverRequest) -> Result<AppStatus> {
        let mut inner = self.lock_inner();
        if let Some(store) = inner.store.take() {
            close(store);
        }
        inner.meldcode_grants.clear();
        let store = vault::recover(&self.dir, clock, req)?;
        inner.auto_lock_minutes = settings::get(&store)?.auto_lock_minutes;
        inner.store = Some(store);
        inner.last_activity = Instant::now();
        Ok(self.status_of(&inner))
    }

    /// Closes the store and empties the view folder. Safe to call when already locked.
    pub fn lock(&self) -> AppStatus {
        let mut inner = self.lock_inner();
        inner.meldcode_grants.clear();
        if let Some(store) = inner.store.take() {
            close(store);
        }
        view_folder::empty_logged(&self.view_dir);
        self.status_of(&inner)
    }

    /// Locks when the user has been idle longer than the auto-lock setting. Returns whether it
    /// locked now.
    pub fn lock_if_idle(&self, now: Instant) -> bool {
        let mut inner = self.lock_inner();
        let limit = inner
            .idle_limit_override
            .unwrap_or(Duration::from_secs(u64::from(inner.auto_lock_minutes) * 60));
        if inner.store.is_some() && now.saturating_duration_since(inner.last_activity) >= limit {
            if let Some(store) = inner.store.take() {
                close(store);
            }
            inner.meldcode_grants.clear();
            view_folder::empty_logged(&self.view_dir);
            tracing::info!("vault auto-locked after idle time");
            return true;
        }
        false
    }

    /// Runs `f` on the open store (activity), or fails with [`Error::Locked`].
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut inner = self.lock_inner();
        inner.last_activity = Instant::now();
        let store = inner.store.as_mut().ok_or(Error::Locked)?;
        f(store)
    }

    /// Opens a pupil's meldcode: checks the passphrase against the vault's key slot and grants
    /// access for [`GRANT_MINUTES`] minutes (from `clock`). A wrong passphrase is audited as a
    /// refused attempt and answered with [`Error::WrongPassphrase`]; an unknown pupil is
    /// `NotFound` before the passphrase is checked.
    pub fn open_meldcode(
        &self,
        clock: &dyn Clock,
        req: &MeldcodeOpenRequest,
    ) -> Result<MeldcodePage> {
        check_id("pupilId", &req.pupil_id)?;
        let mut inner = self.lock_inner();
        inner.last_activity = Instant::now();
        let Inner {
            store,
            meldcode_grants,
            ..
        } = &mut *inner;
        let store = store.as_mut().ok_or(Error::Locked)?;
        store.read(|conn| crate::store::pupils::get(conn, &req.pupil_id))?;
        match crate::vault::verify_passphrase(&self.dir, req.passphrase.expose()) {
            Ok(()) => {}
            Err(Error::WrongPassphrase) => {
                meldcode::record_access(store, clock, &req.pupil_id, false)?;
                return Err(Error::WrongPassphrase);
            }
            Err(other) => return Err(other),
        }
        meldcode::record_access(store, clock, &req.pupil_id, true)?;
        let until = clock.now() + TimeDelta::minutes(GRANT_MINUTES);
        meldcode_grants.insert(req.pupil_id.clone(), until);
        meldcode::get(store, &MeldcodeGrant::new(req.pupil_id.clone(), until))
    }

    /// Runs `f` on the open store with the pupil's meldcode grant, or fails with
    /// [`Error::MeldcodeLocked`] when there is none or it has expired (at `clock`'s now).
    pub fn with_meldcode<T>(
        &self,
        clock: &dyn Clock,
        pupil_id: &str,
        f: impl FnOnce(&mut Store, &MeldcodeGrant) -> Result<T>,
    ) -> Result<T> {
        check_id("pupilId", pupil_id)?;
        let mut inner = self.lock_inner();
        inner.last_activity = Instant::now();
        let Inner {
            store,
            meldcode_grants,
            ..
        } = &mut *inner;
        let store = store.as_mut().ok_or(Error::Locked)?;
        let now = clock.now();
        meldcode_grants.retain(|_, until| now < *until);
        let until = *meldcode_grants.get(pupil_id).ok_or(Error::MeldcodeLocked)?;
        f(store, &MeldcodeGrant::new(pupil_id.to_owned(), until))
    }

    /// Ends access to a pupil's meldcode before its time (the user left the page).
    pub fn close_meldcode(&self, pupil_id: &str) {
        self.lock_inner().meldcode_grants.remove(pupil_id);
    }

    /// Runs `f` on the open store with the active template: pupil-level work (hoorrecht, OPP,
    /// TLV, geschillen) and what new casussen get.
    pub fn with_active_template<T>(
        &self,
        f: impl FnOnce(&mut Store, &Template) -> Result<T>,
    ) -> Result<T> {
        self.with_store(|store| {
            let template = templates::active(store)?;
            f(store, &template)
        })
    }

    /// Runs `f` on the open store with the template casus `case_id` was made with.
    pub fn with_case_template<T>(
        &self,
        case_id: &str,
        f: impl FnOnce(&mut Store, &Template) -> Result<T>,
    ) -> Result<T> {
        self.with_store(|store| {
            let template = templates::for_case_id(store, case_id)?;
            f(store, &template)
        })
    }

    /// Runs `f` on the open store with the template of the casus cycle `cycle_id` belongs to.
    pub fn with_cycle_template<T>(
        &self,
        cycle_id: &str,
        f: impl FnOnce(&mut Store, &Template) -> Result<T>,
    ) -> Result<T> {
        check_id("cycleId", cycle_id)?;
        self.with_store(|store| {
            let template = store.read(|conn| {
                let cycle = crate::store::cycles::get(conn, cycle_id)?;
                templates::for_case(conn, &cycle.case_id)
            })?;
            f(store, &template)
        })
    }

    /// Changes the passphrase of the open vault.
    pub fn change_passphrase(
        &self,
        clock: &dyn Clock,
        req: &vault::ChangePassphraseRequest,
    ) -> Result<()> {
        let dir = self.dir.clone();
        self.with_store(|store| vault::change_passphrase(store, &dir, clock, req))
    }

    /// Updates the settings and applies the auto-lock minutes at once.
    pub fn update_settings(
        &self,
        clock: &dyn Clock,
        req: settings::Settings,
    ) -> Result<settings::Settings> {
        let mut inner = self.lock_inner();
        inner.last_activity = Instant::now();
        let store = inner.store.as_mut().ok_or(Error::Locked)?;
        let updated = settings::update(store, clock, req)?;
        inner.auto_lock_minutes = updated.auto_lock_minutes;
        Ok(updated)
    }
}

impl Drop for Session {
    /// Exit: no viewed plaintext stays behind (the store closes with its own drop).
    fn drop(&mut self) {
        view_folder::empty_logged(&self.view_dir);
    }
}

fn close(store: Store) {
    if let Err(err) = store.close() {
        tracing::warn!(error = %err, "closing the vault database reported an error");
    }
}
