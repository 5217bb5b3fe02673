//! SC Desk's storage: the SQLCipher database (`store`), the audit chain's link hash
//! (`chain`), the OS keyring (`keyring`), atomic file writes (`atomic`), bounded reads of
//! files handed in (`incoming`) and the workspace folder (`workspace`). Only storage: no
//! rule is decided here.
#![forbid(unsafe_code)]

// The modules of the lower crates, under the names this crate's code uses for them.
pub use scdesk_format::{dsse, secret, sync};
pub use scdesk_rules::{dossier, fund, meeting, roster};

pub mod atomic;
pub mod chain;
pub mod incoming;
pub mod keyring;
pub mod store;
pub mod workspace;
