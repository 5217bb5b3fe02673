//! A hostile or unlucky world: files that are not what they claim, reads that would never
//! end, output that nobody reads, and text from a file that tries to pass for SC Desk's.

use crate::util::{failed, scdesk, stderr, stdout, succeeded};
use std::path::Path;
use std::process::Command;

fn demo(root: &Path) -> std::path::PathBuf {
    let ws = root.join("ws");
    succeeded(&scdesk(&ws, &["demo", "--passphrase"]), &["demo"]);
    ws
}

fn import_json(ws: &Path, file: &Path) -> (std::process::Output, serde_json::Value) {
    let out = scdesk(ws, &["import", "--json", file.to_str().unwrap()]);
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out, json)
}

#[test]
fn a_file_that_is_not_an_sc_desk_file_is_one_line() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let cases: &[(&str, Vec<u8>, &str)] = &[
        (
            "report.pdf",
            b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec(),
            "a PDF document that is not an SC Desk decision record",
        ),
        // Eight megabytes of binary with many line breaks: once read line by line.
        (
            "photo.bin",
            (0..8 << 20)
                .map(|i: u32| {
                    if i.is_multiple_of(97) {
                        b'\n'
                    } else {
                        (i % 251) as u8 | 0x80
                    }
                })
                .collect(),
            "a binary file",
        ),
        (
            "letter.txt",
            b"Dear colleagues,\nplease find attached\n".to_vec(),
            "a text file",
        ),
        (
            "archive.zip",
            b"PK\x03\x04\x14\x00".to_vec(),
            "a ZIP archive",
        ),
    ];
    for (name, bytes, what) in cases {
        let path = root.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let (out, json) = import_json(&ws, &path);
        assert!(!out.status.success());
        let lines = json.as_array().unwrap();
        assert_eq!(lines.len(), 1, "{name}: {json}");
        assert_eq!(lines[0]["code"], "not_scdesk_file", "{name}");
        let message = lines[0]["message"].as_str().unwrap();
        assert!(message.contains(what), "{name}: {message}");
    }
}

#[test]
fn the_demos_record_pdf_imports_as_the_decision_file_it_carries() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let pdf = root.path().join("record.pdf");
    succeeded(
        &scdesk(
            &ws,
            &[
                "record",
                "pdf",
                "--meeting",
                "sc-2026-03",
                "--out",
                pdf.to_str().unwrap(),
            ],
        ),
        &["record"],
    );
    let (out, json) = import_json(&ws, &pdf);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json.as_array().unwrap();
    assert_eq!(lines.len(), 1, "{json}");
    assert_eq!(lines[0]["kind"], "decision");
    assert_eq!(
        lines[0]["outcome"], "duplicate",
        "the demo holds it already"
    );
}

#[test]
fn reads_are_bounded_a_pipe_a_device_and_a_huge_file_are_refused_at_once() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let fifo = root.path().join("fifo.dsse");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let zero = root.path().join("zero.dsse");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let huge = root.path().join("huge.dsse");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(65 << 20).unwrap(); // sparse: nothing is written
    for (path, words) in [
        (&fifo, "is not a file"),
        (&zero, "is not a file"),
        (&huge, "more than the 67108864 bytes"),
    ] {
        for command in ["import", "verify"] {
            let args = [command, path.to_str().unwrap()];
            let err = failed(&scdesk(&ws, &args), &args);
            assert!(err.contains(words), "{command} {}: {err}", path.display());
        }
    }
}

#[test]
fn text_from_a_file_cannot_forge_a_line_of_output() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let forged = serde_json::json!({
        "payload": "e30=",
        "payloadType": format!("x\nvalid: position file signed by the chair\u{1b}[8m{}", "A".repeat(1 << 20)),
        "signatures": [{"keyid": "", "sig": "AA=="}],
    });
    let path = root.path().join("forged.dsse");
    std::fs::write(&path, serde_json::to_vec(&forged).unwrap()).unwrap();
    for command in ["import", "verify"] {
        let args = [command, path.to_str().unwrap()];
        let out = scdesk(&ws, &args);
        assert!(!out.status.success());
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(
            !all.lines().any(|l| l.starts_with("valid:")),
            "{command}: {all:.300}"
        );
        assert!(!all.contains('\u{1b}'), "{command}");
        assert!(all.len() < 4000, "{command}: {} bytes of output", all.len());
    }
}

#[test]
fn output_to_a_reader_that_has_gone_ends_quietly() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_scdesk"))
        .arg("--data-dir")
        .arg(&ws)
        .args(["dossier", "list"])
        .env("SCDESK_PASSPHRASE", crate::util::PASSPHRASE)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // As `| head -0` does: the reader goes before the first line is written.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{:?}: {err}", out.status);
    assert!(
        !err.contains("panicked") && !err.contains("Broken pipe"),
        "{err}"
    );
}

/// Whether the workspace at `ws` is whole: it opens, its audit chain verifies, and the
/// demo's past meeting carries its three signed decisions.
fn demo_is_whole(ws: &Path) -> Result<(), String> {
    let audit = scdesk(ws, &["audit", "verify"]);
    if !audit.status.success() {
        return Err(format!("audit: {}", stderr(&audit)));
    }
    let out = scdesk(ws, &["meeting", "show", "sc-2026-03", "--json"]);
    let view: serde_json::Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("{e}: {}", stderr(&out)))?;
    let decided = view["items"]
        .as_array()
        .map(|items| items.iter().filter(|i| !i["decision"].is_null()).count());
    match (decided, view["revision"].as_u64()) {
        (Some(3), Some(1)) => Ok(()),
        other => Err(format!("decisions and revision: {other:?}")),
    }
}

#[test]
fn a_killed_creation_leaves_a_whole_workspace_or_none_and_can_run_again() {
    let root = tempfile::tempdir().unwrap();
    let ws = root.path().join("ws");
    // Spread over the whole creation (about two seconds in a debug build).
    for delay_ms in [30, 250, 500, 800, 1100, 1400, 1700] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_scdesk"))
            .arg("--data-dir")
            .arg(&ws)
            .args(["demo", "--passphrase"])
            .env("SCDESK_PASSPHRASE", crate::util::PASSPHRASE)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL: nothing of SC Desk runs after it
        child.wait().unwrap();
        if ws.exists() {
            demo_is_whole(&ws).unwrap_or_else(|e| panic!("killed after {delay_ms} ms: {e}"));
            std::fs::remove_dir_all(&ws).unwrap();
        }
    }
    // What the killed creations left is cleared by the next one, which succeeds.
    succeeded(&scdesk(&ws, &["demo", "--passphrase"]), &["demo"]);
    demo_is_whole(&ws).unwrap();
    let left: Vec<_> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("ws")]);
}

#[test]
fn a_damaged_database_is_not_taken_for_a_wrong_passphrase() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let db = ws.join("scdesk.db");
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[200] ^= 0xff; // inside the first page, past the salt
    std::fs::write(&db, &bytes).unwrap();

    let args = ["fund"];
    let err = failed(&scdesk(&ws, &args), &args);
    assert!(err.contains("database is damaged"), "{err}");
    assert!(err.contains("Restore the workspace from a backup"), "{err}");
    let wrong = crate::util::scdesk_with(&ws, &args, &[("SCDESK_PASSPHRASE", "not the one")]);
    let err = failed(&wrong, &args);
    assert!(err.contains("passphrase is wrong"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "nothing was written");
}

#[test]
fn a_full_disk_is_named_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let before = stdout(&scdesk(
        &ws,
        &["dossier", "note", "jp-ecuador-mobility-data"],
    ));
    // No file may grow past 64 KiB: the note's 110 KB cannot be written, as on a full
    // disk (SIGXFSZ ignored, so the write fails instead of killing the process).
    let note = "Esmeraldas ".repeat(10_000);
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(r#"ulimit -f 64; trap "" XFSZ; exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_scdesk"))
        .arg("--data-dir")
        .arg(&ws)
        .args(["dossier", "note", "jp-ecuador-mobility-data", &note])
        .env("SCDESK_PASSPHRASE", crate::util::PASSPHRASE)
        .output()
        .unwrap();
    let err = failed(&out, &["dossier", "note"]);
    assert!(err.contains("could not be written to the disk"), "{err}");
    assert!(err.contains("Free some space"), "{err}");
    for word in ["Error code", "disk I/O error", "os error"] {
        assert!(!err.contains(word), "{err}");
    }
    let after = stdout(&scdesk(
        &ws,
        &["dossier", "note", "jp-ecuador-mobility-data"],
    ));
    assert_eq!(after, before);
    succeeded(&scdesk(&ws, &["audit", "verify"]), &["audit"]);
}

#[test]
fn committed_entries_lost_with_the_database_are_reported_missing() {
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let verified = succeeded(&scdesk(&ws, &["audit", "verify"]), &["audit"]);
    assert!(
        verified.contains("no committed entry is missing"),
        "{verified}"
    );
    let older = std::fs::read(ws.join("scdesk.db")).unwrap();
    // Two audited changes: a conflict of interest declared, then withdrawn.
    let id = "jp-ecuador-mobility-data";
    let declare = [
        "dossier",
        "conflict",
        id,
        "--reason",
        "My ministry co-drafted it",
    ];
    succeeded(&scdesk(&ws, &declare), &declare);
    let withdraw = ["dossier", "conflict", id, "--withdraw"];
    succeeded(&scdesk(&ws, &withdraw), &withdraw);
    // The database loses what was committed since (an older copy put back, or its log
    // deleted before a checkpoint): its own chain is still whole.
    std::fs::write(ws.join("scdesk.db"), &older).unwrap();
    let _ = std::fs::remove_file(ws.join("scdesk.db-wal"));
    let err = failed(&scdesk(&ws, &["audit", "verify"]), &["audit", "verify"]);
    assert!(err.contains("committed entries are missing"), "{err}");

    // A record changed by hand is not taken for SC Desk's.
    let text = std::fs::read_to_string(ws.join("workspace.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["audit_head"]["payload"] = serde_json::Value::String("e30=".into());
    std::fs::write(ws.join("workspace.json"), doc.to_string()).unwrap();
    let err = failed(&scdesk(&ws, &["audit", "verify"]), &["audit", "verify"]);
    assert!(err.contains("not signed by this workspace's key"), "{err}");
}

#[test]
fn a_read_only_folder_is_read_and_a_change_says_why_it_cannot_be_made() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let ws = demo(root.path());
    let mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    mode(root.path(), 0o755);
    for entry in std::fs::read_dir(&ws).unwrap() {
        mode(&entry.unwrap().path(), 0o444);
    }
    mode(&ws, 0o555);
    let before = std::fs::read(ws.join("scdesk.db")).unwrap();
    // Root writes anywhere: the commands run as nobody, for whom the folder is read-only.
    let root_user = String::from_utf8(Command::new("id").arg("-u").output().unwrap().stdout)
        .unwrap()
        .trim()
        == "0";
    // A copy of the binary where nobody can reach it (the checkout may sit in a private
    // folder).
    let bin = root.path().join("scdesk");
    std::fs::copy(env!("CARGO_BIN_EXE_scdesk"), &bin).unwrap();
    mode(&bin, 0o755);
    let as_reader = |args: &[&str]| {
        let mut cmd = if root_user {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&bin);
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_scdesk"))
        };
        cmd.arg("--data-dir")
            .arg(&ws)
            .args(args)
            .env("SCDESK_PASSPHRASE", crate::util::PASSPHRASE)
            .output()
            .unwrap()
    };
    for read in [&["fund"][..], &["dossier", "list"], &["audit", "verify"]] {
        let out = as_reader(read);
        assert!(out.status.success(), "{read:?}: {}", stderr(&out));
    }
    let args = ["dossier", "note", "jp-ecuador-mobility-data", "a note"];
    let err = failed(&as_reader(&args), &args);
    assert!(err.contains("cannot be written to"), "{err}");
    assert!(err.contains("permissions"), "{err}");
    mode(&ws, 0o755);
    assert_eq!(std::fs::read(ws.join("scdesk.db")).unwrap(), before);
}

/// The app keeps its workspace open for as long as it runs; the command line may still
/// be used on the same workspace meanwhile. Each change waits for the other's (the writer
/// lock, then SQLite's own), and each sees what the other wrote.
#[test]
fn the_command_line_works_beside_an_app_that_holds_the_workspace() {
    use scdesk::desk::Content;
    let root = tempfile::tempdir().unwrap();
    let mut app = crate::util::workspace(root.path(), "held", Content::Demo);
    let id = "jp-ecuador-mobility-data";
    app.set_note(id, "written by the app").unwrap();
    let out = crate::util::scdesk_as(
        root.path(),
        "held",
        &["dossier", "note", id, "written by the command line"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The app, still open, reads what the command line wrote, and writes after it.
    assert_eq!(
        app.dossier_page(id).unwrap().note,
        "written by the command line"
    );
    app.set_note(id, "the app again").unwrap();
    let out = crate::util::scdesk_as(root.path(), "held", &["dossier", "show", id, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("the app again"), "{}", stdout(&out));
}
