//! Signed sync files: the payload of each kind and the rules a file must pass before it
//! changes anything. Everything here is pure: `check` takes the file's bytes and what the
//! workspace already trusts (`Trust`) and returns a verified, parsed file or the one
//! specific reason it is refused. The store applies what passes. Spec: docs/sync-format.md.

use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::VerifyingKey;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::authority::{self, Claim};
use crate::dossier::Dossier;
use crate::dsse::{self, DsseError, Envelope};
use crate::identity::parse_public_key;
use crate::meeting::{ItemKind, Meeting};
use crate::money;
use crate::roster::{Role, Seat};
use crate::strict_json;
use scdesk_lang::Lang;
use scdesk_rules::code::ErrorCode;

// The committee's answers and outcomes are rules' types; files carry them as they are.
pub use crate::tally::{has_words, Outcome, Stance};

/// Payload format 1: every kind's first format, still written for the kinds that have
/// no other (`Kind::format` gives the one written for each kind).
pub const FORMAT: u32 = 1;

/// The largest sequence or version number a file may carry: the store keeps them as
/// SQLite integers (signed 64-bit), so larger ones are refused when parsed.
pub const MAX_SEQUENCE: u64 = i64::MAX as u64;

/// The kinds of sync file, each bound to its DSSE payload type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Enrolment,
    Roster,
    Meeting,
    DossierPackage,
    Position,
    Decision,
    /// The Fund's contributions, signed by the FMU on the Administrative Agent's figures.
    Contributions,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Enrolment,
        Kind::Roster,
        Kind::Meeting,
        Kind::DossierPackage,
        Kind::Position,
        Kind::Decision,
        Kind::Contributions,
    ];

    pub fn payload_type(self) -> &'static str {
        match self {
            Kind::Enrolment => "application/vnd.scdesk.enrolment+json",
            Kind::Roster => "application/vnd.scdesk.roster+json",
            Kind::Meeting => "application/vnd.scdesk.meeting+json",
            Kind::DossierPackage => "application/vnd.scdesk.dossier-package+json",
            Kind::Position => "application/vnd.scdesk.position+json",
            Kind::Decision => "application/vnd.scdesk.decision+json",
            Kind::Contributions => "application/vnd.scdesk.contributions+json",
        }
    }

    pub fn from_payload_type(t: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.payload_type() == t)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Enrolment => "enrolment",
            Kind::Roster => "roster",
            Kind::Meeting => "meeting",
            Kind::DossierPackage => "dossier package",
            Kind::Position => "position file",
            Kind::Decision => "decision file",
            Kind::Contributions => "contribution statement",
        }
    }

    /// The kind with its article, for a sentence: "a meeting file".
    pub fn with_article(self) -> &'static str {
        match self {
            Kind::Enrolment => "an enrolment file",
            Kind::Roster => "a roster",
            Kind::Meeting => "a meeting file",
            Kind::DossierPackage => "a dossier package",
            Kind::Position => "a position file",
            Kind::Decision => "a decision file",
            Kind::Contributions => "a contribution statement",
        }
    }

    /// The roles whose keys may sign this kind (enrolments are self-signed).
    pub fn signers(self) -> &'static [Role] {
        match self {
            Kind::Enrolment => &[],
            Kind::Roster | Kind::DossierPackage | Kind::Contributions => &[Role::Fmu],
            Kind::Meeting => &[Role::Fmu, Role::Chair],
            Kind::Position => &[Role::Member],
            Kind::Decision => &[Role::Chair],
        }
    }

    /// The payload formats this build reads for the kind, oldest first; the last is the
    /// newest it writes. Format 2 of rosters adds `effective_from`; format 2 of decision
    /// files lists position files by payload hash and adds `revision` and `corrects`, and
    /// format 3 words its record in no language; format 2 of meetings adds `history` (§11).
    pub fn formats(self) -> &'static [u32] {
        match self {
            Kind::Roster | Kind::Meeting => &[1, 2],
            Kind::Decision => &[1, 2, 3],
            _ => &[1],
        }
    }

    /// The newest payload format this build writes for the kind. (A meeting is written
    /// in format 1 unless it is entered as history, which needs format 2.)
    pub fn format(self) -> u32 {
        self.formats().last().copied().unwrap_or(FORMAT)
    }

    /// Import order inside a batch: what others depend on comes first.
    pub fn rank(self) -> u8 {
        match self {
            Kind::Roster => 0,
            Kind::Enrolment => 1,
            Kind::Meeting => 2,
            Kind::DossierPackage => 3,
            Kind::Position => 4,
            Kind::Decision => 5,
            Kind::Contributions => 6,
        }
    }
}

// ---------- payloads ----------

/// A member's public key, self-signed, sent to the FMU to be put on the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enrolment {
    pub format: u32,
    pub fund: String,
    pub name: String,
    pub organisation: String,
    pub public_key: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RosterSeat {
    pub id: String,
    pub constituency: Option<String>,
    pub name: String,
    pub organisation: String,
    pub role: Role,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// Ed25519 public key, 64 lowercase hex digits.
    pub public_key: String,
}

impl RosterSeat {
    pub fn seat(&self) -> Seat {
        Seat {
            id: self.id.clone(),
            constituency: self.constituency.clone(),
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            role: self.role,
            term_start: self.term_start,
            term_end: self.term_end,
        }
    }

    pub fn keyid(&self) -> Option<String> {
        parse_public_key(&self.public_key)
            .ok()
            .map(|k| dsse::keyid(&k))
    }

    /// Whether this seat's key has the key id `keyid` of a key that verified a signature.
    /// The key's 32 bytes are hashed once per process (`seat_key`): this runs for every
    /// seat of every file held.
    pub fn holds_keyid(&self, keyid: &str) -> bool {
        let mut wanted = [0u8; 32];
        hex::decode_to_slice(keyid, &mut wanted).is_ok()
            && seat_key(&self.public_key, |k| k.keyid == Some(wanted))
    }

    /// The seat's key, decompressed once per process (not once per file checked).
    pub fn verifying_key(&self) -> Option<VerifyingKey> {
        seat_key(&self.public_key, |k| k.key)
    }
}

/// What a roster's key text gives: the key id (SHA-256 of its 32 bytes) and the point,
/// each when there is one.
struct SeatKey {
    keyid: Option<[u8; 32]>,
    key: Option<VerifyingKey>,
}

/// The keys of the rosters are met in every file checked, and what their text gives is
/// a pure function of it: kept for the process, up to a bound no fund's rosters reach.
fn seat_key<T>(public_key: &str, f: impl FnOnce(&SeatKey) -> T) -> T {
    use sha2::{Digest, Sha256};
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    const KEPT: usize = 4096;
    static KEYS: OnceLock<Mutex<HashMap<String, SeatKey>>> = OnceLock::new();
    let keys = KEYS.get_or_init(Default::default);
    let mut keys = keys.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(known) = keys.get(public_key) {
        return f(known);
    }
    let mut raw = [0u8; 32];
    let known = match hex::decode_to_slice(public_key.trim(), &mut raw) {
        Ok(()) => SeatKey {
            keyid: Some(Sha256::digest(raw).into()),
            key: VerifyingKey::from_bytes(&raw).ok(),
        },
        Err(_) => SeatKey {
            keyid: None,
            key: None,
        },
    };
    let answer = f(&known);
    if keys.len() >= KEPT {
        keys.clear();
    }
    keys.insert(public_key.to_string(), known);
    answer
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    pub format: u32,
    pub fund: String,
    /// Only goes up; an older version is a rollback and is refused.
    pub version: u64,
    pub issued_at: DateTime<Utc>,
    /// Format 2: the first day this roster governs (a date its signer, the FMU, sets;
    /// members cannot). Format 1 rosters govern from the date of `issued_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<NaiveDate>,
    pub seats: Vec<RosterSeat>,
}

/// A document attached to a dossier (a PDF, a budget sheet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub dossier: String,
    pub version: u32,
    pub name: String,
    pub media_type: String,
    /// Lowercase hex SHA-256 of the decoded content.
    pub sha256: String,
    /// Standard base64.
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierPackage {
    pub format: u32,
    pub fund: String,
    pub issued_at: DateTime<Utc>,
    pub dossiers: Vec<Dossier>,
    pub documents: Vec<Document>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingFile {
    pub format: u32,
    pub fund: String,
    /// A later revision of the same meeting replaces an earlier one.
    pub revision: u32,
    pub issued_at: DateTime<Utc>,
    /// Format 2: the meeting is entered as a record of one that already took place (a
    /// new meeting starts in the future; entering history is said in the file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<bool>,
    pub meeting: Meeting,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemPosition {
    pub item: u32,
    pub position: Stance,
    pub reason: Option<String>,
    /// For a funding item: the hash of the dossier version the member reviewed.
    pub dossier_hash: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionFile {
    pub format: u32,
    pub fund: String,
    pub meeting: String,
    pub seat: String,
    /// A later file from the same seat for the same meeting has a higher sequence.
    pub sequence: u64,
    pub signed_at: DateTime<Utc>,
    pub positions: Vec<ItemPosition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDecision {
    pub item: u32,
    pub outcome: Outcome,
    /// For `approved_with_conditions`: the conditions, as recorded.
    pub conditions: Option<String>,
    /// For an approved funding item: the amount, its source and its split.
    pub funding: Option<Funding>,
    /// Why the chair recorded an outcome the tally does not support.
    pub override_reason: Option<String>,
    /// The tally the decision was taken on.
    pub tally: crate::tally::Tally,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// USD, as a decimal string (e.g. `1754800.00`).
    pub amount: String,
    pub source: crate::ledger::Source,
    pub split: Vec<SplitLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SplitLine {
    pub organisation: String,
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionFile {
    pub format: u32,
    pub fund: String,
    pub meeting: String,
    /// Format 2: 1 for the meeting's first decision file; a correction has a higher one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<u32>,
    /// Format 2, revisions above 1: the decision file this one corrects, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<Correction>,
    pub signed_at: DateTime<Utc>,
    /// Seats recorded present or represented (they count toward the quorum).
    pub present: Vec<String>,
    /// For a written procedure: when it opened and its deadline.
    pub written_procedure: Option<WrittenProcedure>,
    pub decisions: Vec<ItemDecision>,
    /// The position files counted: in format 1 their file hashes, in format 2 their
    /// payload hashes (SHA-256 of the signed payload, the same however the envelope is
    /// encoded).
    pub positions_counted: Vec<String>,
    /// What a printed record shows besides the decisions, signed with them so that the
    /// record can be regenerated and checked from this file alone: worded in English in
    /// formats 1 and 2, in no language in format 3 (§4.8.1).
    pub record: Record,
}

/// A decision file's record context: worded in English (formats 1 and 2), or in no
/// language (format 3: codes, numbers, and names in each of SC Desk's languages), so that
/// the record prints in the chair's language or any other from the same signed file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Record {
    Worded(RecordContext),
    Neutral(NeutralRecord),
}

impl From<RecordContext> for Record {
    fn from(r: RecordContext) -> Record {
        Record::Worded(r)
    }
}

impl From<NeutralRecord> for Record {
    fn from(r: NeutralRecord) -> Record {
        Record::Neutral(r)
    }
}

impl Record {
    pub fn starts_at(&self) -> DateTime<Utc> {
        match self {
            Record::Worded(r) => r.starts_at,
            Record::Neutral(r) => r.starts_at,
        }
    }

    pub fn record_number(&self) -> &str {
        match self {
            Record::Worded(r) => &r.record_number,
            Record::Neutral(r) => &r.record_number,
        }
    }

    pub fn chair_name(&self) -> &str {
        match self {
            Record::Worded(r) => &r.chair_name,
            Record::Neutral(r) => &r.chair_name,
        }
    }

    /// The thematic area of each funding item, by item number, as "n. name" in `lang`
    /// (formats 1 and 2: as the record worded it, in English).
    pub fn item_area(&self, item: u32, lang: Lang) -> Option<String> {
        match self {
            Record::Worded(r) => r.items.iter().find(|i| i.item == item)?.area.clone(),
            Record::Neutral(r) => {
                let area = r.items.iter().find(|i| i.item == item)?.area?;
                Some(r.area_name(area, lang))
            }
        }
    }
}

/// A name in each of SC Desk's languages (the Fund's, an area's, a constituency's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub en: String,
    pub fr: String,
    pub es: String,
}

impl Names {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
        }
    }
}

/// Format 3's record context: nothing in it is worded in a language except what people
/// typed (titles, places, names) and the names given in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeutralRecord {
    pub fund: Names,
    /// The record's number, e.g. `MMPTF-SC-2026-03`.
    pub record_number: String,
    pub meeting_title: String,
    pub meeting_kind: crate::meeting::MeetingKind,
    pub starts_at: DateTime<Utc>,
    pub place: String,
    pub decision_rule: crate::profile::DecisionRule,
    /// Members required for a quorum.
    pub quorum: u32,
    pub chair_seat: String,
    pub chair_name: String,
    pub seats: Vec<NeutralSeat>,
    /// Constituency id → its name in each language.
    pub constituencies: BTreeMap<String, Names>,
    pub items: Vec<NeutralItem>,
    /// Thematic area number (as text) → its name in each language.
    pub areas: BTreeMap<String, Names>,
    /// Per thematic area after the decisions: amounts as signed amounts (§4.8).
    pub funds_after: Vec<NeutralFunds>,
}

impl NeutralRecord {
    /// "n. name" of an area in `lang`, or "n" if the record does not name it.
    pub fn area_name(&self, area: u32, lang: Lang) -> String {
        match self.areas.get(&area.to_string()) {
            Some(n) => format!("{area}. {}", n.get(lang)),
            None => area.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordAttendance {
    Present,
    Represented,
    Absent,
    /// Not at the meeting, but sent a signed position file.
    AnsweredInWriting,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeutralSeat {
    pub seat: String,
    /// The constituency's id (named in `constituencies`).
    pub constituency: String,
    pub name: String,
    pub organisation: String,
    pub attendance: RecordAttendance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeutralItem {
    pub item: u32,
    pub text: String,
    pub dossier_reference: Option<String>,
    pub dossier_title: Option<String>,
    pub countries: Vec<String>,
    pub area: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeutralFunds {
    pub area: u32,
    pub allocated: String,
    pub available: String,
}

/// What a corrected decision file replaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The payload hash of the decision file it corrects.
    pub file: String,
    pub reason: String,
    /// The decisions of the corrected file on the items this revision changes, as they
    /// were, so that the record shows the change.
    pub previous: Vec<ItemDecision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordContext {
    pub fund_name: String,
    /// The record's number, e.g. `MMPTF-SC-2026-03`.
    pub record_number: String,
    pub meeting_title: String,
    pub meeting_kind: String,
    pub starts_at: DateTime<Utc>,
    pub place: String,
    pub decision_rule: String,
    pub quorum: String,
    pub chair_seat: String,
    pub chair_name: String,
    pub seats: Vec<RecordSeat>,
    /// Constituency id → name, for the tallies (which count by id).
    pub constituencies: BTreeMap<String, String>,
    pub items: Vec<RecordItem>,
    /// Available per thematic area after the decisions, formatted.
    pub funds_after: Vec<RecordFunds>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordSeat {
    pub seat: String,
    pub constituency: String,
    pub name: String,
    pub organisation: String,
    /// present, represented, absent, or answered (sent a position file).
    pub attendance: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordItem {
    pub item: u32,
    pub text: String,
    pub dossier_reference: Option<String>,
    pub dossier_title: Option<String>,
    pub countries: Option<String>,
    pub area: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordFunds {
    pub area: String,
    pub available: String,
    pub allocated: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrittenProcedure {
    pub opened_at: DateTime<Utc>,
    pub deadline: DateTime<Utc>,
}

/// The Fund's contributions as the Administrative Agent reports them, signed by the FMU.
/// A statement is whole: a later one (higher `version`) replaces every contribution held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContributionStatement {
    pub format: u32,
    pub fund: String,
    pub version: u64,
    pub issued_at: DateTime<Utc>,
    /// The date the figures are as of.
    pub as_of: NaiveDate,
    pub contributions: Vec<StatementLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementLine {
    pub contributor: String,
    /// What the contributor committed, as a decimal string in the fund's currency.
    pub committed: String,
    /// What was deposited with the Administrative Agent (never added to `committed`).
    pub deposited: String,
    /// The thematic area it is earmarked to; null for the un-earmarked pool.
    pub earmark_area: Option<u32>,
    /// The date of the deposit.
    pub date: NaiveDate,
}

/// A verified file's payload.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Enrolment(Enrolment),
    Roster(Roster),
    Meeting(MeetingFile),
    DossierPackage(DossierPackage),
    Position(PositionFile),
    Decision(Box<DecisionFile>),
    Contributions(ContributionStatement),
}

impl Payload {
    pub fn kind(&self) -> Kind {
        match self {
            Payload::Enrolment(_) => Kind::Enrolment,
            Payload::Roster(_) => Kind::Roster,
            Payload::Meeting(_) => Kind::Meeting,
            Payload::DossierPackage(_) => Kind::DossierPackage,
            Payload::Position(_) => Kind::Position,
            Payload::Decision(_) => Kind::Decision,
            Payload::Contributions(_) => Kind::Contributions,
        }
    }

    /// The time the signer gives the file: what their term must cover.
    pub fn time(&self) -> DateTime<Utc> {
        match self {
            Payload::Enrolment(p) => p.created_at,
            Payload::Roster(p) => p.issued_at,
            Payload::Meeting(p) => p.issued_at,
            Payload::DossierPackage(p) => p.issued_at,
            Payload::Position(p) => p.signed_at,
            Payload::Decision(p) => p.signed_at,
            Payload::Contributions(p) => p.issued_at,
        }
    }
}

/// Serializes a payload as the bytes to sign.
pub fn payload_bytes<T: Serialize>(payload: &T) -> Vec<u8> {
    serde_json::to_vec(payload).expect("payloads serialize")
}

/// The hash that identifies a dossier version: SHA-256 of its RFC 8785 canonical JSON.
pub fn dossier_hash(d: &Dossier) -> String {
    let value = serde_json::to_value(d).expect("a dossier serializes");
    dsse::sha256_hex(canonical_json(&value).as_bytes())
}

/// RFC 8785 (JCS) canonical JSON for the values SC Desk hashes: no whitespace, object
/// keys sorted by their UTF-16 code units, strings escaped as ECMAScript does (which
/// serde_json's compact writer does), integers as written. Payloads hold no floats.
pub fn canonical_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).expect("a string serializes"));
                out.push(':');
                write_canonical(v, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(other).expect("a value serializes")),
    }
}

// ---------- errors ----------

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Envelope(#[from] DsseError),
    #[error("The payload type `{0}` is not an SC Desk file kind.")]
    UnknownPayloadType(String),
    #[error("This file is {found}, not {expected}: choose the right file.")]
    WrongKind {
        expected: &'static str,
        found: &'static str,
    },
    #[error("Signed by an unknown key ({0}): no roster you hold lists it. Ask the FMU whether the signer is on the current roster.")]
    UnknownKey(String),
    #[error("Signed by {signer}, who holds seat {holder}; the file speaks for seat {claimed}. A member may only sign for their own seat.")]
    KeyNotOnRoster {
        signer: String,
        holder: String,
        claimed: String,
    },
    #[error("Seat {seat}'s term on roster version {version} runs from {start} to {end}, which does not cover {date}, the date this file is judged at (its meeting's date, or the date it was signed).")]
    OutsideTerm {
        seat: String,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
        version: u64,
    },
    #[error("Signed with a key that no longer holds seat {seat}: roster version {version}, in force from {from}, gives the seat to another key. Ask the seat's holder to sign again with their current key.")]
    KeyRotated {
        seat: String,
        version: u64,
        from: NaiveDate,
    },
    #[error("Signed with the key of {name}, who is not on roster version {version}, in force from {from}: the key has no authority for this file. Ask the FMU if this is unexpected.")]
    KeyRemoved {
        name: String,
        version: u64,
        from: NaiveDate,
    },
    #[error("Seat {seat} has the role {role}, which may not sign a {kind}.")]
    RoleMayNotSign {
        seat: String,
        role: &'static str,
        kind: &'static str,
    },
    #[error("The {kind}'s content is not valid ({reason}); ask the sender to export it again with a current SC Desk.")]
    BadPayload { kind: &'static str, reason: String },
    #[error("The {kind} is in format {found}, which this SC Desk does not read. Update SC Desk.")]
    UnsupportedFormat { kind: &'static str, found: u64 },
    #[error("The file belongs to fund `{found}`, not to this workspace's fund `{expected}`.")]
    WrongFund { found: String, expected: String },
    #[error("Roster version {found} is not newer than the roster you hold (version {current}), so it was not taken: an older roster never replaces a newer one.")]
    RosterRollback { found: u64, current: u64 },
    #[error("No roster is pinned yet: pin the FMU's roster first (`scdesk roster pin FILE --fingerprint …`), after confirming its signer's fingerprint out of band.")]
    NoRoster,
    #[error("A roster is already pinned; later rosters are imported and checked against it.")]
    AlreadyPinned,
    #[error("The roster is signed by {found}, not by the fingerprint you confirmed ({expected}). Do not pin it; ask the FMU.")]
    FingerprintMismatch { found: String, expected: String },
    #[error("The roster's signer ({0}) is not an FMU seat on that roster.")]
    SignerNotFmu(String),
    #[error("The roster is not consistent: {0}. Ask the FMU for a corrected roster.")]
    BadRoster(String),
    #[error("Meeting {0} is unknown here: import its meeting file first.")]
    UnknownMeeting(String),
    #[error("Item {item} is not on the agenda of meeting {meeting}.")]
    ItemNotOnAgenda { meeting: String, item: u32 },
    #[error("The position on item {item} is `{stance}` without a reason; a reason is required.")]
    ReasonMissing { item: u32, stance: &'static str },
    #[error(
        "The position on item {item} refers to dossier version {hash}, which you do not hold."
    )]
    UnknownDossierVersion { item: u32, hash: String },
    #[error("Item {item} appears twice in one position file.")]
    DuplicateItem { item: u32 },
    #[error("Dossier {id} version {version} arrived before with different content; a revision needs a new version number.")]
    ConflictingDossierVersion { id: String, version: u32 },
    #[error("Document {name} does not match its SHA-256.")]
    DocumentHashMismatch { name: String },
    #[error("A different contribution statement with version {version} is already held, so the ledger would depend on which arrived first; nothing was imported. Ask the FMU which is right: a correction needs a new version number.")]
    ConflictingStatement { version: u64 },
    #[error("A different file for meeting {id} with revision {revision} is already held, so the agenda would depend on which arrived first; nothing was imported. Ask the meeting's organiser which is right: a change needs a new revision.")]
    ConflictingMeetingRevision { id: String, revision: u32 },
}

impl SyncError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SyncError::Envelope(DsseError::BadSignature { .. }) => ErrorCode::BadSignature,
            SyncError::Envelope(DsseError::Truncated) => ErrorCode::Truncated,
            SyncError::Envelope(DsseError::TooLarge { .. }) => ErrorCode::TooLarge,
            SyncError::Envelope(DsseError::NotJson(_)) => ErrorCode::NotJson,
            SyncError::Envelope(_) => ErrorCode::NotAnEnvelope,
            SyncError::UnknownPayloadType(_) => ErrorCode::UnknownPayloadType,
            SyncError::WrongKind { .. } => ErrorCode::WrongKind,
            SyncError::UnknownKey(_) => ErrorCode::UnknownKey,
            SyncError::KeyNotOnRoster { .. } => ErrorCode::KeyNotOnRoster,
            SyncError::OutsideTerm { .. } => ErrorCode::OutsideTerm,
            SyncError::KeyRotated { .. } => ErrorCode::KeyRotated,
            SyncError::KeyRemoved { .. } => ErrorCode::KeyRemoved,
            SyncError::RoleMayNotSign { .. } => ErrorCode::RoleMayNotSign,
            SyncError::BadPayload { .. } => ErrorCode::BadPayload,
            SyncError::UnsupportedFormat { .. } => ErrorCode::UnsupportedFormat,
            SyncError::WrongFund { .. } => ErrorCode::WrongFund,
            SyncError::RosterRollback { .. } => ErrorCode::RosterRollback,
            SyncError::NoRoster => ErrorCode::NoRoster,
            SyncError::AlreadyPinned => ErrorCode::AlreadyPinned,
            SyncError::FingerprintMismatch { .. } => ErrorCode::FingerprintMismatch,
            SyncError::SignerNotFmu(_) => ErrorCode::SignerNotFmu,
            SyncError::BadRoster(_) => ErrorCode::BadRoster,
            SyncError::UnknownMeeting(_) => ErrorCode::UnknownMeeting,
            SyncError::ItemNotOnAgenda { .. } => ErrorCode::ItemNotOnAgenda,
            SyncError::ReasonMissing { .. } => ErrorCode::ReasonMissing,
            SyncError::UnknownDossierVersion { .. } => ErrorCode::UnknownDossierVersion,
            SyncError::DuplicateItem { .. } => ErrorCode::DuplicateItem,
            SyncError::ConflictingDossierVersion { .. } => ErrorCode::ConflictingDossierVersion,
            SyncError::DocumentHashMismatch { .. } => ErrorCode::DocumentHashMismatch,
            SyncError::ConflictingStatement { .. } => ErrorCode::ConflictingStatement,
            SyncError::ConflictingMeetingRevision { .. } => ErrorCode::ConflictingMeetingRevision,
        }
    }
}

// ---------- checking ----------

/// What the workspace trusts when a file arrives.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    pub fund: String,
    /// Every roster version pinned or imported, oldest first.
    pub rosters: Vec<Roster>,
    /// Meetings by id.
    pub meetings: BTreeMap<String, Meeting>,
    /// The hashes of the dossier versions held, by dossier id.
    pub dossier_hashes: BTreeMap<String, BTreeSet<String>>,
    /// For verifying outside a workspace: skip the checks that need the meeting's agenda
    /// and the dossiers (signature, roster, term and role are still checked).
    pub without_agenda: bool,
}

impl Trust {
    pub fn current_roster(&self) -> Option<&Roster> {
        authority::current(&self.rosters)
    }
}

/// Who signed a verified file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signer {
    pub keyid: String,
    /// The seat, for roster-checked files; none for a self-signed enrolment.
    pub seat: Option<String>,
    pub name: String,
    pub role: Option<Role>,
    /// The seat's constituency, for a member's seat: what a person is named by.
    pub constituency: Option<String>,
}

/// A file that passed every rule.
#[derive(Debug, Clone)]
pub struct Verified {
    pub envelope: Envelope,
    pub payload: Payload,
    pub signer: Signer,
    /// SHA-256 of the file's exact bytes: how it is referred to later.
    pub hash: String,
}

/// Parses `payload` strictly: no duplicate keys, no unknown fields, known format.
fn parse_payload<T: DeserializeOwned>(kind: Kind, payload: &[u8]) -> Result<T, SyncError> {
    let bad = |reason: String| SyncError::BadPayload {
        kind: kind.as_str(),
        reason,
    };
    let text = std::str::from_utf8(payload).map_err(|_| bad("it is not UTF-8".into()))?;
    strict_json::check(text).map_err(|e| match e {
        strict_json::StrictError::DuplicateKey(k) => bad(format!("the key `{k}` appears twice")),
        strict_json::StrictError::Eof => bad("the JSON ends early".into()),
        strict_json::StrictError::Syntax(m) => bad(m),
    })?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| bad(strict_json::describe(&e)))?;
    match value.get("format").and_then(|f| f.as_u64()) {
        // Compared as u64: a format above 2^32 is that format, not a truncated one.
        Some(f) if kind.formats().iter().any(|&k| u64::from(k) == f) => {}
        Some(f) => {
            return Err(SyncError::UnsupportedFormat {
                kind: kind.as_str(),
                found: f,
            })
        }
        None => return Err(bad("it has no numeric `format` field".into())),
    }
    serde_json::from_value(value).map_err(|e| bad(strict_json::describe(&e)))
}

fn parse_kind(envelope: &Envelope) -> Result<Kind, SyncError> {
    Kind::from_payload_type(&envelope.payload_type).ok_or_else(|| {
        SyncError::UnknownPayloadType(crate::untrusted::quote(
            &envelope.payload_type,
            crate::untrusted::QUOTED_CHARS,
        ))
    })
}

fn parse_any(kind: Kind, bytes: &[u8]) -> Result<Payload, SyncError> {
    let payload = match kind {
        Kind::Enrolment => Payload::Enrolment(parse_payload(kind, bytes)?),
        Kind::Roster => Payload::Roster(parse_payload(kind, bytes)?),
        Kind::Meeting => Payload::Meeting(parse_payload(kind, bytes)?),
        Kind::DossierPackage => Payload::DossierPackage(parse_payload(kind, bytes)?),
        Kind::Position => Payload::Position(parse_payload(kind, bytes)?),
        Kind::Decision => Payload::Decision(Box::new(parse_payload(kind, bytes)?)),
        Kind::Contributions => Payload::Contributions(parse_payload(kind, bytes)?),
    };
    check_shape(&payload).map_err(|reason| SyncError::BadPayload {
        kind: kind.as_str(),
        reason,
    })?;
    Ok(payload)
}

/// What each format requires beyond the field table (must-reject rule 47), and the
/// bounds every number must keep to be stored (rule 48); §4.1, §11.
fn check_shape(payload: &Payload) -> Result<(), String> {
    let too_big = |what: &str, n: u64| {
        if n > MAX_SEQUENCE {
            Err(format!("its {what} {n} is above {MAX_SEQUENCE}"))
        } else {
            Ok(())
        }
    };
    match payload {
        Payload::Roster(r) => {
            too_big("version", r.version)?;
            match (r.format, r.effective_from) {
                (1, Some(_)) => Err("`effective_from` needs format 2".into()),
                (2, None) => Err("format 2 needs `effective_from`".into()),
                _ => Ok(()),
            }
        }
        Payload::Position(p) => too_big("sequence", p.sequence),
        Payload::Meeting(m) => match (m.format, m.history) {
            (1, Some(_)) => Err("`history` needs format 2".into()),
            (2, None) => Err("format 2 needs `history`".into()),
            _ => Ok(()),
        },
        Payload::Contributions(c) => too_big("version", c.version),
        Payload::Decision(d) => match (d.format, d.revision, &d.corrects) {
            _ if (d.format >= 3) != matches!(d.record, Record::Neutral(_)) => Err(format!(
                "a format {} decision file words its record {}",
                d.format,
                if d.format >= 3 {
                    "in no language (§4.8.1)"
                } else {
                    "in English"
                }
            )),
            (1, None, None) => Ok(()),
            (1, _, _) => Err("`revision` and `corrects` need format 2".into()),
            (_, None, _) => Err("format 2 needs `revision`".into()),
            (_, Some(0), _) => Err("`revision` starts at 1".into()),
            (_, Some(1), Some(_)) => Err("revision 1 corrects nothing".into()),
            (_, Some(1), None) => Ok(()),
            (_, Some(_), None) => Err("a revision above 1 must say what it corrects".into()),
            (_, Some(_), Some(c)) if !has_words(&c.reason) => {
                Err("a correction needs its reason in words".into())
            }
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

fn check_fund(trust_fund: &str, found: &str) -> Result<(), SyncError> {
    if found != trust_fund {
        return Err(SyncError::WrongFund {
            found: found.to_string(),
            expected: trust_fund.to_string(),
        });
    }
    Ok(())
}

fn fund_of(p: &Payload) -> &str {
    match p {
        Payload::Enrolment(x) => &x.fund,
        Payload::Roster(x) => &x.fund,
        Payload::Meeting(x) => &x.fund,
        Payload::DossierPackage(x) => &x.fund,
        Payload::Position(x) => &x.fund,
        Payload::Decision(x) => &x.fund,
        Payload::Contributions(x) => &x.fund,
    }
}

/// Checks a file against everything the workspace trusts. The signature is verified
/// before the payload is parsed; the signer's authority comes from the roster that
/// governs the file (`authority`); nothing is changed.
pub fn check(bytes: &[u8], trust: &Trust) -> Result<Verified, SyncError> {
    refuse_oversized(bytes)?;
    let bytes = bytes.trim_ascii();
    let envelope = Envelope::parse(bytes)?;
    let kind = parse_kind(&envelope)?;
    let hash = file_hash(bytes);
    if kind == Kind::Enrolment {
        return check_enrolment(envelope, hash, trust);
    }
    if trust.rosters.is_empty() {
        return Err(SyncError::NoRoster);
    }
    // Every key that a roster held lists and a signature names, in roster order.
    let mut keys: Vec<VerifyingKey> = Vec::new();
    for seat in trust.rosters.iter().flat_map(|r| r.seats.iter()) {
        // Matched by the key's bytes first: only a named key is decompressed.
        if !envelope.keyids().any(|k| seat.holds_keyid(k)) {
            continue;
        }
        if let Some(key) = seat.verifying_key() {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    let Some(first_key) = keys.first() else {
        let hint = match envelope.keyids().find(|id| !id.is_empty()) {
            Some(id) => crate::untrusted::quote(id, crate::untrusted::QUOTED_CHARS),
            None => "no key id given".to_string(),
        };
        return Err(SyncError::UnknownKey(hint));
    };
    // Each of them is tried: a signature that does not verify neither voids nor
    // validates the file (§3.6).
    let verified: Vec<String> = keys
        .iter()
        .filter(|k| envelope.verify(k).is_ok())
        .map(dsse::keyid)
        .collect();
    if verified.is_empty() {
        return Err(envelope.verify(first_key).err().map_or(
            SyncError::Envelope(DsseError::BadSignature {
                keyid: dsse::grouped(&dsse::keyid(first_key)),
            }),
            SyncError::from,
        ));
    }
    let payload = parse_any(kind, &envelope.payload)?;
    check_fund(&trust.fund, fund_of(&payload))?;
    let claim = claim_for(&payload, trust)?;
    let mut refusal = None;
    let mut authorised = None;
    for id in &verified {
        match authority::authorize(&trust.rosters, id, claim) {
            Ok(seat) => {
                authorised = Some((id.clone(), seat));
                break;
            }
            Err(e) => {
                refusal.get_or_insert(e);
            }
        }
    }
    let Some((keyid, seat)) = authorised else {
        return Err(refusal.unwrap_or(SyncError::UnknownKey(verified[0].clone())));
    };
    let signer = Signer {
        keyid,
        seat: Some(seat.id.clone()),
        name: seat.name.clone(),
        role: Some(seat.role),
        constituency: seat.constituency.clone(),
    };
    match &payload {
        Payload::Roster(roster) => {
            check_roster_consistency(roster)?;
            let current = authority::current(&trust.rosters).ok_or(SyncError::NoRoster)?;
            // Rule 20.
            if roster.version <= current.version {
                return Err(SyncError::RosterRollback {
                    found: roster.version,
                    current: current.version,
                });
            }
            // Rule 44: rosters take effect in the order of their versions.
            if authority::effective_from(roster) < authority::effective_from(current) {
                return Err(SyncError::BadRoster(format!(
                    "it takes effect on {}, before version {} (in force from {})",
                    authority::effective_from(roster),
                    current.version,
                    authority::effective_from(current)
                )));
            }
        }
        Payload::Position(p) => {
            if !trust.without_agenda {
                check_positions(p, trust)?;
            }
        }
        Payload::DossierPackage(p) => check_package(p)?,
        Payload::Decision(d) => check_decision_amounts(d)?,
        Payload::Contributions(c) => check_statement(c)?,
        Payload::Meeting(_) | Payload::Enrolment(_) => {}
    }
    Ok(Verified {
        envelope,
        payload,
        signer,
        hash,
    })
}

/// What a file asks of its signer (§5.3 step 8): a position or decision file (revision 1)
/// is judged by the roster in force on its meeting's date, as the meeting's organiser
/// signed it; a correction and every other kind by the newest roster held, on the
/// file's own date.
fn claim_for<'t>(payload: &'t Payload, trust: &'t Trust) -> Result<Claim<'t>, SyncError> {
    let newest = authority::current(&trust.rosters).ok_or(SyncError::NoRoster)?;
    let kind = payload.kind();
    let own = Claim {
        kind,
        roster: newest,
        date: payload.time().date_naive(),
        seat: None,
    };
    let (meeting, seat) = match payload {
        Payload::Position(p) => (&p.meeting, Some(p.seat.as_str())),
        // A correction is a new act: the newest roster's chair signs it, at its own date.
        Payload::Decision(d) if d.revision.unwrap_or(1) > 1 => return Ok(own),
        Payload::Decision(d) => (&d.meeting, None),
        _ => return Ok(own),
    };
    // Outside a workspace (one roster, no meetings) the file's own date is all there is.
    if trust.without_agenda {
        return Ok(Claim { seat, ..own });
    }
    let m = trust
        .meetings
        .get(meeting)
        .ok_or_else(|| SyncError::UnknownMeeting(meeting.clone()))?;
    let date = m.starts_at.date_naive();
    Ok(Claim {
        kind,
        roster: authority::in_force(&trust.rosters, date).unwrap_or(newest),
        date,
        seat,
    })
}

/// An enrolment carries its own key: the payload is parsed to find it, and nothing in it
/// is used until the signature under that key is verified.
fn check_enrolment(envelope: Envelope, hash: String, trust: &Trust) -> Result<Verified, SyncError> {
    let enrolment: Enrolment = parse_payload(Kind::Enrolment, &envelope.payload)?;
    let key = parse_public_key(&enrolment.public_key).map_err(|e| SyncError::BadPayload {
        kind: Kind::Enrolment.as_str(),
        reason: e.to_string(),
    })?;
    envelope.verify(&key)?;
    check_fund(&trust.fund, &enrolment.fund)?;
    Ok(Verified {
        envelope,
        signer: Signer {
            keyid: dsse::keyid(&key),
            seat: None,
            name: enrolment.name.clone(),
            role: None,
            constituency: None,
        },
        payload: Payload::Enrolment(enrolment),
        hash,
    })
}

/// How many files the checkers of `check_each` may run ahead of the files handed on: a
/// bound on the memory that checked files wait in, not on the speed.
const CHECKED_AHEAD: usize = 256;

/// Checks each of `files` against `trust` as `check` does, on every core, and hands each
/// result to `each` on the calling thread in the order of `files` (the checks of later
/// files run meanwhile). `each` may stop the run with `ControlFlow::Break`; the files
/// after it are then not handed on. What `each` gets is exactly what `check` returns:
/// checking is a pure function of the bytes and the trust.
pub fn check_each(
    files: &[&[u8]],
    trust: &Trust,
    mut each: impl FnMut(usize, Result<Verified, SyncError>) -> std::ops::ControlFlow<()>,
) {
    use std::ops::ControlFlow;
    use std::sync::{mpsc, Condvar, Mutex};
    type Checked = std::thread::Result<Result<Verified, SyncError>>;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // A checker on every core: the calling thread, which applies what is checked, sleeps
    // while it waits for the next file, so the cores stay busy (applying takes less than
    // checking: measured, ~55 µs a position file against ~70 µs).
    let checkers = cores.clamp(1, 8);
    if cores == 1 || files.len() <= 1 {
        for (n, file) in files.iter().enumerate() {
            if each(n, check(file, trust)).is_break() {
                return;
            }
        }
        return;
    }
    let shared = Shared {
        state: Mutex::new(Claims::default()),
        moved: Condvar::new(),
    };
    let (sender, received) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..checkers {
            let sender = sender.clone();
            let shared = &shared;
            scope.spawn(move || {
                while let Some(n) = shared.claim(files.len()) {
                    // A bug in a check reaches the calling thread, not a silent hole.
                    let checked = std::panic::catch_unwind(|| check(files[n], trust));
                    if sender.send((n, checked)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(sender);
        // Whichever way this thread leaves (a stop, `each` panicking), the checkers end.
        let _stops = StopOnDrop(&shared);
        let mut waiting: BTreeMap<usize, Checked> = BTreeMap::new();
        let mut next = 0;
        while next < files.len() {
            let checked = match waiting.remove(&next) {
                Some(r) => r,
                None => match received.recv() {
                    Ok((n, r)) if n == next => r,
                    Ok((n, r)) => {
                        waiting.insert(n, r);
                        continue;
                    }
                    Err(_) => break,
                },
            };
            let result = match checked {
                Ok(result) => result,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            let flow = each(next, result);
            next += 1;
            shared.handed_on(next);
            if flow == ControlFlow::Break(()) {
                break;
            }
        }
    });
}

/// The files `check_each`'s checkers share: which is next to claim, how many were handed
/// on, and whether to stop.
#[derive(Default)]
struct Claims {
    next: usize,
    handed_on: usize,
    stop: bool,
}

struct Shared {
    state: std::sync::Mutex<Claims>,
    moved: std::sync::Condvar,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Claims> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next file for a checker, waiting while it would run too far ahead; none once
    /// every file is claimed or the run stopped.
    fn claim(&self, files: usize) -> Option<usize> {
        let mut s = self.lock();
        while !s.stop && s.next < files && s.next >= s.handed_on + CHECKED_AHEAD {
            s = self.moved.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        if s.stop || s.next >= files {
            return None;
        }
        s.next += 1;
        Some(s.next - 1)
    }

    fn handed_on(&self, n: usize) {
        self.lock().handed_on = n;
        self.moved.notify_all();
    }
}

struct StopOnDrop<'s>(&'s Shared);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.lock().stop = true;
        self.0.moved.notify_all();
    }
}

/// Checks a file against one known public key, without any roster: the signature, the
/// payload type and the strict payload. For auditors holding just the signer's key.
pub fn check_with_key(bytes: &[u8], key: &VerifyingKey) -> Result<Verified, SyncError> {
    refuse_oversized(bytes)?;
    let bytes = bytes.trim_ascii();
    let envelope = Envelope::parse(bytes)?;
    let kind = parse_kind(&envelope)?;
    envelope.verify(key)?;
    let payload = parse_any(kind, &envelope.payload)?;
    Ok(Verified {
        hash: file_hash(bytes),
        signer: Signer {
            keyid: dsse::keyid(key),
            seat: None,
            name: String::new(),
            role: None,
            constituency: None,
        },
        envelope,
        payload,
    })
}

/// Checks the first roster, whose signer's fingerprint the user confirmed out of band.
pub fn check_first_roster(
    bytes: &[u8],
    confirmed_fingerprint: &str,
    fund: &str,
) -> Result<Verified, SyncError> {
    refuse_oversized(bytes)?;
    let bytes = bytes.trim_ascii();
    let envelope = Envelope::parse(bytes)?;
    let kind = parse_kind(&envelope)?;
    if kind != Kind::Roster {
        return Err(SyncError::BadPayload {
            kind: kind.as_str(),
            reason: "only a roster can be pinned".into(),
        });
    }
    let expected: String = confirmed_fingerprint
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ':')
        .collect::<String>()
        .to_lowercase();
    let roster: Roster = parse_payload(kind, &envelope.payload)?;
    // The format's own rules (rules 47 and 48), as for any roster.
    check_shape(&Payload::Roster(roster.clone())).map_err(|reason| SyncError::BadPayload {
        kind: kind.as_str(),
        reason,
    })?;
    let signer_seat = roster
        .seats
        .iter()
        .find(|s| s.keyid().as_deref() == Some(expected.as_str()));
    let Some(signer_seat) = signer_seat else {
        let found = envelope.keyids().next().unwrap_or("(none)").to_string();
        return Err(SyncError::FingerprintMismatch { found, expected });
    };
    let key = parse_public_key(&signer_seat.public_key).expect("keyid() parsed it");
    envelope.verify(&key)?;
    if signer_seat.role != Role::Fmu {
        return Err(SyncError::SignerNotFmu(expected));
    }
    check_fund(fund, &roster.fund)?;
    check_roster_consistency(&roster)?;
    let date = roster.issued_at.date_naive();
    if !(signer_seat.term_start <= date && date <= signer_seat.term_end) {
        return Err(SyncError::OutsideTerm {
            seat: signer_seat.id.clone(),
            date,
            start: signer_seat.term_start,
            end: signer_seat.term_end,
            version: roster.version,
        });
    }
    Ok(Verified {
        hash: file_hash(bytes),
        signer: Signer {
            keyid: expected,
            seat: Some(signer_seat.id.clone()),
            name: signer_seat.name.clone(),
            role: Some(Role::Fmu),
            constituency: signer_seat.constituency.clone(),
        },
        envelope,
        payload: Payload::Roster(roster),
    })
}

/// The trust of one roster file pinned with its confirmed FMU fingerprint, for checking
/// files outside a workspace (§5.8): the fund is the roster's own, and there are no
/// meetings, so the agenda checks are skipped.
pub fn trust_from_first_roster(bytes: &[u8], fingerprint: &str) -> Result<Trust, SyncError> {
    let envelope = Envelope::parse(bytes.trim_ascii())?;
    let fund = serde_json::from_slice::<serde_json::Value>(&envelope.payload)
        .ok()
        .and_then(|v| v["fund"].as_str().map(str::to_string))
        .unwrap_or_default();
    let pinned = check_first_roster(bytes, fingerprint, &fund)?;
    let Payload::Roster(roster) = pinned.payload else {
        return Err(SyncError::BadPayload {
            kind: Kind::Roster.as_str(),
            reason: "only a roster can be pinned".into(),
        });
    };
    Ok(Trust {
        fund,
        rosters: vec![roster],
        without_agenda: true,
        ..Trust::default()
    })
}

fn check_roster_consistency(roster: &Roster) -> Result<(), SyncError> {
    let mut ids = BTreeSet::new();
    for s in &roster.seats {
        if !ids.insert(&s.id) {
            return Err(SyncError::BadRoster(format!("seat {} appears twice", s.id)));
        }
        parse_public_key(&s.public_key)
            .map_err(|e| SyncError::BadRoster(format!("seat {}: {e}", s.id)))?;
        if s.term_end < s.term_start {
            return Err(SyncError::BadRoster(format!(
                "seat {}'s term ends before it starts",
                s.id
            )));
        }
    }
    if !roster.seats.iter().any(|s| s.role == Role::Fmu) {
        return Err(SyncError::BadRoster("it names no FMU key".into()));
    }
    // Rule 43: a roster takes nothing away before it was issued, so what was counted stays.
    if authority::effective_from(roster) < roster.issued_at.date_naive() {
        return Err(SyncError::BadRoster(format!(
            "it takes effect on {}, before it was issued ({})",
            authority::effective_from(roster),
            roster.issued_at.date_naive()
        )));
    }
    Ok(())
}

fn check_positions(p: &PositionFile, trust: &Trust) -> Result<(), SyncError> {
    let meeting = trust
        .meetings
        .get(&p.meeting)
        .ok_or_else(|| SyncError::UnknownMeeting(p.meeting.clone()))?;
    let mut seen = BTreeSet::new();
    for pos in &p.positions {
        if !seen.insert(pos.item) {
            return Err(SyncError::DuplicateItem { item: pos.item });
        }
        let item = meeting.agenda.iter().find(|i| i.item == pos.item).ok_or(
            SyncError::ItemNotOnAgenda {
                meeting: p.meeting.clone(),
                item: pos.item,
            },
        )?;
        // Rule 26.
        if matches!(pos.position, Stance::Object | Stance::Recuse)
            && !pos.reason.as_deref().is_some_and(has_words)
        {
            return Err(SyncError::ReasonMissing {
                item: pos.item,
                stance: pos.position.label(),
            });
        }
        if let (ItemKind::Funding, Some(dossier), Some(hash)) =
            (item.kind, item.dossier.as_ref(), pos.dossier_hash.as_ref())
        {
            let held = trust.dossier_hashes.get(dossier);
            if !held.is_some_and(|h| h.contains(hash)) {
                return Err(SyncError::UnknownDossierVersion {
                    item: pos.item,
                    hash: hash.clone(),
                });
            }
        }
    }
    Ok(())
}

/// A decision file's rules: in format 2 no outcome but deferral without a quorum (rule
/// 49); every amount follows the amount grammar and bound, what a decision approves is
/// more than zero, a split adds up exactly, and only an approving outcome carries
/// funding (rules 45 and 46).
fn check_decision_amounts(d: &DecisionFile) -> Result<(), SyncError> {
    let bad = |reason: String| SyncError::BadPayload {
        kind: Kind::Decision.as_str(),
        reason,
    };
    for item in &d.decisions {
        // Rule 49 (format 2): without a quorum the only decision is to defer.
        if d.format >= 2
            && d.written_procedure.is_none()
            && !item.tally.quorum_met
            && item.outcome != Outcome::Deferred
        {
            return Err(bad(format!(
                "item {} is `{}` without a quorum ({} of {} take part); only a deferral can be decided without one",
                item.item,
                item.outcome.label(),
                item.tally.participating,
                item.tally.quorum_required
            )));
        }
        let Some(f) = &item.funding else { continue };
        if !item.outcome.approves() {
            return Err(bad(format!(
                "item {} carries funding with the outcome `{}`, which approves nothing",
                item.item,
                item.outcome.label()
            )));
        }
        let amount = money::positive_payload_amount(&f.amount)
            .map_err(|e| bad(format!("item {}: {e}", item.item)))?;
        let split = f
            .split
            .iter()
            .map(|l| money::payload_amount(&l.amount))
            .collect::<Result<Vec<_>, _>>()
            .and_then(money::checked_sum)
            .map_err(|e| bad(format!("item {}'s split: {e}", item.item)))?;
        if split != amount {
            return Err(bad(format!(
                "item {}'s split adds up to {split}, not to {amount}",
                item.item
            )));
        }
    }
    // Format 3 carries the funds after the decisions as amounts, not as worded text.
    if let Record::Neutral(r) = &d.record {
        for f in &r.funds_after {
            for amount in [&f.allocated, &f.available] {
                money::payload_amount(amount).map_err(|e| {
                    bad(format!(
                        "the funds of area {} after the decisions: {e}",
                        f.area
                    ))
                })?;
            }
        }
    }
    Ok(())
}

/// Every amount in a statement follows the amount grammar and bound, and every
/// contributor is named (must-reject rule 31).
fn check_statement(c: &ContributionStatement) -> Result<(), SyncError> {
    let bad = |reason: String| SyncError::BadPayload {
        kind: Kind::Contributions.as_str(),
        reason,
    };
    for (i, line) in c.contributions.iter().enumerate() {
        if !has_words(&line.contributor) {
            return Err(bad(format!(
                "contribution {} names no contributor",
                i.saturating_add(1)
            )));
        }
        for amount in [&line.committed, &line.deposited] {
            money::payload_amount(amount)
                .map_err(|e| bad(format!("{} ({e})", line.contributor)))?;
        }
    }
    Ok(())
}

fn check_package(p: &DossierPackage) -> Result<(), SyncError> {
    use base64::Engine;
    for doc in &p.documents {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&doc.content)
            .map_err(|_| SyncError::BadPayload {
                kind: Kind::DossierPackage.as_str(),
                reason: format!("document {} is not base64", doc.name),
            })?;
        if dsse::sha256_hex(&bytes) != doc.sha256 {
            return Err(SyncError::DocumentHashMismatch {
                name: doc.name.clone(),
            });
        }
    }
    Ok(())
}

fn refuse_oversized(bytes: &[u8]) -> Result<(), SyncError> {
    if bytes.len() > dsse::MAX_FILE_BYTES {
        return Err(DsseError::TooLarge {
            size: bytes.len(),
            max: dsse::MAX_FILE_BYTES,
        }
        .into());
    }
    Ok(())
}

/// A file's identity: SHA-256 of its bytes without surrounding whitespace, so the same
/// envelope has the same hash alone in a file or as a line of a bundle.
pub fn file_hash(bytes: &[u8]) -> String {
    dsse::sha256_hex(bytes.trim_ascii())
}

/// A file's payload hash: SHA-256 of its decoded payload, the bytes its signature covers
/// (with the payload type). The same however the envelope around it is encoded, so
/// format 2 decision files list position files by it.
pub fn payload_hash(envelope: &Envelope) -> String {
    dsse::sha256_hex(&envelope.payload)
}

/// Splits a file into the envelopes it holds: one, or one per line for a bundle.
pub fn split_bundle(bytes: &[u8]) -> Vec<&[u8]> {
    let lines: Vec<&[u8]> = bytes
        .split(|b| *b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| l.iter().any(|b| !b.is_ascii_whitespace()))
        .collect();
    // Read as lines only when it is a bundle: every line one JSON object. Anything else
    // (one envelope written over several lines, say) is one file, with one answer.
    let one_object = |l: &&[u8]| {
        let l = l.trim_ascii();
        l.starts_with(b"{") && l.ends_with(b"}")
    };
    if lines.len() <= 1 || !lines.iter().all(one_object) {
        vec![bytes]
    } else {
        lines
    }
}

/// Joins envelopes into a bundle file (JSON Lines).
pub fn bundle(envelopes: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in envelopes {
        out.extend_from_slice(e);
        out.push(b'\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_payloads_are_plain_decimals_to_the_cent_and_bounded() {
        let cases = [
            ("1000000", Ok("1000000")),
            ("500000.00", Ok("500000.00")),
            ("0.5", Ok("0.5")),
            ("0", Ok("0")),
            ("1000000000000000", Ok("1000000000000000")),
            ("0001000000000000000.00", Ok("1000000000000000.00")),
            ("1000000000000000.01", Err("too_large")),
            ("79228162514264337593543950335", Err("too_large")),
            ("99999999999999999999999999999999999", Err("too_large")),
            ("1.005", Err("too_precise")),
            ("1,000", Err("not_plain")),
            ("1_000", Err("not_plain")),
            ("-5", Err("not_plain")),
            ("+5", Err("not_plain")),
            ("1e6", Err("not_plain")),
            (".5", Err("not_plain")),
            ("5.", Err("not_plain")),
            ("1.2.3", Err("not_plain")),
            ("USD 5", Err("not_plain")),
            ("", Err("not_plain")),
        ];
        for (text, expected) in cases {
            let got = money::payload_amount(text).map(|d| d.to_string());
            let got = got.as_deref().map_err(|e| match e {
                money::AmountError::NotPlain(_) => "not_plain",
                money::AmountError::TooPrecise(_) => "too_precise",
                money::AmountError::TooLarge(_) => "too_large",
                _ => "other",
            });
            assert_eq!(got, expected, "{text}");
        }
        assert!(money::positive_payload_amount("0.00").is_err());
        assert!(money::positive_payload_amount("0.01").is_ok());
    }

    #[test]
    fn a_reason_needs_words() {
        for (text, ok) in [
            ("Budget not justified.", true),
            ("Conflit d'intérêts", true),
            ("2", true),
            ("", false),
            ("   ", false),
            ("\u{200b}", false),
            ("\u{feff}\u{200d} ", false),
            ("...", false),
        ] {
            assert_eq!(has_words(text), ok, "{text:?}");
        }
    }

    /// RFC 8785 orders keys by UTF-16 code units: a prefix first, and a character
    /// outside the BMP (a surrogate pair, 0xD8xx) before U+E000 (UTF-8 order differs).
    #[test]
    fn canonical_json_cases() {
        let cases: &[(&str, &str)] = &[
            (
                r#"{"human rights":1,"human":2}"#,
                r#"{"human":2,"human rights":1}"#,
            ),
            (
                "{\"\u{e000}\":1,\"\u{10000}\":2}",
                "{\"\u{10000}\":2,\"\u{e000}\":1}",
            ),
            (
                r#"{ "b" : [ 1 , {"d":"x","c":null} ], "a" : true }"#,
                r#"{"a":true,"b":[1,{"c":null,"d":"x"}]}"#,
            ),
            (
                r#"{"s":"line\nbreak \u0001 \"q\" é /"}"#,
                r#"{"s":"line\nbreak \u0001 \"q\" é /"}"#,
            ),
        ];
        for (input, expected) in cases {
            let v: serde_json::Value = serde_json::from_str(input).unwrap();
            assert_eq!(canonical_json(&v), *expected, "{input}");
        }
    }
}
