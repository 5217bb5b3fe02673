//! The demo as any role: a new user tries the member's path (positions recorded, a real
//! signed position file exported) and the file is imported by a chair, in another
//! demo workspace as it would be on the chair's own computer.

use crate::harness::App;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_a_member_in_the_demo_sends_positions_that_a_chair_imports() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("positions-kenji.dsse");

    // The member's computer: the demo, tried as a stakeholders' member.
    let app = App::launch(&data.path().join("member")).await;
    app.wait_ready().await;
    app.wait_for_js("return document.querySelectorAll('#demo-role option').length === 14")
        .await;
    app.click("#demo-role option[value='stakeholder-3']").await;
    app.click("#demo-role-form button[type='submit']").await;
    let note = app
        .wait_for_text("#demo-role-note", |t| t.contains("Kenji Watanabe-Hale"))
        .await;
    assert!(note.contains("Stakeholders"), "{note}");

    app.click("#tabs button[data-tab='positions']").await;
    app.wait_for_text("#pos-title", |t| t.contains("fourth meeting of 2026"))
        .await;
    // Every item: join the consensus.
    app.wait_for_js(
        "const s = [...document.querySelectorAll('#pos-table select')]; \
         s.forEach((x) => { x.value = 'join_consensus'; x.dispatchEvent(new Event('change')); }); \
         return s.length > 0",
    )
    .await;
    app.click("#pos-save").await;
    app.wait_for_text("#pos-save-state", |t| t == "Saved.")
        .await;
    let export_enabled = app
        .client
        .execute(
            "return !document.getElementById('pos-export').disabled",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(export_enabled.as_bool(), Some(true), "a member may export");
    app.answer_save_dialogs_with(&file).await;
    app.click("#pos-export").await;
    app.wait_for_text("#pos-exported", |t| t.contains("Position file 1 sent"))
        .await;
    app.quit().await;
    let bytes = std::fs::read(&file).expect("the signed position file was saved");
    let envelope = scdesk::dsse::Envelope::parse(&bytes).unwrap();
    let payload: serde_json::Value = serde_json::from_slice(&envelope.payload).unwrap();
    assert_eq!(payload["seat"], "stakeholder-3");

    // The chair's computer: another demo workspace, whose roster gives the same seat the
    // same demo key.
    let app = App::launch(&data.path().join("chair")).await;
    app.wait_ready().await;
    let rows = app.import_file(&file, 1).await;
    assert!(rows[0].contains("Imported"), "{rows:?}");
    app.quit().await;
}
