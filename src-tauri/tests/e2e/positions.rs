//! The member's positions are one form, saved together; leaving it with changes not
//! saved asks first, and nothing typed is lost silently.

use crate::harness::App;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_positions_are_one_form_and_leaving_with_changes_asks_first() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='positions']").await;
    app.wait_for_text("#pos-title", |t| t.contains("fourth meeting of 2026"))
        .await;
    let row = "#pos-table tbody tr[data-item='1']";
    app.click(&format!("{row} select option[value='object']"))
        .await;
    app.type_into(
        &format!("{row} input[name='reason']"),
        "The budget lines are not justified.",
    )
    .await;
    app.wait_for_text("#pos-save-state", |t| t == "Changes not saved yet.")
        .await;

    // Leaving asks first; staying keeps what was typed.
    app.click("#tabs button[data-tab='dossiers']").await;
    app.wait_for_js("return document.getElementById('pos-unsaved').hidden === false")
        .await;
    app.click("#pos-unsaved-stay").await;
    app.wait_for_js(&format!(
        "return document.getElementById('tab-positions').hidden === false && document.querySelector(\"{row} input[name='reason']\").value === 'The budget lines are not justified.'"
    ))
    .await;

    // Saving and continuing keeps the position, and the tab changes.
    app.click("#tabs button[data-tab='dossiers']").await;
    app.click("#pos-unsaved-save").await;
    app.wait_for_js("return document.getElementById('tab-dossiers').hidden === false")
        .await;
    app.click("#tabs button[data-tab='positions']").await;
    app.wait_for_js(&format!(
        "return document.querySelector(\"{row} select\").value === 'object' && document.querySelector(\"{row} input[name='reason']\").value === 'The budget lines are not justified.'"
    ))
    .await;
    app.quit().await;
}
