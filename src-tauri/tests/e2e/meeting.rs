//! One meeting run at the chair in the real app: three members' position files
//! imported, the objection and its reason shown, the decision recorded with an override,
//! the funds available updated.

use crate::fixture::{self, MEETING};
use crate::harness::App;
use fantoccini::Locator;
use rust_decimal::Decimal;
use scdesk::sync::{Kind, Stance};

async fn invoke(app: &App, cmd: &str, args: serde_json::Value) -> serde_json::Value {
    let script = "const [cmd, args, done] = arguments; window.__TAURI__.core.invoke(cmd, args).then(r => done({ok: r}), e => done({err: e}));";
    let out = app
        .client
        .execute_async(script, vec![cmd.into(), args])
        .await
        .expect("the script runs");
    assert!(out.get("err").is_none(), "{cmd}: {out}");
    out["ok"].clone()
}

/// The demo app, opened on the Meeting tab at the upcoming meeting.
async fn at_the_upcoming_meeting(data: &std::path::Path) -> App {
    let app = App::launch(&data.join("workspace")).await;
    app.wait_ready().await;
    app.click("#tabs button[data-tab='meeting']").await;
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
async fn e2e_the_chair_imports_positions_and_records_a_decision_with_an_override() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;

    // The demo's roster (pinned when the demo was made) gives this workspace's key the chair.
    let me = invoke(&app, "identity", serde_json::json!({})).await;
    assert_eq!(me["identity"]["role"], "chair", "{me}");

    // Three members' position files (demo keys), one objecting to item 1 with a reason.
    let reason = "Recruitment-fee monitoring has no budget line.";
    let mut files = Vec::new();
    for (i, seat) in ["un-1", "donor-1", "country-1"].iter().enumerate() {
        let item1 = if i == 1 {
            fixture::stance(1, Stance::Object, Some(reason))
        } else {
            fixture::stance(1, Stance::JoinConsensus, None)
        };
        let file = fixture::position(
            seat,
            MEETING,
            1,
            "2026-11-20T10:00:00Z",
            vec![item1, fixture::stance(6, Stance::JoinConsensus, None)],
        );
        let bytes = scdesk::demo::demo_identity(seat)
            .sign(
                Kind::Position.payload_type(),
                scdesk::sync::payload_bytes(&file),
            )
            .to_json();
        let path = data.path().join(format!("positions-{seat}.dsse"));
        std::fs::write(&path, bytes).unwrap();
        files.push(path);
    }
    app.click("#tabs button[data-tab='import']").await;
    for (n, path) in files.iter().enumerate() {
        let input = app
            .client
            .find(Locator::Css("#import-files"))
            .await
            .unwrap();
        input.send_keys(path.to_str().unwrap()).await.unwrap();
        app.wait_for_rows("#import-results tbody tr", n + 1).await;
    }
    let rows = app.wait_for_rows("#import-results tbody tr", 3).await;
    assert!(rows.iter().all(|r| r.contains("Imported")), "{rows:?}");

    // The meeting: the objection and its reason.
    app.click("#tabs button[data-tab='meeting']").await;
    let card = "#mt-items section[data-item='1']";
    let text = app
        .wait_for_text(card, |t| t.contains("Objection from donor-1"))
        .await;
    assert!(text.contains(reason), "{text}");
    assert!(text.contains("2 join · 1 object"), "{text}");
    let before = money(&app.wait_for_text("#mt-pool", |t| !t.is_empty()).await);
    let allocated = |row: &str| money(row);
    let area4_before = allocated(
        &app.wait_for_text("#mt-funds tr[data-area='4'] td:nth-child(3)", |t| {
            !t.is_empty()
        })
        .await,
    );

    // Approving over the objection needs an override reason.
    app.type_into(&format!("{card} input[name='amount']"), "1,000,000")
        .await;
    app.click(&format!("{card} button[type='submit']")).await;
    app.wait_for_text(&format!("{card} .error"), |t| {
        t.contains("needs an override reason")
    })
    .await;
    app.type_into(
        &format!("{card} input[name='override']"),
        "The objection is met by a condition agreed in the room.",
    )
    .await;
    app.click(&format!("{card} button[type='submit']")).await;
    let recorded = app
        .wait_for_text(&format!("{card} .recorded"), |t| t.contains("Override"))
        .await;
    assert!(recorded.contains("Decision: Approved"), "{recorded}");
    assert!(
        recorded.contains("USD 1,000,000 from the un-earmarked pool"),
        "{recorded}"
    );

    // The funds available are updated.
    let after = scdesk::money::format_money(before - Decimal::from(1_000_000), "USD");
    app.wait_for_text("#mt-pool", |t| t.ends_with(&after)).await;
    app.wait_for_text("#mt-funds tr[data-area='4'] td:nth-child(2)", |t| {
        t == after
    })
    .await;
    let area4_after = allocated(
        &app.wait_for_text("#mt-funds tr[data-area='4'] td:nth-child(3)", |t| {
            !t.is_empty()
        })
        .await,
    );
    assert_eq!(area4_after - area4_before, Decimal::from(1_000_000));
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&std::path::Path::new(&dir).join("meeting.png"))
            .await;
    }
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
    assert!(text.contains("Objection from stakeholder-2"), "{text}");
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
    let envelopes = scdesk::pdf::check_regenerates(&std::fs::read(&year).unwrap()).unwrap();
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
    app.wait_for_text("#mt-items section[data-item='6']", |t| {
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
