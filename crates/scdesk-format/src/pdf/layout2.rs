//! Layout 2: the record for the archive and for e-mail. PDF/A-3b (PDF 1.7, XMP metadata,
//! an sRGB output intent, every font embedded), tagged (a structure tree of headings,
//! paragraphs and tables whose marked content ties each element to its text, in reading
//! order), fonts subset to the glyphs drawn, and the signed decision files attached as
//! the record's source (`/AF`). Its words are for the reader: a footer naming the record
//! and the page, and a closing section on how anyone can check the record.
//!
//! Frozen with its number once released: its fonts, the ICC profile and this drawing
//! code. A change to what a record looks like is layout 3.

use std::collections::BTreeMap;

use base64::Engine;
use pdf_writer::types::{
    AssociationKind, CidFontType, FontFlags, OutputIntentSubtype, StructRole, SystemInfo, TabOrder,
    TableHeaderScope, UnicodeCmap,
};
use pdf_writer::writers::StructTreeRoot;
use pdf_writer::{Content, Date, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::wording::Wording;
use super::{wrap, Paper, PdfError, ATTACHMENT, BOLD, LANGUAGE_KEY, LAYOUT_KEY, REGULAR};
use crate::dsse::{self, Envelope};
use crate::sync::{DecisionFile, Kind};

const SRGB: &[u8] = include_bytes!("../../../../color/sRGB.icc");
const MARGIN: f32 = 56.0; // about 20 mm
const FOOTER: f32 = 40.0;
const NAVY: (f32, f32, f32) = (0.04, 0.24, 0.43);
const GREY: (f32, f32, f32) = (0.35, 0.39, 0.45);
const BLACK: (f32, f32, f32) = (0.1, 0.12, 0.15);
const LINE: (f32, f32, f32) = (0.8, 0.83, 0.87);
/// The colour of what a correction changed (a dark amber that prints legibly in grey).
const CORRECTION: (f32, f32, f32) = (0.55, 0.27, 0.0);

/// Signed text as it may be drawn: a line break kept (it starts a new line), a tab as a
/// space, every other control character dropped.
fn printable(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Signed text for the document's metadata: one line, no control character (XMP is XML,
/// and the Info dictionary and XMP must say the same).
fn one_line(text: &str) -> String {
    printable(text).replace('\n', " ")
}

/// One of the two faces: measures text, and turns it into the glyph ids of its subset as
/// it is drawn (the subset's ids are given in the order glyphs are first used, so the same
/// record always gives the same font).
struct Face {
    data: &'static [u8],
    face: ttf_parser::Face<'static>,
    remap: subsetter::GlyphRemapper,
    /// The text each subset glyph stands for, for the ToUnicode map (copying and search).
    text: BTreeMap<u16, char>,
    family: &'static str,
}

impl Face {
    fn load(data: &'static [u8], family: &'static str) -> Result<Face, PdfError> {
        Ok(Face {
            data,
            face: ttf_parser::Face::parse(data, 0).map_err(|_| PdfError::Font)?,
            remap: subsetter::GlyphRemapper::new(),
            text: BTreeMap::new(),
            family,
        })
    }

    fn glyph(&self, c: char) -> u16 {
        self.face.glyph_index(c).map(|g| g.0).unwrap_or(0)
    }

    fn advance(&self, glyph: u16) -> u16 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(self.face.units_per_em() / 2)
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        // u64: a signed text of any length cannot overflow the sum.
        let units = text
            .chars()
            .map(|c| u64::from(self.advance(self.glyph(c))))
            .fold(0u64, u64::saturating_add);
        units as f32 * size / f32::from(self.face.units_per_em())
    }

    /// The text as the subset's two-byte glyph ids (Identity-H).
    fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let new = self.remap.remap(self.glyph(c));
            if new != 0 {
                self.text.entry(new).or_insert(c);
            }
            out.extend(new.to_be_bytes());
        }
        out
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.face(bold).width(text, size)
    }

    fn encode(&mut self, text: &str, bold: bool) -> Vec<u8> {
        if bold {
            self.bold.encode(text)
        } else {
            self.regular.encode(text)
        }
    }

    /// Lines of `text` no wider than `width`, with tabs as spaces and no other control
    /// character (none has a glyph, and PDF/A forbids drawing the missing-glyph box).
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        wrap(&printable(text), width, |t| self.width(t, size, bold))
    }
}

/// A child of a structure element: another element, or a marked-content sequence on a page.
enum Kid {
    Elem(usize),
    Mark { page: usize, mcid: i32 },
}

struct Elem {
    role: StructRole,
    parent: Option<usize>,
    kids: Vec<Kid>,
}

struct Page {
    content: Content,
    /// The structure element of each marked-content id on the page, in id order.
    owners: Vec<usize>,
}

/// Lays out pages top to bottom, breaking pages as it goes, and builds the structure tree
/// beside the drawing: every piece of text drawn is marked content of an element, and
/// everything else (rules, footers, a repeated table header) is an artifact.
struct Layout {
    fonts: Fonts,
    width: f32,
    height: f32,
    y: f32,
    pages: Vec<Page>,
    elems: Vec<Elem>,
}

/// A table column: its header, its share of the width, and whether it is right-aligned.
type Column<'a> = (&'a str, f32, bool);

impl Layout {
    fn new(fonts: Fonts, paper: Paper) -> Layout {
        let (w, h) = paper.size_mm();
        let (width, height) = (w * 72.0 / 25.4, h * 72.0 / 25.4);
        let mut l = Layout {
            fonts,
            width,
            height,
            y: 0.0,
            pages: Vec::new(),
            elems: vec![Elem {
                role: StructRole::Document,
                parent: None,
                kids: Vec::new(),
            }],
        };
        l.new_page();
        l
    }

    fn text_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn new_page(&mut self) {
        self.pages.push(Page {
            content: Content::new(),
            owners: Vec::new(),
        });
        self.y = self.height - MARGIN;
    }

    fn room(&self) -> f32 {
        self.y - (MARGIN + FOOTER)
    }

    fn ensure(&mut self, needed: f32) {
        if self.room() < needed {
            self.new_page();
        }
    }

    fn page(&mut self) -> &mut Page {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn elem(&mut self, role: StructRole, parent: usize) -> usize {
        let id = self.elems.len();
        self.elems.push(Elem {
            role,
            parent: Some(parent),
            kids: Vec::new(),
        });
        self.elems[parent].kids.push(Kid::Elem(id));
        id
    }

    /// One line of text, as marked content of `owner`.
    #[allow(clippy::too_many_arguments)]
    fn put(
        &mut self,
        owner: usize,
        x: f32,
        y: f32,
        text: &str,
        size: f32,
        bold: bool,
        color: (f32, f32, f32),
    ) {
        let role = self.elems[owner].role;
        let glyphs = self.fonts.encode(text, bold);
        let page = self.pages.len() - 1;
        let p = self.page();
        let mcid = p.owners.len() as i32;
        p.owners.push(owner);
        p.content
            .begin_marked_content_with_properties(role.to_name())
            .properties()
            .identify(mcid);
        text_ops(&mut p.content, x, y, &glyphs, size, bold, color);
        p.content.end_marked_content();
        self.elems[owner].kids.push(Kid::Mark { page, mcid });
    }

    /// Text that is not part of the document's content (a repeated header, a footer).
    #[allow(clippy::too_many_arguments)]
    fn put_artifact(
        &mut self,
        x: f32,
        y: f32,
        text: &str,
        size: f32,
        bold: bool,
        color: (f32, f32, f32),
        page: usize,
    ) {
        let glyphs = self.fonts.encode(text, bold);
        let c = &mut self.pages[page].content;
        c.begin_marked_content_with_properties(Name(b"Artifact"))
            .properties()
            .pair(Name(b"Type"), Name(b"Pagination"));
        text_ops(c, x, y, &glyphs, size, bold, color);
        c.end_marked_content();
    }

    fn rule(&mut self, y: f32, thickness: f32, color: (f32, f32, f32)) {
        let (x0, x1) = (MARGIN, self.width - MARGIN);
        let c = &mut self.page().content;
        c.begin_marked_content(Name(b"Artifact"));
        c.set_stroke_rgb(color.0, color.1, color.2)
            .set_line_width(thickness)
            .move_to(x0, y)
            .line_to(x1, y)
            .stroke();
        c.end_marked_content();
    }

    fn line_height(size: f32) -> f32 {
        size * 1.35
    }

    /// A paragraph (or heading) under `parent`, wrapped to the text width.
    #[allow(clippy::too_many_arguments)]
    fn paragraph(
        &mut self,
        parent: usize,
        role: StructRole,
        text: &str,
        size: f32,
        bold: bool,
        color: (f32, f32, f32),
        indent: f32,
    ) -> usize {
        let owner = self.elem(role, parent);
        let lines = self
            .fonts
            .wrap(text, size, bold, self.text_width() - indent);
        for line in lines {
            let h = Self::line_height(size);
            self.ensure(h);
            self.y -= h;
            self.put(owner, MARGIN + indent, self.y, &line, size, bold, color);
        }
        owner
    }

    fn p(&mut self, parent: usize, text: &str, size: f32, bold: bool, color: (f32, f32, f32)) {
        self.paragraph(parent, StructRole::P, text, size, bold, color, 0.0);
    }

    fn gap(&mut self, pt: f32) {
        self.y -= pt;
    }

    /// A section heading, kept with the first lines of text that follow it.
    fn heading(&mut self, parent: usize, text: &str) {
        self.heading_keeping(parent, text, 4.0 * 12.0);
    }

    /// A section heading, kept with what follows it up to `keep` points.
    fn heading_keeping(&mut self, parent: usize, text: &str, keep: f32) {
        let lines = self.fonts.wrap(text, 11.5, true, self.text_width()).len() as f32;
        self.ensure(10.0 + lines * Self::line_height(11.5) + 9.0 + keep);
        self.gap(10.0);
        self.paragraph(parent, StructRole::H2, text, 11.5, true, NAVY, 0.0);
        self.gap(3.0);
        let y = self.y - 2.0;
        self.rule(y, 0.6, NAVY);
        self.gap(6.0);
    }

    /// A section heading followed by a table, kept with the table's header and first rows.
    fn heading_with_table(
        &mut self,
        parent: usize,
        text: &str,
        columns: &[Column],
        rows: &[Vec<String>],
    ) {
        let (_, cells) = self.table_cells(columns, rows);
        let keep = TABLE_HEADER + cells.iter().take(2).map(|r| row_height(r)).sum::<f32>();
        self.heading_keeping(parent, text, keep);
        self.table(parent, columns, rows);
    }

    /// The columns' widths and each cell's lines.
    #[allow(clippy::type_complexity)]
    fn table_cells(
        &self,
        columns: &[Column],
        rows: &[Vec<String>],
    ) -> (Vec<f32>, Vec<Vec<Vec<String>>>) {
        let total: f32 = columns.iter().map(|c| c.1).sum();
        let mut widths: Vec<f32> = columns
            .iter()
            .map(|c| c.1 / total * self.text_width())
            .collect();
        // Headers do not wrap: a column whose header is wider than its share (a longer
        // word in French or Spanish) takes the room from the first column. Layout 2's
        // English headers all fit, so its widths are as they were.
        let need = |c: &Column| self.fonts.width(c.0, TABLE_TEXT, true) + 8.0;
        let short: f32 = columns
            .iter()
            .zip(&widths)
            .skip(1)
            .map(|(c, w)| (need(c) - w).max(0.0))
            .sum();
        if short > 0.0 {
            for (c, w) in columns.iter().zip(widths.iter_mut()).skip(1) {
                *w = w.max(need(c));
            }
            widths[0] -= short;
        }
        let cells = rows
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(i, text)| self.fonts.wrap(text, TABLE_TEXT, false, widths[i] - 6.0))
                    .collect()
            })
            .collect();
        (widths, cells)
    }

    /// A table whose cells wrap. Its header row is never the last thing on a page (it is
    /// kept with the first two rows) and is drawn again, as an artifact, on each page the
    /// table continues on.
    fn table(&mut self, parent: usize, columns: &[Column], rows: &[Vec<String>]) {
        let size = TABLE_TEXT;
        let line_h = TABLE_LINE;
        let (widths, cells) = self.table_cells(columns, rows);
        let row_h = row_height;
        let header_h = TABLE_HEADER;
        let table = self.elem(StructRole::Table, parent);
        let x_of = |i: usize| MARGIN + widths[..i].iter().sum::<f32>();
        let header_x = |l: &Layout, i: usize| {
            let (name, _, right) = columns[i];
            if right {
                x_of(i) + widths[i] - 4.0 - l.fonts.width(name, size, true)
            } else {
                x_of(i) + 2.0
            }
        };

        let first_rows: f32 = cells.iter().take(2).map(|r| row_h(r)).sum();
        self.ensure(header_h + first_rows);
        self.y -= line_h;
        let tr = self.elem(StructRole::TR, table);
        for (i, (name, _, _)) in columns.iter().enumerate() {
            let th = self.elem(StructRole::TH, tr);
            let x = header_x(self, i);
            self.put(th, x, self.y, name, size, true, GREY);
        }
        let y = self.y - 4.0;
        self.rule(y, 0.8, GREY);
        self.y -= 6.0;

        let repeat_header = |l: &mut Layout| {
            l.new_page();
            l.y -= line_h;
            let page = l.pages.len() - 1;
            for (i, (name, _, _)) in columns.iter().enumerate() {
                let x = header_x(l, i);
                l.put_artifact(x, l.y, name, size, true, GREY, page);
            }
            let y = l.y - 4.0;
            l.rule(y, 0.8, GREY);
            l.y -= 6.0;
        };
        // What a page holds below a repeated header.
        let page_room = self.height - 2.0 * MARGIN - FOOTER - header_h;
        for row in &cells {
            let h = row_h(row);
            if self.room() < h && h <= page_room {
                repeat_header(self);
            }
            let tr = self.elem(StructRole::TR, table);
            let tds: Vec<usize> = (0..row.len())
                .map(|_| self.elem(StructRole::TD, tr))
                .collect();
            let lines = row.iter().map(Vec::len).max().unwrap_or(0);
            // A row taller than a page continues on the next: as many of its lines as fit,
            // cell by cell, on each page.
            let mut from = 0;
            loop {
                if from > 0 || self.room() < line_h + 5.0 {
                    repeat_header(self);
                }
                let fit = (((self.room() - 5.0) / line_h).floor().max(1.0)) as usize;
                let to = (from + fit).min(lines);
                let top = self.y;
                for (i, cell) in row.iter().enumerate() {
                    let right = columns[i].2;
                    for (n, line) in cell.iter().enumerate().take(to).skip(from) {
                        let y = top - ((n - from) as f32 + 1.0) * line_h;
                        let x = if right {
                            x_of(i) + widths[i] - 4.0 - self.fonts.width(line, size, false)
                        } else {
                            x_of(i) + 2.0
                        };
                        self.put(tds[i], x, y, line, size, false, BLACK);
                    }
                }
                self.y = top - (to - from).max(1) as f32 * line_h - 5.0;
                from = to;
                if from >= lines {
                    break;
                }
            }
            let y = self.y + 2.0;
            self.rule(y, 0.3, LINE);
        }
        self.gap(4.0);
    }
}

const TABLE_TEXT: f32 = 8.5;
const TABLE_LINE: f32 = TABLE_TEXT * 1.3;
const TABLE_HEADER: f32 = TABLE_LINE + 6.0;

/// The height of a table row whose cells wrap to these lines.
fn row_height(cells: &[Vec<String>]) -> f32 {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * TABLE_LINE + 5.0
}

fn text_ops(
    c: &mut Content,
    x: f32,
    y: f32,
    glyphs: &[u8],
    size: f32,
    bold: bool,
    color: (f32, f32, f32),
) {
    c.begin_text()
        .set_fill_rgb(color.0, color.1, color.2)
        .set_font(Name(if bold { b"F2" } else { b"F1" }), size)
        .next_line(x, y)
        .show(Str(glyphs))
        .end_text();
}

/// What one record contributed, for its footers and the document's metadata.
struct Laid {
    record_number: String,
    signed_at: chrono::DateTime<chrono::Utc>,
    chair_name: String,
    fund_name: String,
    first_page: usize,
}

/// Draws the records as layout 2.
pub(super) fn draw(
    envelopes: &[Vec<u8>],
    paper: Paper,
    w: Wording,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>, PdfError> {
    draw_fonts(envelopes, paper, w, progress, true)
}

/// `draw`, with the fonts subset and embedded or (`make bench`'s floor) not.
pub(super) fn draw_fonts(
    envelopes: &[Vec<u8>],
    paper: Paper,
    w: Wording,
    progress: &mut dyn FnMut(usize, usize),
    embed: bool,
) -> Result<Vec<u8>, PdfError> {
    if envelopes.is_empty() {
        return Err(PdfError::NotADecision(
            "there is no decision file to print".into(),
        ));
    }
    let fonts = Fonts {
        regular: Face::load(REGULAR, "DejaVuSans")?,
        bold: Face::load(BOLD, "DejaVuSans-Bold")?,
    };
    let mut l = Layout::new(fonts, paper);
    let mut laid = Vec::new();
    for (i, bytes) in envelopes.iter().enumerate() {
        if i > 0 {
            l.new_page();
        }
        laid.push(lay_out(&mut l, bytes.trim_ascii(), w)?);
        progress(i + 1, envelopes.len());
    }
    // Footers, now that each record's page count is known.
    let ends: Vec<usize> = laid
        .iter()
        .skip(1)
        .map(|r| r.first_page)
        .chain([l.pages.len()])
        .collect();
    for (r, end) in laid.iter().zip(ends) {
        let total = end - r.first_page;
        for (i, page) in (r.first_page..end).enumerate() {
            let footer = one_line(&w.say(
                "footer",
                &[
                    ("number", r.record_number.as_str().into()),
                    ("page", (i + 1).to_string().into()),
                    ("pages", total.to_string().into()),
                ],
            ));
            let c = &mut l.pages[page].content;
            c.begin_marked_content(Name(b"Artifact"));
            c.set_stroke_rgb(LINE.0, LINE.1, LINE.2)
                .set_line_width(0.5)
                .move_to(MARGIN, MARGIN - 4.0)
                .line_to(l.width - MARGIN, MARGIN - 4.0)
                .stroke();
            c.end_marked_content();
            l.put_artifact(MARGIN, MARGIN - 14.0, &footer, 7.0, false, GREY, page);
        }
    }
    let first = &laid[0];
    let title = if laid.len() == 1 {
        w.say(
            "document",
            &[("number", first.record_number.as_str().into())],
        )
    } else {
        w.say(
            "documents",
            &[
                ("first", first.record_number.as_str().into()),
                ("last", laid[laid.len() - 1].record_number.as_str().into()),
            ],
        )
    };
    let signed = laid
        .iter()
        .map(|r| r.signed_at)
        .max()
        .unwrap_or(first.signed_at);
    let meta = Meta {
        title: one_line(&title),
        author: one_line(&first.chair_name),
        subject: one_line(&w.say("subject", &[("fund", first.fund_name.as_str().into())])),
        signed,
    };
    let trimmed: Vec<&[u8]> = envelopes.iter().map(|e| e.trim_ascii()).collect();
    let dates: Vec<_> = laid.iter().map(|r| r.signed_at).collect();
    write(l, &meta, &trimmed, &dates, w, embed)
}

struct Meta {
    title: String,
    author: String,
    subject: String,
    signed: chrono::DateTime<chrono::Utc>,
}

/// Hands out object numbers in the order objects are written: the same record, the same
/// numbers.
struct Refs(i32);

impl Refs {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 9)
}

fn pdf_date(t: chrono::DateTime<chrono::Utc>) -> Date {
    use chrono::{Datelike, Timelike};
    Date::new(u16::try_from(t.year()).unwrap_or(0))
        .month(t.month() as u8)
        .day(t.day() as u8)
        .hour(t.hour() as u8)
        .minute(t.minute() as u8)
        .second(t.second() as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

fn xmp_date(t: chrono::DateTime<chrono::Utc>) -> xmp_writer::DateTime {
    use chrono::{Datelike, Timelike};
    xmp_writer::DateTime {
        year: u16::try_from(t.year()).unwrap_or(0),
        month: Some(t.month() as u8),
        day: Some(t.day() as u8),
        hour: Some(t.hour() as u8),
        minute: Some(t.minute() as u8),
        second: Some(t.second() as u8),
        timezone: Some(xmp_writer::Timezone::Utc),
    }
}

/// The XMP packet: the PDF/A-3b identification, and the same title, author, subject,
/// tool and dates as the document information dictionary.
fn xmp(meta: &Meta, document_id: &str, language: &str) -> Vec<u8> {
    let mut x = xmp_writer::XmpWriter::new();
    let date = xmp_date(meta.signed);
    x.title([(None, meta.title.as_str())]);
    x.creator([meta.author.as_str()]);
    x.description([(None, meta.subject.as_str())]);
    x.language([xmp_writer::LangId(language)]);
    x.format("application/pdf");
    x.creator_tool("SC Desk");
    x.producer("SC Desk");
    x.create_date(date);
    x.modify_date(date);
    x.metadata_date(date);
    x.document_id(&format!("uuid:{}", uuid_like(document_id)));
    x.instance_id(&format!("uuid:{}", uuid_like(document_id)));
    x.pdfa_part(3);
    x.pdfa_conformance("B");
    x.finish(None).into_bytes()
}

/// A UUID-shaped rendering of the document's hash, for the XMP identifiers.
fn uuid_like(hex: &str) -> String {
    let h = &hex[..32];
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// A subset font's name: six capitals from its bytes, a plus, and the family (PDF 9.6.4).
fn subset_name(family: &str, subset: &[u8]) -> String {
    let hash = dsse::sha256_hex(subset);
    let tag: String = hash
        .bytes()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect();
    format!("{tag}+{family}")
}

/// Writes the document; `signed[i]` is when `files[i]` was signed (its embedded dates).
fn write(
    l: Layout,
    meta: &Meta,
    files: &[&[u8]],
    signed: &[chrono::DateTime<chrono::Utc>],
    w: Wording,
    embed: bool,
) -> Result<Vec<u8>, PdfError> {
    let language = w.lang().code();
    let Layout {
        fonts,
        width,
        height,
        pages,
        elems,
        ..
    } = l;
    let mut refs = Refs(0);
    let catalog_id = refs.next();
    let tree_id = refs.next();
    let info_id = refs.next();
    let root_id = refs.next();
    let metadata_id = refs.next();
    let icc_id = refs.next();
    let font_ids = [refs.next(), refs.next()];
    let page_ids: Vec<Ref> = pages.iter().map(|_| refs.next()).collect();
    let content_ids: Vec<Ref> = pages.iter().map(|_| refs.next()).collect();
    let parents_ids: Vec<Ref> = pages.iter().map(|_| refs.next()).collect();
    let elem_ids: Vec<Ref> = elems.iter().map(|_| refs.next()).collect();
    let file_ids: Vec<(Ref, Ref)> = files.iter().map(|_| (refs.next(), refs.next())).collect();

    let id_source: String = files.iter().map(|f| dsse::sha256_hex(f)).collect();
    let document_id = dsse::sha256_hex(id_source.as_bytes());
    let date = pdf_date(meta.signed);

    let mut pdf = Pdf::new();
    pdf.set_version(1, 7);
    let id = document_id.as_bytes()[..32].to_vec();
    pdf.set_file_id((id.clone(), id));

    // The catalog: pages, structure, language, metadata, output intent, attachments.
    let names: Vec<String> = (0..files.len())
        .map(|i| {
            if files.len() == 1 {
                ATTACHMENT.to_string()
            } else {
                // Zero-padded: the name tree is sorted by name, so order is kept.
                format!("decision-file-{:03}.dsse.json", i + 1)
            }
        })
        .collect();
    {
        let mut catalog = pdf.catalog(catalog_id);
        catalog.pages(tree_id);
        catalog.pair(Name(b"StructTreeRoot"), root_id);
        catalog.mark_info().marked(true);
        catalog.lang(TextStr(language));
        catalog.viewer_preferences().display_doc_title(true);
        catalog.metadata(metadata_id);
        catalog
            .output_intents()
            .push()
            .subtype(OutputIntentSubtype::PDFA)
            .output_condition_identifier(TextStr("sRGB IEC61966-2.1"))
            .info(TextStr("sRGB IEC61966-2.1"))
            .dest_output_profile(icc_id);
        {
            let mut names_dict = catalog.names();
            let mut tree = names_dict.embedded_files();
            let mut entries = tree.names();
            for (name, (spec, _)) in names.iter().zip(&file_ids) {
                entries.insert(Str(name.as_bytes()), *spec);
            }
        }
        catalog
            .insert(Name(b"AF"))
            .array()
            .items(file_ids.iter().map(|(spec, _)| *spec));
    }
    pdf.pages(tree_id)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);

    let mut info = pdf.document_info(info_id);
    info.title(TextStr(&meta.title))
        .author(TextStr(&meta.author))
        .subject(TextStr(&meta.subject))
        .creator(TextStr("SC Desk"))
        .producer(TextStr("SC Desk"))
        .creation_date(date)
        .modified_date(date);
    // The number of the layout that drew it, not `LAYOUT`: a later layout must not
    // restamp these. Layout 3 also names the language it drew in.
    info.pair(Name(LAYOUT_KEY), w.layout() as i32);
    if let Wording::Layout3(words) = w {
        info.pair(Name(LANGUAGE_KEY), TextStr(words.lang().code()));
    }
    info.finish();

    // The structure tree: the root, a number tree from each page to the elements of its
    // marked content, and the elements.
    {
        let mut root = pdf.indirect(root_id).start::<StructTreeRoot>();
        root.child(elem_ids[0]);
        {
            let mut parent_tree = root.parent_tree();
            let mut nums = parent_tree.nums();
            for (i, id) in parents_ids.iter().enumerate() {
                nums.insert(i as i32, *id);
            }
        }
        root.parent_tree_next_key(pages.len() as i32);
    }
    for (page, id) in pages.iter().zip(&parents_ids) {
        pdf.indirect(*id)
            .array()
            .items(page.owners.iter().map(|e| elem_ids[*e]));
    }
    for (i, e) in elems.iter().enumerate() {
        let mut s = pdf.struct_element(elem_ids[i]);
        s.kind(e.role);
        s.parent(e.parent.map(|p| elem_ids[p]).unwrap_or(root_id));
        if e.role == StructRole::TH {
            s.attributes()
                .push()
                .table()
                .scope(TableHeaderScope::Column);
        }
        if e.role == StructRole::Document {
            s.lang(TextStr(language));
        }
        let mut kids = s.children();
        for kid in &e.kids {
            match kid {
                Kid::Elem(k) => {
                    kids.struct_element(elem_ids[*k]);
                }
                Kid::Mark { page, mcid } => {
                    kids.marked_content_ref()
                        .marked_content_id(*mcid)
                        .page(page_ids[*page]);
                }
            }
        }
    }

    for (i, page) in pages.into_iter().enumerate() {
        let mut p = pdf.page(page_ids[i]);
        p.parent(tree_id)
            .media_box(Rect::new(0.0, 0.0, width, height))
            .contents(content_ids[i])
            .struct_parents(i as i32)
            .tab_order(TabOrder::StructureOrder);
        p.resources()
            .fonts()
            .pair(Name(b"F1"), font_ids[0])
            .pair(Name(b"F2"), font_ids[1]);
        p.finish();
        let data = deflate(&page.content.finish());
        pdf.stream(content_ids[i], &data)
            .filter(Filter::FlateDecode);
    }

    for (face, font_id) in [&fonts.regular, &fonts.bold].into_iter().zip(font_ids) {
        if embed {
            write_font(&mut pdf, &mut refs, face, font_id)?;
        } else {
            pdf.type1_font(font_id).base_font(Name(b"Helvetica"));
        }
    }

    let xmp = xmp(meta, &document_id, language);
    pdf.metadata(metadata_id, &xmp);

    let icc = deflate(SRGB);
    pdf.icc_profile(icc_id, &icc)
        .n(3)
        .range([0.0, 1.0, 0.0, 1.0, 0.0, 1.0])
        .filter(Filter::FlateDecode);

    for (((bytes, name), (spec_id, file_id)), at) in
        files.iter().zip(&names).zip(&file_ids).zip(signed)
    {
        let date = pdf_date(*at);
        let mut spec = pdf.file_spec(*spec_id);
        spec.path(Str(name.as_bytes()))
            .unic_file(TextStr(name))
            .description(TextStr(
                "The chair's signed decision file (a DSSE envelope) this record was made from",
            ))
            .association_kind(AssociationKind::Source)
            .embedded_file_with_unicode(*file_id);
        spec.finish();
        let mut ef = pdf.embedded_file(*file_id, bytes);
        ef.subtype(Name(b"application/json"));
        ef.params()
            .size(i32::try_from(bytes.len()).unwrap_or(i32::MAX))
            .creation_date(date)
            .modification_date(date);
    }
    Ok(pdf.finish())
}

/// Writes one face as a subset CID font (Type 0, CIDFontType2, Identity-H), with its
/// widths and its ToUnicode map.
fn write_font(pdf: &mut Pdf, refs: &mut Refs, face: &Face, font_id: Ref) -> Result<(), PdfError> {
    let cid_id = refs.next();
    let descriptor_id = refs.next();
    let cmap_id = refs.next();
    let file_id = refs.next();
    let subset = subsetter::subset(face.data, 0, &face.remap).map_err(|_| PdfError::Font)?;
    let base = subset_name(face.family, &subset);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(font_id)
        .base_font(Name(base.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);
    let upem = f32::from(face.face.units_per_em());
    let scale = |v: i16| f32::from(v) * 1000.0 / upem;
    let widths: Vec<f32> = face
        .remap
        .remapped_gids()
        .map(|old| f32::from(face.advance(old)) * 1000.0 / upem)
        .collect();
    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(base.as_bytes()))
        .system_info(system)
        .font_descriptor(descriptor_id)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(0, widths);
    cid.finish();
    let bbox = face.face.global_bounding_box();
    let mut flags = FontFlags::NON_SYMBOLIC;
    if face.face.is_monospaced() {
        flags |= FontFlags::FIXED_PITCH;
    }
    pdf.font_descriptor(descriptor_id)
        .name(Name(base.as_bytes()))
        .flags(flags)
        .bbox(Rect::new(
            scale(bbox.x_min),
            scale(bbox.y_min),
            scale(bbox.x_max),
            scale(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(scale(face.face.ascender()))
        .descent(scale(face.face.descender()))
        .cap_height(scale(
            face.face.capital_height().unwrap_or(face.face.ascender()),
        ))
        .stem_v(if face.family.ends_with("Bold") {
            140.0
        } else {
            80.0
        })
        .font_file2(file_id);
    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
    for (glyph, c) in &face.text {
        cmap.pair(*glyph, *c);
    }
    let cmap = cmap.finish();
    pdf.cmap(cmap_id, &cmap);
    let data = deflate(&subset);
    pdf.stream(file_id, &data).filter(Filter::FlateDecode).pair(
        Name(b"Length1"),
        i32::try_from(subset.len()).unwrap_or(i32::MAX),
    );
    Ok(())
}

/// Lays out one record from the current page on.
fn lay_out(l: &mut Layout, envelope_bytes: &[u8], w: Wording) -> Result<Laid, PdfError> {
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
    let worded = w.record(&d.record);
    let r = &*worded;
    let first_page = l.pages.len() - 1;
    let sect = l.elem(StructRole::Sect, 0);

    // Header.
    l.p(sect, &r.fund_name, 15.0, true, NAVY);
    l.paragraph(
        sect,
        StructRole::H1,
        &w.say("title", &[]),
        12.0,
        false,
        BLACK,
        0.0,
    );
    l.gap(4.0);
    // A place that already names the kind ("Virtual (video conference)") is not repeated.
    let kind = if r.place.starts_with(r.meeting_kind.as_str()) {
        String::new()
    } else {
        format!(" · {}", r.meeting_kind)
    };
    l.p(
        sect,
        &format!(
            "{}{kind} · {} · {}",
            r.meeting_title,
            w.when(r.starts_at),
            r.place
        ),
        9.5,
        false,
        GREY,
    );
    l.p(
        sect,
        &w.say("number", &[("number", r.record_number.as_str().into())]),
        9.5,
        true,
        GREY,
    );
    if let Some(c) = &d.corrects {
        l.gap(3.0);
        l.p(
            sect,
            &w.say(
                "corrected",
                &[("revision", d.revision.unwrap_or(1).to_string().into())],
            ),
            10.0,
            true,
            CORRECTION,
        );
        l.p(
            sect,
            &w.say("reason", &[("reason", c.reason.as_str().into())]),
            9.5,
            false,
            CORRECTION,
        );
    }
    l.gap(4.0);
    let y = l.y - 2.0;
    l.rule(y, 1.6, NAVY);
    l.gap(6.0);

    let rows: Vec<Vec<String>> = r
        .seats
        .iter()
        .map(|s| {
            vec![
                s.constituency.clone(),
                format!("{} ({})", s.name, s.organisation),
                s.attendance.clone(),
            ]
        })
        .collect();
    l.heading_with_table(
        sect,
        &w.say("attendance-heading", &[]),
        &[
            (&w.say("column-constituency", &[]), 3.2, false),
            (&w.say("column-member", &[]), 4.8, false),
            (&w.say("column-attendance", &[]), 2.0, false),
        ],
        &rows,
    );
    l.p(
        sect,
        &w.say(
            "rule-line",
            &[
                ("rule", r.decision_rule.as_str().into()),
                ("quorum", r.quorum.as_str().into()),
            ],
        ),
        9.0,
        false,
        BLACK,
    );
    if let Some(wp) = &d.written_procedure {
        l.p(
            sect,
            &w.say(
                "written",
                &[
                    ("opened", w.when(wp.opened_at).into()),
                    ("deadline", w.when(wp.deadline).into()),
                ],
            ),
            9.0,
            false,
            BLACK,
        );
    }

    for dec in &d.decisions {
        let item = r.items.iter().find(|i| i.item == dec.item);
        l.heading(
            sect,
            &w.say(
                "item",
                &[
                    ("item", dec.item.to_string().into()),
                    ("text", item.map(|i| i.text.as_str()).unwrap_or("").into()),
                ],
            ),
        );
        if let Some(i) = item {
            if let (Some(reference), Some(title)) = (&i.dossier_reference, &i.dossier_title) {
                l.p(sect, &format!("{reference} — {title}"), 9.5, true, BLACK);
                l.p(
                    sect,
                    &w.say(
                        "countries",
                        &[
                            ("countries", i.countries.clone().unwrap_or_default().into()),
                            ("area", i.area.clone().unwrap_or_default().into()),
                        ],
                    ),
                    9.0,
                    false,
                    BLACK,
                );
            }
        }
        l.gap(3.0);
        l.p(
            sect,
            &w.say("decision", &[("outcome", w.outcome(dec.outcome).into())]),
            10.5,
            true,
            NAVY,
        );
        if let Some(c) = &dec.conditions {
            l.p(
                sect,
                &w.say("conditions", &[("conditions", c.as_str().into())]),
                9.0,
                false,
                BLACK,
            );
        }
        for line in w.funding(dec) {
            l.p(sect, &line, 9.0, false, BLACK);
        }
        let before = d
            .corrects
            .as_ref()
            .and_then(|c| c.previous.iter().find(|p| p.item == dec.item));
        if let Some(p) = before {
            l.p(sect, &w.corrected_item(p), 9.0, true, CORRECTION);
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
            w.say("all-constituencies", &[]),
            c.join.to_string(),
            c.object.to_string(),
            c.abstain.to_string(),
            c.recuse.to_string(),
            c.no_answer.to_string(),
        ]);
        l.table(
            sect,
            &[
                (&w.say("column-tally", &[]), 4.0, false),
                (&w.say("column-join", &[]), 1.0, true),
                (&w.say("column-object", &[]), 1.0, true),
                (&w.say("column-abstain", &[]), 1.0, true),
                (&w.say("column-recuse", &[]), 1.0, true),
                (&w.say("column-no-answer", &[]), 1.3, true),
            ],
            &rows,
        );
        l.p(sect, &w.explanation(&d.record, t), 9.0, false, BLACK);
        for o in &t.objections {
            // The member's name, as the record's attendance table gives it.
            let who = r
                .seats
                .iter()
                .find(|s| s.seat == o.seat)
                .map(|s| format!("{} ({})", s.name, s.organisation))
                .unwrap_or_else(|| o.seat.clone());
            l.paragraph(
                sect,
                StructRole::P,
                &w.say(
                    "objection",
                    &[("member", who.into()), ("reason", o.reason.as_str().into())],
                ),
                9.0,
                false,
                BLACK,
                8.0,
            );
        }
        if let Some(reason) = &dec.override_reason {
            l.p(
                sect,
                &w.say("override", &[("reason", reason.as_str().into())]),
                9.0,
                true,
                BLACK,
            );
        }
    }

    let rows: Vec<Vec<String>> = r
        .funds_after
        .iter()
        .map(|f| vec![f.area.clone(), f.allocated.clone(), f.available.clone()])
        .collect();
    l.heading_with_table(
        sect,
        &w.say("funds-heading", &[]),
        &[
            (&w.say("column-area", &[]), 6.0, false),
            (&w.say("column-allocated", &[]), 2.0, true),
            (&w.say("column-available", &[]), 2.0, true),
        ],
        &rows,
    );

    l.heading(sect, &w.say("signature-heading", &[]));
    l.p(
        sect,
        &w.signed(&r.chair_name, d.signed_at, d.positions_counted.len()),
        9.0,
        false,
        BLACK,
    );

    l.heading(sect, &w.say("check-heading", &[]));
    l.p(sect, &w.say("check", &[]), 9.0, false, BLACK);
    l.paragraph(
        sect,
        StructRole::P,
        &dsse::grouped(&sig.keyid),
        9.5,
        true,
        BLACK,
        8.0,
    );
    l.p(sect, &w.say("check-roster", &[]), 9.0, false, BLACK);
    l.gap(3.0);
    // One value per line, nothing after it: what is copied is the value alone.
    l.p(sect, &w.say("technical", &[]), 7.5, true, GREY);
    l.p(
        sect,
        &w.say("payload-hash", &[("hash", payload_hash.as_str().into())]),
        7.5,
        false,
        GREY,
    );
    l.p(
        sect,
        &w.say(
            "signature",
            &[(
                "signature",
                base64::engine::general_purpose::STANDARD
                    .encode(&sig.sig)
                    .into(),
            )],
        ),
        7.5,
        false,
        GREY,
    );
    if let Some(c) = &d.corrects {
        l.p(
            sect,
            &w.say("replaces", &[("hash", c.file.as_str().into())]),
            7.5,
            false,
            GREY,
        );
    }

    Ok(Laid {
        record_number: r.record_number.clone(),
        signed_at: d.signed_at,
        chair_name: r.chair_name.clone(),
        fund_name: r.fund_name.clone(),
        first_page,
    })
}
