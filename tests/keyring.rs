//! Against the real Secret Service: `make test-keyring` runs these inside a private
//! D-Bus session with an unlocked, throw-away GNOME Keyring.

use crate::util::{scdesk_with, stderr, stdout};
use scdesk::keyring::{KeyStore, OsKeyring, DEFAULT_TIMEOUT};
use scdesk::secret::Secret;
use scdesk::workspace;

#[test]
#[ignore = "needs a Secret Service: run with make test-keyring"]
fn keyring_key_survives_a_process_restart() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    // Process 1 creates the workspace; its key goes to the Secret Service.
    let created = scdesk_with(&ws, &["demo"], &[]);
    assert!(created.status.success(), "{}", stderr(&created));
    assert!(stdout(&created).contains("key kept in: keyring"));
    // Process 2 opens it with the key it finds there.
    let out = scdesk_with(&ws, &["fund", "--json"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let fund: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(fund["total_display"], "USD 57,595,084");

    // The key really is in the Secret Service, 32 bytes, and nowhere in the folder.
    let keyring = OsKeyring::connect(DEFAULT_TIMEOUT).unwrap();
    let id = read_id(&ws);
    let account = workspace::database_key_account(&id);
    let key = keyring
        .get(&account)
        .unwrap()
        .expect("the key is in the keyring");
    assert_eq!(key.len(), 32);
    for entry in std::fs::read_dir(&ws).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!crate::util::contains_bytes(&bytes, key.expose()));
        assert!(!crate::util::contains_bytes(
            &bytes,
            hex::encode(key.expose()).as_bytes()
        ));
    }
    keyring.delete(&account).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run with make test-keyring"]
fn keyring_entry_lost_is_reported_and_no_new_database_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    assert!(scdesk_with(&ws, &["demo"], &[]).status.success());
    let keyring = OsKeyring::connect(DEFAULT_TIMEOUT).unwrap();
    let account = workspace::database_key_account(&read_id(&ws));
    keyring.delete(&account).unwrap();
    let before = std::fs::read(ws.join("scdesk.db")).unwrap();
    let out = scdesk_with(&ws, &["fund"], &[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("holds no key for workspace"), "{err}");
    assert!(err.contains("will not create a new database"), "{err}");
    assert_eq!(std::fs::read(ws.join("scdesk.db")).unwrap(), before);
    assert!(
        keyring.get(&account).unwrap().is_none(),
        "no key was made up"
    );
}

#[test]
#[ignore = "needs a Secret Service: run with make test-keyring"]
fn keyring_round_trip_of_binary_secrets() {
    let keyring = OsKeyring::connect(DEFAULT_TIMEOUT).unwrap();
    let account = format!("test-{}", uuid_like());
    let secret = Secret::random(32);
    keyring.set(&account, &secret).unwrap();
    let back = keyring.get(&account).unwrap().unwrap();
    assert_eq!(back.expose(), secret.expose());
    keyring.delete(&account).unwrap();
    assert!(keyring.get(&account).unwrap().is_none());
}

fn read_id(ws: &std::path::Path) -> String {
    workspace::read(ws).unwrap().unwrap().id
}

fn uuid_like() -> String {
    hex::encode(Secret::random(8).expose())
}

#[test]
#[ignore = "needs a Secret Service: run with make test-keyring"]
fn keyring_backup_restores_on_a_fresh_keyring_session() {
    let dir = tempfile::tempdir().unwrap();
    let (ws, backup) = (dir.path().join("ws"), dir.path().join("ws.backup"));
    let f = |p: &std::path::Path| p.to_str().unwrap().to_string();
    let pass = [("SCDESK_BACKUP_PASSPHRASE", "a backup passphrase")];
    assert!(scdesk_with(&ws, &["demo"], &[]).status.success());
    let note = "Ask about the Esmeraldas pilot";
    let noted = scdesk_with(
        &ws,
        &["dossier", "note", "jp-ecuador-mobility-data", note],
        &[],
    );
    assert!(noted.status.success(), "{}", stderr(&noted));
    let made = scdesk_with(&ws, &["backup", "--out", &f(&backup)], &pass);
    assert!(made.status.success(), "{}", stderr(&made));
    let id = read_id(&ws);

    // Another machine: a new D-Bus session and a new, empty keyring, which holds nothing
    // of this one. The restored workspace opens there from that keyring alone.
    let restored = dir.path().join("restored");
    let script = r#"set -e
        scdesk --data-dir "$1" restore "$2"
        scdesk --data-dir "$1" workspace --json
        scdesk --data-dir "$1" dossier note jp-ecuador-mobility-data
        scdesk --data-dir "$1" audit verify"#;
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_scdesk"))
        .parent()
        .unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap());
    let out = std::process::Command::new(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/with-keyring"),
    )
    .args(["bash", "-c", script, "restore", &f(&restored), &f(&backup)])
    .env_remove("SCDESK_KEYRING_SESSION")
    .env_remove("DBUS_SESSION_BUS_ADDRESS")
    .env_remove("SCDESK_PASSPHRASE")
    .env("SCDESK_BACKUP_PASSPHRASE", "a backup passphrase")
    .env("PATH", path)
    .output()
    .unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains(&format!("Restored workspace {id}")), "{text}");
    assert!(text.contains("\"key_storage\": \"keyring\""), "{text}");
    assert!(text.contains(note), "{text}");
    assert!(text.contains("The audit trail is whole"), "{text}");
    // Leave this session's keyring as the test found it.
    let keyring = OsKeyring::connect(DEFAULT_TIMEOUT).unwrap();
    keyring
        .delete(&workspace::database_key_account(&id))
        .unwrap();
}
