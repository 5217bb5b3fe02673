use crate::util::{scdesk, scdesk_with, stderr, stdout};

#[test]
fn demo_workspace_shows_the_funds_contributions_to_the_dollar() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let created = scdesk(&ws, &["demo", "--passphrase"]);
    assert!(created.status.success(), "{}", stderr(&created));
    assert!(stdout(&created).contains("with the demo data"));

    let out = scdesk(&ws, &["fund", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let fund: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(fund["total"], "57595084");
    assert_eq!(fund["total_display"], "USD 57,595,084");
    assert_eq!(fund["contributor_count"], 22);
    assert_eq!(fund["contributions"][0]["contributor"], "GERMANY");
    assert_eq!(fund["contributions"][0]["amount"], "19569912");
    assert_eq!(fund["contributions"][21]["contributor"], "AZERBAIJAN");

    let text = stdout(&scdesk(&ws, &["fund"]));
    assert!(text.starts_with("[Demo data]"), "{text}");
    assert!(text.contains("TÜRKIYE"));
    assert!(text.contains("USD 57,595,084"));
    assert!(text.contains("USD 575,950.84"), "the 1% fee: {text}");

    let list = scdesk(&ws, &["dossier", "list", "--json"]);
    let dossiers: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert!(dossiers.as_array().unwrap().len() >= 8);
}

#[test]
fn an_empty_workspace_has_the_profile_and_no_money() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    assert!(scdesk(&ws, &["init", "--passphrase"]).status.success());
    let fund: serde_json::Value =
        serde_json::from_slice(&scdesk(&ws, &["fund", "--json"]).stdout).unwrap();
    assert_eq!(fund["total"], "0");
    assert_eq!(fund["earmarks"].as_array().unwrap().len(), 6);
    let info: serde_json::Value =
        serde_json::from_slice(&scdesk(&ws, &["workspace", "--json"]).stdout).unwrap();
    assert_eq!(info["demo"], false);
    assert_eq!(info["key_storage"], "passphrase");
}

#[test]
fn a_wrong_passphrase_is_one_clear_line_and_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());
    let out = scdesk_with(
        &ws,
        &["fund"],
        &[("SCDESK_PASSPHRASE", "not the right passphrase")],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("passphrase is wrong"), "{err}");
}

#[test]
fn never_creates_a_workspace_over_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());
    let before = std::fs::read(ws.join("scdesk.db")).unwrap();
    let again = scdesk(&ws, &["init", "--passphrase"]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert_eq!(std::fs::read(ws.join("scdesk.db")).unwrap(), before);
}

#[test]
fn a_missing_workspace_says_how_to_create_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = scdesk(&dir.path().join("nothing"), &["fund"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("scdesk init") && err.contains("scdesk demo"),
        "{err}"
    );
}

#[test]
fn a_passphrase_workspace_without_a_passphrase_says_how_to_give_one() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    assert!(scdesk(&ws, &["init", "--passphrase"]).status.success());
    let out = scdesk_with(&ws, &["fund"], &[]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("SCDESK_PASSPHRASE"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_short_passphrase_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let out = scdesk_with(
        &ws,
        &["init", "--passphrase"],
        &[("SCDESK_PASSPHRASE", "short")],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("too short"), "{}", stderr(&out));
    assert!(!ws.join("scdesk.db").exists());
}
