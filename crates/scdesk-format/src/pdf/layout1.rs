//! Layout 1, frozen: the record as SC Desk drew it until layout 2 (printpdf, the DejaVu
//! fonts embedded whole, PDF 1.3). It is kept only so that records printed with it still
//! verify by being drawn again; nothing here may change, or those records stop verifying
//! (`tests/records/layout-1.sha256` holds what it must draw).

use base64::Engine;
use lopdf::{dictionary, Object, Stream};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

use super::{funding_text, Paper, PdfError, ATTACHMENT, BOLD, LAYOUT_KEY, REGULAR};
use crate::dsse::{self, Envelope};
use crate::sync::{DecisionFile, Kind};

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

    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        super::wrap(text, width, |t| self.width(t, size, bold))
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

/// What one record contributed, for its footers and the document's metadata.
struct Laid {
    record_number: String,
    payload_hash: String,
    signed_at: chrono::DateTime<chrono::Utc>,
    chair_name: String,
    fund_name: String,
    first_page: usize,
}

/// Draws the records; `layout` is the stamp to write (none: the records made before
/// stamps, which are otherwise layout 1).
pub(super) fn draw(
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
    let worded = super::wording::Wording::Layout2.record(&d.record);
    let r = &*worded;
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
