//! The SC Desk app: a Tauri 2 shell. Each command takes the app state, calls one
//! function of the `scdesk` library and maps its error to `{code, message}` for the UI.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use serde::Serialize;
use std::path::PathBuf;
use std::sync::Mutex;

use scdesk::desk::{Content, CreateOptions, Dashboard, Desk, Startup, Unlock};
use scdesk::exchange::ImportResult;
use scdesk::keyring::{KeyStore, OsKeyring, DEFAULT_TIMEOUT};
use scdesk::secret::Passphrase;
use scdesk::sync::Stance;

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

fn with_desk<T>(
    state: &AppState,
    f: impl FnOnce(&mut Desk) -> Result<T, scdesk::Error>,
) -> Result<T, UiError> {
    let mut desk = lock(&state.desk);
    let desk = desk.as_mut().ok_or(UiError {
        code: "not_open",
        message: "The workspace is not open yet.".into(),
    })?;
    Ok(f(desk)?)
}

/// The identity page: this workspace's key and the roster it is checked against.
#[tauri::command(async)]
fn identity(state: tauri::State<'_, AppState>) -> Result<scdesk::exchange::TrustView, UiError> {
    with_desk(&state, |d| d.trust_view())
}

#[tauri::command(async)]
fn preview_roster(bytes: Vec<u8>) -> Result<scdesk::exchange::RosterPreview, UiError> {
    Ok(Desk::preview_roster(&bytes)?)
}

#[tauri::command(async)]
fn pin_roster(
    state: tauri::State<'_, AppState>,
    bytes: Vec<u8>,
    fingerprint: String,
) -> Result<scdesk::exchange::TrustView, UiError> {
    with_desk(&state, |d| {
        d.pin_roster(&bytes, &fingerprint)?;
        d.trust_view()
    })
}

/// One file picked in the window; the UI calls this once per file to show progress.
#[tauri::command(async)]
fn import_file(
    state: tauri::State<'_, AppState>,
    bytes: Vec<u8>,
) -> Result<Vec<ImportResult>, UiError> {
    with_desk(&state, |d| Ok(d.import(&bytes)))
}

/// A file dropped on the window, by path.
#[tauri::command(async)]
fn import_paths(
    state: tauri::State<'_, AppState>,
    path: PathBuf,
) -> Result<Vec<ImportResult>, UiError> {
    let bytes = std::fs::read(&path).map_err(|e| scdesk::Error::io(&path, e))?;
    with_desk(&state, |d| Ok(d.import(&bytes)))
}

#[tauri::command(async)]
fn save_enrolment(
    state: tauri::State<'_, AppState>,
    name: String,
    organisation: String,
    path: PathBuf,
) -> Result<(), UiError> {
    with_desk(&state, |d| {
        let bytes = d.enrolment(&name, &organisation);
        scdesk::atomic::write(&path, &bytes).map_err(|e| scdesk::Error::io(&path, e))
    })
}

#[tauri::command(async)]
fn meeting_positions(
    state: tauri::State<'_, AppState>,
    meeting: String,
) -> Result<scdesk::exchange::MyPositions, UiError> {
    with_desk(&state, |d| d.my_positions(&meeting))
}

#[tauri::command(async)]
fn set_position(
    state: tauri::State<'_, AppState>,
    meeting: String,
    item: u32,
    stance: Stance,
    reason: Option<String>,
) -> Result<scdesk::exchange::MyPositions, UiError> {
    with_desk(&state, |d| {
        d.set_position(&meeting, item, stance, reason.as_deref())?;
        d.my_positions(&meeting)
    })
}

#[tauri::command(async)]
fn save_positions(
    state: tauri::State<'_, AppState>,
    meeting: String,
    path: PathBuf,
) -> Result<scdesk::exchange::MyPositions, UiError> {
    with_desk(&state, |d| {
        let bytes = d.export_positions(&meeting)?;
        scdesk::atomic::write(&path, &bytes).map_err(|e| scdesk::Error::io(&path, e))?;
        d.my_positions(&meeting)
    })
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
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(tauri::generate_handler![
            start,
            unlock,
            dashboard,
            identity,
            preview_roster,
            pin_roster,
            import_file,
            import_paths,
            save_enrolment,
            meeting_positions,
            set_position,
            save_positions
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("SC Desk could not start its window: {e}");
            std::process::exit(1);
        });
}
