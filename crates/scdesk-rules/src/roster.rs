//! The roster: who sits on the committee, for which constituency, in which role and for
//! which term; and the committee's rules over it as pure functions (composition,
//! rotation, terms). No I/O here.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::profile::FundProfile;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A voting member holding one of the committee's seats.
    Member,
    /// The chair; does not hold one of the constituency seats.
    Chair,
    /// The Fund Management Unit (secretariat): prepares rosters and dossiers.
    Fmu,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Chair => "chair",
            Role::Fmu => "fmu",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "member" => Some(Role::Member),
            "chair" => Some(Role::Chair),
            "fmu" => Some(Role::Fmu),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    pub id: String,
    /// The constituency's id from the fund profile; none for the chair and the FMU.
    pub constituency: Option<String>,
    pub name: String,
    pub organisation: String,
    pub role: Role,
    pub term_start: NaiveDate,
    /// The last day of the term, inclusive.
    pub term_end: NaiveDate,
}

impl Seat {
    /// Whether the seat's term includes `date` (both ends inclusive).
    pub fn term_covers(&self, date: NaiveDate) -> bool {
        term_covers(self.term_start, self.term_end, date)
    }
}

/// Whether a term from `start` to `end` (inclusive) covers `date`.
pub fn term_covers(start: NaiveDate, end: NaiveDate, date: NaiveDate) -> bool {
    start <= date && date <= end
}

/// What is wrong with a committee's composition.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompositionError {
    #[error(
        "Seat {seat} names constituency `{constituency}`, which the fund profile does not define."
    )]
    UnknownConstituency { seat: String, constituency: String },
    #[error("Member seat {seat} has no constituency: every member seat belongs to one.")]
    MemberWithoutConstituency { seat: String },
    #[error("On {date}, constituency {constituency} has {found} serving members; the fund profile gives it {expected} seats.")]
    WrongSeatCount {
        constituency: String,
        found: u32,
        expected: u32,
        date: NaiveDate,
    },
    #[error("Seat {seat}'s term ends ({end}) before it starts ({start}).")]
    TermReversed {
        seat: String,
        start: NaiveDate,
        end: NaiveDate,
    },
    #[error("Seat {seat}'s term runs from {start} to {end}, longer than the profile's {years}-year term.")]
    TermTooLong {
        seat: String,
        start: NaiveDate,
        end: NaiveDate,
        years: u32,
    },
    #[error("Seat id {seat} appears twice in the roster.")]
    DuplicateSeat { seat: String },
    #[error("The roster has no chair serving on {date}.")]
    NoChair { date: NaiveDate },
}

/// Checks that the members serving on `date` fill exactly the seats the profile gives each
/// constituency, and that every term is well formed.
pub fn check_composition(
    profile: &FundProfile,
    seats: &[Seat],
    date: NaiveDate,
) -> Result<(), CompositionError> {
    let mut ids = std::collections::BTreeSet::new();
    for seat in seats {
        if !ids.insert(seat.id.as_str()) {
            return Err(CompositionError::DuplicateSeat {
                seat: seat.id.clone(),
            });
        }
        if seat.term_end < seat.term_start {
            return Err(CompositionError::TermReversed {
                seat: seat.id.clone(),
                start: seat.term_start,
                end: seat.term_end,
            });
        }
        if seat.role == Role::Member {
            let limit = add_years(seat.term_start, profile.term_years);
            if seat.term_end >= limit {
                return Err(CompositionError::TermTooLong {
                    seat: seat.id.clone(),
                    start: seat.term_start,
                    end: seat.term_end,
                    years: profile.term_years,
                });
            }
        }
    }
    let mut serving: BTreeMap<&str, u32> = profile
        .constituencies
        .iter()
        .map(|c| (c.id.as_str(), 0))
        .collect();
    for seat in seats.iter().filter(|s| s.role == Role::Member) {
        let Some(constituency) = seat.constituency.as_deref() else {
            return Err(CompositionError::MemberWithoutConstituency {
                seat: seat.id.clone(),
            });
        };
        let Some(count) = serving.get_mut(constituency) else {
            return Err(CompositionError::UnknownConstituency {
                seat: seat.id.clone(),
                constituency: constituency.to_string(),
            });
        };
        if seat.term_covers(date) {
            *count += 1;
        }
    }
    for c in &profile.constituencies {
        let found = serving[c.id.as_str()];
        if found != c.seats {
            return Err(CompositionError::WrongSeatCount {
                constituency: c.name.clone(),
                found,
                expected: c.seats,
                date,
            });
        }
    }
    if !seats
        .iter()
        .any(|s| s.role == Role::Chair && s.term_covers(date))
    {
        return Err(CompositionError::NoChair { date });
    }
    Ok(())
}

/// The member seats whose term ends in `year`: those rotating off that year.
pub fn rotating_off(seats: &[Seat], year: i32) -> Vec<&Seat> {
    seats
        .iter()
        .filter(|s| s.role == Role::Member && s.term_end.year() == year)
        .collect()
}

/// The seats (any role) whose term covers `date`.
pub fn serving_on(seats: &[Seat], date: NaiveDate) -> Vec<&Seat> {
    seats.iter().filter(|s| s.term_covers(date)).collect()
}

/// `date` moved forward by whole years; 29 February becomes 28 February when needed.
fn add_years(date: NaiveDate, years: u32) -> NaiveDate {
    let year = date.year() + years as i32;
    date.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .expect("28 exists in every month")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn seat(id: &str, constituency: &str, start: &str, end: &str) -> Seat {
        Seat {
            id: id.into(),
            constituency: Some(constituency.into()),
            name: format!("Member {id}"),
            organisation: "Org".into(),
            role: Role::Member,
            term_start: d(start),
            term_end: d(end),
        }
    }

    fn chair() -> Seat {
        Seat {
            id: "chair".into(),
            constituency: None,
            name: "Chair".into(),
            organisation: "IOM".into(),
            role: Role::Chair,
            term_start: d("2024-01-01"),
            term_end: d("2028-12-31"),
        }
    }

    /// A full committee: in each constituency one seat ends each year 2026–2028.
    fn committee() -> Vec<Seat> {
        let mut seats = vec![chair()];
        for c in ["un_network", "donors", "countries", "stakeholders"] {
            seats.push(seat(&format!("{c}-1"), c, "2024-01-01", "2026-12-31"));
            seats.push(seat(&format!("{c}-2"), c, "2025-01-01", "2027-12-31"));
            seats.push(seat(&format!("{c}-3"), c, "2026-01-01", "2028-12-31"));
        }
        seats
    }

    #[test]
    fn term_covers_is_inclusive_at_both_ends() {
        let cases = [
            ("2024-01-01", "2026-12-31", "2024-01-01", true),
            ("2024-01-01", "2026-12-31", "2026-12-31", true),
            ("2024-01-01", "2026-12-31", "2027-01-01", false),
            ("2024-01-01", "2026-12-31", "2023-12-31", false),
            ("2024-01-01", "2026-12-31", "2025-06-15", true),
        ];
        for (start, end, date, expected) in cases {
            assert_eq!(
                term_covers(d(start), d(end), d(date)),
                expected,
                "{start}..{end} covers {date}"
            );
        }
    }

    #[test]
    fn composition_cases() {
        let profile = FundProfile::builtin();
        type Edit = fn(&mut Vec<Seat>);
        type Check = fn(&CompositionError) -> bool;
        let cases: Vec<(&str, &str, Edit, Option<Check>)> = vec![
            ("full committee", "2026-06-01", |_| {}, None),
            ("full on the last day of a term", "2026-12-31", |_| {}, None),
            (
                "a seat unfilled after rotation",
                "2027-01-01",
                |_| {},
                Some(|e| matches!(e, CompositionError::WrongSeatCount { found: 2, .. })),
            ),
            (
                "a successor fills it",
                "2027-01-01",
                |s| {
                    for c in ["un_network", "donors", "countries", "stakeholders"] {
                        s.push(seat(&format!("{c}-4"), c, "2027-01-01", "2029-12-31"));
                    }
                },
                None,
            ),
            (
                "an unknown constituency",
                "2026-06-01",
                |s| s[1].constituency = Some("observers".into()),
                Some(|e| matches!(e, CompositionError::UnknownConstituency { .. })),
            ),
            (
                "a member without constituency",
                "2026-06-01",
                |s| s[1].constituency = None,
                Some(|e| matches!(e, CompositionError::MemberWithoutConstituency { .. })),
            ),
            (
                "a fourth donor",
                "2026-06-01",
                |s| s.push(seat("donors-x", "donors", "2026-01-01", "2026-12-31")),
                Some(|e| {
                    matches!(
                        e,
                        CompositionError::WrongSeatCount {
                            found: 4,
                            expected: 3,
                            ..
                        }
                    )
                }),
            ),
            (
                "a four-year term",
                "2026-06-01",
                |s| s[1].term_end = d("2027-12-31"),
                Some(|e| matches!(e, CompositionError::TermTooLong { years: 3, .. })),
            ),
            (
                "a reversed term",
                "2026-06-01",
                |s| s[1].term_end = d("2023-12-31"),
                Some(|e| matches!(e, CompositionError::TermReversed { .. })),
            ),
            (
                "a duplicate seat id",
                "2026-06-01",
                |s| {
                    let dup = s[1].clone();
                    s.push(dup)
                },
                Some(|e| matches!(e, CompositionError::DuplicateSeat { .. })),
            ),
            (
                "no chair",
                "2026-06-01",
                |s| s.retain(|x| x.role != Role::Chair),
                Some(|e| matches!(e, CompositionError::NoChair { .. })),
            ),
        ];
        for (name, date, edit, expected) in cases {
            let mut seats = committee();
            edit(&mut seats);
            match (check_composition(&profile, &seats, d(date)), expected) {
                (Ok(()), None) => {}
                (Err(e), Some(check)) => assert!(check(&e), "{name}: got {e:?}"),
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }

    #[test]
    fn four_seats_rotate_off_each_year() {
        let seats = committee();
        let cases = [(2025, 0), (2026, 4), (2027, 4), (2028, 4), (2029, 0)];
        for (year, expected) in cases {
            let off = rotating_off(&seats, year);
            assert_eq!(off.len(), expected, "{year}");
            assert!(off.iter().all(|s| s.role == Role::Member));
        }
        let ids: Vec<_> = rotating_off(&seats, 2026)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(
            ids,
            ["un_network-1", "donors-1", "countries-1", "stakeholders-1"]
        );
    }

    #[test]
    fn serving_on_a_date() {
        let seats = committee();
        assert_eq!(serving_on(&seats, d("2026-06-01")).len(), 13);
        assert_eq!(serving_on(&seats, d("2027-06-01")).len(), 9);
        assert_eq!(serving_on(&seats, d("2023-06-01")).len(), 0);
    }

    #[test]
    fn add_years_handles_leap_days() {
        assert_eq!(add_years(d("2024-02-29"), 3), d("2027-02-28"));
        assert_eq!(add_years(d("2024-01-01"), 3), d("2027-01-01"));
    }
}
