//! One meeting run at the chair in the real app: three members' position files
//! imported, the objection and its reason shown, the decision recorded with an override,
//! the funds available updated.

use crate::fixture::{self, fixed_identity, MEETING, MEMBER_SEATS};
use crate::harness::App;
use fantoccini::Locator;
use scdesk::sync::{Kind, Stance};

fn signed<T: serde::Serialize>(seed: u8, kind: Kind, payload: &T) -> Vec<u8> {
    fixed_identity(seed)
        .sign(kind.payload_type(), scdesk::sync::payload_bytes(payload))
        .to_json()
}

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

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives the real app: run with make test-e2e"]
async fn e2e_the_chair_imports_positions_and_records_a_decision_with_an_override() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(&data.path().join("workspace")).await;
    app.wait_ready().await;

    // The FMU's roster makes this workspace's key the chair; twelve members hold test keys.
    let me = invoke(&app, "identity", serde_json::json!({})).await;
    let chair_key = me["identity"]["public_key"].as_str().unwrap().to_string();
    let members: Vec<String> = (20..32).map(|i| fixed_identity(i).public_hex()).collect();
    let roster = fixture::full_roster(
        &fixed_identity(1).public_hex(),
        &chair_key,
        &members.try_into().unwrap(),
    );
    let roster = signed(1, Kind::Roster, &roster);
    invoke(
        &app,
        "pin_roster",
        serde_json::json!({"bytes": roster, "fingerprint": fixed_identity(1).keyid()}),
    )
    .await;
    let meeting = signed(
        1,
        Kind::Meeting,
        &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
    );
    invoke(&app, "import_file", serde_json::json!({"bytes": meeting})).await;

    // Three members' position files, one objecting to item 1 with a reason.
    let reason = "Recruitment-fee monitoring has no budget line.";
    let files: Vec<std::path::PathBuf> = (0..3)
        .map(|i| {
            let item1 = if i == 1 {
                fixture::stance(1, Stance::Object, Some(reason))
            } else {
                fixture::stance(1, Stance::JoinConsensus, None)
            };
            let file = fixture::position(
                MEMBER_SEATS[i],
                MEETING,
                1,
                "2026-11-20T10:00:00Z",
                vec![item1, fixture::stance(3, Stance::JoinConsensus, None)],
            );
            let path = data.path().join(format!("positions-{i}.dsse"));
            std::fs::write(&path, signed(20 + i as u8, Kind::Position, &file)).unwrap();
            path
        })
        .collect();
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

    // The meeting: who answered, the objection and its reason.
    app.click("#tabs button[data-tab='meeting']").await;
    let card = "#mt-items section[data-item='1']";
    let text = app
        .wait_for_text(card, |t| t.contains("Objection from donors-1"))
        .await;
    assert!(text.contains(reason), "{text}");
    assert!(text.contains("2 join · 1 object"), "{text}");
    let pool_before = app.wait_for_text("#mt-pool", |t| !t.is_empty()).await;
    assert_eq!(
        pool_before,
        "Un-earmarked pool available: USD 57,019,133.16"
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
    app.wait_for_text("#mt-pool", |t| {
        t == "Un-earmarked pool available: USD 56,019,133.16"
    })
    .await;
    let area4 = app
        .wait_for_text("#mt-funds tr[data-area='4']", |t| {
            t.contains("USD 1,000,000")
        })
        .await;
    assert!(area4.contains("USD 56,019,133.16"), "{area4}");
    if let Some(dir) = std::env::var_os("SCDESK_SCREENSHOT_DIR") {
        app.screenshot(&std::path::Path::new(&dir).join("meeting.png"))
            .await;
    }
    app.quit().await;
}
