//! SC Desk: the library behind the Steering Committee's desk — the one `Desk` API that
//! the app, the command line and the tests all use. The rules, the formats and the store
//! are crates below it (`scdesk-rules`, `scdesk-format`, `scdesk-store`); their modules are
//! re-exported here under the names clients use.
#![forbid(unsafe_code)]

pub use scdesk_format::{
    authority, dsse, identity, pdf, sealed, secret, sniff, strict_json, sync, untrusted,
};
/// The languages: catalogues, numbers, amounts and dates (`scdesk-lang`).
pub use scdesk_lang as lang;
pub use scdesk_rules::{
    code, dossier, fund, ledger, meeting, money, profile, roster, tally, words,
};
pub use scdesk_store::{atomic, chain, incoming, keyring, store, workspace};

pub mod audit;
pub mod backup;
pub mod decision;
pub mod demo;
pub mod desk;
pub mod error;
pub mod exchange;
#[cfg(feature = "test-support")]
pub mod fuzz;
pub mod opened;
pub mod publish;
pub mod recount;
pub mod review;
#[cfg(feature = "test-support")]
pub mod scale;
pub mod session;
pub mod verify;

pub use desk::Desk;
pub use error::{Error, ErrorCode};
