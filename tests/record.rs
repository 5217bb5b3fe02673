//! The decision record as a PDF: what a reader sees (checked by extracting the text with
//! pdftotext), that it proves itself (the embedded decision file), that any change is
//! caught and named, and that the same decision always gives the same bytes.

use crate::util::{contains_bytes, scdesk, stderr, stdout};
use std::process::Command;

fn demo_record(root: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let ws = root.join("demo");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());
    let pdf = root.join("record.pdf");
    let out = scdesk(
        &ws,
        &[
            "record",
            "pdf",
            "--meeting",
            "sc-2026-03",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    (ws, pdf)
}

pub fn pdftotext(pdf: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_record_shows_the_meeting_its_decisions_and_the_signature() {
    let root = tempfile::tempdir().unwrap();
    let (_, pdf) = demo_record(root.path());
    let text = pdftotext(&pdf);
    for expected in [
        "Migration Multi-Partner Trust Fund",
        "Steering Committee — Decision record",
        "Record number MMPTF-SC-sc-2026-03",
        "Søren Kjærgaard (Denmark)",
        "Ioana Mărgineanu",
        "Tomás Echeverría Ruiz",
        "MMPTF-JP-2023-02",
        "Decision: Approved with conditions",
        "Amount approved: USD 2,140,000, from the un-earmarked pool.",
        "USD 2,033,000",
        "The remittance component does not yet show how women-led households will",
        "Override by the chair:",
        "Funds after the decisions",
        "Key fingerprint:",
        "Page 1 of 3",
        "Page 3 of 3",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(&pdf)
        .output()
        .expect("qpdf is installed");
    assert!(
        qpdf.status.success(),
        "{}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
}

#[test]
fn the_same_decision_file_gives_the_same_bytes_and_the_pdf_verifies() {
    let root = tempfile::tempdir().unwrap();
    let (ws, pdf) = demo_record(root.path());
    let again = root.path().join("again.pdf");
    assert!(scdesk(
        &ws,
        &[
            "record",
            "pdf",
            "--meeting",
            "sc-2026-03",
            "--out",
            again.to_str().unwrap()
        ]
    )
    .status
    .success());
    assert!(
        std::fs::read(&pdf).unwrap() == std::fs::read(&again).unwrap(),
        "two renderings differ"
    );
    let out = scdesk(&ws, &["verify", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out)
        .starts_with("valid: the PDF is the record of its embedded, signed decision file"));
    // The attachment is the exact signed file.
    let (envelope, _) = scdesk::pdf::extract(&std::fs::read(&pdf).unwrap()).unwrap();
    let env = scdesk::dsse::Envelope::parse(&envelope).unwrap();
    assert_eq!(env.payload_type, "application/vnd.scdesk.decision+json");
}

#[test]
fn a_changed_byte_is_caught_and_named() {
    let root = tempfile::tempdir().unwrap();
    let (ws, pdf) = demo_record(root.path());
    let bytes = std::fs::read(&pdf).unwrap();
    // `scdesk verify` on a copy of the record with the bytes given.
    let verify = |name: &str, changed: &[u8]| {
        let f = root.path().join(name);
        std::fs::write(&f, changed).unwrap();
        scdesk(&ws, &["verify", f.to_str().unwrap()])
    };
    let refused = |name: &str, changed: &[u8]| {
        let out = verify(name, changed);
        assert!(!out.status.success(), "{name} should not verify");
        stderr(&out)
    };

    // In the embedded decision file: its signature no longer matches.
    let at = bytes
        .windows(7)
        .position(|w| w == b"\"sig\":\"")
        .expect("the envelope is embedded")
        + 7;
    let mut envelope_changed = bytes.clone();
    envelope_changed[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    let err = refused("envelope-changed.pdf", &envelope_changed);
    assert!(
        err.contains("the embedded decision file does not verify"),
        "{err}"
    );

    // In the text of a page (a glyph of the first line shown): the record no longer matches.
    assert!(contains_bytes(&bytes, b"> Tj"));
    let at = bytes.windows(4).position(|w| w == b"> Tj").unwrap() - 1;
    let mut text_changed = bytes.clone();
    text_changed[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
    let err = refused("text-changed.pdf", &text_changed);
    assert!(
        err.contains("differs from the record generated from its signed decision file"),
        "{err}"
    );

    // The layout stamp: a record drawn by another layout is named as such, not as changed.
    assert_eq!(
        scdesk::pdf::layout_of(&bytes).unwrap().as_deref(),
        Some("1")
    );
    let stamp = b"/SCDeskLayout 1";
    let at = bytes
        .windows(stamp.len())
        .position(|w| w == stamp)
        .expect("the layout is stamped in the document information");
    let mut other_layout = bytes.clone();
    other_layout[at + stamp.len() - 1] = b'7';
    let err = refused("other-layout.pdf", &other_layout);
    assert!(
        err.contains("drawn by SC Desk record layout 7, and this version draws layout 1"),
        "{err}"
    );
    // A record made before stamps existed (the same drawing, no stamp) still verifies.
    let mut doc = lopdf::Document::load_mem(&bytes).unwrap();
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    doc.get_dictionary_mut(info)
        .unwrap()
        .remove(b"SCDeskLayout");
    let mut unstamped = Vec::new();
    doc.save_to(&mut unstamped).unwrap();
    assert_eq!(scdesk::pdf::layout_of(&unstamped).unwrap(), None);
    let out = verify("unstamped.pdf", &unstamped);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_years_records_go_into_one_pdf_that_verifies() {
    let root = tempfile::tempdir().unwrap();
    let (ws, _) = demo_record(root.path());
    let this_year = chrono::Datelike::year(&chrono::Utc::now()).to_string();
    // The demo's chair decides item 3 of the meeting in session (nine members answered:
    // a quorum) and signs its decision file.
    let out = scdesk(
        &ws,
        &[
            "decide",
            "--meeting",
            "sc-2026-ext",
            "--item",
            "3",
            "--outcome",
            "approved",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let file = root.path().join("decisions.dsse");
    assert!(scdesk(
        &ws,
        &[
            "export",
            "decisions",
            "--meeting",
            "sc-2026-ext",
            "--out",
            file.to_str().unwrap()
        ]
    )
    .status
    .success());

    let year = root.path().join("2026.pdf");
    let out = scdesk(
        &ws,
        &[
            "record",
            "pdf",
            "--year",
            &this_year,
            "--out",
            year.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The meeting in session is this year's; the demo's past meeting is 2026's.
    let records = if this_year == "2026" { 2 } else { 1 };
    assert!(
        stderr(&out).contains(&format!("Laying out record {records} of {records}")),
        "{}",
        stderr(&out)
    );
    let text = pdftotext(&year);
    assert_eq!(
        text.contains("Record number MMPTF-SC-sc-2026-03"),
        records == 2,
        "{text}"
    );
    assert!(
        text.contains("Record number MMPTF-SC-sc-2026-ext"),
        "{text}"
    );
    assert!(
        text.contains("Dates of the Steering Committee's meetings in 2027"),
        "{text}"
    );
    let list = Command::new("pdfdetach")
        .arg("-list")
        .arg(&year)
        .output()
        .expect("pdfdetach");
    assert!(String::from_utf8_lossy(&list.stdout).starts_with(&format!("{records} embedded files")));
    let verified = scdesk(&ws, &["verify", year.to_str().unwrap()]);
    assert!(verified.status.success(), "{}", stderr(&verified));

    let none = scdesk(
        &ws,
        &[
            "record",
            "pdf",
            "--year",
            "2019",
            "--out",
            root.path().join("x.pdf").to_str().unwrap(),
        ],
    );
    assert!(
        stderr(&none).contains("No meeting of 2019 has a signed decision file yet."),
        "{}",
        stderr(&none)
    );
}
