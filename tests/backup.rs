//! The whole workspace backed up and restored on another machine (another keyring): the
//! same workspace, nothing lost, and nothing made from a wrong passphrase or a changed file.

use scdesk::desk::{Content, CreateOptions, Desk, Unlock};
use scdesk::keyring::{KeyStore, MemoryKeyring};
use scdesk::secret::{KdfParams, Passphrase};

const CHEAP: KdfParams = KdfParams {
    memory_kib: 1024,
    iterations: 1,
    parallelism: 1,
};
const DOSSIER: &str = "jp-ecuador-mobility-data";

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text.into())
}

#[test]
fn a_backup_restores_the_same_workspace_on_another_machine() {
    let root = tempfile::tempdir().unwrap();
    let first_machine = MemoryKeyring::default();
    let options = CreateOptions {
        content: Content::Demo,
        kdf: CHEAP,
        ..CreateOptions::default()
    };
    let mut desk = Desk::create(
        &root.path().join("a"),
        Unlock::Keyring(&first_machine),
        options,
    )
    .unwrap();
    desk.set_note(DOSSIER, "Ask about the Esmeraldas pilot")
        .unwrap();
    desk.add_question(DOSSIER, "Who owns the data after 2028?")
        .unwrap();
    desk.mark_reviewed(DOSSIER, true).unwrap();
    let info = desk.info().unwrap();
    let keyid = desk.identity().unwrap().keyid;
    // The copy is taken before the audit trail notes the backup itself.
    let audit_in_backup = desk.audit_log().unwrap().len();
    let backup_file = root.path().join("ws.backup");
    desk.backup_workspace(&pass("a backup passphrase"), CHEAP, &mut |bytes| {
        std::fs::write(&backup_file, bytes).map_err(|e| scdesk::Error::io(&backup_file, e))
    })
    .unwrap();
    assert_eq!(
        desk.audit_log().unwrap().last().unwrap().action,
        "workspace backed up"
    );
    drop(desk);
    let bytes = std::fs::read(&backup_file).unwrap();
    for secret in ["Esmeraldas", "Who owns the data", "GERMANY"] {
        assert!(
            !crate::util::contains_bytes(&bytes, secret.as_bytes()),
            "{secret}"
        );
    }

    // Another machine: another keyring, nothing of the first.
    let second_machine = MemoryKeyring::default();
    let target = root.path().join("b");
    let restored = Desk::restore_workspace(
        &target,
        &bytes,
        &pass("a backup passphrase"),
        Unlock::Keyring(&second_machine),
        CHEAP,
    )
    .unwrap();
    assert_eq!(restored.info().unwrap().id, info.id);
    assert_eq!(
        restored.identity().unwrap().keyid,
        keyid,
        "the same signing key"
    );
    let page = restored.dossier_page(DOSSIER).unwrap();
    assert_eq!(page.note, "Ask about the Esmeraldas pilot");
    let log = restored.audit_log().unwrap();
    assert_eq!(log.len(), audit_in_backup + 1);
    assert_eq!(
        log.last().unwrap().action,
        "workspace restored from a backup"
    );
    assert_eq!(restored.audit_verify().unwrap().first_broken, None);
    let past = restored.meeting_view("sc-2026-03").unwrap();
    assert_eq!(
        past.items.iter().filter(|i| i.decision.is_some()).count(),
        3
    );
    drop(restored);
    // On the first machine, where the original still is, its keys are never replaced.
    let err = Desk::restore_workspace(
        &root.path().join("again"),
        &bytes,
        &pass("a backup passphrase"),
        Unlock::Keyring(&first_machine),
        CHEAP,
    )
    .unwrap_err();
    assert_eq!(err.code(), "workspace_exists", "{err}");
    let original = Desk::open(&root.path().join("a"), Unlock::Keyring(&first_machine)).unwrap();
    assert_eq!(original.dossier_page(DOSSIER).unwrap().note, page.note);
    drop(original);
    // It opens again from the second machine's keyring alone.
    let again = Desk::open(&target, Unlock::Keyring(&second_machine)).unwrap();
    assert_eq!(again.dossier_page(DOSSIER).unwrap().note, page.note);

    // Behind a passphrase instead of a keyring, on a third machine.
    let third = root.path().join("c");
    let behind = Desk::restore_workspace(
        &third,
        &bytes,
        &pass("a backup passphrase"),
        Unlock::Passphrase(pass("a workspace passphrase")),
        CHEAP,
    )
    .unwrap();
    assert_eq!(behind.identity().unwrap().keyid, keyid);
    drop(behind);
    let reopened = Desk::open(&third, Unlock::Passphrase(pass("a workspace passphrase"))).unwrap();
    assert_eq!(reopened.dossier_page(DOSSIER).unwrap().note, page.note);
}

#[test]
fn a_wrong_passphrase_or_a_changed_backup_restores_nothing() {
    let root = tempfile::tempdir().unwrap();
    let machine = MemoryKeyring::default();
    let mut desk = Desk::create(
        &root.path().join("a"),
        Unlock::Keyring(&machine),
        CreateOptions {
            content: Content::Empty,
            kdf: CHEAP,
            ..CreateOptions::default()
        },
    )
    .unwrap();
    let bytes = desk
        .backup_workspace(&pass("a backup passphrase"), CHEAP, &mut |_| Ok(()))
        .unwrap();
    let id = desk.info().unwrap().id;
    let other = MemoryKeyring::default();
    let target = root.path().join("b");
    let restore = |bytes: &[u8], passphrase: &str| {
        Desk::restore_workspace(
            &target,
            bytes,
            &pass(passphrase),
            Unlock::Keyring(&other),
            CHEAP,
        )
        .map(|_| ())
        .unwrap_err()
    };
    assert_eq!(
        restore(&bytes, "not the passphrase").code(),
        "wrong_backup_passphrase"
    );
    let mut changed = String::from_utf8(bytes.clone()).unwrap();
    let at = changed.find("\"ciphertext\": \"").unwrap() + 20;
    let was = changed.as_bytes()[at];
    changed.replace_range(at..at + 1, if was == b'A' { "B" } else { "A" });
    assert_eq!(
        restore(changed.as_bytes(), "a backup passphrase").code(),
        "wrong_backup_passphrase"
    );
    let moved = String::from_utf8(bytes.clone())
        .unwrap()
        .replace(&id, "another-workspace");
    assert_eq!(
        restore(moved.as_bytes(), "a backup passphrase").code(),
        "wrong_backup_passphrase"
    );
    assert_eq!(restore(b"{}", "a backup passphrase").code(), "bad_backup");
    // Nothing was made: no folder, no key in the other keyring.
    assert!(!target.exists());
    let left: Vec<_> = std::fs::read_dir(root.path()).unwrap().collect();
    assert_eq!(left.len(), 1);
    assert!(other
        .get(&scdesk::workspace::database_key_account(&id))
        .unwrap()
        .is_none());
    // And never over a workspace.
    let err = Desk::restore_workspace(
        &root.path().join("a"),
        &bytes,
        &pass("a backup passphrase"),
        Unlock::Keyring(&other),
        CHEAP,
    )
    .unwrap_err();
    assert_eq!(err.code(), "workspace_exists");
}
