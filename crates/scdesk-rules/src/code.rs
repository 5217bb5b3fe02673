//! The stable codes of SC Desk's errors: one enum, written in snake_case on the wire
//! (`{code, message}` to the app, the `code` of `scdesk import --json`), so that the UI
//! and scripts branch on codes, never on the text of a message.

use serde::Serialize;

/// A stable error code. The message that goes with it is a sentence a person can act on;
/// the code is what software compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    BadSignature,
    Truncated,
    TooLarge,
    NotJson,
    NotAnEnvelope,
    UnknownPayloadType,
    WrongKind,
    UnknownKey,
    KeyNotOnRoster,
    OutsideTerm,
    KeyRotated,
    KeyRemoved,
    RoleMayNotSign,
    BadPayload,
    UnsupportedFormat,
    WrongFund,
    RosterRollback,
    NoRoster,
    AlreadyPinned,
    FingerprintMismatch,
    SignerNotFmu,
    BadRoster,
    UnknownMeeting,
    ItemNotOnAgenda,
    ReasonMissing,
    UnknownDossierVersion,
    DuplicateItem,
    ConflictingDossierVersion,
    DocumentHashMismatch,
    ConflictingStatement,
    ConflictingMeetingRevision,
    NoWorkspace,
    WorkspaceExists,
    WorkspaceFileMissing,
    WorkspaceFileDamaged,
    KeyMissing,
    PassphraseRequired,
    KeyringRequired,
    WrongPassphrase,
    PassphraseTooShort,
    UnknownLanguage,
    KeyringTimeout,
    KeyringLocked,
    KeyringUnavailable,
    KeyringFailed,
    WrongKey,
    Store,
    ProfileInvalid,
    DossierInvalid,
    DemoInvalid,
    Kdf,
    Identity,
    NotChair,
    NotStarted,
    WrittenOpen,
    NoQuorum,
    OverrideRequired,
    DecisionsFinal,
    AboveRequest,
    AboveCeiling,
    InsufficientFunds,
    NotFmu,
    FundsInvalid,
    DecisionInvalid,
    AmountInvalid,
    Pdf,
    NotOrganiser,
    MeetingInvalid,
    UnknownDossier,
    EmptyQuestion,
    TooFewToCompare,
    ConflictDeclared,
    NotAMember,
    NothingToExport,
    NotOpen,
    WrongBackupPassphrase,
    BadBackup,
    FolderNotEmpty,
    NotScDeskFile,
    NotAFile,
    Busy,
    NotJudged,
    DiskFull,
    ReadOnly,
    Damaged,
    Io,
    NoViewer,
    NothingToPublish,
    BadPeriod,
    BadIatiOrganisation,
    NotTheDemo,
    UnknownSeat,
}

impl ErrorCode {
    /// The code as written on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadSignature => "bad_signature",
            ErrorCode::Truncated => "truncated",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::NotJson => "not_json",
            ErrorCode::NotAnEnvelope => "not_an_envelope",
            ErrorCode::UnknownPayloadType => "unknown_payload_type",
            ErrorCode::WrongKind => "wrong_kind",
            ErrorCode::UnknownKey => "unknown_key",
            ErrorCode::KeyNotOnRoster => "key_not_on_roster",
            ErrorCode::OutsideTerm => "outside_term",
            ErrorCode::KeyRotated => "key_rotated",
            ErrorCode::KeyRemoved => "key_removed",
            ErrorCode::RoleMayNotSign => "role_may_not_sign",
            ErrorCode::BadPayload => "bad_payload",
            ErrorCode::UnsupportedFormat => "unsupported_format",
            ErrorCode::WrongFund => "wrong_fund",
            ErrorCode::RosterRollback => "roster_rollback",
            ErrorCode::NoRoster => "no_roster",
            ErrorCode::AlreadyPinned => "already_pinned",
            ErrorCode::FingerprintMismatch => "fingerprint_mismatch",
            ErrorCode::SignerNotFmu => "signer_not_fmu",
            ErrorCode::BadRoster => "bad_roster",
            ErrorCode::UnknownMeeting => "unknown_meeting",
            ErrorCode::ItemNotOnAgenda => "item_not_on_agenda",
            ErrorCode::ReasonMissing => "reason_missing",
            ErrorCode::UnknownDossierVersion => "unknown_dossier_version",
            ErrorCode::DuplicateItem => "duplicate_item",
            ErrorCode::ConflictingDossierVersion => "conflicting_dossier_version",
            ErrorCode::DocumentHashMismatch => "document_hash_mismatch",
            ErrorCode::ConflictingStatement => "conflicting_statement",
            ErrorCode::ConflictingMeetingRevision => "conflicting_meeting_revision",
            ErrorCode::NoWorkspace => "no_workspace",
            ErrorCode::WorkspaceExists => "workspace_exists",
            ErrorCode::WorkspaceFileMissing => "workspace_file_missing",
            ErrorCode::WorkspaceFileDamaged => "workspace_file_damaged",
            ErrorCode::KeyMissing => "key_missing",
            ErrorCode::PassphraseRequired => "passphrase_required",
            ErrorCode::KeyringRequired => "keyring_required",
            ErrorCode::WrongPassphrase => "wrong_passphrase",
            ErrorCode::PassphraseTooShort => "passphrase_too_short",
            ErrorCode::UnknownLanguage => "unknown_language",
            ErrorCode::KeyringTimeout => "keyring_timeout",
            ErrorCode::KeyringLocked => "keyring_locked",
            ErrorCode::KeyringUnavailable => "keyring_unavailable",
            ErrorCode::KeyringFailed => "keyring_failed",
            ErrorCode::WrongKey => "wrong_key",
            ErrorCode::Store => "store",
            ErrorCode::ProfileInvalid => "profile_invalid",
            ErrorCode::DossierInvalid => "dossier_invalid",
            ErrorCode::DemoInvalid => "demo_invalid",
            ErrorCode::Kdf => "kdf",
            ErrorCode::Identity => "identity",
            ErrorCode::NotChair => "not_chair",
            ErrorCode::NotStarted => "not_started",
            ErrorCode::WrittenOpen => "written_open",
            ErrorCode::NoQuorum => "no_quorum",
            ErrorCode::OverrideRequired => "override_required",
            ErrorCode::DecisionsFinal => "decisions_final",
            ErrorCode::AboveRequest => "above_request",
            ErrorCode::AboveCeiling => "above_ceiling",
            ErrorCode::InsufficientFunds => "insufficient_funds",
            ErrorCode::NotFmu => "not_fmu",
            ErrorCode::FundsInvalid => "funds_invalid",
            ErrorCode::DecisionInvalid => "decision_invalid",
            ErrorCode::AmountInvalid => "amount_invalid",
            ErrorCode::Pdf => "pdf",
            ErrorCode::NotOrganiser => "not_organiser",
            ErrorCode::MeetingInvalid => "meeting_invalid",
            ErrorCode::UnknownDossier => "unknown_dossier",
            ErrorCode::EmptyQuestion => "empty_question",
            ErrorCode::TooFewToCompare => "too_few_to_compare",
            ErrorCode::ConflictDeclared => "conflict_declared",
            ErrorCode::NotAMember => "not_a_member",
            ErrorCode::NothingToExport => "nothing_to_export",
            ErrorCode::NotOpen => "not_open",
            ErrorCode::WrongBackupPassphrase => "wrong_backup_passphrase",
            ErrorCode::BadBackup => "bad_backup",
            ErrorCode::FolderNotEmpty => "folder_not_empty",
            ErrorCode::NothingToPublish => "nothing_to_publish",
            ErrorCode::BadPeriod => "bad_period",
            ErrorCode::BadIatiOrganisation => "bad_iati_organisation",
            ErrorCode::NotTheDemo => "not_the_demo",
            ErrorCode::UnknownSeat => "unknown_seat",
            ErrorCode::NotScDeskFile => "not_scdesk_file",
            ErrorCode::NotAFile => "not_a_file",
            ErrorCode::Busy => "busy",
            ErrorCode::NotJudged => "not_judged",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::ReadOnly => "read_only",
            ErrorCode::Damaged => "damaged",
            ErrorCode::Io => "io",
            ErrorCode::NoViewer => "no_viewer",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_form_is_the_snake_case_name() {
        for code in [
            ErrorCode::BadSignature,
            ErrorCode::NoQuorum,
            ErrorCode::KeyRotated,
        ] {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json.as_str(), Some(code.as_str()));
        }
    }
}
