//! Trust over time, tried as an attacker who holds a key the roster once trusted: after
//! the FMU's roster version 2 rotates, moves, removes, demotes and shortens, every old
//! key is refused for what it no longer holds, a refused file changes nothing, files
//! already held stop counting, and history (an older meeting) stays as it was. Then the
//! auditor's recount against each fraud of a decision file.

use crate::fixture::{self, at, fixed_identity, Keys, FUND, MEETING, MEMBER_SEATS, PAST_MEETING};
use crate::util::workspace;
use scdesk::desk::{Content, Desk};
use scdesk::exchange::Outcome;
use scdesk::identity::Identity;
use scdesk::roster::Role;
use scdesk::sync::{self, DecisionFile, ItemDecision, Kind, Roster, RosterSeat, Stance};

fn signed<T: serde::Serialize>(who: &Identity, kind: Kind, payload: &T) -> Vec<u8> {
    who.sign(kind.payload_type(), sync::payload_bytes(payload))
        .to_json()
}

/// The keys of the scenario: 1 FMU, 2 chair, 3–5 members on roster v1; 6–9 are the keys
/// roster v2 brings; 10 holds a seat that v2 removes.
struct Keyring {
    fmu: Identity,
    chair: Identity,
    m: [Identity; 3],
    new_un: Identity,
    new_chair: Identity,
    new_fmu: Identity,
    short_term: Identity,
    removed: Identity,
}

fn keyring() -> Keyring {
    Keyring {
        fmu: fixed_identity(1),
        chair: fixed_identity(2),
        m: [fixed_identity(3), fixed_identity(4), fixed_identity(5)],
        new_un: fixed_identity(6),
        new_chair: fixed_identity(7),
        new_fmu: fixed_identity(8),
        short_term: fixed_identity(11),
        removed: fixed_identity(10),
    }
}

fn seat(id: &str, role: Role, key: &Identity, end: &str) -> RosterSeat {
    RosterSeat {
        id: id.into(),
        constituency: (role == Role::Member).then(|| "stakeholders".to_string()),
        name: format!("Holder of {id}"),
        organisation: "Test organisation".into(),
        role,
        term_start: "2024-01-01".parse().unwrap(),
        term_end: end.parse().unwrap(),
        public_key: key.public_hex(),
    }
}

fn roster_v1(k: &Keyring) -> Roster {
    let pubs: Vec<String> = k.m.iter().map(Identity::public_hex).collect();
    let (f, c) = (k.fmu.public_hex(), k.chair.public_hex());
    let keys = Keys {
        fmu: &f,
        chair: &c,
        members: [&pubs[0], &pubs[1], &pubs[2]],
    };
    let mut r = fixture::roster(1, "2026-01-05T09:00:00Z", &keys);
    // Member 3's seat serves through 2028 here, so only v2 ends its power.
    r.seats[4].term_end = "2028-12-31".parse().unwrap();
    r.seats.push(seat(
        "stakeholders-1",
        Role::Member,
        &k.removed,
        "2028-12-31",
    ));
    r
}

/// Version 2, in force from 2026-11-26: un-1 rotated to a new key; member 2's key moved
/// from donors-1 to countries-1 (member 3's key is dropped); donors-1 to a holder whose
/// term v2 ends on 2026-11-30; stakeholders-1 removed; the chair's key demoted to a new
/// member seat, a new chair key; a new FMU key.
fn roster_v2(k: &Keyring) -> Roster {
    let mut r = roster_v1(k);
    r.format = 2;
    r.version = 2;
    r.issued_at = at("2026-11-25T09:00:00Z");
    r.effective_from = Some("2026-11-26".parse().unwrap());
    let by_id = |r: &mut Roster, id: &str| r.seats.iter().position(|s| s.id == id).unwrap();
    let i = by_id(&mut r, "fmu");
    r.seats[i].public_key = k.new_fmu.public_hex();
    let i = by_id(&mut r, "chair");
    r.seats[i].public_key = k.new_chair.public_hex();
    let i = by_id(&mut r, MEMBER_SEATS[0]);
    r.seats[i].public_key = k.new_un.public_hex();
    let i = by_id(&mut r, MEMBER_SEATS[1]);
    r.seats[i].public_key = k.short_term.public_hex();
    r.seats[i].term_end = "2026-11-30".parse().unwrap();
    let i = by_id(&mut r, MEMBER_SEATS[2]);
    r.seats[i].public_key = k.m[1].public_hex();
    r.seats.retain(|s| s.id != "stakeholders-1");
    r.seats
        .push(seat("un-2", Role::Member, &k.chair, "2028-12-31"));
    r
}

fn position(who: &Identity, seat: &str, meeting: &str, sequence: u64, stance: Stance) -> Vec<u8> {
    let reason = matches!(stance, Stance::Object).then_some("The budget is not justified.");
    signed(
        who,
        Kind::Position,
        &fixture::position(
            seat,
            meeting,
            sequence,
            "2026-11-20T16:30:00Z",
            vec![fixture::stance(3, stance, reason)],
        ),
    )
}

/// A decision on item 3 (no funding), as the chair's workspace would write it, listing
/// `counted` (payload hashes) and taken on `tally`.
pub fn decision(meeting: &str, counted: &[&[u8]], mut tally: scdesk::tally::Tally) -> DecisionFile {
    // Decided with a quorum: a signed outcome without one is refused (rule 49).
    tally.quorum_met = true;
    let item = ItemDecision {
        item: 3,
        outcome: sync::Outcome::Approved,
        conditions: None,
        funding: None,
        override_reason: None,
        tally,
    };
    let counted = counted
        .iter()
        .map(|f| sync::payload_hash(&scdesk::dsse::Envelope::parse(f).unwrap()))
        .collect();
    fixture::decision_file(meeting, vec![item], counted)
}

/// The past meeting's decision on item 3 as its chair wrote it: one member's position
/// imported, then the decision taken on the tally it gives.
fn past_meeting_decision(d: &mut Desk, k: &Keyring) -> DecisionFile {
    let past = position(
        &k.m[2],
        MEMBER_SEATS[2],
        PAST_MEETING,
        1,
        Stance::JoinConsensus,
    );
    d.import(&past);
    let tally = d.meeting_view(PAST_MEETING).unwrap().items[2].tally.clone();
    decision(PAST_MEETING, &[&past], tally)
}

/// A workspace that pinned v1 and holds the meetings and the package.
fn observer(root: &std::path::Path, k: &Keyring) -> Desk {
    let mut d = workspace(root, "observer", Content::Empty);
    d.pin_roster(&signed(&k.fmu, Kind::Roster, &roster_v1(k)), &k.fmu.keyid())
        .unwrap();
    let files = [
        signed(
            &k.fmu,
            Kind::DossierPackage,
            &fixture::package("2026-10-15T08:00:00Z"),
        ),
        signed(
            &k.fmu,
            Kind::Meeting,
            &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
        ),
        signed(
            &k.fmu,
            Kind::Meeting,
            &fixture::meeting(
                PAST_MEETING,
                "2025-06-10T14:00:00Z",
                1,
                "2025-05-20T10:00:00Z",
            ),
        ),
    ];
    for f in files {
        let r = d.import(&f);
        assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    }
    d
}

/// Imports a file that must be refused with `code`, and checks that nothing changed:
/// no file kept, no audit entry, the same counted positions and decisions.
fn refused(d: &mut Desk, file: &[u8], code: &str) {
    let before = (
        d.audit_log().unwrap().len(),
        d.received_positions(MEETING).unwrap().len(),
        format!("{:?}", d.meeting_view(MEETING).unwrap().items),
        d.files_held().unwrap().len(),
    );
    let r = d.import(file);
    assert_eq!(r[0].outcome, Outcome::Rejected, "{}", r[0].message);
    assert_eq!(r[0].code, Some(code), "{}", r[0].message);
    assert!(r[0].message.ends_with('.'), "{}", r[0].message);
    let after = (
        d.audit_log().unwrap().len(),
        d.received_positions(MEETING).unwrap().len(),
        format!("{:?}", d.meeting_view(MEETING).unwrap().items),
        d.files_held().unwrap().len(),
    );
    assert_eq!(
        before, after,
        "a refused file ({code}) changed the workspace"
    );
}

fn counted_seats(d: &Desk, meeting: &str) -> Vec<(String, u64, bool)> {
    d.received_positions(meeting)
        .unwrap()
        .into_iter()
        .map(|s| {
            let seq = s.current.as_ref().map(|f| f.sequence).unwrap_or(0);
            (s.seat, seq, s.disputed)
        })
        .collect()
}

#[test]
fn a_newer_roster_takes_authority_away_from_the_keys_it_changes() {
    let root = tempfile::tempdir().unwrap();
    let k = keyring();
    let mut d = observer(root.path(), &k);

    // Before v2: the old keys speak for their seats, and the old chair's decision stands.
    let old_un = position(&k.m[0], MEMBER_SEATS[0], MEETING, 1, Stance::JoinConsensus);
    let old_removed = position(
        &k.removed,
        "stakeholders-1",
        MEETING,
        1,
        Stance::JoinConsensus,
    );
    let past = position(
        &k.m[2],
        MEMBER_SEATS[2],
        PAST_MEETING,
        1,
        Stance::JoinConsensus,
    );
    for f in [&old_un, &old_removed, &past] {
        assert_eq!(d.import(f)[0].outcome, Outcome::Imported);
    }
    let view = d.meeting_view(MEETING).unwrap();
    let tally = view.items[2].tally.clone();
    let old_decision = signed(
        &k.chair,
        Kind::Decision,
        &decision(MEETING, &[&old_un, &old_removed], tally),
    );
    let past_tally = d.meeting_view(PAST_MEETING).unwrap().items[2].tally.clone();
    let past_decision = signed(
        &k.chair,
        Kind::Decision,
        &decision(PAST_MEETING, &[&past], past_tally),
    );
    for f in [&old_decision, &past_decision] {
        let r = d.import(f);
        assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    }
    assert!(d.meeting_view(MEETING).unwrap().items[2].decision.is_some());

    // Roster v2 arrives.
    let r = d.import(&signed(&k.fmu, Kind::Roster, &roster_v2(&k)));
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);

    // Files already held from keys v2 took away stop counting; so does the old
    // chair's decision on a meeting v2 governs.
    assert_eq!(
        counted_seats(&d, MEETING),
        Vec::<(String, u64, bool)>::new()
    );
    assert!(d.meeting_view(MEETING).unwrap().items[2].decision.is_none());
    // History stays: the past meeting is governed by v1.
    assert_eq!(
        counted_seats(&d, PAST_MEETING),
        vec![(MEMBER_SEATS[2].to_string(), 1, false)]
    );
    assert!(d.meeting_view(PAST_MEETING).unwrap().items[2]
        .decision
        .is_some());

    // Every old key is refused for what it no longer holds, whatever date it claims,
    // each with its own error, and nothing changes.
    let cases: Vec<(Vec<u8>, &str)> = vec![
        // Rotated: a later sequence, and a second file with the held sequence (which
        // must not put the seat in dispute).
        (
            position(&k.m[0], MEMBER_SEATS[0], MEETING, 2, Stance::Object),
            "key_rotated",
        ),
        (
            position(&k.m[0], MEMBER_SEATS[0], MEETING, 1, Stance::Object),
            "key_rotated",
        ),
        // Moved: member 2's key now holds countries-1, not donors-1.
        (
            position(&k.m[1], MEMBER_SEATS[1], MEETING, 1, Stance::Object),
            "key_not_on_roster",
        ),
        // Removed from the committee.
        (
            position(&k.removed, "stakeholders-1", MEETING, 2, Stance::Object),
            "key_removed",
        ),
        // A term v2 ends before the meeting.
        (
            position(&k.short_term, MEMBER_SEATS[1], MEETING, 1, Stance::Object),
            "outside_term",
        ),
        // The demoted chair reverses a decision.
        (
            signed(
                &k.chair,
                Kind::Decision,
                &decision(
                    MEETING,
                    &[],
                    d.meeting_view(MEETING).unwrap().items[2].tally.clone(),
                ),
            ),
            "role_may_not_sign",
        ),
        // The dropped FMU key: a statement, a meeting revision, a dossier package.
        (
            signed(
                &k.fmu,
                Kind::Contributions,
                &sync::ContributionStatement {
                    format: 1,
                    fund: FUND.into(),
                    version: 1,
                    issued_at: at("2026-10-02T09:00:00Z"),
                    as_of: "2026-09-30".parse().unwrap(),
                    contributions: vec![],
                },
            ),
            "key_rotated",
        ),
        (
            signed(
                &k.fmu,
                Kind::Meeting,
                &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 2, "2026-11-02T10:00:00Z"),
            ),
            "key_rotated",
        ),
        (
            signed(
                &k.fmu,
                Kind::DossierPackage,
                &fixture::package("2026-10-16T08:00:00Z"),
            ),
            "key_rotated",
        ),
    ];
    for (file, code) in &cases {
        refused(&mut d, file, code);
    }

    // The keys v2 gives authority to.
    let new_un = position(
        &k.new_un,
        MEMBER_SEATS[0],
        MEETING,
        1,
        Stance::JoinConsensus,
    );
    let moved = position(&k.m[1], MEMBER_SEATS[2], MEETING, 1, Stance::Abstain);
    for f in [&new_un, &moved] {
        let r = d.import(f);
        assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    }
    assert_eq!(
        counted_seats(&d, MEETING),
        vec![
            (MEMBER_SEATS[2].to_string(), 1, false),
            (MEMBER_SEATS[0].to_string(), 1, false)
        ]
    );
    let r = d.import(&signed(
        &k.new_fmu,
        Kind::Meeting,
        &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 2, "2026-11-27T10:00:00Z"),
    ));
    assert_eq!(r[0].outcome, Outcome::Replaced, "{}", r[0].message);
}

#[test]
fn the_recount_is_the_auditors_own_count() {
    let root = tempfile::tempdir().unwrap();
    let k = keyring();
    let mut d = observer(root.path(), &k);
    let un_1 = position(&k.m[0], MEMBER_SEATS[0], MEETING, 1, Stance::JoinConsensus);
    let un_2 = position(&k.m[0], MEMBER_SEATS[0], MEETING, 2, Stance::Abstain);
    let objector = position(&k.m[1], MEMBER_SEATS[1], MEETING, 1, Stance::Object);
    let other_meeting = position(
        &k.m[2],
        MEMBER_SEATS[2],
        PAST_MEETING,
        1,
        Stance::JoinConsensus,
    );
    for f in [&un_1, &un_2, &objector, &other_meeting] {
        assert_ne!(d.import(f)[0].outcome, Outcome::Rejected);
    }
    let all: Vec<Vec<u8>> = [&un_1, &un_2, &objector, &other_meeting]
        .iter()
        .map(|f| f.to_vec())
        .collect();
    let tally = d.meeting_view(MEETING).unwrap().items[2].tally.clone();
    let honest = signed(
        &k.chair,
        Kind::Decision,
        &decision(MEETING, &[&un_2, &objector], tally.clone()),
    );
    let r = d.recount(&honest, &all).unwrap();
    assert!(r.matches, "{r:?}");
    // A re-encoded copy of a counted file is the same file.
    let copies: Vec<Vec<u8>> = all
        .iter()
        .map(|f| crate::sync_flow::reencoded(f)[1].clone())
        .collect();
    assert!(d.recount(&honest, &copies).unwrap().matches);

    // Each fraud is named, with the seat and the file, even with the signed tally kept.
    let frauds: [(&[&[u8]], &str, &str); 3] = [
        (&[&un_2], MEMBER_SEATS[1], "does not count it"),
        (&[&un_1, &objector], MEMBER_SEATS[0], "supersedes it"),
        (
            &[&un_2, &objector, &other_meeting],
            MEMBER_SEATS[2],
            "for meeting sc-2025-02",
        ),
    ];
    for (counted, seat, problem) in frauds {
        let file = signed(
            &k.chair,
            Kind::Decision,
            &decision(MEETING, counted, tally.clone()),
        );
        let r = d.recount(&file, &all).unwrap();
        assert!(!r.matches, "{problem}: {r:?}");
        assert!(
            r.files
                .iter()
                .any(|f| f.seat.as_deref() == Some(seat) && f.problem.contains(problem)),
            "{problem}: {:?}",
            r.files
        );
    }
}

#[test]
fn amounts_at_the_edge_of_the_format_are_refused_and_views_stay_usable() {
    let root = tempfile::tempdir().unwrap();
    let k = keyring();
    let mut d = observer(root.path(), &k);
    let line = |committed: &str, deposited: &str| sync::StatementLine {
        contributor: "GERMANY".into(),
        committed: committed.into(),
        deposited: deposited.into(),
        earmark_area: None,
        date: "2026-03-15".parse().unwrap(),
    };
    let statement = |version, lines| sync::ContributionStatement {
        format: 1,
        fund: FUND.into(),
        version,
        issued_at: at("2026-10-02T09:00:00Z"),
        as_of: "2026-09-30".parse().unwrap(),
        contributions: lines,
    };
    for lines in [
        vec![line("1000000000000000000000000000", "1")],
        vec![
            line("50000000000000000000000000000", "0"),
            line("50000000000000000000000000000", "0"),
        ],
        vec![line("1.005", "1")],
    ] {
        refused(
            &mut d,
            &signed(&k.fmu, Kind::Contributions, &statement(1, lines)),
            "bad_payload",
        );
    }
    let ok = signed(
        &k.fmu,
        Kind::Contributions,
        &statement(1, vec![line("1000000000000000", "1000000000000000"); 3]),
    );
    assert_eq!(d.import(&ok)[0].outcome, Outcome::Imported);
    d.fund_overview().unwrap();
    d.fund_balances().unwrap();
    d.meeting_view(MEETING).unwrap();

    // Decisions: 2^96 - 1, zero, three decimals, a split that rounds, funding on an
    // outcome that approves nothing.
    let tally = d.meeting_view(MEETING).unwrap().items[0].tally.clone();
    let funded = |amount: &str, split: &[&str], outcome| {
        let mut f = decision(MEETING, &[], tally.clone());
        f.decisions[0].item = 1;
        f.decisions[0].outcome = outcome;
        f.decisions[0].funding = Some(sync::Funding {
            amount: amount.into(),
            source: scdesk::ledger::Source::Pool,
            split: split
                .iter()
                .map(|a| sync::SplitLine {
                    organisation: "ILO".into(),
                    amount: a.to_string(),
                })
                .collect(),
        });
        signed(&k.chair, Kind::Decision, &f)
    };
    use sync::Outcome::{Approved, NotApproved};
    for file in [
        funded(
            "79228162514264337593543950335",
            &["79228162514264337593543950335"],
            Approved,
        ),
        funded("0", &["0"], Approved),
        funded("10.005", &["10.005"], Approved),
        funded(
            "1",
            &[
                "0.3333333333333333333333333333",
                "0.6666666666666666666666666667",
            ],
            Approved,
        ),
        funded("100", &["100"], NotApproved),
    ] {
        refused(&mut d, &file, "bad_payload");
    }
    let r = d.import(&funded("100.50", &["100", "0.50"], Approved));
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    assert_eq!(
        d.fund_balances().unwrap().allocated,
        "100.50".parse().unwrap()
    );
}

#[test]
fn a_key_that_lost_its_chair_cannot_rewrite_history_and_the_new_chair_can_correct_it() {
    let root = tempfile::tempdir().unwrap();
    let k = keyring();
    let mut d = observer(root.path(), &k);
    let original = past_meeting_decision(&mut d, &k);
    let original_file = signed(&k.chair, Kind::Decision, &original);
    assert_eq!(d.import(&original_file)[0].outcome, Outcome::Imported);
    assert_eq!(
        d.import(&signed(&k.fmu, Kind::Roster, &roster_v2(&k)))[0].outcome,
        Outcome::Imported
    );
    let original_hash = sync::payload_hash(&scdesk::dsse::Envelope::parse(&original_file).unwrap());

    // The old chair's key, as a "correction" with a high revision: judged by the newest
    // roster, where it holds a member's seat, not the chair's.
    let mut rewrite = original.clone();
    rewrite.revision = Some(u32::MAX);
    rewrite.signed_at = at("2026-12-01T00:00:00Z");
    rewrite.decisions[0].outcome = sync::Outcome::NotApproved;
    rewrite.decisions[0].override_reason = Some("Rewritten.".into());
    rewrite.corrects = Some(sync::Correction {
        file: original_hash.clone(),
        reason: "Rewritten by a key the roster took away.".into(),
        previous: vec![],
    });
    refused(
        &mut d,
        &signed(&k.chair, Kind::Decision, &rewrite),
        "role_may_not_sign",
    );

    // A second, different first revision from the same old key (it was the chair on the
    // meeting's date): not a silent rewrite, but a dispute in which nothing stands.
    let mut second = original.clone();
    second.signed_at = at("2099-01-01T00:00:00Z");
    second.decisions[0].outcome = sync::Outcome::Deferred;
    assert_eq!(
        d.import(&signed(&k.chair, Kind::Decision, &second))[0].outcome,
        Outcome::Imported
    );
    let view = d.meeting_view(PAST_MEETING).unwrap();
    assert!(view.items[2].decision.is_none());
    assert!(
        view.correction
            .as_deref()
            .unwrap()
            .contains("Two different decision files with revision 1"),
        "{:?}",
        view.correction
    );

    // The newest roster's chair corrects it: revision 2, naming the file it corrects.
    let mut correction = original.clone();
    correction.revision = Some(2);
    correction.signed_at = at("2026-12-01T09:00:00Z");
    correction.corrects = Some(sync::Correction {
        file: original_hash,
        reason: "The first record stands; the second file was not the committee's.".into(),
        previous: vec![],
    });
    let r = d.import(&signed(&k.new_chair, Kind::Decision, &correction));
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    let view = d.meeting_view(PAST_MEETING).unwrap();
    assert_eq!(view.revision, Some(2));
    assert_eq!(
        view.items[2].decision.as_ref().unwrap().outcome,
        sync::Outcome::Approved
    );
}

#[test]
fn a_decision_that_arrives_before_its_dossier_allocates_once_the_dossier_arrives() {
    let root = tempfile::tempdir().unwrap();
    let k = keyring();
    let mut d = workspace(root.path(), "early", Content::Empty);
    d.pin_roster(
        &signed(&k.fmu, Kind::Roster, &roster_v1(&k)),
        &k.fmu.keyid(),
    )
    .unwrap();
    let meeting = signed(
        &k.fmu,
        Kind::Meeting,
        &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
    );
    assert_eq!(d.import(&meeting)[0].outcome, Outcome::Imported);
    let tally = d.meeting_view(MEETING).unwrap().items[0].tally.clone();
    let mut file = decision(MEETING, &[], tally);
    file.decisions[0].item = 1;
    file.decisions[0].funding = Some(sync::Funding {
        amount: "250000".into(),
        source: scdesk::ledger::Source::Pool,
        split: vec![sync::SplitLine {
            organisation: "ILO".into(),
            amount: "250000".into(),
        }],
    });
    let r = d.import(&signed(&k.chair, Kind::Decision, &file));
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    assert_eq!(
        d.fund_balances().unwrap().allocated,
        rust_decimal::Decimal::ZERO
    );
    let package = signed(
        &k.fmu,
        Kind::DossierPackage,
        &fixture::package("2026-10-15T08:00:00Z"),
    );
    assert_eq!(d.import(&package)[0].outcome, Outcome::Imported);
    assert_eq!(
        d.fund_balances().unwrap().allocated,
        "250000".parse().unwrap()
    );
}

/// A decision file whose first signature names the FMU's key (a signature that verifies
/// under nothing) ahead of the chair's real one: the file is the chair's, but its record
/// would print the FMU's fingerprint as the chair's key. Neither the record nor the public
/// register is made from it.
#[test]
fn a_record_never_shows_a_key_nobody_checked() {
    let root = tempfile::tempdir().unwrap();
    let k = keyring();
    let mut d = observer(root.path(), &k);
    let genuine = signed(&k.chair, Kind::Decision, &past_meeting_decision(&mut d, &k));
    let mut envelope = scdesk::dsse::Envelope::parse(&genuine).unwrap();
    envelope.signatures.insert(
        0,
        scdesk::dsse::EnvelopeSignature {
            keyid: k.fmu.keyid(),
            sig: vec![7; 64],
        },
    );
    let forged = envelope.to_json();
    assert_eq!(d.import(&forged)[0].outcome, Outcome::Imported);

    let err = d
        .record_pdf(PAST_MEETING, scdesk::pdf::Paper::A4, scdesk::lang::Lang::En)
        .unwrap_err()
        .to_string();
    assert!(err.contains("a key nobody checked"), "{err}");
    let site = d.register(None, None, None);
    let err = site.map(|s| s.left_out).unwrap_err().to_string();
    assert!(err.contains("nothing to publish"), "{err}");
}
