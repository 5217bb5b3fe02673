//! Authority over time: which roster governs a signed file, and whether the key that
//! signed it holds, in that roster, the seat, role and term the file needs. Pure
//! functions over the rosters held; spec: docs/sync-format.md §5.3 and §5.10.
//!
//! The date that picks the governing roster is one the signer cannot set: for a position
//! or decision file, the date of its meeting as the meeting's organiser signed it; for
//! every other kind, the newest roster held governs (the signer's own date only has to
//! fall within its term there).

use chrono::NaiveDate;

use crate::roster::Role;
use crate::sync::{Kind, Roster, RosterSeat, SyncError};

/// The first day a roster governs: its signed `effective_from` (format 2), or the UTC
/// date of its `issued_at` (format 1).
pub fn effective_from(roster: &Roster) -> NaiveDate {
    roster
        .effective_from
        .unwrap_or_else(|| roster.issued_at.date_naive())
}

/// The newest roster held (highest version).
pub fn current(rosters: &[Roster]) -> Option<&Roster> {
    rosters.iter().max_by_key(|r| r.version)
}

/// The roster in force on `date`: the highest version whose effective date is on or
/// before it; for a date before every roster's, the oldest held (the trust root).
pub fn in_force(rosters: &[Roster], date: NaiveDate) -> Option<&Roster> {
    rosters
        .iter()
        .filter(|r| effective_from(r) <= date)
        .max_by_key(|r| r.version)
        .or_else(|| rosters.iter().min_by_key(|r| r.version))
}

/// What a file asks of its signer's seat.
#[derive(Debug, Clone, Copy)]
pub struct Claim<'a> {
    pub kind: Kind,
    /// The roster that governs the file.
    pub roster: &'a Roster,
    /// The date the seat's term must cover.
    pub date: NaiveDate,
    /// For a position file: the seat it speaks for.
    pub seat: Option<&'a str>,
}

/// The seat through which `keyid` may sign what `claim` describes, or the rule it breaks
/// (must-reject rules 17, 18, 22, 41 and 42). `rosters` are every version held: they
/// only tell a key that a newer roster took away from one no roster ever listed.
pub fn authorize<'r>(
    rosters: &[Roster],
    keyid: &str,
    claim: Claim<'r>,
) -> Result<&'r RosterSeat, SyncError> {
    let holds = |s: &RosterSeat| s.holds_keyid(keyid);
    let seats: Vec<&RosterSeat> = claim.roster.seats.iter().filter(|s| holds(s)).collect();
    if seats.is_empty() {
        return Err(taken_away(rosters, keyid, claim.roster));
    }
    // Rule 17: the term in the governing roster covers the date.
    let in_term: Vec<&RosterSeat> = seats
        .iter()
        .copied()
        .filter(|s| s.term_start <= claim.date && claim.date <= s.term_end)
        .collect();
    let Some(first) = in_term.first() else {
        let s = seats[0];
        return Err(SyncError::OutsideTerm {
            seat: s.id.clone(),
            date: claim.date,
            start: s.term_start,
            end: s.term_end,
            version: claim.roster.version,
        });
    };
    // Rule 18: a role that may sign the kind.
    let allowed = claim.kind.signers();
    let may_sign: Vec<&RosterSeat> = in_term
        .iter()
        .copied()
        .filter(|s| allowed.contains(&s.role))
        .collect();
    let Some(seat) = may_sign.first() else {
        return Err(SyncError::RoleMayNotSign {
            seat: first.id.clone(),
            role: first.role.as_str(),
            kind: claim.kind.as_str(),
        });
    };
    // Rule 22: a member speaks only for their own seat.
    if let Some(claimed) = claim.seat {
        return may_sign
            .iter()
            .copied()
            .find(|s| s.id == claimed && s.role == Role::Member)
            .ok_or_else(|| SyncError::KeyNotOnRoster {
                signer: seat.name.clone(),
                holder: seat.id.clone(),
                claimed: claimed.to_string(),
            });
    }
    Ok(seat)
}

/// Why a key that some roster held lists has no seat in `governing`: its seat went to
/// another key (rule 41) or it was taken off the committee (rule 42).
fn taken_away(rosters: &[Roster], keyid: &str, governing: &Roster) -> SyncError {
    let held: Vec<&RosterSeat> = rosters
        .iter()
        .flat_map(|r| r.seats.iter())
        .filter(|s| s.keyid().as_deref() == Some(keyid))
        .collect();
    let Some(old) = held.last() else {
        return SyncError::UnknownKey(crate::dsse::grouped(keyid));
    };
    let from = effective_from(governing);
    match governing.seats.iter().find(|s| s.id == old.id) {
        Some(_) => SyncError::KeyRotated {
            seat: old.id.clone(),
            version: governing.version,
            from,
        },
        None => SyncError::KeyRemoved {
            name: old.name.clone(),
            version: governing.version,
            from,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn key(n: u8) -> String {
        let signing = ed25519_dalek::SigningKey::from_bytes(&[n; 32]);
        hex::encode(signing.verifying_key().as_bytes())
    }

    fn keyid(n: u8) -> String {
        let signing = ed25519_dalek::SigningKey::from_bytes(&[n; 32]);
        crate::dsse::keyid(&signing.verifying_key())
    }

    fn seat(id: &str, role: Role, k: u8, start: &str, end: &str) -> RosterSeat {
        RosterSeat {
            id: id.into(),
            constituency: None,
            name: format!("holder of {id}"),
            organisation: String::new(),
            role,
            term_start: d(start),
            term_end: d(end),
            public_key: key(k),
        }
    }

    fn roster(
        version: u64,
        issued: &str,
        effective: Option<&str>,
        seats: Vec<RosterSeat>,
    ) -> Roster {
        Roster {
            format: if effective.is_some() { 2 } else { 1 },
            fund: "mmptf".into(),
            version,
            issued_at: format!("{issued}T09:00:00Z")
                .parse::<DateTime<Utc>>()
                .unwrap(),
            effective_from: effective.map(d),
            seats,
        }
    }

    /// v1: fmu key 1, chair key 2, un-1 key 3, donors-1 key 4, countries-1 key 5.
    /// v2 (in force from 2026-06-01): un-1 rotated to key 6, key 4 moved to countries-1,
    /// key 5 dropped (its seat to key 4), stakeholders-1 (key 10) removed, the chair (key 2) demoted to member of a new seat, chair key 7,
    /// fmu key 8; donors-1 held by key 9 with a term shortened to 2026-08-31.
    fn rosters() -> Vec<Roster> {
        let long = ("2024-01-01", "2028-12-31");
        let v1 = roster(
            1,
            "2026-01-05",
            None,
            vec![
                seat("fmu", Role::Fmu, 1, long.0, long.1),
                seat("chair", Role::Chair, 2, long.0, long.1),
                seat("un-1", Role::Member, 3, long.0, long.1),
                seat("donors-1", Role::Member, 4, long.0, long.1),
                seat("countries-1", Role::Member, 5, long.0, long.1),
                seat("stakeholders-1", Role::Member, 10, long.0, long.1),
            ],
        );
        let v2 = roster(
            2,
            "2026-05-20",
            Some("2026-06-01"),
            vec![
                seat("fmu", Role::Fmu, 8, long.0, long.1),
                seat("chair", Role::Chair, 7, long.0, long.1),
                seat("un-1", Role::Member, 6, long.0, long.1),
                seat("donors-1", Role::Member, 9, long.0, "2026-08-31"),
                seat("countries-1", Role::Member, 4, long.0, long.1),
                seat("un-2", Role::Member, 2, long.0, long.1),
            ],
        );
        vec![v1, v2]
    }

    #[test]
    fn the_roster_in_force_follows_effective_dates_not_versions_alone() {
        let r = rosters();
        let cases = [
            ("2025-03-01", 1), // before every roster: the trust root
            ("2026-05-31", 1),
            ("2026-06-01", 2),
            ("2027-01-01", 2),
        ];
        for (date, version) in cases {
            assert_eq!(in_force(&r, d(date)).unwrap().version, version, "{date}");
        }
        assert_eq!(current(&r).unwrap().version, 2);
    }

    #[test]
    fn authority_cases() {
        let r = rosters();
        // (key, kind, meeting date, seat claimed, expected: Ok(seat) or Err(code))
        type Case<'a> = (u8, Kind, &'a str, Option<&'a str>, Result<&'a str, &'a str>);
        let cases: &[Case] = &[
            (3, Kind::Position, "2026-03-10", Some("un-1"), Ok("un-1")),
            (
                3,
                Kind::Position,
                "2026-12-10",
                Some("un-1"),
                Err("key_rotated"),
            ),
            (6, Kind::Position, "2026-12-10", Some("un-1"), Ok("un-1")),
            (
                4,
                Kind::Position,
                "2026-12-10",
                Some("donors-1"),
                Err("key_not_on_roster"),
            ),
            (
                4,
                Kind::Position,
                "2026-12-10",
                Some("countries-1"),
                Ok("countries-1"),
            ),
            (
                5,
                Kind::Position,
                "2026-12-10",
                Some("countries-1"),
                Err("key_rotated"),
            ),
            (
                10,
                Kind::Position,
                "2026-12-10",
                Some("stakeholders-1"),
                Err("key_removed"),
            ),
            (
                5,
                Kind::Position,
                "2026-03-10",
                Some("countries-1"),
                Ok("countries-1"),
            ),
            (
                9,
                Kind::Position,
                "2026-12-10",
                Some("donors-1"),
                Err("outside_term"),
            ),
            (
                9,
                Kind::Position,
                "2026-07-10",
                Some("donors-1"),
                Ok("donors-1"),
            ),
            (2, Kind::Decision, "2026-03-10", None, Ok("chair")),
            (
                2,
                Kind::Decision,
                "2026-12-10",
                None,
                Err("role_may_not_sign"),
            ),
            (7, Kind::Decision, "2026-12-10", None, Ok("chair")),
            (
                99,
                Kind::Position,
                "2026-12-10",
                Some("un-1"),
                Err("unknown_key"),
            ),
        ];
        for (k, kind, date, claimed, expected) in cases {
            let roster = in_force(&r, d(date)).unwrap();
            let id = if *k == 99 { "0".repeat(64) } else { keyid(*k) };
            let got = authorize(
                &r,
                &id,
                Claim {
                    kind: *kind,
                    roster,
                    date: d(date),
                    seat: *claimed,
                },
            );
            match (got, expected) {
                (Ok(seat), Ok(want)) => assert_eq!(seat.id, *want, "key {k} {date}"),
                (Err(e), Err(code)) => assert_eq!(e.code(), *code, "key {k} {date}: {e}"),
                (got, want) => panic!("key {k} on {date}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn files_that_carry_only_their_own_date_answer_to_the_newest_roster() {
        let r = rosters();
        let newest = current(&r).unwrap();
        let claim = |kind| Claim {
            kind,
            roster: newest,
            date: d("2026-03-10"),
            seat: None,
        };
        // The dropped FMU key, even with a date inside its old term.
        let e = authorize(&r, &keyid(1), claim(Kind::Contributions)).unwrap_err();
        assert_eq!(e.code(), "key_rotated");
        assert_eq!(
            authorize(&r, &keyid(8), claim(Kind::Meeting)).unwrap().id,
            "fmu"
        );
    }
}
