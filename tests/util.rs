//! Helpers shared by the flow tests.

use std::path::Path;
use std::process::{Command, Output};

/// A passphrase for CLI tests, long enough to be accepted.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// Runs `scdesk` with `args` on the workspace `dir`, with the test passphrase.
pub fn scdesk(dir: &Path, args: &[&str]) -> Output {
    scdesk_with(dir, args, &[("SCDESK_PASSPHRASE", PASSPHRASE)])
}

pub fn scdesk_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_scdesk"));
    cmd.arg("--data-dir").arg(dir).args(args);
    cmd.env_remove("SCDESK_PASSPHRASE")
        .env_remove("SCDESK_LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("scdesk runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The standard output of a run that must succeed.
pub fn succeeded(out: &Output, args: &[&str]) -> String {
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        stdout(out),
        stderr(out)
    );
    stdout(out)
}

/// The error of a run that must fail with one line a user can act on.
pub fn failed(out: &Output, args: &[&str]) -> String {
    assert!(
        !out.status.success(),
        "{args:?} should fail: {}",
        stdout(out)
    );
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

/// Whether `needle` occurs anywhere in `haystack`.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The passphrase of the flow-test workspace `name`.
pub fn passphrase_of(name: &str) -> String {
    format!("{name} passphrase for tests")
}

/// Runs `scdesk` on the flow-test workspace `name` under `root`, with its passphrase.
pub fn scdesk_as(root: &Path, name: &str, args: &[&str]) -> Output {
    let pass = passphrase_of(name);
    scdesk_with(
        &root.join(name),
        args,
        &[("SCDESK_PASSPHRASE", pass.as_str())],
    )
}

/// Opens the flow-test workspace `name` under `root` again.
pub fn open_workspace(root: &Path, name: &str) -> scdesk::desk::Desk {
    use scdesk::desk::{Desk, Unlock};
    let pass = scdesk::secret::Passphrase::new(passphrase_of(name));
    Desk::open(&root.join(name), Unlock::Passphrase(pass)).unwrap()
}

/// A passphrase workspace for flow tests, with a cheap key derivation. The passphrase is
/// `passphrase_of(name)`, so the CLI can open it too.
pub fn workspace(root: &Path, name: &str, content: scdesk::desk::Content) -> scdesk::desk::Desk {
    use scdesk::desk::{CreateOptions, Desk, Unlock};
    use scdesk::secret::{KdfParams, Passphrase};
    let options = CreateOptions {
        content,
        kdf: KdfParams {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        },
        ..CreateOptions::default()
    };
    let pass = Passphrase::new(passphrase_of(name));
    Desk::create(&root.join(name), Unlock::Passphrase(pass), options).unwrap()
}
