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
    #[error("{dir} holds a database but no workspace.json, so SC Desk cannot tell how its key is kept. Restore workspace.json from your backup.")]
    WorkspaceFileMissing { dir: PathBuf },
    #[error("{path} is damaged ({reason}). Restore it from your backup.")]
    WorkspaceFileDamaged { path: PathBuf, reason: String },
    #[error("Another SC Desk (the app or a command) is changing this workspace and has not finished after {seconds} seconds. Try again when it has finished.")]
    Busy { seconds: u64 },
    #[error("Could not use {path}: {error}")]
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
pub const WORKSPACE_FORMAT: u32 = 1;

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
    let file: WorkspaceFile =
        serde_json::from_str(&text).map_err(|e| Error::WorkspaceFileDamaged {
            path: path.clone(),
            reason: e.to_string(),
        })?;
    if file.format != WORKSPACE_FORMAT {
        return Err(Error::WorkspaceFileDamaged {
            path,
            reason: format!(
                "format {} is not {WORKSPACE_FORMAT}; update SC Desk",
                file.format
            ),
        });
    }
    Ok(Some(file))
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

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
