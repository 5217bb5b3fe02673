//! A file double-clicked on the desktop: the app shows what it is and who signed it
//! before importing, and a second start on the same workspace hands its file to the app
//! that is running instead of opening the workspace twice.

use crate::harness::{demo_meeting_file, App, PATIENCE};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_a_double_clicked_file_is_shown_before_it_is_imported() {
    let data = tempfile::tempdir().unwrap();
    let ws = data.path().join("workspace");
    // A meeting file signed by the demo's FMU, as it would arrive by e-mail.
    let file = data.path().join("meeting-opened.dsse");
    std::fs::write(
        &file,
        demo_meeting_file("sc-2026-opened", chrono::Duration::days(30)),
    )
    .unwrap();

    let app = App::launch_opening(&ws, &[&file]).await;
    // The app opens on the import screen, with the file shown.
    let card = app
        .wait_for_text("body[data-ready='true'] #opened-card", |t| {
            t.contains("meeting-opened.dsse")
        })
        .await;
    for expected in [
        "Meeting sc-2026-opened",
        "Signed by",
        "Fund Management Unit",
        "Key fingerprint",
        "The signature holds, under the roster this workspace trusts.",
    ] {
        assert!(card.contains(expected), "{expected:?} not in {card}");
    }
    // Nothing is imported before the member says so.
    let imported = app
        .client
        .execute(
            "return document.querySelectorAll('#import-results tbody tr').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(imported.as_u64(), Some(0));
    app.click("#opened-list button:not(.secondary)").await;
    let rows = app.wait_for_rows("#import-results tbody tr", 1).await;
    assert!(rows[0].contains("Imported"), "{rows:?}");

    // A second start on the same workspace, as a second double-click does: it hands its
    // file to this app and exits.
    let stray = data.path().join("photo.png");
    std::fs::write(&stray, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let second = tokio::process::Command::new(App::binary())
        .arg(&stray)
        .env("SCDESK_DATA_DIR", &ws)
        .status();
    let status = tokio::time::timeout(PATIENCE, second)
        .await
        .expect("the second start ends within the timeout")
        .unwrap();
    assert!(status.success(), "{status}");
    let card = app
        .wait_for_text("#opened-card", |t| t.contains("photo.png"))
        .await;
    assert!(
        card.contains("This is not an SC Desk file: it is a PNG image"),
        "{card}"
    );
    app.quit().await;
}

/// The installed package, as `make test-package` runs it (`SCDESK_APP_BINARY` names the
/// installed app): a signed file opened through the desktop (`gio open`, as a file
/// manager's double-click does, through the registered MIME type) reaches the running
/// app.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the installed package: run with make package"]
async fn package_a_file_opened_through_the_desktop_reaches_the_running_app() {
    let installed = std::env::var_os("SCDESK_APP_BINARY")
        .expect("make test-package names the installed app in SCDESK_APP_BINARY");
    assert!(std::path::Path::new(&installed).is_file());
    let data = tempfile::tempdir().unwrap();
    let ws = data.path().join("workspace");
    let app = App::launch(&ws).await;
    app.wait_ready().await;

    let file = data.path().join("From the FMU.dsse");
    std::fs::write(
        &file,
        demo_meeting_file("sc-2026-desktop", chrono::Duration::days(30)),
    )
    .unwrap();
    // The desktop starts the app for the file; the app that is running receives it.
    let opener = tokio::process::Command::new("gio")
        .arg("open")
        .arg(&file)
        .env("SCDESK_DATA_DIR", &ws)
        .status();
    let status = tokio::time::timeout(PATIENCE, opener)
        .await
        .expect("gio open ends within the timeout")
        .unwrap();
    assert!(status.success(), "gio open: {status}");
    let card = app
        .wait_for_text("#opened-card", |t| t.contains("From the FMU.dsse"))
        .await;
    assert!(card.contains("Meeting sc-2026-desktop"), "{card}");
    assert!(
        card.contains("The signature holds, under the roster this workspace trusts."),
        "{card}"
    );
    app.quit().await;
}
