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
