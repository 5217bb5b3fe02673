//! The SC Desk app: a Tauri 2 shell. Each command takes the app state, calls one
//! function of the `scdesk` library and maps its error to `{code, message}` for the UI.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod webkit;

use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use scdesk::decision::MeetingView;
use scdesk::desk::{Content, Dashboard, Desk};
use scdesk::exchange::ImportResult;
use scdesk::keyring::{KeyStore, OsKeyring, DEFAULT_TIMEOUT};
use scdesk::lang::{Lang, Words};
use scdesk::review::DossierPage;
use scdesk::secret::Passphrase;
use scdesk::session::{Session, StartView, Which, Workspaces};
use scdesk::sync::Stance;
use tauri::Manager;

struct AppState {
    /// Decrypted copies of documents being viewed; removed when the app exits.
    documents: tempfile::TempDir,
    /// The workspace: one lock for starting, unlocking and every call.
    session: Session,
    /// Files given to the app (double-clicked, or on its command line) not yet shown.
    opened: Mutex<Vec<PathBuf>>,
    /// The dashboard made as the app opened the workspace, while the window loaded its
    /// page: the window's first start takes it (`start`); any later start makes its own.
    first_dashboard: Mutex<Option<Dashboard>>,
    first_start_done: std::sync::atomic::AtomicBool,
}

/// The files among a start's arguments (the first is the program), made absolute against
/// the folder it was started in. Options (`-x`, `--x`) are not files.
fn files_in(args: &[String], cwd: &Path) -> Vec<PathBuf> {
    args.iter()
        .skip(1)
        .filter(|a| !a.starts_with('-') && !a.is_empty())
        .map(|a| cwd.join(a.strip_prefix("file://").unwrap_or(a)))
        .collect()
}

/// The files opened since the UI last asked, each with what it is and who signed it:
/// nothing is imported until the user says so ("Import it" calls `import_paths`).
#[tauri::command(async)]
fn opened_files(
    state: tauri::State<'_, AppState>,
) -> Result<Vec<scdesk::opened::OpenedFile>, UiError> {
    let paths: Vec<PathBuf> = match state.opened.lock() {
        Ok(mut pending) => pending.drain(..).collect(),
        Err(_) => Vec::new(),
    };
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    with_desk(&state, |d| {
        Ok(paths.iter().map(|p| d.open_file_preview(p)).collect())
    })
}

/// In the demo, sign from now on as the holder of `seat`.
#[tauri::command(async)]
fn act_in_demo_as(
    state: tauri::State<'_, AppState>,
    seat: String,
) -> Result<scdesk::exchange::IdentityView, UiError> {
    with_desk(&state, |d| d.act_in_demo_as(&seat))
}

/// One running app per workspace: the D-Bus name the single-instance plugin holds is made
/// from the workspace folder, so a second start on the same workspace hands its files to
/// the first, and apps on different workspaces (the tests') stay apart.
fn instance_id(dir: &Path) -> String {
    // Absolute without resolving links: the folder may not exist yet at the first start.
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let hash = scdesk::dsse::sha256_hex(dir.to_string_lossy().as_bytes());
    format!("org.mmptf.scdesk.ws_{}", &hash[..16])
}

/// An error as the UI sees it: it branches on `code`, shows `message` and keeps `detail`
/// behind a "Details" disclosure.
#[derive(Debug, Serialize)]
struct UiError {
    code: scdesk::ErrorCode,
    message: String,
    detail: String,
}

impl UiError {
    /// The error as the window shows it: its message in `words`' language (the
    /// workspace's), its detail as the library gives it.
    fn new(e: scdesk::Error, words: &Words) -> UiError {
        let shown = e.for_people_in(words);
        // The log keeps the detail of every error a person was shown.
        eprintln!(
            "SC Desk: {} [{}] {}",
            e.code().as_str(),
            shown.message,
            shown.detail
        );
        UiError {
            code: e.code(),
            message: shown.message,
            detail: shown.detail,
        }
    }
}

/// Errors in the words the window shows now: the open workspace's language (or, before
/// one is open, the one chosen or the system's).
fn shown(state: &AppState) -> impl Fn(scdesk::Error) -> UiError + '_ {
    move |e| UiError::new(e, &state.session.words())
}

/// Runs `f` with the OS keyring, or with why it did not answer.
fn with_keyring<T>(f: impl FnOnce(Result<&dyn KeyStore, scdesk::keyring::KeyringError>) -> T) -> T {
    let keyring = OsKeyring::connect(DEFAULT_TIMEOUT);
    f(keyring
        .as_ref()
        .map(|k| k as &dyn KeyStore)
        .map_err(Clone::clone))
}

/// The app's workspaces, in the language of the system's locale until one is chosen.
/// `SCDESK_LANG=pseudo` is the tests' pseudo-language, which marks every message.
fn session(dir: &Path) -> Session {
    let session = Session::new(
        dir,
        // Unset: the first start asks the user (the demo or their own).
        match std::env::var("SCDESK_FIRST_RUN").as_deref() {
            Ok("empty") => Some(Content::Empty),
            Ok("demo") => Some(Content::Demo),
            _ => None,
        },
    )
    .with_system_language(sys_locale::get_locale().and_then(|l| Lang::from_locale(&l)));
    if std::env::var("SCDESK_LANG").as_deref() == Ok("pseudo") {
        session.use_pseudo_language();
    }
    session
}

/// The window's words: the language shown and its catalogue, for the window to format
/// its own messages with the same catalogue the library uses.
#[derive(Serialize)]
struct Catalogue {
    language: Lang,
    pseudo: bool,
    resources: Vec<&'static str>,
}

// Off the window's thread: it waits for the session, which the workspace's opening holds.
#[tauri::command(async)]
fn catalogue(state: tauri::State<'_, AppState>) -> Catalogue {
    let words = state.session.words();
    Catalogue {
        language: words.lang(),
        pseudo: words.is_pseudo(),
        resources: words.window_resources(),
    }
}

/// The language chosen in the window's menu: at once, and kept with the workspace.
#[tauri::command(async)]
fn set_language(state: tauri::State<'_, AppState>, language: String) -> Result<(), UiError> {
    let language = language
        .parse::<Lang>()
        .map_err(|e| shown(&state)(scdesk::Error::from(e)))?;
    state.session.set_language(language).map_err(shown(&state))
}

/// Where the window's start stands and, once the workspace is open, its dashboard: made
/// here while the window reads its catalogue, rather than asked for after.
#[derive(Serialize)]
struct Started {
    #[serde(flatten)]
    view: StartView,
    /// None if not open, or if it could not be made: the window then asks `dashboard`,
    /// which says why.
    dashboard: Option<Dashboard>,
    /// Which workspace is open and which exist, for the dashboard's switch between them.
    workspaces: Workspaces,
}

#[tauri::command(async)]
fn start(state: tauri::State<'_, AppState>) -> Result<Started, UiError> {
    let view = state
        .session
        .start_connecting(|| OsKeyring::connect(DEFAULT_TIMEOUT))
        .map_err(shown(&state))?;
    let first = !state
        .first_start_done
        .swap(true, std::sync::atomic::Ordering::SeqCst);
    let dashboard = match view {
        // The app's opening holds `first_dashboard` until its dashboard is made.
        StartView::Open => first
            .then(|| state.first_dashboard.lock().ok().and_then(|mut d| d.take()))
            .flatten()
            .or_else(|| state.session.with_desk(|d| d.dashboard()).ok()),
        _ => None,
    };
    Ok(Started {
        view,
        dashboard,
        workspaces: state.session.workspaces(),
    })
}

/// "Try the demo" / "Start my workspace", and the switch between the two afterwards.
#[tauri::command(async)]
fn choose_workspace(state: tauri::State<'_, AppState>, which: Which) -> Result<StartView, UiError> {
    with_keyring(|k| state.session.choose(which, k)).map_err(shown(&state))
}

/// Which workspace is in use, and which exist (the switch's words).
#[tauri::command(async)]
fn workspaces(state: tauri::State<'_, AppState>) -> Workspaces {
    state.session.workspaces()
}

/// How hard the passphrase being chosen is to guess, with advice (zxcvbn's estimate).
#[tauri::command]
fn passphrase_strength(passphrase: String) -> scdesk::secret::Strength {
    scdesk::secret::strength(&passphrase, &["scdesk", "sc desk", "mmptf", "migration"])
}

#[tauri::command(async)]
fn unlock(state: tauri::State<'_, AppState>, passphrase: String) -> Result<StartView, UiError> {
    state
        .session
        .unlock(Passphrase::new(passphrase))
        .map_err(shown(&state))
}

#[tauri::command(async)]
fn dashboard(state: tauri::State<'_, AppState>) -> Result<Dashboard, UiError> {
    with_desk(&state, |d| d.dashboard())
}

/// The webview shows only the app's own pages: never a file or a remote address.
fn navigation_guard() -> tauri::plugin::TauriPlugin<tauri::Wry> {
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|_, url| {
            url.scheme() == "tauri" || url.host_str() == Some("tauri.localhost")
        })
        .build()
}

fn with_desk<T>(
    state: &AppState,
    f: impl FnOnce(&mut Desk) -> Result<T, scdesk::Error>,
) -> Result<T, UiError> {
    state.session.with_desk(f).map_err(shown(state))
}

/// The identity page: this workspace's key and the roster it is checked against.
#[tauri::command(async)]
fn identity(state: tauri::State<'_, AppState>) -> Result<scdesk::exchange::TrustView, UiError> {
    with_desk(&state, |d| d.trust_view())
}

#[tauri::command(async)]
fn preview_roster(
    state: tauri::State<'_, AppState>,
    bytes: Vec<u8>,
) -> Result<scdesk::exchange::RosterPreview, UiError> {
    Desk::preview_roster_in(&bytes, &state.session.words()).map_err(shown(&state))
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
    let bytes = scdesk::Desk::read_input(&path).map_err(shown(&state))?;
    with_desk(&state, |d| Ok(d.import(&bytes)))
}

#[derive(Serialize)]
struct SavedBackup {
    kilobytes: usize,
}

/// "Save the backup": the whole workspace sealed under the passphrase typed, written
/// where the user chose.
#[tauri::command(async)]
fn save_workspace_backup(
    state: tauri::State<'_, AppState>,
    passphrase: String,
    path: PathBuf,
) -> Result<SavedBackup, UiError> {
    let passphrase = scdesk::secret::Passphrase::new(passphrase);
    with_desk(&state, |d| {
        let bytes = d.backup_workspace(
            &passphrase,
            scdesk::secret::KdfParams::DEFAULT,
            &mut |bytes| save_to(&path, bytes),
        )?;
        Ok(SavedBackup {
            kilobytes: bytes.len().div_ceil(1024),
        })
    })
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
        save_to(&path, &bytes)
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
        d.export_positions(&meeting, &mut |bytes| save_to(&path, bytes))?;
        d.my_positions(&meeting)
    })
}

#[derive(Serialize)]
struct DossierList {
    rows: Vec<scdesk::review::DossierRow>,
    /// How many match in all (more than `rows` when the list is a page).
    matching: usize,
    progress: scdesk::review::Progress,
}

/// The dossiers that match; the list's screen asks for a page (`paged`), the agenda's
/// choice of dossiers for all of them.
#[tauri::command(async)]
fn dossiers(
    state: tauri::State<'_, AppState>,
    query: scdesk::review::DossierQuery,
    paged: Option<bool>,
) -> Result<DossierList, UiError> {
    with_desk(&state, |d| {
        let limit = match paged {
            Some(true) => scdesk::review::LIST_PAGE,
            _ => usize::MAX,
        };
        let listing = d.list_dossiers_page(&query, limit)?;
        Ok(DossierList {
            rows: listing.rows,
            matching: listing.matching,
            progress: d.review_progress()?,
        })
    })
}

#[tauri::command(async)]
fn dossier(state: tauri::State<'_, AppState>, id: String) -> Result<DossierPage, UiError> {
    with_desk(&state, |d| d.dossier_page(&id))
}

#[tauri::command(async)]
fn mark_reviewed(
    state: tauri::State<'_, AppState>,
    id: String,
    reviewed: bool,
) -> Result<DossierPage, UiError> {
    with_desk(&state, |d| {
        d.mark_reviewed(&id, reviewed)?;
        d.dossier_page(&id)
    })
}

#[tauri::command(async)]
fn save_note(
    state: tauri::State<'_, AppState>,
    id: String,
    text: String,
) -> Result<DossierPage, UiError> {
    with_desk(&state, |d| {
        d.set_note(&id, &text)?;
        d.dossier_page(&id)
    })
}

#[tauri::command(async)]
fn add_question(
    state: tauri::State<'_, AppState>,
    id: String,
    text: String,
) -> Result<DossierPage, UiError> {
    with_desk(&state, |d| {
        d.add_question(&id, &text)?;
        d.dossier_page(&id)
    })
}

#[tauri::command(async)]
fn remove_question(
    state: tauri::State<'_, AppState>,
    id: String,
    question: i64,
) -> Result<DossierPage, UiError> {
    with_desk(&state, |d| {
        d.remove_question(question)?;
        d.dossier_page(&id)
    })
}

#[tauri::command(async)]
fn declare_conflict(
    state: tauri::State<'_, AppState>,
    id: String,
    reason: String,
) -> Result<DossierPage, UiError> {
    with_desk(&state, |d| {
        d.declare_conflict(&id, &reason)?;
        d.dossier_page(&id)
    })
}

#[tauri::command(async)]
fn withdraw_conflict(
    state: tauri::State<'_, AppState>,
    id: String,
) -> Result<DossierPage, UiError> {
    with_desk(&state, |d| {
        d.withdraw_conflict(&id)?;
        d.dossier_page(&id)
    })
}

#[tauri::command(async)]
fn compare(
    state: tauri::State<'_, AppState>,
    ids: Vec<String>,
) -> Result<scdesk::review::Comparison, UiError> {
    with_desk(&state, |d| d.compare(&ids))
}

/// Opens a document in the system's viewer from a decrypted copy in a private
/// temporary folder, which is removed when the app exits.
#[tauri::command(async)]
fn open_document(
    state: tauri::State<'_, AppState>,
    id: String,
    name: String,
) -> Result<(), UiError> {
    let (media_type, bytes) = with_desk(&state, |d| d.document(&id, &name))?;
    open_in_viewer(&state, &name, &media_type, &bytes)
}

/// "Save…" beside a dossier's document: its bytes written where the user chose.
#[tauri::command(async)]
fn save_document(
    state: tauri::State<'_, AppState>,
    id: String,
    name: String,
    path: PathBuf,
) -> Result<(), UiError> {
    with_desk(&state, |d| {
        let (_, bytes) = d.document(&id, &name)?;
        save_to(&path, &bytes)
    })
}

/// Writes a file the user asked for, atomically, where the save dialog pointed.
fn save_to(path: &std::path::Path, bytes: &[u8]) -> Result<(), scdesk::Error> {
    scdesk::atomic::write(path, bytes).map_err(|e| scdesk::Error::io(path, e))
}

/// Whether this computer has a program for `media_type`: on Linux the desktop's default
/// application for it, as `xdg-mime` reports it (macOS and Windows always have one).
fn has_viewer(media_type: &str) -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    std::process::Command::new("xdg-mime")
        .args(["query", "default", media_type])
        .output()
        .map(|o| o.status.success() && !String::from_utf8_lossy(&o.stdout).trim().is_empty())
        .unwrap_or(false)
}

/// Writes `bytes` to a private temporary folder and opens it in the system's viewer, or
/// says in words that none is there (the window then offers to save the file).
fn open_in_viewer(
    state: &AppState,
    name: &str,
    media_type: &str,
    bytes: &[u8],
) -> Result<(), UiError> {
    let no_viewer = || {
        shown(state)(scdesk::Error::NoViewer {
            kind: scdesk::review::kind_in_words(media_type),
            name: name.to_string(),
        })
    };
    if !has_viewer(media_type) {
        return Err(no_viewer());
    }
    let dir = state.documents.path().join(uuid_like());
    let io = |e: std::io::Error| shown(state)(scdesk::Error::io(&dir, e));
    std::fs::create_dir(&dir).map_err(io)?;
    // Only the file name is kept from the stored name, so it cannot point elsewhere.
    let file_name = std::path::Path::new(name)
        .file_name()
        .map(|n| n.to_owned())
        .unwrap_or_else(|| "document".into());
    let path = dir.join(file_name);
    scdesk::atomic::write(&path, bytes).map_err(io)?;
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let mut child = std::process::Command::new(opener)
        .arg(&path)
        .spawn()
        .map_err(|_| no_viewer())?;
    // An opener that fails does so at once; one still running after two seconds has
    // handed the file to its viewer (or is the viewer).
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(2) {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(_)) | Err(_) => return Err(no_viewer()),
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
    Ok(())
}

/// "Print record": the meeting's decision record PDF in the system's viewer.
#[tauri::command(async)]
fn print_record(state: tauri::State<'_, AppState>, meeting: String) -> Result<(), UiError> {
    let bytes = with_desk(&state, |d| {
        d.record_pdf(
            &meeting,
            scdesk::pdf::Paper::A4,
            d.language().unwrap_or_default(),
        )
    })?;
    open_in_viewer(
        &state,
        &format!("decision-record-{meeting}.pdf"),
        "application/pdf",
        &bytes,
    )
}

/// "Save as PDF": the decision record written where the user chose.
#[tauri::command(async)]
fn save_record(
    state: tauri::State<'_, AppState>,
    meeting: String,
    path: PathBuf,
    paper: scdesk::pdf::Paper,
) -> Result<(), UiError> {
    with_desk(&state, |d| {
        let bytes = d.record_pdf(&meeting, paper, d.language().unwrap_or_default())?;
        save_to(&path, &bytes)
    })
}

#[tauri::command(async)]
fn meetings(
    state: tauri::State<'_, AppState>,
) -> Result<Vec<scdesk::decision::MeetingListRow>, UiError> {
    with_desk(&state, |d| d.meeting_list())
}

#[tauri::command(async)]
fn meeting_view(
    state: tauri::State<'_, AppState>,
    meeting: String,
) -> Result<MeetingView, UiError> {
    with_desk(&state, |d| d.meeting_view(&meeting))
}

#[tauri::command(async)]
fn set_attendance(
    state: tauri::State<'_, AppState>,
    meeting: String,
    seat: String,
    status: scdesk::meeting::Attendance,
) -> Result<MeetingView, UiError> {
    with_desk(&state, |d| {
        d.set_attendance(&meeting, &seat, status)?;
        d.meeting_view(&meeting)
    })
}

#[tauri::command(async)]
fn record_decision(
    state: tauri::State<'_, AppState>,
    meeting: String,
    input: scdesk::decision::DecisionInput,
) -> Result<MeetingView, UiError> {
    with_desk(&state, |d| d.record_decision(&meeting, input))
}

#[tauri::command(async)]
fn save_decisions(
    state: tauri::State<'_, AppState>,
    meeting: String,
    path: PathBuf,
) -> Result<MeetingView, UiError> {
    with_desk(&state, |d| {
        d.export_decisions(&meeting, &mut |bytes| save_to(&path, bytes))?;
        d.meeting_view(&meeting)
    })
}

/// "Correct the record": signs the next revision of the decision file with the item's
/// new decision, writes it for the members, then keeps it.
#[tauri::command(async)]
fn correct_decision(
    state: tauri::State<'_, AppState>,
    meeting: String,
    input: scdesk::decision::DecisionInput,
    reason: String,
    path: PathBuf,
) -> Result<MeetingView, UiError> {
    with_desk(&state, |d| {
        d.correct_decisions(&meeting, &[input], &reason, &mut |b| save_to(&path, b))?;
        d.meeting_view(&meeting)
    })
}

/// "Create the meeting": signs it, writes its file for the members, then keeps it.
#[tauri::command(async)]
fn publish_meeting(
    state: tauri::State<'_, AppState>,
    draft: scdesk::meeting::MeetingDraft,
    path: PathBuf,
) -> Result<MeetingView, UiError> {
    with_desk(&state, |d| {
        let id = draft.id.trim().to_string();
        d.publish_meeting(draft, false, &mut |bytes| save_to(&path, bytes))?;
        d.meeting_view(&id)
    })
}

/// "Save the meeting file": the signed meeting file as held, to send again.
#[tauri::command(async)]
fn save_meeting_file(
    state: tauri::State<'_, AppState>,
    meeting: String,
    path: PathBuf,
) -> Result<(), UiError> {
    with_desk(&state, |d| {
        let bytes = d.meeting_file(&meeting)?;
        save_to(&path, &bytes)
    })
}

/// "Save the year's records": every decided meeting of a year in one PDF, reporting
/// progress to the window as `record-progress` events.
#[tauri::command(async)]
fn save_year_records(
    app: tauri::AppHandle,
    state: tauri::State<'_, AppState>,
    year: i32,
    path: PathBuf,
    paper: scdesk::pdf::Paper,
) -> Result<(), UiError> {
    use tauri::Emitter;
    with_desk(&state, |d| {
        let bytes = d.year_record_pdf(
            year,
            paper,
            d.language().unwrap_or_default(),
            &mut |done, total| {
                // A lost progress event only leaves the bar behind; the PDF is unaffected.
                let _ = app.emit(
                    "record-progress",
                    serde_json::json!({ "done": done, "total": total }),
                );
            },
        )?;
        save_to(&path, &bytes)
    })
}

#[derive(Serialize)]
struct PublishedRegister {
    decisions: usize,
    meetings: usize,
    left_out: Vec<String>,
}

/// "Publish the register": the public register of the decisions of a period, written into
/// a new folder where the user chose.
#[tauri::command(async)]
fn publish_register(
    state: tauri::State<'_, AppState>,
    path: PathBuf,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    iati_organisation: Option<String>,
) -> Result<PublishedRegister, UiError> {
    with_desk(&state, |d| {
        let iati = iati_organisation
            .as_deref()
            .filter(|t| !t.trim().is_empty());
        let site = d.register(from, to, iati)?;
        scdesk::publish::write_site(&site, &path)?;
        Ok(PublishedRegister {
            decisions: site.decisions,
            meetings: site.meetings,
            left_out: site.left_out,
        })
    })
}

#[tauri::command(async)]
fn open_written_procedure(
    state: tauri::State<'_, AppState>,
    meeting: String,
    deadline: chrono::DateTime<chrono::Utc>,
) -> Result<MeetingView, UiError> {
    with_desk(&state, |d| {
        d.open_written_procedure(&meeting, deadline)?;
        d.meeting_view(&meeting)
    })
}

/// The window has painted its first screen (`dashboard`, or `other`: the first-run
/// choice, a passphrase): with `SCDESK_REPORT_PAINT` set, a line on stdout says so, which
/// `make bench` times the start by. Nothing otherwise; a closed stdout is no reason to stop.
#[tauri::command]
fn first_screen_painted(screen: String) {
    use std::io::Write;
    if std::env::var_os("SCDESK_REPORT_PAINT").is_some() {
        let screen: String = screen
            .chars()
            .filter(char::is_ascii_alphabetic)
            .take(20)
            .collect();
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "scdesk: painted {screen}").and_then(|()| out.flush());
    }
}

fn uuid_like() -> String {
    format!(
        "{:x}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    )
}

fn main() {
    webkit::set_up();
    let dir = std::env::var_os("SCDESK_DATA_DIR")
        .map(PathBuf::from)
        .or_else(scdesk::workspace::default_dir)
        .unwrap_or_else(|| PathBuf::from("scdesk-data"));
    let args: Vec<String> = std::env::args().collect();
    let first_files = files_in(&args, &std::env::current_dir().unwrap_or_default());
    tauri::Builder::default()
        // First, so that a second start hands over its files and exits before anything else.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance_id(&dir))
                .callback(|app, args, cwd| {
                    let files = files_in(&args, Path::new(&cwd));
                    if let Ok(mut pending) = app.state::<AppState>().opened.lock() {
                        pending.extend(files);
                    }
                    if let Some(window) = app.get_webview_window("main") {
                        let _ = window.unminimize();
                        let _ = window.show();
                        let _ = window.set_focus();
                    }
                    let _ = tauri::Emitter::emit(app, "scdesk://opened-files", ());
                })
                .build(),
        )
        .manage(AppState {
            opened: Mutex::new(first_files),
            first_dashboard: Mutex::new(None),
            first_start_done: Default::default(),
            session: session(&dir),
            documents: tempfile::Builder::new()
                .prefix("scdesk-documents-")
                .tempdir()
                .unwrap_or_else(|e| {
                    eprintln!("SC Desk could not make a private temporary folder: {e}");
                    std::process::exit(1);
                }),
        })
        .plugin(tauri_plugin_dialog::init())
        .plugin(navigation_guard())
        // The workspace opens (keyring, SQLCipher) and its dashboard is made while the
        // window loads its page: the window's own `start` then finds both ready, or does
        // the same again and says why not.
        .setup(|app| {
            let app = app.handle().clone();
            std::thread::spawn(move || {
                let state = app.state::<AppState>();
                let Ok(mut first) = state.first_dashboard.lock() else {
                    return;
                };
                if let Ok(StartView::Open) = with_keyring(|k| state.session.start(k)) {
                    *first = state.session.with_desk(|d| d.dashboard()).ok();
                }
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            catalogue,
            set_language,
            start,
            unlock,
            dashboard,
            identity,
            preview_roster,
            pin_roster,
            import_file,
            import_paths,
            save_enrolment,
            save_workspace_backup,
            meeting_positions,
            set_position,
            save_positions,
            dossiers,
            dossier,
            mark_reviewed,
            save_note,
            add_question,
            remove_question,
            declare_conflict,
            withdraw_conflict,
            compare,
            open_document,
            meetings,
            meeting_view,
            set_attendance,
            record_decision,
            save_decisions,
            correct_decision,
            print_record,
            save_record,
            open_written_procedure,
            save_year_records,
            publish_register,
            passphrase_strength,
            publish_meeting,
            save_meeting_file,
            opened_files,
            save_document,
            choose_workspace,
            workspaces,
            act_in_demo_as,
            first_screen_painted
        ])
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("SC Desk could not start its window: {e}");
            std::process::exit(1);
        })
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Remove the decrypted document copies before the process ends.
                let state = app.state::<AppState>();
                let _ = std::fs::remove_dir_all(state.documents.path());
            }
        });
}
