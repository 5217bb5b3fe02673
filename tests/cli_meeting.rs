//! The chair's commands: a meeting from the command line, to a recounted decision file.

use crate::decisions;
use crate::fixture::MEETING;
use crate::util::{scdesk_with, stderr, stdout};

#[test]
fn the_chair_runs_a_meeting_from_the_command_line() {
    let root = tempfile::tempdir().unwrap();
    let files = decisions::meeting(root.path()).files;
    let chair = root.path().join("chair");
    let env = [("SCDESK_PASSPHRASE", "chair passphrase for tests")];
    let run = |args: &[&str]| scdesk_with(&chair, args, &env);
    let ok = |args: &[&str]| {
        let out = run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        stdout(&out)
    };
    let fail = |args: &[&str]| {
        let out = run(args);
        assert!(
            !out.status.success(),
            "{args:?} should fail: {}",
            stdout(&out)
        );
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        err
    };

    let list: serde_json::Value =
        serde_json::from_str(&ok(&["meeting", "list", "--json"])).unwrap();
    assert_eq!(list[0]["id"], MEETING);
    assert_eq!(list[0]["kind"], "virtual");
    assert_eq!(list[0]["starts_at"], "2026-12-10T14:00:00Z");
    assert_eq!(list[0]["status"], "upcoming");

    for seat in [
        "un-2",
        "donors-2",
        "countries-2",
        "stakeholders-1",
        "stakeholders-2",
    ] {
        ok(&[
            "meeting", "attend", MEETING, "--seat", seat, "--status", "present",
        ]);
    }
    let show = ok(&["meeting", "show", MEETING]);
    assert!(
        show.contains("Objection (donors-1): Recruitment-fee monitoring has no budget line."),
        "{show}"
    );
    assert!(show.contains("No consensus: 1 objection(s)."), "{show}");

    let err = fail(&[
        "decide",
        "--meeting",
        MEETING,
        "--item",
        "1",
        "--outcome",
        "approved",
        "--amount",
        "400,000",
        "--source",
        "area:4",
    ]);
    assert!(err.contains("needs an override reason"), "{err}");
    let out = ok(&[
        "decide",
        "--meeting",
        MEETING,
        "--item",
        "1",
        "--outcome",
        "approved",
        "--amount",
        "400,000 USD",
        "--source",
        "area:4",
        "--override",
        "The objection is met by a condition agreed in the room.",
    ]);
    assert!(
        out.contains("Allocated USD 400000 from thematic area 4's earmarked balance."),
        "{out}"
    );
    let err = fail(&[
        "decide",
        "--meeting",
        MEETING,
        "--item",
        "2",
        "--outcome",
        "approved",
        "--amount",
        "2,000,000",
    ]);
    assert!(
        err.contains("exceeds what the un-earmarked pool has available (USD 990,000)"),
        "{err}"
    );
    ok(&[
        "decide",
        "--meeting",
        MEETING,
        "--item",
        "2",
        "--outcome",
        "approved",
        "--amount",
        "900,000",
    ]);
    ok(&[
        "decide",
        "--meeting",
        MEETING,
        "--item",
        "3",
        "--outcome",
        "approved",
    ]);

    let ledger: serde_json::Value =
        serde_json::from_str(&ok(&["ledger", "show", "--json"])).unwrap();
    assert_eq!(ledger["pool_available"], "90000");
    assert_eq!(ledger["pool_available_display"], "USD 90,000");

    let decision = root.path().join("decision.dsse");
    ok(&[
        "export",
        "decisions",
        "--meeting",
        MEETING,
        "--out",
        decision.to_str().unwrap(),
    ]);
    let paths: Vec<String> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let p = root.path().join(format!("position-{i}.dsse"));
            std::fs::write(&p, f).unwrap();
            p.to_str().unwrap().to_string()
        })
        .collect();
    let mut args = vec!["verify", decision.to_str().unwrap(), "--recount"];
    args.extend(paths.iter().map(String::as_str));
    let recount = ok(&args);
    assert_eq!(
        recount
            .lines()
            .filter(|l| l.contains("recount matches"))
            .count(),
        3,
        "{recount}"
    );
    args.pop();
    let short = run(&args);
    assert!(!short.status.success());
    assert!(
        stdout(&short).contains("RECOUNT DIFFERS"),
        "{}",
        stdout(&short)
    );

    let audit = ok(&["audit", "verify"]);
    assert!(audit.starts_with("The audit trail is whole"), "{audit}");
}
