//! Whole flows through the library and the `scdesk` binary. This file is the table of
//! contents; each module is one area.

mod fixture;
mod util;

/// The command line: creating, opening and reading workspaces; its errors.
mod cli;
/// The real Secret Service (`make test-keyring`): keys survive a process restart.
mod keyring;
/// The encrypted database on disk: nothing readable without the key.
mod store_on_disk;
/// The sync-format test vectors, valid and must-reject, with their one runner.
mod vectors;
