//! Crash trials (`make test-crash`): each command that writes is killed (SIGKILL) at a
//! moment spread over its run, many times, and after each kill the workspace must open,
//! its audit chain verify, every file reported imported before the kill be held, every
//! `--out` file be absent or complete and valid, and the command run again to the end
//! with no temporary file left behind. `SCDESK_CRASH_TRIALS` sets the number of trials in
//! all, shared evenly by the six commands (default 100 in `make test`;
//! `make test-crash CRASH_TRIALS=500` for the thorough pass).

use crate::fixture::MEETING;
use crate::util::{passphrase_of, stderr, stdout};
use scdesk::sync::Stance;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The commands tried: creation, note, record, backup, import, export.
const COMMANDS: usize = 6;

fn trials() -> usize {
    let all: usize = std::env::var("SCDESK_CRASH_TRIALS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    all.div_ceil(COMMANDS)
}

/// A workspace folder, copied as it is (closed, so its log is folded in).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

fn command(ws: &Path, pass: &str, args: &[String]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_scdesk"));
    cmd.arg("--data-dir")
        .arg(ws)
        .args(args)
        .env("SCDESK_PASSPHRASE", pass)
        .env("SCDESK_BACKUP_PASSPHRASE", "a backup passphrase")
        .stdin(Stdio::null());
    cmd
}

fn run(ws: &Path, pass: &str, args: &[&str]) -> Output {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    command(ws, pass, &args).output().unwrap()
}

fn must(out: Output, what: &str) -> String {
    assert!(
        out.status.success(),
        "{what}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

/// Temporary files SC Desk may leave only while it runs.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| {
                    n.contains(".tmp-") || n.starts_with(".backup-") || n.contains(".creating-")
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A small deterministic generator, so a failing trial can be run again.
struct Moments(u64);

impl Moments {
    fn next(&mut self, within: Duration) -> Duration {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let fraction = (self.0 >> 11) as f64 / (1u64 << 53) as f64;
        within.mul_f64(fraction * 1.1)
    }
}

/// Runs `args` to the end once to learn how long it takes, then `trials()` times killed at
/// a moment within that time; `check` looks at each killed trial: its folder, its output
/// so far and its `--out` file.
fn trial(
    name: &str,
    template: Option<&Path>,
    pass: &str,
    args: &[String],
    check: &dyn Fn(&Path, &str, &Path),
) {
    let root = tempfile::tempdir().unwrap();
    let out_dir = root.path().join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let args: Vec<String> = args
        .iter()
        .map(|a| a.replace("{out}", out_dir.to_str().unwrap()))
        .collect();
    let fresh = |i: usize| -> PathBuf {
        let ws = root.path().join(format!("ws-{i}"));
        if let Some(template) = template {
            copy_dir(template, &ws);
        }
        ws
    };
    let ws = fresh(usize::MAX);
    let started = Instant::now();
    must(command(&ws, pass, &args).output().unwrap(), name);
    let took = started.elapsed();
    let mut moments = Moments(0x5cde5c);
    for i in 0..trials() {
        let ws = fresh(i);
        let mut child = command(&ws, pass, &args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(moments.next(took));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        let said = stdout(&out);
        if ws.join("workspace.json").exists() {
            let audit = run(&ws, pass, &["audit", "verify"]);
            assert!(
                audit.status.success(),
                "{name}, trial {i}: the audit trail after the kill: {}",
                stderr(&audit)
            );
        }
        check(&ws, &said, &out_dir);
        // The command runs again to the end, and leaves nothing temporary behind.
        if !(name == "creation" && ws.join("workspace.json").exists()) {
            must(command(&ws, pass, &args).output().unwrap(), name);
        }
        for dir in [&ws, &out_dir, &root.path().to_path_buf()] {
            let left = leftovers(dir);
            assert!(
                left.is_empty(),
                "{name}, trial {i}: left behind in {}: {left:?}",
                dir.display()
            );
        }
        let _ = std::fs::remove_dir_all(&ws);
    }
    eprintln!("{name}: {} trials, each killed within {took:?}", trials());
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

#[test]
#[ignore = "slow: run with make test-crash"]
fn crash_trials_of_every_write_command() {
    let root = tempfile::tempdir().unwrap();
    let demo_pass = crate::util::PASSPHRASE;

    // Creation: a whole demo workspace, or none.
    trial(
        "creation",
        None,
        demo_pass,
        &strings(&["demo", "--passphrase"]),
        &|ws, _, _| {
            if ws.exists() {
                let view = run(ws, demo_pass, &["meeting", "show", "sc-2026-03", "--json"]);
                let view: serde_json::Value = serde_json::from_slice(&view.stdout).unwrap();
                let decided = view["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|i| !i["decision"].is_null())
                    .count();
                assert_eq!(decided, 3, "a workspace that appeared is whole");
            }
        },
    );

    // The demo, for the commands that work on it.
    let demo = root.path().join("demo");
    must(run(&demo, demo_pass, &["demo", "--passphrase"]), "demo");
    let note = "Ask about the Esmeraldas pilot";
    trial(
        "note",
        Some(&demo),
        demo_pass,
        &strings(&["dossier", "note", "jp-ecuador-mobility-data", note]),
        &|ws, _, _| {
            let now = must(
                run(
                    ws,
                    demo_pass,
                    &["dossier", "note", "jp-ecuador-mobility-data"],
                ),
                "note",
            );
            assert!(now.trim().is_empty() || now.trim() == note, "{now:?}");
        },
    );
    trial(
        "record",
        Some(&demo),
        demo_pass,
        &strings(&[
            "record",
            "pdf",
            "--meeting",
            "sc-2026-03",
            "--out",
            "{out}/record.pdf",
        ]),
        &|ws, _, out| {
            let pdf = out.join("record.pdf");
            if pdf.exists() {
                must(
                    run(ws, demo_pass, &["verify", pdf.to_str().unwrap()]),
                    "verify the record",
                );
            }
        },
    );
    trial(
        "backup",
        Some(&demo),
        demo_pass,
        &strings(&["backup", "--out", "{out}/ws.backup"]),
        &|ws, _, out| {
            let file = out.join("ws.backup");
            if file.exists() {
                let elsewhere = ws.with_extension("restored");
                must(
                    run(
                        &elsewhere,
                        demo_pass,
                        &["restore", file.to_str().unwrap(), "--passphrase"],
                    ),
                    "restore the backup",
                );
                let _ = std::fs::remove_dir_all(&elsewhere);
                std::fs::remove_file(&file).unwrap();
            }
        },
    );

    // A committee: the chair imports thirty position files; a member exports one.
    let mut c = crate::sync_flow::committee(root.path());
    let files_dir = root.path().join("positions");
    std::fs::create_dir_all(&files_dir).unwrap();
    let mut files = Vec::new();
    for round in 0..15 {
        for (m, member) in c.members[..2].iter_mut().enumerate() {
            let stance = if round % 2 == 0 {
                Stance::JoinConsensus
            } else {
                Stance::Abstain
            };
            member.set_position(MEETING, 1, stance, None).unwrap();
            let bytes = member.export_positions(MEETING, &mut |_| Ok(())).unwrap();
            let path = files_dir.join(format!("m{m}-{round:02}.dsse"));
            std::fs::write(&path, bytes).unwrap();
            files.push(path.to_str().unwrap().to_string());
        }
    }
    c.members[0]
        .set_position(MEETING, 1, Stance::Abstain, None)
        .unwrap();
    drop(c);
    let mut import = vec!["import".to_string()];
    import.extend(files.iter().cloned());
    let chair_pass = passphrase_of("chair");
    trial(
        "import",
        Some(&root.path().join("chair")),
        &chair_pass,
        &import,
        &|ws, said, _| {
            // Every file reported imported before the kill is held.
            for line in said.lines().filter(|l| l.contains(": imported")) {
                let file = line.split(": ").next().unwrap();
                let again = must(run(ws, &chair_pass, &["import", file]), "import again");
                assert!(again.contains("already imported"), "{line} → {again}");
            }
        },
    );
    let member_pass = passphrase_of("member-1");
    trial(
        "export",
        Some(&root.path().join("member-1")),
        &member_pass,
        &strings(&[
            "export",
            "positions",
            "--meeting",
            MEETING,
            "--out",
            "{out}/positions.dsse",
        ]),
        &|ws, _, out| {
            let file = out.join("positions.dsse");
            if file.exists() {
                must(
                    run(ws, &member_pass, &["verify", file.to_str().unwrap()]),
                    "verify the export",
                );
                std::fs::remove_file(&file).unwrap();
            }
        },
    );
}
