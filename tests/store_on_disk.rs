use crate::util::contains_bytes;
use scdesk::desk::{Content, CreateOptions, Desk, Unlock};
use scdesk::keyring::MemoryKeyring;
use scdesk::workspace;

/// Words that the demo writes into the database and that plaintext would show.
const MARKERS: &[&[u8]] = &[b"SQLite format 3", b"Esmeraldas", b"GERMANY", b"19569912"];

#[test]
fn the_database_and_its_wal_are_not_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = MemoryKeyring::default();
    let options = CreateOptions {
        content: Content::Demo,
        ..CreateOptions::default()
    };
    let mut desk = Desk::create(dir.path(), Unlock::Keyring(&keyring), options).unwrap();
    // A creation lands whole, its log folded in; a change after it goes to the
    // write-ahead log, which the desk keeps while it is open.
    desk.set_note(
        "jp-ecuador-mobility-data",
        "Esmeraldas: ask GERMANY about the 19569912 figure",
    )
    .unwrap();
    assert!(desk
        .dossiers()
        .unwrap()
        .iter()
        .any(|d| d.id == "jp-ecuador-mobility-data"));
    let db_path = workspace::database_path(dir.path());
    let wal_path = db_path.with_extension("db-wal");
    let db = std::fs::read(&db_path).unwrap();
    let wal = std::fs::read(&wal_path).unwrap();
    assert!(db.len() >= 4096, "the database has content");
    assert!(wal.len() > 4096, "the WAL has content to check");
    for marker in MARKERS {
        let m = String::from_utf8_lossy(marker);
        assert!(!contains_bytes(&db, marker), "database shows {m}");
        assert!(!contains_bytes(&wal, marker), "WAL shows {m}");
    }
    drop(desk);
    let db = std::fs::read(&db_path).unwrap();
    for marker in MARKERS {
        assert!(!contains_bytes(&db, marker));
    }
    let text = std::fs::read_to_string(dir.path().join(workspace::WORKSPACE_FILE)).unwrap();
    assert!(!text.contains("Esmeraldas"));
}

#[test]
fn a_wrong_key_opens_nothing_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = MemoryKeyring::default();
    let desk = Desk::create(
        dir.path(),
        Unlock::Keyring(&keyring),
        CreateOptions::default(),
    )
    .unwrap();
    let id = desk.info().unwrap().id;
    drop(desk);
    let db_path = workspace::database_path(dir.path());
    let before = std::fs::read(&db_path).unwrap();
    // Another key under the same account: as if the keyring held a stale entry.
    let other = MemoryKeyring::default();
    use scdesk::keyring::KeyStore;
    other
        .set(
            &workspace::database_key_account(&id),
            &scdesk::secret::Secret::random(32),
        )
        .unwrap();
    let err = Desk::open(dir.path(), Unlock::Keyring(&other)).unwrap_err();
    assert_eq!(err.code(), "wrong_key");
    assert!(
        err.to_string().contains("not the one it was made with"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db_path).unwrap(), before);
}
