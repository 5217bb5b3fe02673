//! The decision record as a PDF: made from the signed decision file alone (its payload
//! carries the record's context), with the file embedded as an attachment, so the PDF
//! can be checked offline: extract the file, verify its signature, regenerate the PDF
//! and compare. The same decision file always gives the same bytes.
//!
//! Records are drawn by a numbered layout, stamped in the PDF. Layout 3 draws every new
//! record of a format 3 decision file, in the language asked (the chair's), with every
//! word from its frozen catalogue (`record3.ftl`) and numbers, amounts and dates from
//! ICU4X; the language is stamped beside the layout. Layout 2 (PDF/A-3b, tagged, fonts
//! subset: layout 3 shares its drawing code, with layout 2's English fixed in
//! `wording.rs`) draws the records of older decision files, whose record context is
//! worded in English; `layout1` is frozen so that the records it drew still verify.

mod layout1;
mod layout2;
mod wording;

pub use wording::{explain, record_in, worded};

use scdesk_lang::{Lang, Words};
use wording::Wording;

use crate::dsse::Envelope;
use crate::sync::DecisionFile;

const REGULAR: &[u8] = include_bytes!("../../../../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../../../fonts/DejaVuSans-Bold.ttf");
/// The name of the embedded decision file inside the PDF.
pub const ATTACHMENT: &str = "decision-file.dsse.json";

/// The record layout this version draws, stamped into every record PDF (`SCDeskLayout` in
/// its document information). A record is verified by drawing it again from its signed
/// decision file, which only the layout that drew it can do: any change to how a record
/// looks must raise this number and keep the older layouts able to draw their records.
pub const LAYOUT: i64 = 3;
const LAYOUT_KEY: &[u8] = b"SCDeskLayout";
/// Layout 3 and later: the language the record was drawn in (`en`, `fr`, `es`).
const LANGUAGE_KEY: &[u8] = b"SCDeskLanguage";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    A4,
    Letter,
}

impl std::str::FromStr for Paper {
    type Err = scdesk_rules::choice::NotAChoice;

    fn from_str(s: &str) -> Result<Paper, Self::Err> {
        match s.trim() {
            "a4" => Ok(Paper::A4),
            "letter" => Ok(Paper::Letter),
            other => Err(scdesk_rules::choice::NotAChoice::new(
                other,
                "a paper size",
                "a4 or letter",
            )),
        }
    }
}

impl Paper {
    fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("The file is not a decision file: {0}.")]
    NotADecision(String),
    #[error("The PDF cannot be read ({0}); it is damaged or not a PDF.")]
    Damaged(String),
    #[error("The PDF has no embedded decision file, so it cannot prove itself.")]
    NoAttachment,
    #[error("The PDF differs from the record generated from its signed decision file: it was changed after it was made.")]
    ContentChanged,
    #[error("The bundled font could not be read.")]
    Font,
    #[error("The record was drawn by SC Desk record layout {found}, and this version draws layouts 1 to {current}, so it cannot draw the pages again to compare them. The signature of the embedded decision file is checked on its own; to check the pages, verify with the SC Desk version that made the record.")]
    OtherLayout { found: String, current: i64 },
    #[error("The record says it was drawn in the language `{found}`, which SC Desk does not print records in (English, French, Spanish), so it cannot draw the pages again to compare them.")]
    OtherLanguage { found: String },
}

/// The record's pages, from the decision file's bytes (its signature is not checked here),
/// in `lang` if the file is format 3 (older files print in English, as they are worded).
pub fn render(envelope_bytes: &[u8], paper: Paper, lang: Lang) -> Result<Vec<u8>, PdfError> {
    render_many(&[envelope_bytes.to_vec()], paper, lang, &mut |_, _| {})
}

/// Several records in one PDF (a meeting's, or a year's), each starting on a new page
/// with its own page numbers, all their decision files attached. `progress(done, total)`
/// is called after each record is laid out. In `lang` with layout 3 when every file is
/// format 3; otherwise all in English with layout 2, so one PDF speaks one language.
pub fn render_many(
    envelopes: &[Vec<u8>],
    paper: Paper,
    lang: Lang,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>, PdfError> {
    layout2::draw(envelopes, paper, wording_for(envelopes, lang), progress)
}

/// `make bench`'s floor for the record rows: the same pages laid out and written, but
/// the fonts neither subset nor embedded (not a valid record: for measuring only).
#[doc(hidden)]
pub fn render_many_unembedded(
    envelopes: &[Vec<u8>],
    paper: Paper,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    layout2::draw_fonts(
        envelopes,
        paper,
        wording_for(envelopes, lang),
        &mut |_, _| {},
        false,
    )
}

/// Layout 3 in `lang` when every file's record is in no language (format 3); otherwise
/// layout 2, in English as those records are worded.
fn wording_for(envelopes: &[Vec<u8>], lang: Lang) -> Wording {
    if !envelopes.is_empty() && envelopes.iter().all(|e| neutral(e)) {
        Wording::Layout3(Words::new(lang))
    } else {
        Wording::Layout2
    }
}

/// Whether a decision file's record is in no language (format 3).
fn neutral(envelope: &[u8]) -> bool {
    Envelope::parse(envelope.trim_ascii())
        .ok()
        .and_then(|e| serde_json::from_slice::<DecisionFile>(&e.payload).ok())
        .is_some_and(|d| matches!(d.record, crate::sync::Record::Neutral(_)))
}

/// Draws records with an earlier layout, as that layout drew them (`None`: layout 1 as it
/// was before records were stamped). For checking old records and their test vectors.
pub fn render_with_layout(
    envelopes: &[Vec<u8>],
    paper: Paper,
    layout: Option<i64>,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    match layout {
        None | Some(1) => layout1::draw(envelopes, paper, layout, &mut |_, _| {}),
        Some(2) => layout2::draw(envelopes, paper, Wording::Layout2, &mut |_, _| {}),
        Some(3) => layout2::draw(
            envelopes,
            paper,
            Wording::Layout3(Words::new(lang)),
            &mut |_, _| {},
        ),
        Some(other) => Err(PdfError::OtherLayout {
            found: other.to_string(),
            current: LAYOUT,
        }),
    }
}

/// Splits `text` into lines no wider than `width` points as `measure` gives them, breaking
/// at spaces (and inside a word only when one word alone is too wide).
fn wrap(text: &str, width: f32, measure: impl Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if measure(&candidate) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut piece = String::new();
            for ch in word.chars() {
                piece.push(ch);
                if measure(&piece) > width {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(ch);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

/// The funding of one decision in words: the amount and its source, then the split.
fn funding_text(d: &crate::sync::ItemDecision) -> Vec<String> {
    let Some(f) = &d.funding else {
        return Vec::new();
    };
    let amount = f
        .amount
        .parse()
        .map(|a| crate::money::format_money(a, "USD"))
        .unwrap_or_else(|_| f.amount.clone());
    let mut out = vec![format!(
        "Amount approved: {amount}, from {}.",
        f.source.label()
    )];
    for line in &f.split {
        let a = line
            .amount
            .parse()
            .map(|a| crate::money::format_money(a, "USD"))
            .unwrap_or_else(|_| line.amount.clone());
        out.push(format!("  {}: {a}", line.organisation));
    }
    out
}

/// The decision file embedded in a record PDF (the first, if several), and the paper.
pub fn extract(pdf: &[u8]) -> Result<(Vec<u8>, Paper), PdfError> {
    let (mut all, paper) = extract_all(pdf)?;
    Ok((all.swap_remove(0), paper))
}

/// Every decision file embedded in a record PDF, in order, and the paper it was printed on.
pub fn extract_all(pdf: &[u8]) -> Result<(Vec<Vec<u8>>, Paper), PdfError> {
    attachments(&load(pdf)?)
}

fn load(pdf: &[u8]) -> Result<lopdf::Document, PdfError> {
    lopdf::Document::load_mem(pdf).map_err(|e| PdfError::Damaged(e.to_string()))
}

fn attachments(doc: &lopdf::Document) -> Result<(Vec<Vec<u8>>, Paper), PdfError> {
    let catalog = doc
        .catalog()
        .map_err(|e| PdfError::Damaged(e.to_string()))?;
    let names = catalog
        .get(b"Names")
        .ok()
        .and_then(|n| doc.dereference(n).ok())
        .and_then(|(_, o)| o.as_dict().ok())
        .and_then(|n| n.get(b"EmbeddedFiles").ok())
        .and_then(|e| doc.dereference(e).ok())
        .and_then(|(_, o)| o.as_dict().ok())
        .and_then(|e| e.get(b"Names").ok())
        .and_then(|a| a.as_array().ok())
        .ok_or(PdfError::NoAttachment)?;
    let mut files = Vec::new();
    for spec in names.iter().skip(1).step_by(2) {
        let spec = doc
            .dereference(spec)
            .ok()
            .and_then(|(_, o)| o.as_dict().ok())
            .ok_or(PdfError::NoAttachment)?;
        let ef = spec
            .get(b"EF")
            .ok()
            .and_then(|e| e.as_dict().ok())
            .and_then(|e| e.get(b"F").ok())
            .ok_or(PdfError::NoAttachment)?;
        let (_, stream) = doc
            .dereference(ef)
            .map_err(|e| PdfError::Damaged(e.to_string()))?;
        let stream = stream.as_stream().map_err(|_| PdfError::NoAttachment)?;
        files.push(
            stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone()),
        );
    }
    if files.is_empty() {
        return Err(PdfError::NoAttachment);
    }
    let page_width = doc
        .get_pages()
        .values()
        .next()
        .and_then(|id| doc.get_dictionary(*id).ok())
        .and_then(|p| p.get(b"MediaBox").ok())
        .and_then(|m| m.as_array().ok())
        .and_then(|a| a.get(2))
        .and_then(|w| {
            w.as_float()
                .ok()
                .or_else(|| w.as_i64().ok().map(|i| i as f32))
        })
        .unwrap_or(595.0);
    let paper = if (page_width - 612.0).abs() < 2.0 {
        Paper::Letter
    } else {
        Paper::A4
    };
    Ok((files, paper))
}

/// The record layout stamped in a record PDF, as written (None if it carries none).
pub fn layout_of(pdf: &[u8]) -> Result<Option<String>, PdfError> {
    Ok(layout_in(&load(pdf)?))
}

/// The language stamped in a record PDF by layout 3 and later, as written.
fn language_in(doc: &lopdf::Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = doc.dereference(info).ok()?.1.as_dict().ok()?;
    info.get(LANGUAGE_KEY).ok().map(|v| match v {
        lopdf::Object::String(bytes, _) => String::from_utf8_lossy(bytes).into_owned(),
        _ => "(an unreadable value)".into(),
    })
}

fn layout_in(doc: &lopdf::Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = doc.dereference(info).ok()?.1.as_dict().ok()?;
    info.get(LAYOUT_KEY).ok().map(|v| match v {
        lopdf::Object::Integer(i) => i.to_string(),
        _ => "(an unreadable value)".into(),
    })
}

/// What `check_regenerates` found: the embedded decision files and the layout that drew
/// the record (1 for records made before layouts were stamped).
#[derive(Debug)]
pub struct Regenerated {
    pub envelopes: Vec<Vec<u8>>,
    pub layout: i64,
    /// The language the record was drawn in (English before layout 3).
    pub language: Lang,
}

/// Checks that `pdf` is exactly the record its embedded decision files give, drawn again by
/// the layout stamped in it. A record drawn by a layout this version does not have is
/// reported as such, not as changed.
pub fn check_regenerates(pdf: &[u8]) -> Result<Regenerated, PdfError> {
    let doc = load(pdf)?;
    let (envelopes, paper) = attachments(&doc)?;
    // Records made before the stamp existed are layout 1 without it.
    let stamp = match layout_in(&doc) {
        None => None,
        Some(found) => match found.parse::<i64>() {
            Ok(n @ 1..=LAYOUT) => Some(n),
            _ => {
                return Err(PdfError::OtherLayout {
                    found,
                    current: LAYOUT,
                })
            }
        },
    };
    let language = match language_in(&doc) {
        None => Lang::En,
        Some(found) => found
            .parse::<Lang>()
            .map_err(|_| PdfError::OtherLanguage { found })?,
    };
    if render_with_layout(&envelopes, paper, stamp, language)? != pdf {
        return Err(PdfError::ContentChanged);
    }
    Ok(Regenerated {
        envelopes,
        layout: stamp.unwrap_or(1),
        language,
    })
}
