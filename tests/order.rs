//! Import order does not matter: any set of position files leaves the chair's workspace in
//! the same state whichever order they arrive in (a property test).

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
