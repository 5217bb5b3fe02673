//! Reviewing dossiers in the app: search, the review mark and the progress count,
//! a declared conflict, the comparison view, and a private note that survives a restart.

use crate::harness::App;
use std::path::Path;

async fn open_dossier(app: &App, id: &str) {
    app.click("#tabs button[data-tab='dossiers']").await;
    app.click(&format!(
        "#dossier-list tbody tr[data-dossier='{id}'] td:nth-child(3)"
    ))
    .await;
    app.wait_for_text("#dv-title", |t| !t.is_empty()).await;
}

async fn back_to_list(app: &App) {
    app.click("#dossier-back").await;
    app.wait_for_rows("#dossier-list tbody tr", 1).await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_search_review_conflict_and_compare() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='dossiers']").await;
    app.wait_for_text("#review-progress", |t| {
        t == "0 of 3 dossiers on the agenda reviewed"
    })
    .await;
    let all = app.wait_for_rows("#dossier-list tbody tr", 12).await;
    assert_eq!(all.len(), 12);

    // "Agadez" appears only in the Niger programme's summary.
    app.type_into("#f-text", "Agadez").await;
    app.wait_for_text("#list-count", |t| t == "1 dossier").await;
    let found = app.wait_for_rows("#dossier-list tbody tr", 1).await;
    assert!(found[0].contains("Central Sahel"), "{found:?}");
    app.clear("#f-text").await;
    app.type_into("#f-text", " ").await;
    app.wait_for_text("#list-count", |t| t == "12 dossiers")
        .await;

    // Marking a dossier on the agenda reviewed moves the progress count.
    open_dossier(&app, "jp-turkiye-social-cohesion").await;
    app.click("#dv-mark").await;
    app.wait_for_text("#dv-review-state", |t| t == "You reviewed version 1.")
        .await;

    // A declared conflict shows on the dossier.
    app.type_into(
        "#dv-conflict-reason",
        "My organisation is an implementing partner.",
    )
    .await;
    app.click("#dv-conflict-form button").await;
    app.wait_for_text("#dv-badges", |t| {
        t.contains("Conflict of interest declared")
    })
    .await;
    let callout = app.wait_for_text("#dv-conflict", |t| !t.is_empty()).await;
    assert!(
        callout.contains("My organisation is an implementing partner"),
        "{callout}"
    );
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&Path::new(&dir).join("dossier.png")).await;
        app.resize(1024, 768).await;
        app.screenshot(&Path::new(&dir).join("dossier-1024.png"))
            .await;
        app.resize(1400, 950).await;
    }
    back_to_list(&app).await;
    app.wait_for_text("#review-progress", |t| {
        t == "1 of 3 dossiers on the agenda reviewed"
    })
    .await;
    let rows = app
        .wait_for_rows(
            "#dossier-list tbody tr[data-dossier='jp-turkiye-social-cohesion']",
            1,
        )
        .await;
    assert!(
        rows[0].contains("Reviewed") && rows[0].contains("Conflict"),
        "{rows:?}"
    );

    // The comparison lists the chosen dossiers' budgets.
    app.click("#dossier-list tr[data-dossier='jp-ecuador-mobility-data'] input")
        .await;
    app.click("#dossier-list tr[data-dossier='jp-niger-protection'] input")
        .await;
    app.wait_for_js("return !document.getElementById('compare-button').disabled")
        .await;
    app.click("#compare-button").await;
    let table = app
        .wait_for_text("#compare-table", |t| t.contains("USD 2,075,800"))
        .await;
    assert!(
        table.contains("USD 2,075,800") && table.contains("USD 2,054,400"),
        "{table}"
    );
    assert!(table.contains("MMPTF-JP-2024-01"), "{table}");
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&Path::new(&dir).join("compare.png")).await;
    }
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_a_private_note_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let workspace = data.path().join("workspace");
    let note = "Ask the FMU about the Zinder warehouse costs.";
    {
        let app = App::launch(&workspace).await;
        app.wait_ready().await;
        open_dossier(&app, "jp-niger-protection").await;
        app.type_into("#dv-note", note).await;
        app.click("#dv-note-save").await;
        app.wait_for_text("#dv-note-state", |t| t == "Saved.").await;
        app.quit().await;
    }
    let app = App::launch(&workspace).await;
    app.wait_ready().await;
    open_dossier(&app, "jp-niger-protection").await;
    let started = std::time::Instant::now();
    loop {
        let value = app
            .client
            .execute("return document.getElementById('dv-note').value", vec![])
            .await
            .unwrap();
        if value.as_str() == Some(note) {
            break;
        }
        assert!(
            started.elapsed() < crate::harness::PATIENCE,
            "note after restart: {value}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    // And the note is searchable.
    back_to_list(&app).await;
    app.type_into("#f-text", "Zinder").await;
    app.wait_for_text("#list-count", |t| t == "1 dossier").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_a_note_is_kept_after_leaving_the_page() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    open_dossier(&app, "jp-niger-protection").await;
    // Typed, never saved by hand: the member leaves the page at once.
    let note = "Compare the Zinder warehouse costs with the 2025 programme.";
    app.type_into("#dv-note", note).await;
    back_to_list(&app).await;
    open_dossier(&app, "jp-niger-protection").await;
    app.wait_for_js(&format!(
        "return document.getElementById('dv-note').value === {}",
        serde_json::to_string(note).unwrap()
    ))
    .await;
    // And it is in the workspace, not only on the screen.
    let page = app
        .client
        .execute_async(
            "const done = arguments[0]; window.__TAURI__.core.invoke('dossier', {id: 'jp-niger-protection'}).then(done, done);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(page["note"], note, "{page}");
    app.quit().await;
}
