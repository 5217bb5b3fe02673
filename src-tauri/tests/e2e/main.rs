//! End-to-end tests of the real app: tauri-driver + WebKitWebDriver drive the built
//! `scdesk-app` under Xvfb, with a throw-away Secret Service (`make test-e2e`).
//! Each test waits for conditions with timeouts, never for fixed sleeps.

mod harness;

/// The committee fixture shared with the library's flow tests.
#[path = "../../../tests/fixture.rs"]
#[allow(dead_code)]
mod fixture;

mod access;
mod dashboard;
mod demo_roles;
mod exchange;
mod keyboard;
mod languages;
mod meeting;
mod opened;
mod passphrase;
mod positions;
mod register;
mod review;
mod workspaces;
