//! The whole exchange between separate workspaces, each with its own keys: the FMU
//! issues the roster, a meeting and a dossier package; three members and the chair pin
//! and import them; the members export positions; the chair imports them all at once.

use crate::fixture::{self, Keys, MEETING, MEMBER_SEATS};
use crate::util::workspace as workspace_with;
use scdesk::desk::{Content, Desk};
use scdesk::exchange::Outcome;
use scdesk::sync::{self, Kind, Stance};

pub(crate) struct Committee {
    pub(crate) fmu: Desk,
    pub(crate) chair: Desk,
    pub(crate) members: Vec<Desk>,
    roster: Vec<u8>,
    meeting: Vec<u8>,
    package: Vec<u8>,
}

pub(crate) fn committee(root: &std::path::Path) -> Committee {
    let mut fmu = workspace(root, "fmu");
    let chair = workspace(root, "chair");
    let members: Vec<Desk> = (1..=3)
        .map(|i| workspace(root, &format!("member-{i}")))
        .collect();
    // Members enrol: the FMU receives their self-signed public keys.
    for (i, m) in members.iter().enumerate() {
        let results = fmu.import(&m.enrolment(&format!("Member {i}"), "Test organisation"));
        assert_eq!(
            results[0].outcome,
            Outcome::Imported,
            "{}",
            results[0].message
        );
    }
    let pk = |d: &Desk| d.identity().unwrap().public_key;
    let (fmu_pk, chair_pk) = (pk(&fmu), pk(&chair));
    let member_pks: Vec<String> = members.iter().map(pk).collect();
    let keys = Keys {
        fmu: &fmu_pk,
        chair: &chair_pk,
        members: [&member_pks[0], &member_pks[1], &member_pks[2]],
    };
    let roster = fmu.sign(
        Kind::Roster,
        &fixture::roster(1, "2026-01-05T09:00:00Z", &keys),
    );
    let meeting = fmu.sign(
        Kind::Meeting,
        &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
    );
    let package = fmu.sign(
        Kind::DossierPackage,
        &fixture::package("2026-10-15T08:00:00Z"),
    );
    let fingerprint = fmu.identity().unwrap().fingerprint;
    fmu.pin_roster(&roster, &fingerprint).unwrap();
    let mut c = Committee {
        fmu,
        chair,
        members,
        roster,
        meeting,
        package,
    };
    for d in std::iter::once(&mut c.chair).chain(c.members.iter_mut()) {
        // The member read the fingerprint aloud with the FMU: grouped, with spaces.
        d.pin_roster(&c.roster, &fingerprint).unwrap();
        let mut bundle = sync::bundle(&[c.package.clone(), c.meeting.clone()]);
        bundle.extend_from_slice(b"\n");
        let results = d.import(&bundle);
        assert!(
            results.iter().all(|r| r.outcome == Outcome::Imported),
            "{results:?}"
        );
    }
    c
}

#[test]
fn fmu_chair_and_three_members_exchange_signed_files() {
    let root = tempfile::tempdir().unwrap();
    let mut c = committee(root.path());

    // Each member knows its seat from the pinned roster.
    for (m, seat) in c.members.iter().zip(MEMBER_SEATS) {
        assert_eq!(m.identity().unwrap().seat.as_deref(), Some(seat));
    }

    // Members 1 and 2 record positions; member 2 objects with a reason.
    let [m1, m2, m3] = &mut c.members[..] else {
        panic!()
    };
    m1.set_position(MEETING, 1, Stance::JoinConsensus, None)
        .unwrap();
    m1.set_position(MEETING, 2, Stance::JoinConsensus, None)
        .unwrap();
    m2.set_position(
        MEETING,
        1,
        Stance::Object,
        Some("Recruitment-fee monitoring has no budget line."),
    )
    .unwrap();
    m2.set_position(MEETING, 2, Stance::Abstain, None).unwrap();
    let err = m2
        .set_position(MEETING, 2, Stance::Object, Some("  "))
        .unwrap_err();
    assert_eq!(err.code(), "reason_missing");
    let err = m2
        .set_position(MEETING, 9, Stance::Abstain, None)
        .unwrap_err();
    assert_eq!(err.code(), "item_not_on_agenda");
    let p1 = m1.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    let p2 = m2.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    // Member 3's term ended in 2025, before the meeting: its own workspace refuses to
    // sign what no chair would count, and a file signed by hand is refused at import.
    m3.set_position(MEETING, 1, Stance::JoinConsensus, None)
        .unwrap();
    assert_eq!(
        m3.export_positions(MEETING, &mut |_| Ok(()))
            .unwrap_err()
            .code(),
        "outside_term"
    );
    let p3 = m3.sign(
        Kind::Position,
        &fixture::position(
            MEMBER_SEATS[2],
            MEETING,
            1,
            "2025-06-01T12:00:00Z",
            vec![fixture::stance(1, Stance::JoinConsensus, None)],
        ),
    );

    // The chair imports the three files at once; member 3's is refused, specifically.
    let results = c
        .chair
        .import(&sync::bundle(&[p1.clone(), p2.clone(), p3.clone()]));
    let outcomes: Vec<_> = results.iter().map(|r| (r.outcome, r.code)).collect();
    assert_eq!(
        outcomes,
        [
            (Outcome::Imported, None),
            (Outcome::Imported, None),
            (Outcome::Rejected, Some("outside_term"))
        ]
    );
    let received = c.chair.received_positions(MEETING).unwrap();
    assert_eq!(received.len(), 2);
    let objection = received
        .iter()
        .find(|s| s.seat == MEMBER_SEATS[1])
        .and_then(|s| s.current.as_ref())
        .map(|f| f.positions[0].clone())
        .unwrap();
    assert_eq!(objection.position, Stance::Object);
    assert_eq!(
        objection.reason.as_deref(),
        Some("Recruitment-fee monitoring has no budget line.")
    );
    // Positions on funding items carry the hash of the dossier version reviewed.
    assert_eq!(
        objection.dossier_hash.as_deref(),
        Some(sync::dossier_hash(&fixture::demo_dossier(fixture::DOSSIER_1)).as_str())
    );

    // The exact bytes are kept, so the file can be verified again later.
    let hash = sync::file_hash(&p2);
    assert_eq!(c.chair.file_bytes(&hash).unwrap().unwrap(), p2.trim_ascii());
    c.chair.verify(&p2).unwrap();

    // The same bytes twice: a no-op.
    assert_eq!(c.chair.import(&p1)[0].outcome, Outcome::Duplicate);

    // Member 1 changes its mind: file 2 replaces file 1; file 1 again is a duplicate.
    let [m1, ..] = &mut c.members[..] else {
        panic!()
    };
    m1.set_position(
        MEETING,
        2,
        Stance::Object,
        Some("The Türkiye budget needs revision."),
    )
    .unwrap();
    let p1b = m1.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    assert_eq!(c.chair.import(&p1b)[0].outcome, Outcome::Replaced);
    let current = c.chair.received_positions(MEETING).unwrap();
    let m1_now = current.iter().find(|s| s.seat == MEMBER_SEATS[0]).unwrap();
    assert_eq!(m1_now.current.as_ref().unwrap().sequence, 2);
    assert_eq!(m1_now.files_held, 2);

    // A later roster must come from the current roster's FMU; an older one is refused.
    let mut older: sync::Roster =
        serde_json::from_slice(&scdesk::dsse::Envelope::parse(&c.roster).unwrap().payload).unwrap();
    older.issued_at = fixture::at("2026-11-26T09:00:00Z");
    let older = c.fmu.sign(Kind::Roster, &older);
    let r = c.chair.import(&older);
    assert_eq!(r[0].code, Some("roster_rollback"), "{}", r[0].message);
}

#[test]
fn two_different_meeting_files_with_one_revision_conflict() {
    let root = tempfile::tempdir().unwrap();
    let mut c = committee(root.path());
    // The chair signs another revision 1 of the meeting the FMU issued: refused as a
    // conflict, and the agenda held stays the FMU's.
    let mut other = fixture::meeting(MEETING, "2026-12-11T14:00:00Z", 1, "2026-11-02T10:00:00Z");
    other.meeting.title = "Another agenda".into();
    let other = c.chair.sign(Kind::Meeting, &other);
    let r = c.members[0].import(&other);
    assert_eq!(r[0].outcome, Outcome::Rejected, "{}", r[0].message);
    assert_eq!(
        r[0].code,
        Some("conflicting_meeting_revision"),
        "{}",
        r[0].message
    );
    let held = c.members[0].meetings().unwrap();
    let m = held.iter().find(|m| m.id == MEETING).unwrap();
    assert_ne!(m.title, "Another agenda");
    // An older revision is stale, as before.
    let mut older = fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 0, "2026-10-01T10:00:00Z");
    older.meeting.title = "Older".into();
    let r = c.members[0].import(&c.fmu.sign(Kind::Meeting, &older));
    assert_eq!(r[0].outcome, Outcome::Stale, "{}", r[0].message);
}

#[test]
fn a_stale_position_file_is_kept_but_not_counted() {
    let root = tempfile::tempdir().unwrap();
    let mut c = committee(root.path());
    let m1 = &mut c.members[0];
    m1.set_position(MEETING, 1, Stance::JoinConsensus, None)
        .unwrap();
    let first = m1.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    m1.set_position(MEETING, 1, Stance::Abstain, None).unwrap();
    let second = m1.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    assert_eq!(c.chair.import(&second)[0].outcome, Outcome::Imported);
    let stale = c.chair.import(&first);
    assert_eq!(stale[0].outcome, Outcome::Stale, "{}", stale[0].message);
    let now = c.chair.received_positions(MEETING).unwrap();
    assert_eq!(
        now[0].current.as_ref().unwrap().positions[0].position,
        Stance::Abstain
    );
}

#[test]
fn equivocation_is_kept_reported_and_counts_neither() {
    let root = tempfile::tempdir().unwrap();
    let mut c = committee(root.path());
    // Two different files with the same sequence, as a broken or malicious client might make.
    let seat = MEMBER_SEATS[0];
    let join = fixture::position(
        seat,
        MEETING,
        1,
        "2026-11-20T10:00:00Z",
        vec![fixture::stance(3, Stance::JoinConsensus, None)],
    );
    let abstain = fixture::position(
        seat,
        MEETING,
        1,
        "2026-11-20T10:05:00Z",
        vec![fixture::stance(3, Stance::Abstain, None)],
    );
    let a = c.members[0].sign(Kind::Position, &join);
    let b = c.members[0].sign(Kind::Position, &abstain);
    assert_eq!(c.chair.import(&a)[0].outcome, Outcome::Imported);
    // The same signed payload in another encoding (spaces, members reordered, a
    // duplicated signature) is that same file: not an equivocation, nothing changes.
    for copy in reencoded(&a) {
        let r = c.chair.import(&copy);
        assert_eq!(r[0].outcome, Outcome::Duplicate, "{}", r[0].message);
        c.chair.verify(&copy).unwrap();
    }
    let now = c.chair.received_positions(MEETING).unwrap();
    assert!(!now[0].disputed && now[0].current.is_some());
    let r = c.chair.import(&b);
    assert_eq!(r[0].outcome, Outcome::Disputed, "{}", r[0].message);
    assert_eq!(r[0].code, None);
    let now = c.chair.received_positions(MEETING).unwrap();
    assert!(now[0].disputed && now[0].current.is_none());
}

/// Envelopes that carry the same payload and signature as `file`, encoded otherwise.
pub fn reencoded(file: &[u8]) -> Vec<Vec<u8>> {
    let text = std::str::from_utf8(file).unwrap();
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let sig = v["signatures"][0].clone();
    let reordered = serde_json::json!({
        "signatures": [sig],
        "payloadType": v["payloadType"],
        "payload": v["payload"],
    });
    let twice = serde_json::json!({
        "payload": v["payload"],
        "payloadType": v["payloadType"],
        "signatures": [sig, sig],
    });
    // A garbage signature naming the signer's own key id neither voids nor validates.
    let garbage = serde_json::json!({
        "payload": v["payload"],
        "payloadType": v["payloadType"],
        "signatures": [{"keyid": sig["keyid"], "sig": "AAAA"}, sig],
    });
    let url = serde_json::json!({
        "payload": v["payload"],
        "payloadType": v["payloadType"],
        "signatures": [{"keyid": sig["keyid"], "sig": sig["sig"].as_str().unwrap().replace('+', "-").replace('/', "_")}],
    });
    vec![
        text.replacen(':', ": ", 1).into_bytes(),
        serde_json::to_vec(&url).unwrap(),
        serde_json::to_vec(&reordered).unwrap(),
        serde_json::to_vec(&twice).unwrap(),
        serde_json::to_vec(&garbage).unwrap(),
    ]
}

#[test]
fn a_file_from_the_fmu_that_fails_in_the_middle_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let mut c = committee(root.path());
    // Same dossier id and version, different content: the whole package is refused.
    let mut p = fixture::package("2026-11-01T08:00:00Z");
    p.dossiers[1].title.push_str(" (edited)");
    p.dossiers.insert(0, {
        let mut d = fixture::demo_dossier("jp-niger-protection");
        d.version = 1;
        d
    });
    let before = c.chair.dossiers().unwrap().len();
    let bad = c.fmu.sign(Kind::DossierPackage, &p);
    let r = c.chair.import(&bad);
    assert_eq!(
        r[0].code,
        Some("conflicting_dossier_version"),
        "{}",
        r[0].message
    );
    assert_eq!(
        c.chair.dossiers().unwrap().len(),
        before,
        "nothing of the package landed"
    );
    assert!(c.chair.file_bytes(&r[0].hash).unwrap().is_none());
}

fn workspace(root: &std::path::Path, name: &str) -> Desk {
    workspace_with(root, name, Content::Empty)
}

#[test]
fn an_export_that_could_not_be_written_is_not_recorded() {
    let root = tempfile::tempdir().unwrap();
    let mut c = committee(root.path());
    let m1 = &mut c.members[0];
    m1.set_position(MEETING, 1, Stance::JoinConsensus, None)
        .unwrap();
    let audit_before = m1.audit_log().unwrap().len();
    let nowhere = root.path().join("no such folder").join("pos.dsse");
    let err = m1
        .export_positions(MEETING, &mut |bytes| {
            scdesk::atomic::write(&nowhere, bytes).map_err(|e| scdesk::Error::io(&nowhere, e))
        })
        .unwrap_err();
    assert_eq!(err.code(), "io", "{err}");
    assert_eq!(m1.audit_log().unwrap().len(), audit_before);
    assert!(m1.my_positions(MEETING).unwrap().exported.is_empty());

    // The next file written is the first: sequence 1.
    let file = m1.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    let r = c.chair.import(&file);
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    let got = c.chair.received_positions(MEETING).unwrap();
    assert_eq!(got[0].current.as_ref().unwrap().sequence, 1);
}

#[test]
fn two_imports_of_the_same_bundle_at_once_each_file_once() {
    let root = tempfile::tempdir().unwrap();
    let mut c = committee(root.path());
    // Thirty position files: two members (the third's term is over) change their minds
    // fifteen times.
    let mut files = Vec::new();
    for round in 0..15 {
        for m in &mut c.members[..2] {
            let stance = if round % 2 == 0 {
                Stance::JoinConsensus
            } else {
                Stance::Abstain
            };
            m.set_position(MEETING, 1, stance, None).unwrap();
            files.push(m.export_positions(MEETING, &mut |_| Ok(())).unwrap());
        }
    }
    let mut bundle = sync::bundle(&files);
    bundle.push(b'\n');
    let path = root.path().join("positions.bundle");
    std::fs::write(&path, &bundle).unwrap();
    let audit_before = c.chair.audit_log().unwrap().len();
    drop(c.chair);

    let pass = crate::util::passphrase_of("chair");
    let spawn = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_scdesk"))
            .arg("--data-dir")
            .arg(root.path().join("chair"))
            .args(["import", "--json"])
            .arg(&path)
            .env("SCDESK_PASSPHRASE", &pass)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let mut imported = 0;
    for out in [&a, &b] {
        assert!(out.status.success(), "{}", crate::util::stderr(out));
        let results: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for r in results.as_array().unwrap() {
            let outcome = r["outcome"].as_str().unwrap();
            assert!(
                ["imported", "replaced", "stale", "duplicate"].contains(&outcome),
                "{r}"
            );
            if outcome != "duplicate" {
                imported += 1;
            }
        }
    }
    // Whichever process saw a file first took it; the other found it held.
    assert_eq!(imported, files.len());
    let chair = crate::util::open_workspace(root.path(), "chair");
    assert_eq!(
        chair.audit_log().unwrap().len(),
        audit_before + files.len(),
        "one audit entry per file"
    );
    assert_eq!(chair.audit_verify().unwrap().first_broken, None);
    let got = chair.received_positions(MEETING).unwrap();
    assert_eq!(got.len(), 2);
    for seat in got {
        let current = seat.current.as_ref().unwrap();
        assert_eq!(current.sequence, 15);
        assert_eq!(current.positions[0].position, Stance::JoinConsensus);
    }
}
