//! Import order does not matter: any set of position files leaves the chair's workspace in
//! the same state whichever order they arrive in; and with a roster that rotates keys
//! among the files, once the same files are held the counted positions, the decisions
//! that stand and the funds are the same, and no key without authority at the
//! meeting's date counts (property tests).

use proptest::prelude::*;

use crate::fixture::{self, fixed_identity, Keys, MEETING, MEMBER_SEATS};
use scdesk::desk::{Content, Desk};
use scdesk::identity::Identity;
use scdesk::sync::{Kind, Stance};

fn signed<T: serde::Serialize>(who: &Identity, kind: Kind, payload: &T) -> Vec<u8> {
    who.sign(kind.payload_type(), scdesk::sync::payload_bytes(payload))
        .to_json()
}

/// A chair's workspace with the fixed committee's roster, meeting and package.
fn chair(root: &std::path::Path, name: &str) -> Desk {
    let mut desk = crate::util::workspace(root, name, Content::Empty);
    let fmu = fixed_identity(1);
    let (fmu_pk, chair_pk) = (fmu.public_hex(), fixed_identity(2).public_hex());
    let m: Vec<String> = (3..=5).map(|i| fixed_identity(i).public_hex()).collect();
    let keys = Keys {
        fmu: &fmu_pk,
        chair: &chair_pk,
        members: [&m[0], &m[1], &m[2]],
    };
    let roster = signed(
        &fmu,
        Kind::Roster,
        &fixture::roster(1, "2026-01-05T09:00:00Z", &keys),
    );
    desk.pin_roster(&roster, &fmu.keyid()).unwrap();
    desk.import(&signed(
        &fmu,
        Kind::Meeting,
        &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
    ));
    desk.import(&signed(
        &fmu,
        Kind::DossierPackage,
        &fixture::package("2026-10-15T08:00:00Z"),
    ));
    desk
}

/// What the chair's workspace holds: every file's hash and origin, and per seat the
/// current file (or that it is disputed).
type State = (
    Vec<(String, String, String)>,
    Vec<(String, Option<String>, bool)>,
);

fn state(desk: &Desk) -> State {
    let files = desk.files_held().unwrap();
    let current = desk
        .received_positions(MEETING)
        .unwrap()
        .into_iter()
        .map(|s| (s.seat, s.hash, s.disputed))
        .collect();
    (files, current)
}

fn file_strategy() -> impl Strategy<Value = (usize, u64, u8)> {
    // (member 0 or 1, sequence 1..=3, stance choice): small ranges make repeats and
    // equivocations (same sequence, other content) frequent.
    (0usize..2, 1u64..=3, 0u8..3)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
    #[test]
    fn import_order_does_not_matter(
        files in prop::collection::vec(file_strategy(), 1..7),
        shuffle in any::<prop::sample::Index>(),
    ) {
        let bytes: Vec<Vec<u8>> = files
            .iter()
            .map(|&(member, sequence, choice)| {
                let stance = [Stance::JoinConsensus, Stance::Abstain, Stance::Object][choice as usize];
                let reason = (stance == Stance::Object).then_some("Not ready.");
                let file = fixture::position(
                    MEMBER_SEATS[member],
                    MEETING,
                    sequence,
                    "2026-11-20T10:00:00Z",
                    vec![fixture::stance(3, stance, reason)],
                );
                signed(&fixed_identity(3 + member as u8), Kind::Position, &file)
            })
            .collect();
        let mut reordered = bytes.clone();
        reordered.reverse();
        let k = shuffle.index(reordered.len());
        reordered.rotate_left(k);

        let root = tempfile::tempdir().unwrap();
        let mut a = chair(root.path(), "a");
        let mut b = chair(root.path(), "b");
        for f in &bytes { a.import(f); }
        for f in &reordered { b.import(f); }
        prop_assert_eq!(state(&a), state(&b));
    }
}

/// Roster version 2, in force before the meeting: un-1 moves from key 3 to key 6 and the
/// chair from key 2 to key 7.
fn roster_v2() -> Vec<u8> {
    let fmu = fixed_identity(1);
    let (fmu_pk, chair_pk) = (fmu.public_hex(), fixed_identity(7).public_hex());
    let m: Vec<String> = [6, 4, 5]
        .iter()
        .map(|&i| fixed_identity(i).public_hex())
        .collect();
    let keys = Keys {
        fmu: &fmu_pk,
        chair: &chair_pk,
        members: [&m[0], &m[1], &m[2]],
    };
    let mut r = fixture::roster(2, "2026-11-25T09:00:00Z", &keys);
    r.format = 2;
    r.effective_from = Some("2026-11-26".parse().unwrap());
    signed(&fmu, Kind::Roster, &r)
}

/// What counts: per seat the current file (or a dispute), the decisions that stand, and
/// what is allocated.
type Counted = (Vec<(String, Option<String>, bool)>, String, String);

fn counted_state(desk: &Desk) -> Counted {
    let view = desk.meeting_view(MEETING).unwrap();
    let decisions: Vec<_> = view
        .items
        .iter()
        .map(|i| {
            (
                i.item,
                i.decision.as_ref().map(|d| (d.outcome, d.funding.clone())),
            )
        })
        .collect();
    (
        state(desk).1,
        format!("{decisions:?}"),
        desk.fund_balances().unwrap().allocated.to_string(),
    )
}

/// (signer: 0 = un-1's old key, 1 = its new key, 2 = donors-1; or 3 = the old chair,
/// 4 = the new chair; sequence or amount choice 1..=3, stance choice)
fn rotating_strategy() -> impl Strategy<Value = (u8, u64, u8)> {
    (0u8..5, 1u64..=3, 0u8..3)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]
    #[test]
    fn a_rotating_roster_does_not_make_order_matter(
        files in prop::collection::vec(rotating_strategy(), 1..7),
        at in any::<prop::sample::Index>(),
        shuffle in any::<prop::sample::Index>(),
    ) {
        let root = tempfile::tempdir().unwrap();
        let mut a = chair(root.path(), "a");
        let mut b = chair(root.path(), "b");
        let tally = a.meeting_view(MEETING).unwrap().items[0].tally.clone();
        let mut bytes: Vec<Vec<u8>> = files
            .iter()
            .map(|&(who, n, choice)| {
                if who >= 3 {
                    // A decision approving item 1 with an amount of its own.
                    let mut d = crate::authority::decision(MEETING, &[], tally.clone());
                    d.decisions[0].item = 1;
                    d.signed_at = fixture::at(&format!("2026-12-10T17:0{choice}:00Z"));
                    d.decisions[0].funding = Some(scdesk::sync::Funding {
                        amount: format!("{n}000"),
                        source: scdesk::ledger::Source::Pool,
                        split: vec![scdesk::sync::SplitLine { organisation: "ILO".into(), amount: format!("{n}000") }],
                    });
                    return signed(&fixed_identity(if who == 3 { 2 } else { 7 }), Kind::Decision, &d);
                }
                let stance = [Stance::JoinConsensus, Stance::Abstain, Stance::Object][choice as usize];
                let reason = (stance == Stance::Object).then_some("Not ready.");
                let seat = MEMBER_SEATS[if who == 2 { 1 } else { 0 }];
                let file = fixture::position(seat, MEETING, n, "2026-11-20T10:00:00Z",
                    vec![fixture::stance(3, stance, reason)]);
                signed(&fixed_identity([3, 6, 4][who as usize]), Kind::Position, &file)
            })
            .collect();
        bytes.insert(at.index(bytes.len() + 1), roster_v2());
        let mut reordered = bytes.clone();
        reordered.reverse();
        let k = shuffle.index(reordered.len());
        reordered.rotate_left(k);
        // Twice: a file refused for a missing prerequisite (a key only v2 lists) is
        // imported again once it is held.
        for _ in 0..2 {
            for f in &bytes { a.import(f); }
            for f in &reordered { b.import(f); }
        }
        prop_assert_eq!(counted_state(&a), counted_state(&b));
        // No key v2 took away counts: un-1's counted file is the new key's, and the
        // decision that stands is the new chair's.
        let un_1 = a.received_positions(MEETING).unwrap().into_iter().find(|s| s.seat == MEMBER_SEATS[0]);
        if let Some(hash) = un_1.and_then(|s| s.hash) {
            let v = a.verify(&a.file_bytes(&hash).unwrap().unwrap()).unwrap();
            prop_assert_eq!(v.signer.keyid, fixed_identity(6).keyid());
        }
        if let Some(d) = &a.meeting_view(MEETING).unwrap().items[0].decision {
            let new_chair: Vec<_> = files.iter().filter(|f| f.0 == 4).collect();
            prop_assert!(!new_chair.is_empty(), "an old chair's decision stands: {:?}", d);
        }
    }
}
