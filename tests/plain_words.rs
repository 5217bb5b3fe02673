//! Every error of the library, as a person is shown it (`Error::for_people`), in words:
//! no code, type names, command lines, OS error numbers, SQLite codes or long hex. The
//! variants that carry a library's own text are built from real failures of that library
//! (SQLite, serde, zbus, the file system), not from sample strings.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use scdesk::backup::BackupError;
use scdesk::decision::DecisionError;
use scdesk::demo::DemoError;
use scdesk::dossier::DossierError;
use scdesk::dsse::DsseError;
use scdesk::identity::IdentityError;
use scdesk::incoming::ReadError;
use scdesk::keyring::KeyringError;
use scdesk::ledger::FundsError;
use scdesk::meeting::MeetingError;
use scdesk::money::{AmountError, MoneyError};
use scdesk::pdf::PdfError;
use scdesk::profile::ProfileError;
use scdesk::publish::PublishError;
use scdesk::review::ReviewError;
use scdesk::secret::{KdfError, Secret};
use scdesk::store::{Store, StoreError};
use scdesk::sync::SyncError;
use scdesk::tally::RuleError;
use scdesk::verify::VerifyError;
use scdesk::Error;

use crate::util;

type WorkspaceError = scdesk::workspace::Error;

/// What a person must never read in a message, and why.
fn problems(message: &str) -> Vec<String> {
    let forbidden = [
        ("`", "a backtick (code quoting)"),
        ("struct", "a type name"),
        ("os error", "an OS error number"),
        ("zbus", "the D-Bus library's name"),
        ("SQLITE", "an SQLite code"),
        ("sqlite", "an SQLite detail"),
        ("extended_code", "an SQLite code"),
        ("Error {", "a programmer's dump"),
        ("Some(", "a programmer's dump"),
        ("::", "a code path"),
        ("--", "a command-line option"),
        ("(s)", "a false plural"),
    ];
    let mut found: Vec<String> = forbidden
        .iter()
        .filter(|(needle, _)| message.contains(needle))
        .map(|(needle, what)| format!("{what} ({needle:?})"))
        .collect();
    // The command's name, not the folder of that name.
    if message.match_indices("scdesk ").any(|(i, _)| {
        message[..i]
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, ' ' | '(' | '\u{201c}'))
    }) {
        found.push("a command line (\"scdesk \")".into());
    }
    let longest_hex = message
        .split(|c: char| !c.is_ascii_hexdigit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    if longest_hex > 16 {
        found.push(format!("a hex run of {longest_hex}"));
    }
    if !message.ends_with(['.', '?', '!', ')']) {
        found.push("no sentence's end".into());
    }
    if message.chars().next().is_none_or(|c| c.is_lowercase()) {
        found.push("no sentence's start".into());
    }
    found
}

fn assert_plain(message: &str, context: &str) {
    let found = problems(message);
    assert!(
        found.is_empty(),
        "{context}: the message shows {}: {message}",
        found.join(", ")
    );
}

// ---------- every variant, named once ----------

/// For one enum: the name of each variant (an exhaustive match, so a new variant does not
/// compile until it is listed here) and the list of all of them.
macro_rules! variants {
    ($m:ident, $e:ident: [$($v:ident),* $(,)?]) => {
        mod $m {
            pub const ALL: &[&str] = &[$(stringify!($v)),*];
            pub fn name(x: &super::$e) -> &'static str {
                match x {
                    $(super::$e::$v { .. } => stringify!($v),)*
                }
            }
        }
    };
}

variants!(error, Error: [
    NoWorkspace, WorkspaceExists, KeyMissing, PassphraseRequired, KeyringRequired,
    WrongPassphrase, KeyringKeyWrong, PassphraseTooShort, UnknownLanguage, Workspace, Backup,
    Keyring, Store,
    Profile, Dossier, Demo, Kdf, Identity, Sync, Review, Decision, Funds, Amount, Pdf, Verify,
    Meeting, Publish, UnknownMeeting, ItemNotOnAgenda, ReasonRequired, ConflictDeclared,
    NotAMember, NothingToExport, NotOpen, NotScDeskFile, Read, NotJudged, NoViewer, Io,
]);
variants!(workspace, WorkspaceError: [
    WorkspaceFileMissing, WorkspaceFileDamaged, Busy, FolderNotEmpty, Io,
]);
variants!(backup, BackupError: [NotABackup, WrongPassphrase, PassphraseTooShort, Damaged, KeysHeld]);
variants!(keyring, KeyringError: [Unavailable, Locked, Timeout, Failed, NotPersistent]);
variants!(store, StoreError: [
    WrongKey, AlreadyExists, Missing, NewerSchema, BadKeyLength, Corrupt, Keying, Io, Sqlite,
]);
variants!(profile, ProfileError: [
    Malformed, UnsupportedFormat, SeatsDoNotAddUp, ObjectiveInNoArea, UnknownArea, Duplicate,
    RotationDoesNotFit, QuorumOutOfRange, BadMajority, MarkerMinimumNotOnScale,
    EmptyMarkerScale, BadBudgetCeiling, DurationBoundsReversed, NoAreas,
]);
variants!(dossier, DossierError: [BadBudgetLine, BudgetTooLarge]);
variants!(demo, DemoError: [Malformed, BadAmount, NotTheDemo, UnknownSeat]);
variants!(kdf, KdfError: [TooShort, BadParams]);
variants!(identity, IdentityError: [
    BadSeed, BadPublicKey, BadBackup, WrongBackupPassphrase, PassphraseTooShort,
]);
variants!(sync, SyncError: [
    Envelope, UnknownPayloadType, WrongKind, UnknownKey, KeyNotOnRoster, OutsideTerm, KeyRotated,
    KeyRemoved, RoleMayNotSign, BadPayload, UnsupportedFormat, WrongFund, RosterRollback,
    NoRoster, AlreadyPinned, FingerprintMismatch, SignerNotFmu, BadRoster, UnknownMeeting,
    ItemNotOnAgenda, ReasonMissing, UnknownDossierVersion, DuplicateItem,
    ConflictingDossierVersion, DocumentHashMismatch, ConflictingStatement,
    ConflictingMeetingRevision,
]);
variants!(dsse, DsseError: [
    Empty, TooLarge, Truncated, NotJson, NotAnEnvelope, BadBase64, NoSignature, BadSignature,
    BadSignatureLength,
]);
variants!(review, ReviewError: [UnknownDossier, ReasonRequired, EmptyQuestion, TooFewToCompare]);
variants!(decision, DecisionError: [
    NotChair, Rule, Final, NothingToCorrect, CorrectionReasonMissing, Disputed,
    FundingRequired, SplitMismatch, NotAParticipant, Funds, ConditionsRequired,
    NothingToExport, FirstSignatureUnchecked, DeadlineInThePast, NoRecordsInYear,
    UnknownSeat, BadAmount, TypedAmount, NoAllocation, TransferTooLarge, EarmarkMismatch, TallyChanged,
]);
variants!(rule, RuleError: [NotStarted, WrittenOpen, NoQuorum, OverrideRequired]);
variants!(funds, FundsError: [
    Insufficient, UnknownArea, NotPositive, NotFmu, EmptyStatement, AboveRequest,
    AboveCeiling, Overflow, StatementArea,
]);
variants!(money, MoneyError: [
    Empty, NotANumber, BadGrouping, WrongCurrency, TooPrecise, Negative, TooLarge,
]);
variants!(amount, AmountError: [NotPlain, TooPrecise, TooLarge, NotPositive, Overflow]);
variants!(pdf, PdfError: [NotADecision, Damaged, NoAttachment, ContentChanged, Font, OtherLayout, OtherLanguage]);
variants!(verify, VerifyError: [Roster, Embedded]);
variants!(meeting, MeetingError: [
    NotOrganiser, BadId, NoTitle, NoPlace, EmptyAgenda, Numbering, FundingWithoutDossier,
    OtherWithDossier, NoText, UnknownDossier, DossierTwice, StartsInThePast,
    HistoryInTheFuture, Exists, NothingToRevise, AlreadyDecided, ItemChanged, NoSignedFile,
    UnknownKind,
]);
variants!(publish, PublishError: [
    NothingToPublish, FolderNotEmpty, Write, BadPeriod, BadIatiOrganisation,
]);
variants!(read, ReadError: [NotAFile, TooLarge, Io]);

type Seen = BTreeSet<(&'static str, &'static str)>;

/// Notes which variant `e` is, and every variant it wraps.
fn walk(e: &Error, seen: &mut Seen) {
    seen.insert(("Error", error::name(e)));
    match e {
        Error::Workspace(w) => {
            seen.insert(("workspace", workspace::name(w)));
        }
        Error::Backup(b) => {
            seen.insert(("backup", backup::name(b)));
        }
        Error::Keyring(k) => {
            seen.insert(("keyring", keyring::name(k)));
        }
        Error::Store(s) => {
            seen.insert(("store", store::name(s)));
        }
        Error::Profile(p) => {
            seen.insert(("profile", profile::name(p)));
            if let ProfileError::BadBudgetCeiling(m) = p {
                seen.insert(("money", money::name(m)));
            }
        }
        Error::Dossier(d) => {
            seen.insert(("dossier", dossier::name(d)));
            if let DossierError::BadBudgetLine { error, .. } = d {
                seen.insert(("money", money::name(error)));
            }
        }
        Error::Demo(d) => {
            seen.insert(("demo", demo::name(d)));
            if let DemoError::BadAmount { error, .. } = d {
                seen.insert(("money", money::name(error)));
            }
        }
        Error::Kdf(k) => {
            seen.insert(("kdf", kdf::name(k)));
        }
        Error::Identity(i) => {
            seen.insert(("identity", identity::name(i)));
        }
        Error::Sync(s) => walk_sync(s, seen),
        Error::Review(r) => {
            seen.insert(("review", review::name(r)));
        }
        Error::Decision(d) => {
            seen.insert(("decision", decision::name(d)));
            match d {
                DecisionError::Rule(r) => {
                    seen.insert(("rule", rule::name(r)));
                }
                DecisionError::Funds(f) => {
                    seen.insert(("funds", funds::name(f)));
                }
                DecisionError::BadAmount(m) => {
                    seen.insert(("money", money::name(m)));
                }
                _ => {}
            }
        }
        Error::Funds(f) => {
            seen.insert(("funds", funds::name(f)));
        }
        Error::Amount(a) => {
            seen.insert(("amount", amount::name(a)));
        }
        Error::Pdf(p) => {
            seen.insert(("pdf", pdf::name(p)));
        }
        Error::Verify(v) => {
            seen.insert(("verify", verify::name(v)));
            match v {
                VerifyError::Roster(s) => walk_sync(s, seen),
                VerifyError::Embedded(inner) => walk(inner, seen),
            }
        }
        Error::Meeting(m) => {
            seen.insert(("meeting", meeting::name(m)));
        }
        Error::Publish(p) => {
            seen.insert(("publish", publish::name(p)));
        }
        Error::Read(r) => {
            seen.insert(("read", read::name(r)));
        }
        _ => {}
    }
}

fn walk_sync(s: &SyncError, seen: &mut Seen) {
    seen.insert(("sync", sync::name(s)));
    if let SyncError::Envelope(d) = s {
        seen.insert(("dsse", dsse::name(d)));
    }
}

// ---------- real failures ----------

/// The file system's own refusal: a file that does not exist.
fn io_failure() -> std::io::Error {
    std::fs::read("/nonexistent/scdesk/plain-words").unwrap_err()
}

/// serde's own words for a value of the wrong shape ("invalid type: integer `1`, expected
/// struct Meeting").
fn serde_failure() -> String {
    serde_json::from_str::<scdesk::meeting::Meeting>("1")
        .unwrap_err()
        .to_string()
}

/// SQLite's own refusal, through the store (a statement on a table that does not exist).
fn sqlite_failure(dir: &Path) -> StoreError {
    static MADE: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let store = Store::create(&dir.join(format!("plain-{n}.db")), &Secret::random(32)).unwrap();
    store
        .tamper_for_tests("INSERT INTO no_such_table VALUES (1)")
        .unwrap_err()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// One of each variant, with realistic values; the wrapped libraries' text is real.
fn every_error(dir: &Path) -> Vec<Error> {
    let key = scdesk::dsse::sha256_hex(b"a member's public key");
    let other_key = scdesk::dsse::sha256_hex(b"another key");
    let ws = PathBuf::from("/home/amina/.local/share/scdesk");
    let serde = serde_failure();
    let sqlite = || sqlite_failure(dir);
    let keying = match sqlite() {
        StoreError::Sqlite(e) => e,
        other => panic!("expected SQLite's refusal, got {other:?}"),
    };
    let money_errors = || {
        vec![
            MoneyError::Empty,
            MoneyError::NotANumber("12 thousand".into()),
            MoneyError::BadGrouping("1,50,000".into()),
            MoneyError::WrongCurrency {
                given: "1,000 EUR".into(),
                found: "EUR".into(),
                expected: "USD".into(),
            },
            MoneyError::TooPrecise("1.505".into()),
            MoneyError::Negative("-5".into()),
            MoneyError::TooLarge("1e30".into()),
        ]
    };
    let sync_errors = vec![
        SyncError::Envelope(DsseError::Empty),
        SyncError::Envelope(DsseError::TooLarge {
            size: 20_000_000,
            max: 16_777_216,
        }),
        SyncError::Envelope(DsseError::Truncated),
        SyncError::Envelope(DsseError::NotJson(
            serde_json::from_str::<serde_json::Value>("%PDF-1.7")
                .unwrap_err()
                .to_string(),
        )),
        SyncError::Envelope(DsseError::NotAnEnvelope(serde.clone())),
        SyncError::Envelope(DsseError::BadBase64 { field: "payload" }),
        SyncError::Envelope(DsseError::NoSignature),
        SyncError::Envelope(DsseError::BadSignature { keyid: key.clone() }),
        SyncError::Envelope(DsseError::BadSignatureLength(12)),
        SyncError::UnknownPayloadType("application/vnd.scdesk.something+json".into()),
        SyncError::WrongKind {
            expected: scdesk::sync::Kind::Roster.with_article(),
            found: scdesk::sync::Kind::Meeting.with_article(),
        },
        SyncError::UnknownKey(key.clone()),
        SyncError::KeyNotOnRoster {
            signer: "Amina Diallo".into(),
            holder: "un-1".into(),
            claimed: "un-2".into(),
        },
        SyncError::OutsideTerm {
            seat: "un-1".into(),
            date: date("2027-03-01"),
            start: date("2024-01-01"),
            end: date("2026-12-31"),
            version: 3,
        },
        SyncError::KeyRotated {
            seat: "un-1".into(),
            version: 4,
            from: date("2026-06-01"),
        },
        SyncError::KeyRemoved {
            name: "Amina Diallo".into(),
            version: 4,
            from: date("2026-06-01"),
        },
        SyncError::RoleMayNotSign {
            seat: "un-1".into(),
            role: "member",
            kind: "decision file",
        },
        SyncError::BadPayload {
            kind: "position file",
            reason: serde.clone(),
        },
        SyncError::UnsupportedFormat {
            kind: "decision file",
            found: 9,
        },
        SyncError::WrongFund {
            found: "other-fund".into(),
            expected: "mmptf".into(),
        },
        SyncError::RosterRollback {
            found: 2,
            current: 3,
        },
        SyncError::NoRoster,
        SyncError::AlreadyPinned,
        SyncError::FingerprintMismatch {
            found: scdesk::dsse::grouped(&key),
            expected: scdesk::dsse::grouped(&other_key),
        },
        SyncError::SignerNotFmu(key.clone()),
        SyncError::BadRoster("it names no FMU key".into()),
        SyncError::UnknownMeeting("sc-2026-05".into()),
        SyncError::ItemNotOnAgenda {
            meeting: "sc-2026-05".into(),
            item: 7,
        },
        SyncError::ReasonMissing {
            item: 2,
            stance: "object",
        },
        SyncError::UnknownDossierVersion {
            item: 2,
            hash: other_key.clone(),
        },
        SyncError::DuplicateItem { item: 2 },
        SyncError::ConflictingDossierVersion {
            id: "MMPTF-JP-2023-02".into(),
            version: 2,
        },
        SyncError::DocumentHashMismatch {
            name: "budget.pdf".into(),
        },
        SyncError::ConflictingStatement { version: 3 },
        SyncError::ConflictingMeetingRevision {
            id: "sc-2026-05".into(),
            revision: 2,
        },
    ];
    let mut all: Vec<Error> = vec![
        Error::NoWorkspace { dir: ws.clone() },
        Error::WorkspaceExists { dir: ws.clone() },
        Error::KeyMissing {
            keyring: "Secret Service".into(),
            workspace: "7c1e".into(),
            database: ws.join("workspace.db"),
            account: format!("workspace-{key}"),
        },
        Error::PassphraseRequired,
        Error::KeyringRequired,
        Error::WrongPassphrase,
        Error::KeyringKeyWrong {
            workspace: "7c1e".into(),
            account: format!("workspace-{key}"),
        },
        Error::PassphraseTooShort(12),
        Error::UnknownLanguage("de".parse::<scdesk::lang::Lang>().unwrap_err()),
        WorkspaceError::WorkspaceFileMissing { dir: ws.clone() }.into(),
        WorkspaceError::WorkspaceFileDamaged {
            path: ws.join("workspace.json"),
            reason: serde.clone(),
        }
        .into(),
        WorkspaceError::Busy { seconds: 30 }.into(),
        WorkspaceError::FolderNotEmpty { dir: ws.clone() }.into(),
        WorkspaceError::Io {
            path: ws.clone(),
            error: io_failure(),
        }
        .into(),
        BackupError::NotABackup(serde.clone()).into(),
        BackupError::WrongPassphrase.into(),
        BackupError::PassphraseTooShort(12).into(),
        BackupError::Damaged(serde.clone()).into(),
        BackupError::KeysHeld {
            workspace: "7c1e".into(),
        }
        .into(),
        KeyringError::Unavailable(io_failure().to_string()).into(),
        KeyringError::Locked("the prompt was dismissed".into()).into(),
        KeyringError::Timeout(10).into(),
        KeyringError::Failed(io_failure().to_string()).into(),
        KeyringError::NotPersistent("keyring-core sample store".into()).into(),
        StoreError::WrongKey(ws.join("workspace.db")).into(),
        StoreError::AlreadyExists(ws.join("workspace.db")).into(),
        StoreError::Missing(ws.join("workspace.db")).into(),
        StoreError::NewerSchema {
            path: ws.join("workspace.db"),
            found: 12,
            supported: 9,
        }
        .into(),
        StoreError::BadKeyLength(16).into(),
        StoreError::Corrupt(serde.clone()).into(),
        StoreError::Keying(keying).into(),
        StoreError::Io {
            path: ws.join("workspace.db"),
            error: io_failure(),
        }
        .into(),
        sqlite().into(),
        ProfileError::Malformed(serde.clone()).into(),
        ProfileError::UnsupportedFormat {
            found: 3,
            expected: 1,
        }
        .into(),
        ProfileError::SeatsDoNotAddUp {
            sum: 11,
            seat_count: 12,
        }
        .into(),
        ProfileError::ObjectiveInNoArea { objective: 23 }.into(),
        ProfileError::UnknownArea {
            objective: 4,
            area: 9,
        }
        .into(),
        ProfileError::Duplicate {
            what: "thematic area",
            id: "2".into(),
        }
        .into(),
        ProfileError::RotationDoesNotFit {
            rotation: 5,
            term: 2,
            seats: 12,
        }
        .into(),
        ProfileError::QuorumOutOfRange {
            quorum: 14,
            seats: 12,
        }
        .into(),
        ProfileError::BadMajority {
            numerator: 3,
            denominator: 2,
        }
        .into(),
        ProfileError::MarkerMinimumNotOnScale {
            marker: "gender".into(),
            minimum: "3".into(),
        }
        .into(),
        ProfileError::EmptyMarkerScale {
            marker: "human rights".into(),
        }
        .into(),
        ProfileError::BadBudgetCeiling(MoneyError::Negative("-1".into())).into(),
        ProfileError::DurationBoundsReversed { min: 36, max: 12 }.into(),
        ProfileError::NoAreas.into(),
        DossierError::BudgetTooLarge {
            dossier: "MMPTF-JP-2023-02".into(),
        }
        .into(),
        DemoError::NotTheDemo.into(),
        DemoError::UnknownSeat("un-9".into()).into(),
        DemoError::Malformed(serde.clone()).into(),
        KdfError::TooShort(12).into(),
        KdfError::BadParams(serde.clone()).into(),
        IdentityError::BadSeed.into(),
        IdentityError::BadPublicKey("3f2a".into()).into(),
        IdentityError::BadBackup(serde.clone()).into(),
        IdentityError::WrongBackupPassphrase.into(),
        IdentityError::PassphraseTooShort(12).into(),
        ReviewError::UnknownDossier("MMPTF-JP-2031-99".into()).into(),
        ReviewError::ReasonRequired.into(),
        ReviewError::EmptyQuestion.into(),
        ReviewError::TooFewToCompare.into(),
        DecisionError::NotChair.into(),
        DecisionError::Final("sc-2026-05".into()).into(),
        DecisionError::NothingToCorrect("sc-2026-05".into()).into(),
        DecisionError::CorrectionReasonMissing.into(),
        DecisionError::Disputed {
            meeting: "sc-2026-05".into(),
            revision: 2,
        }
        .into(),
        DecisionError::FundingRequired.into(),
        DecisionError::SplitMismatch {
            split: "1,000,000.00 USD".into(),
            amount: "1,500,000.00 USD".into(),
        }
        .into(),
        DecisionError::NotAParticipant {
            organisation: "UNICEF".into(),
        }
        .into(),
        DecisionError::ConditionsRequired.into(),
        DecisionError::NothingToExport("sc-2026-05".into()).into(),
        DecisionError::FirstSignatureUnchecked("sc-2026-05".into()).into(),
        DecisionError::DeadlineInThePast.into(),
        DecisionError::NoRecordsInYear(2025).into(),
        DecisionError::UnknownSeat("un-9".into()).into(),
        DecisionError::NoAllocation {
            meeting: "sc-2026-05".into(),
            item: 2,
        }
        .into(),
        DecisionError::TransferTooLarge {
            allocated: "1,500,000.00 USD".into(),
            transferred: "1,000,000.00 USD".into(),
        }
        .into(),
        DecisionError::EarmarkMismatch {
            source_area: 2,
            dossier_area: 4,
        }
        .into(),
        DecisionError::TallyChanged {
            item: 2,
            now: "9 join consensus, 1 objection".into(),
        }
        .into(),
        DecisionError::Rule(RuleError::NotStarted {
            starts: "2026-12-03 09:00".into(),
        })
        .into(),
        DecisionError::Rule(RuleError::WrittenOpen {
            deadline: "2026-12-10 17:00".into(),
            silent: 1,
        })
        .into(),
        DecisionError::Rule(RuleError::WrittenOpen {
            deadline: "2026-12-10 17:00".into(),
            silent: 3,
        })
        .into(),
        DecisionError::Rule(RuleError::NoQuorum {
            participating: 5,
            required: 8,
        })
        .into(),
        DecisionError::Rule(RuleError::OverrideRequired {
            outcome: "approved",
            explanation: "one member objects.".into(),
        })
        .into(),
        FundsError::Insufficient {
            from: "the pool".into(),
            requested: "3,000,000.00 USD".into(),
            available: "1,000,000.00 USD".into(),
            shortfall: "2,000,000.00 USD".into(),
        }
        .into(),
        FundsError::UnknownArea(9).into(),
        FundsError::NotPositive.into(),
        FundsError::NotFmu.into(),
        FundsError::EmptyStatement.into(),
        FundsError::AboveRequest {
            amount: "3,000,000.00 USD".into(),
            requested: "2,000,000.00 USD".into(),
        }
        .into(),
        FundsError::AboveCeiling {
            amount: "6,000,000.00 USD".into(),
            ceiling: "5,000,000.00 USD".into(),
        }
        .into(),
        FundsError::Overflow.into(),
        FundsError::StatementArea {
            contributor: "Germany".into(),
            area: 9,
        }
        .into(),
        DecisionError::Funds(FundsError::NotPositive).into(),
        AmountError::NotPlain("12k".into()).into(),
        AmountError::TooPrecise("1.505".into()).into(),
        AmountError::TooLarge("1e30".into()).into(),
        AmountError::NotPositive("0".into()).into(),
        AmountError::Overflow.into(),
        DecisionError::TypedAmount(scdesk::lang::amount::AmountInputError::BadGrouping {
            given: "1,75,48,005".into(),
        })
        .into(),
        PdfError::NotADecision(serde.clone()).into(),
        PdfError::Damaged("invalid cross-reference table at byte 5201".into()).into(),
        PdfError::NoAttachment.into(),
        PdfError::ContentChanged.into(),
        PdfError::Font.into(),
        PdfError::OtherLayout {
            found: "4".into(),
            current: 3,
        }
        .into(),
        PdfError::OtherLanguage { found: "de".into() }.into(),
        VerifyError::Roster(SyncError::NoRoster).into(),
        VerifyError::Embedded(Box::new(
            SyncError::Envelope(DsseError::BadSignature { keyid: key.clone() }).into(),
        ))
        .into(),
        MeetingError::NotOrganiser.into(),
        MeetingError::BadId("SC 2026/05".into()).into(),
        MeetingError::NoTitle.into(),
        MeetingError::NoPlace.into(),
        MeetingError::EmptyAgenda.into(),
        MeetingError::Numbering {
            expected: 2,
            found: 3,
        }
        .into(),
        MeetingError::FundingWithoutDossier { item: 2 }.into(),
        MeetingError::OtherWithDossier { item: 2 }.into(),
        MeetingError::NoText { item: 2 }.into(),
        MeetingError::UnknownDossier {
            item: 2,
            dossier: "MMPTF-JP-2031-99".into(),
        }
        .into(),
        MeetingError::DossierTwice {
            dossier: "MMPTF-JP-2023-02".into(),
            first: 1,
            second: 3,
        }
        .into(),
        MeetingError::StartsInThePast("2026-11-01 09:00".into()).into(),
        MeetingError::HistoryInTheFuture("2027-01-01 09:00".into()).into(),
        MeetingError::Exists("sc-2026-05".into()).into(),
        MeetingError::NothingToRevise("sc-2026-05".into()).into(),
        MeetingError::AlreadyDecided("sc-2026-05".into()).into(),
        MeetingError::ItemChanged { item: 2 }.into(),
        MeetingError::NoSignedFile("sc-2026-05".into()).into(),
        MeetingError::UnknownKind("hybrid".into()).into(),
        PublishError::NothingToPublish {
            period: "2026".into(),
        }
        .into(),
        PublishError::FolderNotEmpty(ws.join("register")).into(),
        PublishError::Write {
            dir: ws.join("register"),
            reason: scdesk::incoming::io_words(&io_failure()).into(),
        }
        .into(),
        PublishError::BadPeriod {
            from: date("2026-12-31"),
            to: date("2026-01-01"),
        }
        .into(),
        PublishError::BadIatiOrganisation {
            given: "41114".into(),
        }
        .into(),
        Error::UnknownMeeting("sc-2026-05".into()),
        Error::ItemNotOnAgenda {
            meeting: "sc-2026-05".into(),
            item: 7,
        },
        Error::ReasonRequired("object"),
        Error::ConflictDeclared {
            dossier: "MMPTF-JP-2023-02".into(),
        },
        Error::NotAMember { keyid: key.clone() },
        Error::NothingToExport("sc-2026-05".into()),
        Error::NotOpen,
        Error::NotScDeskFile {
            what: "a PDF document",
        },
        ReadError::NotAFile { path: ws.clone() }.into(),
        ReadError::TooLarge {
            path: ws.join("big.iso"),
            size: 4_000_000_000,
            max: 64_000_000,
        }
        .into(),
        ReadError::Io {
            path: ws.join("gone.dsse"),
            error: io_failure(),
        }
        .into(),
        Error::NotJudged,
        Error::NoViewer {
            kind: "PDF document",
            name: "record-sc-2026-05.pdf".into(),
        },
        Error::io(&ws, io_failure()),
    ];
    for m in money_errors() {
        all.push(DecisionError::BadAmount(m).into());
    }
    all.push(
        DossierError::BadBudgetLine {
            dossier: "MMPTF-JP-2023-02".into(),
            organisation: "IOM".into(),
            error: MoneyError::BadGrouping("1,50,000".into()),
        }
        .into(),
    );
    all.push(
        DemoError::BadAmount {
            contributor: "Germany".into(),
            error: MoneyError::NotANumber("lots".into()),
        }
        .into(),
    );
    all.extend(sync_errors.into_iter().map(Error::from));
    all
}

#[test]
fn every_error_a_person_can_see_is_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let errors = every_error(dir.path());
    let mut seen = Seen::new();
    let mut failures = Vec::new();
    for e in &errors {
        walk(e, &mut seen);
        let shown = e.for_people();
        let found = problems(&shown.message);
        if !found.is_empty() {
            failures.push(format!(
                "{}: {}\n    {}",
                error::name(e),
                found.join(", "),
                shown.message
            ));
        }
        // The detail keeps what the sentence leaves out, for support and the log.
        assert!(
            !shown.detail.is_empty() || shown.message == e.to_string(),
            "{e:?} leaves something out and has no detail"
        );
    }
    assert!(
        failures.is_empty(),
        "not in words:\n{}",
        failures.join("\n")
    );
    let lists: [(&str, &[&str]); 25] = [
        ("Error", error::ALL),
        ("workspace", workspace::ALL),
        ("backup", backup::ALL),
        ("keyring", keyring::ALL),
        ("store", store::ALL),
        ("profile", profile::ALL),
        ("dossier", dossier::ALL),
        ("demo", demo::ALL),
        ("kdf", kdf::ALL),
        ("identity", identity::ALL),
        ("sync", sync::ALL),
        ("dsse", dsse::ALL),
        ("review", review::ALL),
        ("decision", decision::ALL),
        ("rule", rule::ALL),
        ("funds", funds::ALL),
        ("money", money::ALL),
        ("amount", amount::ALL),
        ("pdf", pdf::ALL),
        ("verify", verify::ALL),
        ("meeting", meeting::ALL),
        ("publish", publish::ALL),
        ("read", read::ALL),
        ("Error", error::ALL),
        ("sync", sync::ALL),
    ];
    for (family, names) in lists {
        for name in names {
            assert!(
                seen.contains(&(family, *name)),
                "no sample of {family} variant {name}: add one to every_error"
            );
        }
    }
}

#[test]
fn the_wrapped_failures_are_real_and_kept_in_the_detail() {
    let dir = tempfile::tempdir().unwrap();
    // serde's words name a type; SQLite's and the file system's carry codes.
    assert!(serde_failure().contains("struct"), "{}", serde_failure());
    let sqlite: Error = sqlite_failure(dir.path()).into();
    let shown = sqlite.for_people();
    assert!(shown.detail.contains("no such table"), "{}", shown.detail);
    assert_plain(&shown.message, "SQLite");
    let io = Error::io(Path::new("/nonexistent/x"), io_failure());
    assert!(io.for_people().detail.contains("code: 2"), "{:?}", io);
}

#[test]
fn real_refusals_of_the_library_are_in_words() {
    let dir = tempfile::tempdir().unwrap();
    // A file that is not there.
    let gone = scdesk::Desk::read_input(&dir.path().join("gone.dsse")).unwrap_err();
    assert_plain(&gone.for_people().message, "a missing file");
    // A file that is not a database, opened as one: SQLCipher's own refusal.
    let not_a_db = dir.path().join("not-a-db");
    std::fs::write(&not_a_db, vec![0x5a; 8192]).unwrap();
    let wrong: Error = match Store::open(&not_a_db, &Secret::random(32)) {
        Ok(_) => panic!("a file of noise is not a database"),
        Err(e) => e.into(),
    };
    assert_plain(&wrong.for_people().message, "not a database");
    // A workspace folder whose workspace file is damaged.
    let ws = dir.path().join("ws");
    std::fs::create_dir(&ws).unwrap();
    std::fs::write(ws.join("workspace.json"), b"{\"version\": \"one\"}").unwrap();
    std::fs::write(ws.join("workspace.db"), b"").unwrap();
    let damaged = scdesk::desk::Desk::start(
        &ws,
        Err(KeyringError::Unavailable("none".into())),
        scdesk::desk::Content::Empty,
    )
    .err()
    .expect("a damaged workspace file is refused");
    assert_plain(&damaged.for_people().message, "a damaged workspace file");
    // A meeting file offered where the roster is asked for says which is which.
    let meeting_file = scdesk::identity::Identity::generate()
        .sign(scdesk::sync::Kind::Meeting.payload_type(), b"{}".to_vec())
        .to_json();
    let offered = scdesk::Desk::preview_roster(&meeting_file).unwrap_err();
    assert_eq!(offered.code(), scdesk::ErrorCode::WrongKind);
    assert_eq!(
        offered.for_people().message,
        "This file is a meeting file, not a roster: choose the right file."
    );
    // Files of every kind offered for import: each line is in words.
    let mut desk = util::workspace(dir.path(), "amina", scdesk::desk::Content::Demo);
    let signed_nonsense = {
        scdesk::identity::Identity::generate()
            .sign(
                scdesk::sync::Kind::Position.payload_type(),
                br#"{"x": 1}"#.to_vec(),
            )
            .to_json()
    };
    for (what, bytes) in [
        (
            "a PDF that is not a record",
            b"%PDF-1.7\n%\xe2\xe3\n1 0 obj".to_vec(),
        ),
        ("JSON of another kind", br#"{"payload": 1}"#.to_vec()),
        ("noise", vec![0u8; 300]),
        (
            "a cut envelope",
            br#"{"payloadType": "application/vnd.sc"#.to_vec(),
        ),
        ("a signed file of nonsense", signed_nonsense),
    ] {
        for line in desk.import(&bytes) {
            assert_plain(&line.message, what);
        }
    }
}

/// The zbus library's refusal when no Secret Service is reachable, as the passphrase screen
/// says it. The D-Bus address is the process's, so a child process (this test binary run
/// again) meets it, and the other tests keep theirs.
#[test]
fn no_password_store_is_said_in_words() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "plain_words::keyring_refusal_in_a_child",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env("SCDESK_PLAIN_WORDS_CHILD", "1")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/scdesk-plain-words/bus",
        )
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("SHOWN "))
        .expect("the child prints what it was shown");
    let shown: serde_json::Value = serde_json::from_str(line).unwrap();
    let detail = shown["detail"].as_str().unwrap();
    assert!(
        detail.contains("zbus"),
        "the detail is the library's own: {detail}"
    );
    assert_plain(shown["message"].as_str().unwrap(), "no Secret Service");
    // The first screen's reason for asking a passphrase is the same sentence.
    let reason = shown["reason"].as_str().unwrap();
    assert_plain(reason, "the passphrase screen's reason");
}

#[test]
#[ignore = "run by no_password_store_is_said_in_words, in a process of its own"]
fn keyring_refusal_in_a_child() {
    if std::env::var_os("SCDESK_PLAIN_WORDS_CHILD").is_none() {
        return;
    }
    let refused = scdesk::keyring::OsKeyring::connect(Duration::from_secs(10))
        .err()
        .expect("no Secret Service answers at a bus that does not exist");
    let shown = Error::from(refused.clone()).for_people();
    let dir = tempfile::tempdir().unwrap();
    let reason = match scdesk::desk::Desk::start(
        &dir.path().join("ws"),
        Err(refused),
        scdesk::desk::Content::Empty,
    ) {
        Ok(scdesk::desk::Startup::NeedsNewPassphrase { reason }) => reason,
        Ok(_) => panic!("without a keyring a new workspace needs a passphrase"),
        Err(e) => panic!("{e}"),
    };
    println!(
        "SHOWN {}",
        serde_json::json!({"message": shown.message, "detail": shown.detail, "reason": reason})
    );
}
