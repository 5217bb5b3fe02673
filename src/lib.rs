//! SC Desk: the library behind the Steering Committee's desk — the Fund as data, the
//! committee's rules, the encrypted store and the one `Desk` API that the app, the
//! command line and the tests all use.
#![forbid(unsafe_code)]

pub mod atomic;
pub mod audit;
pub mod authority;
pub mod decision;
pub mod demo;
pub mod desk;
pub mod dossier;
pub mod dsse;
pub mod error;
pub mod exchange;
pub mod fund;
pub mod identity;
pub mod keyring;
pub mod ledger;
pub mod meeting;
pub mod money;
pub mod pdf;
pub mod profile;
pub mod recount;
pub mod review;
pub mod roster;
pub mod secret;
pub mod session;
pub mod store;
pub mod strict_json;
pub mod sync;
pub mod tally;
pub mod workspace;

pub use desk::Desk;
pub use error::Error;
