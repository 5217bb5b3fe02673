//! Signed files in the app: the identity page shows the fingerprint; pinning the roster
//! needs the confirmed fingerprint; imported files each get a result line.

use crate::harness::App;
use fantoccini::Locator;
use std::path::PathBuf;

fn vector(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(name)
        .canonicalize()
        .expect("the test vectors exist")
        .to_string_lossy()
        .into_owned()
}

fn fmu_fingerprint() -> String {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(vector("vectors.json")).unwrap()).unwrap();
    manifest["pinned_roster"]["fmu_fingerprint"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_pin_the_roster_then_import_files_with_a_line_each() {
    let data = tempfile::tempdir().unwrap();
    // A real member's first run: an empty workspace, no roster yet.
    let app = App::launch_with(
        &data.path().join("workspace"),
        &[("SCDESK_FIRST_RUN", "empty")],
    )
    .await;
    app.wait_ready().await;

    // The identity page: the fingerprint grouped in fours, no roster yet.
    app.click("#tabs button[data-tab='trust']").await;
    let fp = app
        .wait_for_text("#my-fingerprint", |t| !t.is_empty())
        .await;
    assert_eq!(fp.split(' ').count(), 16, "{fp}");
    assert!(fp.split(' ').all(|g| g.len() == 4));

    // Pinning shows the signer's fingerprint and refuses a wrong confirmation.
    let input = app.client.find(Locator::Css("#roster-file")).await.unwrap();
    input.send_keys(&vector("roster-v1.dsse")).await.unwrap();
    let shown = app
        .wait_for_text("#rp-fingerprint", |t| !t.is_empty())
        .await;
    assert_eq!(shown.replace(' ', ""), fmu_fingerprint());
    app.type_into("#pin-fingerprint", &"0".repeat(64)).await;
    app.click("#pin-form button").await;
    app.wait_for_text("#pin-error", |t| {
        t.contains("not by the fingerprint you confirmed")
    })
    .await;
    app.clear("#pin-fingerprint").await;
    app.type_into("#pin-fingerprint", &fmu_fingerprint()).await;
    app.click("#pin-form button").await;
    assert_eq!(
        app.wait_for_text("#roster-version", |t| !t.is_empty())
            .await,
        "1"
    );
    let roster = app
        .wait_for_text("#roster-table tbody", |t| t.contains("Adaeze Okonkwo-Lind"))
        .await;
    assert!(roster.contains("Fund Management Unit"), "{roster}");
    // People by name and constituency; seat ids are not shown.
    assert!(
        roster.contains("UN Network on Migration members"),
        "{roster}"
    );
    assert!(!roster.contains("un-1"), "{roster}");

    // Import: one line per file, the tampered one rejected with its reason.
    app.click("#tabs button[data-tab='import']").await;
    let files = [
        ("meeting.dsse", "meeting sc-2026-04"),
        ("package.dsse", "dossier package"),
        ("valid-position.dsse", "position file 1"),
        (
            "valid-contributions.dsse",
            "contribution statement version 1",
        ),
        ("reject-bad-signature.dsse", "signature does not match"),
    ];
    for (n, (name, _)) in files.iter().enumerate() {
        let input = app
            .client
            .find(Locator::Css("#import-files"))
            .await
            .unwrap();
        input.send_keys(&vector(name)).await.unwrap();
        app.wait_for_rows("#import-results tbody tr", n + 1).await;
    }
    let results = app.wait_for_rows("#import-results tbody tr", 5).await;
    assert_eq!(results.len(), 5, "{results:?}");
    for (name, detail) in files {
        let line = results
            .iter()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no line for {name}: {results:?}"));
        assert!(line.contains(detail), "{line}");
        let rejected = name.starts_with("reject");
        assert_eq!(line.contains("Rejected"), rejected, "{line}");
        assert_eq!(line.contains("Imported"), !rejected, "{line}");
    }
    let progress = app
        .client
        .find(Locator::Css("#import-progress"))
        .await
        .unwrap();
    assert_eq!(progress.attr("value").await.unwrap().as_deref(), Some("1"));
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&std::path::Path::new(&dir).join("import.png"))
            .await;
    }

    // The dashboard shows the imported statement's figures and names it.
    app.click("#tabs button[data-tab='dashboard']").await;
    app.wait_for_text("#kpi-total", |t| t == "USD 1,500,000")
        .await;
    let note = app
        .wait_for_text("#kpi-total-note", |t| t.contains("statement 1"))
        .await;
    assert!(note.contains("signed by"), "{note}");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_whole_workspace_is_backed_up_from_the_identity_page() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='trust']").await;
    let backup = data.path().join("desk.backup");
    app.answer_save_dialogs_with(&backup).await;

    // Two different passphrases: nothing is written.
    app.type_into("#backup-pass", "a backup passphrase").await;
    app.type_into("#backup-pass-again", "another passphrase")
        .await;
    app.click("#backup-form button").await;
    app.wait_for_text("#backup-note", |t| t.contains("differ"))
        .await;
    assert!(!backup.exists());

    app.clear("#backup-pass-again").await;
    app.type_into("#backup-pass-again", "a backup passphrase")
        .await;
    app.click("#backup-form button").await;
    app.wait_for_text("#backup-note", |t| t.contains("Saved the backup"))
        .await;
    app.quit().await;

    // The file restores the demo workspace elsewhere, with its past decisions.
    let bytes = std::fs::read(&backup).unwrap();
    let restored = scdesk::Desk::restore_workspace(
        &data.path().join("restored"),
        &bytes,
        &scdesk::secret::Passphrase::new("a backup passphrase".into()),
        scdesk::desk::Unlock::Passphrase(scdesk::secret::Passphrase::new(
            "a passphrase for this machine".into(),
        )),
        scdesk::secret::KdfParams::DEFAULT,
    )
    .unwrap();
    let past = restored.meeting_view("sc-2026-03").unwrap();
    assert_eq!(
        past.items.iter().filter(|i| i.decision.is_some()).count(),
        3
    );
}
