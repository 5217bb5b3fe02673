//! The audit trail: every change (an import, a pinned roster, a decision, an override,
//! an export) is appended to a hash-chained log inside the encrypted database. Each
//! link's hash covers its content and the previous link's hash, so changing, removing or
//! reordering an entry breaks the chain from there on; `verify` names the first break.

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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokenLink {
    pub seq: i64,
    pub reason: String,
}

impl Desk {
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
        Ok(AuditReport {
            entries: log.len(),
            first_broken: None,
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
