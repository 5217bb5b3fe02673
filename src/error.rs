//! The library's errors: each says what went wrong and what the user can do, and carries
//! a stable code that the app's UI branches on (never on the text).

use std::path::{Path, PathBuf};

use crate::demo::DemoError;
use crate::dossier::DossierError;
use crate::keyring::KeyringError;
use crate::profile::ProfileError;
use crate::secret::KdfError;
use crate::store::StoreError;
pub use scdesk_rules::code::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("No SC Desk workspace in {dir}. Create one with `scdesk init` (empty) or `scdesk demo` (demo data).")]
    NoWorkspace { dir: PathBuf },
    #[error("A workspace already exists in {dir}; SC Desk never creates a new one over it. Choose another folder with --data-dir.")]
    WorkspaceExists { dir: PathBuf },
    #[error("The OS keyring ({keyring}) holds no key for workspace {workspace}, whose database is {database}. SC Desk will not create a new database over it: restore the keyring entry `{account}` (service `scdesk`) from your keyring backup, or move the folder aside to start afresh.")]
    KeyMissing {
        keyring: String,
        workspace: String,
        database: PathBuf,
        account: String,
    },
    #[error("This workspace is protected by a passphrase: give it (SCDESK_PASSPHRASE, --passphrase-file, or type it when asked).")]
    PassphraseRequired,
    #[error("This workspace keeps its key in the OS keyring, not behind a passphrase; open it without one.")]
    KeyringRequired,
    #[error("The passphrase is wrong. Try again (passphrases are case-sensitive).")]
    WrongPassphrase,
    #[error("The OS keyring holds a key for workspace {workspace} that is not the one it was made with (the entry `{account}`, service `scdesk`, was replaced). Restore that entry from your keyring backup; SC Desk changed nothing.")]
    KeyringKeyWrong { workspace: String, account: String },
    #[error("The passphrase is too short: use at least {0} characters.")]
    PassphraseTooShort(usize),
    #[error(transparent)]
    UnknownLanguage(#[from] crate::lang::UnknownLanguage),
    #[error(transparent)]
    Workspace(#[from] scdesk_store::workspace::Error),
    #[error(transparent)]
    Backup(#[from] crate::backup::BackupError),
    #[error(transparent)]
    Keyring(#[from] KeyringError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error(transparent)]
    Demo(#[from] DemoError),
    #[error(transparent)]
    Kdf(#[from] KdfError),
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
    #[error(transparent)]
    Review(#[from] crate::review::ReviewError),
    #[error(transparent)]
    Decision(#[from] crate::decision::DecisionError),
    #[error(transparent)]
    Funds(#[from] crate::ledger::FundsError),
    #[error(
        "A figure cannot be computed: {0}. Check the contributions held (scdesk ledger show)."
    )]
    Amount(#[from] crate::money::AmountError),
    #[error(transparent)]
    Pdf(#[from] crate::pdf::PdfError),
    #[error(transparent)]
    Verify(#[from] crate::verify::VerifyError),
    #[error(transparent)]
    Meeting(#[from] crate::meeting::MeetingError),
    #[error(transparent)]
    Publish(#[from] crate::publish::PublishError),
    #[error("Meeting {0} is not in this workspace.")]
    UnknownMeeting(String),
    #[error("Item {item} is not on the agenda of meeting {meeting}.")]
    ItemNotOnAgenda { meeting: String, item: u32 },
    #[error("A position `{0}` needs a reason in words.")]
    ReasonRequired(&'static str),
    #[error("You declared a conflict of interest on {dossier}, so on its item you can only recuse. To take another position, withdraw the declaration first (the audit trail keeps it).")]
    ConflictDeclared { dossier: String },
    #[error("Your key ({keyid}) holds no member seat on the pinned roster, so your positions would not count. Send your enrolment file to the FMU.")]
    NotAMember { keyid: String },
    #[error("No positions are recorded for meeting {0}: record them before exporting.")]
    NothingToExport(String),
    #[error("The workspace is not open yet.")]
    NotOpen,
    #[error("This is not an SC Desk file: it is {what}. SC Desk imports the signed files it exchanges (.dsse), bundles of them, and its decision records.")]
    NotScDeskFile { what: &'static str },
    #[error(transparent)]
    Read(#[from] crate::incoming::ReadError),
    #[error("Not imported: the workspace could not take an earlier file of the same import (see its line). Nothing of this file changed; import it again.")]
    NotJudged,
    #[error("No program on this computer opens this kind of file ({kind}), so {name} cannot be shown here. Choose where to save it, then open or print it with a program that reads it.")]
    NoViewer { kind: &'static str, name: String },
    #[error("Could not use {path}: {}", crate::incoming::io_words(.error))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl Error {
    pub fn io(path: &Path, error: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            error,
        }
    }

    /// Whether the fault is the workspace's (its folder, disk or database, or another
    /// process), not the input's.
    pub fn is_workspace_fault(&self) -> bool {
        matches!(
            self,
            Error::Store(_) | Error::Io { .. } | Error::Workspace(_) | Error::NotJudged
        )
    }

    /// A stable, machine-readable code for the UI and scripts.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NoWorkspace { .. } => ErrorCode::NoWorkspace,
            Error::WorkspaceExists { .. } => ErrorCode::WorkspaceExists,
            Error::Workspace(e) => {
                use scdesk_store::workspace::Error as W;
                match e {
                    W::WorkspaceFileMissing { .. } => ErrorCode::WorkspaceFileMissing,
                    W::WorkspaceFileDamaged { .. } => ErrorCode::WorkspaceFileDamaged,
                    W::Busy { .. } => ErrorCode::Busy,
                    W::FolderNotEmpty { .. } => ErrorCode::FolderNotEmpty,
                    W::Io { .. } => ErrorCode::Io,
                }
            }
            Error::KeyMissing { .. } => ErrorCode::KeyMissing,
            Error::PassphraseRequired => ErrorCode::PassphraseRequired,
            Error::KeyringRequired => ErrorCode::KeyringRequired,
            Error::WrongPassphrase => ErrorCode::WrongPassphrase,
            Error::KeyringKeyWrong { .. } => ErrorCode::WrongKey,
            Error::PassphraseTooShort(_) => ErrorCode::PassphraseTooShort,
            Error::UnknownLanguage(_) => ErrorCode::UnknownLanguage,
            Error::Backup(crate::backup::BackupError::WrongPassphrase) => {
                ErrorCode::WrongBackupPassphrase
            }
            Error::Backup(crate::backup::BackupError::KeysHeld { .. }) => {
                ErrorCode::WorkspaceExists
            }
            Error::Backup(_) => ErrorCode::BadBackup,
            Error::Keyring(KeyringError::Timeout(_)) => ErrorCode::KeyringTimeout,
            Error::Keyring(KeyringError::Locked(_)) => ErrorCode::KeyringLocked,
            Error::Keyring(KeyringError::Unavailable(_)) => ErrorCode::KeyringUnavailable,
            Error::Keyring(_) => ErrorCode::KeyringFailed,
            Error::Store(StoreError::WrongKey(_)) => ErrorCode::WrongKey,
            Error::Store(e) => match e.fault() {
                crate::store::Fault::Disk => ErrorCode::DiskFull,
                crate::store::Fault::ReadOnly => ErrorCode::ReadOnly,
                crate::store::Fault::Damaged => ErrorCode::Damaged,
                crate::store::Fault::Busy => ErrorCode::Busy,
                crate::store::Fault::Other => ErrorCode::Store,
            },
            Error::Profile(_) => ErrorCode::ProfileInvalid,
            Error::Dossier(_) => ErrorCode::DossierInvalid,
            Error::Demo(DemoError::NotTheDemo) => ErrorCode::NotTheDemo,
            Error::Demo(DemoError::UnknownSeat(_)) => ErrorCode::UnknownSeat,
            Error::Demo(_) => ErrorCode::DemoInvalid,
            Error::Kdf(_) => ErrorCode::Kdf,
            Error::Identity(_) => ErrorCode::Identity,
            Error::Sync(e) => e.code(),
            Error::Decision(crate::decision::DecisionError::NotChair) => ErrorCode::NotChair,
            Error::Decision(crate::decision::DecisionError::Rule(r)) => match r {
                crate::tally::RuleError::NotStarted { .. } => ErrorCode::NotStarted,
                crate::tally::RuleError::WrittenOpen { .. } => ErrorCode::WrittenOpen,
                crate::tally::RuleError::NoQuorum { .. } => ErrorCode::NoQuorum,
                crate::tally::RuleError::OverrideRequired { .. } => ErrorCode::OverrideRequired,
            },
            Error::Decision(crate::decision::DecisionError::Final(_)) => ErrorCode::DecisionsFinal,
            Error::Funds(crate::ledger::FundsError::AboveRequest { .. })
            | Error::Decision(crate::decision::DecisionError::Funds(
                crate::ledger::FundsError::AboveRequest { .. },
            )) => ErrorCode::AboveRequest,
            Error::Funds(crate::ledger::FundsError::AboveCeiling { .. })
            | Error::Decision(crate::decision::DecisionError::Funds(
                crate::ledger::FundsError::AboveCeiling { .. },
            )) => ErrorCode::AboveCeiling,
            Error::Decision(crate::decision::DecisionError::Funds(_))
            | Error::Funds(crate::ledger::FundsError::Insufficient { .. }) => {
                ErrorCode::InsufficientFunds
            }
            Error::Funds(crate::ledger::FundsError::NotFmu) => ErrorCode::NotFmu,
            Error::Funds(_) => ErrorCode::FundsInvalid,
            Error::Decision(_) => ErrorCode::DecisionInvalid,
            Error::Amount(_) => ErrorCode::AmountInvalid,
            Error::Pdf(_) => ErrorCode::Pdf,
            Error::Verify(crate::verify::VerifyError::Roster(e)) => e.code(),
            Error::Verify(crate::verify::VerifyError::Embedded(e)) => e.code(),
            Error::Meeting(crate::meeting::MeetingError::NotOrganiser) => ErrorCode::NotOrganiser,
            Error::Meeting(_) => ErrorCode::MeetingInvalid,
            Error::Publish(crate::publish::PublishError::NothingToPublish { .. }) => {
                ErrorCode::NothingToPublish
            }
            Error::Publish(crate::publish::PublishError::FolderNotEmpty(_)) => {
                ErrorCode::FolderNotEmpty
            }
            Error::Publish(crate::publish::PublishError::Write { .. }) => ErrorCode::Io,
            Error::Publish(crate::publish::PublishError::BadPeriod { .. }) => ErrorCode::BadPeriod,
            Error::Publish(crate::publish::PublishError::BadIatiOrganisation { .. }) => {
                ErrorCode::BadIatiOrganisation
            }
            Error::Review(crate::review::ReviewError::UnknownDossier(_)) => {
                ErrorCode::UnknownDossier
            }
            Error::Review(crate::review::ReviewError::ReasonRequired) => ErrorCode::ReasonMissing,
            Error::Review(crate::review::ReviewError::EmptyQuestion) => ErrorCode::EmptyQuestion,
            Error::Review(crate::review::ReviewError::TooFewToCompare) => {
                ErrorCode::TooFewToCompare
            }
            Error::UnknownMeeting(_) => ErrorCode::UnknownMeeting,
            Error::ItemNotOnAgenda { .. } => ErrorCode::ItemNotOnAgenda,
            Error::ReasonRequired(_) => ErrorCode::ReasonMissing,
            Error::ConflictDeclared { .. } => ErrorCode::ConflictDeclared,
            Error::NotAMember { .. } => ErrorCode::NotAMember,
            Error::NothingToExport(_) => ErrorCode::NothingToExport,
            Error::NotOpen => ErrorCode::NotOpen,
            Error::NotScDeskFile { .. } => ErrorCode::NotScDeskFile,
            Error::Read(crate::incoming::ReadError::NotAFile { .. }) => ErrorCode::NotAFile,
            Error::Read(crate::incoming::ReadError::TooLarge { .. }) => ErrorCode::TooLarge,
            Error::Read(crate::incoming::ReadError::Io { .. }) => ErrorCode::Io,
            Error::NotJudged => ErrorCode::NotJudged,
            Error::Io { .. } => ErrorCode::Io,
            Error::NoViewer { .. } => ErrorCode::NoViewer,
        }
    }
}

/// An error as a person is shown it: a sentence saying what happened and what to do, and,
/// apart, the technical detail for the "Details" disclosure and the log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Shown {
    pub message: String,
    /// What a programmer or the FMU's support would need; empty when the sentence is all.
    pub detail: String,
}

impl Error {
    /// The error in words for a person, not a programmer: no code, type names, command
    /// lines, OS error numbers or long hex strings (a key is shown in groups of four, the
    /// way people compare fingerprints). The detail keeps everything.
    pub fn for_people(&self) -> Shown {
        let own = self.people_words();
        // The detail is there only when the sentence leaves something out: other words,
        // a wrapped library's error, or the system's.
        let leaves_out = own.is_some()
            || std::error::Error::source(self).is_some()
            || matches!(
                self,
                Error::Io { .. }
                    | Error::Read(crate::incoming::ReadError::Io { .. })
                    | Error::Workspace(scdesk_store::workspace::Error::Io { .. })
                    | Error::Store(StoreError::Io { .. })
            );
        let own_text = self.to_string();
        let message = typography(own.as_deref().unwrap_or(&own_text));
        let detail = if leaves_out || message != own_text {
            format!("{self:?}")
        } else {
            String::new()
        };
        Shown { message, detail }
    }

    /// The sentences that differ from the error's own text, which may carry a library's
    /// detail or name a command of the `scdesk` command line.
    fn people_words(&self) -> Option<String> {
        use crate::backup::BackupError as B;
        use crate::dsse::DsseError as D;
        use crate::sync::SyncError as S;
        use scdesk_store::workspace::Error as W;
        Some(match self {
            Error::NoWorkspace { dir } => format!(
                "There is no SC Desk workspace in {}. Start one from SC Desk's first screen: \
                 your own (empty) workspace, or the demo.",
                dir.display()
            ),
            Error::WorkspaceExists { dir } => format!(
                "A workspace already exists in {}; SC Desk never creates a new one over it. \
                 Choose another folder.",
                dir.display()
            ),
            Error::Profile(ProfileError::Malformed(_)) => {
                "The fund profile cannot be read: it is damaged. Restore the workspace from a \
                 backup."
                    .into()
            }
            Error::Amount(a) => format!(
                "A figure cannot be computed: {a}. Ask the FMU to check the contribution \
                 statement."
            ),
            Error::Verify(crate::verify::VerifyError::Roster(s)) => format!(
                "The roster file itself is not valid: {}",
                Error::Sync(s.clone()).for_people().message
            ),
            Error::Verify(crate::verify::VerifyError::Embedded(e)) => format!(
                "The embedded decision file does not verify: {}",
                e.for_people().message
            ),
            Error::KeyMissing { workspace, .. } => format!(
                "This computer's keyring no longer holds the key of workspace {workspace}, so \
                 its data cannot be opened. Restore your keyring from its backup, or restore \
                 the workspace from an SC Desk backup; SC Desk changed nothing."
            ),
            Error::KeyringKeyWrong { workspace, .. } => format!(
                "This computer's keyring holds another key than workspace {workspace}'s own \
                 (it was replaced). Restore your keyring from its backup; SC Desk changed \
                 nothing."
            ),
            Error::NotAMember { .. } => {
                "Your key holds no member seat on the pinned roster, so your positions would \
                 not count. Send your enrolment file to the FMU."
                    .into()
            }
            Error::PassphraseRequired => {
                "This workspace is protected by a passphrase: type it to open the workspace.".into()
            }
            Error::Keyring(KeyringError::Unavailable(_)) => {
                "No password store (keyring) answered on this computer. Start or unlock it \
                 (on Linux, GNOME Keyring or another Secret Service), or protect the \
                 workspace with a passphrase instead."
                    .into()
            }
            Error::Keyring(KeyringError::Locked(_)) => {
                "The password store (keyring) is locked or refused SC Desk. Unlock it and \
                 try again, or protect the workspace with a passphrase instead."
                    .into()
            }
            Error::Keyring(KeyringError::Failed(_)) => {
                "The password store (keyring) could not keep or give the workspace's key. \
                 Try again; if it fails again, protect the workspace with a passphrase \
                 instead."
                    .into()
            }
            Error::Keyring(KeyringError::NotPersistent(_)) => {
                "This computer's password store forgets what it holds when the computer \
                 stops, so it cannot keep the workspace's key. Protect the workspace with a \
                 passphrase instead."
                    .into()
            }
            Error::Store(StoreError::Corrupt(_)) => {
                "The workspace database is damaged: it holds a record SC Desk cannot read. \
                 Restore the workspace from a backup."
                    .into()
            }
            Error::Store(StoreError::BadKeyLength(_)) | Error::Kdf(KdfError::BadParams(_)) => {
                "The workspace's key settings are damaged, so the workspace cannot be opened. \
                 Restore the workspace folder from a backup."
                    .into()
            }
            Error::Workspace(W::WorkspaceFileDamaged { path, .. }) => format!(
                "{} is damaged. Restore the workspace folder from a backup, or copy that file \
                 again from where the workspace came from.",
                path.display()
            ),
            Error::Backup(B::NotABackup(_)) => {
                "This is not an SC Desk workspace backup: choose the file SC Desk wrote when \
                 you made the backup."
                    .into()
            }
            Error::Backup(B::Damaged(_)) => {
                "The backup is damaged, so it cannot be restored. Use another copy of it.".into()
            }
            Error::Backup(B::KeysHeld { workspace }) => format!(
                "This computer already holds the keys of workspace {workspace}: the workspace \
                 itself is probably here already. Restore the backup behind a passphrase, or \
                 remove the original workspace first."
            ),
            Error::Identity(crate::identity::IdentityError::BadBackup(_)) => {
                "The key backup cannot be read: it is damaged or not an SC Desk key backup.".into()
            }
            Error::Identity(crate::identity::IdentityError::BadPublicKey(_)) => {
                "This is not a member's public key as SC Desk writes it in an enrolment \
                 file. Ask the member for their enrolment file again."
                    .into()
            }
            Error::Demo(DemoError::Malformed(_)) | Error::Demo(DemoError::BadAmount { .. }) => {
                "The demo data built into this SC Desk is damaged. Reinstall SC Desk.".into()
            }
            Error::Pdf(crate::pdf::PdfError::Damaged(_)) => {
                "The PDF cannot be read: it is damaged or not a PDF.".into()
            }
            Error::Pdf(crate::pdf::PdfError::NotADecision(_)) => {
                "The PDF's embedded file is not a signed decision file, so the record cannot \
                 prove itself. Ask the chair for the record again."
                    .into()
            }
            Error::Sync(s) => match s {
                S::Envelope(D::NotJson(_)) | S::Envelope(D::NotAnEnvelope(_)) => {
                    "This is not a file SC Desk exchanges: SC Desk reads the signed files \
                     members, the chair and the FMU send (.dsse), bundles of them, and its \
                     decision records."
                        .into()
                }
                S::Envelope(D::BadSignatureLength(_)) | S::Envelope(D::BadBase64 { .. }) => {
                    "The file's signature is damaged: it was changed after it was signed. Ask \
                     the sender for it again."
                        .into()
                }
                S::UnknownPayloadType(_) => {
                    "This signed file is of a kind this SC Desk does not know: it may come \
                     from a newer SC Desk. Update SC Desk, or ask the sender what it is."
                        .into()
                }
                S::BadPayload { kind, .. } => format!(
                    "The {kind}'s content is not as SC Desk writes it, though it is signed; \
                     ask the sender to export it again with a current SC Desk."
                ),
                S::WrongFund { .. } => {
                    "The file belongs to another fund than this workspace's: it was not \
                     imported."
                        .into()
                }
                S::NoRoster => {
                    "No roster is pinned yet: confirm the FMU's fingerprint with the FMU (by \
                     phone, say) and pin its roster first (Trust tab)."
                        .into()
                }
                S::UnknownDossierVersion { item, .. } => format!(
                    "The position on item {item} refers to a version of the dossier you do not \
                     hold: import the dossier package it was taken on first."
                ),
                _ => return None,
            },
            Error::Funds(crate::ledger::FundsError::EmptyStatement) => {
                "There are no contributions to put in a statement (it would empty every \
                 ledger): record the contributions first."
                    .into()
            }
            Error::Meeting(m) => match m {
                crate::meeting::MeetingError::StartsInThePast(when) => format!(
                    "A new meeting starts in the future; this one would start on {when} (UTC). \
                     To enter a meeting that already took place, tick \"already took place\"."
                ),
                crate::meeting::MeetingError::Exists(id) => format!(
                    "Meeting {id} already exists: choose another id, or revise the meeting, \
                     which keeps its agenda items and may add to them."
                ),
                crate::meeting::MeetingError::NoSignedFile(id) => format!(
                    "Meeting {id} has no signed meeting file here (it came with the demo data \
                     or was entered without one); its organiser can sign one by revising the \
                     meeting."
                ),
                _ => return None,
            },
            Error::Decision(crate::decision::DecisionError::Final(id)) => format!(
                "The decisions of meeting {id} are signed and final: a change is a correction, \
                 a new revision of the decision file that says what it changes and why."
            ),
            Error::Review(crate::review::ReviewError::UnknownDossier(id)) => {
                format!("No dossier {id} in this workspace.")
            }
            _ => return None,
        })
    }
}

/// Quotes in print, not in code: a value between backticks goes between quotation marks,
/// and a hex run longer than sixteen digits (a key) is written in groups of four.
fn typography(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut open = false;
    let mut hex = String::new();
    let flush = |hex: &mut String, out: &mut String| {
        if hex.len() > 16 {
            out.push_str(&crate::dsse::grouped(hex));
        } else {
            out.push_str(hex);
        }
        hex.clear();
    };
    for c in text.chars() {
        if c.is_ascii_hexdigit() {
            hex.push(c);
            continue;
        }
        flush(&mut hex, &mut out);
        if c == '`' {
            out.push(if open { '\u{201d}' } else { '\u{201c}' });
            open = !open;
        } else {
            out.push(c);
        }
    }
    flush(&mut hex, &mut out);
    out
}
