//! The app's one open workspace behind one lock: starting (open with the keyring, or
//! create on first run), unlocking with a passphrase, and every call on the open `Desk`.
//! One mutex holds the whole state, so no two locks can be taken in opposite orders.

use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::desk::{Content, CreateOptions, Desk, Startup, Unlock};
use crate::error::Error;
use crate::keyring::{KeyStore, KeyringError};
use crate::secret::Passphrase;

/// Where the app's start stands, as the window needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum StartView {
    Open,
    NeedsPassphrase,
    NeedsNewPassphrase { reason: String },
}

enum State {
    /// Not started yet, or the passphrase is awaited for an existing workspace.
    Closed,
    /// The folder is empty and no keyring answered: the next passphrase creates it.
    Creating,
    Open(Box<Desk>),
}

/// The workspace of one folder, for a client that serves calls from several threads.
pub struct Session {
    dir: PathBuf,
    first_run: Content,
    state: Mutex<State>,
}

impl Session {
    pub fn new(dir: &Path, first_run: Content) -> Session {
        Session {
            dir: dir.to_path_buf(),
            first_run,
            state: Mutex::new(State::Closed),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave a Desk half-changed (SQLite rolls back).
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Opens the workspace with the keyring, creates it on first run, or says which
    /// passphrase is needed (`Desk::start`).
    pub fn start(&self, keyring: Result<&dyn KeyStore, KeyringError>) -> Result<StartView, Error> {
        let mut state = self.lock();
        if let State::Open(_) = *state {
            return Ok(StartView::Open);
        }
        Ok(match Desk::start(&self.dir, keyring, self.first_run)? {
            Startup::Opened(desk) => {
                *state = State::Open(desk);
                StartView::Open
            }
            Startup::NeedsPassphrase => {
                *state = State::Closed;
                StartView::NeedsPassphrase
            }
            Startup::NeedsNewPassphrase { reason } => {
                *state = State::Creating;
                StartView::NeedsNewPassphrase { reason }
            }
        })
    }

    /// Opens the workspace with its passphrase, or creates it with a new one when start
    /// found the folder empty; an open workspace stays as it is.
    pub fn unlock(&self, passphrase: Passphrase) -> Result<StartView, Error> {
        let mut state = self.lock();
        let desk = match *state {
            State::Open(_) => return Ok(StartView::Open),
            State::Creating => {
                let options = CreateOptions {
                    content: self.first_run,
                    ..CreateOptions::default()
                };
                Desk::create(&self.dir, Unlock::Passphrase(passphrase), options)?
            }
            State::Closed => Desk::open(&self.dir, Unlock::Passphrase(passphrase))?,
        };
        *state = State::Open(Box::new(desk));
        Ok(StartView::Open)
    }

    /// Runs `f` on the open workspace.
    pub fn with_desk<T>(&self, f: impl FnOnce(&mut Desk) -> Result<T, Error>) -> Result<T, Error> {
        match &mut *self.lock() {
            State::Open(desk) => f(desk),
            _ => Err(Error::NotOpen),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Start and unlock at once, from two threads, many times: one lock, so neither
    /// waits for the other forever (before, each took two locks in opposite orders).
    #[test]
    fn start_and_unlock_at_once_do_not_deadlock() {
        for round in 0..6 {
            let root = tempfile::tempdir().unwrap();
            let session =
                std::sync::Arc::new(Session::new(&root.path().join("ws"), Content::Empty));
            // No keyring: the folder waits for a new passphrase.
            let refused = Err(KeyringError::Unavailable(
                "no Secret Service in this test".into(),
            ));
            assert!(matches!(
                session.start(refused).unwrap(),
                StartView::NeedsNewPassphrase { .. }
            ));
            let (tx, rx) = std::sync::mpsc::channel();
            let threads: Vec<_> = (0..2)
                .map(|i| {
                    let s = session.clone();
                    let tx = tx.clone();
                    std::thread::spawn(move || {
                        let r = if (i + round) % 2 == 0 {
                            s.start(Err(KeyringError::Unavailable("none".into())))
                                .map(|_| ())
                        } else {
                            s.unlock(Passphrase::new("a long enough passphrase".into()))
                                .map(|_| ())
                        };
                        tx.send(r.map_err(|e| e.to_string())).unwrap();
                    })
                })
                .collect();
            for _ in 0..2 {
                rx.recv_timeout(std::time::Duration::from_secs(60))
                    .expect("start and unlock both finish")
                    .unwrap_or_default();
            }
            for t in threads {
                t.join().unwrap();
            }
            // The passphrase created the workspace; the other call saw it open or asked.
            session
                .unlock(Passphrase::new("a long enough passphrase".into()))
                .unwrap();
            session.with_desk(|d| d.dashboard().map(|_| ())).unwrap();
        }
    }

    #[test]
    fn a_closed_session_says_so() {
        let root = tempfile::tempdir().unwrap();
        let session = Session::new(root.path(), Content::Empty);
        assert_eq!(
            session.with_desk(|_| Ok(())).unwrap_err().code(),
            "not_open"
        );
    }
}
