//! A fund at scale, made up from a seed: a committee with its keys, its roster, meetings
//! by the hundred, position files by the ten thousand, and dossiers by the ten thousand,
//! each signed as the real parties sign them. The same seed gives the same files, byte for
//! byte, so `make bench` and the reliability tests measure and replay the same fund. Built
//! only with the `test-support` feature; nothing in the product calls it.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::dossier::Dossier;
use crate::dsse::sha256_hex;
use crate::identity::Identity;
use crate::meeting::{AgendaItem, ItemKind, Meeting, MeetingKind};
use crate::roster::Role;
use crate::secret::Secret;
use crate::sync::{
    self, DossierPackage, ItemPosition, Kind, MeetingFile, PositionFile, Roster, RosterSeat,
    Stance, FORMAT,
};

const FUND: &str = "mmptf";
/// Agenda items per generated meeting: none a funding item, so positions need no dossier.
pub const ITEMS: u32 = 3;
/// The committee's member seats.
pub const MEMBERS: usize = 12;
/// The hours between two generated meetings' starts.
pub const MEETING_HOURS: i64 = 8;

/// The FMU, the chair and twelve members, each with a key derived from the seed.
pub struct Committee {
    pub seed: u64,
    pub fmu: Identity,
    pub chair: Identity,
    pub members: Vec<Identity>,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a calendar date")
}

/// The first generated meeting's start; meeting `n` starts `n` × `MEETING_HOURS` hours later.
fn first_meeting() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 12, 9, 0, 0)
        .single()
        .expect("a fixed time")
}

fn signed<T: serde::Serialize>(who: &Identity, kind: Kind, payload: &T) -> Vec<u8> {
    who.sign(kind.payload_type(), sync::payload_bytes(payload))
        .to_json()
}

impl Committee {
    pub fn new(seed: u64) -> Committee {
        let key = |who: &str| {
            let bytes = hex::decode(sha256_hex(format!("scdesk scale {seed} {who}").as_bytes()))
                .expect("hex");
            Identity::from_seed(&Secret::from_bytes(bytes)).expect("32 bytes are a seed")
        };
        Committee {
            seed,
            fmu: key("fmu"),
            chair: key("chair"),
            members: (0..MEMBERS).map(|i| key(&format!("member {i}"))).collect(),
        }
    }

    /// The seat id of member `i`: un-1, donors-1, countries-1, stakeholders-1, un-2, …
    pub fn member_seat(i: usize) -> String {
        let prefix = ["un", "donors", "countries", "stakeholders"][i % 4];
        format!("{prefix}-{}", i / 4 + 1)
    }

    /// Roster version 1: the members serving 2026–2028, the FMU and the chair 2024–2030.
    pub fn roster(&self) -> Roster {
        let seat = |id: String, constituency: Option<&str>, name: String, role, key: &Identity| {
            let (term_start, term_end) = match role {
                Role::Member => (date(2026, 1, 1), date(2028, 12, 31)),
                _ => (date(2024, 1, 1), date(2030, 12, 31)),
            };
            RosterSeat {
                id,
                constituency: constituency.map(str::to_string),
                organisation: format!("{name}'s organisation"),
                name,
                role,
                term_start,
                term_end,
                public_key: key.public_hex(),
            }
        };
        let constituencies = ["un_network", "donors", "countries", "stakeholders"];
        let mut seats = vec![
            seat(
                "fmu".into(),
                None,
                "Fund Management Unit".into(),
                Role::Fmu,
                &self.fmu,
            ),
            seat(
                "chair".into(),
                None,
                "Chair of the committee".into(),
                Role::Chair,
                &self.chair,
            ),
        ];
        for (i, key) in self.members.iter().enumerate() {
            seats.push(seat(
                Committee::member_seat(i),
                Some(constituencies[i % 4]),
                format!("Member {}", i + 1),
                Role::Member,
                key,
            ));
        }
        Roster {
            format: FORMAT,
            fund: FUND.into(),
            version: 1,
            issued_at: Utc
                .with_ymd_and_hms(2026, 1, 5, 9, 0, 0)
                .single()
                .expect("a fixed time"),
            effective_from: None,
            seats,
        }
    }

    pub fn roster_file(&self) -> Vec<u8> {
        signed(&self.fmu, Kind::Roster, &self.roster())
    }

    /// The id of generated meeting `n`.
    pub fn meeting_id(n: u32) -> String {
        format!("sc-scale-{n:05}")
    }

    /// When generated meeting `n` starts: `n` × 8 hours after 12 January 2026, 09:00 UTC,
    /// so that the 2,778 meetings of 100,000 position files all fall within the members'
    /// terms (a meeting a day would run past 2028, and its positions would be refused).
    pub fn meeting_start(n: u32) -> DateTime<Utc> {
        first_meeting() + Duration::hours(MEETING_HOURS * i64::from(n))
    }

    /// Meeting `n`'s file, signed by the FMU: three agenda items, none a funding item.
    pub fn meeting_file(&self, n: u32) -> Vec<u8> {
        let starts_at = Committee::meeting_start(n);
        let file = MeetingFile {
            format: FORMAT,
            fund: FUND.into(),
            revision: 1,
            issued_at: starts_at - Duration::days(20),
            history: None,
            meeting: Meeting {
                id: Committee::meeting_id(n),
                title: format!("Steering Committee, generated meeting {n}"),
                kind: MeetingKind::Virtual,
                starts_at,
                place: "Video conference".into(),
                agenda: (1..=ITEMS)
                    .map(|item| AgendaItem {
                        item,
                        kind: ItemKind::Other,
                        dossier: None,
                        text: format!("Report {item} of meeting {n}"),
                    })
                    .collect(),
            },
        };
        signed(&self.fmu, Kind::Meeting, &file)
    }

    /// Member `member`'s position file on meeting `n`, its `sequence`-th revision: joins
    /// consensus on every item, but abstains here and there (as the seed decides).
    pub fn position_file(&self, n: u32, member: usize, sequence: u64) -> Vec<u8> {
        let mix = u64::from(n) * 31 + member as u64 * 7 + sequence + self.seed;
        let file = PositionFile {
            format: FORMAT,
            fund: FUND.into(),
            meeting: Committee::meeting_id(n),
            seat: Committee::member_seat(member),
            sequence,
            signed_at: Committee::meeting_start(n) - Duration::hours(48)
                + Duration::minutes(sequence as i64 * 10 + member as i64),
            positions: (1..=ITEMS)
                .map(|item| ItemPosition {
                    item,
                    position: if (mix + u64::from(item)).is_multiple_of(11) {
                        Stance::Abstain
                    } else {
                        Stance::JoinConsensus
                    },
                    reason: None,
                    dossier_hash: None,
                })
                .collect(),
        };
        signed(&self.members[member], Kind::Position, &file)
    }

    /// `count` position files with the meetings they need: meeting after meeting, each
    /// member's revisions 1 to `revisions` (a chair receives revised positions).
    pub fn position_files(&self, count: usize, revisions: u64) -> Generated {
        let mut out = Generated::default();
        let mut n = 0;
        while out.positions.len() < count {
            out.meetings.push(self.meeting_file(n));
            'meeting: for sequence in 1..=revisions {
                for member in 0..MEMBERS {
                    if out.positions.len() == count {
                        break 'meeting;
                    }
                    out.positions.push(self.position_file(n, member, sequence));
                }
            }
            n += 1;
        }
        out
    }

    /// `count` dossiers in packages of at most `per_package`, signed by the FMU: the
    /// demo's dossiers varied in title, countries and summary (English, French and
    /// Spanish, a third each), at their realistic lengths.
    pub fn dossier_packages(&self, count: usize, per_package: usize) -> Vec<Vec<u8>> {
        let demo = crate::demo::DemoWorkspace::builtin(&crate::profile::FundProfile::builtin())
            .expect("the built-in demo")
            .dossiers;
        let dossiers: Vec<Dossier> = (0..count)
            .map(|i| {
                let mut d = demo[i % demo.len()].clone();
                let (place, words) = PLACES[(i / demo.len()) % PLACES.len()];
                d.id = format!("jp-scale-{i:06}");
                d.reference = format!("MMPTF-JP-{}-{:05}", 2020 + i % 7, i);
                d.title = format!("{} — {place}", d.title);
                d.countries = vec![place.to_string()];
                d.summary = format!("{} {}", d.summary, words[i % 3]);
                d
            })
            .collect();
        dossiers
            .chunks(per_package.max(1))
            .enumerate()
            .map(|(k, chunk)| {
                let package = DossierPackage {
                    format: FORMAT,
                    fund: FUND.into(),
                    issued_at: first_meeting() - Duration::days(30) + Duration::minutes(k as i64),
                    dossiers: chunk.to_vec(),
                    documents: Vec::new(),
                };
                signed(&self.fmu, Kind::DossierPackage, &package)
            })
            .collect()
    }
}

impl Committee {
    /// A decision file (format 3) deciding `items` funding items of meeting `n`, signed by
    /// the chair, for drawing records at scale: each item approved with an amount split
    /// three ways, conditions on every other one, a tally of the twelve members, and the
    /// record's context (seats, constituencies, areas, funds). Not imported anywhere: the
    /// record layout reads the file alone.
    pub fn record_decision_file(&self, n: u32, items: u32) -> Vec<u8> {
        use crate::ledger::Source;
        use crate::profile::{DecisionRule, FundProfile};
        use crate::sync::{
            DecisionFile, Funding, ItemDecision, Names, NeutralFunds, NeutralItem, NeutralRecord,
            NeutralSeat, Outcome, RecordAttendance, SplitLine,
        };
        use crate::tally::{self, Answer, Voter};
        let profile = FundProfile::builtin();
        let names = |name: &dyn Fn(crate::lang::Lang) -> String| Names {
            en: name(crate::lang::Lang::En),
            fr: name(crate::lang::Lang::Fr),
            es: name(crate::lang::Lang::Es),
        };
        let roster = self.roster();
        let members: Vec<_> = roster
            .seats
            .iter()
            .filter(|s| s.role == Role::Member)
            .collect();
        let voters: Vec<Voter> = members
            .iter()
            .map(|s| Voter {
                seat: s.id.clone(),
                constituency: s.constituency.clone().unwrap_or_default(),
                present: true,
            })
            .collect();
        let decisions = (1..=items)
            .map(|item| {
                let answers = members
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let stance = if (i as u32 + item).is_multiple_of(7) {
                            Stance::Abstain
                        } else {
                            Stance::JoinConsensus
                        };
                        (s.id.clone(), Answer { stance, reason: None })
                    })
                    .collect();
                let t = tally::tally(&DecisionRule::Consensus, 7, &voters, &answers);
                let amount = 900_000 + 12_345 * u64::from(item);
                let third = amount / 3;
                ItemDecision {
                    item,
                    outcome: if item % 2 == 0 {
                        Outcome::ApprovedWithConditions
                    } else {
                        Outcome::Approved
                    },
                    conditions: (item % 2 == 0).then(|| {
                        format!("Within three months, item {item} reports its gender-disaggregated targets and how it will reach women-led households.")
                    }),
                    funding: Some(Funding {
                        amount: amount.to_string(),
                        source: Source::Pool,
                        split: ["IOM", "UNDP", "UNICEF"]
                            .iter()
                            .enumerate()
                            .map(|(k, org)| SplitLine {
                                organisation: org.to_string(),
                                amount: if k == 2 { amount - 2 * third } else { third }.to_string(),
                            })
                            .collect(),
                    }),
                    override_reason: None,
                    tally: t,
                }
            })
            .collect();
        let record = NeutralRecord {
            fund: names(&|lang| profile.name_in(lang).to_string()),
            record_number: format!("MMPTF-SC-SCALE-{n:05}"),
            meeting_title: format!("Steering Committee, generated meeting {n}"),
            meeting_kind: MeetingKind::Virtual,
            starts_at: Committee::meeting_start(n),
            place: "Video conference".into(),
            decision_rule: DecisionRule::Consensus,
            quorum: 7,
            chair_seat: "chair".into(),
            chair_name: "Chair of the committee".into(),
            seats: members
                .iter()
                .map(|s| NeutralSeat {
                    seat: s.id.clone(),
                    constituency: s.constituency.clone().unwrap_or_default(),
                    name: s.name.clone(),
                    organisation: s.organisation.clone(),
                    attendance: RecordAttendance::Present,
                })
                .collect(),
            constituencies: profile
                .constituencies
                .iter()
                .map(|c| (c.id.clone(), names(&|lang| c.name_in(lang).to_string())))
                .collect(),
            items: (1..=items)
                .map(|item| NeutralItem {
                    item,
                    text: format!("Joint Programme {item} of meeting {n}"),
                    dossier_reference: Some(format!("MMPTF-JP-2026-{item:03}")),
                    dossier_title: Some(format!(
                        "Protection and inclusion of migrants and host communities, programme {item}"
                    )),
                    countries: vec!["Senegal".into(), "Guatemala".into()],
                    area: Some(1 + item % 5),
                })
                .collect(),
            areas: profile
                .areas
                .iter()
                .map(|a| (a.number.to_string(), names(&|lang| a.name_in(lang).to_string())))
                .collect(),
            funds_after: profile
                .areas
                .iter()
                .map(|a| NeutralFunds {
                    area: a.number,
                    allocated: "2075800".into(),
                    available: "48715933.16".into(),
                })
                .collect(),
        };
        let file = DecisionFile {
            format: 3,
            fund: FUND.into(),
            meeting: Committee::meeting_id(n),
            revision: Some(1),
            corrects: None,
            signed_at: Committee::meeting_start(n) + Duration::hours(7),
            present: members.iter().map(|s| s.id.clone()).collect(),
            written_procedure: None,
            decisions,
            positions_counted: Vec::new(),
            record: record.into(),
        };
        signed(&self.chair, Kind::Decision, &file)
    }
}

/// Files a generator made: the meetings first, then the position files on them.
#[derive(Debug, Default)]
pub struct Generated {
    pub meetings: Vec<Vec<u8>>,
    pub positions: Vec<Vec<u8>>,
}

/// Places, each with a sentence in English, French and Spanish for the summaries.
const PLACES: &[(&str, [&str; 3])] = &[
    ("Senegal", [
        "The programme supports returning migrants and their families with training and small grants.",
        "Le programme accompagne les migrants de retour et leurs familles par la formation et de petites subventions.",
        "El programa apoya a los migrantes retornados y a sus familias con formación y pequeñas subvenciones.",
    ]),
    ("Colombia", [
        "It strengthens local services for children and adolescents on the move.",
        "Il renforce les services locaux pour les enfants et adolescents en déplacement.",
        "Fortalece los servicios locales para niños, niñas y adolescentes en movimiento.",
    ]),
    ("Nepal", [
        "Labour migrants receive information on fair recruitment before they leave.",
        "Les travailleurs migrants reçoivent une information sur le recrutement équitable avant leur départ.",
        "Los trabajadores migrantes reciben información sobre la contratación equitativa antes de partir.",
    ]),
    ("Tunisia", [
        "Municipalities plan for climate-related displacement with better data.",
        "Les municipalités planifient les déplacements liés au climat grâce à de meilleures données.",
        "Los municipios planifican los desplazamientos relacionados con el clima con mejores datos.",
    ]),
    ("Guatemala", [
        "Consular networks protect migrants in situations of vulnerability along the route.",
        "Les réseaux consulaires protègent les migrants en situation de vulnérabilité le long de la route.",
        "Las redes consulares protegen a los migrantes en situación de vulnerabilidad a lo largo de la ruta.",
    ]),
];
