//! A workspace on disk: a folder holding `workspace.json` (its id and how its key is
//! kept — never the key itself) and `scdesk.db` (the encrypted database).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

use crate::secret::KdfParams;

/// Why a workspace folder could not be read or written (the desk's `Error` carries each
/// with the same sentence and code).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{dir} holds a database but no workspace.json, so SC Desk cannot tell how its key is kept. If the workspace was copied, copy its workspace.json too; otherwise restore the whole folder from a backup.")]
    WorkspaceFileMissing { dir: PathBuf },
    #[error("{path} is damaged ({reason}). Restore the workspace folder from a backup, or copy workspace.json again from where the workspace came from.")]
    WorkspaceFileDamaged { path: PathBuf, reason: String },
    #[error("Another SC Desk (the app or a command) is changing this workspace and has not finished after {seconds} seconds. Try again when it has finished.")]
    Busy { seconds: u64 },
    #[error("{dir} is not empty and holds no SC Desk workspace; SC Desk creates a workspace only in a new or empty folder. Choose another folder.")]
    FolderNotEmpty { dir: PathBuf },
    #[error("Could not use {path}: {}", crate::incoming::io_words(.error))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl Error {
    fn io(path: &Path, error: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            error,
        }
    }
}

pub const WORKSPACE_FILE: &str = "workspace.json";
/// Locked (advisory, by the operating system) while a change is made, so that two
/// processes never interleave their checks and writes.
pub const LOCK_FILE: &str = "workspace.lock";
pub const DATABASE_FILE: &str = "scdesk.db";
/// Format 2 adds `key_check` and `audit_head`; format 1 files are read as they are.
pub const WORKSPACE_FORMAT: u32 = 2;

/// Where the database key is kept. The key itself is never written here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum KeyMode {
    /// 256 random bits in the OS keyring, service `scdesk`, under this account.
    Keyring { account: String },
    /// Derived from the user's passphrase with Argon2id; the salt is not secret.
    Passphrase { salt: String, kdf: KdfParams },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceFile {
    pub format: u32,
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub key: KeyMode,
    /// `key_check(key)`: tells a wrong key (or passphrase) from a damaged database
    /// before the database is opened. Absent in format 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_check: Option<String>,
    /// The audit chain's last link as last committed, a DSSE envelope signed by the
    /// workspace's key (`audit::AUDIT_HEAD_TYPE`): kept outside the database, so that
    /// committed entries the database later lost can be told apart. Absent in format 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_head: Option<serde_json::Value>,
    /// The language the app shows this workspace in (`en`, `fr`, `es`), as its user chose
    /// it; absent before languages came, which reads as "not chosen yet".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<scdesk_lang::Lang>,
}

/// SHA-256 of a fixed label and the database key, in hex: enough to recognise the right
/// key, and no help to a guesser, who can test a guess against the database itself.
pub fn key_check(key: &crate::secret::Secret) -> String {
    let mut bytes = zeroize::Zeroizing::new(b"SC Desk workspace key check\0".to_vec());
    bytes.extend_from_slice(key.expose());
    scdesk_format::dsse::sha256_hex(&bytes)
}

/// The platform's data folder for SC Desk (on Linux `~/.local/share/scdesk`).
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "scdesk").map(|p| p.data_dir().to_path_buf())
}

pub fn database_path(dir: &Path) -> PathBuf {
    dir.join(DATABASE_FILE)
}

/// The keyring account that holds a workspace's database key.
pub fn database_key_account(id: &str) -> String {
    format!("workspace-{id}/database")
}

/// The keyring account that holds a workspace's private signing key.
pub fn identity_key_account(id: &str) -> String {
    format!("workspace-{id}/identity")
}

/// Whether SC Desk may write in `dir` (asked by making and removing a file, since
/// permissions alone do not tell: a read-only disk, access lists).
pub fn writable(dir: &Path) -> bool {
    let probe = dir.join(format!(".write-check-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => std::fs::remove_file(&probe).is_ok(),
        Err(e) => e.kind() == std::io::ErrorKind::AlreadyExists,
    }
}

/// Reads the workspace description, or None when the folder holds no workspace at all.
pub fn read(dir: &Path) -> Result<Option<WorkspaceFile>, Error> {
    let path = dir.join(WORKSPACE_FILE);
    let db = database_path(dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return if db.exists() {
                Err(Error::WorkspaceFileMissing { dir: dir.into() })
            } else {
                Ok(None)
            };
        }
        Err(e) => return Err(Error::io(&path, e)),
    };
    parse(&text, &path).map(Some)
}

/// Reads the text of a `workspace.json` found at `path`.
pub fn parse(text: &str, path: &Path) -> Result<WorkspaceFile, Error> {
    let file: WorkspaceFile =
        serde_json::from_str(text).map_err(|e| Error::WorkspaceFileDamaged {
            path: path.into(),
            reason: scdesk_format::strict_json::describe(&e),
        })?;
    if !(1..=WORKSPACE_FORMAT).contains(&file.format) {
        return Err(Error::WorkspaceFileDamaged {
            path: path.into(),
            reason: format!(
                "format {} is not {WORKSPACE_FORMAT}; update SC Desk",
                file.format
            ),
        });
    }
    Ok(file)
}

pub fn write(dir: &Path, file: &WorkspaceFile) -> Result<(), Error> {
    let path = dir.join(WORKSPACE_FILE);
    let mut json = serde_json::to_vec_pretty(file).expect("workspace file serializes");
    json.push(b'\n');
    crate::atomic::write(&path, &json).map_err(|e| Error::io(&path, e))
}

/// Held while one process changes the workspace; released when dropped (or when the
/// process ends, however it ends).
#[derive(Debug)]
pub struct WriterLock {
    _file: std::fs::File,
}

/// Waits until no other process is changing the workspace in `dir`, up to `wait`.
pub fn lock_for_writing(dir: &Path, wait: std::time::Duration) -> Result<WriterLock, Error> {
    let path = dir.join(LOCK_FILE);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    let start = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(WriterLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::Busy {
                    seconds: wait.as_secs(),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
        }
    }
}

/// A workspace being made: a folder beside the target, moved into place in one rename only
/// once it is complete. A creation cut short (killed, a full disk) leaves no half-made
/// workspace where one is expected, only a staging folder that the next creation removes.
#[derive(Debug)]
pub struct Staging {
    path: PathBuf,
    target: PathBuf,
    // Held while the staging folder is in use, so that another creation can tell an
    // abandoned one (whose lock it can take) from one in progress.
    lock: Option<std::fs::File>,
}

const STAGING_LOCK: &str = "creating.lock";

fn staging_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workspace".into());
    format!(".{name}.creating-")
}

fn parent_of(target: &Path) -> PathBuf {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

impl Staging {
    /// Makes the staging folder for a workspace at `target`, after removing what earlier
    /// creations of the same target abandoned.
    pub fn new(target: &Path) -> Result<Staging, Error> {
        if let Ok(mut entries) = std::fs::read_dir(target) {
            if entries.next().is_some() {
                return Err(Error::FolderNotEmpty { dir: target.into() });
            }
        }
        let parent = parent_of(target);
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let prefix = staging_prefix(target);
        for entry in std::fs::read_dir(&parent).map_err(|e| Error::io(&parent, e))? {
            let Ok(entry) = entry else { continue };
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                remove_if_abandoned(&entry.path());
            }
        }
        // Made and locked under a name no creation sweeps, then given its name.
        let id = uuid::Uuid::new_v4().simple().to_string();
        let making = parent.join(format!(".scdesk-making-{id}"));
        std::fs::create_dir(&making).map_err(|e| Error::io(&making, e))?;
        let lock_path = making.join(STAGING_LOCK);
        let path = parent.join(format!("{prefix}{id}"));
        let lock = std::fs::File::create(&lock_path)
            .and_then(|lock| lock.lock().map(|()| lock))
            .and_then(|lock| std::fs::rename(&making, &path).map(|()| lock))
            .map_err(|e| {
                let _ = std::fs::remove_dir_all(&making);
                Error::io(&path, e)
            })?;
        Ok(Staging {
            path,
            target: target.into(),
            lock: Some(lock),
        })
    }

    /// Where the workspace is being made.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Moves the complete workspace into place (the target must still be new or empty)
    /// and makes the move durable.
    pub fn finish(mut self) -> Result<(), Error> {
        let target = self.target.clone();
        if let Ok(meta) = std::fs::metadata(&target) {
            // The folder the user made keeps its permissions (a private 0700, say).
            std::fs::set_permissions(&self.path, meta.permissions())
                .map_err(|e| Error::io(&self.path, e))?;
            // Only an empty folder goes: remove_dir refuses anything else.
            std::fs::remove_dir(&target).map_err(|_| Error::FolderNotEmpty {
                dir: target.clone(),
            })?;
        }
        std::fs::rename(&self.path, &target).map_err(|e| Error::io(&target, e))?;
        let parent = parent_of(&target);
        std::fs::File::open(&parent)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io(&parent, e))?;
        self.path = target.clone();
        let _ = std::fs::remove_file(target.join(STAGING_LOCK));
        self.lock = None;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Not finished: nothing of it may stay.
        if self.lock.is_some() {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// Removes a staging folder whose creation is over (its lock free, or never made).
fn remove_if_abandoned(path: &Path) {
    let lock = std::fs::File::open(path.join(STAGING_LOCK));
    let abandoned = match &lock {
        Ok(file) => file.try_lock().is_ok(),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    };
    if abandoned {
        let _ = std::fs::remove_dir_all(path);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    #[test]
    fn a_staged_workspace_appears_whole_or_not_at_all() {
        let root = tempfile::tempdir().unwrap();
        let target = root.path().join("ws");
        // Abandoned by a creation that was killed: removed by the next one.
        let abandoned = root.path().join(".ws.creating-0123");
        std::fs::create_dir(&abandoned).unwrap();
        std::fs::write(abandoned.join("scdesk.db"), b"half").unwrap();
        let staging = super::Staging::new(&target).unwrap();
        assert!(!abandoned.exists());
        // One in progress is left alone.
        let other = super::Staging::new(&root.path().join("ws")).unwrap();
        assert!(staging.path().exists());
        std::fs::write(staging.path().join("scdesk.db"), b"whole").unwrap();
        assert!(!target.exists());
        staging.finish().unwrap();
        assert_eq!(std::fs::read(target.join("scdesk.db")).unwrap(), b"whole");
        assert!(!target.join(super::STAGING_LOCK).exists());
        // Dropped unfinished: nothing stays.
        let other_path = other.path().to_path_buf();
        drop(other);
        assert!(!other_path.exists());
        let names: Vec<_> = std::fs::read_dir(root.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the workspace");
    }

    #[test]
    fn a_workspace_is_made_only_in_a_new_or_empty_folder() {
        let root = tempfile::tempdir().unwrap();
        let empty = root.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        super::Staging::new(&empty).unwrap().finish().unwrap();
        let full = root.path().join("full");
        std::fs::create_dir(&full).unwrap();
        std::fs::write(full.join("letter.txt"), b"mine").unwrap();
        let err = super::Staging::new(&full).unwrap_err();
        assert!(matches!(err, super::Error::FolderNotEmpty { .. }), "{err}");
    }

    #[test]
    fn a_second_writer_waits_and_is_told_plainly_when_the_first_does_not_finish() {
        let dir = tempfile::tempdir().unwrap();
        let first = super::lock_for_writing(dir.path(), Duration::ZERO).unwrap();
        let err = super::lock_for_writing(dir.path(), Duration::from_millis(100)).unwrap_err();
        assert!(matches!(err, super::Error::Busy { .. }), "{err}");
        drop(first);
        super::lock_for_writing(dir.path(), Duration::ZERO).unwrap();
    }
}
