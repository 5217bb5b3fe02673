//! A small committee for sync tests: an FMU, a chair and three members, with rosters,
//! a meeting and a dossier package built from the demo data. Times are fixed so that
//! signed files come out byte for byte the same every run.

use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use scdesk::demo::DemoWorkspace;
use scdesk::dossier::Dossier;
use scdesk::dsse::sha256_hex;
use scdesk::identity::Identity;
use scdesk::meeting::{AgendaItem, ItemKind, Meeting, MeetingKind};
use scdesk::profile::FundProfile;
use scdesk::roster::Role;
use scdesk::secret::Secret;
use scdesk::sync::{
    Document, DossierPackage, ItemPosition, MeetingFile, PositionFile, Roster, RosterSeat, Stance,
    FORMAT,
};

pub const FUND: &str = "mmptf";
/// The meeting the positions are for, and its funding items' dossiers.
pub const MEETING: &str = "sc-2026-04";
pub const DOSSIER_1: &str = "jp-philippines-fair-recruitment";
pub const DOSSIER_2: &str = "jp-turkiye-social-cohesion";
/// A past meeting, held while the third member still served.
pub const PAST_MEETING: &str = "sc-2025-02";

pub fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

/// A key from a fixed seed, so vectors are reproducible.
pub fn fixed_identity(n: u8) -> Identity {
    Identity::from_seed(&Secret::from_bytes(vec![n; 32])).expect("a seed")
}

/// The seats of the test committee, given each holder's public key (hex).
pub struct Keys<'a> {
    pub fmu: &'a str,
    pub chair: &'a str,
    pub members: [&'a str; 3],
}

pub const MEMBER_SEATS: [&str; 3] = ["un-1", "donors-1", "countries-1"];

pub fn roster(version: u64, issued_at: &str, keys: &Keys) -> Roster {
    let seat = |id: &str,
                constituency: Option<&str>,
                name: &str,
                role: Role,
                start: &str,
                end: &str,
                key: &str| RosterSeat {
        id: id.into(),
        constituency: constituency.map(str::to_string),
        name: name.into(),
        organisation: format!("{name}'s organisation"),
        role,
        term_start: date(start),
        term_end: date(end),
        public_key: key.into(),
    };
    Roster {
        format: FORMAT,
        fund: FUND.into(),
        version,
        issued_at: at(issued_at),
        effective_from: None,
        seats: vec![
            seat(
                "fmu",
                None,
                "Fund Management Unit",
                Role::Fmu,
                "2019-07-01",
                "2030-12-31",
                keys.fmu,
            ),
            seat(
                "chair",
                None,
                "Leonora Achterberg",
                Role::Chair,
                "2024-01-01",
                "2028-12-31",
                keys.chair,
            ),
            seat(
                MEMBER_SEATS[0],
                Some("un_network"),
                "Adaeze Okonkwo-Lind",
                Role::Member,
                "2026-01-01",
                "2028-12-31",
                keys.members[0],
            ),
            seat(
                MEMBER_SEATS[1],
                Some("donors"),
                "Søren Kjærgaard",
                Role::Member,
                "2025-01-01",
                "2027-12-31",
                keys.members[1],
            ),
            seat(
                MEMBER_SEATS[2],
                Some("countries"),
                "Tomás Echeverría Ruiz",
                Role::Member,
                "2023-01-01",
                "2025-12-31",
                keys.members[2],
            ),
        ],
    }
}

pub fn demo_dossier(id: &str) -> Dossier {
    DemoWorkspace::builtin(&FundProfile::builtin())
        .expect("the demo")
        .dossiers
        .into_iter()
        .find(|d| d.id == id)
        .expect("a demo dossier")
}

pub fn package(issued_at: &str) -> DossierPackage {
    let text = b"Budget annex (test document).\n".to_vec();
    DossierPackage {
        format: FORMAT,
        fund: FUND.into(),
        issued_at: at(issued_at),
        dossiers: vec![demo_dossier(DOSSIER_1), demo_dossier(DOSSIER_2)],
        documents: vec![Document {
            dossier: DOSSIER_1.into(),
            version: 1,
            name: "budget-annex.txt".into(),
            media_type: "text/plain".into(),
            sha256: sha256_hex(&text),
            content: base64::engine::general_purpose::STANDARD.encode(&text),
        }],
    }
}

pub fn meeting(id: &str, starts_at: &str, revision: u32, issued_at: &str) -> MeetingFile {
    MeetingFile {
        format: FORMAT,
        fund: FUND.into(),
        revision,
        issued_at: at(issued_at),
        history: None,
        meeting: Meeting {
            id: id.into(),
            title: format!("Steering Committee meeting {id}"),
            kind: MeetingKind::Virtual,
            starts_at: at(starts_at),
            place: "Virtual".into(),
            agenda: vec![
                AgendaItem {
                    item: 1,
                    kind: ItemKind::Funding,
                    dossier: Some(DOSSIER_1.into()),
                    text: "Fair recruitment — Philippines".into(),
                },
                AgendaItem {
                    item: 2,
                    kind: ItemKind::Funding,
                    dossier: Some(DOSSIER_2.into()),
                    text: "Social cohesion — Türkiye".into(),
                },
                AgendaItem {
                    item: 3,
                    kind: ItemKind::Other,
                    dossier: None,
                    text: "Annual report 2025".into(),
                },
            ],
        },
    }
}

pub fn stance(item: u32, position: Stance, reason: Option<&str>) -> ItemPosition {
    ItemPosition {
        item,
        position,
        reason: reason.map(str::to_string),
        dossier_hash: None,
    }
}

pub fn position(
    seat: &str,
    meeting: &str,
    sequence: u64,
    signed_at: &str,
    positions: Vec<ItemPosition>,
) -> PositionFile {
    PositionFile {
        format: FORMAT,
        fund: FUND.into(),
        meeting: meeting.into(),
        seat: seat.into(),
        sequence,
        signed_at: at(signed_at),
        positions,
    }
}

/// A full committee of twelve member seats, all serving through 2026–2028, with the
/// given keys (the first three usually belong to test workspaces).
pub fn full_roster(fmu: &str, chair: &str, members: &[String; 12]) -> Roster {
    let mut seats = vec![
        RosterSeat {
            id: "fmu".into(),
            constituency: None,
            name: "Fund Management Unit".into(),
            organisation: "UN Network on Migration secretariat".into(),
            role: Role::Fmu,
            term_start: date("2019-07-01"),
            term_end: date("2030-12-31"),
            public_key: fmu.into(),
        },
        RosterSeat {
            id: "chair".into(),
            constituency: None,
            name: "Leonora Achterberg".into(),
            organisation: "IOM".into(),
            role: Role::Chair,
            term_start: date("2024-01-01"),
            term_end: date("2028-12-31"),
            public_key: chair.into(),
        },
    ];
    let constituencies = ["un_network", "donors", "countries", "stakeholders"];
    for (i, key) in members.iter().enumerate() {
        let c = constituencies[i % 4];
        let n = i / 4 + 1;
        seats.push(RosterSeat {
            id: format!(
                "{}-{n}",
                ["un", "donors", "countries", "stakeholders"][i % 4]
            ),
            constituency: Some(c.into()),
            name: format!("Member {} ({c})", i + 1),
            organisation: format!("Organisation {}", i + 1),
            role: Role::Member,
            term_start: date("2026-01-01"),
            term_end: date("2028-12-31"),
            public_key: key.clone(),
        });
    }
    Roster {
        format: FORMAT,
        fund: FUND.into(),
        version: 1,
        issued_at: at("2026-01-05T09:00:00Z"),
        effective_from: None,
        seats,
    }
}

/// A format 2 decision file (revision 1) deciding `decisions` on `meeting`, listing
/// `counted` payload hashes, with the record context a test needs and no more.
pub fn decision_file(
    meeting: &str,
    decisions: Vec<scdesk::sync::ItemDecision>,
    counted: Vec<String>,
) -> scdesk::sync::DecisionFile {
    use scdesk::sync::{DecisionFile, RecordContext};
    DecisionFile {
        format: 2,
        fund: FUND.into(),
        meeting: meeting.into(),
        revision: Some(1),
        corrects: None,
        signed_at: at("2026-12-10T17:00:00Z"),
        present: vec![],
        written_procedure: None,
        decisions,
        positions_counted: counted,
        record: RecordContext {
            fund_name: "Migration Multi-Partner Trust Fund".into(),
            record_number: format!("MMPTF-SC-{meeting}"),
            meeting_title: format!("Steering Committee meeting {meeting}"),
            meeting_kind: "Virtual".into(),
            starts_at: at("2026-12-10T14:00:00Z"),
            place: "Virtual".into(),
            decision_rule: "Consensus".into(),
            quorum: "a test setting".into(),
            chair_seat: "chair".into(),
            chair_name: "Leonora Achterberg".into(),
            seats: vec![],
            constituencies: Default::default(),
            items: vec![],
            funds_after: vec![],
        }
        .into(),
    }
}
