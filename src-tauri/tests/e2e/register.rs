//! The public register: the chair publishes it from the meeting screen, and the page it
//! writes reads cleanly in WebKit, with no accessibility violation axe-core can find.

use crate::harness::{App, Browser};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_register_is_published_from_the_app_and_reads_cleanly() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='meeting']").await;
    app.click("#mt-select option[value='sc-2026-03']").await;
    app.wait_for_text("#mt-record-card", |t| t.contains("Publish the register"))
        .await;
    let site = data.path().join("register");
    app.answer_save_dialogs_with(&site).await;
    app.click("#register-form button[type='submit']").await;
    let note = app.wait_for_text("#register-note", |t| !t.is_empty()).await;
    assert!(
        note.starts_with("Published 3 decisions of 1 meeting in "),
        "{note}"
    );
    // A second time into the same folder: refused in words, the register untouched.
    let before = std::fs::read(site.join("decisions.json")).unwrap();
    app.click("#register-form button[type='submit']").await;
    let note = app
        .wait_for_text("#register-note", |t| t.contains("not an empty folder"))
        .await;
    assert!(!note.contains("Error"), "{note}");
    assert_eq!(std::fs::read(site.join("decisions.json")).unwrap(), before);
    assert!(!site.join("iati-activities.xml").exists());
    // With the Fund's IATI identifier: a name instead is refused in words and writes
    // nothing; the identifier adds the IATI file.
    let iati_site = data.path().join("register-iati");
    app.answer_save_dialogs_with(&iati_site).await;
    app.type_into("#register-iati", "MPTF Office").await;
    app.click("#register-form button[type='submit']").await;
    let note = app
        .wait_for_text("#register-note", |t| {
            t.contains("is not an IATI organisation identifier")
        })
        .await;
    assert!(note.contains("for example XM-DAC-41114"), "{note}");
    assert!(!iati_site.exists());
    app.clear("#register-iati").await;
    app.type_into("#register-iati", "XI-IATI-EXAMPLE").await;
    app.click("#register-form button[type='submit']").await;
    app.wait_for_text("#register-note", |t| t.starts_with("Published 3 decisions"))
        .await;
    let xml = std::fs::read_to_string(iati_site.join("iati-activities.xml")).unwrap();
    assert!(xml.contains("<iati-identifier>XI-IATI-EXAMPLE-MMPTF-JP-2023-02</iati-identifier>"));
    app.quit().await;

    let browser = Browser::launch().await;
    browser.open(&site.join("index.html")).await;
    let title = browser.client.title().await.unwrap();
    assert_eq!(
        title,
        "Migration Multi-Partner Trust Fund: Steering Committee decisions"
    );
    // The page needs no script and loads nothing from outside its folder.
    let outside = browser
        .client
        .execute(
            "return [...document.querySelectorAll('script, link[rel=stylesheet], img, iframe')].length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(outside.as_u64(), Some(0));
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "axe-core: {violations:#?}");
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        browser
            .screenshot(&std::path::Path::new(&dir).join("register.png"))
            .await;
    }
    browser.quit().await;
}
