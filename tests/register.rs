//! The public register (`scdesk publish`): what it holds, what it never holds, that it is
//! the same for the same signed files, and how it refuses. The Python reference verifier
//! and the schema are exercised by `scripts/register-check` (make test-interop); the page
//! in a real WebKit view by the end-to-end tests.

use crate::util::{scdesk, stderr, stdout};
use std::path::Path;

/// Every file under `dir`, as (path relative to it, bytes), sorted.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn publish(ws: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["publish", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    scdesk(ws, &args)
}

#[test]
fn the_register_holds_the_decisions_and_nothing_private() {
    let root = tempfile::tempdir().unwrap();
    let ws = root.path().join("demo");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());
    // What a member keeps to themself, in words no signed file holds.
    let private = [
        "PRIVATE-NOTE-7f3a: ask the donor about the exit strategy",
        "PRIVATE-QUESTION-91c2: why does the budget double in year two?",
        "PRIVATE-CONFLICT-55d0: my sister works for the implementing agency",
    ];
    for args in [
        vec!["dossier", "note", "jp-nca-children-on-the-move", private[0]],
        vec![
            "dossier",
            "question",
            "jp-central-asia-remittances",
            private[1],
        ],
        vec![
            "dossier",
            "conflict",
            "jp-bangladesh-climate-mobility",
            "--reason",
            private[2],
        ],
    ] {
        let out = scdesk(&ws, &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let site = root.path().join("site");
    let out = publish(&ws, &site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Wrote the public register of 3 decisions from 1 meeting to "),
        "{}",
        stdout(&out)
    );
    let files = tree(&site);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "index.html",
        "decisions.json",
        "decisions.csv",
        "schema/decisions.schema.json",
        "VERIFY.md",
        "verify.py",
        "files/roster-v1.dsse",
        "files/meeting-sc-2026-03.dsse",
        "files/decision-sc-2026-03-r1.dsse",
        "records/record-sc-2026-03.pdf",
    ] {
        assert!(names.contains(&expected), "{expected} not in {names:?}");
    }
    // No position file, no upcoming meeting without decisions.
    assert!(!names.iter().any(|n| n.contains("position")), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("sc-2026-04")), "{names:?}");
    for (name, bytes) in &files {
        for words in private {
            let tag = &words[..words.find(':').unwrap()];
            assert!(
                !crate::util::contains_bytes(bytes, tag.as_bytes()),
                "{tag} leaked into {name}"
            );
        }
    }

    // The rows are the signed decisions: three items, amounts as signed.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("decisions.json")).unwrap()).unwrap();
    let rows = json["decisions"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["programme"], "MMPTF-JP-2023-02");
    assert_eq!(rows[0]["amount"], "2140000");
    assert_eq!(rows[0]["source"], "pool");
    assert_eq!(rows[1]["outcome"], "approved_with_conditions");
    assert_eq!(rows[2]["amount"], serde_json::Value::Null);
    // Every file listed is there with its hash, and the record PDF verifies.
    for f in json["files"].as_array().unwrap() {
        let bytes = std::fs::read(site.join(f["path"].as_str().unwrap())).unwrap();
        assert_eq!(
            scdesk::dsse::sha256_hex(&bytes),
            f["sha256"].as_str().unwrap()
        );
    }
    let verified = scdesk(
        &ws,
        &[
            "verify",
            site.join("records/record-sc-2026-03.pdf").to_str().unwrap(),
        ],
    );
    assert!(verified.status.success(), "{}", stderr(&verified));

    // The page: every figure a reader looks for, and every link leads to a file here.
    let html = String::from_utf8(std::fs::read(site.join("index.html")).unwrap()).unwrap();
    for expected in [
        "<html lang=\"en\">",
        "Migration Multi-Partner Trust Fund",
        "Steering Committee — third meeting of 2026",
        "USD 2,140,000",
        "Approved with conditions",
        "Within three months, add gender-disaggregated targets",
        "How to check these decisions",
        "<svg role=\"img\"",
    ] {
        assert!(html.contains(expected), "{expected:?} not in index.html");
    }
    assert!(!html.contains("<script"), "the page needs no script");
    // No IATI file unless the Fund's IATI identifier is given.
    assert!(!names.contains(&"iati-activities.xml"), "{names:?}");
    assert!(
        !html.contains("iati"),
        "index.html links an IATI file it lacks"
    );
    for link in html.split("href=\"").skip(1) {
        let target = &link[..link.find('"').unwrap()];
        if target.starts_with('#') || target.starts_with("https://") {
            continue;
        }
        assert!(
            site.join(target).is_file(),
            "{target} is linked but missing"
        );
    }
}

#[test]
fn the_same_signed_files_give_the_same_register() {
    let root = tempfile::tempdir().unwrap();
    let ws = root.path().join("demo");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());
    let (a, b) = (root.path().join("a"), root.path().join("b"));
    assert!(publish(&ws, &a, &[]).status.success());
    // A note between the two changes nothing published.
    assert!(scdesk(
        &ws,
        &["dossier", "note", "jp-ecuador-mobility-data", "between"]
    )
    .status
    .success());
    assert!(publish(&ws, &b, &[]).status.success());
    assert!(
        tree(&a) == tree(&b),
        "two registers of the same files differ"
    );
    let iati = ["--iati-organisation", "XI-IATI-EXAMPLE"];
    let (c, d) = (root.path().join("c"), root.path().join("d"));
    assert!(publish(&ws, &c, &iati).status.success());
    assert!(publish(&ws, &d, &iati).status.success());
    assert!(
        tree(&c) == tree(&d),
        "two IATI files of the same files differ"
    );
}

/// The IATI activity file: the programmes funded, each share a commitment to its
/// organisation, the countries as ISO codes; a malformed identifier is refused before
/// anything is written. Its validity against the official schema is checked by
/// scripts/register-check.
#[test]
fn the_iati_file_commits_what_was_approved() {
    let root = tempfile::tempdir().unwrap();
    let ws = root.path().join("demo");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());

    let bad = root.path().join("bad");
    let out = publish(&ws, &bad, &["--iati-organisation", "MPTF Office"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("“MPTF Office” is not an IATI organisation identifier"),
        "{}",
        stderr(&out)
    );
    assert!(!bad.exists());

    let site = root.path().join("site");
    let out = publish(&ws, &site, &["--iati-organisation", "XI-IATI-EXAMPLE"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let xml = String::from_utf8(std::fs::read(site.join("iati-activities.xml")).unwrap()).unwrap();
    // The two funded programmes; the third item funds nothing.
    assert_eq!(xml.matches("<iati-activity ").count(), 2, "{xml}");
    for expected in [
        "<iati-identifier>XI-IATI-EXAMPLE-MMPTF-JP-2023-02</iati-identifier>",
        "<iati-identifier>XI-IATI-EXAMPLE-MMPTF-JP-2024-02</iati-identifier>",
        r#"<reporting-org ref="XI-IATI-EXAMPLE" type="40"><narrative>UNDP Multi-Partner Trust Fund Office</narrative>"#,
        r#"<recipient-country code="GT" percentage="50"/>"#,
        r#"<recipient-country code="KG" percentage="50"/>"#,
        r#"<value currency="USD" value-date="2026-09-15">877400</value>"#,
        "<receiver-org type=\"40\"><narrative>UNICEF</narrative>",
        "Conditions set on 15 September 2026: 1. Within three months",
    ] {
        assert!(xml.contains(expected), "{expected} not in {xml}");
    }
    // The shares of each decision add up to its amount.
    let values: Vec<u64> = xml
        .split("value-date=\"2026-09-15\">")
        .skip(1)
        .map(|v| v[..v.find('<').unwrap()].parse().unwrap())
        .collect();
    assert_eq!(values.iter().sum::<u64>(), 2_140_000 + 2_033_000);
    let html = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(html.contains(r#"<a href="iati-activities.xml">"#));
}

#[test]
fn a_period_and_a_folder_are_checked_before_anything_is_written() {
    let root = tempfile::tempdir().unwrap();
    let ws = root.path().join("demo");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());

    // A period without decided meetings.
    let none = root.path().join("none");
    let out = publish(&ws, &none, &["--from", "2019-01-01", "--to", "2019-12-31"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(
            "No meeting from 1 January 2019 to 31 December 2019 has a signed decision file yet"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!none.exists());
    // A period that ends before it starts.
    let out = publish(&ws, &none, &["--from", "2026-12-31", "--to", "2026-01-01"]);
    assert!(stderr(&out).contains("after it ends"), "{}", stderr(&out));
    // A folder with something in it is never written over.
    let busy = root.path().join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("keep.txt"), "mine").unwrap();
    let out = publish(&ws, &busy, &[]);
    assert!(
        stderr(&out).contains("is not an empty folder"),
        "{}",
        stderr(&out)
    );
    assert_eq!(tree(&busy).len(), 1);
    // An empty folder is used; the period's bounds are written.
    let empty = root.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = publish(&ws, &empty, &["--from", "2026-09-01", "--to", "2026-09-30"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(empty.join("decisions.json")).unwrap()).unwrap();
    assert_eq!(json["period"]["from"], "2026-09-01");
    assert_eq!(json["decisions"].as_array().unwrap().len(), 3);
    // Nothing left beside it.
    let beside: Vec<String> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("publishing"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}
