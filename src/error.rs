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
