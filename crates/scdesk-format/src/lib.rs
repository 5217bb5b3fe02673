//! SC Desk's formats: the DSSE envelope (`dsse`, `strict_json`), the signed files and
//! the checks they pass (`sync`, `authority`), the identity key and its backup
//! (`identity`, `secret`), and the decision record PDF (`pdf`). It knows the rules'
//! types but no database: checking a file is a pure function of its bytes and a trust.
#![forbid(unsafe_code)]

// The rules' modules, under the names this crate's code uses for them.
pub use scdesk_rules::{code, dossier, fund, ledger, meeting, money, profile, roster, tally};

pub mod authority;
pub mod dsse;
pub mod identity;
pub mod pdf;
pub mod secret;
pub mod strict_json;
pub mod sync;
