//! Whole flows through the library and the `scdesk` binary. This file is the table of
//! contents; each module is one area.

mod fixture;
mod util;

/// Trust over time: a newer roster takes authority away; the auditor's recount; amounts.
mod authority;
/// The whole workspace backed up, and restored on another machine.
mod backup;
/// The command line: creating, opening and reading workspaces; its errors.
mod cli;
/// The command line in French and Spanish (--lang, SCDESK_LANG), English otherwise.
mod cli_lang;
/// The chair's meeting commands in the CLI.
mod cli_meeting;
/// The signed-file commands of the CLI, between workspaces.
mod cli_sync;
/// Crash trials (`make test-crash`): every write command killed at random moments.
mod crash;
/// A meeting from positions to a signed, recountable decision; funds; audit.
mod decisions;
/// The demo tried in any role, each seat signing with its demo key.
mod demo_roles;
/// The fuzzers' saved inputs, replayed.
mod fuzz_corpus;
/// Stray, endless and forged input; output nobody reads.
mod hardening;
/// The real Secret Service (`make test-keyring`): keys survive a process restart.
mod keyring;
/// Import order does not matter (property test).
mod order;
/// Every error a person can see, in words (built from real failures where they wrap one).
mod plain_words;
/// The decision record as a PDF: text, self-verification, tamper detection.
mod record;
/// The public register of decisions: contents, privacy, determinism, refusals.
mod register;
/// A member's review of dossiers: search, marks per version, notes, conflicts.
mod review;
/// The fund-scale generators: every file they make is taken, with one commit.
mod scale;
/// The FMU's signed contribution statement, which every ledger follows.
mod statement;
/// The encrypted database on disk: nothing readable without the key.
mod store_on_disk;
/// Separate workspaces exchanging signed files: FMU, chair and three members.
mod sync_flow;
/// Project rules on the source tree: module docs, no unwrap, no innerHTML, commands.
mod tidy;
/// The sync-format test vectors, valid and must-reject, with their one runner.
mod vectors;
/// The dates the window shows, written by the library in the language and local time.
mod window_words;
