//! The decision record as a PDF: what a reader sees (checked by extracting the text with
//! pdftotext), that it proves itself (the embedded decision file), that any change is
//! caught and named, that the same decision always gives the same bytes, that it is small
//! and tagged (its structure tree walked here; the PDF/A-3b markers are read by pikepdf in
//! `scripts/interop-check`), and that records of layout 1 still verify.

use crate::util::{scdesk, stderr, stdout};
use scdesk::lang::Lang;
use std::process::Command;

fn demo_record(root: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let ws = root.join("demo");
    assert!(scdesk(&ws, &["demo", "--passphrase"]).status.success());
    let pdf = root.join("record.pdf");
    print_past_record(&ws, "a4", &pdf);
    (ws, pdf)
}

/// `scdesk record pdf` of the demo's past meeting on `paper`, into `out`.
fn print_past_record(ws: &std::path::Path, paper: &str, out: &std::path::Path) {
    let printed = scdesk(
        ws,
        &[
            "record",
            "pdf",
            "--meeting",
            "sc-2026-03",
            "--paper",
            paper,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(printed.status.success(), "{}", stderr(&printed));
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
        "Record number MMPTF-SC-2026-03",
        "Søren Kjærgaard (Denmark)",
        "Ioana Mărgineanu",
        "Tomás Echeverría Ruiz",
        "MMPTF-JP-2023-02",
        "Decision: Approved with conditions",
        "Amount approved: USD 2,140,000, from the un-earmarked pool.",
        "USD 2,033,000",
        "component does not yet show how women-led households will be reached.",
        "Override by the chair:",
        "Objection by Ioana Mărgineanu",
        "Quorum: 7 members, under the committee's rules of procedure.",
        "Funds after the decisions",
        "How to check this record",
        "Decision record MMPTF-SC-2026-03 · page 1 of 3",
        "Decision record MMPTF-SC-2026-03 · page 3 of 3",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Words for programmers stay out of the pages (the hash and the signature appear once,
    // in the closing section's technical details).
    for absent in [
        "scdesk verify",
        "the FMU sets it",
        "(seat chair)",
        "Signed payload",
        "objection(s)",
    ] {
        assert!(!text.contains(absent), "{absent:?} in:\n{text}");
    }
    assert_eq!(
        text.matches("SHA-256 of the signed payload").count(),
        1,
        "{text}"
    );
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
    print_past_record(&ws, "a4", &again);
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

    // In the pages: a byte of the document's title, and a byte inside a page's compressed
    // drawing. The record no longer matches what its decision file gives.
    let title = b"/Title (Decision record";
    let at = bytes
        .windows(title.len())
        .position(|w| w == title)
        .expect("the title is in the document information")
        + title.len()
        + 2;
    let mut title_changed = bytes.clone();
    title_changed[at] ^= 0x01;
    let err = refused("title-changed.pdf", &title_changed);
    assert!(
        err.contains("differs from the record generated from its signed decision file"),
        "{err}"
    );
    let stream = b"/Filter /FlateDecode";
    let at = bytes
        .windows(stream.len())
        .position(|w| w == stream)
        .expect("a compressed stream")
        + 60;
    let mut drawing_changed = bytes.clone();
    drawing_changed[at] ^= 0x01;
    let err = refused("drawing-changed.pdf", &drawing_changed);
    assert!(
        err.contains("differs from the record generated from its signed decision file"),
        "{err}"
    );

    // The layout stamp: a record drawn by another layout is named as such, not as changed.
    assert_eq!(
        scdesk::pdf::layout_of(&bytes).unwrap().as_deref(),
        Some("3")
    );
    let stamp = b"/SCDeskLayout 3";
    let at = bytes
        .windows(stamp.len())
        .position(|w| w == stamp)
        .expect("the layout is stamped in the document information");
    let mut other_layout = bytes.clone();
    other_layout[at + stamp.len() - 1] = b'7';
    let err = refused("other-layout.pdf", &other_layout);
    assert!(
        err.contains("drawn by SC Desk record layout 7, and this version draws layouts 1 to 3"),
        "{err}"
    );

    // The language stamp: another language SC Desk prints is drawn and compared (and
    // differs); one it does not print is named.
    let stamp = b"/SCDeskLanguage (en)";
    let at = bytes
        .windows(stamp.len())
        .position(|w| w == stamp)
        .expect("the language is stamped in the document information");
    let mut french = bytes.clone();
    french[at + stamp.len() - 3..at + stamp.len() - 1].copy_from_slice(b"fr");
    let err = refused("language-changed.pdf", &french);
    assert!(
        err.contains("differs from the record generated from its signed decision file"),
        "{err}"
    );
    let mut german = bytes.clone();
    german[at + stamp.len() - 3..at + stamp.len() - 1].copy_from_slice(b"de");
    let err = refused("other-language.pdf", &german);
    assert!(
        err.contains("drawn in the language “de”") || err.contains("drawn in the language `de`"),
        "{err}"
    );
}

/// The decision file of a record printed with layout 1 (the demo's past meeting, signed by
/// a demo chair key), and the SHA-256 of the A4 and Letter PDFs layout 1 drew from it
/// before layout 2 existed.
fn layout_1_vector() -> (Vec<u8>, Vec<(scdesk::pdf::Paper, String)>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records");
    let envelope = std::fs::read(dir.join("layout-1.dsse")).unwrap();
    let sums = std::fs::read_to_string(dir.join("layout-1.sha256")).unwrap();
    let papers = sums
        .lines()
        .map(|line| {
            let (sum, name) = line.split_once("  ").unwrap();
            let paper = if name.contains("letter") {
                scdesk::pdf::Paper::Letter
            } else {
                scdesk::pdf::Paper::A4
            };
            (paper, sum.to_string())
        })
        .collect();
    (envelope, papers)
}

/// Layout 2 draws the vector to the bytes it drew when it was released: a change to its
/// code, its fonts, its ICC profile or the crates it draws with would stop the records it
/// printed from verifying. (`UPDATE_RECORDS=1` writes the hashes, only while layout 2 is the
/// layout in development; once released, never.)
#[test]
fn layout_2_draws_what_it_drew() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records");
    let (envelope, _) = layout_1_vector();
    let mut sums = String::new();
    for (paper, name) in [
        (scdesk::pdf::Paper::A4, "layout-2.a4.pdf"),
        (scdesk::pdf::Paper::Letter, "layout-2.letter.pdf"),
    ] {
        let pdf = scdesk::pdf::render(&envelope, paper, Lang::En).unwrap();
        assert_eq!(scdesk::pdf::check_regenerates(&pdf).unwrap().layout, 2);
        sums.push_str(&format!("{}  {name}\n", scdesk::dsse::sha256_hex(&pdf)));
    }
    let path = dir.join("layout-2.sha256");
    if std::env::var_os("UPDATE_RECORDS").is_some() {
        std::fs::write(&path, &sums).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), sums);
}

/// Layout 3 draws its vector (a format 3 decision file: the demo's past meeting, signed by
/// a demo chair key) to the bytes it drew when it was released, in each language: a change
/// to its code, its words (`record3.ftl`), ICU's data or the crates it draws with would
/// stop the records it printed from verifying. (`UPDATE_RECORDS=1` writes the hashes, only
/// while layout 3 is the layout in development; once released, never.)
#[test]
fn layout_3_draws_what_it_drew() {
    use scdesk::pdf::Paper;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records");
    let envelope = std::fs::read(dir.join("layout-3.dsse")).unwrap();
    let mut sums = String::new();
    for (paper, lang, name) in [
        (Paper::A4, Lang::En, "layout-3.en.a4.pdf"),
        (Paper::Letter, Lang::En, "layout-3.en.letter.pdf"),
        (Paper::A4, Lang::Fr, "layout-3.fr.a4.pdf"),
        (Paper::A4, Lang::Es, "layout-3.es.a4.pdf"),
    ] {
        let pdf = scdesk::pdf::render(&envelope, paper, lang).unwrap();
        let checked = scdesk::pdf::check_regenerates(&pdf).unwrap();
        assert_eq!((checked.layout, checked.language), (3, lang), "{name}");
        sums.push_str(&format!("{}  {name}\n", scdesk::dsse::sha256_hex(&pdf)));
    }
    let path = dir.join("layout-3.sha256");
    if std::env::var_os("UPDATE_RECORDS").is_some() {
        std::fs::write(&path, &sums).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), sums);
}

/// The words layout 3 prints are frozen with it: a changed translation in
/// `record3.ftl` is a new layout (`record4.ftl`, layout 4), never an edit, or the records
/// printed in that language would stop verifying. The hashes name the files.
#[test]
fn layout_3_words_are_frozen() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sums = String::new();
    for lang in ["en", "fr", "es"] {
        let name = format!("crates/scdesk-lang/locales/{lang}/record3.ftl");
        let text = std::fs::read(root.join(&name)).unwrap();
        sums.push_str(&format!("{}  {name}\n", scdesk::dsse::sha256_hex(&text)));
    }
    let path = root.join("tests/records/layout-3.catalogue");
    if std::env::var_os("UPDATE_RECORDS").is_some() {
        std::fs::write(&path, &sums).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        sums,
        "record3.ftl changed: layout 3's words are frozen; add record4.ftl and layout 4"
    );
}

/// One signed decision file (format 3) prints in French and in Spanish: the pages speak
/// the language asked, every record carries the same signed file, each verifies (and says
/// in which language it was drawn again), and a changed byte is still refused.
#[test]
fn one_decision_file_prints_and_verifies_in_french_and_spanish() {
    let root = tempfile::tempdir().unwrap();
    let (ws, english) = demo_record(root.path());
    let signed = scdesk::pdf::extract(&std::fs::read(&english).unwrap())
        .unwrap()
        .0;
    let print = |lang: &str, env: &[(&str, &str)]| {
        let out = root.path().join(format!("record-{lang}.pdf"));
        let mut args = vec!["record", "pdf", "--meeting", "sc-2026-03", "--out"];
        args.push(out.to_str().unwrap());
        let mut env = env.to_vec();
        env.push(("SCDESK_PASSPHRASE", crate::util::PASSPHRASE));
        let printed = crate::util::scdesk_with(&ws, &args, &env);
        assert!(printed.status.success(), "{}", stderr(&printed));
        out
    };
    let cases = [
        (
            print("fr", &[("SCDESK_LANG", "fr")]),
            "French",
            &[
                "Fonds d’affectation spéciale pluripartenaires pour les",
                "Comité de pilotage — Relevé de décisions",
                "Présence et quorum",
                "15 septembre 2026, 08:00 UTC",
                "Décision : Approuvé sous conditions",
                "Montant approuvé : 2 140 000 USD, sur le fonds commun sans préaffectation.",
                "Pas de consensus : 1 objection.",
                "Fonds après les décisions",
                "Comment vérifier ce relevé",
                "Relevé de décisions MMPTF-SC-2026-03 · page 1 sur 3",
            ][..],
        ),
        (
            print("es", &[("SCDESK_LANG", "es"), ("LANG", "fr_FR.UTF-8")]),
            "Spanish",
            &[
                "Fondo Fiduciario de Asociados Múltiples para la",
                "Comité Directivo — Acta de decisiones",
                "Asistencia y quórum",
                "15 de septiembre de 2026, 08:00 UTC",
                "Decisión: Aprobado con condiciones",
                "Importe aprobado: 2.140.000 USD, con cargo al fondo común sin asignación específica.",
                "Cómo verificar esta acta",
                "Acta de decisiones MMPTF-SC-2026-03 · página 1 de 3",
            ][..],
        ),
    ];
    for (pdf, language, headings) in cases {
        let text = pdftotext(&pdf);
        for expected in headings {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        for english in ["Decision record", "Attendance and quorum", "How to check"] {
            assert!(
                !text.contains(english),
                "{english:?} in the {language} record"
            );
        }
        let bytes = std::fs::read(&pdf).unwrap();
        assert_eq!(
            scdesk::pdf::extract(&bytes).unwrap().0,
            signed,
            "{language}"
        );
        let out = scdesk(&ws, &["verify", pdf.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stdout(&out).contains(&format!("record layout 3 in {language}")),
            "{}",
            stdout(&out)
        );
        // A byte inside a page's compressed drawing.
        let stream = b"/Filter /FlateDecode";
        let at = bytes
            .windows(stream.len())
            .position(|w| w == stream)
            .unwrap()
            + 60;
        let mut changed = bytes.clone();
        changed[at] ^= 0x01;
        let f = root.path().join(format!("changed-{language}.pdf"));
        std::fs::write(&f, &changed).unwrap();
        let out = scdesk(&ws, &["verify", f.to_str().unwrap()]);
        assert!(
            !out.status.success(),
            "a changed {language} record verified"
        );
        assert!(
            stderr(&out)
                .contains("differs from the record generated from its signed decision file"),
            "{}",
            stderr(&out)
        );
    }
    // The command line does not follow the system's language: without --lang or
    // SCDESK_LANG the record is English.
    let system_french = print(
        "system",
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")],
    );
    assert!(pdftotext(&system_french).contains("Steering Committee — Decision record"));
}

#[test]
fn records_printed_with_layout_1_still_verify() {
    let (envelope, papers) = layout_1_vector();
    assert_eq!(papers.len(), 2);
    for (paper, sum) in papers {
        // Layout 1 draws today exactly the bytes it drew then.
        let pdf = scdesk::pdf::render_with_layout(
            std::slice::from_ref(&envelope),
            paper,
            Some(1),
            Lang::En,
        )
        .unwrap();
        assert_eq!(scdesk::dsse::sha256_hex(&pdf), sum, "{paper:?}");
        let checked = scdesk::pdf::check_regenerates(&pdf).unwrap();
        assert_eq!(checked.layout, 1);
        assert_eq!(checked.envelopes, vec![envelope.clone()]);

        // A record made before stamps existed (the same drawing, no stamp) still verifies,
        // as layout 1.
        let mut doc = lopdf::Document::load_mem(&pdf).unwrap();
        let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        doc.get_dictionary_mut(info)
            .unwrap()
            .remove(b"SCDeskLayout");
        let mut unstamped = Vec::new();
        doc.save_to(&mut unstamped).unwrap();
        assert_eq!(scdesk::pdf::layout_of(&unstamped).unwrap(), None);
        assert_eq!(
            scdesk::pdf::check_regenerates(&unstamped).unwrap().layout,
            1
        );

        // A changed byte in a layout-1 record is still caught.
        let at = pdf.windows(4).position(|w| w == b"> Tj").unwrap() - 1;
        let mut changed = pdf.clone();
        changed[at] = if pdf[at] == b'0' { b'1' } else { b'0' };
        assert!(matches!(
            scdesk::pdf::check_regenerates(&changed),
            Err(scdesk::pdf::PdfError::ContentChanged)
        ));
    }
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
        text.contains("Record number MMPTF-SC-2026-03"),
        records == 2,
        "{text}"
    );
    assert!(text.contains("Record number MMPTF-SC-2026-EXT"), "{text}");
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

fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is installed (poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_record_is_small_archival_and_reads_in_order() {
    let root = tempfile::tempdir().unwrap();
    let (ws, a4) = demo_record(root.path());
    let letter = root.path().join("letter.pdf");
    print_past_record(&ws, "letter", &letter);
    for pdf in [&a4, &letter] {
        let name = pdf.to_str().unwrap();
        // Small enough for any mail gateway: the fonts carry only the glyphs drawn.
        let size = std::fs::metadata(pdf).unwrap().len();
        assert!(size < 150 * 1024, "{name} is {size} bytes");
        let info = tool("pdfinfo", &[name]);
        let field = |key: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(key).map(|v| v.trim().to_string()))
                .unwrap_or_else(|| panic!("no {key} in:\n{info}"))
        };
        assert_eq!(field("PDF version:"), "1.7");
        assert_eq!(field("Tagged:"), "yes");
        assert_eq!(field("Pages:"), "3");
        assert_eq!(field("Encrypted:"), "no");
        assert_eq!(field("JavaScript:"), "no");
        let fonts = tool("pdffonts", &[name]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert_eq!(rows.len(), 2, "{fonts}");
        for row in rows {
            // emb, sub, uni: embedded, subset, mapped to text.
            assert!(row.contains("yes yes yes"), "{fonts}");
        }
        let list = tool("pdfdetach", &["-list", name]);
        assert!(
            list.starts_with("1 embedded files\n1: decision-file.dsse.json"),
            "{list}"
        );
        let qpdf = Command::new("qpdf")
            .args(["--check", name])
            .output()
            .unwrap();
        assert!(
            qpdf.status.success() && qpdf.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&qpdf.stderr)
        );

        // Read in order, as a screen reader or a copy and paste gets it: the sections come
        // in the order of the page, each item's tally after its decision.
        let text = tool("pdftotext", &[name, "-"]);
        let order = [
            "Migration Multi-Partner Trust Fund",
            "Record number MMPTF-SC-2026-03",
            "Attendance and quorum",
            "Adaeze Okonkwo-Lind (ILO)",
            "Kenji Watanabe-Hale",
            "Decision rule: Consensus.",
            "Item 1: Children on the move",
            "Decision: Approved",
            "Amount approved: USD 2,140,000",
            "Tally by constituency",
            "Item 2: Remittances",
            "Decision: Approved with conditions",
            "Objection by Ioana Mărgineanu",
            "Override by the chair",
            "Item 3: Adoption of the Fund's work plan for 2027",
            "Funds after the decisions",
            "Signed by the chair, Leonora Achterberg",
            "How to check this record",
            "Technical details",
            "SHA-256 of the signed payload: ",
        ];
        let mut from = 0;
        for part in order {
            let at = text[from..]
                .find(part)
                .unwrap_or_else(|| panic!("{part:?} not found after byte {from} in:\n{text}"));
            from += at + part.len();
        }
    }
}

#[test]
fn a_year_of_records_stays_under_a_megabyte() {
    let (envelope, _) = layout_1_vector();
    // Fourteen three-page records: 42 pages, fourteen decision files attached.
    let many = vec![envelope; 14];
    let pdf =
        scdesk::pdf::render_many(&many, scdesk::pdf::Paper::A4, Lang::En, &mut |_, _| {}).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    assert!(
        doc.get_pages().len() >= 40,
        "{} pages",
        doc.get_pages().len()
    );
    assert!(pdf.len() < 1024 * 1024, "{} bytes", pdf.len());
    assert_eq!(
        scdesk::pdf::check_regenerates(&pdf)
            .unwrap()
            .envelopes
            .len(),
        14
    );
}

/// The text each glyph id of a font stands for, from its ToUnicode map.
fn to_unicode(
    doc: &lopdf::Document,
    font: &lopdf::Dictionary,
) -> std::collections::HashMap<u16, String> {
    let cmap = doc
        .get_object(font.get(b"ToUnicode").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let text = String::from_utf8(
        cmap.decompressed_content()
            .unwrap_or_else(|_| cmap.content.clone()),
    )
    .unwrap();
    let hex = |s: &str| -> Vec<u16> {
        let s = s.trim_matches(|c| c == '<' || c == '>');
        (0..s.len())
            .step_by(4)
            .map(|i| u16::from_str_radix(&s[i..i + 4], 16).unwrap())
            .collect()
    };
    let mut map = std::collections::HashMap::new();
    for block in text.split("beginbfchar").skip(1) {
        let block = block.split("endbfchar").next().unwrap();
        for line in block.lines().filter(|l| l.starts_with('<')) {
            let (glyph, unicode) = line.split_once(' ').unwrap();
            map.insert(hex(glyph)[0], String::from_utf16(&hex(unicode)).unwrap());
        }
    }
    map
}

/// What the structure tree holds, element by element in tree order: the role and the text
/// of its own marked content.
#[derive(Debug)]
struct Tagged {
    role: String,
    text: String,
}

/// Walks the record's pages (every text drawn, with the marked content it is in) and its
/// structure tree.
fn walk(pdf: &[u8]) -> (Vec<Tagged>, String, String) {
    let (tagged, content, artifacts, _) = walk_in_order(pdf);
    (tagged, content, artifacts)
}

/// As `walk`, with the content's marked sequences in drawing order: (page, role, element).
#[allow(clippy::type_complexity)]
fn walk_in_order(pdf: &[u8]) -> (Vec<Tagged>, String, String, Vec<(usize, String, usize)>) {
    use lopdf::Object;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().values().copied().collect();
    // (page, mcid) → text; the text of the document's content in drawing order; artifacts.
    let mut marked = std::collections::HashMap::<(usize, i64), String>::new();
    let (mut content_text, mut artifacts) = (String::new(), String::new());
    let mut drawn: Vec<(usize, i64)> = Vec::new();
    for (p, id) in pages.iter().enumerate() {
        let fonts = doc.get_page_fonts(*id).unwrap();
        let maps: std::collections::HashMap<Vec<u8>, _> = fonts
            .iter()
            .map(|(name, font)| (name.clone(), to_unicode(&doc, font)))
            .collect();
        let content = lopdf::content::Content::decode(&doc.get_page_content(*id)).unwrap();
        let mut stack: Vec<Option<i64>> = Vec::new(); // MCID, or None for an artifact
        let mut font = Vec::new();
        for op in content.operations {
            match op.operator.as_str() {
                "BDC" => {
                    let tag = op.operands[0].as_name().unwrap();
                    let mcid = op.operands[1]
                        .as_dict()
                        .ok()
                        .and_then(|d| d.get(b"MCID").ok())
                        .and_then(|m| m.as_i64().ok());
                    stack.push(if tag == b"Artifact" {
                        None
                    } else {
                        Some(mcid.expect("a tagged sequence has an MCID"))
                    });
                }
                "BMC" => {
                    assert_eq!(op.operands[0].as_name().unwrap(), b"Artifact");
                    stack.push(None);
                }
                "EMC" => {
                    stack.pop().expect("EMC closes a sequence");
                }
                "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
                "Tj" => {
                    let Object::String(bytes, _) = &op.operands[0] else {
                        panic!("Tj shows a string")
                    };
                    let text: String = bytes
                        .chunks(2)
                        .map(|g| {
                            maps[&font]
                                .get(&u16::from_be_bytes([g[0], g[1]]))
                                .cloned()
                                .unwrap_or_default()
                        })
                        .collect();
                    match stack.last() {
                        Some(Some(mcid)) => {
                            drawn.push((p, *mcid));
                            marked.entry((p, *mcid)).or_default().push_str(&text);
                            content_text.push_str(&text);
                            content_text.push('\n');
                        }
                        Some(None) => {
                            artifacts.push_str(&text);
                            artifacts.push('\n');
                        }
                        None => panic!("text drawn outside any marked content: {text:?}"),
                    }
                }
                _ => {}
            }
        }
        assert!(stack.is_empty(), "page {p} leaves marked content open");
    }

    let catalog = doc.catalog().unwrap();
    let root = doc
        .get_object(
            catalog
                .get(b"StructTreeRoot")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap()
        .as_dict()
        .unwrap();
    let mut tagged = Vec::new();
    let mut tree_text = String::new();
    let mut seen = std::collections::HashSet::new();
    let mut owner = std::collections::HashMap::<(usize, i64), (String, usize)>::new();
    fn kids(o: &Object) -> Vec<Object> {
        match o {
            Object::Array(a) => a.clone(),
            other => vec![other.clone()],
        }
    }
    let mut queue: Vec<Object> = kids(root.get(b"K").unwrap());
    queue.reverse();
    while let Some(kid) = queue.pop() {
        let elem = doc
            .get_object(kid.as_reference().unwrap())
            .unwrap()
            .as_dict()
            .unwrap();
        let role = String::from_utf8(elem.get(b"S").unwrap().as_name().unwrap().to_vec()).unwrap();
        let mut text = String::new();
        let mut children = Vec::new();
        for k in elem.get(b"K").map(kids).unwrap_or_default() {
            match &k {
                Object::Reference(_) => children.push(k.clone()),
                Object::Dictionary(mcr) => {
                    let page = mcr.get(b"Pg").unwrap().as_reference().unwrap();
                    let p = pages.iter().position(|id| *id == page).unwrap();
                    let mcid = mcr.get(b"MCID").unwrap().as_i64().unwrap();
                    assert!(
                        seen.insert((p, mcid)),
                        "MCID {mcid} of page {p} is claimed twice"
                    );
                    owner.insert((p, mcid), (role.clone(), tagged.len()));
                    let t = marked
                        .get(&(p, mcid))
                        .unwrap_or_else(|| panic!("MCID {mcid} of page {p} draws nothing"));
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(t);
                    tree_text.push_str(t);
                    tree_text.push('\n');
                }
                other => panic!("unexpected kid {other:?}"),
            }
        }
        for c in children.into_iter().rev() {
            queue.push(c);
        }
        tagged.push(Tagged { role, text });
    }
    assert_eq!(
        seen.len(),
        marked.len(),
        "every marked sequence belongs to an element"
    );
    assert_eq!(
        tree_text, content_text,
        "the structure tree reads in the order of the page"
    );
    let order = drawn
        .iter()
        .map(|(p, mcid)| {
            let (role, elem) = owner[&(*p, *mcid)].clone();
            (*p, role, elem)
        })
        .collect();
    (tagged, content_text, artifacts, order)
}

#[test]
fn every_heading_paragraph_and_cell_drawn_is_in_the_structure_tree() {
    let root = tempfile::tempdir().unwrap();
    let (_, pdf) = demo_record(root.path());
    let (tagged, _, artifacts) = walk(&std::fs::read(&pdf).unwrap());
    let texts = |role: &str| -> Vec<&str> {
        tagged
            .iter()
            .filter(|t| t.role == role)
            .map(|t| t.text.as_str())
            .collect()
    };
    assert_eq!(texts("Document").len(), 1);
    assert_eq!(texts("H1"), ["Steering Committee — Decision record"]);
    assert_eq!(
        texts("H2"),
        [
            "Attendance and quorum",
            "Item 1: Children on the move — Guatemala and Honduras",
            "Item 2: Remittances and diaspora investment — Kyrgyzstan and Tajikistan",
            "Item 3: Adoption of the Fund's work plan for 2027",
            "Funds after the decisions",
            "Signature",
            "How to check this record",
        ]
    );
    // Five tables (attendance, three tallies, funds), each with its header cells.
    assert_eq!(texts("Table").len(), 5);
    let headers = texts("TH");
    assert_eq!(&headers[..3], ["Constituency", "Member", "Attendance"]);
    assert_eq!(
        headers
            .iter()
            .filter(|h| **h == "Tally by constituency")
            .count(),
        3
    );
    // Twelve attendance rows of three cells, three tallies of five rows of six cells, five
    // thematic areas of three cells.
    assert_eq!(texts("TD").len(), 12 * 3 + 3 * 5 * 6 + 5 * 3);
    assert!(texts("TD").contains(&"Søren Kjærgaard (Denmark)"));
    assert!(texts("P")
        .iter()
        .any(|p| p.starts_with("Decision: Approved with conditions")));
    // Every heading, paragraph and cell has its text.
    for t in &tagged {
        if ["H1", "H2", "P", "TH"].contains(&t.role.as_str()) {
            assert!(!t.text.is_empty(), "an empty {}", t.role);
        }
    }
    // The footers and the header row repeated on a later page are artifacts, not content.
    assert!(
        artifacts.contains("Decision record MMPTF-SC-2026-03 · page 2 of 3"),
        "{artifacts}"
    );
    assert!(artifacts.contains("Tally by constituency"), "{artifacts}");
}

/// A meeting of forty funded items (the vector's first decision, forty times over), to
/// see tables and headings break across many pages.
fn forty_items() -> Vec<u8> {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let (envelope, _) = layout_1_vector();
    let mut e: serde_json::Value = serde_json::from_slice(&envelope).unwrap();
    let mut p: serde_json::Value =
        serde_json::from_slice(&b64.decode(e["payload"].as_str().unwrap()).unwrap()).unwrap();
    let (decision, item) = (p["decisions"][0].clone(), p["record"]["items"][0].clone());
    let (mut decisions, mut items) = (Vec::new(), Vec::new());
    for n in 1..=40 {
        let (mut d, mut i) = (decision.clone(), item.clone());
        d["item"] = n.into();
        i["item"] = n.into();
        decisions.push(d);
        items.push(i);
    }
    p["decisions"] = decisions.into();
    p["record"]["items"] = items.into();
    // The signature no longer matches: drawing does not check it, and nothing here
    // verifies this file.
    e["payload"] = b64.encode(serde_json::to_vec(&p).unwrap()).into();
    serde_json::to_vec(&e).unwrap()
}

#[test]
fn a_table_header_or_a_heading_never_ends_a_page() {
    let root = tempfile::tempdir().unwrap();
    let (_, demo) = demo_record(root.path());
    let forty = forty_items();
    let mut records = vec![("demo-a4".to_string(), std::fs::read(&demo).unwrap())];
    for paper in [scdesk::pdf::Paper::A4, scdesk::pdf::Paper::Letter] {
        records.push((
            format!("forty-{paper:?}"),
            scdesk::pdf::render(&forty, paper, Lang::En).unwrap(),
        ));
    }
    for (name, pdf) in records {
        // SCDESK_KEEP_RECORDS=DIR keeps the PDFs, to render them with pdftoppm and look.
        if let Ok(dir) = std::env::var("SCDESK_KEEP_RECORDS") {
            std::fs::write(std::path::Path::new(&dir).join(format!("{name}.pdf")), &pdf).unwrap();
        }
        let (_, _, _, order) = walk_in_order(&pdf);
        for (i, (page, role, elem)) in order.iter().enumerate() {
            // What comes next after this element's own lines.
            let next = order[i..].iter().find(|(_, _, e)| e != elem);
            match role.as_str() {
                "TH" => {
                    let next =
                        next.unwrap_or_else(|| panic!("{name}: a table ends with its header"));
                    assert!(
                        next.0 == *page && (next.1 == "TH" || next.1 == "TD"),
                        "{name}: a header row ends page {page}"
                    );
                }
                "H2" => {
                    let next =
                        next.unwrap_or_else(|| panic!("{name}: the record ends with a heading"));
                    assert_eq!(next.0, *page, "{name}: a heading ends page {page}");
                }
                _ => {}
            }
        }
        // A header row is kept with the first two rows of its table (or all, if fewer).
        let mut i = 0;
        while i < order.len() {
            if order[i].1 != "TH" {
                i += 1;
                continue;
            }
            let page = order[i].0;
            let mut columns = std::collections::HashSet::new();
            while i < order.len() && order[i].1 == "TH" {
                columns.insert(order[i].2);
                i += 1;
            }
            let mut cells = std::collections::HashSet::new();
            while i < order.len() && order[i].1 == "TD" {
                if order[i].0 != page {
                    assert!(
                        cells.len() >= 2 * columns.len(),
                        "{name}: a header row on page {page} keeps only {} cells",
                        cells.len()
                    );
                    break;
                }
                cells.insert(order[i].2);
                i += 1;
            }
        }
        let pages = order.last().unwrap().0 + 1;
        if name.starts_with("forty") {
            assert!(pages > 15, "{name}: {pages} pages");
        }
    }
}
