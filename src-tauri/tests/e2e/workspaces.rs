//! Leaving the demo: the first start asks; the user's own workspace is made empty beside
//! the demo, shows the steps that make it a member's desk, and the header switches between
//! the two, each as it was left.

use crate::harness::App;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_first_start_asks_and_the_demo_stays_apart() {
    let data = tempfile::tempdir().unwrap();
    let root = data.path().join("scdesk");
    let app = App::launch_with(&root, &[("SCDESK_FIRST_RUN", "ask")]).await;
    app.wait_for_text("#first-run", |t| t.contains("Welcome to SC Desk"))
        .await;
    app.click("#first-run-mine").await;

    // One's own workspace: empty, with its three steps, none done.
    let steps = app
        .wait_for_text("body[data-ready='true'] #setup-card", |t| {
            t.contains("Send your enrolment to the FMU")
        })
        .await;
    assert!(
        steps.contains("Confirm the FMU's fingerprint and pin the roster"),
        "{steps}"
    );
    assert!(
        steps.contains("Import the dossier package and the meeting"),
        "{steps}"
    );
    assert!(!steps.contains("— done"), "{steps}");
    app.wait_for_js("return document.getElementById('demo-banner').hidden")
        .await;
    assert!(root.join("workspace.json").is_file());
    assert!(!data.path().join("scdesk-demo").exists());
    // A step's button leads to where it is done.
    app.click("#setup-steps li[data-step='roster'] button")
        .await;
    app.wait_for_js("return !document.getElementById('tab-trust').hidden")
        .await;

    // The demo, beside it; then back to one's own.
    app.click("#tabs button[data-tab='dashboard']").await;
    let switch = app
        .wait_for_text("#switch-workspace", |t| t == "Open the demo")
        .await;
    assert_eq!(switch, "Open the demo");
    app.click("#switch-workspace").await;
    app.wait_for_text("body[data-ready='true'] #demo-banner", |t| {
        t.contains("Try the demo as")
    })
    .await;
    assert!(data
        .path()
        .join("scdesk-demo")
        .join("workspace.json")
        .is_file());
    app.wait_for_text("#switch-workspace", |t| t == "Open my workspace")
        .await;
    app.click("#switch-workspace").await;
    app.wait_for_text("body[data-ready='true'] #setup-card", |t| {
        t.contains("Send your enrolment to the FMU")
    })
    .await;
    app.wait_for_js("return document.getElementById('demo-banner').hidden")
        .await;
    app.quit().await;
}
