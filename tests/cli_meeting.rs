//! The chair's commands: a meeting from the command line, to a recounted decision file.

use crate::decisions;
use crate::fixture::{self, MEETING};
use crate::util::{failed, scdesk_as, stdout, succeeded};

#[test]
fn the_chair_runs_a_meeting_from_the_command_line() {
    let root = tempfile::tempdir().unwrap();
    let files = decisions::meeting(root.path()).files;
    let run = |args: &[&str]| scdesk_as(root.path(), "chair", args);
    let ok = |args: &[&str]| succeeded(&run(args), args);
    let fail = |args: &[&str]| failed(&run(args), args);

    let list: serde_json::Value =
        serde_json::from_str(&ok(&["meeting", "list", "--json"])).unwrap();
    assert_eq!(list[0]["id"], MEETING);
    assert_eq!(list[0]["kind"], "virtual");
    assert_eq!(list[0]["starts_at"], decisions::DECIDED_AT);
    assert_eq!(list[0]["status"], "awaiting decisions");

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
    assert!(show.contains("No consensus: 1 objection."), "{show}");

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
        "1,500,000",
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

#[test]
fn the_chair_creates_a_meeting_that_members_import() {
    let root = tempfile::tempdir().unwrap();
    drop(decisions::meeting(root.path()));
    let as_ws = |name: &str, args: &[&str]| scdesk_as(root.path(), name, args);
    let ok = |name: &str, args: &[&str]| succeeded(&as_ws(name, args), args);
    let fail = |name: &str, args: &[&str]| failed(&as_ws(name, args), args);
    let file = root.path().join("sc-2027-01.dsse");
    let f = file.to_str().unwrap();
    let new = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "meeting",
            "new",
            "--id",
            "sc-2027-01",
            "--title",
            "Steering Committee — first meeting of 2027",
            "--kind",
            "in-person",
            "--at",
            "2027-01-20T09:30:00+01:00",
            "--place",
            "Geneva, Palais des Nations",
            "--out",
            f,
        ]
        .map(String::from)
        .to_vec();
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };

    // A member holds no seat that may create meetings; nothing is written.
    let err = fail("member-1", &strs(&new(&["--fund", fixture::DOSSIER_2])));
    assert!(
        err.contains("Only the chair or the FMU creates meetings"),
        "{err}"
    );
    // A dossier the workspace does not hold is named.
    let err = fail("chair", &strs(&new(&["--fund", "jp-nowhere"])));
    assert!(
        err.contains("Agenda item 1: dossier jp-nowhere is not in this workspace"),
        "{err}"
    );
    assert!(!file.exists());

    let out = ok(
        "chair",
        &strs(&new(&[
            "--fund",
            fixture::DOSSIER_2,
            "--fund",
            fixture::DOSSIER_1,
            "--other",
            "Dates of the meetings of 2027",
        ])),
    );
    assert!(out.contains("Meeting sc-2027-01 (In person"), "{out}");
    assert!(out.contains("3. Dates of the meetings of 2027"), "{out}");
    let log = ok("chair", &["audit", "log"]);
    assert!(log.contains("exported meeting"), "{log}");
    // The same id again is refused: a change is a revision.
    let err = fail("chair", &strs(&new(&["--other", "Anything"])));
    assert!(err.contains("Meeting sc-2027-01 already exists"), "{err}");

    // A new meeting starts in the future; a past one is entered as history, and its
    // file (format 2) says so.
    let past = root.path().join("sc-2020-01.dsse");
    let old = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "meeting",
            "new",
            "--id",
            "sc-2020-01",
            "--title",
            "A meeting of 2020",
            "--kind",
            "virtual",
            "--at",
            "2020-03-02T10:00:00Z",
            "--place",
            "Virtual",
            "--other",
            "Minutes of 2019",
            "--out",
            past.to_str().unwrap(),
        ]
        .map(String::from)
        .to_vec();
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let err = fail("chair", &strs(&old(&[])));
    assert!(err.contains("A new meeting starts in the future"), "{err}");
    assert!(!past.exists());
    let err = fail(
        "chair",
        &strs(&new(&["--other", "Anything", "--history", "--revise"])),
    );
    assert!(err.contains("has already taken place"), "{err}");
    ok("chair", &strs(&old(&["--history"])));
    let file: scdesk::sync::MeetingFile = serde_json::from_slice(
        &scdesk::dsse::Envelope::parse(&std::fs::read(&past).unwrap())
            .unwrap()
            .payload,
    )
    .unwrap();
    assert_eq!((file.format, file.history), (2, Some(true)));
    ok("member-1", &["import", past.to_str().unwrap()]);

    // Anyone verifies it against the roster; a member imports it and sees its agenda.
    let verified = ok("member-1", &["verify", f]);
    assert!(verified.contains("meeting"), "{verified}");
    let imported = ok("member-1", &["import", f]);
    assert!(imported.contains("sc-2027-01 (revision 1)"), "{imported}");
    let list: serde_json::Value =
        serde_json::from_str(&ok("member-1", &["meeting", "list", "--json"])).unwrap();
    let m = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "sc-2027-01")
        .expect("the new meeting is listed");
    assert_eq!(m["kind"], "in_person");
    assert_eq!(m["starts_at"], "2027-01-20T08:30:00Z");
    assert_eq!(m["items"], 3);
    let show = ok("member-1", &["meeting", "show", "sc-2027-01"]);
    assert!(
        show.contains("Item 1: Inclusive Municipal Services and Social Cohesion for Migrants and Host Communities in Türkiye (MMPTF-JP-"),
        "{show}"
    );

    // A revision keeps the items members answer by number (an item given again stays
    // where it is) and adds new ones after them.
    let out = ok(
        "chair",
        &strs(&new(&[
            "--revise",
            "--fund",
            fixture::DOSSIER_1,
            "--other",
            "Any other business",
        ])),
    );
    assert!(out.contains("2. Fair Recruitment"), "{out}");
    assert!(out.contains("3. Dates of the meetings of 2027"), "{out}");
    assert!(out.contains("4. Any other business"), "{out}");
    let imported = ok("member-1", &["import", f]);
    assert!(imported.contains("sc-2027-01 (revision 2)"), "{imported}");
    let show = ok("member-1", &["meeting", "show", "sc-2027-01"]);
    assert!(show.contains("Item 4: Any other business"), "{show}");

    // A file that cannot be written leaves nothing behind: the meeting is not kept.
    let nowhere = root.path().join("no-such-folder/sc-2027-02.dsse");
    let mut args = new(&["--other", "Anything"]);
    let at = args.iter().position(|a| a == "sc-2027-01").unwrap();
    args[at] = "sc-2027-02".into();
    let out_at = args.iter().position(|a| a == "--out").unwrap() + 1;
    args[out_at] = nowhere.to_string_lossy().into_owned();
    let err = fail("chair", &strs(&args));
    assert!(err.contains("no-such-folder"), "{err}");
    let list = ok("chair", &["meeting", "list", "--json"]);
    assert!(!list.contains("sc-2027-02"), "{list}");
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}
