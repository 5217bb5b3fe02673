//! The whole workspace in one file, for a new laptop or a lost one: a consistent copy of
//! its database, its signing key and its description, sealed under a passphrase
//! (Argon2id + XChaCha20-Poly1305, `sealed`). Restored on another machine, into the
//! keyring there or behind a passphrase, it is the same workspace: the same id, the same
//! key, the same notes, marks and history. Format: `docs/workspace.md`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::Path;

use crate::desk::{Desk, Unlock};
use crate::error::Error;
use crate::identity::Identity;
use crate::profile::FundProfile;
use crate::sealed::{self, Sealed};
use crate::secret::{KdfParams, Passphrase, Secret};
use crate::store::Store;
use crate::workspace::{self, WorkspaceFile};

const BACKUP_KIND: &str = "scdesk-workspace-backup";
const BACKUP_FORMAT: u32 = 1;

/// The largest backup SC Desk reads: a workspace's documents can outgrow a sync file.
pub const MAX_BACKUP_BYTES: u64 = 1 << 30;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("This is not an SC Desk workspace backup ({0}).")]
    NotABackup(String),
    #[error("The backup passphrase does not open this backup, or the backup was changed after it was made.")]
    WrongPassphrase,
    #[error("The backup passphrase is too short: use at least {0} characters.")]
    PassphraseTooShort(usize),
    #[error("The backup is damaged: {0}.")]
    Damaged(String),
    #[error("This computer's keyring already holds the keys of workspace {workspace}: the workspace itself is probably on this computer. Restore the backup behind a passphrase (scdesk restore FILE --passphrase), or remove the original workspace and its keys first.")]
    KeysHeld { workspace: String },
}

impl From<sealed::SealError> for BackupError {
    fn from(e: sealed::SealError) -> BackupError {
        match e {
            sealed::SealError::WrongPassphrase => BackupError::WrongPassphrase,
            sealed::SealError::PassphraseTooShort(n) => BackupError::PassphraseTooShort(n),
            sealed::SealError::Damaged(what) => {
                BackupError::Damaged(format!("its {what} is damaged"))
            }
        }
    }
}

/// The file: what it is, whose, and the sealed contents.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupFile {
    format: u32,
    kind: String,
    workspace: String,
    public_key: String,
    made_at: DateTime<Utc>,
    sealed: Sealed,
}

/// What the seal holds.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Contents {
    workspace_created_at: DateTime<Utc>,
    /// The signing key's 32-byte seed, hex.
    identity_seed: String,
    /// The key of `database`, 32 bytes, hex (a key made for this backup alone).
    database_key: String,
    /// An SQLCipher database, base64.
    database: String,
}

fn binding(workspace: &str, public_key: &str, made_at: &DateTime<Utc>) -> Vec<u8> {
    format!(
        "{BACKUP_KIND}\n{BACKUP_FORMAT}\n{workspace}\n{public_key}\n{}",
        made_at.to_rfc3339()
    )
    .into_bytes()
}

impl Desk {
    /// Seals the whole workspace under `passphrase`, hands the backup to `deliver` (which
    /// writes it where the user chose), then notes it in the audit trail.
    pub fn backup_workspace(
        &mut self,
        passphrase: &Passphrase,
        kdf: KdfParams,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        let copy_key = Secret::random(32);
        // The copy is made outside the workspace, which may be read-only; it is encrypted
        // under a key that only this backup holds. One a killed backup left goes first.
        let scratch = std::env::temp_dir();
        crate::atomic::sweep_abandoned(&scratch, ".scdesk-backup-");
        let copy = scratch.join(format!(
            ".scdesk-backup-{}-{}.db",
            std::process::id(),
            uuid::Uuid::new_v4().simple()
        ));
        let exported = self.store.export_copy(&copy, &copy_key);
        let database = exported
            .map_err(Error::from)
            .and_then(|()| std::fs::read(&copy).map_err(|e| Error::io(&copy, e)));
        let _ = std::fs::remove_file(&copy);
        let database = database?;
        let contents = Contents {
            workspace_created_at: self.file.created_at,
            identity_seed: hex::encode(self.identity.seed().expose()),
            database_key: hex::encode(copy_key.expose()),
            database: STANDARD.encode(&database),
        };
        let plain = zeroize::Zeroizing::new(serde_json::to_vec(&contents).expect("serializes"));
        let public_key = self.identity.public_hex();
        let made_at = Utc::now();
        let sealed = sealed::seal(
            passphrase,
            kdf,
            &plain,
            &binding(&self.file.id, &public_key, &made_at),
        )
        .map_err(BackupError::from)?;
        let file = BackupFile {
            format: BACKUP_FORMAT,
            kind: BACKUP_KIND.into(),
            workspace: self.file.id.clone(),
            public_key,
            made_at,
            sealed,
        };
        let mut bytes = serde_json::to_vec_pretty(&file).expect("serializes");
        bytes.push(b'\n');
        deliver(&bytes)?;
        let actor = self.identity.keyid();
        self.commit(|tx| {
            tx.audit(
                &actor,
                "workspace backed up",
                &serde_json::json!({"bytes": bytes.len()}),
            )
        })?;
        Ok(bytes)
    }

    /// Restores a workspace backup into `dir` (a new or empty folder): the same workspace,
    /// its key kept as `unlock` says on this machine. All or nothing, as creation is.
    pub fn restore_workspace(
        dir: &Path,
        backup: &[u8],
        backup_passphrase: &Passphrase,
        unlock: Unlock<'_>,
        kdf: KdfParams,
    ) -> Result<Desk, Error> {
        let file: BackupFile = serde_json::from_slice(backup)
            .map_err(|e| BackupError::NotABackup(crate::strict_json::describe(&e)))?;
        if file.kind != BACKUP_KIND || file.format != BACKUP_FORMAT {
            return Err(BackupError::NotABackup(format!(
                "it says it is {} in format {}",
                crate::untrusted::quote(&file.kind, 40),
                file.format
            ))
            .into());
        }
        let plain = sealed::open(
            &file.sealed,
            backup_passphrase,
            &binding(&file.workspace, &file.public_key, &file.made_at),
        )
        .map_err(BackupError::from)?;
        let contents: Contents = serde_json::from_slice(&plain)
            .map_err(|e| BackupError::Damaged(crate::strict_json::describe(&e)))?;
        let damaged =
            |what: &str| Error::from(BackupError::Damaged(format!("its {what} is damaged")));
        let seed = hex::decode(&contents.identity_seed).map_err(|_| damaged("signing key"))?;
        let identity = Identity::from_seed(&Secret::from_bytes(seed))?;
        if identity.public_hex() != file.public_key {
            return Err(damaged("signing key"));
        }
        let copy_key = hex::decode(&contents.database_key)
            .map(Secret::from_bytes)
            .map_err(|_| damaged("database key"))?;
        let database = STANDARD
            .decode(&contents.database)
            .map_err(|_| damaged("database"))?;
        if Desk::exists(dir) {
            return Err(Error::WorkspaceExists { dir: dir.into() });
        }
        let id = file.workspace.clone();
        let keyring = match &unlock {
            Unlock::Keyring(keyring) => Some(*keyring),
            Unlock::Passphrase(_) => None,
        };
        // The original may be on this machine: its keys are never replaced.
        if let Some(keyring) = keyring {
            for account in [
                workspace::database_key_account(&id),
                workspace::identity_key_account(&id),
            ] {
                if keyring.get(&account)?.is_some() {
                    return Err(BackupError::KeysHeld { workspace: id }.into());
                }
            }
        }
        let staging = workspace::Staging::new(dir)?;
        let made = (|| -> Result<(Desk, Secret), Error> {
            let copy = staging.path().join("restoring.db");
            std::fs::write(&copy, &database).map_err(|e| Error::io(&copy, e))?;
            let (key, mode, seed_in_db) = crate::desk::new_key(&id, &identity, unlock, kdf)?;
            {
                let restored = Store::open(&copy, &copy_key)?;
                restored.export_copy(&workspace::database_path(staging.path()), &key)?;
            }
            let _ = std::fs::remove_file(&copy);
            let mut store = Store::open(&workspace::database_path(staging.path()), &key)?;
            let public = identity.public_hex();
            let actor = identity.keyid();
            store.transaction(|tx| {
                // Where the private key lives follows this machine's choice.
                tx.set_identity(&public, seed_in_db.as_ref().map(|s| s.expose()))?;
                tx.audit(
                    &actor,
                    "workspace restored from a backup",
                    &serde_json::json!({"backup_made_at": file.made_at.to_rfc3339()}),
                )
            })?;
            let profile = match store.profile_json()? {
                Some(json) => FundProfile::from_json(&json)?,
                None => FundProfile::builtin(),
            };
            let described = WorkspaceFile {
                format: workspace::WORKSPACE_FORMAT,
                id: id.clone(),
                created_at: contents.workspace_created_at,
                key: mode,
                key_check: Some(workspace::key_check(&key)),
                audit_head: None,
                language: None,
            };
            workspace::write(staging.path(), &described)?;
            let desk = Desk {
                dir: staging.path().into(),
                file: described,
                store,
                profile,
                identity,
                acting: None,
                pseudo: false,
                speaking: None,
                heads: false,
            };
            Ok((desk, key))
        })();
        Desk::settle(dir, staging, &id, keyring, made)
    }
}
