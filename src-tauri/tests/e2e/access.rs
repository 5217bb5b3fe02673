//! Every screen of the app, checked by axe-core against WCAG 2.1 A and AA.

use crate::harness::{axe_violations, App};

pub const WCAG_21_AA: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_no_screen_breaks_wcag_2_1_aa() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    let mut found = Vec::new();
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
    app.click("#tabs button[data-tab='meeting']").await;
    app.click("#mt-select option[value='sc-2026-03']").await;
    app.wait_for_text("#mt-record-card", |t| t.contains("Print record"))
        .await;
    for v in axe_violations(&app.client, Some(WCAG_21_AA)).await {
        found.push(format!("decided meeting: {v}"));
    }
    assert!(found.is_empty(), "axe-core found:\n{}", found.join("\n"));
    app.quit().await;
}
