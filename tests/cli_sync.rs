//! The signed-file commands of `scdesk`, end to end between two workspaces.

use crate::fixture::{self, fixed_identity, Keys, MEETING};
use crate::util::{scdesk, scdesk_with, stderr, stdout};
use std::path::Path;

fn ok(out: std::process::Output) -> String {
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    stdout(&out)
}

fn json(out: std::process::Output) -> serde_json::Value {
    serde_json::from_str(&ok(out)).unwrap()
}

fn write_json<T: serde::Serialize>(path: &Path, value: &T) {
    std::fs::write(path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
}

#[test]
fn enrol_pin_import_position_export_verify_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let (fmu, member) = (tmp.path().join("fmu"), tmp.path().join("member"));
    let file = |name: &str| tmp.path().join(name);
    let f = |p: &Path| p.to_str().unwrap().to_string();
    ok(scdesk(&fmu, &["init", "--passphrase"]));
    ok(scdesk(&member, &["init", "--passphrase"]));

    // The member enrols; the FMU imports the enrolment.
    let me = json(scdesk(&member, &["identity", "show", "--json"]));
    let enrol = file("enrol.dsse");
    ok(scdesk(
        &member,
        &[
            "identity",
            "export",
            "--name",
            "Adaeze Okonkwo-Lind",
            "--organisation",
            "ILO",
            "--out",
            &f(&enrol),
        ],
    ));
    let imported = ok(scdesk(&fmu, &["import", &f(&enrol)]));
    assert!(
        imported.contains("imported: enrolment of Adaeze Okonkwo-Lind (ILO)"),
        "{imported}"
    );

    // The FMU signs a roster that seats the member.
    let fmu_id = json(scdesk(&fmu, &["identity", "show", "--json"]));
    let (fmu_pk, member_pk) = (
        fmu_id["public_key"].as_str().unwrap(),
        me["public_key"].as_str().unwrap(),
    );
    let chair_pk = fixed_identity(2).public_hex();
    let other = fixed_identity(4).public_hex();
    let keys = Keys {
        fmu: fmu_pk,
        chair: &chair_pk,
        members: [member_pk, &other, &other],
    };
    let mut roster = fixture::roster(1, "2026-01-05T09:00:00Z", &keys);
    roster.seats.pop(); // one key per seat
    write_json(&file("roster.json"), &roster);
    ok(scdesk(
        &fmu,
        &[
            "sign",
            "roster",
            &f(&file("roster.json")),
            "--out",
            &f(&file("roster.dsse")),
        ],
    ));

    // Without a fingerprint, pin only shows whose key signed the roster.
    let preview = ok(scdesk(
        &member,
        &["roster", "pin", &f(&file("roster.dsse"))],
    ));
    let fingerprint = fmu_id["fingerprint"].as_str().unwrap();
    assert!(
        preview.contains(&format!("Signed by key: {fingerprint}")),
        "{preview}"
    );
    let wrong = scdesk(
        &member,
        &[
            "roster",
            "pin",
            &f(&file("roster.dsse")),
            "--fingerprint",
            &"ab".repeat(32),
        ],
    );
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong).contains("not by the fingerprint you confirmed"),
        "{}",
        stderr(&wrong)
    );
    let pinned = ok(scdesk(
        &member,
        &[
            "roster",
            "pin",
            &f(&file("roster.dsse")),
            "--fingerprint",
            fingerprint,
        ],
    ));
    assert!(
        pinned.contains("Pinned roster version 1") && pinned.contains("Your key holds seat un-1"),
        "{pinned}"
    );

    // Meeting and package from the FMU, imported in one command.
    write_json(
        &file("meeting.json"),
        &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
    );
    write_json(
        &file("package.json"),
        &fixture::package("2026-10-15T08:00:00Z"),
    );
    ok(scdesk(
        &fmu,
        &[
            "sign",
            "meeting",
            &f(&file("meeting.json")),
            "--out",
            &f(&file("meeting.dsse")),
        ],
    ));
    ok(scdesk(
        &fmu,
        &[
            "sign",
            "dossier-package",
            &f(&file("package.json")),
            "--out",
            &f(&file("package.dsse")),
        ],
    ));
    let out = ok(scdesk(
        &member,
        &[
            "import",
            &f(&file("meeting.dsse")),
            &f(&file("package.dsse")),
        ],
    ));
    assert_eq!(
        out.lines().filter(|l| l.contains(": imported: ")).count(),
        2,
        "{out}"
    );

    // Positions, exported as a signed file.
    ok(scdesk(
        &member,
        &[
            "position",
            "set",
            "--meeting",
            MEETING,
            "--item",
            "1",
            "--join",
        ],
    ));
    let no_reason = scdesk(
        &member,
        &[
            "position",
            "set",
            "--meeting",
            MEETING,
            "--item",
            "2",
            "--object",
            " ",
        ],
    );
    assert!(
        stderr(&no_reason).contains("needs a reason"),
        "{}",
        stderr(&no_reason)
    );
    ok(scdesk(
        &member,
        &[
            "position",
            "set",
            "--meeting",
            MEETING,
            "--item",
            "2",
            "--object",
            "The budget is not justified.",
        ],
    ));
    let positions = file("positions.dsse");
    ok(scdesk(
        &member,
        &[
            "export",
            "positions",
            "--meeting",
            MEETING,
            "--out",
            &f(&positions),
        ],
    ));

    // Anyone can verify it with the member's public key, without a workspace.
    let valid = ok(scdesk_with(
        &tmp.path().join("none"),
        &["verify", &f(&positions), "--key", member_pk],
        &[],
    ));
    assert!(valid.starts_with("valid: position file"), "{valid}");
    let mut envelope: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&positions).unwrap()).unwrap();
    let sig = envelope["signatures"][0]["sig"]
        .as_str()
        .unwrap()
        .to_string();
    let flipped = if sig.starts_with('A') {
        sig.replacen('A', "B", 1)
    } else {
        format!("A{}", &sig[1..])
    };
    envelope["signatures"][0]["sig"] = flipped.into();
    let tampered = file("tampered.dsse");
    std::fs::write(&tampered, serde_json::to_vec(&envelope).unwrap()).unwrap();
    let bad = scdesk_with(
        &tmp.path().join("none"),
        &["verify", &f(&tampered), "--key", member_pk],
        &[],
    );
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("invalid: The signature does not match"),
        "{}",
        stderr(&bad)
    );

    // Import reports a line per file and fails when one is rejected.
    let mixed = scdesk(&member, &["import", &f(&positions), &f(&tampered)]);
    assert!(!mixed.status.success());
    let lines = stdout(&mixed);
    assert!(
        lines.contains("positions.dsse: ignored (already imported)"),
        "{lines}"
    );
    assert!(
        lines.contains("tampered.dsse: REJECTED: The signature does not match"),
        "{lines}"
    );
    assert!(
        stderr(&mixed).contains("1 file rejected"),
        "{}",
        stderr(&mixed)
    );

    // The key's backup restores the same identity elsewhere, only with its passphrase.
    let backup = file("backup.json");
    let pass = [
        ("SCDESK_PASSPHRASE", crate::util::PASSPHRASE),
        ("SCDESK_BACKUP_PASSPHRASE", "a backup passphrase"),
    ];
    ok(scdesk_with(
        &member,
        &["identity", "backup", "--out", &f(&backup)],
        &pass,
    ));
    let elsewhere = tmp.path().join("laptop-2");
    ok(scdesk(&elsewhere, &["init", "--passphrase"]));
    let wrong_pass = [
        ("SCDESK_PASSPHRASE", crate::util::PASSPHRASE),
        ("SCDESK_BACKUP_PASSPHRASE", "not the backup passphrase"),
    ];
    assert!(!scdesk_with(
        &elsewhere,
        &["identity", "restore", &f(&backup)],
        &wrong_pass
    )
    .status
    .success());
    ok(scdesk_with(
        &elsewhere,
        &["identity", "restore", &f(&backup)],
        &pass,
    ));
    let restored = json(scdesk(&elsewhere, &["identity", "show", "--json"]));
    assert_eq!(restored["keyid"], me["keyid"]);
}
