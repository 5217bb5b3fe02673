//! The library's errors: each says what went wrong and what the user can do, and carries
//! a stable code that the app's UI branches on (never on the text).

use std::path::{Path, PathBuf};

use crate::demo::DemoError;
use crate::dossier::DossierError;
use crate::keyring::KeyringError;
use crate::lang::{Arg, Words};
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

impl Error {
    /// The error in words for a person, in `words`' language (the app shows the
    /// workspace's): the same sentence as `for_people`, from the catalogue (`errors.ftl`);
    /// the detail stays as `for_people` gives it. The few errors not in the catalogue (see
    /// `words_in`) are shown in English.
    pub fn for_people_in(&self, words: &Words) -> Shown {
        let english = self.for_people();
        match self.words_in(words) {
            Some(text) => Shown {
                message: typography(&text),
                detail: english.detail,
            },
            None => english,
        }
    }

    /// The sentence `for_people` shows, from the catalogue; `None` for the errors left in
    /// English: a fund profile the FMU wrote wrongly (all but a damaged one), a roster
    /// that is not consistent, a register with nothing to publish in a given period, and
    /// a file whose kind the catalogue does not name (each carries English from elsewhere).
    fn words_in(&self, w: &Words) -> Option<String> {
        use crate::backup::BackupError as B;
        use crate::identity::IdentityError as I;
        use crate::pdf::PdfError as P;
        use crate::publish::PublishError as Pub;
        use crate::review::ReviewError as R;
        use scdesk_store::workspace::Error as W;
        Some(match self {
            Error::NoWorkspace { dir } => w.f("error-no-workspace", &[("dir", path(dir))]),
            Error::WorkspaceExists { dir } => w.f("error-workspace-exists", &[("dir", path(dir))]),
            Error::KeyMissing { workspace, .. } => {
                w.f("error-key-missing", &[("workspace", workspace.into())])
            }
            Error::PassphraseRequired => w.t("error-passphrase-required"),
            Error::KeyringRequired => w.t("error-keyring-required"),
            Error::WrongPassphrase => w.t("error-wrong-passphrase"),
            Error::KeyringKeyWrong { workspace, .. } => w.f(
                "error-keyring-key-wrong",
                &[("workspace", workspace.into())],
            ),
            Error::PassphraseTooShort(n) | Error::Identity(I::PassphraseTooShort(n)) => {
                w.f("error-passphrase-too-short", &[("count", (*n).into())])
            }
            Error::UnknownLanguage(crate::lang::UnknownLanguage(code)) => {
                w.f("error-unknown-language", &[("code", code.into())])
            }
            Error::Amount(a) => w.f("error-amount", &[("reason", amount_in(w, a).into())]),
            Error::UnknownMeeting(id) => w.f("error-unknown-meeting", &[("meeting", id.into())]),
            Error::ItemNotOnAgenda { meeting, item }
            | Error::Sync(crate::sync::SyncError::ItemNotOnAgenda { meeting, item }) => w.f(
                "error-item-not-on-agenda",
                &[("meeting", meeting.into()), ("item", num(item))],
            ),
            Error::ReasonRequired(label) => {
                let stance = [
                    crate::sync::Stance::JoinConsensus,
                    crate::sync::Stance::Object,
                    crate::sync::Stance::Abstain,
                    crate::sync::Stance::Recuse,
                ]
                .into_iter()
                .find(|s| s.label() == *label)?;
                let stance = crate::decision::stance_label_in(w, Some(stance));
                w.f("error-reason-required", &[("stance", stance.into())])
            }
            Error::ConflictDeclared { dossier } => {
                w.f("error-conflict-declared", &[("dossier", dossier.into())])
            }
            Error::NotAMember { .. } => w.t("error-not-a-member"),
            Error::NothingToExport(id) => {
                w.f("error-no-positions-to-export", &[("meeting", id.into())])
            }
            Error::NotOpen => w.t("error-not-open"),
            Error::NotScDeskFile { what } => {
                let code = match *what {
                    "an empty file" => "empty",
                    "a text file" => "text",
                    "a binary file" => "binary",
                    "a ZIP archive (or an Office document)" => "zip",
                    "a PNG image" => "png",
                    "a JPEG image" => "jpeg",
                    "a GIF image" => "gif",
                    "a compressed (gzip) file" => "gzip",
                    "a program" => "program",
                    "an older Office document" => "office",
                    "a web page or XML document" => "web",
                    "a PDF document" => "pdf",
                    "a PDF document that is not an SC Desk decision record" => "pdf_not_record",
                    _ => return None,
                };
                w.f("error-not-scdesk-file", &[("what", code.into())])
            }
            Error::NotJudged => w.t("error-not-judged"),
            Error::NoViewer { kind, name } => {
                let code = match *kind {
                    "PDF document" => "pdf",
                    "Text" => "text",
                    "Table (CSV)" => "csv",
                    "Web page" => "web",
                    "Word-processor document" => "word",
                    "Spreadsheet" => "spreadsheet",
                    "Presentation" => "presentation",
                    "Image" => "image",
                    "ZIP archive" => "zip",
                    "Document" => "document",
                    _ => return None,
                };
                w.f(
                    "error-no-viewer",
                    &[("kind", code.into()), ("name", name.into())],
                )
            }
            Error::Io { path: p, error } | Error::Workspace(W::Io { path: p, error }) => w.f(
                "error-could-not-use",
                &[("path", path(p)), ("reason", io_in(w, error).into())],
            ),
            Error::Read(r) => match r {
                crate::incoming::ReadError::NotAFile { path: p } => {
                    w.f("error-read-not-a-file", &[("path", path(p))])
                }
                crate::incoming::ReadError::TooLarge { path: p, size, max } => w.f(
                    "error-read-too-large",
                    &[("path", path(p)), ("size", num(size)), ("max", num(max))],
                ),
                crate::incoming::ReadError::Io { path: p, error } => w.f(
                    "error-could-not-read",
                    &[("path", path(p)), ("reason", io_in(w, error).into())],
                ),
            },
            Error::Workspace(e) => match e {
                W::WorkspaceFileMissing { dir } => {
                    w.f("error-workspace-file-missing", &[("dir", path(dir))])
                }
                W::WorkspaceFileDamaged { path: p, .. } => {
                    w.f("error-workspace-file-damaged", &[("path", path(p))])
                }
                W::Busy { seconds } => w.f("error-busy", &[("seconds", (*seconds).into())]),
                W::FolderNotEmpty { dir } => w.f("error-folder-not-empty", &[("dir", path(dir))]),
                W::Io { .. } => return None,
            },
            Error::Backup(b) => match b {
                B::NotABackup(_) => w.t("error-backup-not-a-backup"),
                B::WrongPassphrase => w.t("error-backup-wrong-passphrase"),
                B::PassphraseTooShort(n) => w.f(
                    "error-backup-passphrase-too-short",
                    &[("count", (*n).into())],
                ),
                B::Damaged(_) => w.t("error-backup-damaged"),
                B::KeysHeld { workspace } => {
                    w.f("error-backup-keys-held", &[("workspace", workspace.into())])
                }
            },
            Error::Keyring(k) => match k {
                KeyringError::Unavailable(_) => w.t("error-keyring-unavailable"),
                KeyringError::Locked(_) => w.t("error-keyring-locked"),
                KeyringError::Timeout(n) => {
                    w.f("error-keyring-timeout", &[("seconds", (*n).into())])
                }
                KeyringError::Failed(_) => w.t("error-keyring-failed"),
                KeyringError::NotPersistent(_) => w.t("error-keyring-not-persistent"),
            },
            Error::Store(e) => match e {
                StoreError::WrongKey(p) => w.f("error-store-wrong-key", &[("path", path(p))]),
                StoreError::AlreadyExists(p) => {
                    w.f("error-store-already-exists", &[("path", path(p))])
                }
                StoreError::Missing(p) => w.f("error-store-missing", &[("path", path(p))]),
                StoreError::NewerSchema {
                    path: p,
                    found,
                    supported,
                } => w.f(
                    "error-store-newer-schema",
                    &[
                        ("path", path(p)),
                        ("found", num(found)),
                        ("supported", num(supported)),
                    ],
                ),
                StoreError::BadKeyLength(_) => w.t("error-key-settings-damaged"),
                StoreError::Corrupt(_) => w.t("error-store-corrupt"),
                StoreError::Keying(_) => w.t("error-store-keying"),
                StoreError::Io { path: p, error } => w.f(
                    "error-could-not-make",
                    &[("path", path(p)), ("reason", io_in(w, error).into())],
                ),
                StoreError::Sqlite(_) => {
                    let fault = match e.fault() {
                        crate::store::Fault::Disk => "disk",
                        crate::store::Fault::ReadOnly => "read_only",
                        crate::store::Fault::Damaged => "damaged",
                        crate::store::Fault::Busy => "busy",
                        crate::store::Fault::Other => "other",
                    };
                    w.f("error-store-fault", &[("fault", fault.into())])
                }
            },
            Error::Kdf(KdfError::BadParams(_)) => w.t("error-key-settings-damaged"),
            Error::Kdf(KdfError::TooShort(n)) => {
                w.f("error-passphrase-empty", &[("count", (*n).into())])
            }
            Error::Profile(ProfileError::Malformed(_)) => w.t("error-profile-damaged"),
            Error::Profile(_) => return None,
            Error::Dossier(d) => match d {
                DossierError::BadBudgetLine {
                    dossier,
                    organisation,
                    error,
                } => w.f(
                    "error-dossier-bad-budget-line",
                    &[
                        ("dossier", dossier.into()),
                        ("organisation", organisation.into()),
                        ("reason", money_in(w, error).into()),
                    ],
                ),
                DossierError::BudgetTooLarge { dossier } => w.f(
                    "error-dossier-budget-too-large",
                    &[("dossier", dossier.into())],
                ),
            },
            Error::Demo(d) => match d {
                DemoError::Malformed(_) | DemoError::BadAmount { .. } => w.t("error-demo-damaged"),
                DemoError::NotTheDemo => w.t("error-not-the-demo"),
                DemoError::UnknownSeat(seat) => {
                    w.f("error-demo-unknown-seat", &[("seat", seat.into())])
                }
            },
            Error::Identity(i) => match i {
                I::BadSeed => w.t("error-identity-bad-seed"),
                I::BadPublicKey(_) => w.t("error-identity-bad-public-key"),
                I::BadBackup(_) => w.t("error-identity-bad-backup"),
                I::WrongBackupPassphrase => w.t("error-identity-wrong-backup-passphrase"),
                I::PassphraseTooShort(_) => return None,
            },
            Error::Sync(s) => sync_in(w, s)?,
            Error::Review(r) => match r {
                R::UnknownDossier(id) => w.f("error-unknown-dossier", &[("dossier", id.into())]),
                R::ReasonRequired => w.t("error-conflict-reason-required"),
                R::EmptyQuestion => w.t("error-empty-question"),
                R::TooFewToCompare => w.t("error-too-few-to-compare"),
            },
            Error::Decision(d) => decision_in(w, d)?,
            Error::Funds(f) => funds_in(w, f, true),
            Error::Pdf(p) => match p {
                P::NotADecision(_) => w.t("error-pdf-not-a-decision"),
                P::Damaged(_) => w.t("error-pdf-damaged"),
                P::NoAttachment => w.t("error-pdf-no-attachment"),
                P::ContentChanged => w.t("error-pdf-content-changed"),
                P::Font => w.t("error-pdf-font"),
                P::OtherLayout { found, current } => w.f(
                    "error-pdf-other-layout",
                    &[("found", found.into()), ("current", num(current))],
                ),
                P::OtherLanguage { found } => {
                    w.f("error-pdf-other-language", &[("found", found.into())])
                }
            },
            Error::Verify(crate::verify::VerifyError::Roster(s)) => w.f(
                "error-verify-roster",
                &[(
                    "reason",
                    Error::Sync(s.clone()).for_people_in(w).message.into(),
                )],
            ),
            Error::Verify(crate::verify::VerifyError::Embedded(e)) => w.f(
                "error-verify-embedded",
                &[("reason", e.for_people_in(w).message.into())],
            ),
            Error::Meeting(m) => meeting_in(w, m),
            Error::Publish(p) => match p {
                Pub::NothingToPublish { period } if period == "in this workspace" => {
                    w.t("error-nothing-to-publish")
                }
                Pub::NothingToPublish { .. } => return None,
                Pub::FolderNotEmpty(p) => {
                    w.f("error-register-folder-not-empty", &[("path", path(p))])
                }
                Pub::Write { dir, reason } => {
                    let said =
                        |w: &Words, code: &str| w.f("error-io-reason", &[("reason", code.into())]);
                    let reason = IO_REASONS
                        .into_iter()
                        .find(|code| said(&Words::default(), code) == *reason)
                        .map(|code| said(w, code))
                        .unwrap_or_else(|| reason.clone());
                    w.f(
                        "error-register-write",
                        &[("dir", path(dir)), ("reason", reason.into())],
                    )
                }
                Pub::BadPeriod { from, to } => {
                    w.f("error-bad-period", &[("from", num(from)), ("to", num(to))])
                }
                Pub::BadIatiOrganisation { given } => {
                    w.f("error-bad-iati-organisation", &[("given", given.into())])
                }
            },
        })
    }
}

/// The reasons a file operation fails, as `incoming::io_words` says them, by code.
const IO_REASONS: [&str; 12] = [
    "not_found",
    "permission",
    "exists",
    "full",
    "read_only",
    "folder",
    "not_folder",
    "bad_name",
    "not_empty",
    "interrupted",
    "unreadable",
    "other",
];

/// A path, as a message shows it.
fn path(p: &Path) -> Arg {
    Arg::from(p.display().to_string())
}

/// A number that is not a count (an item, a version, a year, a size), as written.
fn num(n: &dyn std::fmt::Display) -> Arg {
    Arg::Text(n.to_string())
}

/// Why a file operation failed, in words (`incoming::io_words` in `words`' language).
pub fn io_in(w: &Words, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let code = match e.kind() {
        K::NotFound => "not_found",
        K::PermissionDenied => "permission",
        K::AlreadyExists => "exists",
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => "full",
        K::ReadOnlyFilesystem => "read_only",
        K::IsADirectory => "folder",
        K::NotADirectory => "not_folder",
        K::InvalidFilename => "bad_name",
        K::DirectoryNotEmpty => "not_empty",
        K::Interrupted | K::TimedOut | K::WouldBlock => "interrupted",
        K::InvalidData | K::UnexpectedEof => "unreadable",
        _ => "other",
    };
    w.f("error-io-reason", &[("reason", code.into())])
}

/// An amount in a message, written as `money::format_money` writes it ("USD 1,500,000"),
/// written again as `words`' language writes money; any other text as it is.
fn money_again(w: &Words, text: &str) -> String {
    let Some((currency, number)) = text.split_once(' ') else {
        return text.to_string();
    };
    let Ok(amount) = number.replace(',', "").parse::<rust_decimal::Decimal>() else {
        return text.to_string();
    };
    // Only what reads back exactly as English money is written again.
    if Words::default().money(amount, currency) == text {
        w.money(amount, currency)
    } else {
        text.to_string()
    }
}

/// An amount that cannot be computed, in words (`money::AmountError`).
fn amount_in(w: &Words, a: &crate::money::AmountError) -> String {
    use crate::money::AmountError as A;
    let (code, given) = match a {
        A::NotPlain(g) => ("not_plain", g.as_str()),
        A::TooPrecise(g) => ("too_precise", g.as_str()),
        A::TooLarge(g) => ("too_large", g.as_str()),
        A::NotPositive(g) => ("not_positive", g.as_str()),
        A::Overflow => ("overflow", ""),
    };
    w.f(
        "error-amount-reason",
        &[("reason", code.into()), ("given", given.into())],
    )
}

/// An amount typed that is not valid, in words (`money::MoneyError`).
fn money_in(w: &Words, m: &crate::money::MoneyError) -> String {
    use crate::money::MoneyError as M;
    match m {
        M::Empty => w.t("error-money-empty"),
        M::NotANumber(g) => w.f("error-money-not-a-number", &[("given", g.into())]),
        M::BadGrouping(g) => w.f("error-money-bad-grouping", &[("given", g.into())]),
        M::WrongCurrency {
            given,
            found,
            expected,
        } => w.f(
            "error-money-wrong-currency",
            &[
                ("given", given.into()),
                ("found", found.into()),
                ("expected", expected.into()),
            ],
        ),
        M::TooPrecise(g) => w.f("error-money-too-precise", &[("given", g.into())]),
        M::Negative(g) => w.f("error-money-negative", &[("given", g.into())]),
        M::TooLarge(g) => w.f("error-money-too-large", &[("given", g.into())]),
    }
}

/// A kind of signed file, from the words `sync::Kind` gives it (bare or with its article),
/// as the catalogue selects it.
fn kind_code(text: &str) -> Option<&'static str> {
    crate::sync::Kind::ALL
        .into_iter()
        .find(|k| k.as_str() == text || k.with_article() == text)
        .map(crate::opened::kind_code)
}

/// A signed file's refusal, in words; `None` for those left in English.
fn sync_in(w: &Words, s: &crate::sync::SyncError) -> Option<String> {
    use crate::dsse::DsseError as D;
    use crate::sync::SyncError as S;
    Some(match s {
        S::Envelope(d) => match d {
            D::Empty => w.t("error-file-empty"),
            D::TooLarge { size, max } => w.f(
                "error-file-too-large",
                &[("size", num(size)), ("max", num(max))],
            ),
            D::Truncated => w.t("error-file-truncated"),
            D::NotJson(_) | D::NotAnEnvelope(_) => w.t("error-not-exchanged"),
            D::BadSignatureLength(_) | D::BadBase64 { .. } => w.t("error-signature-damaged"),
            D::NoSignature => w.t("error-no-signature"),
            D::BadSignature { keyid } => w.f("error-bad-signature", &[("key", keyid.into())]),
        },
        S::UnknownPayloadType(_) => w.t("error-unknown-kind-of-file"),
        S::WrongKind { expected, found } => w.f(
            "error-wrong-kind",
            &[
                ("expected", kind_code(expected)?.into()),
                ("found", kind_code(found)?.into()),
            ],
        ),
        S::UnknownKey(key) => w.f("error-unknown-key", &[("key", key.into())]),
        S::KeyNotOnRoster {
            signer,
            holder,
            claimed,
        } => w.f(
            "error-key-not-on-roster",
            &[
                ("signer", signer.into()),
                ("holder", holder.into()),
                ("claimed", claimed.into()),
            ],
        ),
        S::OutsideTerm {
            seat,
            date,
            start,
            end,
            version,
        } => w.f(
            "error-outside-term",
            &[
                ("seat", seat.into()),
                ("version", num(version)),
                ("start", num(start)),
                ("end", num(end)),
                ("date", num(date)),
            ],
        ),
        S::KeyRotated {
            seat,
            version,
            from,
        } => w.f(
            "error-key-rotated",
            &[
                ("seat", seat.into()),
                ("version", num(version)),
                ("from", num(from)),
            ],
        ),
        S::KeyRemoved {
            name,
            version,
            from,
        } => w.f(
            "error-key-removed",
            &[
                ("name", name.into()),
                ("version", num(version)),
                ("from", num(from)),
            ],
        ),
        S::RoleMayNotSign { seat, role, kind } => w.f(
            "error-role-may-not-sign",
            &[
                ("seat", seat.into()),
                ("role", (*role).into()),
                ("kind", kind_code(kind)?.into()),
            ],
        ),
        S::BadPayload { kind, .. } => {
            w.f("error-bad-payload", &[("kind", kind_code(kind)?.into())])
        }
        S::UnsupportedFormat { kind, found } => w.f(
            "error-unsupported-format",
            &[("kind", kind_code(kind)?.into()), ("found", num(found))],
        ),
        S::WrongFund { .. } => w.t("error-wrong-fund"),
        S::RosterRollback { found, current } => w.f(
            "error-roster-rollback",
            &[("found", num(found)), ("current", num(current))],
        ),
        S::NoRoster => w.t("error-no-roster"),
        S::AlreadyPinned => w.t("error-already-pinned"),
        S::FingerprintMismatch { found, expected } => w.f(
            "error-fingerprint-mismatch",
            &[("found", found.into()), ("expected", expected.into())],
        ),
        S::SignerNotFmu(key) => w.f("error-signer-not-fmu", &[("key", key.into())]),
        S::BadRoster(_) => return None,
        S::UnknownMeeting(id) => w.f("error-meeting-unknown-here", &[("meeting", id.into())]),
        S::ItemNotOnAgenda { meeting, item } => w.f(
            "error-item-not-on-agenda",
            &[("meeting", meeting.into()), ("item", num(item))],
        ),
        S::ReasonMissing { item, stance } => w.f(
            "error-position-reason-missing",
            &[("item", num(item)), ("stance", (*stance).into())],
        ),
        S::UnknownDossierVersion { item, .. } => {
            w.f("error-unknown-dossier-version", &[("item", num(item))])
        }
        S::DuplicateItem { item } => w.f("error-duplicate-item", &[("item", num(item))]),
        S::ConflictingDossierVersion { id, version } => w.f(
            "error-conflicting-dossier-version",
            &[("dossier", id.into()), ("version", num(version))],
        ),
        S::DocumentHashMismatch { name } => {
            w.f("error-document-hash-mismatch", &[("name", name.into())])
        }
        S::ConflictingStatement { version } => {
            w.f("error-conflicting-statement", &[("version", num(version))])
        }
        S::ConflictingMeetingRevision { id, revision } => w.f(
            "error-conflicting-meeting-revision",
            &[("meeting", id.into()), ("revision", num(revision))],
        ),
    })
}

/// A refusal of the chair's decision, in words; `None` for those left in English.
fn decision_in(w: &Words, d: &crate::decision::DecisionError) -> Option<String> {
    use crate::decision::DecisionError as Dec;
    let money = |text: &str| Arg::from(money_again(w, text));
    Some(match d {
        Dec::NotChair => w.t("error-not-chair"),
        Dec::Rule(r) => rule_in(w, r),
        Dec::Final(id) => w.f("error-decisions-final", &[("meeting", id.into())]),
        Dec::NothingToCorrect(id) => w.f("error-nothing-to-correct", &[("meeting", id.into())]),
        Dec::CorrectionReasonMissing => w.t("error-correction-reason-missing"),
        Dec::Disputed { meeting, revision } => w.f(
            "error-decisions-disputed",
            &[("meeting", meeting.into()), ("revision", num(revision))],
        ),
        Dec::FundingRequired => w.t("error-funding-required"),
        Dec::SplitMismatch { split, amount } => w.f(
            "error-split-mismatch",
            &[("split", money(split)), ("amount", money(amount))],
        ),
        Dec::NotAParticipant { organisation } => w.f(
            "error-not-a-participant",
            &[("organisation", organisation.into())],
        ),
        // A statement with no contributions is the FMU's, never a decision's.
        Dec::Funds(crate::ledger::FundsError::EmptyStatement) => return None,
        Dec::Funds(f) => funds_in(w, f, false),
        Dec::ConditionsRequired => w.t("error-conditions-required"),
        Dec::NothingToExport(id) => w.f("error-no-decisions-to-export", &[("meeting", id.into())]),
        Dec::FirstSignatureUnchecked(id) => {
            w.f("error-first-signature-unchecked", &[("meeting", id.into())])
        }
        Dec::DeadlineInThePast => w.t("error-deadline-in-the-past"),
        Dec::NoRecordsInYear(year) => w.f("error-no-records-in-year", &[("year", num(year))]),
        Dec::UnknownSeat(seat) => w.f("error-unknown-seat", &[("seat", seat.into())]),
        Dec::BadAmount(m) => w.f("error-bad-amount", &[("reason", money_in(w, m).into())]),
        Dec::TypedAmount(e) => e.message(w),
        Dec::NoAllocation { meeting, item } => w.f(
            "error-no-allocation",
            &[("meeting", meeting.into()), ("item", num(item))],
        ),
        Dec::TransferTooLarge {
            allocated,
            transferred,
        } => w.f(
            "error-transfer-too-large",
            &[
                ("allocated", money(allocated)),
                ("transferred", money(transferred)),
            ],
        ),
        Dec::EarmarkMismatch {
            source_area,
            dossier_area,
        } => w.f(
            "error-earmark-mismatch",
            &[("source", num(source_area)), ("area", num(dossier_area))],
        ),
        Dec::TallyChanged { item, now } => w.f(
            "error-tally-changed",
            &[("item", num(item)), ("tally", now.into())],
        ),
    })
}

/// A rule of the committee that refuses a decision now, in words.
fn rule_in(w: &Words, r: &crate::tally::RuleError) -> String {
    use crate::tally::RuleError as Rule;
    match r {
        Rule::NotStarted { starts } => w.f("error-not-started", &[("starts", starts.into())]),
        Rule::WrittenOpen { deadline, silent } => w.f(
            "error-written-open",
            &[("deadline", deadline.into()), ("silent", (*silent).into())],
        ),
        Rule::NoQuorum {
            participating,
            required,
        } => w.f(
            "error-no-quorum",
            &[
                ("participating", (*participating).into()),
                ("required", (*required).into()),
            ],
        ),
        Rule::OverrideRequired {
            outcome,
            explanation,
        } => {
            let outcome = [
                crate::sync::Outcome::Approved,
                crate::sync::Outcome::ApprovedWithConditions,
                crate::sync::Outcome::Deferred,
                crate::sync::Outcome::NotApproved,
            ]
            .into_iter()
            .find(|o| o.label() == *outcome)
            .map(|o| crate::decision::outcome_label_in(w, o))
            .unwrap_or_else(|| outcome.to_string());
            // The written procedure's own words come from the rules in English; the
            // tally's explanation is already in the screen's language.
            let explanation = if explanation == "The written procedure adopted it." {
                w.t("error-written-adopted")
            } else if let Some(by) = explanation
                .strip_prefix("The written procedure is blocked by ")
                .and_then(|b| b.strip_suffix('.'))
            {
                w.f("error-written-blocked", &[("seats", by.into())])
            } else {
                explanation.clone()
            };
            w.f(
                "error-override-required",
                &[
                    ("outcome", outcome.into()),
                    ("explanation", explanation.into()),
                ],
            )
        }
    }
}

/// A refusal on the fund's money, in words. `people`: the error stands alone (not in a
/// decision), where an empty statement is said without the command line.
fn funds_in(w: &Words, f: &crate::ledger::FundsError, people: bool) -> String {
    use crate::ledger::FundsError as F;
    let money = |text: &str| Arg::from(money_again(w, text));
    match f {
        F::Insufficient {
            from,
            requested,
            available,
            shortfall,
        } => {
            let source = if from == "the un-earmarked pool" {
                w.f("error-source", &[("source", "pool".into())])
            } else if let Some(area) = from
                .strip_prefix("thematic area ")
                .and_then(|a| a.strip_suffix("'s earmarked balance"))
            {
                w.f(
                    "error-source",
                    &[("source", "area".into()), ("area", area.into())],
                )
            } else {
                w.f("error-source", &[("source", from.into())])
            };
            w.f(
                "error-insufficient-funds",
                &[
                    ("requested", money(requested)),
                    ("source", source.into()),
                    ("available", money(available)),
                    ("shortfall", money(shortfall)),
                ],
            )
        }
        F::UnknownArea(area) => w.f("error-unknown-area", &[("area", area.to_string().into())]),
        F::NotPositive => w.t("error-not-positive"),
        F::NotFmu => w.t("error-not-fmu"),
        F::EmptyStatement if people => w.t("error-empty-statement"),
        F::EmptyStatement => w.t("error-empty-statement-command"),
        F::AboveRequest { amount, requested } => w.f(
            "error-above-request",
            &[("amount", money(amount)), ("requested", money(requested))],
        ),
        F::AboveCeiling { amount, ceiling } => w.f(
            "error-above-ceiling",
            &[("amount", money(amount)), ("ceiling", money(ceiling))],
        ),
        F::Overflow => w.t("error-funds-overflow"),
        F::StatementArea { contributor, area } => w.f(
            "error-statement-area",
            &[
                ("contributor", contributor.into()),
                ("area", area.to_string().into()),
            ],
        ),
    }
}

/// A meeting that cannot be created or changed, in words.
fn meeting_in(w: &Words, m: &crate::meeting::MeetingError) -> String {
    use crate::meeting::MeetingError as M;
    match m {
        M::NotOrganiser => w.t("error-not-organiser"),
        M::BadId(id) => w.f("error-meeting-bad-id", &[("given", id.into())]),
        M::NoTitle => w.t("error-meeting-no-title"),
        M::NoPlace => w.t("error-meeting-no-place"),
        M::EmptyAgenda => w.t("error-meeting-empty-agenda"),
        M::Numbering { expected, found } => w.f(
            "error-meeting-numbering",
            &[("expected", num(expected)), ("found", num(found))],
        ),
        M::FundingWithoutDossier { item } => w.f(
            "error-meeting-funding-without-dossier",
            &[("item", num(item))],
        ),
        M::OtherWithDossier { item } => {
            w.f("error-meeting-other-with-dossier", &[("item", num(item))])
        }
        M::NoText { item } => w.f("error-meeting-no-text", &[("item", num(item))]),
        M::UnknownDossier { item, dossier } => w.f(
            "error-meeting-unknown-dossier",
            &[("item", num(item)), ("dossier", dossier.into())],
        ),
        M::DossierTwice {
            dossier,
            first,
            second,
        } => w.f(
            "error-meeting-dossier-twice",
            &[
                ("dossier", dossier.into()),
                ("first", num(first)),
                ("second", num(second)),
            ],
        ),
        M::StartsInThePast(when) => w.f(
            "error-meeting-starts-in-the-past",
            &[("starts", when.into())],
        ),
        M::HistoryInTheFuture(when) => w.f(
            "error-meeting-history-in-the-future",
            &[("starts", when.into())],
        ),
        M::Exists(id) => w.f("error-meeting-exists", &[("meeting", id.into())]),
        M::NothingToRevise(id) => w.f("error-meeting-nothing-to-revise", &[("meeting", id.into())]),
        M::AlreadyDecided(id) => w.f("error-meeting-already-decided", &[("meeting", id.into())]),
        M::ItemChanged { item } => w.f("error-meeting-item-changed", &[("item", num(item))]),
        M::NoSignedFile(id) => w.f("error-meeting-no-signed-file", &[("meeting", id.into())]),
        M::UnknownKind(kind) => w.f("error-meeting-unknown-kind", &[("given", kind.into())]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::BackupError;
    use crate::decision::DecisionError;
    use crate::dsse::DsseError;
    use crate::identity::IdentityError;
    use crate::incoming::ReadError;
    use crate::lang::Lang;
    use crate::ledger::FundsError;
    use crate::meeting::MeetingError;
    use crate::money::{AmountError, MoneyError};
    use crate::pdf::PdfError;
    use crate::publish::PublishError;
    use crate::review::ReviewError;
    use crate::sync::{Kind, SyncError};
    use crate::tally::RuleError;
    use crate::verify::VerifyError;
    use scdesk_store::workspace::Error as WorkspaceError;

    fn date(s: &str) -> chrono::NaiveDate {
        s.parse().unwrap()
    }

    fn gone() -> std::io::Error {
        std::io::Error::from(std::io::ErrorKind::NotFound)
    }

    /// One of nearly every error a person can meet, with realistic values; `true` for
    /// those the catalogue words, `false` for those left in English.
    fn samples() -> Vec<(Error, bool)> {
        let key = crate::dsse::sha256_hex(b"a member's public key");
        let ws = PathBuf::from("/home/amina/.local/share/scdesk");
        let serde = "invalid type: integer `1`, expected struct Meeting".to_string();
        let money = [
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
        ];
        let sync = [
            SyncError::Envelope(DsseError::Empty),
            SyncError::Envelope(DsseError::TooLarge {
                size: 20_000_000,
                max: 16_777_216,
            }),
            SyncError::Envelope(DsseError::Truncated),
            SyncError::Envelope(DsseError::NotJson(serde.clone())),
            SyncError::Envelope(DsseError::NotAnEnvelope(serde.clone())),
            SyncError::Envelope(DsseError::BadBase64 { field: "payload" }),
            SyncError::Envelope(DsseError::NoSignature),
            SyncError::Envelope(DsseError::BadSignature { keyid: key.clone() }),
            SyncError::Envelope(DsseError::BadSignatureLength(12)),
            SyncError::UnknownPayloadType("application/vnd.scdesk.something+json".into()),
            SyncError::WrongKind {
                expected: Kind::Roster.with_article(),
                found: Kind::Meeting.with_article(),
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
                kind: Kind::Decision.as_str(),
            },
            SyncError::BadPayload {
                kind: Kind::Position.as_str(),
                reason: serde.clone(),
            },
            SyncError::UnsupportedFormat {
                kind: Kind::DossierPackage.as_str(),
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
                found: crate::dsse::grouped(&key),
                expected: crate::dsse::grouped(&key),
            },
            SyncError::SignerNotFmu(key.clone()),
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
                hash: key.clone(),
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
        let mut all: Vec<(Error, bool)> = vec![
            (Error::NoWorkspace { dir: ws.clone() }, true),
            (Error::WorkspaceExists { dir: ws.clone() }, true),
            (
                Error::KeyMissing {
                    keyring: "Secret Service".into(),
                    workspace: "7c1e".into(),
                    database: ws.join("workspace.db"),
                    account: format!("workspace-{key}"),
                },
                true,
            ),
            (Error::PassphraseRequired, true),
            (Error::KeyringRequired, true),
            (Error::WrongPassphrase, true),
            (
                Error::KeyringKeyWrong {
                    workspace: "7c1e".into(),
                    account: format!("workspace-{key}"),
                },
                true,
            ),
            (Error::PassphraseTooShort(12), true),
            (
                Error::UnknownLanguage("de".parse::<Lang>().unwrap_err()),
                true,
            ),
            (
                WorkspaceError::WorkspaceFileMissing { dir: ws.clone() }.into(),
                true,
            ),
            (
                WorkspaceError::WorkspaceFileDamaged {
                    path: ws.join("workspace.json"),
                    reason: serde.clone(),
                }
                .into(),
                true,
            ),
            (WorkspaceError::Busy { seconds: 30 }.into(), true),
            (
                WorkspaceError::FolderNotEmpty { dir: ws.clone() }.into(),
                true,
            ),
            (
                WorkspaceError::Io {
                    path: ws.clone(),
                    error: gone(),
                }
                .into(),
                true,
            ),
            (BackupError::NotABackup(serde.clone()).into(), true),
            (BackupError::WrongPassphrase.into(), true),
            (BackupError::PassphraseTooShort(12).into(), true),
            (BackupError::Damaged(serde.clone()).into(), true),
            (
                BackupError::KeysHeld {
                    workspace: "7c1e".into(),
                }
                .into(),
                true,
            ),
            (KeyringError::Unavailable("no answer".into()).into(), true),
            (KeyringError::Locked("dismissed".into()).into(), true),
            (KeyringError::Timeout(10).into(), true),
            (KeyringError::Failed("refused".into()).into(), true),
            (KeyringError::NotPersistent("sample".into()).into(), true),
            (StoreError::WrongKey(ws.join("workspace.db")).into(), true),
            (
                StoreError::AlreadyExists(ws.join("workspace.db")).into(),
                true,
            ),
            (StoreError::Missing(ws.join("workspace.db")).into(), true),
            (
                StoreError::NewerSchema {
                    path: ws.join("workspace.db"),
                    found: 12,
                    supported: 9,
                }
                .into(),
                true,
            ),
            (StoreError::BadKeyLength(16).into(), true),
            (StoreError::Corrupt(serde.clone()).into(), true),
            (
                StoreError::Io {
                    path: ws.join("workspace.db"),
                    error: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
                }
                .into(),
                true,
            ),
            (ProfileError::Malformed(serde.clone()).into(), true),
            (ProfileError::NoAreas.into(), false),
            (
                DossierError::BudgetTooLarge {
                    dossier: "MMPTF-JP-2023-02".into(),
                }
                .into(),
                true,
            ),
            (
                DossierError::BadBudgetLine {
                    dossier: "MMPTF-JP-2023-02".into(),
                    organisation: "IOM".into(),
                    error: MoneyError::BadGrouping("1,50,000".into()),
                }
                .into(),
                true,
            ),
            (DemoError::NotTheDemo.into(), true),
            (DemoError::UnknownSeat("un-9".into()).into(), true),
            (DemoError::Malformed(serde.clone()).into(), true),
            (KdfError::TooShort(12).into(), true),
            (KdfError::BadParams(serde.clone()).into(), true),
            (IdentityError::BadSeed.into(), true),
            (IdentityError::BadPublicKey("3f2a".into()).into(), true),
            (IdentityError::BadBackup(serde.clone()).into(), true),
            (IdentityError::WrongBackupPassphrase.into(), true),
            (IdentityError::PassphraseTooShort(12).into(), true),
            (
                ReviewError::UnknownDossier("MMPTF-JP-2031-99".into()).into(),
                true,
            ),
            (ReviewError::ReasonRequired.into(), true),
            (ReviewError::EmptyQuestion.into(), true),
            (ReviewError::TooFewToCompare.into(), true),
            (DecisionError::NotChair.into(), true),
            (DecisionError::Final("sc-2026-05".into()).into(), true),
            (
                DecisionError::NothingToCorrect("sc-2026-05".into()).into(),
                true,
            ),
            (DecisionError::CorrectionReasonMissing.into(), true),
            (
                DecisionError::Disputed {
                    meeting: "sc-2026-05".into(),
                    revision: 2,
                }
                .into(),
                true,
            ),
            (DecisionError::FundingRequired.into(), true),
            (
                DecisionError::SplitMismatch {
                    split: "USD 1,000,000".into(),
                    amount: "USD 1,500,000.50".into(),
                }
                .into(),
                true,
            ),
            (
                DecisionError::NotAParticipant {
                    organisation: "UNICEF".into(),
                }
                .into(),
                true,
            ),
            (DecisionError::ConditionsRequired.into(), true),
            (
                DecisionError::NothingToExport("sc-2026-05".into()).into(),
                true,
            ),
            (
                DecisionError::FirstSignatureUnchecked("sc-2026-05".into()).into(),
                true,
            ),
            (DecisionError::DeadlineInThePast.into(), true),
            (DecisionError::NoRecordsInYear(2025).into(), true),
            (DecisionError::UnknownSeat("un-9".into()).into(), true),
            (
                DecisionError::NoAllocation {
                    meeting: "sc-2026-05".into(),
                    item: 2,
                }
                .into(),
                true,
            ),
            (
                DecisionError::TransferTooLarge {
                    allocated: "USD 1,500,000".into(),
                    transferred: "USD 1,000,000".into(),
                }
                .into(),
                true,
            ),
            (
                DecisionError::EarmarkMismatch {
                    source_area: 2,
                    dossier_area: 4,
                }
                .into(),
                true,
            ),
            (
                DecisionError::TallyChanged {
                    item: 2,
                    now: "No consensus: 1 objection.".into(),
                }
                .into(),
                true,
            ),
            (
                DecisionError::Rule(RuleError::NotStarted {
                    starts: "2026-12-03 09:00".into(),
                })
                .into(),
                true,
            ),
            (
                DecisionError::Rule(RuleError::WrittenOpen {
                    deadline: "2026-12-10 17:00".into(),
                    silent: 1,
                })
                .into(),
                true,
            ),
            (
                DecisionError::Rule(RuleError::WrittenOpen {
                    deadline: "2026-12-10 17:00".into(),
                    silent: 3,
                })
                .into(),
                true,
            ),
            (
                DecisionError::Rule(RuleError::NoQuorum {
                    participating: 5,
                    required: 8,
                })
                .into(),
                true,
            ),
            (
                DecisionError::Rule(RuleError::OverrideRequired {
                    outcome: "Approved",
                    explanation: "The written procedure is blocked by donor-2, un-1.".into(),
                })
                .into(),
                true,
            ),
            (
                DecisionError::Rule(RuleError::OverrideRequired {
                    outcome: "Not approved",
                    explanation: "The written procedure adopted it.".into(),
                })
                .into(),
                true,
            ),
            (
                FundsError::Insufficient {
                    from: crate::ledger::Source::Area { area: 2 }.label(),
                    requested: "USD 3,000,000".into(),
                    available: "USD 1,000,000".into(),
                    shortfall: "USD 2,000,000".into(),
                }
                .into(),
                true,
            ),
            (
                DecisionError::Funds(FundsError::Insufficient {
                    from: crate::ledger::Source::Pool.label(),
                    requested: "USD 3,000,000".into(),
                    available: "USD 1,000,000".into(),
                    shortfall: "USD 2,000,000".into(),
                })
                .into(),
                true,
            ),
            (FundsError::UnknownArea(9).into(), true),
            (FundsError::NotPositive.into(), true),
            (FundsError::NotFmu.into(), true),
            (FundsError::EmptyStatement.into(), true),
            (
                FundsError::AboveRequest {
                    amount: "USD 3,000,000".into(),
                    requested: "USD 2,000,000".into(),
                }
                .into(),
                true,
            ),
            (
                DecisionError::Funds(FundsError::AboveCeiling {
                    amount: "USD 6,000,000".into(),
                    ceiling: "USD 5,000,000".into(),
                })
                .into(),
                true,
            ),
            (FundsError::Overflow.into(), true),
            (
                FundsError::StatementArea {
                    contributor: "Germany".into(),
                    area: 9,
                }
                .into(),
                true,
            ),
            (AmountError::NotPlain("12k".into()).into(), true),
            (AmountError::TooPrecise("1.505".into()).into(), true),
            (AmountError::TooLarge("1e30".into()).into(), true),
            (AmountError::NotPositive("0".into()).into(), true),
            (AmountError::Overflow.into(), true),
            (PdfError::NotADecision(serde.clone()).into(), true),
            (
                PdfError::Damaged("invalid cross-reference table".into()).into(),
                true,
            ),
            (PdfError::NoAttachment.into(), true),
            (PdfError::ContentChanged.into(), true),
            (PdfError::Font.into(), true),
            (
                PdfError::OtherLayout {
                    found: "4".into(),
                    current: 3,
                }
                .into(),
                true,
            ),
            (PdfError::OtherLanguage { found: "de".into() }.into(), true),
            (VerifyError::Roster(SyncError::NoRoster).into(), true),
            (
                VerifyError::Embedded(Box::new(
                    SyncError::Envelope(DsseError::BadSignature { keyid: key.clone() }).into(),
                ))
                .into(),
                true,
            ),
            (MeetingError::NotOrganiser.into(), true),
            (MeetingError::BadId("SC 2026/05".into()).into(), true),
            (MeetingError::NoTitle.into(), true),
            (MeetingError::NoPlace.into(), true),
            (MeetingError::EmptyAgenda.into(), true),
            (
                MeetingError::Numbering {
                    expected: 2,
                    found: 3,
                }
                .into(),
                true,
            ),
            (MeetingError::FundingWithoutDossier { item: 2 }.into(), true),
            (MeetingError::OtherWithDossier { item: 2 }.into(), true),
            (MeetingError::NoText { item: 2 }.into(), true),
            (
                MeetingError::UnknownDossier {
                    item: 2,
                    dossier: "MMPTF-JP-2031-99".into(),
                }
                .into(),
                true,
            ),
            (
                MeetingError::DossierTwice {
                    dossier: "MMPTF-JP-2023-02".into(),
                    first: 1,
                    second: 3,
                }
                .into(),
                true,
            ),
            (
                MeetingError::StartsInThePast("2026-11-01 09:00".into()).into(),
                true,
            ),
            (
                MeetingError::HistoryInTheFuture("2027-01-01 09:00".into()).into(),
                true,
            ),
            (MeetingError::Exists("sc-2026-05".into()).into(), true),
            (
                MeetingError::NothingToRevise("sc-2026-05".into()).into(),
                true,
            ),
            (
                MeetingError::AlreadyDecided("sc-2026-05".into()).into(),
                true,
            ),
            (MeetingError::ItemChanged { item: 2 }.into(), true),
            (MeetingError::NoSignedFile("sc-2026-05".into()).into(), true),
            (MeetingError::UnknownKind("hybrid".into()).into(), true),
            (
                PublishError::NothingToPublish {
                    period: "in this workspace".into(),
                }
                .into(),
                true,
            ),
            (
                PublishError::NothingToPublish {
                    period: "from 1 January 2026 on".into(),
                }
                .into(),
                false,
            ),
            (
                PublishError::FolderNotEmpty(ws.join("register")).into(),
                true,
            ),
            (
                PublishError::Write {
                    dir: ws.join("register"),
                    reason: crate::incoming::io_words(&gone()).into(),
                }
                .into(),
                true,
            ),
            (
                PublishError::BadPeriod {
                    from: date("2026-12-31"),
                    to: date("2026-01-01"),
                }
                .into(),
                true,
            ),
            (
                PublishError::BadIatiOrganisation {
                    given: "41114".into(),
                }
                .into(),
                true,
            ),
            (Error::UnknownMeeting("sc-2026-05".into()), true),
            (
                Error::ItemNotOnAgenda {
                    meeting: "sc-2026-05".into(),
                    item: 7,
                },
                true,
            ),
            (Error::ReasonRequired("Object"), true),
            (
                Error::ConflictDeclared {
                    dossier: "MMPTF-JP-2023-02".into(),
                },
                true,
            ),
            (Error::NotAMember { keyid: key.clone() }, true),
            (Error::NothingToExport("sc-2026-05".into()), true),
            (Error::NotOpen, true),
            (
                Error::NotScDeskFile {
                    what: "a text file",
                },
                true,
            ),
            (
                Error::NotScDeskFile {
                    what: "a PDF document that is not an SC Desk decision record",
                },
                true,
            ),
            (ReadError::NotAFile { path: ws.clone() }.into(), true),
            (
                ReadError::TooLarge {
                    path: ws.join("big.iso"),
                    size: 4_000_000_000,
                    max: 64_000_000,
                }
                .into(),
                true,
            ),
            (
                ReadError::Io {
                    path: ws.join("gone.dsse"),
                    error: gone(),
                }
                .into(),
                true,
            ),
            (Error::NotJudged, true),
            (
                Error::NoViewer {
                    kind: crate::review::kind_in_words("application/pdf"),
                    name: "record-sc-2026-05.pdf".into(),
                },
                true,
            ),
            (Error::io(&ws, gone()), true),
        ];
        for m in money {
            all.push((DecisionError::BadAmount(m).into(), true));
        }
        all.push((
            DecisionError::TypedAmount(crate::lang::amount::AmountInputError::NotANumber {
                given: "12k".into(),
            })
            .into(),
            true,
        ));
        all.extend(sync.into_iter().map(|s| (Error::from(s), true)));
        all
    }

    /// In English, `for_people_in` says exactly what `for_people` says, for every error.
    #[test]
    fn english_from_the_catalogue_is_the_english_of_before() {
        let english = Words::new(Lang::En);
        for (e, _) in samples() {
            assert_eq!(e.for_people_in(&english), e.for_people(), "{e:?}");
        }
    }

    /// Every error the catalogue words comes from it in each language (the pseudo-language
    /// marks it), in words (no code quoting), and not in English in French or Spanish;
    /// the others are shown in English.
    #[test]
    fn errors_are_said_in_the_workspace_language() {
        let french = Words::new(Lang::Fr);
        let spanish = Words::new(Lang::Es);
        for (e, covered) in samples() {
            let english = e.for_people();
            let pseudo = e.for_people_in(&Words::pseudo()).message;
            if !covered {
                assert_eq!(pseudo, english.message, "{e:?}");
                continue;
            }
            assert!(pseudo.starts_with("[!! "), "not from the catalogue: {e:?}");
            for words in [french, spanish] {
                let shown = e.for_people_in(&words);
                assert_ne!(shown.message, english.message, "{e:?}");
                assert_eq!(shown.detail, english.detail, "{e:?}");
                assert!(!shown.message.contains('`'), "{}", shown.message);
                assert!(!shown.message.contains('{'), "{}", shown.message);
            }
        }
        // A few sure ones.
        let nb = '\u{a0}';
        let table: [(Error, &str, String, &str); 3] = [
            (
                Error::WrongPassphrase,
                "The passphrase is wrong. Try again (passphrases are case-sensitive).",
                "La phrase secrète est incorrecte. Réessayez (les majuscules et les minuscules comptent).".into(),
                "La frase de contraseña es incorrecta. Vuelva a intentarlo (se distinguen mayúsculas y minúsculas).",
            ),
            (
                DecisionError::Rule(RuleError::WrittenOpen {
                    deadline: "2026-12-10 17:00".into(),
                    silent: 1,
                })
                .into(),
                "The written procedure is open until 2026-12-10 17:00 (UTC) and 1 member has not answered yet; decisions are recorded once the deadline has passed or every member has answered.",
                format!("La procédure écrite est ouverte jusqu’au 2026-12-10 17:00 (UTC) et 1 membre n’a pas encore répondu{nb}; les décisions sont consignées une fois l’échéance passée ou lorsque tous les membres ont répondu."),
                "El procedimiento escrito está abierto hasta el 2026-12-10 17:00 (UTC) y 1 miembro no ha respondido todavía; las decisiones se registran una vez vencido el plazo o cuando todos los miembros hayan respondido.",
            ),
            (
                SyncError::WrongKind {
                    expected: Kind::Roster.with_article(),
                    found: Kind::Meeting.with_article(),
                }
                .into(),
                "This file is a meeting file, not a roster: choose the right file.",
                format!("Ce fichier est un fichier de réunion, et non une liste des membres{nb}: choisissez le bon fichier."),
                "Este archivo es un archivo de reunión, no una lista de miembros: elija el archivo correcto.",
            ),
        ];
        for (e, en, fr, es) in table {
            assert_eq!(e.for_people_in(&Words::new(Lang::En)).message, en);
            assert_eq!(e.for_people_in(&french).message, fr);
            assert_eq!(e.for_people_in(&spanish).message, es);
        }
        // Amounts in a refusal are written as the language writes money.
        let split: Error = DecisionError::SplitMismatch {
            split: "USD 1,000,000".into(),
            amount: "USD 1,500,000.50".into(),
        }
        .into();
        let shown = split.for_people_in(&french).message;
        assert!(
            shown.contains(&french.money(1_000_000.into(), "USD"))
                && shown.contains(&french.money("1500000.50".parse().unwrap(), "USD")),
            "{shown}"
        );
    }
}
