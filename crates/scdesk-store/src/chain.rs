//! The audit chain's link hash: each entry's hash covers its fields and the previous
//! entry's hash, so a changed, removed or reordered entry breaks the chain from there on.
//! Format: docs/audit-and-ledger.md §1.2.

/// The `prev` of the first link.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// SHA-256 over the link's fields, one per line, in a fixed order.
pub fn link_hash(
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    details: &str,
    prev: &str,
) -> String {
    let text = format!("scdesk-audit-v1\n{seq}\n{at}\n{actor}\n{action}\n{details}\n{prev}");
    crate::dsse::sha256_hex(text.as_bytes())
}
