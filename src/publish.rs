//! The public register of decisions: a static site made from the signed files alone, for
//! the Fund's website, that anyone can read without a script and check without SC Desk.
//!
//! What goes out: the rosters held (who may sign), the signed files of each meeting
//! decided in the period (its meeting file and the decision files of its chain of
//! corrections), each meeting's record PDF, and the rows of `decisions.json` and
//! `decisions.csv`, every field of which is read from the payload of the decision file
//! that stands for its meeting, so that `verify.py` can derive them again. What stays:
//! notes, questions, conflict declarations, drafts, position files, the ledger.
//! The same signed files give the same bytes. Format: `docs/register.md`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::{json, Value};

use crate::dsse::{self, Envelope};
use crate::exchange::Standing;
use crate::lang::Lang;
use crate::sync::{DecisionFile, Kind};
use crate::{Desk, Error};

pub mod iati;

/// The Python reference verifier shipped in every site.
pub const VERIFIER: &str = include_str!("../publish/verify.py");
/// The JSON Schema of `decisions.json`.
pub const SCHEMA: &str = include_str!("../publish/decisions.schema.json");
/// The register format written in `decisions.json` (`register`).
pub const REGISTER_FORMAT: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("No meeting {period} has a signed decision file yet, so there is nothing to publish.")]
    NothingToPublish { period: String },
    #[error("{} is not an empty folder. Choose a new folder for the register (SC Desk does not write over files).", .0.display())]
    FolderNotEmpty(PathBuf),
    #[error("The register could not be written in {}: {reason}.", .dir.display())]
    Write { dir: PathBuf, reason: String },
    #[error("The period starts ({from}) after it ends ({to}): give the earlier date first.")]
    BadPeriod { from: NaiveDate, to: NaiveDate },
    #[error("{given} is not an IATI organisation identifier. It is the registration agency's prefix and the organisation's number joined by hyphens, as the IATI Registry lists it (for example XM-DAC-41114).")]
    BadIatiOrganisation { given: String },
}

/// The site, as (path under the folder, bytes), in a fixed order.
#[derive(Debug, Default)]
pub struct Site {
    pub files: Vec<(String, Vec<u8>)>,
    /// Meetings in the period left out, each with why (a dispute between decision files).
    pub left_out: Vec<String>,
    pub meetings: usize,
    pub decisions: usize,
}

/// One meeting as published.
struct Published {
    id: String,
    file: DecisionFile,
    /// The standing decision file's path and its payload (as signed).
    decision_path: String,
    payload: Value,
    payload_hash: String,
    /// The key id of the decision file's first signature (the chair's).
    signer: String,
    record_path: String,
}

use crate::words::count;

/// A thematic area as a record names it ("2. Protecting…"), ordered by its number, then
/// its words.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Area(u32, String);

impl Area {
    fn of(text: &str) -> Area {
        let number = text
            .split('.')
            .next()
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(u32::MAX);
        Area(number, text.to_string())
    }
}

/// A name for a file from a signed id: the id itself when it is lowercase letters, digits,
/// `-` and `_`; otherwise those characters kept (lowercased, the rest as `_`) and the first
/// eight hex digits of the id's SHA-256 added, so that no id names a path outside the folder
/// and two ids never share a name, even on a disk that ignores case.
fn file_name(id: &str) -> String {
    let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if !id.is_empty() && id.chars().all(plain) {
        return id.to_string();
    }
    let kept: String = id
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if plain(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{kept}-{}", &dsse::sha256_hex(id.as_bytes())[..8])
}

fn period_words(from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    match (from, to) {
        (None, None) => "in this workspace".into(),
        (Some(f), None) => format!("from {} on", long_date(f)),
        (None, Some(t)) => format!("up to {}", long_date(t)),
        (Some(f), Some(t)) => format!("from {} to {}", long_date(f), long_date(t)),
    }
}

impl Desk {
    /// The register of the meetings whose date lies in `from..=to` (either open), from the
    /// signed files held. Reads only; writes nothing. With the IATI organisation identifier
    /// the Fund reports under, the site also holds the IATI activity file of the programmes
    /// funded (`iati-activities.xml`).
    pub fn register(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        iati_organisation: Option<&str>,
    ) -> Result<Site, Error> {
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(PublishError::BadPeriod { from: f, to: t }.into());
            }
        }
        let iati_organisation = iati_organisation.map(iati::organisation).transpose()?;
        let mut site = Site::default();
        let mut signed: Vec<(String, &'static str, Vec<u8>)> = Vec::new();

        // Every roster held, by version: a reader pins the first and follows the chain.
        let mut rosters = BTreeMap::new();
        for (hash, kind, _) in self.store.envelope_index()? {
            if kind != Kind::Roster.as_str() {
                continue;
            }
            let Some(bytes) = self.store.envelope_bytes(&hash)? else {
                continue;
            };
            let payload = payload_of(&bytes)?;
            let version = payload["version"].as_u64().unwrap_or(0);
            rosters.insert(version, bytes);
        }
        for (version, bytes) in rosters {
            signed.push((format!("files/roster-v{version}.dsse"), "roster", bytes));
        }

        // The meetings whose standing decision file is dated in the period, in the order
        // of the record's own date (what the rows show and what verify.py derives).
        let mut standing = Vec::new();
        for m in self.store.meetings()? {
            let (hash, file) = match self.standing(&m.id)? {
                Standing::None => continue,
                Standing::Disputed { revision, .. } => {
                    site.left_out.push(format!(
                        "the meeting {}, because two different corrections (revision {revision}) exist and the chair has to sign one that settles it",
                        crate::untrusted::one_line(&m.id)
                    ));
                    continue;
                }
                Standing::File(hash, file) => (hash, *file),
            };
            let day = file.record.starts_at().date_naive();
            if from.is_some_and(|f| day < f) || to.is_some_and(|t| day > t) {
                continue;
            }
            standing.push((m.id, hash, file));
        }
        standing
            .sort_by(|a, b| (a.2.record.starts_at(), &a.0).cmp(&(b.2.record.starts_at(), &b.0)));
        let mut published = Vec::new();
        for (id, hash, file) in standing {
            let Some(bytes) = self.store.envelope_bytes(&hash)? else {
                continue;
            };
            let envelope = stored_envelope(&bytes)?;
            // The record and VERIFY.md show the first signature's key: it must be the one
            // the workspace checked when the file arrived.
            let Some(signer) = self.checked_first_signature(&id, &hash, &bytes)? else {
                site.left_out.push(format!(
                    "the meeting {}, because the first signature on its decision file is not the chair's (ask the chair for the file as SC Desk signed it)",
                    crate::untrusted::one_line(&id)
                ));
                continue;
            };
            let name = file_name(&id);
            if let Some(hash) = self.store.meeting_envelope(&id)? {
                if let Some(meeting) = self.store.envelope_bytes(&hash)? {
                    signed.push((format!("files/meeting-{name}.dsse"), "meeting", meeting));
                }
            }
            // The chain of corrections down to revision 1, so that a reader sees what each
            // revision replaced.
            let chain = self.chain_of(&id, &bytes)?;
            for (revision, b) in &chain {
                signed.push((
                    format!("files/decision-{name}-r{revision}.dsse"),
                    "decision",
                    b.clone(),
                ));
            }
            let revision = file.revision.unwrap_or(1);
            let payload = payload_of(&bytes)?;
            let record_path = format!("records/record-{name}.pdf");
            signed.push((
                record_path.clone(),
                "record",
                crate::pdf::render(&bytes, crate::pdf::Paper::A4, Lang::En)?,
            ));
            published.push(Published {
                id,
                decision_path: format!("files/decision-{name}-r{revision}.dsse"),
                payload,
                payload_hash: dsse::sha256_hex(&envelope.payload),
                signer,
                record_path,
                file,
            });
        }
        if published.is_empty() {
            return Err(PublishError::NothingToPublish {
                period: period_words(from, to),
            }
            .into());
        }

        let rows: Vec<Value> = published.iter().flat_map(rows_of).collect();
        let manifest = json!({
            "register": REGISTER_FORMAT,
            "fund": { "id": fund_id(&published), "name": fund_name(&published) },
            "period": {
                "from": from.map(|d| d.to_string()),
                "to": to.map(|d| d.to_string()),
            },
            "files": signed.iter().map(|(path, kind, bytes)| json!({
                "path": path, "kind": kind, "sha256": dsse::sha256_hex(bytes),
            })).collect::<Vec<_>>(),
            "decisions": rows,
        });
        let mut json_text = serde_json::to_string_pretty(&manifest)
            .map_err(|e| crate::exchange::corrupt("register", e))?;
        json_text.push('\n');

        let mut iati_file = None;
        if let Some(organisation) = &iati_organisation {
            let publisher = iati::Publisher {
                organisation,
                reporting_name: &self.profile.administrative_agent.name,
                fund_name: &fund_name(&published),
            };
            if let Some(xml) = iati::activities(&publisher, &rows, &mut site.left_out) {
                iati_file = Some(xml);
            }
        }
        site.meetings = published.len();
        site.decisions = rows.len();
        site.files.push((
            "index.html".into(),
            self.index_html(&published, &rows, from, to, iati_file.is_some())
                .into_bytes(),
        ));
        site.files
            .push(("decisions.json".into(), json_text.into_bytes()));
        site.files
            .push(("decisions.csv".into(), csv(&rows).into_bytes()));
        site.files.push((
            "schema/decisions.schema.json".into(),
            SCHEMA.as_bytes().to_vec(),
        ));
        site.files
            .push(("VERIFY.md".into(), self.verify_md(&published).into_bytes()));
        site.files
            .push(("verify.py".into(), VERIFIER.as_bytes().to_vec()));
        if let Some(xml) = iati_file {
            site.files.push((iati::FILE.into(), xml.into_bytes()));
        }
        for (path, _, bytes) in signed {
            site.files.push((path, bytes));
        }
        Ok(site)
    }

    /// The decision files of a meeting's chain, from the standing one down to revision 1,
    /// as (revision, bytes), lowest revision first.
    fn chain_of(&self, meeting: &str, standing: &[u8]) -> Result<Vec<(u32, Vec<u8>)>, Error> {
        let mut by_payload = BTreeMap::new();
        for (hash, _) in self.store.decision_envelopes(meeting)? {
            if let Some(bytes) = self.store.envelope_bytes(&hash)? {
                let envelope = stored_envelope(&bytes)?;
                by_payload.insert(dsse::sha256_hex(&envelope.payload), bytes);
            }
        }
        let mut chain = Vec::new();
        let mut next = Some(standing.to_vec());
        while let Some(bytes) = next.take() {
            let envelope = stored_envelope(&bytes)?;
            let d: DecisionFile = serde_json::from_slice(&envelope.payload)
                .map_err(|e| crate::exchange::corrupt("decision file", e))?;
            next = d
                .corrects
                .as_ref()
                .and_then(|c| by_payload.get(&c.file).cloned());
            chain.push((d.revision.unwrap_or(1), bytes));
            // A chain is as long as its revisions: never loop.
            if chain.len() > 10_000 {
                break;
            }
        }
        chain.reverse();
        Ok(chain)
    }

    fn index_html(
        &self,
        published: &[Published],
        rows: &[Value],
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        iati: bool,
    ) -> String {
        let fund = &fund_name(published);
        let first = published
            .first()
            .map(|p| p.file.record.starts_at().date_naive());
        let last = published
            .last()
            .map(|p| p.file.record.starts_at().date_naive());
        let period = match (from.or(first), to.or(last)) {
            (Some(f), Some(t)) if f == t => format!("Decisions of {}", long_date(f)),
            (Some(f), Some(t)) => format!("Decisions from {} to {}", long_date(f), long_date(t)),
            _ => "Decisions".into(),
        };
        let mut h = String::new();
        let _ = write!(
            h,
            r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1f26; margin: 0; line-height: 1.45; }}
header, main, footer {{ max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }}
header {{ border-bottom: 3px solid #0a3d6e; padding-top: 1.5rem; padding-bottom: 1rem; }}
h1 {{ color: #0a3d6e; font-size: 1.7rem; margin: 0 0 .25rem; }}
h2 {{ color: #0a3d6e; font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #c9d1db; }}
h3 {{ font-size: 1.1rem; margin-bottom: .25rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: .92rem; }}
caption {{ text-align: left; font-weight: bold; padding: .25rem 0; }}
th, td {{ text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #d5dbe3; }}
th {{ background: #eef2f6; }}
td.amount, th.amount {{ text-align: right; white-space: nowrap; }}
a {{ color: #0a4f8f; }}
a:focus {{ outline: 3px solid #f2a900; outline-offset: 2px; }}
.meta {{ color: #4a5563; }}
code {{ font-size: .9rem; word-break: break-all; }}
figure {{ margin: 1rem 0; }}
</style>
</head>
<body>
<header>
<p class="meta">Steering Committee decisions</p>
<h1>{fund_h}</h1>
<p>{period_h}. Every decision below is read from a decision file signed by the committee's chair; each meeting's signed record is linked beside it. <a href="#check">How to check these decisions</a>.</p>
</header>
<main>
"##,
            title = esc(&format!("{fund}: Steering Committee decisions")),
            fund_h = esc(fund),
            period_h = esc(&period),
        );

        h.push_str(&self.chart(published));

        for p in published {
            let r = crate::pdf::record_in(&p.file.record, Lang::En);
            let r = r.as_ref();
            let _ = write!(
                h,
                r#"<section aria-labelledby="m-{id}">
<h2 id="m-{id}">{title}</h2>
<p class="meta">{date} · {place} · record number {number}. <a href="{pdf}">Decision record (PDF)</a> · <a href="{file}">signed decision file</a> (for checking){revision}</p>
<table>
<caption>Decisions of {title_short}</caption>
<thead><tr><th scope="col">Item</th><th scope="col">Programme</th><th scope="col">Countries</th><th scope="col">Thematic area</th><th scope="col">Decision</th><th scope="col" class="amount">Amount approved</th><th scope="col">Conditions</th></tr></thead>
<tbody>
"#,
                id = esc(&file_name(&p.id)),
                title = esc(&r.meeting_title),
                title_short = esc(&r.meeting_title),
                date = esc(&long_date(r.starts_at.date_naive())),
                place = esc(&r.place),
                number = esc(&r.record_number),
                pdf = esc(&p.record_path),
                file = esc(&p.decision_path),
                revision = match p.file.revision {
                    Some(n) if n > 1 => format!(" · corrected (revision {n})"),
                    _ => String::new(),
                },
            );
            for d in &p.file.decisions {
                let item = r.items.iter().find(|i| i.item == d.item);
                let programme = match item.and_then(|i| i.dossier_reference.as_ref()) {
                    Some(reference) => format!(
                        "{}<br>{}",
                        esc(reference),
                        esc(item.and_then(|i| i.dossier_title.as_deref()).unwrap_or(""))
                    ),
                    None => esc(item.map(|i| i.text.as_str()).unwrap_or("")),
                };
                let amount = match &d.funding {
                    Some(f) => format!(
                        "{}<br><span class=\"meta\">from {}</span>",
                        esc(&crate::money::format_signed_amount(&f.amount, "USD")),
                        esc(&f.source.label())
                    ),
                    None => "—".into(),
                };
                let _ = writeln!(
                    h,
                    "<tr><td>{}</td><td>{programme}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"amount\">{amount}</td><td>{}</td></tr>",
                    d.item,
                    esc(item.and_then(|i| i.countries.as_deref()).unwrap_or("—")),
                    esc(item.and_then(|i| i.area.as_deref()).unwrap_or("—")),
                    esc(d.outcome.label()),
                    esc(d.conditions.as_deref().unwrap_or("—")),
                );
            }
            h.push_str("</tbody>\n</table>\n</section>\n");
        }

        let _ = write!(
            h,
            r##"<section aria-labelledby="check">
<h2 id="check">How to check these decisions</h2>
<p>Each decision on this page is copied from a file that the committee's chair signed electronically. Those files are in this folder, with the committee's membership lists, signed by the Fund Management Unit, which say whose signature counts and when.</p>
<ol>
<li>Obtain the Fund Management Unit's key fingerprint (64 letters and digits) from the Fund's annual report or from the Unit itself. Do not take it from this site: a copy of a site can be altered.</li>
<li>With Python 3 and its PyNaCl package, run <code>python3 verify.py . --fingerprint "…"</code> in this folder. It checks every signature, and that every row of the data files below says exactly what the signed files say. It does not check the text of this page or the pages of the PDFs.</li>
<li>Each decision record (PDF) carries its signed decision file inside it; SC Desk's Verify checks that the pages are exactly what that file says.</li>
</ol>
<p>Details for auditors: <a href="VERIFY.md">VERIFY.md</a>. The decisions as data: <a href="decisions.csv">decisions.csv</a> (opens in a spreadsheet) and <a href="decisions.json">decisions.json</a> (described by <a href="schema/decisions.schema.json">its schema</a>){iati}. {n} from {m}.</p>
</section>
</main>
<footer><p class="meta">Published with SC Desk from the signed files of {fund_h}.</p></footer>
</body>
</html>
"##,
            n = count(rows.len(), "decision", "decisions"),
            m = count(published.len(), "meeting", "meetings"),
            fund_h = esc(fund),
            iati = if iati {
                r#", and the programmes funded in the IATI Standard, for aid transparency: <a href="iati-activities.xml">iati-activities.xml</a>"#
            } else {
                ""
            },
        );
        h
    }

    /// Funds approved by thematic area, per year, as an SVG bar chart with its figures in
    /// words for screen readers.
    fn chart(&self, published: &[Published]) -> String {
        use chrono::Datelike;
        // (year, the area as the record names it) → total approved. Areas come from the
        // signed records alone, ordered by their number ("2. Protecting…").
        let mut totals: BTreeMap<(i32, Area), rust_decimal::Decimal> = BTreeMap::new();
        let mut named: std::collections::BTreeSet<Area> = std::collections::BTreeSet::new();
        for p in published {
            let year = p.file.record.starts_at().year();
            let record = crate::pdf::record_in(&p.file.record, Lang::En);
            for f in &record.funds_after {
                named.insert(Area::of(&f.area));
            }
            for d in &p.file.decisions {
                let (Some(f), true) = (&d.funding, d.outcome.approves()) else {
                    continue;
                };
                let area = record
                    .items
                    .iter()
                    .find(|i| i.item == d.item)
                    .and_then(|i| i.area.as_deref())
                    .map(Area::of)
                    .unwrap_or_else(|| Area::of("Not given"));
                let Ok(amount) = crate::money::payload_amount(&f.amount) else {
                    continue;
                };
                named.insert(area.clone());
                let e = totals.entry((year, area)).or_default();
                *e = e.checked_add(amount).unwrap_or(*e);
            }
        }
        let areas: Vec<Area> = named.into_iter().collect();
        let years: Vec<i32> = {
            let mut y: Vec<i32> = totals.keys().map(|(y, _)| *y).collect();
            y.dedup();
            y
        };
        let mut out = String::from(
            "<section aria-labelledby=\"funds\">\n<h2 id=\"funds\">Funds approved by thematic area</h2>\n",
        );
        if totals.is_empty() {
            out.push_str("<p>No funding was approved in this period.</p>\n</section>\n");
            return out;
        }
        let max = totals.values().copied().max().unwrap_or_default();
        let max_f = decimal_f64(max).max(1.0);
        let bar_h = 18.0;
        let label_w = 10.0;
        let plot_w = 520.0;
        let mut y = 10.0;
        let mut bars = String::new();
        let mut words = Vec::new();
        for year in &years {
            let _ = writeln!(
                bars,
                "<text x=\"0\" y=\"{:.0}\" font-weight=\"bold\">{year}</text>",
                y + 14.0
            );
            y += 22.0;
            for area in &areas {
                let amount = totals
                    .get(&(*year, area.clone()))
                    .copied()
                    .unwrap_or_default();
                let w = decimal_f64(amount) / max_f * plot_w;
                // The area's name in full above its bar, wrapped: no name hides in a tooltip.
                for line in wrap_words(&area.1, 110) {
                    let _ = writeln!(
                        bars,
                        "<text x=\"{label_w}\" y=\"{:.0}\">{}</text>",
                        y + 12.0,
                        esc(&line)
                    );
                    y += 15.0;
                }
                let _ = writeln!(
                    bars,
                    "<rect x=\"{label_w}\" y=\"{y:.0}\" width=\"{w:.1}\" height=\"{bar_h}\" fill=\"#0a3d6e\"/><text x=\"{:.1}\" y=\"{:.0}\">{}</text>",
                    label_w + w + 6.0,
                    y + 13.0,
                    esc(&money_decimal(amount))
                );
                words.push(format!("{year}, {}: {}", area.1, money_decimal(amount)));
                y += bar_h + 10.0;
            }
            y += 8.0;
        }
        let _ = write!(
            out,
            "<figure>\n<svg role=\"img\" aria-labelledby=\"funds-title funds-desc\" width=\"760\" height=\"{h:.0}\" style=\"max-width: 100%; height: auto\" viewBox=\"0 0 760 {h:.0}\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\" fill=\"#1a1f26\">\n<title id=\"funds-title\">Funds approved by thematic area, per year</title>\n<desc id=\"funds-desc\">{desc}.</desc>\n{bars}</svg>\n<figcaption>",
            h = y + 10.0,
            desc = esc(&words.join("; ")),
        );
        out.push_str("Amounts approved by the committee in each year, by the thematic area of the programme funded, in US dollars.</figcaption>\n</figure>\n</section>\n");
        out
    }

    fn verify_md(&self, published: &[Published]) -> String {
        let mut signers = String::new();
        for p in published {
            let _ = writeln!(
                signers,
                "| {} | {} | `{}` | `{}` | `{}` |",
                md(p.file.record.record_number()),
                md(p.file.record.chair_name()),
                p.decision_path,
                dsse::grouped(&p.signer),
                p.payload_hash
            );
        }
        format!(
            include_str!("../publish/VERIFY.md.in"),
            fund = md(&fund_name(published)),
            fund_id = md(&fund_id(published)),
            signers = signers,
        )
    }
}

/// The fund as the first published decision file names it (every file names the same fund:
/// the workspace accepted them under its one fund).
fn fund_name(published: &[Published]) -> String {
    published
        .first()
        .map(|p| {
            crate::pdf::record_in(&p.file.record, Lang::En)
                .fund_name
                .clone()
        })
        .unwrap_or_default()
}

fn fund_id(published: &[Published]) -> String {
    published
        .first()
        .map(|p| p.file.fund.clone())
        .unwrap_or_default()
}

/// Signed text as a cell of a Markdown table: on one line, with nothing that Markdown would
/// read as markup.
fn md(text: &str) -> String {
    let mut out = String::new();
    for c in crate::untrusted::one_line(text).chars() {
        match c {
            '|' | '`' | '[' | ']' | '<' | '>' | '*' | '_' | '#' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The rows of one meeting: one per decision of its standing file, every field read from
/// the signed payload (`docs/register.md` §3).
fn rows_of(p: &Published) -> Vec<Value> {
    let payload = &p.payload;
    // The record's words in English, whatever its format (format 3 signs codes).
    let record = serde_json::to_value(crate::pdf::record_in(&p.file.record, Lang::En).as_ref())
        .unwrap_or(Value::Null);
    let items = record["items"].as_array().cloned().unwrap_or_default();
    let decisions = payload["decisions"].as_array().cloned().unwrap_or_default();
    decisions
        .iter()
        .map(|d| {
            let item = items.iter().find(|i| i["item"] == d["item"]);
            let field = |name: &str| item.map(|i| i[name].clone()).unwrap_or(Value::Null);
            let funding = &d["funding"];
            let amount = funding["amount"].clone();
            let source = match (funding["source"]["kind"].as_str(), &funding["source"]["area"]) {
                (Some("pool"), _) => Value::from("pool"),
                (Some("area"), n) => Value::from(format!("area:{n}")),
                _ => Value::Null,
            };
            let split = funding["split"].as_array().cloned().unwrap_or_default();
            json!({
                "meeting": payload["meeting"],
                "record_number": record["record_number"],
                "meeting_title": record["meeting_title"],
                "meeting_date": p.file.record.starts_at().date_naive().to_string(),
                "decision_file": p.decision_path,
                "decision_payload_sha256": p.payload_hash,
                "revision": payload.get("revision").cloned().unwrap_or(Value::from(1)),
                "signed_at": payload["signed_at"],
                "item": d["item"],
                "agenda_text": field("text"),
                "programme": field("dossier_reference"),
                "programme_title": field("dossier_title"),
                "countries": field("countries"),
                "thematic_area": field("area"),
                "outcome": d["outcome"],
                "conditions": d["conditions"],
                "amount": amount,
                "currency": if amount.is_null() { Value::Null } else { Value::from("USD") },
                "source": source,
                "split": split.iter().map(|s| json!({"organisation": s["organisation"], "amount": s["amount"]})).collect::<Vec<_>>(),
                "record_pdf": p.record_path,
            })
        })
        .collect()
}

/// The CSV columns: every row field but `split`, then `split` in words.
const CSV_COLUMNS: [&str; 20] = [
    "meeting",
    "record_number",
    "meeting_title",
    "meeting_date",
    "decision_file",
    "decision_payload_sha256",
    "revision",
    "signed_at",
    "item",
    "agenda_text",
    "programme",
    "programme_title",
    "countries",
    "thematic_area",
    "outcome",
    "conditions",
    "amount",
    "currency",
    "source",
    "record_pdf",
];

/// RFC 4180: CRLF line ends, every field quoted when it holds a comma, a quote or a line
/// break, quotes doubled.
fn csv(rows: &[Value]) -> String {
    let cell = |v: &Value| -> String {
        match v {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    };
    let quote = |s: &str| -> String {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    // A byte-order mark: spreadsheets then read the file as UTF-8 (names, "—").
    let mut out = String::from("\u{feff}");
    let header: Vec<&str> = CSV_COLUMNS.iter().copied().chain(["split"]).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in rows {
        let mut fields: Vec<String> = CSV_COLUMNS.iter().map(|c| quote(&cell(&row[*c]))).collect();
        let split: Vec<String> = row["split"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|s| format!("{}: {}", cell(&s["organisation"]), cell(&s["amount"])))
                    .collect()
            })
            .unwrap_or_default();
        fields.push(quote(&split.join("; ")));
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A signed file held (it was verified when it arrived).
fn stored_envelope(bytes: &[u8]) -> Result<Envelope, Error> {
    Envelope::parse(bytes.trim_ascii()).map_err(|e| {
        Error::Store(crate::store::StoreError::Corrupt(format!(
            "a stored signed file: {e}"
        )))
    })
}

fn payload_of(bytes: &[u8]) -> Result<Value, Error> {
    let envelope = stored_envelope(bytes)?;
    serde_json::from_slice(&envelope.payload)
        .map_err(|e| crate::exchange::corrupt("signed file", e))
}

/// Text for the page: the same escaping as the IATI file's XML, which HTML reads alike.
fn esc(text: &str) -> String {
    iati::markup(text)
}

/// Splits text at spaces into lines of at most `width` characters (a longer word stands
/// alone on its line).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn long_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

fn money_decimal(amount: rust_decimal::Decimal) -> String {
    crate::money::format_money(amount, "USD")
}

fn decimal_f64(d: rust_decimal::Decimal) -> f64 {
    // Only for a bar's length on screen; the figures shown are the decimals.
    rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0)
}

/// Writes the site into `dir`, which must be new or empty: into a folder beside it first,
/// renamed into place once whole, so a reader never finds half a register.
pub fn write_site(site: &Site, dir: &Path) -> Result<(), Error> {
    let fail = |reason: String| PublishError::Write {
        dir: dir.to_path_buf(),
        reason,
    };
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map_err(|e| fail(crate::incoming::io_words(&e).to_string()))?
            .next()
            .is_none();
        if !empty {
            return Err(PublishError::FolderNotEmpty(dir.to_path_buf()).into());
        }
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "register".into());
    let staging = parent.join(format!(".{name}.publishing-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        if staging.exists() {
            std::fs::remove_dir_all(&staging)?;
        }
        for (path, bytes) in &site.files {
            let target = staging.join(path);
            if let Some(folder) = target.parent() {
                std::fs::create_dir_all(folder)?;
            }
            std::fs::write(&target, bytes)?;
        }
        if dir.exists() {
            std::fs::remove_dir(dir)?;
        }
        std::fs::rename(&staging, dir)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(fail(crate::incoming::io_words(&e).to_string()).into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_id_cannot_name_a_path_outside_the_folder() {
        for (id, start) in [
            ("../../etc/passwd", "______etc_passwd-"),
            ("a/b", "a_b-"),
            ("", "-"),
            (".hidden", "_hidden-"),
            ("C:\\x", "c__x-"),
            ("A", "a-"),
        ] {
            let name = file_name(id);
            assert!(name.starts_with(start), "{id}: {name}");
            assert_eq!(name.len(), start.len() + 8, "{id}: {name}");
        }
        assert_eq!(file_name("sc-2026-03"), "sc-2026-03");
        // One-to-one: ids that clean to the same characters keep apart.
        assert_ne!(file_name("a.b"), file_name("a_b"));
        assert_ne!(file_name("A"), file_name("a"));
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let rows = vec![json!({
            "meeting": "m", "conditions": "a, \"b\"\nc", "amount": null, "item": 3,
            "split": [{"organisation": "IOM", "amount": "1"}, {"organisation": "UNDP", "amount": "2"}],
        })];
        let text = csv(&rows);
        let line = text.lines().nth(1).unwrap();
        assert!(line.starts_with("m,,,,,,,,3,"), "{line}");
        assert!(text.contains("\"a, \"\"b\"\"\nc\""), "{text}");
        assert!(text.ends_with(",IOM: 1; UNDP: 2\r\n"), "{text}");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            esc("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/b&gt;"
        );
    }
}
