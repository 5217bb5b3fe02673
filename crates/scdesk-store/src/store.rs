//! The encrypted store: one SQLCipher database per workspace, opened with a raw 256-bit
//! key, with versioned migrations, WAL and foreign keys. All SQL lives here; the rest of
//! the library sees typed rows.

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use zeroize::Zeroizing;

use crate::dossier::{Dossier, DossierHead};
use crate::fund::Contribution;
use crate::meeting::Meeting;
use crate::roster::{Role, Seat};
use crate::secret::Secret;

/// Each entry upgrades the schema by one version; `PRAGMA user_version` records how far.
const MIGRATIONS: &[&str] = &[
    // 1: the workspace, the fund profile, the roster, contributions, dossiers, meetings.
    "CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        json TEXT NOT NULL
    ) STRICT;
    CREATE TABLE seats (
        id TEXT PRIMARY KEY,
        constituency TEXT,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('member', 'chair', 'fmu')),
        term_start TEXT NOT NULL,
        term_end TEXT NOT NULL
    ) STRICT;
    CREATE TABLE contributions (
        id INTEGER PRIMARY KEY,
        contributor TEXT NOT NULL,
        amount TEXT NOT NULL,
        earmark_area INTEGER,
        received_on TEXT NOT NULL
    ) STRICT;
    CREATE TABLE dossiers (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        reference TEXT NOT NULL,
        title TEXT NOT NULL,
        area INTEGER NOT NULL,
        status TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (id, version)
    ) STRICT;
    CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        starts_at TEXT NOT NULL,
        json TEXT NOT NULL
    ) STRICT;",
    // 2: the identity, signed files and what they carry.
    "CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        public_key TEXT NOT NULL,
        -- Only for passphrase workspaces; keyring workspaces keep it in the keyring.
        seed BLOB
    ) STRICT;
    CREATE TABLE envelopes (
        hash TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        signer TEXT NOT NULL,
        seat TEXT,
        bytes BLOB NOT NULL,
        received_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('imported', 'exported', 'pinned'))
    ) STRICT;
    CREATE TABLE rosters (
        version INTEGER PRIMARY KEY,
        envelope TEXT NOT NULL REFERENCES envelopes (hash),
        json TEXT NOT NULL
    ) STRICT;
    ALTER TABLE seats ADD COLUMN public_key TEXT;
    ALTER TABLE meetings ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE meetings ADD COLUMN envelope TEXT REFERENCES envelopes (hash);
    ALTER TABLE dossiers ADD COLUMN envelope TEXT REFERENCES envelopes (hash);
    CREATE TABLE documents (
        dossier TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        PRIMARY KEY (dossier, version, name)
    ) STRICT;
    CREATE TABLE positions (
        envelope TEXT PRIMARY KEY REFERENCES envelopes (hash),
        meeting TEXT NOT NULL,
        seat TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        signed_at TEXT NOT NULL,
        json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX positions_by_seat ON positions (meeting, seat, sequence);
    CREATE TABLE position_drafts (
        meeting TEXT NOT NULL,
        item INTEGER NOT NULL,
        stance TEXT NOT NULL,
        reason TEXT,
        PRIMARY KEY (meeting, item)
    ) STRICT;
    CREATE TABLE decisions (
        envelope TEXT PRIMARY KEY REFERENCES envelopes (hash),
        meeting TEXT NOT NULL,
        json TEXT NOT NULL
    ) STRICT;
    CREATE TABLE enrolments (
        envelope TEXT PRIMARY KEY REFERENCES envelopes (hash),
        keyid TEXT NOT NULL,
        json TEXT NOT NULL
    ) STRICT;",
    // 3: the member's own review: marks, private notes, questions, conflicts, search.
    "CREATE TABLE reviews (
        dossier TEXT NOT NULL,
        version INTEGER NOT NULL,
        reviewed_at TEXT NOT NULL,
        PRIMARY KEY (dossier, version)
    ) STRICT;
    CREATE TABLE notes (
        dossier TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        dossier TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE conflicts (
        dossier TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        declared_at TEXT NOT NULL
    ) STRICT;
    CREATE VIRTUAL TABLE search USING fts5 (
        dossier UNINDEXED, title, summary, review, notes,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO search (dossier, title, summary, review, notes)
        SELECT d.id, json_extract(d.json, '$.title'), json_extract(d.json, '$.summary'),
               json_extract(d.json, '$.review.summary'), ''
        FROM dossiers d
        WHERE d.version = (SELECT max(version) FROM dossiers WHERE id = d.id);",
    // 4: meetings' attendance and written procedures, decisions, allocations, the audit log.
    "ALTER TABLE contributions ADD COLUMN committed TEXT;
    CREATE TABLE attendance (
        meeting TEXT NOT NULL,
        seat TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'represented')),
        PRIMARY KEY (meeting, seat)
    ) STRICT;
    CREATE TABLE written_procedures (
        meeting TEXT PRIMARY KEY,
        opened_at TEXT NOT NULL,
        deadline TEXT NOT NULL
    ) STRICT;
    CREATE TABLE item_decisions (
        meeting TEXT NOT NULL,
        item INTEGER NOT NULL,
        json TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        -- The signed decision file it came in or went out in, once there is one.
        envelope TEXT REFERENCES envelopes (hash),
        PRIMARY KEY (meeting, item)
    ) STRICT;
    CREATE TABLE allocations (
        meeting TEXT NOT NULL,
        item INTEGER NOT NULL,
        dossier TEXT NOT NULL,
        area INTEGER NOT NULL,
        source TEXT NOT NULL,
        amount TEXT NOT NULL,
        transferred TEXT NOT NULL DEFAULT '0',
        PRIMARY KEY (meeting, item)
    ) STRICT;
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        details TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL
    ) STRICT;",
    // 5: each dossier's search entry at a row of its own, so that replacing it is a
    // lookup, not a scan of the whole index (FTS5 does not index the dossier column).
    "CREATE TABLE search_rows (
        row INTEGER PRIMARY KEY,
        dossier TEXT NOT NULL UNIQUE
    ) STRICT;
    DELETE FROM search;
    INSERT INTO search_rows (dossier) SELECT DISTINCT id FROM dossiers ORDER BY id;
    INSERT INTO search (rowid, dossier, title, summary, review, notes)
        SELECT r.row, d.id, json_extract(d.json, '$.title'), json_extract(d.json, '$.summary'),
               json_extract(d.json, '$.review.summary'),
               coalesce((SELECT text FROM notes WHERE dossier = d.id), '')
        FROM dossiers d JOIN search_rows r ON r.dossier = d.id
        WHERE d.version = (SELECT max(version) FROM dossiers WHERE id = d.id);",
    // 6: what the dossier list shows of each dossier's newest version, a short record
    // each; filled by the Desk (the budget and the flags are worked out by the rules, and
    // meta `dossier_heads` names the rules and profile they were worked out by).
    "CREATE TABLE dossier_heads (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        head TEXT NOT NULL
    ) STRICT;",
    // 7: each dossier version's hash (`sync::dossier_hash`, what positions and decisions
    // name), kept when the version is stored, so that what the workspace trusts is read,
    // not worked out again from every version held at every import. The versions held
    // before get theirs as the migration runs (`HASHED_FROM`).
    // The index holds what `dossier_version_hashes` reads, so that it reads the index
    // and not every version's JSON.
    "ALTER TABLE dossiers ADD COLUMN hash TEXT;
     CREATE INDEX dossier_hashes ON dossiers (id, version, hash);",
];

/// The schema version from which every dossier version carries its hash.
const HASHED_FROM: u32 = 7;

/// The meta key recording the rules and fund profile the stored dossier heads were
/// worked out by.
pub const HEADS_STAMP_KEY: &str = "dossier_heads";

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("The database at {0} could not be opened with this key: the passphrase or key is wrong, or the file is not an SC Desk database.")]
    WrongKey(PathBuf),
    #[error("A database already exists at {0}; SC Desk never creates a new database over an existing one.")]
    AlreadyExists(PathBuf),
    #[error("No database at {0}.")]
    Missing(PathBuf),
    #[error("The database at {path} has schema version {found}, newer than this SC Desk understands ({supported}). Update SC Desk.")]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("The database key must be 32 bytes; got {0}.")]
    BadKeyLength(usize),
    #[error("The workspace database is damaged: it holds a record SC Desk cannot read ({0}). Restore the workspace from a backup.")]
    Corrupt(String),
    #[error("The database's encryption could not be set up; nothing was written. Close other SC Desk windows and try again.")]
    Keying(rusqlite::Error),
    #[error("Could not make {path}: {}", crate::incoming::io_words(.error))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{}", fault_sentence(.0))]
    Sqlite(#[from] rusqlite::Error),
}

/// What kind of trouble the database is in, as far as what the user can do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The disk is full, or reading or writing it failed.
    Disk,
    /// The folder or its files cannot be written to.
    ReadOnly,
    /// The database's pages do not check out: restore from a backup.
    Damaged,
    /// Another process holds the database for longer than the busy timeout.
    Busy,
    /// Anything else.
    Other,
}

impl StoreError {
    pub fn fault(&self) -> Fault {
        match self {
            StoreError::Sqlite(e) => fault_of(e),
            StoreError::Corrupt(_) => Fault::Damaged,
            _ => Fault::Other,
        }
    }
}

fn fault_of(e: &rusqlite::Error) -> Fault {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DiskFull | C::SystemIoFailure) => Fault::Disk,
        Some(C::ReadOnly) => Fault::ReadOnly,
        Some(C::DatabaseCorrupt | C::NotADatabase) => Fault::Damaged,
        Some(C::DatabaseBusy | C::DatabaseLocked) => Fault::Busy,
        _ => Fault::Other,
    }
}

/// The sentence for a database failure: its cause as the user can act on it, never
/// SQLite's wording or its error numbers.
fn fault_sentence(e: &rusqlite::Error) -> String {
    match fault_of(e) {
        Fault::Disk => "The workspace could not be written to the disk: the disk is full, or it was removed or is failing. Free some space (or check the disk) and try again; nothing of this change was kept.".into(),
        Fault::ReadOnly => "The workspace folder cannot be written to: the folder or its files are read-only. Check the folder's permissions (SC Desk needs to write there), or copy the workspace to a folder you can write to; nothing was changed.".into(),
        Fault::Damaged => "The workspace database is damaged: some of it no longer reads back as SC Desk wrote it. Restore the workspace from a backup (an SC Desk workspace backup, or your computer's backup of the folder); SC Desk will not write to a damaged database.".into(),
        Fault::Busy => "Another SC Desk (the app or a command) kept the workspace busy for more than 30 seconds; nothing was changed. Try again when it has finished.".into(),
        // The detail stays in the error's Debug form, for a log, not in the sentence.
        Fault::Other => "The workspace database refused the change; nothing was changed. Try again; if it happens again, restore the workspace from a backup.".into(),
    }
}

/// A statement of one change, through the connection's cache of prepared statements (an
/// import runs the same few statements for every file).
fn cached_exec<P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute(params)
}

/// A query of one row, through the cache of prepared statements.
fn cached_row<T, P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
    f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    conn.prepare_cached(sql)?.query_row(params, f)
}

/// The audit chain's last link, (seq, hash), as the database holds it.
fn last_link(conn: &Connection) -> rusqlite::Result<Option<(i64, String)>> {
    cached_row(
        conn,
        "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// How long a write waits for another process's transaction before it gives up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

pub struct Store {
    conn: Keyed,
    path: PathBuf,
    /// How many batches are open (a batch within a batch is part of it): while any is,
    /// each `transaction` is a savepoint of the batch's one transaction.
    batches: u32,
    /// Within a batch (whose write lock no other process shares), the audit chain's last
    /// link as this connection wrote it, so each file's entry does not look it up again.
    audit_head: std::cell::RefCell<Option<(i64, String)>>,
}

/// SQLCipher's crypto provider keeps one random generator for the whole process, started
/// when the first connection is keyed and stopped when the last one closes. Keying and
/// closing one connection at a time keeps a thread that opens a workspace from meeting one
/// that closes another (a rare refusal of the key set-up was seen in CI with parallel tests).
static CODEC: Mutex<()> = Mutex::new(());

/// For `make bench` only (the `test-support` feature): stores opened or created while it is
/// set are plain SQLite, to measure what encryption costs through the same code.
#[cfg(feature = "test-support")]
pub static PLAIN_FOR_BENCHMARKS: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// A 256-bit key as SQLCipher takes it raw (no key derivation): `"x'<64 hex digits>'"`,
/// for `PRAGMA key` and `ATTACH … KEY`. The one place the key is written out as text.
fn raw_key(key: &Secret) -> Result<Zeroizing<String>, StoreError> {
    if key.len() != 32 {
        return Err(StoreError::BadKeyLength(key.len()));
    }
    let hex = Zeroizing::new(hex::encode(key.expose()));
    Ok(Zeroizing::new(format!("\"x'{}'\"", hex.as_str())))
}

fn codec_lock() -> MutexGuard<'static, ()> {
    // The lock guards no data, so a panic elsewhere while it was held leaves nothing broken.
    CODEC
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A keyed connection that closes under the codec lock.
struct Keyed(Option<Connection>);

impl std::ops::Deref for Keyed {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.0
            .as_ref()
            .expect("the connection is open until the store is dropped")
    }
}

impl std::ops::DerefMut for Keyed {
    fn deref_mut(&mut self) -> &mut Connection {
        self.0
            .as_mut()
            .expect("the connection is open until the store is dropped")
    }
}

impl Drop for Keyed {
    fn drop(&mut self) {
        let _codec = codec_lock();
        drop(self.0.take());
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Creates a new encrypted database at `path`; refuses if anything is there already.
    pub fn create(path: &Path, key: &Secret) -> Result<Store, StoreError> {
        if path.exists() {
            return Err(StoreError::AlreadyExists(path.to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Store::open_with(path, key, flags)
    }

    /// Opens an existing encrypted database and brings its schema up to date.
    pub fn open(path: &Path, key: &Secret) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Store::open_with(path, key, flags)
    }

    /// Opens the file and sets its key, under the codec lock; the first read tells whether
    /// the key is right.
    fn key(path: &Path, key: &Secret, flags: OpenFlags) -> Result<Keyed, StoreError> {
        #[allow(unused_mut)]
        let mut pragma = Zeroizing::new(format!("PRAGMA key = {};", raw_key(key)?.as_str()));
        #[cfg(feature = "test-support")]
        if PLAIN_FOR_BENCHMARKS.load(std::sync::atomic::Ordering::SeqCst) {
            // No key: SQLCipher then reads and writes plain SQLite.
            pragma = Zeroizing::new(String::new());
        }
        let _codec = codec_lock();
        // Setting a key writes nothing, so a refused set-up (the provider failed to start,
        // seen once under parallel tests) is tried again on a fresh connection.
        let mut attempts = 0;
        let conn = loop {
            attempts += 1;
            let conn = Connection::open_with_flags(path, flags)?;
            // SQLCipher logs failed HMAC checks to stderr; the user gets our error instead.
            conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
            match conn.execute_batch(&pragma) {
                Ok(()) => break conn,
                Err(e) if attempts >= 3 => return Err(StoreError::Keying(e)),
                Err(_) => continue,
            }
        };
        // PRAGMA key always succeeds; the first real read tells whether the key is right.
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        }) {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => StoreError::WrongKey(path.to_path_buf()),
                _ => StoreError::Sqlite(e),
            });
        }
        Ok(Keyed(Some(conn)))
    }

    /// Opens an existing encrypted database for reading only, as from a folder SC Desk may
    /// not write to: everything can be read; any change is refused as read-only.
    pub fn open_read_only(path: &Path, key: &Secret) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        // SQLite reads a WAL database only where it can make the shared-memory file, or
        // when told the file does not change (`immutable`): true of a folder nobody may
        // write to, once the last writer closed it cleanly (no log left to fold in).
        let log = path.with_extension("db-wal");
        let clean = std::fs::metadata(&log).map_or(true, |m| m.len() == 0);
        let encoded = path
            .to_string_lossy()
            .replace('%', "%25")
            .replace('?', "%3f")
            .replace('#', "%23");
        let uri = if clean {
            format!("file:{encoded}?immutable=1")
        } else {
            format!("file:{encoded}?mode=ro")
        };
        let mut store = Store::open_with(Path::new(&uri), key, flags).map_err(|e| match e {
            StoreError::WrongKey(_) => StoreError::WrongKey(path.to_path_buf()),
            other => other,
        })?;
        store.path = path.to_path_buf();
        Ok(store)
    }

    fn open_with(path: &Path, key: &Secret, flags: OpenFlags) -> Result<Store, StoreError> {
        let read_only = flags.contains(OpenFlags::SQLITE_OPEN_READ_ONLY);
        let conn = Store::key(path, key, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(64);
        // Plans that do not depend on the values bound: without this, SQLite re-prepares
        // a cached statement whenever a new value is bound to a parameter its planner
        // looked at (a third of an import's SQLite time, measured by `make bench`).
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        if !read_only {
            let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            debug_assert_eq!(mode.to_lowercase(), "wal");
        }
        // A page cache of up to 32 MiB (SQLite's default is 2 MiB): a fund's files are
        // tens of MiB, and a page missed is read and decrypted again (`make bench`'s
        // import of 10,000 files).
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;",
        )?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            batches: 0,
            audit_head: Default::default(),
        };
        if read_only {
            // A schema to bring up to date needs a write: refused below as read-only.
            if store.schema_version()? == SCHEMA_VERSION {
                return Ok(store);
            }
        }
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let current: u32 = cached_row(&self.conn, "PRAGMA user_version", [], |r| r.get(0))?;
        if current > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path: self.path.clone(),
                found: current,
                supported: SCHEMA_VERSION,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            if i + 1 == HASHED_FROM as usize {
                hash_dossier_versions(&tx)?;
            }
            tx.pragma_update(None, "user_version", (i + 1) as u32)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Writes a consistent copy of the whole database to the new file `path`, encrypted
    /// with `key` (SQLCipher's `sqlcipher_export` into an attached database, read as one
    /// snapshot), with the schema version.
    pub fn export_copy(&self, path: &Path, key: &Secret) -> Result<(), StoreError> {
        if path.exists() {
            return Err(StoreError::AlreadyExists(path.to_path_buf()));
        }
        let attach = Zeroizing::new(format!(
            "ATTACH DATABASE ?1 AS copy KEY {}",
            raw_key(key)?.as_str()
        ));
        let version = self.schema_version()?;
        // An empty file is a new database to SQLite; a connection opened without the
        // create flag could not attach one that does not exist.
        std::fs::File::create_new(path).map_err(|error| StoreError::Io {
            path: path.to_path_buf(),
            error,
        })?;
        let path_text = path.to_string_lossy();
        {
            let _codec = codec_lock();
            // Not through the statement cache: its text carries the raw key, which must not
            // outlive this call.
            self.conn.execute(&attach, [path_text.as_ref()])?;
        }
        let exported = cached_row(
            &self.conn,
            "SELECT sqlcipher_export('copy')",
            [],
            |_| Ok(()),
        )
        .and_then(|()| {
            self.conn
                .execute_batch(&format!("PRAGMA copy.user_version = {version};"))
        });
        let detached = {
            let _codec = codec_lock();
            self.conn.execute_batch("DETACH DATABASE copy")
        };
        exported?;
        detached?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        // (a read-only store is never migrated, so this can be older than SCHEMA_VERSION)
        Ok(cached_row(&self.conn, "PRAGMA user_version", [], |r| {
            r.get(0)
        })?)
    }

    /// Runs `f` in one transaction: all of it lands, or none of it.
    pub fn transaction<T>(
        &mut self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // IMMEDIATE takes the write lock at the start, so a second process waits (busy
        // timeout) instead of failing halfway when it upgrades a read to a write.
        if self.batches > 0 {
            // All of `f` or none of it, within the batch: a savepoint.
            // Cached: a batch opens and releases one per file.
            cached_exec(&self.conn, "SAVEPOINT one", [])?;
            let tx = Tx {
                tx: &self.conn,
                head: Some(&self.audit_head),
            };
            return match f(&tx) {
                Ok(out) => {
                    if let Err(e) = cached_exec(&self.conn, "RELEASE one", []) {
                        self.audit_head.take();
                        return Err(e.into());
                    }
                    Ok(out)
                }
                Err(e) => {
                    // What was written is rolled back, the head with it.
                    self.audit_head.take();
                    // The batch's earlier work stays; the rollback failing leaves the batch
                    // to fail at its commit.
                    let _ = self.conn.execute_batch("ROLLBACK TO one; RELEASE one");
                    Err(e)
                }
            };
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&Tx {
            tx: &tx,
            head: None,
        })?;
        tx.commit()?;
        Ok(out)
    }

    /// Opens a batch: one transaction in which each `transaction` is a savepoint, so each
    /// stays all-or-nothing and all of them land with one commit (one sync to the disk).
    /// The caller ends it with `commit_batch`, or `abort_batch` (also when unwinding).
    pub fn begin_batch(&mut self) -> Result<(), StoreError> {
        if self.batches == 0 {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.audit_head.take();
        }
        self.batches += 1;
        Ok(())
    }

    /// Lands the batch; `Err` when the commit fails, and then nothing of it was kept.
    pub fn commit_batch(&mut self) -> Result<(), StoreError> {
        match self.batches {
            0 => return Ok(()),
            1 => {
                self.batches = 0;
                self.audit_head.take();
            }
            _ => {
                self.batches -= 1;
                return Ok(());
            }
        }
        if let Err(e) = self.conn.execute_batch("COMMIT") {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(e.into());
        }
        Ok(())
    }

    /// Drops the batch, if one is open: nothing of it is kept.
    pub fn abort_batch(&mut self) {
        if self.batches > 0 {
            self.batches = 0;
            self.audit_head.take();
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT value FROM meta WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?)
    }

    pub fn profile_json(&self) -> Result<Option<String>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT json FROM profile WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
    }

    pub fn seats(&self) -> Result<Vec<Seat>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, constituency, name, organisation, role, term_start, term_end
             FROM seats ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut seats = Vec::new();
        for row in rows {
            let (id, constituency, name, organisation, role, start, end) = row?;
            let role = Role::parse(&role)
                .ok_or_else(|| StoreError::Corrupt(format!("seat {id} has role `{role}`")))?;
            seats.push(Seat {
                term_start: parse_field(&id, "term start", &start)?,
                term_end: parse_field(&id, "term end", &end)?,
                id,
                constituency,
                name,
                organisation,
                role,
            });
        }
        Ok(seats)
    }

    pub fn contributions(&self) -> Result<Vec<Contribution>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT contributor, amount, earmark_area, received_on FROM contributions ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<u32>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (contributor, amount, earmark_area, date) = row?;
            out.push(Contribution {
                amount: parse_field::<Decimal>(&contributor, "amount", &amount)?,
                date: parse_field(&contributor, "date", &date)?,
                contributor,
                earmark_area,
            });
        }
        Ok(out)
    }

    /// The newest version of every dossier, by reference.
    pub fn latest_dossiers(&self) -> Result<Vec<Dossier>, StoreError> {
        self.latest_dossiers_where("dossiers d", [])
    }

    /// The latest version of each dossier whose id is in `ids`, by reference.
    pub fn latest_dossiers_among(&self, ids: &[String]) -> Result<Vec<Dossier>, StoreError> {
        let wanted = serde_json::to_string(ids).expect("strings serialize");
        // Driven from the ids (CROSS JOIN keeps them the outer loop): a lookup each, not
        // a pass over every dossier held.
        self.latest_dossiers_where(
            "json_each(?1) AS w CROSS JOIN dossiers d ON d.id = w.value",
            [wanted],
        )
    }

    /// The latest version of each dossier of `from` (a FROM clause naming them `d`).
    fn latest_dossiers_where<P: rusqlite::Params>(
        &self,
        from: &str,
        params: P,
    ) -> Result<Vec<Dossier>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.id, d.json FROM {from}
             WHERE d.version = (SELECT max(version) FROM dossiers WHERE id = d.id)
             ORDER BY d.reference"
        ))?;
        // Parsed where SQLite holds the text, without a copy of it.
        let rows = stmt.query_map(params, |r| {
            let parsed = serde_json::from_str::<Dossier>(r.get_ref(1)?.as_str()?);
            Ok((r.get::<_, String>(0)?, parsed))
        })?;
        rows.map(|row| {
            let (id, parsed) = row?;
            parsed.map_err(|e| StoreError::Corrupt(format!("dossier {id}: {e}")))
        })
        .collect()
    }

    /// Whether this store was opened read-only (`open_read_only`): a write would be refused.
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
    }

    /// Whether the stored dossier heads carry `stamp` (the rules and fund profile they were
    /// worked out by, as the Desk names them).
    pub fn heads_current(&self, stamp: &str) -> Result<bool, StoreError> {
        Ok(self.meta(HEADS_STAMP_KEY)?.as_deref() == Some(stamp))
    }

    /// The stored heads of the dossiers whose ids are in `ids` (those without one are
    /// left out), by reference.
    pub fn dossier_heads_among(&self, ids: &[String]) -> Result<Vec<DossierHead>, StoreError> {
        let wanted = serde_json::to_string(ids).expect("strings serialize");
        self.dossier_heads_where(
            "json_each(?1) AS w CROSS JOIN dossier_heads h ON h.id = w.value",
            [wanted],
        )
    }

    /// Every stored dossier head, by reference.
    pub fn dossier_heads(&self) -> Result<Vec<DossierHead>, StoreError> {
        self.dossier_heads_where("dossier_heads h", [])
    }

    fn dossier_heads_where<P: rusqlite::Params>(
        &self,
        from: &str,
        params: P,
    ) -> Result<Vec<DossierHead>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT h.id, h.head FROM {from}"))?;
        let rows = stmt.query_map(params, |r| {
            let parsed = serde_json::from_str::<DossierHead>(r.get_ref(1)?.as_str()?);
            Ok((r.get::<_, String>(0)?, parsed))
        })?;
        let mut heads = rows
            .map(|row| {
                let (id, parsed) = row?;
                parsed.map_err(|e| StoreError::Corrupt(format!("dossier head {id}: {e}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        heads.sort_by(|a, b| a.reference.cmp(&b.reference));
        Ok(heads)
    }

    /// One meeting, read without the others.
    pub fn meeting(&self, id: &str) -> Result<Option<Meeting>, StoreError> {
        let json: Option<String> = cached_row(
            &self.conn,
            "SELECT json FROM meetings WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|e| StoreError::Corrupt(format!("meeting {id}: {e}")))
        })
        .transpose()
    }

    pub fn meetings(&self) -> Result<Vec<Meeting>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, json FROM meetings ORDER BY starts_at")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (id, json) = row?;
            serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("meeting {id}: {e}")))
        })
        .collect()
    }
}

/// (public key hex, private seed when kept in the database).
pub type StoredIdentity = (String, Option<Vec<u8>>);

/// An allocation as stored: amounts and the source as the text the store keeps (the
/// ledger reads them, and names any it cannot).
#[derive(Debug, Clone)]
pub struct StoredAllocation {
    pub meeting: String,
    pub item: u32,
    pub dossier: String,
    pub area: u32,
    /// The source as JSON (`{"kind":"pool"}`).
    pub source: String,
    pub amount: String,
    pub transferred: String,
}

/// One stored position file.
#[derive(Debug, Clone)]
pub struct StoredPosition {
    pub envelope: String,
    pub seat: String,
    pub sequence: u64,
    pub json: String,
    /// The key id of the key that signed it.
    pub signer: String,
}

impl Store {
    /// The public key, and the private seed for passphrase workspaces.
    pub fn identity(&self) -> Result<Option<StoredIdentity>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT public_key, seed FROM identity WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
    }

    pub fn has_envelope(&self, hash: &str) -> Result<bool, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT 1 FROM envelopes WHERE hash = ?1",
            [hash],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
    }

    pub fn envelope_bytes(&self, hash: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT bytes FROM envelopes WHERE hash = ?1",
            [hash],
            |r| r.get(0),
        )
        .optional()?)
    }

    /// Every roster version held, oldest first, as JSON.
    pub fn rosters_json(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT json FROM rosters ORDER BY version")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every dossier version held, as (id, version, its hash): the hash kept when it was
    /// stored, or, in a workspace of an older schema opened read-only, worked out again.
    pub fn dossier_version_hashes(&self) -> Result<Vec<(String, u32, String)>, StoreError> {
        if self.schema_version()? < HASHED_FROM {
            return self
                .all_dossier_versions()?
                .into_iter()
                .map(|(id, version, json)| Ok((id, version, hash_of_stored(&json)?)))
                .collect();
        }
        let rows: Vec<(String, u32, Option<String>)> = {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT id, version, hash FROM dossiers ORDER BY id, version")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut out = Vec::with_capacity(rows.len());
        for (id, version, hash) in rows {
            let hash = match hash {
                Some(hash) => hash,
                None => hash_of_stored(&cached_row(
                    &self.conn,
                    "SELECT json FROM dossiers WHERE id = ?1 AND version = ?2",
                    params![id, version],
                    |r| r.get::<_, String>(0),
                )?)?,
            };
            out.push((id, version, hash));
        }
        Ok(out)
    }

    /// The dossier whose reference is `reference`, compared without regard to ASCII case
    /// (as lists show references: MMPTF-JP-2023-02): the first by id, then version.
    pub fn dossier_with_reference(&self, reference: &str) -> Result<Option<String>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT id FROM dossiers WHERE reference = ?1 COLLATE NOCASE
             ORDER BY id, version LIMIT 1",
            [reference],
            |r| r.get(0),
        )
        .optional()?)
    }

    /// Every dossier version held, as (id, version, JSON).
    pub fn all_dossier_versions(&self) -> Result<Vec<(String, u32, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, version, json FROM dossiers ORDER BY id, version")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn meeting_revision(&self, id: &str) -> Result<Option<u32>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT revision FROM meetings WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?)
    }

    pub fn dossier_json(&self, id: &str, version: u32) -> Result<Option<String>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT json FROM dossiers WHERE id = ?1 AND version = ?2",
            params![id, version],
            |r| r.get(0),
        )
        .optional()?)
    }

    /// Every position file held for a meeting, by seat then sequence.
    pub fn positions(&self, meeting: &str) -> Result<Vec<StoredPosition>, StoreError> {
        self.positions_where("", params![meeting])
    }

    /// The position files held for one seat of a meeting.
    pub fn positions_of_seat(
        &self,
        meeting: &str,
        seat: &str,
    ) -> Result<Vec<StoredPosition>, StoreError> {
        self.positions_where("AND p.seat = ?2", params![meeting, seat])
    }

    /// The position files of meeting `?1` that `also` (more of the WHERE clause) keeps.
    fn positions_where(
        &self,
        also: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<StoredPosition>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT p.envelope, p.seat, p.sequence, p.json, e.signer
             FROM positions p JOIN envelopes e ON e.hash = p.envelope
             WHERE p.meeting = ?1 {also} ORDER BY p.seat, p.sequence, p.envelope"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok(StoredPosition {
                envelope: r.get(0)?,
                seat: r.get(1)?,
                // Sequences above i64::MAX are refused when parsed (`sync::MAX_SEQUENCE`).
                sequence: u64::try_from(r.get::<_, i64>(2)?).unwrap_or_default(),
                json: r.get(3)?,
                signer: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The drafts of the member's positions for a meeting: (item, stance, reason).
    pub fn drafts(&self, meeting: &str) -> Result<Vec<(u32, String, Option<String>)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT item, stance, reason FROM position_drafts WHERE meeting = ?1 ORDER BY item",
        )?;
        let rows = stmt.query_map([meeting], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every version of one dossier, oldest first, as JSON.
    pub fn dossier_versions(&self, id: &str) -> Result<Vec<(u32, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT version, json FROM dossiers WHERE id = ?1 ORDER BY version")?;
        let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The versions of each dossier the member marked reviewed: dossier → versions.
    pub fn reviewed(&self) -> Result<Vec<(String, u32, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT dossier, version, reviewed_at FROM reviews ORDER BY dossier, version",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn note(&self, dossier: &str) -> Result<Option<(String, String)>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT text, updated_at FROM notes WHERE dossier = ?1",
            [dossier],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
    }

    pub fn dossiers_with_notes(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT dossier FROM notes WHERE text <> ''")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Questions flagged for the meeting: (id, dossier, text, created_at).
    pub fn questions(&self) -> Result<Vec<(i64, String, String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, dossier, text, created_at FROM questions ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Declared conflicts of interest: (dossier, reason, declared_at).
    pub fn conflicts(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT dossier, reason, declared_at FROM conflicts ORDER BY dossier",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Documents of one dossier version: (name, media type, sha256, size).
    pub fn documents(
        &self,
        dossier: &str,
        version: u32,
    ) -> Result<Vec<(String, String, String, i64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, media_type, sha256, length(content) FROM documents
             WHERE dossier = ?1 AND version <= ?2 ORDER BY name",
        )?;
        let rows = stmt.query_map(params![dossier, version], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn document(
        &self,
        dossier: &str,
        name: &str,
    ) -> Result<Option<(String, String, Vec<u8>)>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT media_type, sha256, content FROM documents
                 WHERE dossier = ?1 AND name = ?2 ORDER BY version DESC LIMIT 1",
            params![dossier, name],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
    }

    /// Dossier ids whose title, summary, FMU review or the member's note match `query`
    /// (an FTS5 expression), best match first.
    pub fn search(&self, query: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT dossier FROM search WHERE search MATCH ?1 ORDER BY rank")?;
        let rows = stmt.query_map([query], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The best `limit` matches of `query`, best first, and how many dossiers match in
    /// all: what a page of search results needs, without ranking every match's id out.
    pub fn search_page(
        &self,
        query: &str,
        limit: usize,
    ) -> Result<(Vec<String>, usize), StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare_cached(
            "SELECT dossier FROM search WHERE search MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![query, limit], |r| r.get(0))?;
        let best = rows.collect::<Result<_, _>>()?;
        let total: i64 = cached_row(
            &self.conn,
            "SELECT count(*) FROM search WHERE search MATCH ?1",
            [query],
            |r| r.get(0),
        )?;
        Ok((best, usize::try_from(total).unwrap_or_default()))
    }

    /// (meeting, item, json, envelope) of recorded decisions for a meeting.
    pub fn item_decisions(
        &self,
        meeting: &str,
    ) -> Result<Vec<(u32, String, Option<String>)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT item, json, envelope FROM item_decisions WHERE meeting = ?1 ORDER BY item",
        )?;
        let rows = stmt.query_map([meeting], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every allocation, by meeting and item.
    pub fn allocations(&self) -> Result<Vec<StoredAllocation>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT meeting, item, dossier, area, source, amount, transferred FROM allocations
             ORDER BY meeting, item",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(StoredAllocation {
                meeting: r.get(0)?,
                item: r.get(1)?,
                dossier: r.get(2)?,
                area: r.get(3)?,
                source: r.get(4)?,
                amount: r.get(5)?,
                transferred: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Committed amounts by contribution order (NULL: the same as deposited).
    pub fn contribution_commitments(&self) -> Result<Vec<Option<String>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT committed FROM contributions ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn attendance(&self, meeting: &str) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seat, status FROM attendance WHERE meeting = ?1 ORDER BY seat",
        )?;
        let rows = stmt.query_map([meeting], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn written_procedure(&self, meeting: &str) -> Result<Option<(String, String)>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT opened_at, deadline FROM written_procedures WHERE meeting = ?1",
            [meeting],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
    }

    /// The hash of audit entry `seq`, if the chain holds it.
    pub fn audit_hash(&self, seq: i64) -> Result<Option<String>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT hash FROM audit WHERE seq = ?1",
            [seq],
            |r| r.get(0),
        )
        .optional()?)
    }

    /// The audit chain's last link: (seq, hash), or None while it is empty.
    pub fn audit_head(&self) -> Result<Option<(i64, String)>, StoreError> {
        Ok(last_link(&self.conn)?)
    }

    /// The audit log in order: (seq, at, actor, action, details, prev, hash).
    #[allow(clippy::type_complexity)]
    pub fn audit_log(
        &self,
    ) -> Result<Vec<(i64, String, String, String, String, String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, at, actor, action, details, prev, hash FROM audit ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The decision files held for a meeting, as JSON payloads.
    pub fn decision_files(&self, meeting: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT json FROM decisions WHERE meeting = ?1")?;
        let rows = stmt.query_map([meeting], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// (envelope hash, json) of the decision files held for a meeting.
    pub fn decision_envelopes(&self, meeting: &str) -> Result<Vec<(String, String)>, StoreError> {
        Ok(self
            .decision_files_signed(meeting)?
            .into_iter()
            .map(|(h, j, _)| (h, j))
            .collect())
    }

    /// (hash, json, signer key id) of every decision file held for a meeting.
    pub fn decision_files_signed(
        &self,
        meeting: &str,
    ) -> Result<Vec<(String, String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.envelope, d.json, e.signer FROM decisions d
             JOIN envelopes e ON e.hash = d.envelope WHERE d.meeting = ?1 ORDER BY d.envelope",
        )?;
        let rows = stmt.query_map([meeting], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn meeting_envelope(&self, meeting: &str) -> Result<Option<String>, StoreError> {
        Ok(cached_row(
            &self.conn,
            "SELECT envelope FROM meetings WHERE id = ?1",
            [meeting],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
    }

    /// For tests of tamper detection only (the `test-support` feature): runs raw SQL on
    /// the open database.
    #[cfg(any(test, feature = "test-support"))]
    pub fn tamper_for_tests(&self, sql: &str) -> Result<(), StoreError> {
        self.conn.execute_batch(sql)?;
        Ok(())
    }

    /// Hashes of every stored envelope with its kind and origin, sorted (for audits and tests).
    pub fn envelope_index(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT hash, kind, origin FROM envelopes ORDER BY hash")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn parse_field<T: std::str::FromStr>(owner: &str, what: &str, text: &str) -> Result<T, StoreError>
where
    T::Err: std::fmt::Display,
{
    text.parse()
        .map_err(|e| StoreError::Corrupt(format!("{owner}'s {what} `{text}`: {e}")))
}

/// Writes inside one transaction.
pub struct Tx<'a> {
    tx: &'a rusqlite::Connection,
    /// The batch's audit head, when in a batch.
    head: Option<&'a std::cell::RefCell<Option<(i64, String)>>>,
}

impl Tx<'_> {
    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn set_profile_json(&self, json: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO profile (id, json) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET json = excluded.json",
            [json],
        )?;
        Ok(())
    }

    pub fn insert_seat(&self, seat: &Seat) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO seats (id, constituency, name, organisation, role, term_start, term_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                seat.id,
                seat.constituency,
                seat.name,
                seat.organisation,
                seat.role.as_str(),
                seat.term_start.to_string(),
                seat.term_end.to_string()
            ],
        )?;
        Ok(())
    }

    pub fn insert_contribution(&self, c: &Contribution) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO contributions (contributor, amount, earmark_area, received_on)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                c.contributor,
                c.amount.to_string(),
                c.earmark_area,
                c.date.to_string()
            ],
        )?;
        Ok(())
    }

    /// Makes the search index hold the newest version of a dossier and its note.
    pub fn refresh_search(&self, dossier: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT OR IGNORE INTO search_rows (dossier) VALUES (?1)",
            [dossier],
        )?;
        let row: i64 = cached_row(
            self.tx,
            "SELECT row FROM search_rows WHERE dossier = ?1",
            [dossier],
            |r| r.get(0),
        )?;
        cached_exec(self.tx, "DELETE FROM search WHERE rowid = ?1", [row])?;
        cached_exec(
            self.tx,
            "INSERT INTO search (rowid, dossier, title, summary, review, notes)
             SELECT ?2, d.id, json_extract(d.json, '$.title'), json_extract(d.json, '$.summary'),
                    json_extract(d.json, '$.review.summary'),
                    coalesce((SELECT text FROM notes WHERE dossier = d.id), '')
             FROM dossiers d WHERE d.id = ?1
             ORDER BY d.version DESC LIMIT 1",
            params![dossier, row],
        )?;
        Ok(())
    }

    /// Appends an entry to the hash-chained audit log.
    pub fn audit(
        &self,
        actor: &str,
        action: &str,
        details: &serde_json::Value,
    ) -> Result<(), StoreError> {
        let known = self.head.and_then(|h| h.borrow().clone());
        let last = match known {
            Some(head) => Some(head),
            None => last_link(self.tx)?,
        };
        let (seq, prev) = match last {
            Some((seq, hash)) => (seq + 1, hash),
            None => (1, crate::chain::GENESIS.to_string()),
        };
        let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let details = crate::sync::canonical_json(details);
        let hash = crate::chain::link_hash(seq, &at, actor, action, &details, &prev);
        cached_exec(self.tx,
            "INSERT INTO audit (seq, at, actor, action, details, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![seq, at, actor, action, details, prev, hash],
        )?;
        if let Some(head) = self.head {
            *head.borrow_mut() = Some((seq, hash));
        }
        Ok(())
    }

    pub fn set_attendance(
        &self,
        meeting: &str,
        seat: &str,
        status: &str,
    ) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO attendance (meeting, seat, status) VALUES (?1, ?2, ?3)
             ON CONFLICT (meeting, seat) DO UPDATE SET status = excluded.status",
            params![meeting, seat, status],
        )?;
        Ok(())
    }

    pub fn open_written_procedure(
        &self,
        meeting: &str,
        opened_at: &str,
        deadline: &str,
    ) -> Result<(), StoreError> {
        cached_exec(self.tx,
            "INSERT OR REPLACE INTO written_procedures (meeting, opened_at, deadline) VALUES (?1, ?2, ?3)",
            params![meeting, opened_at, deadline],
        )?;
        Ok(())
    }

    /// Records a decision on an item (replacing an earlier one) and its allocation.
    #[allow(clippy::too_many_arguments)]
    pub fn put_decision(
        &self,
        meeting: &str,
        item: u32,
        json: &str,
        envelope: Option<&str>,
        allocation: Option<(&str, u32, &str, &str)>,
    ) -> Result<(), StoreError> {
        cached_exec(self.tx,
            "INSERT INTO item_decisions (meeting, item, json, recorded_at, envelope) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (meeting, item) DO UPDATE SET json = excluded.json,
               recorded_at = excluded.recorded_at, envelope = excluded.envelope",
            params![meeting, item, json, chrono::Utc::now().to_rfc3339(), envelope],
        )?;
        // The transfers recorded against the item's allocation stay with it.
        let transferred: Option<String> = cached_row(
            self.tx,
            "SELECT transferred FROM allocations WHERE meeting = ?1 AND item = ?2",
            params![meeting, item],
            |r| r.get(0),
        )
        .optional()?;
        cached_exec(
            self.tx,
            "DELETE FROM allocations WHERE meeting = ?1 AND item = ?2",
            params![meeting, item],
        )?;
        if let Some((dossier, area, source, amount)) = allocation {
            cached_exec(self.tx,
                "INSERT INTO allocations (meeting, item, dossier, area, source, amount, transferred) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![meeting, item, dossier, area, source, amount, transferred.unwrap_or_else(|| "0".into())],
            )?;
        }
        Ok(())
    }

    /// Removes the decision on an item and its allocation.
    pub fn remove_decision(&self, meeting: &str, item: u32) -> Result<(), StoreError> {
        for table in ["item_decisions", "allocations"] {
            cached_exec(
                self.tx,
                &format!("DELETE FROM {table} WHERE meeting = ?1 AND item = ?2"),
                params![meeting, item],
            )?;
        }
        Ok(())
    }

    pub fn set_transferred(&self, meeting: &str, item: u32, total: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "UPDATE allocations SET transferred = ?3 WHERE meeting = ?1 AND item = ?2",
            params![meeting, item, total],
        )?;
        Ok(())
    }

    pub fn mark_decisions_exported(&self, meeting: &str, envelope: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "UPDATE item_decisions SET envelope = ?2 WHERE meeting = ?1",
            params![meeting, envelope],
        )?;
        Ok(())
    }

    pub fn mark_reviewed(&self, dossier: &str, version: u32, at: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT OR REPLACE INTO reviews (dossier, version, reviewed_at) VALUES (?1, ?2, ?3)",
            params![dossier, version, at],
        )?;
        Ok(())
    }

    pub fn unmark_reviewed(&self, dossier: &str, version: u32) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "DELETE FROM reviews WHERE dossier = ?1 AND version = ?2",
            params![dossier, version],
        )?;
        Ok(())
    }

    pub fn set_note(&self, dossier: &str, text: &str, at: &str) -> Result<(), StoreError> {
        cached_exec(self.tx,
            "INSERT INTO notes (dossier, text, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (dossier) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            params![dossier, text, at],
        )?;
        self.refresh_search(dossier)
    }

    pub fn add_question(&self, dossier: &str, text: &str, at: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO questions (dossier, text, created_at) VALUES (?1, ?2, ?3)",
            params![dossier, text, at],
        )?;
        Ok(())
    }

    pub fn remove_question(&self, id: i64) -> Result<(), StoreError> {
        cached_exec(self.tx, "DELETE FROM questions WHERE id = ?1", [id])?;
        Ok(())
    }

    pub fn declare_conflict(
        &self,
        dossier: &str,
        reason: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        cached_exec(self.tx,
            "INSERT INTO conflicts (dossier, reason, declared_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (dossier) DO UPDATE SET reason = excluded.reason, declared_at = excluded.declared_at",
            params![dossier, reason, at],
        )?;
        Ok(())
    }

    pub fn withdraw_conflict(&self, dossier: &str) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "DELETE FROM conflicts WHERE dossier = ?1",
            [dossier],
        )?;
        Ok(())
    }

    /// Replaces every contribution held with a statement's (deposited, committed).
    pub fn replace_contributions(
        &self,
        lines: &[(crate::fund::Contribution, rust_decimal::Decimal)],
    ) -> Result<(), StoreError> {
        cached_exec(self.tx, "DELETE FROM contributions", [])?;
        for (c, committed) in lines {
            self.insert_contribution_committed(c, Some(&committed.to_string()))?;
        }
        Ok(())
    }

    pub fn insert_contribution_committed(
        &self,
        c: &Contribution,
        committed: Option<&str>,
    ) -> Result<(), StoreError> {
        self.insert_contribution(c)?;
        cached_exec(
            self.tx,
            "UPDATE contributions SET committed = ?1 WHERE id = last_insert_rowid()",
            params![committed],
        )?;
        Ok(())
    }

    /// Puts `heads` in place of every stored dossier head, stamped with `stamp`.
    pub fn replace_dossier_heads(
        &self,
        heads: &[DossierHead],
        stamp: &str,
    ) -> Result<(), StoreError> {
        cached_exec(self.tx, "DELETE FROM dossier_heads", [])?;
        for head in heads {
            self.put_dossier_head(head)?;
        }
        self.set_meta(HEADS_STAMP_KEY, stamp)
    }

    /// Keeps `head` unless a newer version's is stored.
    pub fn put_dossier_head(&self, head: &DossierHead) -> Result<(), StoreError> {
        let json = serde_json::to_string(head).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        cached_exec(
            self.tx,
            "INSERT INTO dossier_heads (id, version, head) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET version = excluded.version, head = excluded.head
             WHERE excluded.version >= dossier_heads.version",
            params![head.id, head.version, json],
        )?;
        Ok(())
    }

    /// Stores a dossier's version, its search entry and its head (what the list shows).
    pub fn insert_dossier(&self, d: &Dossier, head: &DossierHead) -> Result<(), StoreError> {
        let json = serde_json::to_string(d).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let status = serde_json::to_value(d.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        // The hash of the JSON as stored, read back: what the workspace trusted before it
        // kept hashes, exactly.
        let hash = hash_of_stored(&json)?;
        cached_exec(
            self.tx,
            "INSERT INTO dossiers (id, version, reference, title, area, status, json, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                d.id,
                d.version,
                d.reference,
                d.title,
                d.area,
                status,
                json,
                hash
            ],
        )?;
        self.put_dossier_head(head)?;
        self.refresh_search(&d.id)
    }

    pub fn insert_meeting(&self, m: &Meeting) -> Result<(), StoreError> {
        self.put_meeting(m, 0, None)
    }

    /// Inserts or replaces a meeting with its revision and the file it came in.
    pub fn put_meeting(
        &self,
        m: &Meeting,
        revision: u32,
        envelope: Option<&str>,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(m).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        cached_exec(self.tx,
            "INSERT INTO meetings (id, starts_at, json, revision, envelope) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET starts_at = excluded.starts_at, json = excluded.json,
               revision = excluded.revision, envelope = excluded.envelope",
            params![m.id, m.starts_at.to_rfc3339(), json, revision, envelope],
        )?;
        Ok(())
    }

    pub fn set_identity(&self, public_key: &str, seed: Option<&[u8]>) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO identity (id, public_key, seed) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key, seed = excluded.seed",
            params![public_key, seed],
        )?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn insert_envelope(
        &self,
        hash: &str,
        kind: &str,
        signer: &str,
        seat: Option<&str>,
        bytes: &[u8],
        origin: &str,
    ) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO envelopes (hash, kind, signer, seat, bytes, received_at, origin)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                hash,
                kind,
                signer,
                seat,
                bytes,
                chrono::Utc::now().to_rfc3339(),
                origin
            ],
        )?;
        Ok(())
    }

    /// Records a roster version and makes its seats the current roster.
    pub fn put_roster(
        &self,
        version: u64,
        envelope: &str,
        json: &str,
        seats: &[(Seat, String)],
    ) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO rosters (version, envelope, json) VALUES (?1, ?2, ?3)",
            params![version as i64, envelope, json],
        )?;
        cached_exec(self.tx, "DELETE FROM seats", [])?;
        for (seat, key) in seats {
            self.insert_seat(seat)?;
            cached_exec(
                self.tx,
                "UPDATE seats SET public_key = ?2 WHERE id = ?1",
                params![seat.id, key],
            )?;
        }
        Ok(())
    }

    pub fn insert_dossier_from(
        &self,
        d: &Dossier,
        head: &DossierHead,
        envelope: &str,
    ) -> Result<(), StoreError> {
        self.insert_dossier(d, head)?;
        cached_exec(
            self.tx,
            "UPDATE dossiers SET envelope = ?3 WHERE id = ?1 AND version = ?2",
            params![d.id, d.version, envelope],
        )?;
        Ok(())
    }

    pub fn insert_document(
        &self,
        dossier: &str,
        version: u32,
        name: &str,
        media_type: &str,
        sha256: &str,
        content: &[u8],
    ) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT OR IGNORE INTO documents (dossier, version, name, media_type, sha256, content)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![dossier, version, name, media_type, sha256, content],
        )?;
        Ok(())
    }

    pub fn insert_position(
        &self,
        envelope: &str,
        meeting: &str,
        seat: &str,
        sequence: u64,
        signed_at: &str,
        json: &str,
    ) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO positions (envelope, meeting, seat, sequence, signed_at, json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![envelope, meeting, seat, sequence as i64, signed_at, json],
        )?;
        Ok(())
    }

    pub fn insert_decision(
        &self,
        envelope: &str,
        meeting: &str,
        json: &str,
    ) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO decisions (envelope, meeting, json) VALUES (?1, ?2, ?3)",
            params![envelope, meeting, json],
        )?;
        Ok(())
    }

    pub fn insert_enrolment(
        &self,
        envelope: &str,
        keyid: &str,
        json: &str,
    ) -> Result<(), StoreError> {
        cached_exec(
            self.tx,
            "INSERT INTO enrolments (envelope, keyid, json) VALUES (?1, ?2, ?3)",
            params![envelope, keyid, json],
        )?;
        Ok(())
    }

    /// Forgets every draft position (in the demo, when another seat is tried: drafts
    /// belong to the seat that made them).
    pub fn clear_drafts(&self) -> Result<(), StoreError> {
        cached_exec(self.tx, "DELETE FROM position_drafts", [])?;
        Ok(())
    }

    pub fn set_draft(
        &self,
        meeting: &str,
        item: u32,
        stance: &str,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        cached_exec(self.tx,
            "INSERT INTO position_drafts (meeting, item, stance, reason) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (meeting, item) DO UPDATE SET stance = excluded.stance, reason = excluded.reason",
            params![meeting, item, stance, reason],
        )?;
        Ok(())
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(cached_row(
            self.tx,
            "SELECT value FROM meta WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?)
    }
}

/// A stored dossier version's hash (`sync::dossier_hash` of its JSON, read back).
fn hash_of_stored(json: &str) -> Result<String, StoreError> {
    let d: Dossier = serde_json::from_str(json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(crate::sync::dossier_hash(&d))
}

/// Gives every dossier version held without a hash its hash (the migration to
/// `HASHED_FROM`).
fn hash_dossier_versions(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    let rows: Vec<(String, u32, String)> = {
        let mut stmt = tx.prepare("SELECT id, version, json FROM dossiers WHERE hash IS NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (id, version, json) in rows {
        tx.execute(
            "UPDATE dossiers SET hash = ?3 WHERE id = ?1 AND version = ?2",
            params![id, version, hash_of_stored(&json)?],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_store_is_migrated_and_reopens_with_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let key = Secret::random(32);
        {
            let mut store = Store::create(&path, &key).unwrap();
            assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
            store
                .transaction(|tx| tx.set_meta("marker", "hello"))
                .unwrap();
        }
        let store = Store::open(&path, &key).unwrap();
        assert_eq!(store.meta("marker").unwrap().as_deref(), Some("hello"));
    }

    #[test]
    fn a_batch_keeps_each_transaction_whole_and_lands_at_its_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let key = Secret::random(32);
        let mut store = Store::create(&path, &key).unwrap();
        store.begin_batch().unwrap();
        store.transaction(|tx| tx.set_meta("first", "1")).unwrap();
        // A transaction that fails halfway leaves nothing, and the batch goes on.
        let failed = store.transaction(|tx| {
            tx.set_meta("second", "2")?;
            Err::<(), _>(StoreError::Corrupt("refused halfway".into()))
        });
        assert!(failed.is_err());
        store.transaction(|tx| tx.set_meta("third", "3")).unwrap();
        // Nothing is visible to another reader before the commit.
        let reader = Store::open(&path, &key).unwrap();
        assert_eq!(reader.meta("first").unwrap(), None);
        store.commit_batch().unwrap();
        assert_eq!(reader.meta("first").unwrap().as_deref(), Some("1"));
        assert_eq!(reader.meta("second").unwrap(), None);
        assert_eq!(reader.meta("third").unwrap().as_deref(), Some("3"));
        // An aborted batch keeps nothing; the store then writes as before.
        store.begin_batch().unwrap();
        store.transaction(|tx| tx.set_meta("fourth", "4")).unwrap();
        store.abort_batch();
        assert_eq!(reader.meta("fourth").unwrap(), None);
        store.transaction(|tx| tx.set_meta("fifth", "5")).unwrap();
        assert_eq!(reader.meta("fifth").unwrap().as_deref(), Some("5"));
    }

    #[test]
    fn workspaces_open_and_close_in_parallel_threads() {
        let dir = tempfile::tempdir().unwrap();
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let root = dir.path().to_path_buf();
                std::thread::spawn(move || {
                    for i in 0..15 {
                        let path = root.join(format!("{t}-{i}.db"));
                        let key = Secret::random(32);
                        drop(Store::create(&path, &key).unwrap());
                        let store = Store::open(&path, &key).unwrap();
                        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
    }

    #[test]
    fn an_exported_copy_opens_with_its_own_key_and_holds_everything() {
        let dir = tempfile::tempdir().unwrap();
        let key = Secret::random(32);
        let path = dir.path().join("t.db");
        Store::create(&path, &key)
            .unwrap()
            .transaction(|tx| tx.set_meta("minutes", "approved"))
            .unwrap();
        // Opened as a workspace is opened: without the flag that creates files.
        let store = Store::open(&path, &key).unwrap();
        let copy_key = Secret::random(32);
        let copy = dir.path().join("copy.db");
        store.export_copy(&copy, &copy_key).unwrap();
        assert!(matches!(
            store.export_copy(&copy, &copy_key),
            Err(StoreError::AlreadyExists(_))
        ));
        assert!(matches!(
            Store::open(&copy, &key),
            Err(StoreError::WrongKey(_))
        ));
        let opened = Store::open(&copy, &copy_key).unwrap();
        assert_eq!(opened.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(opened.meta("minutes").unwrap().as_deref(), Some("approved"));
    }

    #[test]
    fn a_wrong_key_is_refused_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        Store::create(&path, &Secret::random(32)).unwrap();
        let err = Store::open(&path, &Secret::random(32)).unwrap_err();
        assert!(matches!(err, StoreError::WrongKey(_)), "{err:?}");
    }

    #[test]
    fn a_store_opened_read_only_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let key = Secret::random(32);
        assert!(!Store::create(&path, &key).unwrap().is_read_only());
        assert!(!Store::open(&path, &key).unwrap().is_read_only());
        assert!(Store::open_read_only(&path, &key).unwrap().is_read_only());
    }

    #[test]
    fn never_creates_over_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        std::fs::write(&path, b"something").unwrap();
        let err = Store::create(&path, &Secret::random(32)).unwrap_err();
        assert!(matches!(err, StoreError::AlreadyExists(_)));
        assert_eq!(std::fs::read(&path).unwrap(), b"something");
    }

    #[test]
    fn a_failed_transaction_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.db"), &Secret::random(32)).unwrap();
        let result: Result<(), StoreError> = store.transaction(|tx| {
            tx.set_meta("a", "1")?;
            Err(StoreError::Corrupt("stop".into()))
        });
        assert!(result.is_err());
        assert_eq!(store.meta("a").unwrap(), None);
    }

    #[test]
    fn a_batch_chains_its_audit_entries_past_a_file_that_failed() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.db"), &Secret::random(32)).unwrap();
        let entry = |store: &mut Store, n: u32, fail: bool| {
            store.transaction(|tx| {
                tx.audit("me", "imported position", &serde_json::json!({ "n": n }))?;
                match fail {
                    true => Err(StoreError::Corrupt("stop".into())),
                    false => Ok(()),
                }
            })
        };
        entry(&mut store, 0, false).unwrap();
        store.begin_batch().unwrap();
        entry(&mut store, 1, false).unwrap();
        assert!(entry(&mut store, 2, true).is_err());
        entry(&mut store, 3, false).unwrap();
        store.commit_batch().unwrap();
        entry(&mut store, 4, false).unwrap();
        let log = store.audit_log().unwrap();
        let details: Vec<&str> = log.iter().map(|l| l.4.as_str()).collect();
        assert_eq!(
            details,
            [r#"{"n":0}"#, r#"{"n":1}"#, r#"{"n":3}"#, r#"{"n":4}"#]
        );
        let mut prev = crate::chain::GENESIS.to_string();
        for (n, (seq, at, actor, action, details, p, hash)) in log.iter().enumerate() {
            assert_eq!(*seq, n as i64 + 1, "no gap where the failed entry was");
            assert_eq!(p, &prev);
            assert_eq!(
                hash,
                &crate::chain::link_hash(*seq, at, actor, action, details, p)
            );
            prev = hash.clone();
        }
    }
}
