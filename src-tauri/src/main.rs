//! The SC Desk app: a Tauri 2 shell. Each command takes the app state, calls one
//! function of the `scdesk` library and maps its error to `{code, message}` for the UI.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use serde::Serialize;
use std::path::PathBuf;
use std::sync::Mutex;

use scdesk::desk::{Content, CreateOptions, Dashboard, Desk, Startup, Unlock};
use scdesk::keyring::{KeyStore, OsKeyring, DEFAULT_TIMEOUT};
use scdesk::secret::Passphrase;

struct AppState {
    dir: PathBuf,
    desk: Mutex<Option<Desk>>,
    /// True while the folder is empty and waits for a new passphrase.
    creating: Mutex<bool>,
}

/// An error as the UI sees it: it branches on `code`, shows `message`.
#[derive(Debug, Serialize)]
struct UiError {
    code: &'static str,
    message: String,
}

impl From<scdesk::Error> for UiError {
    fn from(e: scdesk::Error) -> Self {
        UiError {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

#[derive(Debug, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
enum StartView {
    Open,
    NeedsPassphrase,
    NeedsNewPassphrase { reason: String },
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding the lock cannot leave a Desk half-changed (SQLite rolls back).
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[tauri::command(async)]
fn start(state: tauri::State<'_, AppState>) -> Result<StartView, UiError> {
    let mut desk = lock(&state.desk);
    if desk.is_some() {
        return Ok(StartView::Open);
    }
    let keyring = OsKeyring::connect(DEFAULT_TIMEOUT);
    let keyring_ref = keyring
        .as_ref()
        .map(|k| k as &dyn KeyStore)
        .map_err(Clone::clone);
    Ok(match Desk::start(&state.dir, keyring_ref)? {
        Startup::Opened(opened) => {
            *desk = Some(*opened);
            StartView::Open
        }
        Startup::NeedsPassphrase => StartView::NeedsPassphrase,
        Startup::NeedsNewPassphrase { reason } => {
            *lock(&state.creating) = true;
            StartView::NeedsNewPassphrase { reason }
        }
    })
}

#[tauri::command(async)]
fn unlock(state: tauri::State<'_, AppState>, passphrase: String) -> Result<StartView, UiError> {
    let passphrase = Passphrase::new(passphrase);
    let mut creating = lock(&state.creating);
    let opened = if *creating {
        let options = CreateOptions {
            content: Content::Demo,
            ..CreateOptions::default()
        };
        Desk::create(&state.dir, Unlock::Passphrase(passphrase), options)?
    } else {
        Desk::open(&state.dir, Unlock::Passphrase(passphrase))?
    };
    *creating = false;
    *lock(&state.desk) = Some(opened);
    Ok(StartView::Open)
}

#[tauri::command(async)]
fn dashboard(state: tauri::State<'_, AppState>) -> Result<Dashboard, UiError> {
    let desk = lock(&state.desk);
    let desk = desk.as_ref().ok_or(UiError {
        code: "not_open",
        message: "The workspace is not open yet.".into(),
    })?;
    Ok(desk.dashboard()?)
}

fn main() {
    let dir = std::env::var_os("SCDESK_DATA_DIR")
        .map(PathBuf::from)
        .or_else(scdesk::workspace::default_dir)
        .unwrap_or_else(|| PathBuf::from("scdesk-data"));
    tauri::Builder::default()
        .manage(AppState {
            dir,
            desk: Mutex::new(None),
            creating: Mutex::new(false),
        })
        .invoke_handler(tauri::generate_handler![start, unlock, dashboard])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("SC Desk could not start its window: {e}");
            std::process::exit(1);
        });
}
