//! SC Desk's formats: the DSSE envelope (`dsse`, `strict_json`), the signed files and
//! the checks they pass (`sync`, `authority`), the identity key and its backup
//! (`identity`, `secret`, `sealed`), the decision record PDF (`pdf`), what a file is from its first
//! bytes (`sniff`) and how text from a file is shown (`untrusted`). It knows the rules'
//! types but no database: checking a file is a pure function of its bytes and a trust.
#![forbid(unsafe_code)]

// The rules' modules, under the names this crate's code uses for them.
pub use scdesk_rules::{code, dossier, fund, ledger, meeting, money, profile, roster, tally};

pub mod authority;
pub mod dsse;
pub mod identity;
pub mod pdf;
pub mod sealed;
pub mod secret;
pub mod sniff;
pub mod strict_json;
pub mod sync;
pub mod untrusted;
