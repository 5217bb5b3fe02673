//! SC Desk's rules: the Fund as data (`profile`), money (`money`, `fund`, `ledger`), the
//! committee (`roster`, `tally`) and its business (`dossier`, `meeting`). Pure functions
//! over plain data: this crate does no I/O and knows no file format or database.
#![forbid(unsafe_code)]

pub mod choice;
pub mod code;
pub mod dossier;
pub mod fund;
pub mod ledger;
pub mod meeting;
pub mod money;
pub mod profile;
pub mod roster;
pub mod tally;
pub mod words;
