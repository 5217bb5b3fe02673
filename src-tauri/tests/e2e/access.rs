//! Every screen of the app, checked by axe-core against WCAG 2.1 A and AA.

use std::path::Path;

use crate::harness::{axe_violations, App};

/// With SCDESK_SCREENSHOT_DIR set, the screen at 1024 and at 1400 pixels wide, to look at.
async fn look(app: &App, name: &str) {
    let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") else {
        return;
    };
    for (width, height) in [(1024, 768), (1400, 900)] {
        app.resize(width, height).await;
        app.screenshot(&Path::new(&dir).join(format!("{name}-{width}.png")))
            .await;
    }
}

pub const WCAG_21_AA: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_no_screen_breaks_wcag_2_1_aa() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    let mut found = Vec::new();
    // A refused file, so the import screen shows a line with its Details.
    let junk = data.path().join("notes.txt");
    std::fs::write(&junk, "Notes for the meeting").unwrap();
    app.import_file(&junk, 1).await;
    for tab in [
        "dashboard",
        "dossiers",
        "meeting",
        "positions",
        "trust",
        "import",
    ] {
        app.click(&format!("#tabs button[data-tab='{tab}']")).await;
        app.wait_for_js(&format!(
            "return !document.getElementById('tab-{tab}').hidden"
        ))
        .await;
        for v in axe_violations(&app.client, Some(WCAG_21_AA)).await {
            found.push(format!("{tab}: {v}"));
        }
        look(&app, tab).await;
    }
    // A dossier opened, and the decided meeting with its record.
    app.click("#tabs button[data-tab='dossiers']").await;
    app.wait_for_rows("#dossier-list tbody tr", 1).await;
    app.click("#dossier-list tbody tr[data-dossier='jp-ecuador-mobility-data'] td:nth-child(3)")
        .await;
    app.wait_for_text("#dv-title", |t| !t.is_empty()).await;
    for v in axe_violations(&app.client, Some(WCAG_21_AA)).await {
        found.push(format!("dossier: {v}"));
    }
    look(&app, "dossier").await;
    app.click("#tabs button[data-tab='meeting']").await;
    app.click("#mt-select option[value='sc-2026-03']").await;
    app.wait_for_text("#mt-record-card", |t| t.contains("Print record"))
        .await;
    for v in axe_violations(&app.client, Some(WCAG_21_AA)).await {
        found.push(format!("decided meeting: {v}"));
    }
    look(&app, "decided-meeting").await;
    assert!(found.is_empty(), "axe-core found:\n{}", found.join("\n"));
    app.quit().await;
}
