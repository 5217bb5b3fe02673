//! The app's one open workspace behind one lock: starting (open with the keyring, or
//! create on first run), unlocking with a passphrase, and every call on the open `Desk`.
//! One mutex holds the whole state, so no two locks can be taken in opposite orders.
//!
//! The app has two workspaces: the user's own, in the data folder, and the demo, in a
//! folder beside it (`demo_dir`), so that leaving the demo never mixes its fictional
//! roster and files into real ones. The user switches between them (`choose`); on the
//! very first start, with neither there, the window asks which to make.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::desk::{Content, CreateOptions, Desk, Startup, Unlock};
use crate::error::Error;
use crate::keyring::{KeyStore, KeyringError};
use crate::lang::{Lang, Words};
use crate::secret::Passphrase;

/// Where the app's start stands, as the window needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum StartView {
    Open,
    NeedsPassphrase,
    NeedsNewPassphrase {
        reason: String,
    },
    /// Neither workspace exists yet: the user chooses the demo or their own.
    Choose,
}

/// One of the app's two workspaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    /// The demo, with fictional seats, dossiers and meetings.
    Demo,
    /// The user's own workspace, made empty.
    Mine,
}

/// Which workspace is in use and which exist, for the window's switch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Workspaces {
    pub current: Which,
    pub mine_exists: bool,
    pub demo_exists: bool,
}

/// The demo's folder: beside the user's (`…/scdesk` → `…/scdesk-demo`).
pub fn demo_dir(root: &Path) -> PathBuf {
    match root.file_name() {
        Some(name) => {
            let mut name = name.to_os_string();
            name.push("-demo");
            root.with_file_name(name)
        }
        None => root.join("demo"),
    }
}

enum State {
    /// Not started yet, or the passphrase is awaited for an existing workspace.
    Closed,
    /// The folder is empty and no keyring answered: the next passphrase creates it.
    Creating,
    Open(Box<Desk>),
}

struct Inner {
    which: Which,
    state: State,
    /// The language chosen in this run (or read from a workspace opened), which a new
    /// or older workspace takes; `None`: the system's.
    language: Option<Lang>,
    pseudo: bool,
}

/// The app's workspaces, for a client that serves calls from several threads.
pub struct Session {
    root: PathBuf,
    /// What the first start makes when neither workspace exists; `None`: ask.
    first_run: Option<Content>,
    /// The language of the system's locale (English if SC Desk does not speak it).
    system_language: Lang,
    inner: Mutex<Inner>,
}

impl Session {
    /// `root` is the user's own workspace folder. The user's workspace opens if it exists,
    /// else the demo if it exists, else what `first_run` says (or the window asks).
    pub fn new(root: &Path, first_run: Option<Content>) -> Session {
        let which = if Desk::exists(root) {
            Which::Mine
        } else if Desk::exists(&demo_dir(root)) || first_run == Some(Content::Demo) {
            Which::Demo
        } else {
            Which::Mine
        };
        Session {
            root: root.to_path_buf(),
            first_run,
            system_language: Lang::default(),
            inner: Mutex::new(Inner {
                which,
                state: State::Closed,
                language: None,
                pseudo: false,
            }),
        }
    }

    /// The language to show before a workspace says (the first run's): the system's.
    pub fn with_system_language(mut self, language: Option<Lang>) -> Session {
        self.system_language = language.unwrap_or_default();
        self
    }

    /// The tests' pseudo-language for every workspace opened.
    pub fn use_pseudo_language(&self) {
        let mut inner = self.lock();
        inner.pseudo = true;
        if let State::Open(desk) = &mut inner.state {
            desk.use_pseudo_language();
        }
    }

    /// The words the window shows now: the open workspace's language, else the one
    /// chosen in this run, else the workspace's recorded one, else the system's.
    pub fn words(&self) -> Words {
        let inner = self.lock();
        if let State::Open(desk) = &inner.state {
            return desk.words();
        }
        if inner.pseudo {
            return Words::pseudo();
        }
        let recorded = || {
            crate::workspace::read(&self.dir(inner.which))
                .ok()
                .flatten()
                .and_then(|f| f.language)
        };
        Words::new(
            inner
                .language
                .or_else(recorded)
                .unwrap_or(self.system_language),
        )
    }

    /// Chooses the language: for this run at once, and recorded in the open workspace
    /// (or in the next one made or opened).
    pub fn set_language(&self, language: Lang) -> Result<(), Error> {
        let mut inner = self.lock();
        inner.language = Some(language);
        if let State::Open(desk) = &mut inner.state {
            desk.set_language(language)?;
        }
        Ok(())
    }

    /// A workspace just opened takes the run's language if it has none recorded, and
    /// gives its own to the run if it has.
    fn opened(&self, inner: &mut Inner, mut desk: Box<Desk>) -> Result<State, Error> {
        match desk.language() {
            Some(recorded) if inner.language.is_none() => inner.language = Some(recorded),
            Some(recorded) if inner.language == Some(recorded) => {}
            _ => desk.set_language(inner.language.unwrap_or(self.system_language))?,
        }
        if inner.pseudo {
            desk.use_pseudo_language();
        }
        Ok(State::Open(desk))
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave a Desk half-changed (SQLite rolls back).
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn dir(&self, which: Which) -> PathBuf {
        match which {
            Which::Mine => self.root.clone(),
            Which::Demo => demo_dir(&self.root),
        }
    }

    fn content(which: Which) -> Content {
        match which {
            Which::Mine => Content::Empty,
            Which::Demo => Content::Demo,
        }
    }

    /// Which workspace is in use, and which exist.
    pub fn workspaces(&self) -> Workspaces {
        let which = self.lock().which;
        Workspaces {
            current: which,
            mine_exists: Desk::exists(&self.root),
            demo_exists: Desk::exists(&demo_dir(&self.root)),
        }
    }

    /// Closes the workspace in use and starts `which` (made if it does not exist yet: the
    /// demo with its data, the user's own empty).
    pub fn choose(
        &self,
        which: Which,
        keyring: Result<&dyn KeyStore, KeyringError>,
    ) -> Result<StartView, Error> {
        {
            let mut inner = self.lock();
            inner.which = which;
            inner.state = State::Closed;
        }
        self.start_as(keyring, true)
    }

    /// Opens the workspace with the keyring, creates it on first run, or says which
    /// passphrase is needed (`Desk::start`).
    pub fn start(&self, keyring: Result<&dyn KeyStore, KeyringError>) -> Result<StartView, Error> {
        self.start_as(keyring, false)
    }

    /// As `start`, connecting to the keyring only if the workspace is not open yet: the
    /// window's start, once the app has opened the workspace, makes no keyring call.
    pub fn start_connecting<K: KeyStore>(
        &self,
        connect: impl FnOnce() -> Result<K, KeyringError>,
    ) -> Result<StartView, Error> {
        // Waits for an opening under way (it holds the lock), then asks no keyring.
        if let State::Open(_) = self.lock().state {
            return Ok(StartView::Open);
        }
        let keyring = connect();
        self.start(
            keyring
                .as_ref()
                .map(|k| k as &dyn KeyStore)
                .map_err(Clone::clone),
        )
    }

    fn start_as(
        &self,
        keyring: Result<&dyn KeyStore, KeyringError>,
        chosen: bool,
    ) -> Result<StartView, Error> {
        let mut inner = self.lock();
        if let State::Open(_) = inner.state {
            return Ok(StartView::Open);
        }
        let dir = self.dir(inner.which);
        let neither = !Desk::exists(&self.root) && !Desk::exists(&demo_dir(&self.root));
        if neither && !chosen && self.first_run.is_none() {
            return Ok(StartView::Choose);
        }
        let content = Session::content(inner.which);
        Ok(match Desk::start(&dir, keyring, content)? {
            Startup::Opened(desk) => {
                inner.state = self.opened(&mut inner, desk)?;
                StartView::Open
            }
            Startup::NeedsPassphrase => {
                inner.state = State::Closed;
                StartView::NeedsPassphrase
            }
            Startup::NeedsNewPassphrase { reason } => {
                inner.state = State::Creating;
                StartView::NeedsNewPassphrase { reason }
            }
        })
    }

    /// Opens the workspace with its passphrase, or creates it with a new one when start
    /// found the folder empty; an open workspace stays as it is.
    pub fn unlock(&self, passphrase: Passphrase) -> Result<StartView, Error> {
        let mut inner = self.lock();
        let dir = self.dir(inner.which);
        let desk = match inner.state {
            State::Open(_) => return Ok(StartView::Open),
            State::Creating => {
                let options = CreateOptions {
                    content: Session::content(inner.which),
                    ..CreateOptions::default()
                };
                Desk::create(&dir, Unlock::Passphrase(passphrase), options)?
            }
            State::Closed => Desk::open(&dir, Unlock::Passphrase(passphrase))?,
        };
        inner.state = self.opened(&mut inner, Box::new(desk))?;
        Ok(StartView::Open)
    }

    /// Runs `f` on the open workspace.
    pub fn with_desk<T>(&self, f: impl FnOnce(&mut Desk) -> Result<T, Error>) -> Result<T, Error> {
        match &mut self.lock().state {
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
                std::sync::Arc::new(Session::new(&root.path().join("ws"), Some(Content::Empty)));
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
        let session = Session::new(&root.path().join("ws"), Some(Content::Empty));
        assert_eq!(
            session.with_desk(|_| Ok(())).unwrap_err().code(),
            "not_open"
        );
    }

    /// The first start asks; the user's choice makes that workspace; the demo and the
    /// user's own live in separate folders, and switching reopens each as it was.
    #[test]
    fn the_demo_and_my_workspace_are_apart_and_switched_between() {
        let root = tempfile::tempdir().unwrap();
        let mine = root.path().join("scdesk");
        let keyring = crate::keyring::MemoryKeyring::default();
        let session = Session::new(&mine, None);
        assert_eq!(session.start(Ok(&keyring)).unwrap(), StartView::Choose);
        assert!(!Desk::exists(&mine) && !Desk::exists(&demo_dir(&mine)));

        assert_eq!(
            session.choose(Which::Mine, Ok(&keyring)).unwrap(),
            StartView::Open
        );
        assert!(Desk::exists(&mine));
        assert!(!session.with_desk(|d| Ok(d.info()?.demo)).unwrap());
        session
            .with_desk(|d| d.set_note("jp-ecuador-mobility-data", "x").map(|_| ()))
            .unwrap_err(); // an empty workspace holds no dossier

        assert_eq!(
            session.choose(Which::Demo, Ok(&keyring)).unwrap(),
            StartView::Open
        );
        assert_eq!(demo_dir(&mine), root.path().join("scdesk-demo"));
        assert!(session.with_desk(|d| Ok(d.info()?.demo)).unwrap());
        session
            .with_desk(|d| d.set_note("jp-ecuador-mobility-data", "from the demo"))
            .unwrap();
        assert_eq!(
            session.workspaces(),
            Workspaces {
                current: Which::Demo,
                mine_exists: true,
                demo_exists: true
            }
        );

        // Back to mine: still empty; a new start opens the user's own.
        session.choose(Which::Mine, Ok(&keyring)).unwrap();
        assert!(!session.with_desk(|d| Ok(d.info()?.demo)).unwrap());
        let again = Session::new(&mine, None);
        assert_eq!(again.start(Ok(&keyring)).unwrap(), StartView::Open);
        assert_eq!(again.workspaces().current, Which::Mine);
    }

    /// The window's start asks the keyring nothing once the workspace is open (the app
    /// opened it while the window loaded); a workspace not yet open is started as before.
    #[test]
    fn a_start_once_open_makes_no_keyring_call() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("ws");
        let keyring = crate::keyring::MemoryKeyring::default();
        let session = Session::new(&dir, Some(Content::Empty));
        assert_eq!(session.start(Ok(&keyring)).unwrap(), StartView::Open);
        let open = session.start_connecting(|| -> Result<crate::keyring::MemoryKeyring, _> {
            panic!("the keyring was called for a workspace already open")
        });
        assert_eq!(open.unwrap(), StartView::Open);

        let asked = std::cell::Cell::new(false);
        let closed = Session::new(&dir, None).start_connecting(|| {
            asked.set(true);
            Err::<crate::keyring::MemoryKeyring, _>(KeyringError::Unavailable("none".into()))
        });
        assert!(asked.get(), "a workspace not open yet needs the keyring");
        assert_ne!(closed.ok(), Some(StartView::Open));
    }
}
