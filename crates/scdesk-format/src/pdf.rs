//! The decision record as a PDF: made from the signed decision file alone (its payload
//! carries the record's context), with the file embedded as an attachment, so the PDF
//! can be checked offline: extract the file, verify its signature, regenerate the PDF
//! and compare. The same decision file always gives the same bytes.

use base64::Engine;
use lopdf::{dictionary, Object, Stream};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

use crate::dsse::{self, Envelope};
use crate::sync::{DecisionFile, Kind};

const REGULAR: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");
/// The name of the embedded decision file inside the PDF.
pub const ATTACHMENT: &str = "decision-file.dsse.json";

/// The record layout this version draws, stamped into every record PDF (`SCDeskLayout` in
/// its document information). A record is verified by drawing it again from its signed
/// decision file, which only the layout that drew it can do: any change to how a record
/// looks must raise this number and keep the older layouts able to draw their records.
pub const LAYOUT: i64 = 1;
const LAYOUT_KEY: &[u8] = b"SCDeskLayout";

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
    #[error("The record was drawn by SC Desk record layout {found}, and this version draws layout {current}, so it cannot draw the pages again to compare them. The signature of the embedded decision file is checked on its own; to check the pages, verify with the SC Desk version that made the record.")]
    OtherLayout { found: String, current: i64 },
}

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

impl Fonts {
    fn load() -> Result<Fonts, PdfError> {
        let mut w = Vec::new();
        Ok(Fonts {
            regular: ParsedFont::from_bytes(REGULAR, 0, &mut w).ok_or(PdfError::Font)?,
            bold: ParsedFont::from_bytes(BOLD, 0, &mut w).ok_or(PdfError::Font)?,
        })
    }

    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let f = if bold { &self.bold } else { &self.regular };
        // u64: a signed text of any length (up to the 64 MiB a file may hold) cannot
        // overflow the sum, and the widths of every real line are the same as before.
        let units: u64 = text
            .chars()
            .map(|c| {
                u64::from(
                    f.lookup_glyph_index(c as u32)
                        .and_then(|g| f.get_glyph_width(g))
                        .unwrap_or(f.units_per_em / 2),
                )
            })
            .fold(0u64, u64::saturating_add);
        units as f32 * size / f.units_per_em as f32
    }

    /// Splits `text` into lines no wider than `width` points, breaking at spaces (and
    /// inside a word only when one word alone is too wide).
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size, bold) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let mut piece = String::new();
                for ch in word.chars() {
                    piece.push(ch);
                    if self.width(&piece, size, bold) > width {
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
}

const REGULAR_ID: &str = "FSCDeskRegular";
const BOLD_ID: &str = "FSCDeskBold";
const MARGIN: f32 = 56.0; // about 20 mm
const FOOTER: f32 = 40.0;
const NAVY: (f32, f32, f32) = (0.04, 0.24, 0.43);
const GREY: (f32, f32, f32) = (0.35, 0.39, 0.45);
const BLACK: (f32, f32, f32) = (0.1, 0.12, 0.15);
/// The colour of what a correction changed (a dark amber that prints legibly in grey).
const CORRECTION: (f32, f32, f32) = (0.55, 0.27, 0.0);

fn rgb(c: (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb::new(c.0, c.1, c.2, None))
}

/// Lays out pages top to bottom; breaks pages as it goes.
struct Layout<'a> {
    fonts: &'a Fonts,
    width: f32,
    height: f32,
    y: f32,
    pages: Vec<Vec<Op>>,
}

impl<'a> Layout<'a> {
    fn new(fonts: &'a Fonts, paper: Paper) -> Self {
        let (w, h) = paper.size_mm();
        let (width, height) = (w * 72.0 / 25.4, h * 72.0 / 25.4);
        Layout {
            fonts,
            width,
            height,
            y: height - MARGIN,
            pages: vec![Vec::new()],
        }
    }

    fn text_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.height - MARGIN;
    }

    fn ensure(&mut self, needed: f32) {
        if self.y - needed < MARGIN + FOOTER {
            self.new_page();
        }
    }

    fn put(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool, color: (f32, f32, f32)) {
        let font = FontId(if bold { BOLD_ID } else { REGULAR_ID }.into());
        self.ops().extend([
            Op::StartTextSection,
            Op::SetFillColor { col: rgb(color) },
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    fn rule(&mut self, y: f32, thickness: f32, color: (f32, f32, f32)) {
        let (x0, x1) = (MARGIN, self.width - MARGIN);
        self.ops().extend([
            Op::SetOutlineColor { col: rgb(color) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(x0),
                                y: Pt(y),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(x1),
                                y: Pt(y),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            },
        ]);
    }

    fn paragraph(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        color: (f32, f32, f32),
        indent: f32,
    ) {
        let lines = self
            .fonts
            .wrap(text, size, bold, self.text_width() - indent);
        for line in lines {
            self.ensure(size * 1.35);
            self.y -= size * 1.35;
            self.put(MARGIN + indent, self.y, &line, size, bold, color);
        }
    }

    fn gap(&mut self, pt: f32) {
        self.y -= pt;
    }

    fn heading(&mut self, text: &str) {
        self.ensure(40.0);
        self.gap(10.0);
        self.paragraph(text, 11.5, true, NAVY, 0.0);
        self.gap(3.0);
        let y = self.y - 2.0;
        self.rule(y, 0.6, NAVY);
        self.gap(6.0);
    }

    /// A table whose cells wrap; the header repeats on each page the table spans.
    fn table(&mut self, columns: &[(&str, f32, bool)], rows: &[Vec<String>]) {
        let size = 8.5;
        let line_h = size * 1.3;
        let total: f32 = columns.iter().map(|c| c.1).sum();
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| c.1 / total * self.text_width())
            .collect();
        let header = |l: &mut Layout| {
            l.ensure(line_h * 3.0);
            l.y -= line_h;
            let mut x = MARGIN;
            for (i, (name, _, right)) in columns.iter().enumerate() {
                let w = widths[i];
                let tx = if *right {
                    x + w - 4.0 - l.fonts.width(name, size, true)
                } else {
                    x + 2.0
                };
                l.put(tx, l.y, name, size, true, GREY);
                x += w;
            }
            let y = l.y - 4.0;
            l.rule(y, 0.8, GREY);
            l.y -= 6.0;
        };
        header(self);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .enumerate()
                .map(|(i, text)| self.fonts.wrap(text, size, false, widths[i] - 6.0))
                .collect();
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
            let row_h = lines as f32 * line_h + 5.0;
            if self.y - row_h < MARGIN + FOOTER {
                self.new_page();
                header(self);
            }
            let top = self.y;
            let mut x = MARGIN;
            for (i, cell) in cells.iter().enumerate() {
                let w = widths[i];
                let right = columns[i].2;
                for (n, line) in cell.iter().enumerate() {
                    let y = top - (n as f32 + 1.0) * line_h;
                    let tx = if right {
                        x + w - 4.0 - self.fonts.width(line, size, false)
                    } else {
                        x + 2.0
                    };
                    self.put(tx, y, line, size, false, BLACK);
                }
                x += w;
            }
            self.y = top - row_h;
            let y = self.y + 2.0;
            self.rule(y, 0.3, (0.8, 0.83, 0.87));
        }
        self.gap(4.0);
    }
}

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

/// What one record contributed, for its footers and the document's metadata.
struct Laid {
    record_number: String,
    payload_hash: String,
    signed_at: chrono::DateTime<chrono::Utc>,
    chair_name: String,
    fund_name: String,
    first_page: usize,
}

/// The record's pages, from the decision file's bytes (its signature is not checked here).
pub fn render(envelope_bytes: &[u8], paper: Paper) -> Result<Vec<u8>, PdfError> {
    render_many(&[envelope_bytes.to_vec()], paper, &mut |_, _| {})
}

/// Several records in one PDF (a meeting's, or a year's), each starting on a new page
/// with its own page numbers, all their decision files attached. `progress(done, total)`
/// is called after each record is laid out.
pub fn render_many(
    envelopes: &[Vec<u8>],
    paper: Paper,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>, PdfError> {
    draw(envelopes, paper, Some(LAYOUT), progress)
}

/// Draws the records; `layout` is the stamp to write (none: the records made before
/// stamps, which are otherwise layout 1).
fn draw(
    envelopes: &[Vec<u8>],
    paper: Paper,
    layout: Option<i64>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>, PdfError> {
    if envelopes.is_empty() {
        return Err(PdfError::NotADecision(
            "there is no decision file to print".into(),
        ));
    }
    let fonts = Fonts::load()?;
    let mut l = Layout::new(&fonts, paper);
    let mut laid = Vec::new();
    for (i, bytes) in envelopes.iter().enumerate() {
        if i > 0 {
            l.new_page();
        }
        laid.push(lay_out(&mut l, bytes.trim_ascii())?);
        progress(i + 1, envelopes.len());
    }
    // Footers, now that each record's page count is known.
    let width = l.width;
    let ends: Vec<usize> = laid
        .iter()
        .skip(1)
        .map(|r| r.first_page)
        .chain([l.pages.len()])
        .collect();
    for (r, end) in laid.iter().zip(ends) {
        let total = end - r.first_page;
        for (i, page) in l.pages[r.first_page..end].iter_mut().enumerate() {
            let footer = format!(
                "Page {} of {total} · Record {} · Signed payload SHA-256 {}",
                i + 1,
                r.record_number,
                r.payload_hash
            );
            footer_ops(page, width, footer);
        }
    }

    let (w, h) = paper.size_mm();
    let first = &laid[0];
    let last_signed = laid
        .iter()
        .map(|r| r.signed_at)
        .max()
        .unwrap_or(first.signed_at);
    let title = if laid.len() == 1 {
        format!("Decision record {}", first.record_number)
    } else {
        format!(
            "Decision records {} to {}",
            first.record_number,
            laid[laid.len() - 1].record_number
        )
    };
    let mut doc = PdfDocument::new(&title);
    // Fixed font ids (add_font would pick random ones): the same files, the same bytes.
    doc.resources.fonts.map.insert(
        FontId(REGULAR_ID.into()),
        PdfFont::new(fonts.regular.clone()),
    );
    doc.resources
        .fonts
        .map
        .insert(FontId(BOLD_ID.into()), PdfFont::new(fonts.bold.clone()));
    let stamp = printpdf::DateTime::from_unix_timestamp(last_signed.timestamp())
        .map_err(|e| PdfError::Damaged(e.to_string()))?;
    doc.metadata.info.creation_date = stamp;
    doc.metadata.info.modification_date = stamp;
    doc.metadata.info.metadata_date = stamp;
    doc.metadata.info.author = first.chair_name.clone();
    doc.metadata.info.creator = "SC Desk".into();
    doc.metadata.info.producer = "SC Desk".into();
    doc.metadata.info.subject = format!("{} — Steering Committee decision record", first.fund_name);
    let id_source: String = laid.iter().map(|r| r.payload_hash.as_str()).collect();
    let document_id = dsse::sha256_hex(id_source.as_bytes());
    doc.metadata.info.identifier = document_id.clone();
    let pages: Vec<PdfPage> = l
        .pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(w), Mm(h), ops))
        .collect();
    doc.with_pages(pages);
    let mut warnings = Vec::new();
    let opts = PdfSaveOptions {
        subset_fonts: false,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    let id = Object::String(
        document_id.as_bytes()[..32].to_vec(),
        lopdf::StringFormat::Hexadecimal,
    );
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    if let Some(layout) = layout {
        let info = lo
            .trailer
            .get(b"Info")
            .and_then(Object::as_reference)
            .map_err(|e| PdfError::Damaged(e.to_string()))?;
        lo.get_dictionary_mut(info)
            .map_err(|e| PdfError::Damaged(e.to_string()))?
            .set(LAYOUT_KEY, layout);
    }
    let trimmed: Vec<&[u8]> = envelopes.iter().map(|e| e.trim_ascii()).collect();
    attach(&mut lo, &trimmed)?;
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| PdfError::Damaged(e.to_string()))?;
    Ok(out)
}

fn footer_ops(page: &mut Vec<Op>, width: f32, footer: String) {
    let font = FontId(REGULAR_ID.into());
    page.extend([
        Op::SetOutlineColor {
            col: rgb((0.8, 0.83, 0.87)),
        },
        Op::SetOutlineThickness { pt: Pt(0.5) },
        Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(MARGIN),
                y: Pt(MARGIN - 4.0),
                width: Pt(width - 2.0 * MARGIN),
                height: Pt(0.5),
                mode: Some(PaintMode::Fill),
                winding_order: None,
            },
        },
        Op::StartTextSection,
        Op::SetFillColor { col: rgb(GREY) },
        Op::SetFont {
            font: PdfFontHandle::External(font),
            size: Pt(6.5),
        },
        Op::SetTextCursor {
            pos: Point {
                x: Pt(MARGIN),
                y: Pt(MARGIN - 14.0),
            },
        },
        Op::ShowText {
            items: vec![TextItem::Text(footer)],
        },
        Op::EndTextSection,
    ]);
}

/// Lays out one record from the next page on.
fn lay_out(l: &mut Layout, envelope_bytes: &[u8]) -> Result<Laid, PdfError> {
    let envelope =
        Envelope::parse(envelope_bytes).map_err(|e| PdfError::NotADecision(e.to_string()))?;
    if envelope.payload_type != Kind::Decision.payload_type() {
        return Err(PdfError::NotADecision(format!(
            "its payload type is {}",
            envelope.payload_type
        )));
    }
    let d: DecisionFile = serde_json::from_slice(&envelope.payload)
        .map_err(|e| PdfError::NotADecision(e.to_string()))?;
    let payload_hash = dsse::sha256_hex(&envelope.payload);
    let sig = envelope
        .signatures
        .first()
        .ok_or_else(|| PdfError::NotADecision("it is not signed".into()))?;
    let r = &d.record;
    let first_page = l.pages.len() - 1;

    // Header.
    l.paragraph(&r.fund_name, 15.0, true, NAVY, 0.0);
    l.paragraph(
        "Steering Committee — Decision record",
        12.0,
        false,
        BLACK,
        0.0,
    );
    l.gap(4.0);
    l.paragraph(
        &format!(
            "{} · {} · {} UTC · {}",
            r.meeting_title,
            r.meeting_kind,
            r.starts_at.format("%-d %B %Y, %H:%M"),
            r.place
        ),
        9.5,
        false,
        GREY,
        0.0,
    );
    l.paragraph(
        &format!("Record number {}", r.record_number),
        9.5,
        true,
        GREY,
        0.0,
    );
    if let Some(c) = &d.corrects {
        // Only a corrected record (decision file revision 2 and above) carries this.
        l.gap(3.0);
        l.paragraph(
            &format!(
                "Corrected record, revision {}. It replaces the decision file with payload SHA-256 {}.",
                d.revision.unwrap_or(1),
                c.file
            ),
            10.0,
            true,
            CORRECTION,
            0.0,
        );
        l.paragraph(
            &format!("Reason: {}", c.reason),
            9.5,
            false,
            CORRECTION,
            0.0,
        );
    }
    l.gap(4.0);
    let y = l.y - 2.0;
    l.rule(y, 1.6, NAVY);
    l.gap(6.0);

    l.heading("Attendance and quorum");
    let rows: Vec<Vec<String>> = r
        .seats
        .iter()
        .map(|s| {
            vec![
                s.constituency.clone(),
                s.seat.clone(),
                format!("{} ({})", s.name, s.organisation),
                s.attendance.clone(),
            ]
        })
        .collect();
    l.table(
        &[
            ("Constituency", 3.0, false),
            ("Seat", 1.4, false),
            ("Member", 4.0, false),
            ("Attendance", 2.0, false),
        ],
        &rows,
    );
    l.paragraph(
        &format!("Decision rule: {}. Quorum: {}.", r.decision_rule, r.quorum),
        9.0,
        false,
        BLACK,
        0.0,
    );
    if let Some(w) = &d.written_procedure {
        l.paragraph(&format!("Written procedure opened {} UTC; deadline {} UTC. Silence counted as no objection.", w.opened_at.format("%Y-%m-%d %H:%M"), w.deadline.format("%Y-%m-%d %H:%M")), 9.0, false, BLACK, 0.0);
    }

    for dec in &d.decisions {
        let item = r.items.iter().find(|i| i.item == dec.item);
        l.heading(&format!(
            "Item {}: {}",
            dec.item,
            item.map(|i| i.text.as_str()).unwrap_or("")
        ));
        if let Some(i) = item {
            if let (Some(reference), Some(title)) = (&i.dossier_reference, &i.dossier_title) {
                l.paragraph(&format!("{reference} — {title}"), 9.5, true, BLACK, 0.0);
                l.paragraph(
                    &format!(
                        "Countries: {}. Thematic area {}.",
                        i.countries.clone().unwrap_or_default(),
                        i.area.clone().unwrap_or_default()
                    ),
                    9.0,
                    false,
                    BLACK,
                    0.0,
                );
            }
        }
        l.gap(3.0);
        l.paragraph(
            &format!("Decision: {}", dec.outcome.label()),
            10.5,
            true,
            NAVY,
            0.0,
        );
        if let Some(c) = &dec.conditions {
            l.paragraph(&format!("Conditions: {c}"), 9.0, false, BLACK, 0.0);
        }
        for line in funding_text(dec) {
            l.paragraph(&line, 9.0, false, BLACK, 0.0);
        }
        let before = d
            .corrects
            .as_ref()
            .and_then(|c| c.previous.iter().find(|p| p.item == dec.item));
        if let Some(p) = before {
            let mut was = format!(
                "Corrected in this revision. Before, the decision was: {}",
                p.outcome.label()
            );
            if let Some(f) = &p.funding {
                let amount = crate::money::payload_amount(&f.amount)
                    .map(|a| crate::money::format_money(a, "USD"))
                    .unwrap_or_else(|_| f.amount.clone());
                was.push_str(&format!(", {amount} from {}", f.source.label()));
            }
            if let Some(c) = &p.conditions {
                was.push_str(&format!("; conditions: {c}"));
            }
            was.push('.');
            l.paragraph(&was, 9.0, true, CORRECTION, 0.0);
        }
        let t = &dec.tally;
        l.gap(3.0);
        let mut rows: Vec<Vec<String>> = t
            .by_constituency
            .iter()
            .map(|(c, n)| {
                vec![
                    r.constituencies
                        .get(c)
                        .cloned()
                        .unwrap_or_else(|| c.clone()),
                    n.join.to_string(),
                    n.object.to_string(),
                    n.abstain.to_string(),
                    n.recuse.to_string(),
                    n.no_answer.to_string(),
                ]
            })
            .collect();
        let c = t.counts;
        rows.push(vec![
            "All constituencies".into(),
            c.join.to_string(),
            c.object.to_string(),
            c.abstain.to_string(),
            c.recuse.to_string(),
            c.no_answer.to_string(),
        ]);
        l.table(
            &[
                ("Tally by constituency", 4.0, false),
                ("Join", 1.0, true),
                ("Object", 1.0, true),
                ("Abstain", 1.0, true),
                ("Recuse", 1.0, true),
                ("No answer", 1.3, true),
            ],
            &rows,
        );
        l.paragraph(&t.explanation, 9.0, false, BLACK, 0.0);
        for o in &t.objections {
            l.paragraph(
                &format!("Objection ({}): {}", o.seat, o.reason),
                9.0,
                false,
                BLACK,
                8.0,
            );
        }
        if let Some(reason) = &dec.override_reason {
            l.paragraph(
                &format!("Override by the chair: {reason}"),
                9.0,
                true,
                BLACK,
                0.0,
            );
        }
    }

    l.heading("Funds after the decisions");
    let rows: Vec<Vec<String>> = r
        .funds_after
        .iter()
        .map(|f| vec![f.area.clone(), f.allocated.clone(), f.available.clone()])
        .collect();
    l.table(
        &[
            ("Thematic area", 6.0, false),
            ("Allocated", 2.0, true),
            ("Available", 2.0, true),
        ],
        &rows,
    );

    l.heading("Signature");
    l.paragraph(
        &format!(
            "Signed by the chair, {} (seat {}), on {} UTC.",
            r.chair_name,
            r.chair_seat,
            d.signed_at.format("%-d %B %Y at %H:%M")
        ),
        9.0,
        false,
        BLACK,
        0.0,
    );
    l.paragraph(
        &format!("Key fingerprint: {}", dsse::grouped(&sig.keyid)),
        9.0,
        false,
        BLACK,
        0.0,
    );
    l.paragraph(
        &format!(
            "Signature (Ed25519, base64): {}",
            base64::engine::general_purpose::STANDARD.encode(&sig.sig)
        ),
        8.0,
        false,
        GREY,
        0.0,
    );
    l.paragraph(
        &format!("Position files counted: {}.", d.positions_counted.len()),
        9.0,
        false,
        BLACK,
        0.0,
    );
    l.paragraph("To verify: the signed decision file is attached to this PDF; run `scdesk verify` on this PDF, or check the attachment with any DSSE verifier and the chair's public key.", 8.5, false, GREY, 0.0);

    Ok(Laid {
        record_number: r.record_number.clone(),
        payload_hash,
        signed_at: d.signed_at,
        chair_name: r.chair_name.clone(),
        fund_name: r.fund_name.clone(),
        first_page,
    })
}

/// Embeds the decision files as attached files (EmbeddedFile + Filespec each, listed in
/// /Names /EmbeddedFiles in order, and in /AF).
fn attach(doc: &mut lopdf::Document, files: &[&[u8]]) -> Result<(), PdfError> {
    let mut names = Vec::new();
    let mut specs = Vec::new();
    for (i, bytes) in files.iter().enumerate() {
        let stream = Stream::new(
            dictionary! { "Type" => "EmbeddedFile", "Params" => dictionary! { "Size" => bytes.len() as i64 } },
            bytes.to_vec(),
        );
        let ef = doc.add_object(stream);
        let file_name = if files.len() == 1 {
            ATTACHMENT.to_string()
        } else {
            // Zero-padded: the name tree is sorted by name, so order is kept.
            format!("decision-file-{:03}.dsse.json", i + 1)
        };
        let name = Object::string_literal(file_name);
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec",
            "F" => name.clone(),
            "UF" => name.clone(),
            "Desc" => Object::string_literal("A signed decision file (DSSE envelope) this record was made from"),
            "AFRelationship" => "Source",
            "EF" => dictionary! { "F" => ef, "UF" => ef },
        });
        names.push(name);
        names.push(spec.into());
        specs.push(Object::Reference(spec));
    }
    let catalog = doc
        .catalog_mut()
        .map_err(|e| PdfError::Damaged(e.to_string()))?;
    catalog.set(
        "Names",
        dictionary! { "EmbeddedFiles" => dictionary! { "Names" => names } },
    );
    catalog.set("AF", specs);
    Ok(())
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

fn layout_in(doc: &lopdf::Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = doc.dereference(info).ok()?.1.as_dict().ok()?;
    info.get(LAYOUT_KEY).ok().map(|v| match v {
        Object::Integer(i) => i.to_string(),
        _ => "(an unreadable value)".into(),
    })
}

/// Checks that `pdf` is exactly the record its embedded decision files give; returns them.
/// A record drawn by another layout is reported as such, not as changed.
pub fn check_regenerates(pdf: &[u8]) -> Result<Vec<Vec<u8>>, PdfError> {
    let doc = load(pdf)?;
    let (envelopes, paper) = attachments(&doc)?;
    // Records made before the stamp existed are layout 1 without it.
    let layout = match layout_in(&doc) {
        None => None,
        Some(found) if found == LAYOUT.to_string() => Some(LAYOUT),
        Some(found) => {
            return Err(PdfError::OtherLayout {
                found,
                current: LAYOUT,
            })
        }
    };
    if draw(&envelopes, paper, layout, &mut |_, _| {})? != pdf {
        return Err(PdfError::ContentChanged);
    }
    Ok(envelopes)
}
