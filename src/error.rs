//! The library's errors: each says what went wrong and what the user can do, and carries
//! a stable code that the app's UI branches on (never on the text).

use std::path::{Path, PathBuf};

use crate::demo::DemoError;
use crate::dossier::DossierError;
use crate::keyring::KeyringError;
use crate::profile::ProfileError;
use crate::secret::KdfError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("No SC Desk workspace in {dir}. Create one with `scdesk init` (empty) or `scdesk demo` (demo data).")]
    NoWorkspace { dir: PathBuf },
    #[error("A workspace already exists in {dir}; SC Desk never creates a new one over it. Choose another folder with --data-dir.")]
    WorkspaceExists { dir: PathBuf },
    #[error("{dir} holds a database but no workspace.json, so SC Desk cannot tell how its key is kept. Restore workspace.json from your backup.")]
    WorkspaceFileMissing { dir: PathBuf },
    #[error("{path} is damaged ({reason}). Restore it from your backup.")]
    WorkspaceFileDamaged { path: PathBuf, reason: String },
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
    #[error("The passphrase is wrong (or the database is damaged). Try again.")]
    WrongPassphrase,
    #[error("The passphrase is too short: use at least {0} characters.")]
    PassphraseTooShort(usize),
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
    Meeting(#[from] crate::meeting::MeetingError),
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
    #[error("Could not use {path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl From<scdesk_store::workspace::Error> for Error {
    fn from(e: scdesk_store::workspace::Error) -> Error {
        use scdesk_store::workspace::Error as W;
        match e {
            W::WorkspaceFileMissing { dir } => Error::WorkspaceFileMissing { dir },
            W::WorkspaceFileDamaged { path, reason } => {
                Error::WorkspaceFileDamaged { path, reason }
            }
            W::Io { path, error } => Error::Io { path, error },
        }
    }
}

impl Error {
    pub fn io(path: &Path, error: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            error,
        }
    }

    /// A stable, machine-readable code for the UI and scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NoWorkspace { .. } => "no_workspace",
            Error::WorkspaceExists { .. } => "workspace_exists",
            Error::WorkspaceFileMissing { .. } => "workspace_file_missing",
            Error::WorkspaceFileDamaged { .. } => "workspace_file_damaged",
            Error::KeyMissing { .. } => "key_missing",
            Error::PassphraseRequired => "passphrase_required",
            Error::KeyringRequired => "keyring_required",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::PassphraseTooShort(_) => "passphrase_too_short",
            Error::Keyring(KeyringError::Timeout(_)) => "keyring_timeout",
            Error::Keyring(KeyringError::Locked(_)) => "keyring_locked",
            Error::Keyring(KeyringError::Unavailable(_)) => "keyring_unavailable",
            Error::Keyring(_) => "keyring_failed",
            Error::Store(StoreError::WrongKey(_)) => "wrong_key",
            Error::Store(_) => "store",
            Error::Profile(_) => "profile_invalid",
            Error::Dossier(_) => "dossier_invalid",
            Error::Demo(_) => "demo_invalid",
            Error::Kdf(_) => "kdf",
            Error::Identity(_) => "identity",
            Error::Sync(e) => e.code(),
            Error::Decision(crate::decision::DecisionError::NotChair) => "not_chair",
            Error::Decision(crate::decision::DecisionError::Rule(r)) => match r {
                crate::tally::RuleError::NotStarted { .. } => "not_started",
                crate::tally::RuleError::WrittenOpen { .. } => "written_open",
                crate::tally::RuleError::NoQuorum { .. } => "no_quorum",
                crate::tally::RuleError::OverrideRequired { .. } => "override_required",
            },
            Error::Decision(crate::decision::DecisionError::Final(_)) => "decisions_final",
            Error::Funds(crate::ledger::FundsError::AboveRequest { .. })
            | Error::Decision(crate::decision::DecisionError::Funds(
                crate::ledger::FundsError::AboveRequest { .. },
            )) => "above_request",
            Error::Funds(crate::ledger::FundsError::AboveCeiling { .. })
            | Error::Decision(crate::decision::DecisionError::Funds(
                crate::ledger::FundsError::AboveCeiling { .. },
            )) => "above_ceiling",
            Error::Decision(crate::decision::DecisionError::Funds(_))
            | Error::Funds(crate::ledger::FundsError::Insufficient { .. }) => "insufficient_funds",
            Error::Funds(crate::ledger::FundsError::NotFmu) => "not_fmu",
            Error::Funds(_) => "funds_invalid",
            Error::Decision(_) => "decision_invalid",
            Error::Amount(_) => "amount_invalid",
            Error::Pdf(_) => "pdf",
            Error::Meeting(crate::meeting::MeetingError::NotOrganiser) => "not_organiser",
            Error::Meeting(_) => "meeting_invalid",
            Error::Review(crate::review::ReviewError::UnknownDossier(_)) => "unknown_dossier",
            Error::Review(crate::review::ReviewError::ReasonRequired) => "reason_missing",
            Error::Review(crate::review::ReviewError::EmptyQuestion) => "empty_question",
            Error::Review(crate::review::ReviewError::TooFewToCompare) => "too_few_to_compare",
            Error::UnknownMeeting(_) => "unknown_meeting",
            Error::ItemNotOnAgenda { .. } => "item_not_on_agenda",
            Error::ReasonRequired(_) => "reason_missing",
            Error::ConflictDeclared { .. } => "conflict_declared",
            Error::NotAMember { .. } => "not_a_member",
            Error::NothingToExport(_) => "nothing_to_export",
            Error::NotOpen => "not_open",
            Error::Io { .. } => "io",
        }
    }
}
