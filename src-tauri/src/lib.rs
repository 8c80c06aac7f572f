//! The Tauri shell: one window, the IPC commands (each one delegating line into
//! `ibis_core::usecases`), the auto-lock timer and the demo vault. No logic of its own.

mod attachments;
mod commands;
mod export;
mod seams;
mod state;

use ibis_core::api::IpcError;
use state::AppState;
use std::time::{Duration, Instant};
use tauri::{Emitter, Manager};

/// Expands the core's command list into `generate_handler!`, after checking at compile time
/// that every command has the shape `fn(State, Request) -> Result<Response, IpcError>`.
macro_rules! checked_handler {
    ($($name:ident : $req:ty => $resp:ty),* $(,)?) => {{
        $(
            const _: fn(tauri::State<'_, AppState>, $req) -> Result<$resp, IpcError> = commands::$name;
        )*
        tauri::generate_handler![$(commands::$name),*]
    }};
}

/// Starts the app. Exits with a Dutch message on stderr if the data folder cannot be prepared.
pub fn run() {
    let clock = ibis_core::clock::SystemClock::new();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("IBIS_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();

    let result = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main")
                && let Err(err) = window.set_focus()
            {
                tracing::warn!(error = %err, "could not focus the existing window");
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            let state = AppState::prepare(app.handle(), clock)?;
            app.manage(state);
            start_auto_lock(app.handle().clone());
            Ok(())
        })
        .invoke_handler(ibis_core::ibis_commands!(checked_handler))
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Ibis kon niet starten: {err}");
        std::process::exit(1);
    }
}

/// Checks idle time every few seconds; locks and tells the window when the limit is passed.
/// The e2e seam `IBIS_E2E_AUTO_LOCK_SECONDS` (see `seams`) replaces the minutes setting.
fn start_auto_lock(app: tauri::AppHandle) {
    let mut interval = Duration::from_secs(5);
    if let Some(seconds) = seams::auto_lock_seconds() {
        let limit = Duration::from_secs(seconds);
        app.state::<AppState>().session.override_idle_limit(limit);
        interval = Duration::from_millis(500);
        tracing::warn!(seconds, "auto-lock shortened for an end-to-end test");
    }
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(interval);
            let state = app.state::<AppState>();
            if state.session.lock_if_idle(Instant::now())
                && let Err(err) = app.emit("vault-locked", ())
            {
                tracing::warn!(error = %err, "could not tell the window that the vault locked");
            }
        }
    });
}
