//! The demo workspace: the Fund's real contributions (from its brochure, August 2024) with
//! fictional seats, Joint Programmes and a meeting, so a new user sees a working desk.
//! Everything fictional is labelled "Demo data" wherever it is shown.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::dossier::Dossier;
use crate::fund::Contribution;
use crate::meeting::Meeting;
use crate::money::{self, MoneyError};
use crate::profile::FundProfile;
use crate::roster::Seat;

/// The demo data file shipped with the crate.
pub const DEMO_JSON: &str = include_str!("../data/demo.json");

/// How the user is told that what they see is not real.
pub const DEMO_LABEL: &str = "Demo data";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    format: u32,
    label: String,
    seats: Vec<Seat>,
    contributions: Vec<ContributionLine>,
    dossiers: Vec<Dossier>,
    meetings: Vec<Meeting>,
}

/// A contribution as the brochure writes it: `19,569,912 USD`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContributionLine {
    contributor: String,
    amount: String,
    earmark_area: Option<u32>,
    date: NaiveDate,
}

/// The demo workspace's content, parsed and checked.
#[derive(Debug, Clone)]
pub struct DemoWorkspace {
    pub label: String,
    pub seats: Vec<Seat>,
    pub contributions: Vec<Contribution>,
    pub dossiers: Vec<Dossier>,
    pub meetings: Vec<Meeting>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DemoError {
    #[error("The demo data is not valid: {0}")]
    Malformed(String),
    #[error("The demo contribution of {contributor} is not an amount: {error}")]
    BadAmount {
        contributor: String,
        error: MoneyError,
    },
    #[error("Trying another seat is for the demo workspace only. In a real workspace your key is yours alone, and it holds the seat the FMU's roster gives it.")]
    NotTheDemo,
    #[error("The demo's roster has no seat {0}: choose one of the seats it lists.")]
    UnknownSeat(String),
}

/// A seat of the demo's roster that the user can try.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoRole {
    pub seat: String,
    pub name: String,
    pub organisation: String,
    /// The constituency's name ("Donors"), or the role's for the chair and the FMU.
    pub group: String,
    pub role: crate::roster::Role,
    /// Whether this is the seat being tried now.
    pub current: bool,
}

impl crate::desk::Desk {
    /// The demo's seats, each a role the user can try: the chair (the workspace's own
    /// key), the FMU and every member, each with the demo key that holds it.
    pub fn demo_roles(&self) -> Result<Vec<DemoRole>, crate::error::Error> {
        if self.store.meta("demo_label")?.is_none() {
            return Err(DemoError::NotTheDemo.into());
        }
        let me = self.identity()?;
        let roster = self.rosters()?;
        let Some(current) = crate::authority::current(&roster) else {
            return Ok(Vec::new());
        };
        let words = self.words();
        Ok(current
            .seats
            .iter()
            .map(|s| DemoRole {
                seat: s.id.clone(),
                name: s.name.clone(),
                organisation: s.organisation.clone(),
                group: self.seat_group_in(&words, s.role, s.constituency.as_deref()),
                role: s.role,
                current: me.seat.as_deref() == Some(s.id.as_str()),
            })
            .collect())
    }

    /// In the demo, signs from now on as the holder of `seat`: the chair's seat is the
    /// workspace's own key; the FMU's and the members' are the demo's public keys
    /// (`demo_identity`), which the demo roster gives them. Draft positions are
    /// forgotten, since they belong to the seat that made them. Only in memory: the
    /// workspace opens again as the chair.
    pub fn act_in_demo_as(
        &mut self,
        seat: &str,
    ) -> Result<crate::exchange::IdentityView, crate::error::Error> {
        let role = self
            .demo_roles()?
            .into_iter()
            .find(|r| r.seat == seat)
            .ok_or_else(|| DemoError::UnknownSeat(crate::untrusted::quote(seat, 40)))?;
        let acting = match role.role {
            crate::roster::Role::Chair => None,
            crate::roster::Role::Fmu => Some((role.seat, demo_identity("fmu"))),
            crate::roster::Role::Member => Some((role.seat.clone(), demo_identity(&role.seat))),
        };
        self.store.transaction(|tx| tx.clear_drafts())?;
        self.acting = acting;
        self.identity()
    }
}

impl DemoWorkspace {
    /// The demo shipped with SC Desk, its amounts read in the profile's currency.
    pub fn builtin(profile: &FundProfile) -> Result<DemoWorkspace, DemoError> {
        let file: DemoFile =
            serde_json::from_str(DEMO_JSON).map_err(|e| DemoError::Malformed(e.to_string()))?;
        if file.format != 1 {
            return Err(DemoError::Malformed(format!(
                "format {} is not 1",
                file.format
            )));
        }
        let contributions = file
            .contributions
            .into_iter()
            .map(|line| {
                let amount =
                    money::parse_amount(&line.amount, &profile.currency).map_err(|error| {
                        DemoError::BadAmount {
                            contributor: line.contributor.clone(),
                            error,
                        }
                    })?;
                Ok(Contribution {
                    contributor: line.contributor,
                    amount,
                    earmark_area: line.earmark_area,
                    date: line.date,
                })
            })
            .collect::<Result<Vec<_>, DemoError>>()?;
        Ok(DemoWorkspace {
            label: file.label,
            seats: file.seats,
            contributions,
            dossiers: file.dossiers,
            meetings: file.meetings,
        })
    }
}

/// A demo document for each dossier: its concept note as plain text, so the document
/// viewer has something real to open. Returns (dossier, version, name, media type, bytes).
pub fn concept_notes(demo: &DemoWorkspace) -> Vec<(String, u32, String, String, Vec<u8>)> {
    demo.dossiers
        .iter()
        .map(|d| {
            let mut text = format!(
                "{label} — fictional document\n\nJOINT PROGRAMME CONCEPT NOTE\n{}\n{}\n\nCountries: {}\nSubmitted by: {}\nDuration: {} months from {}\n\nSUMMARY\n{}\n\nPARTICIPATING UN ORGANISATIONS (direct costs)\n",
                d.reference,
                d.title,
                d.countries.join(", "),
                d.resident_coordinator,
                d.duration_months,
                d.start_date,
                d.summary,
                label = DEMO_LABEL,
            );
            for p in &d.participants {
                text.push_str(&format!("  {:<12} USD {}\n", p.organisation, p.direct));
            }
            (
                d.id.clone(),
                d.version,
                "concept-note.txt".to_string(),
                "text/plain; charset=utf-8".to_string(),
                text.into_bytes(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::Status;
    use crate::roster;
    use rust_decimal::Decimal;
    use std::collections::BTreeSet;

    fn demo() -> (FundProfile, DemoWorkspace) {
        let profile = FundProfile::builtin();
        let demo = DemoWorkspace::builtin(&profile).unwrap();
        (profile, demo)
    }

    #[test]
    fn contributions_are_the_brochures_to_the_dollar() {
        let (_, demo) = demo();
        assert_eq!(demo.contributions.len(), 22);
        let total: Decimal = demo.contributions.iter().map(|c| c.amount).sum();
        assert_eq!(total, Decimal::from(57_595_084));
        let germany = &demo.contributions[0];
        assert_eq!(germany.contributor, "GERMANY");
        assert_eq!(germany.amount, Decimal::from(19_569_912));
        assert!(demo
            .contributions
            .iter()
            .any(|c| c.contributor == "TÜRKIYE"));
    }

    #[test]
    fn the_committee_is_complete_today() {
        let (profile, demo) = demo();
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        roster::check_composition(&profile, &demo.seats, today).unwrap();
        assert_eq!(roster::rotating_off(&demo.seats, 2026).len(), 4);
    }

    #[test]
    fn dossiers_cover_every_area_and_fit_the_profile() {
        let (profile, demo) = demo();
        assert!(demo.dossiers.len() >= 8);
        let areas: BTreeSet<u32> = demo.dossiers.iter().map(|d| d.area).collect();
        assert_eq!(areas, (1..=5).collect());
        let regions: BTreeSet<&str> = demo.dossiers.iter().map(|d| d.region.as_str()).collect();
        assert!(regions.len() >= 4, "{regions:?}");
        assert!(demo.dossiers.iter().any(|d| d.status == Status::Pipeline));
        assert!(demo.dossiers.iter().any(|d| d.status == Status::Funded));
        for d in &demo.dossiers {
            assert!(profile.area(d.area).is_some(), "{}", d.id);
            for o in &d.objectives {
                assert!(profile.objective(*o).is_some(), "{} objective {o}", d.id);
            }
            d.budget(&profile).unwrap();
        }
    }

    #[test]
    fn the_upcoming_meeting_refers_to_demo_dossiers() {
        let (_, demo) = demo();
        assert_eq!(demo.meetings.len(), 1);
        let ids: BTreeSet<&str> = demo.dossiers.iter().map(|d| d.id.as_str()).collect();
        for item in &demo.meetings[0].agenda {
            if let Some(d) = &item.dossier {
                assert!(ids.contains(d.as_str()), "{d}");
            }
        }
    }
}

/// The demo's own signing keys, derived from public labels. Anyone can compute them,
/// so they prove nothing outside the demo: they exist so that the demo's past meeting
/// is a real, verifiable set of signed files.
pub fn demo_identity(label: &str) -> crate::identity::Identity {
    let seed = crate::dsse::sha256_hex(format!("scdesk demo key: {label}").as_bytes());
    let bytes = hex::decode(seed).expect("hex");
    crate::identity::Identity::from_seed(&crate::secret::Secret::from_bytes(bytes))
        .expect("32 bytes")
}

/// The past meeting of the demo, fully decided.
pub const DEMO_PAST_MEETING: &str = "sc-2026-03";

/// Gives the demo workspace a signed history: the FMU's roster (this workspace's key is
/// the chair's), a past meeting, the members' position files (one objection) and the
/// chair's decision file, all imported and exported through the same code as real files.
pub(crate) fn sign_demo_history(desk: &mut crate::desk::Desk) -> Result<(), crate::error::Error> {
    use crate::decision::{DecisionInput, FundingInput};
    use crate::ledger::Source;
    use crate::meeting::{AgendaItem, ItemKind, Meeting, MeetingKind};
    use crate::roster::Role;
    use crate::sync::{self, Kind, MeetingFile, Outcome, Roster, RosterSeat, Stance};

    let at = |s: &str| {
        s.parse::<chrono::DateTime<chrono::Utc>>()
            .expect("a demo time")
    };
    let fmu = demo_identity("fmu");
    let me = desk.identity()?;
    let seats = desk.seats()?;
    let key_of = |seat: &crate::roster::Seat| match seat.role {
        Role::Chair => me.public_key.clone(),
        Role::Fmu => fmu.public_hex(),
        Role::Member => demo_identity(&seat.id).public_hex(),
    };
    let roster = Roster {
        format: sync::FORMAT,
        fund: desk.profile().id.clone(),
        version: 1,
        issued_at: at("2026-01-05T09:00:00Z"),
        effective_from: None,
        seats: seats
            .iter()
            .map(|s| RosterSeat {
                id: s.id.clone(),
                constituency: s.constituency.clone(),
                name: s.name.clone(),
                organisation: s.organisation.clone(),
                role: s.role,
                term_start: s.term_start,
                term_end: s.term_end,
                public_key: key_of(s),
            })
            .collect(),
    };
    let sign = |who: &crate::identity::Identity, kind: Kind, payload: &dyn erased::Payload| {
        who.sign(kind.payload_type(), payload.bytes()).to_json()
    };
    desk.pin_roster(&sign(&fmu, Kind::Roster, &roster), &fmu.keyid())?;

    let dossiers = ["jp-nca-children-on-the-move", "jp-central-asia-remittances"];
    let meeting = MeetingFile {
        format: sync::FORMAT,
        fund: desk.profile().id.clone(),
        revision: 1,
        issued_at: at("2026-08-25T09:00:00Z"),
        history: None,
        meeting: Meeting {
            id: DEMO_PAST_MEETING.into(),
            title: "Steering Committee — third meeting of 2026".into(),
            kind: MeetingKind::InPerson,
            starts_at: at("2026-09-15T08:00:00Z"),
            place: "Geneva, IOM headquarters".into(),
            agenda: vec![
                AgendaItem {
                    item: 1,
                    kind: ItemKind::Funding,
                    dossier: Some(dossiers[0].into()),
                    text: "Children on the move — Guatemala and Honduras".into(),
                },
                AgendaItem {
                    item: 2,
                    kind: ItemKind::Funding,
                    dossier: Some(dossiers[1].into()),
                    text: "Remittances and diaspora investment — Kyrgyzstan and Tajikistan".into(),
                },
                AgendaItem {
                    item: 3,
                    kind: ItemKind::Other,
                    dossier: None,
                    text: "Adoption of the Fund's work plan for 2027".into(),
                },
            ],
        },
    };
    // The brochure's contributions, as the FMU's signed statement: what every ledger follows.
    let statement = sync::ContributionStatement {
        format: sync::FORMAT,
        fund: desk.profile().id.clone(),
        version: 1,
        issued_at: at("2026-01-12T09:00:00Z"),
        as_of: chrono::NaiveDate::from_ymd_opt(2024, 8, 31).expect("a date"),
        contributions: desk.statement_lines()?,
    };
    let mut files = vec![
        sign(&fmu, Kind::Meeting, &meeting),
        sign(&fmu, Kind::Contributions, &statement),
    ];
    let objection =
        "The remittance component does not yet show how women-led households will be reached.";
    let members: Vec<&crate::roster::Seat> =
        seats.iter().filter(|s| s.role == Role::Member).collect();
    // Ten of the twelve send a position file; two do not answer.
    let answering = members
        .iter()
        .filter(|s| !["country-3", "stakeholder-3"].contains(&s.id.as_str()));
    for (i, seat) in answering.enumerate() {
        let stance = |item: u32| match (seat.id.as_str(), item) {
            ("stakeholder-2", 2) => (Stance::Object, Some(objection.to_string())),
            ("donor-3", 3) => (Stance::Abstain, None),
            _ => (Stance::JoinConsensus, None),
        };
        let signed_at = at("2026-09-10T12:00:00Z") + chrono::Duration::minutes(i as i64 * 7);
        files.push(demo_position(
            desk,
            DEMO_PAST_MEETING,
            &seat.id,
            signed_at,
            &dossiers,
            stance,
        )?);
    }
    import_all(desk, &files)?;
    for seat in members.iter().filter(|s| s.id != "stakeholder-3") {
        desk.set_attendance(
            DEMO_PAST_MEETING,
            &seat.id,
            crate::meeting::Attendance::Present,
        )?;
    }
    let budget = |id: &str| -> Result<String, crate::error::Error> {
        let page = desk.dossier_page(id)?;
        Ok(page.row.budget_total.to_string())
    };
    let amounts = [budget(dossiers[0])?, budget(dossiers[1])?];
    desk.record_decision(
        DEMO_PAST_MEETING,
        DecisionInput {
            item: 1,
            outcome: Outcome::Approved,
            conditions: None,
            funding: Some(FundingInput {
                amount: amounts[0].clone(),
                source: Source::Pool,
                split: vec![],
            }),
            override_reason: None,
        },
    )?;
    desk.record_decision(DEMO_PAST_MEETING, DecisionInput {
        item: 2, outcome: Outcome::ApprovedWithConditions,
        conditions: Some("1. Within three months, add gender-disaggregated targets for remittance users and a plan to reach women-led households.".into()),
        funding: Some(FundingInput { amount: amounts[1].clone(), source: Source::Pool, split: vec![] }),
        override_reason: Some("The objecting member agreed in the meeting that condition 1 answers the objection; the objection stays on record.".into()),
    })?;
    desk.record_decision(
        DEMO_PAST_MEETING,
        DecisionInput {
            item: 3,
            outcome: Outcome::Approved,
            conditions: None,
            funding: None,
            override_reason: None,
        },
    )?;
    desk.export_decisions_at(DEMO_PAST_MEETING, at("2026-09-15T16:00:00Z"), &mut |_| {
        Ok(())
    })?;
    sign_demo_session(desk)
}

/// The demo's meeting in session: it started an hour before the demo was made, and nine
/// members' position files have arrived (a quorum), with an objection and a recusal, so
/// the chair can record its decisions at once. Its requested amounts fit the funds.
pub const DEMO_SESSION: &str = "sc-2026-ext";

fn sign_demo_session(desk: &mut crate::desk::Desk) -> Result<(), crate::error::Error> {
    use crate::meeting::{AgendaItem, ItemKind, Meeting, MeetingKind};
    use crate::sync::{self, Kind, MeetingFile, Stance};
    use chrono::{Duration, DurationRound, Utc};

    let now = Utc::now()
        .duration_trunc(Duration::minutes(1))
        .unwrap_or_else(|_| Utc::now());
    let fmu = demo_identity("fmu");
    let dossiers = [
        "jp-gulf-guinea-trafficking",
        "jp-bangladesh-climate-mobility",
    ];
    let meeting = MeetingFile {
        format: sync::FORMAT,
        fund: desk.profile().id.clone(),
        revision: 1,
        issued_at: now - Duration::days(3),
        history: None,
        meeting: Meeting {
            id: DEMO_SESSION.into(),
            title: "Steering Committee — extraordinary session of 2026".into(),
            kind: MeetingKind::Virtual,
            starts_at: now - Duration::hours(1),
            place: "Virtual".into(),
            agenda: vec![
                AgendaItem {
                    item: 1,
                    kind: ItemKind::Funding,
                    dossier: Some(dossiers[0].into()),
                    text:
                        "Trafficking in persons and smuggling of migrants — Côte d'Ivoire and Ghana"
                            .into(),
                },
                AgendaItem {
                    item: 2,
                    kind: ItemKind::Funding,
                    dossier: Some(dossiers[1].into()),
                    text: "Climate-related drivers of displacement and migration — Bangladesh"
                        .into(),
                },
                AgendaItem {
                    item: 3,
                    kind: ItemKind::Other,
                    dossier: None,
                    text: "Dates of the Steering Committee's meetings in 2027".into(),
                },
            ],
        },
    };
    let mut files = vec![fmu
        .sign(Kind::Meeting.payload_type(), sync::payload_bytes(&meeting))
        .to_json()];
    let objection =
        "The plan does not say how displaced families will be consulted before relocation.";
    let conflict = "Conflict of interest: my organisation would implement part of this programme.";
    let answering = [
        "un-1",
        "un-2",
        "un-3",
        "donor-1",
        "donor-2",
        "country-1",
        "country-2",
        "stakeholder-1",
        "stakeholder-2",
    ];
    for (i, seat) in answering.iter().enumerate() {
        let stance = |item: u32| match (*seat, item) {
            ("country-2", 1) => (Stance::Recuse, Some(conflict.to_string())),
            ("donor-2", 2) => (Stance::Object, Some(objection.to_string())),
            _ => (Stance::JoinConsensus, None),
        };
        let signed_at = now - Duration::minutes(90 - i64::try_from(i).unwrap_or(0));
        files.push(demo_position(
            desk,
            DEMO_SESSION,
            seat,
            signed_at,
            &dossiers,
            stance,
        )?);
    }
    import_all(desk, &files)
}

/// A demo member's signed position file (sequence 1) on a meeting whose first items are
/// funding decisions on `dossiers` and the last another decision: `stance(item)` on items
/// 1 to 3, with the hash of the dossier version held on the funding items.
fn demo_position(
    desk: &crate::desk::Desk,
    meeting: &str,
    seat: &str,
    signed_at: chrono::DateTime<chrono::Utc>,
    dossiers: &[&str],
    stance: impl Fn(u32) -> (crate::sync::Stance, Option<String>),
) -> Result<Vec<u8>, crate::error::Error> {
    use crate::sync::{self, ItemPosition, Kind, PositionFile};
    let trust = desk.trust()?;
    let hash_of = |id: &str| {
        trust
            .dossier_hashes
            .get(id)
            .and_then(|h| h.iter().next().cloned())
    };
    let positions = (1..=3)
        .map(|item| {
            let (position, reason) = stance(item);
            ItemPosition {
                item,
                position,
                reason,
                dossier_hash: dossiers.get(item as usize - 1).and_then(|d| hash_of(d)),
            }
        })
        .collect();
    let file = PositionFile {
        format: sync::FORMAT,
        fund: desk.profile().id.clone(),
        meeting: meeting.into(),
        seat: seat.into(),
        sequence: 1,
        signed_at,
        positions,
    };
    Ok(demo_identity(seat)
        .sign(Kind::Position.payload_type(), sync::payload_bytes(&file))
        .to_json())
}

/// Imports the demo's signed files; any that is not imported is a broken demo.
fn import_all(desk: &mut crate::desk::Desk, files: &[Vec<u8>]) -> Result<(), crate::error::Error> {
    for r in desk.import(&crate::sync::bundle(files)) {
        if r.outcome != crate::exchange::Outcome::Imported {
            return Err(crate::error::Error::Demo(DemoError::Malformed(r.message)));
        }
    }
    Ok(())
}
mod erased {
    pub trait Payload {
        fn bytes(&self) -> Vec<u8>;
    }
    impl<T: serde::Serialize> Payload for T {
        fn bytes(&self) -> Vec<u8> {
            crate::sync::payload_bytes(self)
        }
    }
}
