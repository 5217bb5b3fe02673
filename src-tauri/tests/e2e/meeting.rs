//! Meetings at the chair in the real app: the demo's meeting in session decided within
//! the committee's rules (no more than requested, an override over an objection, a
//! signed file that is final, a correction as revision 2), a meeting without quorum that
//! can only defer, the written procedure, a new meeting, and the past meeting's record.

use crate::harness::{demo_meeting_file, App};
use fantoccini::Locator;
use rust_decimal::Decimal;

/// Calls a command as the window does: its answer, or its `{code, message}` error.
async fn call(
    app: &App,
    cmd: &str,
    args: serde_json::Value,
) -> Result<serde_json::Value, serde_json::Value> {
    let script = "const [cmd, args, done] = arguments; window.__TAURI__.core.invoke(cmd, args).then(r => done({ok: r}), e => done({err: e}));";
    let out = app
        .client
        .execute_async(script, vec![cmd.into(), args])
        .await
        .expect("the script runs");
    match out.get("err") {
        Some(e) => Err(e.clone()),
        None => Ok(out["ok"].clone()),
    }
}

async fn invoke(app: &App, cmd: &str, args: serde_json::Value) -> serde_json::Value {
    call(app, cmd, args)
        .await
        .unwrap_or_else(|e| panic!("{cmd}: {e}"))
}

async fn invoke_err(app: &App, cmd: &str, args: serde_json::Value) -> serde_json::Value {
    match call(app, cmd, args).await {
        Ok(v) => panic!("{cmd} should be refused: {v}"),
        Err(e) => e,
    }
}

/// The demo app, opened on the Meeting tab at the upcoming meeting.
async fn at_the_upcoming_meeting(data: &std::path::Path) -> App {
    let app = App::launch(&data.join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='meeting']").await;
    app.wait_for_text("#mt-title", |t| !t.is_empty()).await;
    app.click("#mt-select option[value='sc-2026-04']").await;
    app.wait_for_text("#mt-title", |t| t.contains("fourth meeting of 2026"))
        .await;
    app
}

fn money(text: &str) -> Decimal {
    text.rsplit("USD ")
        .next()
        .unwrap()
        .replace(',', "")
        .parse()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_chair_decides_the_meeting_in_session_within_the_rules() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;

    // The demo's roster (pinned when the demo was made) gives this workspace's key the chair.
    let me = invoke(&app, "identity", serde_json::json!({})).await;
    assert_eq!(me["identity"]["role"], "chair", "{me}");

    // The Meeting tab opens on the meeting in session: nine answers, a quorum.
    app.click("#tabs button[data-tab='meeting']").await;
    app.wait_for_text("#mt-title", |t| t.contains("extraordinary session"))
        .await;
    let card1 = "#mt-items section[data-item='1']";
    let card2 = "#mt-items section[data-item='2']";
    let text = app
        .wait_for_text(card2, |t| t.contains("Objection from Søren Kjærgaard"))
        .await;
    assert!(text.contains("8 join · 1 object"), "{text}");
    app.wait_for_text(card1, |t| {
        t.contains("8 join · 0 object · 0 abstain · 1 recuse")
    })
    .await;

    // The form starts on no outcome and fills the programme's request.
    app.wait_for_js(&format!(
        "return document.querySelector(\"{card1} select[name='outcome']\").value === '' && document.querySelector(\"{card1} input[name='amount']\").value === '1,904,600'"
    ))
    .await;

    // More than the programme requested is refused with the figures.
    app.clear(&format!("{card1} input[name='amount']")).await;
    app.type_into(&format!("{card1} input[name='amount']"), "5,000,000")
        .await;
    app.click(&format!(
        "{card1} select[name='outcome'] option[value='approved']"
    ))
    .await;
    app.click(&format!("{card1} button[type='submit']")).await;
    let err = app
        .wait_for_text(&format!("{card1} .error"), |t| !t.is_empty())
        .await;
    assert!(
        err.contains("USD 5,000,000 is more than the programme requested (USD 1,904,600"),
        "{err}"
    );

    // Approving over the objection needs an override reason in words.
    let before = money(&app.wait_for_text("#mt-pool", |t| !t.is_empty()).await);
    app.click(&format!(
        "{card2} select[name='outcome'] option[value='approved']"
    ))
    .await;
    app.click(&format!("{card2} button[type='submit']")).await;
    app.wait_for_text(&format!("{card2} .error"), |t| {
        t.contains("needs an override reason")
    })
    .await;
    app.type_into(
        &format!("{card2} input[name='override']"),
        "The objection is met by a consultation plan agreed in the meeting.",
    )
    .await;
    app.click(&format!("{card2} button[type='submit']")).await;
    let recorded = app
        .wait_for_text(&format!("{card2} .recorded"), |t| t.contains("Override"))
        .await;
    assert!(recorded.contains("Decision: Approved"), "{recorded}");
    assert!(
        recorded.contains("USD 1,765,500 from the un-earmarked pool"),
        "{recorded}"
    );
    let after = scdesk::money::format_money(before - Decimal::from(1_765_500), "USD");
    app.wait_for_text("#mt-pool", |t| t.ends_with(&after)).await;

    // Item 1 at the request, item 3 approved; then the signed decision file.
    app.clear(&format!("{card1} input[name='amount']")).await;
    app.type_into(&format!("{card1} input[name='amount']"), "1,904,600")
        .await;
    app.click(&format!(
        "{card1} select[name='outcome'] option[value='approved']"
    ))
    .await;
    app.click(&format!("{card1} button[type='submit']")).await;
    app.wait_for_text(&format!("{card1} .recorded"), |t| t.contains("Approved"))
        .await;
    let card3 = "#mt-items section[data-item='3']";
    app.click(&format!(
        "{card3} select[name='outcome'] option[value='approved']"
    ))
    .await;
    app.click(&format!("{card3} button[type='submit']")).await;
    app.wait_for_text(&format!("{card3} .recorded"), |t| t.contains("Approved"))
        .await;
    let first = data.path().join("decisions.dsse");
    app.answer_save_dialogs_with(&first).await;
    app.click("#mt-export").await;
    app.wait_for_text("#mt-final", |t| t.contains("signed (revision 1) and final"))
        .await;
    assert!(first.exists());
    // A decided meeting's form is read-only: no form, a correction instead.
    app.wait_for_js("return document.querySelectorAll('#mt-items form').length === 0 && document.querySelectorAll(\"#mt-items button[name='correct']\").length === 3")
        .await;
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&std::path::Path::new(&dir).join("meeting.png"))
            .await;
    }

    // A correction is its own act: a new revision of the signed file, with its reason.
    let corrected = data.path().join("decisions-corrected.dsse");
    app.answer_save_dialogs_with(&corrected).await;
    app.click(&format!("{card1} button[name='correct']")).await;
    app.click(&format!(
        "{card1} select[name='outcome'] option[value='deferred']"
    ))
    .await;
    app.type_into(
        &format!("{card1} input[name='correction']"),
        "Item 1 was deferred in the meeting; the first file recorded it as approved by mistake.",
    )
    .await;
    app.click(&format!("{card1} button[type='submit']")).await;
    let note = app
        .wait_for_text("#mt-final", |t| t.contains("Corrected record, revision 2"))
        .await;
    assert!(note.contains("by mistake"), "{note}");
    app.wait_for_text(&format!("{card1} .recorded"), |t| t.contains("Deferred"))
        .await;
    let bytes = std::fs::read(&corrected).unwrap();
    let file: scdesk::sync::DecisionFile =
        serde_json::from_slice(&scdesk::dsse::Envelope::parse(&bytes).unwrap().payload).unwrap();
    assert_eq!(file.revision, Some(2));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_approving_without_a_quorum_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    // A meeting that started an hour ago, signed by the demo FMU, that nobody answered.
    let path = data.path().join("meeting-noq.dsse");
    std::fs::write(
        &path,
        demo_meeting_file("sc-2026-noq", -chrono::Duration::hours(1)),
    )
    .unwrap();
    let rows = app.import_file(&path, 1).await;
    assert!(rows[0].contains("Imported"), "{rows:?}");

    app.click("#tabs button[data-tab='meeting']").await;
    app.wait_for_text("#mt-title", |t| !t.is_empty()).await;
    app.click("#mt-select option[value='sc-2026-noq']").await;
    let card = "#mt-items section[data-item='3']";
    app.wait_for_text(card, |t| t.contains("No quorum: 0 of the 7"))
        .await;
    // The outcome list offers deferral only.
    app.wait_for_js(&format!(
        "const o = [...document.querySelectorAll(\"{card} select[name='outcome'] option\")].map(x => x.value); return o.join(',') === ',deferred'"
    ))
    .await;
    // Whatever reason is typed, the library refuses to approve.
    let err = invoke_err(
        &app,
        "record_decision",
        serde_json::json!({"meeting": "sc-2026-noq", "input": {
            "item": 3, "outcome": "approved", "override_reason": "Members agreed by email"}}),
    )
    .await;
    assert_eq!(err["code"], "no_quorum", "{err}");
    assert_eq!(
        err["message"],
        "No quorum: 0 of the 7 members required take part; the item can only be deferred."
    );
    app.click(&format!(
        "{card} select[name='outcome'] option[value='deferred']"
    ))
    .await;
    app.click(&format!("{card} button[type='submit']")).await;
    app.wait_for_text(&format!("{card} .recorded"), |t| t.contains("Deferred"))
        .await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_demos_past_meeting_offers_its_record_as_a_pdf() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='meeting']").await;
    // Choose the decided past meeting.
    app.click("#mt-select option[value='sc-2026-03']").await;
    app.wait_for_text("#mt-title", |t| t.contains("third meeting of 2026"))
        .await;
    let card = app
        .wait_for_text("#mt-record-card", |t| t.contains("Print record"))
        .await;
    assert!(card.contains("Save as PDF"), "{card}");
    let text = app
        .wait_for_text("#mt-items section[data-item='2']", |t| {
            t.contains("Override")
        })
        .await;
    assert!(text.contains("Objection from Ioana Mărgineanu"), "{text}");
    // What "Save as PDF" writes once the dialog returns a path.
    let path = data.path().join("record.pdf");
    invoke(
        &app,
        "save_record",
        serde_json::json!({"meeting": "sc-2026-03", "path": path, "paper": "letter"}),
    )
    .await;
    let pdf = std::fs::read(&path).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let (_, paper) = scdesk::pdf::extract(&pdf).unwrap();
    assert_eq!(paper, scdesk::pdf::Paper::Letter);
    scdesk::pdf::check_regenerates(&pdf).unwrap();

    // The year's records, with the progress bar following the records laid out.
    let year = data.path().join("2026.pdf");
    invoke(
        &app,
        "save_year_records",
        serde_json::json!({"year": 2026, "path": year, "paper": "a4"}),
    )
    .await;
    app.wait_for_text("#year-note", |t| t == "1 of 1 records laid out")
        .await;
    let bar = app
        .client
        .find(Locator::Css("#year-progress"))
        .await
        .unwrap();
    assert_eq!(bar.attr("value").await.unwrap().as_deref(), Some("1"));
    let envelopes = scdesk::pdf::check_regenerates(&std::fs::read(&year).unwrap())
        .unwrap()
        .envelopes;
    assert_eq!(envelopes.len(), 1);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_chair_opens_a_written_procedure() {
    let data = tempfile::tempdir().unwrap();
    let app = at_the_upcoming_meeting(data.path()).await;
    // A deadline ten days ahead, typed in local time as the input shows it.
    let deadline = (chrono::Local::now() + chrono::Duration::days(10))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    app.set_value("#mt-deadline", &deadline).await;
    app.click("#mt-written button").await;
    let state = app
        .wait_for_text("#mt-written-state", |t| {
            t.starts_with("Written procedure opened")
        })
        .await;
    assert!(state.contains("one objection blocks"), "{state}");
    app.wait_for_text("#mt-items section[data-item='4']", |t| {
        t.contains("Written procedure: open")
    })
    .await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_chair_creates_a_meeting_from_the_form() {
    let data = tempfile::tempdir().unwrap();
    let app = at_the_upcoming_meeting(data.path()).await;
    // The demo's upcoming meeting came unsigned: there is no meeting file to save.
    app.wait_for_js("return document.getElementById('mt-save-file').hidden === true")
        .await;
    app.click("#mt-new").await;
    app.wait_for_rows("#nm-dossiers label", 12).await;

    let file = data.path().join("sc-2027-01.dsse");
    app.answer_save_dialogs_with(&file).await;
    let starts = "2027-01-20T09:30";
    app.set_value("#nm-at", starts).await;
    app.type_into("#nm-id", "SC 2027").await;
    app.type_into("#nm-title", "Steering Committee — first meeting of 2027")
        .await;
    app.click("#nm-kind option[value='in_person']").await;
    app.type_into("#nm-place", "Geneva, Palais des Nations")
        .await;
    app.click("#nm-dossiers input[value='jp-turkiye-social-cohesion']")
        .await;
    app.click("#nm-dossiers input[value='jp-gulf-guinea-trafficking']")
        .await;
    app.type_into("#nm-other", "Dates of the meetings of 2027")
        .await;

    // A bad id is refused with the library's sentence, and nothing is written.
    app.click("#nm-submit").await;
    let err = app.wait_for_text("#nm-error", |t| !t.is_empty()).await;
    assert!(err.contains("cannot be a meeting id"), "{err}");
    assert!(!file.exists());
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.client
            .execute(
                "document.getElementById('nm-card').scrollIntoView()",
                vec![],
            )
            .await
            .unwrap();
        app.screenshot(&std::path::Path::new(&dir).join("new-meeting.png"))
            .await;
    }

    app.clear("#nm-id").await;
    app.type_into("#nm-id", "sc-2027-01").await;
    app.click("#nm-submit").await;
    app.wait_for_text("#mt-title", |t| t.contains("first meeting of 2027"))
        .await;
    let note = app
        .wait_for_text("#mt-file-note", |t| {
            t.contains("Saved the signed meeting file")
        })
        .await;
    assert!(note.contains("sc-2027-01.dsse"), "{note}");
    let meta = app
        .wait_for_text("#mt-meta", |t| t.contains("In person"))
        .await;
    assert!(meta.contains("Geneva, Palais des Nations"), "{meta}");
    app.wait_for_text("#mt-items section[data-item='3']", |t| {
        t.contains("Dates of the meetings of 2027")
    })
    .await;

    // The file on disk is the meeting, signed by this workspace's key.
    let me = invoke(&app, "identity", serde_json::json!({})).await;
    let key =
        scdesk::identity::parse_public_key(me["identity"]["public_key"].as_str().unwrap()).unwrap();
    let verified = scdesk::sync::check_with_key(&std::fs::read(&file).unwrap(), &key).unwrap();
    match verified.payload {
        scdesk::sync::Payload::Meeting(m) => {
            assert_eq!(m.meeting.id, "sc-2027-01");
            assert_eq!(m.revision, 1);
            assert_eq!(m.meeting.agenda.len(), 3);
            let local = chrono::NaiveDateTime::parse_from_str(starts, "%Y-%m-%dT%H:%M").unwrap();
            assert_eq!(
                m.meeting
                    .starts_at
                    .with_timezone(&chrono::Local)
                    .naive_local(),
                local,
                "typed in local time, stored in UTC"
            );
        }
        other => panic!("not a meeting file: {other:?}"),
    }

    // The meeting file can be saved again, to send to a member who lost it.
    let again = data.path().join("again.dsse");
    app.answer_save_dialogs_with(&again).await;
    app.click("#mt-save-file").await;
    app.wait_for_text("#mt-file-note", |t| t.contains("again.dsse"))
        .await;
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(&file).unwrap()
    );
    app.quit().await;
}

/// "Print record" opens the PDF reader where there is one; where none is registered (as
/// on this test machine, which the test checks), the chair is told so in words and the
/// record is saved where the save dialog points instead.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_printing_without_a_pdf_reader_saves_the_record() {
    let reader = std::process::Command::new("xdg-mime")
        .args(["query", "default", "application/pdf"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='meeting']").await;
    app.click("#mt-select option[value='sc-2026-03']").await;
    app.wait_for_text("#mt-record-card", |t| t.contains("Print record"))
        .await;
    let path = data.path().join("to-print.pdf");
    app.answer_save_dialogs_with(&path).await;
    app.click("#mt-print").await;
    if reader.is_empty() {
        let note = app
            .wait_for_text("#mt-record-note", |t| t.starts_with("Saved "))
            .await;
        assert!(
            note.contains("open it with a PDF reader to print it"),
            "{note}"
        );
        let pdf = std::fs::read(&path).unwrap();
        scdesk::pdf::check_regenerates(&pdf).unwrap();
    } else {
        app.wait_for_text("#mt-record-note", |t| t.contains("open in your PDF reader"))
            .await;
    }
    app.quit().await;
}
