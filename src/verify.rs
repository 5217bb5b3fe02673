//! Verifying a file without importing it, as an auditor does: against one public key,
//! against a roster file whose FMU fingerprint was confirmed, or against a workspace; and
//! a decision record PDF, by checking every decision file embedded in it and drawing its
//! pages again. Nothing here changes a workspace.

use ed25519_dalek::VerifyingKey;

use crate::desk::Desk;
use crate::error::Error;
use crate::sync::{self, SyncError, Trust, Verified};

/// What a file is checked against.
pub enum Against<'a> {
    /// One public key: the signature and the payload's shape only (§5.8).
    Key(VerifyingKey),
    /// A roster file pinned in memory with its confirmed FMU fingerprint; no meetings,
    /// so the agenda checks are skipped (§5.8).
    Roster(Box<Trust>),
    /// A workspace's whole trust.
    Workspace(&'a Desk),
}

/// Why a file did not verify.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("the roster file itself is not valid: {0}")]
    Roster(SyncError),
    #[error("the embedded decision file does not verify: {0}")]
    Embedded(Box<Error>),
}

impl Against<'_> {
    /// Pins `roster_bytes` in memory with the confirmed `fingerprint`, taking the fund
    /// from the roster's own payload.
    pub fn roster(roster_bytes: &[u8], fingerprint: &str) -> Result<Against<'static>, Error> {
        let trust = sync::trust_from_first_roster(roster_bytes, fingerprint)
            .map_err(VerifyError::Roster)?;
        Ok(Against::Roster(Box::new(trust)))
    }

    /// Checks one envelope.
    pub fn check(&self, bytes: &[u8]) -> Result<Verified, Error> {
        Ok(match self {
            Against::Key(key) => sync::check_with_key(bytes, key)?,
            Against::Roster(trust) => sync::check(bytes, trust)?,
            Against::Workspace(desk) => desk.verify(bytes)?,
        })
    }
}

/// Verifies a decision record PDF: every decision file embedded in it verifies (so a
/// changed attachment is named as such), then the PDF is byte for byte the record those
/// files give, drawn by the layout stamped in it. Returns the embedded decision files and
/// that layout.
pub fn verify_record(pdf: &[u8], against: &Against) -> Result<crate::pdf::Regenerated, Error> {
    let (envelopes, _) = crate::pdf::extract_all(pdf)?;
    for envelope in &envelopes {
        against
            .check(envelope)
            .map_err(|e| VerifyError::Embedded(Box::new(e)))?;
    }
    Ok(crate::pdf::check_regenerates(pdf)?)
}
