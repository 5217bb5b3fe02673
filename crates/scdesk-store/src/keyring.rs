//! The OS keyring (Secret Service on Linux, through keyring-core): where the database key
//! and the identity key live. Every call has a timeout, so a locked or absent keyring
//! cannot hang the app; a store that keeps secrets only in memory is refused.

use keyring_core::{CredentialPersistence, CredentialStore, Entry};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use crate::secret::Secret;

/// The keyring service name under which SC Desk keeps its secrets.
pub const SERVICE: &str = "scdesk";

/// How long a keyring call may take before SC Desk gives up and says so.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    #[error("No OS keyring answered ({0}). Start or unlock your keyring (on Linux, a Secret Service such as GNOME Keyring), or use a passphrase instead.")]
    Unavailable(String),
    #[error("The OS keyring is locked or refused access ({0}). Unlock it and try again, or use a passphrase instead.")]
    Locked(String),
    #[error("The OS keyring did not answer within {0} seconds. Unlock it and try again, or use a passphrase instead.")]
    Timeout(u64),
    #[error("The OS keyring failed: {0}")]
    Failed(String),
    #[error("The keyring store `{0}` keeps secrets only in memory; SC Desk needs a persistent OS keyring.")]
    NotPersistent(String),
}

/// Where secrets are kept, by account name under the service `scdesk`.
pub trait KeyStore: Send + Sync {
    fn get(&self, account: &str) -> Result<Option<Secret>, KeyringError>;
    fn set(&self, account: &str, secret: &Secret) -> Result<(), KeyringError>;
    fn delete(&self, account: &str) -> Result<(), KeyringError>;
    /// What the user should be told this store is ("Secret Service", …).
    fn describe(&self) -> String;
}

/// The OS keyring.
pub struct OsKeyring {
    store: Arc<CredentialStore>,
    timeout: Duration,
}

impl OsKeyring {
    /// Connects to the platform's keyring (Secret Service on Linux).
    pub fn connect(timeout: Duration) -> Result<OsKeyring, KeyringError> {
        let store = with_timeout(timeout, || {
            zbus_secret_service_keyring_store::Store::new()
                .map(|s| s as Arc<CredentialStore>)
                .map_err(|e| KeyringError::Unavailable(e.to_string()))
        })?;
        OsKeyring::from_store(store, timeout)
    }

    /// Wraps a keyring-core store, refusing one that forgets its secrets.
    pub fn from_store(
        store: Arc<CredentialStore>,
        timeout: Duration,
    ) -> Result<OsKeyring, KeyringError> {
        match store.persistence() {
            CredentialPersistence::EntryOnly | CredentialPersistence::ProcessOnly => {
                Err(KeyringError::NotPersistent(store.vendor()))
            }
            _ => Ok(OsKeyring { store, timeout }),
        }
    }

    fn call<T: Send + 'static>(
        &self,
        account: &str,
        f: impl FnOnce(Entry) -> Result<T, keyring_core::Error> + Send + 'static,
    ) -> Result<T, KeyringError> {
        let store = self.store.clone();
        let account = account.to_string();
        with_timeout(self.timeout, move || {
            let entry = Entry::new_in_store(&store, SERVICE, &account).map_err(map_error)?;
            f(entry).map_err(map_error)
        })
    }
}

impl KeyStore for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<Secret>, KeyringError> {
        self.call(account, |entry| match entry.get_secret() {
            Ok(bytes) => Ok(Some(Secret::from_bytes(bytes))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        })
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<(), KeyringError> {
        let bytes = Secret::from_bytes(secret.expose().to_vec());
        self.call(account, move |entry| entry.set_secret(bytes.expose()))
    }

    fn delete(&self, account: &str) -> Result<(), KeyringError> {
        self.call(account, |entry| match entry.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(e),
        })
    }

    fn describe(&self) -> String {
        self.store.vendor()
    }
}

fn map_error(e: keyring_core::Error) -> KeyringError {
    match e {
        keyring_core::Error::NoStorageAccess(inner) => KeyringError::Locked(inner.to_string()),
        keyring_core::Error::NoDefaultStore => KeyringError::Unavailable(e.to_string()),
        keyring_core::Error::PlatformFailure(inner) => KeyringError::Unavailable(inner.to_string()),
        other => KeyringError::Failed(other.to_string()),
    }
}

/// Runs a blocking keyring call on its own thread and stops waiting after `timeout`.
fn with_timeout<T: Send + 'static>(
    timeout: Duration,
    f: impl FnOnce() -> Result<T, KeyringError> + Send + 'static,
) -> Result<T, KeyringError> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("scdesk-keyring".into())
        .spawn(move || {
            // The receiver may have given up already; nothing to do then.
            let _ = tx.send(f());
        })
        .map_err(|e| KeyringError::Failed(e.to_string()))?;
    match rx.recv_timeout(timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(KeyringError::Timeout(timeout.as_secs())),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(KeyringError::Failed(
            "the keyring call ended without an answer".into(),
        )),
    }
}

/// A keyring held in this process's memory, for unit tests only: it forgets everything
/// when dropped, which is exactly what the real app must never do. Built only for tests
/// (the `test-support` feature), so no client can use it.
#[cfg(any(test, feature = "test-support"))]
#[derive(Default)]
pub struct MemoryKeyring {
    entries: std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>,
}

#[cfg(any(test, feature = "test-support"))]
impl KeyStore for MemoryKeyring {
    fn get(&self, account: &str) -> Result<Option<Secret>, KeyringError> {
        let entries = self.entries.lock().expect("keyring lock");
        Ok(entries.get(account).cloned().map(Secret::from_bytes))
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<(), KeyringError> {
        let mut entries = self.entries.lock().expect("keyring lock");
        entries.insert(account.to_string(), secret.expose().to_vec());
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<(), KeyringError> {
        self.entries.lock().expect("keyring lock").remove(account);
        Ok(())
    }

    fn describe(&self) -> String {
        "in-memory test keyring".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memory_only_store_is_refused() {
        let mock = keyring_core::mock::Store::new().unwrap();
        let err = OsKeyring::from_store(mock, DEFAULT_TIMEOUT).err().unwrap();
        assert!(matches!(err, KeyringError::NotPersistent(_)), "{err:?}");
    }

    #[test]
    fn a_hanging_call_times_out() {
        let err = with_timeout(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_secs(2));
            Ok(())
        })
        .unwrap_err();
        assert_eq!(err, KeyringError::Timeout(0));
    }

    #[test]
    fn memory_keyring_round_trip() {
        let k = MemoryKeyring::default();
        assert!(k.get("a").unwrap().is_none());
        k.set("a", &Secret::from_bytes(vec![1, 2, 3])).unwrap();
        assert_eq!(k.get("a").unwrap().unwrap().expose(), [1, 2, 3]);
        k.delete("a").unwrap();
        assert!(k.get("a").unwrap().is_none());
    }
}
