//! A member's whole path with the keyboard alone: trying the demo as a member, opening a
//! dossier from the dashboard and leaving it with Escape, recording and saving positions,
//! and exporting the signed position file. Tab, Enter, arrows and Escape only.

use crate::harness::{App, DOWN, ENTER, ESCAPE};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_a_members_path_by_keyboard_alone() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("positions-by-keyboard.dsse");
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;

    // Try the demo as a member: the role list, then its Switch button.
    app.tab_to("#demo-role", 40).await;
    // The first seats are the UN Network's members; the chair comes after them.
    app.client
        .execute(
            "document.getElementById('demo-role').selectedIndex = 0",
            vec![],
        )
        .await
        .unwrap();
    app.press(DOWN).await;
    app.tab_to("#demo-role-form button", 5).await;
    app.press(ENTER).await;
    app.wait_for_text("#demo-role-note", |t| {
        t.contains("You are now trying SC Desk as")
    })
    .await;

    // A dossier opens from the dashboard's list, and Escape leads back to the list.
    app.tab_to("#dossier-table button.row-link", 80).await;
    app.press(ENTER).await;
    app.wait_for_js("return !document.getElementById('dossier-view').hidden")
        .await;
    // The focus moves to the dossier's title (the link that opened it is hidden now).
    app.wait_for_js("return document.activeElement === document.getElementById('dv-title')")
        .await;
    app.press(ESCAPE).await;
    app.wait_for_js("return document.getElementById('dossier-view').hidden")
        .await;

    // The positions tab, marked as the current one.
    app.client
        .execute(
            "document.body.focus(); document.activeElement.blur()",
            vec![],
        )
        .await
        .unwrap();
    app.tab_to("#tabs button[data-tab='positions']", 40).await;
    app.press(ENTER).await;
    app.wait_for_js(
        "return document.querySelector(\"#tabs button[data-tab='positions']\").getAttribute('aria-current') === 'page'",
    )
    .await;
    app.wait_for_text("#pos-title", |t| t.contains("fourth meeting of 2026"))
        .await;
    // Each item: "Join consensus", the first choice after "not decided".
    let items = app
        .client
        .execute(
            "return document.querySelectorAll('#pos-table select').length",
            vec![],
        )
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    assert!(items > 0);
    for n in 0..items {
        app.tab_to(
            &format!("#pos-table tbody tr:nth-child({}) select", n + 1),
            10,
        )
        .await;
        app.press(DOWN).await;
    }
    app.wait_for_js(
        "return [...document.querySelectorAll('#pos-table select')].every((s) => s.value === 'join_consensus')",
    )
    .await;
    app.tab_to("#pos-save", 40).await;
    app.press(ENTER).await;
    app.wait_for_text("#pos-save-state", |t| t == "Saved.")
        .await;
    app.answer_save_dialogs_with(&file).await;
    app.tab_to("#pos-export", 5).await;
    app.press(ENTER).await;
    app.wait_for_text("#pos-exported", |t| t.contains("Position file 1 sent"))
        .await;
    assert!(file.is_file(), "the signed position file was saved");
    app.quit().await;
}
