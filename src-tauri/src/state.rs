//! What the app holds while it runs: the session over the vault folder and the clock.
//!
//! The vault lives in `<data folder>/vault`; the data folder is `IBIS_DATA_DIR` when set (tests,
//! portable installs) and the platform's app-data folder otherwise. `IBIS_DEMO=1` opens a
//! throw-away vault in a temporary folder, filled with synthetic pupils, removed on exit.

use ibis_core::app::App;
use ibis_core::clock::SystemClock;
use ibis_core::template::Template;
use ibis_core::usecases::demo::{self, DemoRequest};
use ibis_core::usecases::session::Session;
use ibis_core::usecases::vault::{self as vault_uc, CreateVaultRequest};
use ibis_core::vault::KdfParams;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::Manager;

/// Passphrase of the demo vault (it holds synthetic data only; README says so).
pub const DEMO_PASSPHRASE: &str = "demo-wachtwoord";

pub struct AppState {
    pub session: Session,
    pub clock: SystemClock,
    /// For the native save dialog and the opener (see `export.rs`).
    pub app: tauri::AppHandle,
    /// The file the last export wrote: the only file "Openen" may open.
    last_export: Mutex<Option<PathBuf>>,
    /// Keeps the demo folder alive until the app exits.
    _demo_dir: Option<tempfile::TempDir>,
}

impl AppState {
    pub fn prepare(
        app: &tauri::AppHandle,
        clock: SystemClock,
    ) -> Result<Self, Box<dyn std::error::Error>> {
        if std::env::var("IBIS_DEMO").as_deref() == Ok("1") {
            return Self::demo(app, clock);
        }
        let data_dir = match std::env::var_os("IBIS_DATA_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => app.path().app_data_dir()?,
        };
        std::fs::create_dir_all(&data_dir)?;
        Ok(AppState {
            session: Session::new(data_dir.join("vault"), false),
            clock,
            app: app.clone(),
            last_export: Mutex::new(None),
            _demo_dir: None,
        })
    }

    fn demo(
        app: &tauri::AppHandle,
        clock: SystemClock,
    ) -> Result<Self, Box<dyn std::error::Error>> {
        let dir = tempfile::Builder::new().prefix("ibis-demo-").tempdir()?;
        let vault_dir = dir.path().join("vault");
        let request = CreateVaultRequest {
            passphrase: DEMO_PASSPHRASE.into(),
            passphrase_repeat: DEMO_PASSPHRASE.into(),
        };
        let (mut store, _recovery) =
            vault_uc::create_with_params(&vault_dir, &clock, &request, KdfParams::FLOOR)?;
        let template = Template::landelijk()?;
        // The demo vault is new: its active template is the shipped one.
        let report = demo::generate(
            &mut store,
            &clock,
            &template,
            &DemoRequest {
                pupils: 60,
                seed: 2026,
            },
        )?;
        tracing::info!(
            pupils = report.pupils,
            cases = report.cases,
            "demo vault ready"
        );
        Ok(AppState {
            session: Session::unlocked(vault_dir, true, store)?,
            clock,
            app: app.clone(),
            last_export: Mutex::new(None),
            _demo_dir: Some(dir),
        })
    }

    /// The commands' view of this state (see `ibis_core::app`).
    pub fn app(&self) -> App<'_> {
        App {
            session: &self.session,
            clock: &self.clock,
            desktop: self,
        }
    }

    pub fn remember_export(&self, path: PathBuf) {
        *self
            .last_export
            .lock()
            .unwrap_or_else(|poison| poison.into_inner()) = Some(path);
    }

    pub fn last_export(&self) -> Option<PathBuf> {
        self.last_export
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
            .clone()
    }
}
