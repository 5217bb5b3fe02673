//! Where the computer has no password store: the passphrase that will lock the workspace
//! is chosen with its strength shown, typed twice, and with a plain warning.

use crate::harness::{axe_violations, App};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_a_new_passphrase_is_typed_twice_with_its_strength_shown() {
    let data = tempfile::tempdir().unwrap();
    // No Secret Service reachable: the app asks for a passphrase to create the workspace.
    let app = App::launch_with(
        &data.path().join("workspace"),
        &[(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/scdesk-test-bus",
        )],
    )
    .await;
    app.wait_for_text("#passphrase-title", |t| {
        t.contains("Protect your workspace")
    })
    .await;
    let help = app
        .wait_for_text("#passphrase-help", |t| !t.is_empty())
        .await;
    for word in ["zbus", "os error", "unix:path", "keyring ("] {
        assert!(!help.contains(word), "{word:?} in: {help}");
    }
    let warning = app
        .wait_for_text("#passphrase-warning", |t| !t.is_empty())
        .await;
    assert!(
        warning.contains("nobody can open this workspace again"),
        "{warning}"
    );
    let button = app
        .wait_for_text("#passphrase-submit", |t| !t.is_empty())
        .await;
    assert_eq!(button, "Create the workspace");
    let violations = axe_violations(&app.client, Some(crate::access::WCAG_21_AA)).await;
    assert!(violations.is_empty(), "axe-core: {violations:#?}");

    app.type_into("#passphrase-input", "password123").await;
    let weak = app
        .wait_for_text("#passphrase-strength", |t| t.starts_with("Strength:"))
        .await;
    assert!(
        weak.starts_with("Strength: too easy to guess") || weak.starts_with("Strength: weak"),
        "{weak}"
    );
    app.type_into("#passphrase-again", "password124").await;
    app.click("#passphrase-submit").await;
    app.wait_for_text("#passphrase-error", |t| {
        t.contains("The two passphrases differ")
    })
    .await;

    app.clear("#passphrase-input").await;
    app.type_into("#passphrase-input", "tulip orbit cinnamon harbour 47")
        .await;
    app.wait_for_text("#passphrase-strength", |t| {
        t.starts_with("Strength: strong")
    })
    .await;
    app.clear("#passphrase-again").await;
    app.type_into("#passphrase-again", "tulip orbit cinnamon harbour 47")
        .await;
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&std::path::Path::new(&dir).join("new-passphrase.png"))
            .await;
    }
    app.click("#passphrase-submit").await;
    app.wait_ready().await;
    // The next step offered at once: a backup of the new workspace.
    app.wait_for_text("#status", |t| t.contains("Back it up now"))
        .await;
    app.quit().await;
}
