//! The first window: a fresh data folder opens on the demo workspace's dashboard.

use crate::harness::App;
use scdesk::demo::DemoWorkspace;
use scdesk::profile::FundProfile;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_first_start_shows_the_fund_total_and_the_demo_dossiers() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;

    let total = app.wait_for_text("#kpi-total", |t| !t.is_empty()).await;
    assert_eq!(total, "USD 57,595,084");
    // The figures say where they come from: the FMU's signed contribution statement.
    let note = app
        .wait_for_text("#kpi-total-note", |t| t.contains("signed by"))
        .await;
    assert!(note.contains("statement 1"), "{note}");
    let footer = app.wait_for_text("#contrib-total", |t| !t.is_empty()).await;
    assert_eq!(footer, "USD 57,595,084");
    let badge = app.wait_for_text("#demo-badge", |t| !t.is_empty()).await;
    assert_eq!(badge.to_uppercase(), "DEMO DATA");

    let demo = DemoWorkspace::builtin(&FundProfile::builtin()).unwrap();
    let table = app
        .wait_for_text("#dossier-table tbody", |t| !t.is_empty())
        .await;
    for dossier in &demo.dossiers {
        assert!(
            table.contains(&dossier.title),
            "dossier {} missing from the dashboard",
            dossier.title
        );
    }
    let contributors = app
        .wait_for_text("#contrib-table tbody", |t| t.contains("GERMANY"))
        .await;
    assert!(contributors.contains("TÜRKIYE"), "{contributors}");
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&std::path::Path::new(&dir).join("dashboard.png"))
            .await;
    }
    app.quit().await;

    // The workspace was created encrypted, with its key in the (throw-away) keyring.
    let db = std::fs::read(data.path().join("workspace-demo").join("scdesk.db")).unwrap();
    assert!(!db.windows(15).any(|w| w == b"SQLite format 3"));
}
