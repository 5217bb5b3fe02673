//! The audit trail: every change (an import, a pinned roster, a decision, an override,
//! an export) is appended to a hash-chained log inside the encrypted database. Each
//! link's hash covers its content and the previous link's hash, so changing, removing or
//! reordering an entry breaks the chain from there on; `verify` names the first break.
//! The chain's last link is also written, signed by the workspace's key, into
//! `workspace.json` after each change (`commit`), outside the database: entries that
//! were committed and later lost with the database's log (a deleted `-wal` file) are then
//! reported as missing, which the chain alone cannot show.

use serde::Serialize;

use crate::desk::Desk;
use crate::error::Error;

pub use crate::chain::{link_hash, GENESIS};

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub details: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditReport {
    pub entries: usize,
    /// None when the chain is whole.
    pub first_broken: Option<BrokenLink>,
    /// How the chain compares with the last link recorded outside the database.
    pub head: HeadCheck,
}

/// The chain against the signed last link in `workspace.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum HeadCheck {
    /// No link is recorded (a workspace of an older SC Desk, or none was written yet).
    NotRecorded,
    /// The chain ends where the record says.
    Matches,
    /// The chain goes on past the record: written after the last record (a crash
    /// between the two writes); nothing is lost.
    Ahead { recorded: i64 },
    /// Committed entries are gone: the record names entry `recorded`, the chain ends at
    /// `entries`.
    Missing { recorded: i64, entries: i64 },
    /// The entry the record names is not the one in the chain: the chain was rewritten.
    Rewritten { recorded: i64 },
    /// The record is not signed by this workspace's key, or is not readable.
    Unsigned,
    /// The record was removed from a workspace that had one (format 2).
    Removed,
}

/// The payload type of the signed last link in `workspace.json`.
pub const AUDIT_HEAD_TYPE: &str = "application/vnd.scdesk.audit-head+json";

#[derive(serde::Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Head {
    workspace: String,
    seq: i64,
    hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokenLink {
    pub seq: i64,
    pub reason: String,
}

impl Desk {
    /// Runs `f` in one transaction, then records the audit chain's new last link outside
    /// the database. Every change except an import's (which records once per batch) goes
    /// through here.
    pub(crate) fn commit<T>(
        &mut self,
        f: impl FnOnce(&crate::store::Tx<'_>) -> Result<T, crate::store::StoreError>,
    ) -> Result<T, Error> {
        let out = self.store.transaction(f)?;
        // The change is committed whatever happens next; a record left behind is
        // reported as such ("ahead"), never as a loss.
        let _ = self.record_audit_head();
        Ok(out)
    }

    /// Writes the audit chain's last link into `workspace.json`, signed by this
    /// workspace's key, if it moved.
    pub(crate) fn record_audit_head(&mut self) -> Result<(), Error> {
        let Some((seq, hash)) = self.store.audit_head()? else {
            return Ok(());
        };
        let head = Head {
            workspace: self.file.id.clone(),
            seq,
            hash,
        };
        match self.recorded_head() {
            Some(recorded) if recorded == head => return Ok(()),
            // A record the chain no longer holds is evidence of lost or rewritten
            // entries: it stays until someone looks (`audit verify`).
            Some(recorded)
                if self.store.audit_hash(recorded.seq)?.as_deref()
                    != Some(recorded.hash.as_str()) =>
            {
                return Ok(())
            }
            None if self.file.audit_head.is_some() => return Ok(()),
            _ => {}
        }
        let payload = serde_json::to_vec(&head).expect("serializes");
        let envelope = self.identity.sign(AUDIT_HEAD_TYPE, payload);
        let value = serde_json::from_slice(&envelope.to_json()).expect("an envelope is JSON");
        let mut file = self.file.clone();
        file.format = crate::workspace::WORKSPACE_FORMAT;
        file.audit_head = Some(value);
        crate::workspace::write(&self.dir, &file)?;
        self.file = file;
        Ok(())
    }

    /// The last link recorded in `workspace.json`, if it is there and signed by this
    /// workspace's key.
    fn recorded_head(&self) -> Option<Head> {
        let value = self.file.audit_head.as_ref()?;
        let envelope = crate::dsse::Envelope::parse(&serde_json::to_vec(value).ok()?).ok()?;
        if envelope.payload_type != AUDIT_HEAD_TYPE {
            return None;
        }
        envelope.verify(&self.identity.public_key()).ok()?;
        let head: Head = serde_json::from_slice(&envelope.payload).ok()?;
        (head.workspace == self.file.id).then_some(head)
    }

    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, Error> {
        Ok(self
            .store
            .audit_log()?
            .into_iter()
            .map(|(seq, at, actor, action, details, _, _)| AuditEntry {
                seq,
                at,
                actor,
                action,
                details: serde_json::from_str(&details).unwrap_or(serde_json::Value::Null),
            })
            .collect())
    }

    /// Walks the chain and names the first broken link.
    pub fn audit_verify(&self) -> Result<AuditReport, Error> {
        let log = self.store.audit_log()?;
        let mut prev = GENESIS.to_string();
        for (i, (seq, at, actor, action, details, stored_prev, hash)) in log.iter().enumerate() {
            let expected_seq = i as i64 + 1;
            let broken = |reason: String| {
                Ok(AuditReport {
                    entries: log.len(),
                    first_broken: Some(BrokenLink { seq: *seq, reason }),
                    head: HeadCheck::NotRecorded,
                })
            };
            if *seq != expected_seq {
                return broken(format!(
                    "entry {expected_seq} is missing (found {seq} in its place)"
                ));
            }
            if *stored_prev != prev {
                return broken("it does not point to the entry before it".into());
            }
            if link_hash(*seq, at, actor, action, details, &prev) != *hash {
                return broken("its content was changed after it was written".into());
            }
            prev = hash.clone();
        }
        let head = match (&self.file.audit_head, self.recorded_head()) {
            // Format 2 records its head from creation on: none means it was taken away.
            (None, _) if self.file.format >= 2 && !log.is_empty() => HeadCheck::Removed,
            (None, _) => HeadCheck::NotRecorded,
            (Some(_), None) => HeadCheck::Unsigned,
            (Some(_), Some(head)) => {
                let last = log.len() as i64;
                match log.iter().find(|entry| entry.0 == head.seq) {
                    None if head.seq > last => HeadCheck::Missing {
                        recorded: head.seq,
                        entries: last,
                    },
                    Some(entry) if entry.6 != head.hash => {
                        HeadCheck::Rewritten { recorded: head.seq }
                    }
                    None => HeadCheck::Rewritten { recorded: head.seq },
                    Some(_) if head.seq < last => HeadCheck::Ahead { recorded: head.seq },
                    Some(_) => HeadCheck::Matches,
                }
            }
        };
        Ok(AuditReport {
            entries: log.len(),
            first_broken: None,
            head,
        })
    }
}

#[cfg(any(test, feature = "test-support"))]
impl Desk {
    /// For tamper-detection tests only (the `test-support` feature): edits the audit
    /// table behind the chain's back.
    pub fn tamper_audit_for_tests(&self, sql: &str) -> Result<(), Error> {
        Ok(self.store.tamper_for_tests(sql)?)
    }
}
