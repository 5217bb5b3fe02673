//! The sync-format test vectors in `tests/vectors/`: valid files and must-reject files,
//! each with its expected result in `vectors.json`. This one runner regenerates them from
//! fixed keys and times (they must match the committed bytes; `UPDATE_VECTORS=1`
//! rewrites them) and checks every expectation. `scripts/dsse_check.py` checks the same
//! files with an independent DSSE implementation.

use serde_json::json;
use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::fixture::{self, at, fixed_identity, Keys, FUND, MEETING, MEMBER_SEATS, PAST_MEETING};
use scdesk::dsse::{self, pae};
use scdesk::identity::Identity;
use scdesk::sync::{
    self, DecisionFile, ItemDecision, Kind, Payload, Stance, SyncError, Trust, FORMAT,
};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

struct Vector {
    file: &'static str,
    bytes: Vec<u8>,
    /// None for valid; the error code for must-reject.
    reject: Option<&'static str>,
    signer: Option<&'static str>,
    description: &'static str,
}

struct Committee {
    fmu: Identity,
    chair: Identity,
    members: [Identity; 3],
    outsider: Identity,
}

fn committee() -> Committee {
    Committee {
        fmu: fixed_identity(1),
        chair: fixed_identity(2),
        members: [fixed_identity(3), fixed_identity(4), fixed_identity(5)],
        outsider: fixed_identity(9),
    }
}

fn signed<T: serde::Serialize>(who: &Identity, kind: Kind, payload: &T) -> Vec<u8> {
    who.sign(kind.payload_type(), sync::payload_bytes(payload))
        .to_json()
}

fn signed_raw(who: &Identity, payload_type: &str, payload: &str) -> Vec<u8> {
    who.sign(payload_type, payload.as_bytes().to_vec())
        .to_json()
}

/// The trust files both scenarios share, signed by the FMU key of roster version 1: the
/// meeting `sc-2026-04`, the past meeting `sc-2025-02` and the dossier package.
fn fmu_trust_files(c: &Committee) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "meeting.dsse",
            signed(
                &c.fmu,
                Kind::Meeting,
                &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 1, "2026-11-01T10:00:00Z"),
            ),
        ),
        (
            "meeting-past.dsse",
            signed(
                &c.fmu,
                Kind::Meeting,
                &fixture::meeting(
                    PAST_MEETING,
                    "2025-06-10T14:00:00Z",
                    1,
                    "2025-05-20T10:00:00Z",
                ),
            ),
        ),
        (
            "package.dsse",
            signed(
                &c.fmu,
                Kind::DossierPackage,
                &fixture::package("2026-10-15T08:00:00Z"),
            ),
        ),
    ]
}

/// The trust files (pinned roster, meetings, package) and the vectors checked against them.
fn generate() -> (Vec<(&'static str, Vec<u8>)>, Vec<Vector>) {
    let c = committee();
    let pubs: Vec<String> = c.members.iter().map(|m| m.public_hex()).collect();
    let (fmu_pub, chair_pub) = (c.fmu.public_hex(), c.chair.public_hex());
    let keys = Keys {
        fmu: &fmu_pub,
        chair: &chair_pub,
        members: [&pubs[0], &pubs[1], &pubs[2]],
    };
    let roster_v1 = fixture::roster(1, "2026-01-05T09:00:00Z", &keys);
    let mut trust = vec![("roster-v1.dsse", signed(&c.fmu, Kind::Roster, &roster_v1))];
    trust.extend(fmu_trust_files(&c));
    let d1_hash = sync::dossier_hash(&fixture::demo_dossier(fixture::DOSSIER_1));
    let good_positions = || {
        let mut first = fixture::stance(1, Stance::JoinConsensus, None);
        first.dossier_hash = Some(d1_hash.clone());
        vec![
            first,
            fixture::stance(
                2,
                Stance::Object,
                Some("The budget lines for local partners are not justified."),
            ),
            fixture::stance(3, Stance::Abstain, None),
        ]
    };
    let [m1, m2, m3] = &c.members;
    let statement = sync::ContributionStatement {
        format: FORMAT,
        fund: FUND.into(),
        version: 1,
        issued_at: at("2026-10-02T09:00:00Z"),
        as_of: at("2026-09-30T00:00:00Z").date_naive(),
        contributions: vec![
            sync::StatementLine {
                contributor: "GERMANY".into(),
                committed: "1000000".into(),
                deposited: "1000000".into(),
                earmark_area: None,
                date: at("2026-03-15T00:00:00Z").date_naive(),
            },
            sync::StatementLine {
                contributor: "SWEDEN".into(),
                committed: "600000".into(),
                deposited: "500000.00".into(),
                earmark_area: Some(4),
                date: at("2026-06-01T00:00:00Z").date_naive(),
            },
        ],
    };
    let position_join = signed(
        m1,
        Kind::Position,
        &fixture::position(
            MEMBER_SEATS[0],
            MEETING,
            1,
            "2026-11-20T16:30:00Z",
            good_positions(),
        ),
    );
    let mut tampered: serde_json::Value = serde_json::from_slice(&position_join).unwrap();
    {
        use base64::Engine;
        let engine = base64::engine::general_purpose::STANDARD;
        let mut payload = engine
            .decode(tampered["payload"].as_str().unwrap())
            .unwrap();
        let at = payload.windows(8).position(|w| w == b"abstain\"").unwrap();
        payload[at..at + 7].copy_from_slice(b"objectx");
        tampered["payload"] = engine.encode(payload).into();
    }
    let tally = scdesk::tally::Tally {
        counts: scdesk::tally::Counts {
            join: 0,
            object: 0,
            abstain: 1,
            recuse: 0,
            no_answer: 2,
        },
        by_constituency: [
            (
                "countries".to_string(),
                scdesk::tally::Counts {
                    no_answer: 1,
                    ..Default::default()
                },
            ),
            (
                "donors".to_string(),
                scdesk::tally::Counts {
                    no_answer: 1,
                    ..Default::default()
                },
            ),
            (
                "un_network".to_string(),
                scdesk::tally::Counts {
                    abstain: 1,
                    ..Default::default()
                },
            ),
        ]
        .into_iter()
        .collect(),
        objections: vec![],
        participating: 1,
        quorum_required: 1,
        quorum_met: true,
        rule_holds: true,
        explanation: "Consensus: no member objects (recused members are not counted).".into(),
    };
    let decision = DecisionFile {
        format: FORMAT,
        fund: FUND.into(),
        meeting: MEETING.into(),
        revision: None,
        corrects: None,
        signed_at: at("2026-12-10T17:00:00Z"),
        present: vec![],
        written_procedure: None,
        decisions: vec![ItemDecision {
            item: 3,
            outcome: sync::Outcome::Approved,
            conditions: None,
            funding: None,
            override_reason: None,
            tally,
        }],
        positions_counted: vec![sync::file_hash(&position_join)],
        record: sync::RecordContext {
            fund_name: "Migration Multi-Partner Trust Fund".into(),
            record_number: "MMPTF-SC-sc-2026-04".into(),
            meeting_title: "Steering Committee meeting sc-2026-04".into(),
            meeting_kind: "Virtual".into(),
            starts_at: at("2026-12-10T14:00:00Z"),
            place: "Virtual".into(),
            decision_rule: "Consensus".into(),
            quorum: "1 member (test setting)".into(),
            chair_seat: "chair".into(),
            chair_name: "Leonora Achterberg".into(),
            seats: vec![sync::RecordSeat {
                seat: "un-1".into(),
                constituency: "UN Network on Migration members".into(),
                name: "Adaeze Okonkwo-Lind".into(),
                organisation: "ILO".into(),
                attendance: "answered in writing".into(),
            }],
            constituencies: [("un_network".to_string(), "UN Network on Migration members".to_string())]
                .into_iter()
                .collect(),
            items: vec![sync::RecordItem {
                item: 3,
                text: "Annual report 2025".into(),
                dossier_reference: None,
                dossier_title: None,
                countries: None,
                area: None,
            }],
            funds_after: vec![sync::RecordFunds {
                area: "1. Promoting fact-based and data-driven migration discourse, policy and planning".into(),
                available: "USD 0".into(),
                allocated: "USD 0".into(),
            }],
        }
        .into(),
    };
    // Format 3: the same decisions, the record in no language (§4.6.1).
    let names = |en: &str, fr: &str, es: &str| sync::Names {
        en: en.into(),
        fr: fr.into(),
        es: es.into(),
    };
    let neutral = sync::NeutralRecord {
        fund: names(
            "Migration Multi-Partner Trust Fund",
            "Fonds d’affectation spéciale pluripartenaires pour les migrations",
            "Fondo Fiduciario de Asociados Múltiples para la Migración",
        ),
        record_number: "MMPTF-SC-2026-04".into(),
        meeting_title: "Steering Committee meeting sc-2026-04".into(),
        meeting_kind: scdesk::meeting::MeetingKind::Virtual,
        starts_at: at("2026-12-10T14:00:00Z"),
        place: "Virtual".into(),
        decision_rule: scdesk::profile::DecisionRule::Consensus,
        quorum: 1,
        chair_seat: "chair".into(),
        chair_name: "Leonora Achterberg".into(),
        seats: vec![sync::NeutralSeat {
            seat: "un-1".into(),
            constituency: "un_network".into(),
            name: "Adaeze Okonkwo-Lind".into(),
            organisation: "ILO".into(),
            attendance: sync::RecordAttendance::AnsweredInWriting,
        }],
        constituencies: [(
            "un_network".to_string(),
            names(
                "UN Network on Migration members",
                "Membres du Réseau des Nations Unies sur les migrations",
                "Miembros de la Red de las Naciones Unidas sobre la Migración",
            ),
        )]
        .into_iter()
        .collect(),
        items: vec![sync::NeutralItem {
            item: 3,
            text: "Annual report 2025".into(),
            dossier_reference: None,
            dossier_title: None,
            countries: vec![],
            area: None,
        }],
        areas: [(
            "1".to_string(),
            names(
                "Promoting fact-based and data-driven migration discourse, policy and planning",
                "Promouvoir un discours, des politiques et une planification fondés sur les faits et les données en matière de migration",
                "Promover un discurso, políticas y una planificación sobre la migración basados en hechos y datos",
            ),
        )]
        .into_iter()
        .collect(),
        funds_after: vec![sync::NeutralFunds {
            area: 1,
            allocated: "0".into(),
            available: "1754800.50".into(),
        }],
    };
    let decision_v3 = DecisionFile {
        format: 3,
        revision: Some(1),
        record: neutral.clone().into(),
        ..decision.clone()
    };
    let v3_worded = DecisionFile {
        record: decision.record.clone(),
        ..decision_v3.clone()
    };
    let v2_neutral = DecisionFile {
        format: 2,
        ..decision_v3.clone()
    };
    let v3_bad_amount = DecisionFile {
        record: sync::NeutralRecord {
            funds_after: vec![sync::NeutralFunds {
                available: "USD 1,754,800.50".into(),
                ..neutral.funds_after[0].clone()
            }],
            ..neutral.clone()
        }
        .into(),
        ..decision_v3.clone()
    };
    let p = |seat: &str, meeting: &str, signed_at: &str, items| {
        fixture::position(seat, meeting, 1, signed_at, items)
    };
    let when = "2026-11-20T16:30:00Z";
    let position_json = serde_json::to_string(&p(MEMBER_SEATS[0], MEETING, when, vec![])).unwrap();
    let vectors = vec![
        Vector { file: "valid-position.dsse", bytes: position_join.clone(), reject: None, signer: Some("member-1"),
            description: "A member's position file: join, object with a reason, abstain." },
        Vector { file: "valid-position-past-member.dsse",
            bytes: signed(m3, Kind::Position, &p(MEMBER_SEATS[2], PAST_MEETING, "2025-06-01T12:00:00Z", vec![fixture::stance(3, Stance::JoinConsensus, None)])),
            reject: None, signer: Some("member-3"),
            description: "A member who has since rotated off: what they signed during their term stays valid." },
        Vector { file: "valid-enrolment.dsse",
            bytes: signed(&c.outsider, Kind::Enrolment, &sync::Enrolment { format: FORMAT, fund: FUND.into(), name: "Nadia Benali".into(), organisation: "Incoming member".into(), public_key: c.outsider.public_hex(), created_at: at("2026-11-02T08:00:00Z") }),
            reject: None, signer: Some("outsider"),
            description: "A self-signed enrolment of a key not yet on the roster." },
        Vector { file: "valid-roster-v2.dsse", bytes: signed(&c.fmu, Kind::Roster, &fixture::roster(2, "2026-11-25T09:00:00Z", &keys)),
            reject: None, signer: Some("fmu"), description: "The next roster version, signed by the FMU key of the current roster." },
        Vector { file: "valid-decision.dsse", bytes: signed(&c.chair, Kind::Decision, &decision),
            reject: None, signer: Some("chair"), description: "A decision file signed by the chair." },
        Vector { file: "valid-decision-v3.dsse", bytes: signed(&c.chair, Kind::Decision, &decision_v3),
            reject: None, signer: Some("chair"), description: "A decision file of format 3: its record in no language (codes, numbers, names in English, French and Spanish), so that it prints in any of them." },
        Vector { file: "reject-decision-v3-worded-record.dsse", bytes: signed(&c.chair, Kind::Decision, &v3_worded),
            reject: Some("bad_payload"), signer: Some("chair"), description: "A format 3 decision file whose record is worded in English, as formats 1 and 2 word it." },
        Vector { file: "reject-decision-v2-neutral-record.dsse", bytes: signed(&c.chair, Kind::Decision, &v2_neutral),
            reject: Some("bad_payload"), signer: Some("chair"), description: "A format 2 decision file carrying a format 3 record." },
        Vector { file: "reject-decision-v3-funds-worded.dsse", bytes: signed(&c.chair, Kind::Decision, &v3_bad_amount),
            reject: Some("bad_payload"), signer: Some("chair"), description: "A format 3 decision file whose funds after the decisions are worded (`USD 1,754,800.50`) instead of a plain amount." },
        Vector { file: "valid-contributions.dsse", bytes: signed(&c.fmu, Kind::Contributions, &statement),
            reject: None, signer: Some("fmu"), description: "A contribution statement signed by the FMU: one un-earmarked contribution, one earmarked to area 4 whose commitment is above its deposit." },
        Vector { file: "reject-member-signs-contributions.dsse", bytes: signed(m1, Kind::Contributions, &statement),
            reject: Some("role_may_not_sign"), signer: Some("member-1"), description: "A member signing a contribution statement." },
        Vector { file: "reject-contribution-amount.dsse",
            bytes: signed(&c.fmu, Kind::Contributions, &sync::ContributionStatement { contributions: vec![sync::StatementLine { deposited: "1,000,000".into(), ..statement.contributions[0].clone() }], ..statement.clone() }),
            reject: Some("bad_payload"), signer: Some("fmu"), description: "A contribution statement with a thousands separator in an amount." },
        Vector { file: "reject-bad-signature.dsse", bytes: serde_json::to_vec(&tampered).unwrap(), reject: Some("bad_signature"), signer: Some("member-1"),
            description: "The valid position file with `abstain` changed after signing." },
        Vector { file: "reject-unknown-key.dsse",
            bytes: signed(&c.outsider, Kind::Position, &p(MEMBER_SEATS[0], MEETING, when, good_positions())),
            reject: Some("unknown_key"), signer: Some("outsider"), description: "Signed by a key that no roster lists." },
        Vector { file: "reject-key-not-on-roster.dsse",
            bytes: signed(m1, Kind::Position, &p(MEMBER_SEATS[1], MEETING, when, good_positions())),
            reject: Some("key_not_on_roster"), signer: Some("member-1"), description: "Member 1's key signing for member 2's seat." },
        Vector { file: "reject-outside-term.dsse",
            bytes: signed(m3, Kind::Position, &p(MEMBER_SEATS[2], MEETING, when, good_positions())),
            reject: Some("outside_term"), signer: Some("member-3"), description: "A member whose term ended on 2025-12-31 signing in November 2026." },
        Vector { file: "reject-member-signs-roster.dsse", bytes: signed(m1, Kind::Roster, &fixture::roster(2, "2026-11-25T09:00:00Z", &keys)),
            reject: Some("role_may_not_sign"), signer: Some("member-1"), description: "A member signing a roster." },
        Vector { file: "reject-member-signs-decision.dsse", bytes: signed(m2, Kind::Decision, &decision),
            reject: Some("role_may_not_sign"), signer: Some("member-2"), description: "A member signing a decision file." },
        Vector { file: "reject-item-not-on-agenda.dsse",
            bytes: signed(m1, Kind::Position, &p(MEMBER_SEATS[0], MEETING, when, vec![fixture::stance(7, Stance::JoinConsensus, None)])),
            reject: Some("item_not_on_agenda"), signer: Some("member-1"), description: "A position on item 7 of a three-item agenda." },
        Vector { file: "reject-reason-missing.dsse",
            bytes: signed(m2, Kind::Position, &p(MEMBER_SEATS[1], MEETING, when, vec![fixture::stance(2, Stance::Object, None)])),
            reject: Some("reason_missing"), signer: Some("member-2"), description: "An objection without a reason." },
        Vector { file: "reject-unknown-dossier-version.dsse",
            bytes: signed(m1, Kind::Position, &p(MEMBER_SEATS[0], MEETING, when, vec![sync::ItemPosition { item: 1, position: Stance::JoinConsensus, reason: None, dossier_hash: Some("0".repeat(64)) }])),
            reject: Some("unknown_dossier_version"), signer: Some("member-1"), description: "A position on a dossier version the receiver does not hold." },
        Vector { file: "reject-truncated.dsse", bytes: position_join[..position_join.len() / 2].to_vec(), reject: Some("truncated"), signer: None,
            description: "The valid position file cut in half." },
        Vector { file: "reject-not-json.dsse", bytes: b"This is not a sync file.\n".to_vec(), reject: Some("not_json"), signer: None,
            description: "Plain text." },
        Vector { file: "reject-not-an-envelope.dsse", bytes: br#"{"hello":"world"}"#.to_vec(), reject: Some("not_an_envelope"), signer: None,
            description: "JSON, but not a DSSE envelope." },
        Vector { file: "reject-unknown-payload-type.dsse", bytes: signed_raw(&c.fmu, "application/vnd.scdesk.unknown+json", r#"{"format":1}"#),
            reject: Some("unknown_payload_type"), signer: Some("fmu"), description: "A payload type that is not an SC Desk kind." },
        Vector { file: "reject-unknown-field.dsse",
            bytes: signed_raw(m1, Kind::Position.payload_type(), &position_json.replacen("{", "{\"note\":\"extra\",", 1)),
            reject: Some("bad_payload"), signer: Some("member-1"), description: "A payload with a field the format does not define." },
        Vector { file: "reject-duplicate-key.dsse",
            bytes: signed_raw(m1, Kind::Position.payload_type(), &position_json.replacen("{", "{\"sequence\":9,", 1)),
            reject: Some("bad_payload"), signer: Some("member-1"), description: "A payload in which `sequence` appears twice." },
        Vector { file: "reject-future-format.dsse",
            bytes: signed_raw(m1, Kind::Position.payload_type(), &position_json.replacen("\"format\":1", "\"format\":2", 1)),
            reject: Some("unsupported_format"), signer: Some("member-1"), description: "A payload in format 2." },
        Vector { file: "reject-rollback.dsse", bytes: signed(&c.fmu, Kind::Roster, &fixture::roster(1, "2026-11-26T09:00:00Z", &keys)),
            reject: Some("roster_rollback"), signer: Some("fmu"), description: "A roster whose version is not above the pinned one." },
        Vector { file: "reject-wrong-fund.dsse",
            bytes: signed(m1, Kind::Position, &sync::PositionFile { fund: "another-fund".into(), ..p(MEMBER_SEATS[0], MEETING, when, good_positions()) }),
            reject: Some("wrong_fund"), signer: Some("member-1"), description: "A file for another fund." },
    ];
    (trust, vectors)
}

fn key_table(named: &[(&str, &Identity)]) -> serde_json::Value {
    let mut keys = serde_json::Map::new();
    for (name, id) in named {
        keys.insert(
            name.to_string(),
            json!({"seed": hex::encode(id.seed().expose()), "public_key": id.public_hex(), "keyid": id.keyid()}),
        );
    }
    keys.into()
}

fn base_keys(c: &Committee) -> Vec<(&'static str, &Identity)> {
    vec![
        ("fmu", &c.fmu),
        ("chair", &c.chair),
        ("member-1", &c.members[0]),
        ("member-2", &c.members[1]),
        ("member-3", &c.members[2]),
        ("outsider", &c.outsider),
    ]
}

/// One directory of vectors: the trust files to process in order, the vectors checked
/// against the trust they give, and the keys that signed them.
struct Scenario {
    dir: PathBuf,
    description: &'static str,
    trust: Vec<(&'static str, Vec<u8>)>,
    vectors: Vec<Vector>,
    keys: serde_json::Value,
    generated: bool,
}

fn manifest(s: &Scenario) -> String {
    let c = committee();
    let mut m = json!({
        "description": s.description,
        "fund": FUND,
        "pinned_roster": {"file": "roster-v1.dsse", "fmu_fingerprint": c.fmu.keyid()},
        "trust": s.trust.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
        "keys": s.keys,
    });
    if s.generated {
        m["dsse_spec_pae"] = json!({
            "payload_type": "http://example.com/HelloWorld",
            "payload": "hello world",
            "pae": "DSSEv1 29 http://example.com/HelloWorld 11 hello world"
        });
        m["generated_vectors"] = json!([{"name": "oversized", "expect": "reject", "code": "too_large",
            "description": "Any file over 64 MiB (not stored: made by the runner)."}]);
    }
    m["vectors"] = s
        .vectors
        .iter()
        .map(|v| {
            json!({
                "file": v.file,
                "expect": if v.reject.is_some() { "reject" } else { "valid" },
                "code": v.reject,
                "signer": v.signer,
                "description": v.description,
            })
        })
        .collect::<Vec<_>>()
        .into();
    let mut text = serde_json::to_string_pretty(&m).unwrap();
    text.push('\n');
    text
}

/// Builds the trust a member has after pinning the roster and importing the trust files
/// (meetings, the package, later rosters) in order, using only the library's public
/// checks.
fn trust_from(files: &[(&str, Vec<u8>)]) -> Trust {
    let fmu = committee().fmu.keyid();
    let pinned = sync::check_first_roster(&files[0].1, &fmu, FUND).expect("the roster pins");
    let Payload::Roster(roster) = pinned.payload else {
        panic!()
    };
    let mut trust = Trust {
        fund: FUND.into(),
        rosters: vec![roster],
        ..Trust::default()
    };
    for (name, bytes) in &files[1..] {
        match sync::check(bytes, &trust)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .payload
        {
            Payload::Meeting(m) => {
                trust.meetings.insert(m.meeting.id.clone(), m.meeting);
            }
            Payload::Roster(r) => trust.rosters.push(r),
            Payload::DossierPackage(p) => {
                for d in &p.dossiers {
                    trust
                        .dossier_hashes
                        .entry(d.id.clone())
                        .or_default()
                        .insert(sync::dossier_hash(d));
                }
            }
            other => panic!("unexpected trust file {other:?}"),
        }
    }
    trust
}

fn base_scenario() -> Scenario {
    let (trust, vectors) = generate();
    let c = committee();
    Scenario {
        dir: dir(),
        description: "SC Desk sync-format test vectors; see docs/sync-format.md. Keys are test keys from fixed seeds: never use them.",
        trust,
        vectors,
        keys: key_table(&base_keys(&c)),
        generated: true,
    }
}

/// Regenerates a scenario's files (they must match the committed bytes) and runs every
/// vector from the files on disk, as an outside reader would.
fn check_scenario(s: &Scenario) {
    let manifest_text = manifest(s);
    let dir = &s.dir;
    let mut expected: BTreeMap<String, Vec<u8>> = s
        .trust
        .iter()
        .map(|(f, b)| (f.to_string(), b.clone()))
        .chain(
            s.vectors
                .iter()
                .map(|v| (v.file.to_string(), v.bytes.clone())),
        )
        .collect();
    expected.insert("vectors.json".into(), manifest_text.into_bytes());
    let shown = dir
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(dir)
        .display()
        .to_string();
    if std::env::var_os("UPDATE_VECTORS").is_some() {
        std::fs::create_dir_all(dir).unwrap();
        for (name, bytes) in &expected {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
    }
    for (name, bytes) in &expected {
        let on_disk = std::fs::read(dir.join(name)).unwrap_or_else(|_| {
            panic!("{shown}/{name} is missing: run UPDATE_VECTORS=1 cargo test --workspace vectors")
        });
        assert!(
            &on_disk == bytes,
            "{shown}/{name} is out of date: run UPDATE_VECTORS=1 cargo test --workspace vectors"
        );
    }

    let files: Vec<(&str, Vec<u8>)> = s
        .trust
        .iter()
        .map(|(f, _)| (*f, std::fs::read(dir.join(f)).unwrap()))
        .collect();
    let trust = trust_from(&files);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("vectors.json")).unwrap()).unwrap();
    let keys = &manifest["keys"];
    let mut failures = Vec::new();
    for v in manifest["vectors"].as_array().unwrap() {
        let file = v["file"].as_str().unwrap();
        let bytes = std::fs::read(dir.join(file)).unwrap();
        match (sync::check(&bytes, &trust), v["expect"].as_str().unwrap()) {
            (Ok(verified), "valid") => {
                let signer = v["signer"].as_str().unwrap();
                if verified.signer.keyid != keys[signer]["keyid"].as_str().unwrap() {
                    failures.push(format!(
                        "{shown}/{file}: verified under another key than {signer}'s"
                    ));
                }
            }
            (Err(e), "reject") if e.code() == v["code"].as_str().unwrap() => {}
            (got, expect) => failures.push(format!(
                "{shown}/{file}: expected {expect} {}, got {got:?}",
                v["code"]
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} vector(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    if s.generated {
        let oversized = vec![b' '; dsse::MAX_FILE_BYTES + 1];
        assert_eq!(
            sync::check(&oversized, &trust).unwrap_err().code(),
            "too_large"
        );
        let spec = &manifest["dsse_spec_pae"];
        assert_eq!(
            pae(
                spec["payload_type"].as_str().unwrap(),
                spec["payload"].as_str().unwrap().as_bytes()
            ),
            spec["pae"].as_str().unwrap().as_bytes()
        );
    }
}

#[test]
fn vectors_are_current_and_each_gives_its_expected_result() {
    check_scenario(&base_scenario());
}

#[test]
fn authority_vectors_are_current_and_each_gives_its_expected_result() {
    check_scenario(&authority_scenario());
}

#[test]
fn every_rejection_names_what_to_do_in_one_sentence() {
    for s in [base_scenario(), authority_scenario()] {
        let trust = trust_from(&s.trust);
        for v in s.vectors.iter().filter(|v| v.reject.is_some()) {
            let e: SyncError = sync::check(&v.bytes, &trust).unwrap_err();
            let text = e.to_string();
            assert!(!text.contains('\n'), "{}: {text}", v.file);
            assert!(text.ends_with('.'), "{}: {text}", v.file);
        }
    }
}

/// The multi-roster scenario (`tests/vectors/authority/`): roster version 1 pinned, the
/// meetings and the package, then version 2 (format 2, in force from 2026-11-26), which
/// rotates un-1 to a new key, moves member 2's key from donors-1 to countries-1, gives
/// donors-1 to a holder whose term ends on 2026-11-30, removes stakeholders-1, demotes
/// the chair's key to a member seat (un-2) with a new chair key, and gives the FMU a
/// new key. Must-accept and must-reject files for each kind, and amounts at the edge.
fn authority_scenario() -> Scenario {
    let c = committee();
    let new_un = fixed_identity(6);
    let new_chair = fixed_identity(7);
    let new_fmu = fixed_identity(8);
    let removed = fixed_identity(10);
    let short_term = fixed_identity(11);
    let [m1, m2, m3] = &c.members;
    let pubs: Vec<String> = c.members.iter().map(|m| m.public_hex()).collect();
    let (fmu_pub, chair_pub) = (c.fmu.public_hex(), c.chair.public_hex());
    let keys = Keys {
        fmu: &fmu_pub,
        chair: &chair_pub,
        members: [&pubs[0], &pubs[1], &pubs[2]],
    };
    let member_seat = |id: &str, key: &Identity, end: &str| sync::RosterSeat {
        id: id.into(),
        constituency: Some("stakeholders".into()),
        name: format!("Holder of {id}"),
        organisation: format!("Holder of {id}'s organisation"),
        role: scdesk::roster::Role::Member,
        term_start: "2024-01-01".parse().unwrap(),
        term_end: end.parse().unwrap(),
        public_key: key.public_hex(),
    };
    let mut v1 = fixture::roster(1, "2026-01-05T09:00:00Z", &keys);
    v1.seats[4].term_end = "2028-12-31".parse().unwrap();
    v1.seats
        .push(member_seat("stakeholders-1", &removed, "2028-12-31"));
    let mut v2 = v1.clone();
    v2.format = 2;
    v2.version = 2;
    v2.issued_at = at("2026-11-25T09:00:00Z");
    v2.effective_from = Some("2026-11-26".parse().unwrap());
    v2.seats[0].public_key = new_fmu.public_hex();
    v2.seats[1].public_key = new_chair.public_hex();
    v2.seats[2].public_key = new_un.public_hex();
    v2.seats[3].public_key = short_term.public_hex();
    v2.seats[3].term_end = "2026-11-30".parse().unwrap();
    v2.seats[4].public_key = m2.public_hex();
    v2.seats.retain(|s| s.id != "stakeholders-1");
    v2.seats.push(member_seat("un-2", &c.chair, "2028-12-31"));
    let mut trust = vec![("roster-v1.dsse", signed(&c.fmu, Kind::Roster, &v1))];
    trust.extend(fmu_trust_files(&c));
    trust.push(("roster-v2.dsse", signed(&c.fmu, Kind::Roster, &v2)));
    let when = "2026-11-27T16:30:00Z";
    let pos = |who: &Identity, seat: &str, meeting: &str, stance: Stance, reason: Option<&str>| {
        signed(
            who,
            Kind::Position,
            &fixture::position(
                seat,
                meeting,
                1,
                when,
                vec![fixture::stance(3, stance, reason)],
            ),
        )
    };
    let join = |who: &Identity, seat: &str, meeting: &str| {
        pos(who, seat, meeting, Stance::JoinConsensus, None)
    };
    let decision = |meeting: &str, funding: Option<(sync::Outcome, &str, Vec<&str>)>| {
        let tally = scdesk::tally::tally(
            &scdesk::profile::DecisionRule::Consensus,
            0,
            &[],
            &Default::default(),
        );
        let mut item = ItemDecision {
            item: 3,
            outcome: sync::Outcome::Approved,
            conditions: None,
            funding: None,
            override_reason: None,
            tally,
        };
        if let Some((outcome, amount, split)) = funding {
            item.item = 1;
            item.outcome = outcome;
            item.funding = Some(sync::Funding {
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
        }
        fixture::decision_file(meeting, vec![item], vec![])
    };
    let approved = sync::Outcome::Approved;
    let statement = |who: &Identity, amount: &str| {
        signed(
            who,
            Kind::Contributions,
            &sync::ContributionStatement {
                format: FORMAT,
                fund: FUND.into(),
                version: 1,
                issued_at: at("2026-11-27T09:00:00Z"),
                as_of: "2026-11-26".parse().unwrap(),
                contributions: vec![sync::StatementLine {
                    contributor: "GERMANY".into(),
                    committed: amount.into(),
                    deposited: amount.into(),
                    earmark_area: None,
                    date: "2026-03-15".parse().unwrap(),
                }],
            },
        )
    };
    let mut later = v2.clone();
    later.version = 3;
    later.issued_at = at("2026-12-01T09:00:00Z");
    later.effective_from = Some("2026-12-01".parse().unwrap());
    let mut earlier = later.clone();
    earlier.issued_at = at("2026-11-20T09:00:00Z");
    earlier.effective_from = Some("2026-11-20".parse().unwrap());
    let mut format1_effective = later.clone();
    format1_effective.format = 1;
    format1_effective.effective_from = Some("2026-12-01".parse().unwrap());
    let mut with_garbage: serde_json::Value =
        serde_json::from_slice(&join(&new_un, MEMBER_SEATS[0], MEETING)).unwrap();
    let good = with_garbage["signatures"][0].clone();
    with_garbage["signatures"] = json!([{"keyid": m1.keyid(), "sig": "AAAA"}, {"keyid": c.chair.keyid(), "sig": "A".repeat(86) + "=="}, good]);
    let position_json = serde_json::to_string(&fixture::position(
        MEMBER_SEATS[0],
        MEETING,
        1,
        when,
        vec![],
    ))
    .unwrap();
    let vectors = vec![
        Vector { file: "valid-position-new-key.dsse", bytes: join(&new_un, MEMBER_SEATS[0], MEETING), reject: None, signer: Some("new-un-1"),
            description: "un-1's new key, for a meeting roster version 2 governs." },
        Vector { file: "valid-position-moved-key.dsse", bytes: join(m2, MEMBER_SEATS[2], MEETING), reject: None, signer: Some("member-2"),
            description: "Member 2's key speaks for the seat version 2 moved it to (countries-1)." },
        Vector { file: "valid-position-history.dsse", bytes: join(m3, MEMBER_SEATS[2], PAST_MEETING), reject: None, signer: Some("member-3"),
            description: "Member 3's key, which version 2 drops, for a meeting of 2025: version 1 governs that date, so history stays valid." },
        Vector { file: "valid-decision-new-chair.dsse", bytes: signed(&new_chair, Kind::Decision, &decision(MEETING, None)), reject: None, signer: Some("new-chair"),
            description: "A decision file (format 2) by the chair key of version 2." },
        Vector { file: "valid-decision-history.dsse", bytes: signed(&c.chair, Kind::Decision, &decision(PAST_MEETING, None)), reject: None, signer: Some("chair"),
            description: "The demoted chair's key, on a meeting of 2025 (version 1 governs it)." },
        Vector { file: "valid-meeting-new-fmu.dsse", bytes: signed(&new_fmu, Kind::Meeting, &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 2, "2026-11-27T10:00:00Z")), reject: None, signer: Some("new-fmu"),
            description: "A meeting revision by the FMU key of the newest roster." },
        Vector { file: "valid-position-with-invalid-signatures.dsse", bytes: serde_json::to_vec(&with_garbage).unwrap(), reject: None, signer: Some("new-un-1"),
            description: "Two signatures that do not verify before the valid one, naming keys an earlier roster lists (one of the wrong length): they neither void nor validate the file." },
        Vector { file: "valid-roster-v3.dsse", bytes: signed(&new_fmu, Kind::Roster, &later), reject: None, signer: Some("new-fmu"),
            description: "Version 3 by the FMU key of version 2, issued and in force from 2026-12-01." },
        Vector { file: "reject-rotated-key.dsse", bytes: join(m1, MEMBER_SEATS[0], MEETING), reject: Some("key_rotated"), signer: Some("member-1"),
            description: "un-1's old key, whatever date it claims, for a meeting version 2 governs." },
        Vector { file: "reject-moved-key.dsse", bytes: join(m2, MEMBER_SEATS[1], MEETING), reject: Some("key_not_on_roster"), signer: Some("member-2"),
            description: "Member 2's key still speaking for donors-1, its seat before version 2 moved it." },
        Vector { file: "reject-removed-key.dsse", bytes: join(&removed, "stakeholders-1", MEETING), reject: Some("key_removed"), signer: Some("removed"),
            description: "The key of a seat version 2 removes." },
        Vector { file: "reject-shortened-term.dsse", bytes: join(&short_term, MEMBER_SEATS[1], MEETING), reject: Some("outside_term"), signer: Some("short-term"),
            description: "donors-1's holder, whose term version 2 ends on 2026-11-30, for a meeting on 2026-12-10." },
        Vector { file: "reject-demoted-chair.dsse", bytes: signed(&c.chair, Kind::Decision, &decision(MEETING, None)), reject: Some("role_may_not_sign"), signer: Some("chair"),
            description: "The old chair's key, now a member seat, signing a decision file for a meeting version 2 governs." },
        Vector { file: "reject-dropped-fmu-statement.dsse", bytes: statement(&c.fmu, "1000000"), reject: Some("key_rotated"), signer: Some("fmu"),
            description: "The FMU key version 2 replaced, signing a contribution statement." },
        Vector { file: "reject-dropped-fmu-meeting.dsse", bytes: signed(&c.fmu, Kind::Meeting, &fixture::meeting(MEETING, "2026-12-10T14:00:00Z", 2, "2026-11-20T10:00:00Z")), reject: Some("key_rotated"), signer: Some("fmu"),
            description: "The FMU key version 2 replaced, revising a meeting (dated before version 2 was issued)." },
        Vector { file: "reject-dropped-fmu-package.dsse", bytes: signed(&c.fmu, Kind::DossierPackage, &fixture::package("2026-10-16T08:00:00Z")), reject: Some("key_rotated"), signer: Some("fmu"),
            description: "The FMU key version 2 replaced, signing a dossier package." },
        Vector { file: "reject-dropped-fmu-roster.dsse", bytes: signed(&c.fmu, Kind::Roster, &later), reject: Some("key_rotated"), signer: Some("fmu"),
            description: "The FMU key version 2 replaced, issuing version 3." },
        Vector { file: "reject-roster-effective-before-issue.dsse", bytes: signed(&new_fmu, Kind::Roster, &sync::Roster { issued_at: at("2026-12-05T09:00:00Z"), ..later.clone() }), reject: Some("bad_roster"), signer: Some("new-fmu"),
            description: "A roster issued on 2026-12-05 in force from 2026-12-01, before it was issued (it would take authority away from files already counted)." },
        Vector { file: "reject-roster-effective-out-of-order.dsse", bytes: signed(&new_fmu, Kind::Roster, &earlier), reject: Some("bad_roster"), signer: Some("new-fmu"),
            description: "Version 3 in force from a date before version 2's." },
        Vector { file: "reject-roster-format1-effective.dsse", bytes: signed(&new_fmu, Kind::Roster, &format1_effective), reject: Some("bad_payload"), signer: Some("new-fmu"),
            description: "`effective_from` in a format 1 roster." },
        Vector { file: "reject-funding-not-approved.dsse", bytes: signed(&new_chair, Kind::Decision, &decision(MEETING, Some((sync::Outcome::NotApproved, "100000", vec!["100000"])))), reject: Some("bad_payload"), signer: Some("new-chair"),
            description: "Funding on an outcome that approves nothing." },
        Vector { file: "reject-amount-three-decimals.dsse", bytes: signed(&new_chair, Kind::Decision, &decision(MEETING, Some((approved, "100000.005", vec!["100000.005"])))), reject: Some("bad_payload"), signer: Some("new-chair"),
            description: "An amount with three decimals." },
        Vector { file: "reject-amount-zero.dsse", bytes: signed(&new_chair, Kind::Decision, &decision(MEETING, Some((approved, "0", vec!["0"])))), reject: Some("bad_payload"), signer: Some("new-chair"),
            description: "A decision approving an amount of zero." },
        Vector { file: "reject-amount-too-large.dsse", bytes: signed(&new_chair, Kind::Decision, &decision(MEETING, Some((approved, "79228162514264337593543950335", vec!["79228162514264337593543950335"])))), reject: Some("bad_payload"), signer: Some("new-chair"),
            description: "2^96 - 1, above the bound of 10^15." },
        Vector { file: "reject-split-rounds.dsse", bytes: signed(&new_chair, Kind::Decision, &decision(MEETING, Some((approved, "1", vec!["0.3333333333333333333333333333", "0.6666666666666666666666666667"])))), reject: Some("bad_payload"), signer: Some("new-chair"),
            description: "A split whose digits run past what a decimal holds, so that its sum would round to the amount." },
        Vector { file: "reject-statement-too-large.dsse", bytes: statement(&new_fmu, "1000000000000000000000000000"), reject: Some("bad_payload"), signer: Some("new-fmu"),
            description: "A contribution of 10^27." },
        Vector { file: "reject-reason-invisible.dsse", bytes: pos(&new_un, MEMBER_SEATS[0], MEETING, Stance::Object, Some("\u{200b}")), reject: Some("reason_missing"), signer: Some("new-un-1"),
            description: "An objection whose reason is one zero-width space." },
        Vector { file: "reject-no-quorum-approval.dsse",
            bytes: signed(&new_chair, Kind::Decision, &{
                let mut d = decision(MEETING, None);
                d.decisions[0].tally = scdesk::tally::tally(&scdesk::profile::DecisionRule::Consensus, 7, &[], &Default::default());
                d.decisions[0].override_reason = Some("Members agreed by email".into());
                d
            }),
            reject: Some("bad_payload"), signer: Some("new-chair"), description: "A format 2 decision approving an item without a quorum, whatever the override reason." },
        Vector { file: "valid-meeting-history.dsse",
            bytes: signed(&new_fmu, Kind::Meeting, &sync::MeetingFile { format: 2, history: Some(true), ..fixture::meeting("sc-2020-01", "2020-03-02T10:00:00Z", 1, "2026-11-27T10:00:00Z") }),
            reject: None, signer: Some("new-fmu"), description: "A meeting of 2020 entered as history (format 2, `history`: true)." },
        Vector { file: "reject-sequence-too-large.dsse",
            bytes: signed(&new_un, Kind::Position, &fixture::position(MEMBER_SEATS[0], MEETING, u64::MAX, when, vec![])),
            reject: Some("bad_payload"), signer: Some("new-un-1"), description: "A sequence of 2^64 - 1, above the 2^63 - 1 a store keeps." },
        Vector { file: "reject-format-above-u32.dsse",
            bytes: signed_raw(&new_un, Kind::Position.payload_type(), &position_json.replacen("\"format\":1", "\"format\":4294967297", 1)),
            reject: Some("unsupported_format"), signer: Some("new-un-1"), description: "Format 2^32 + 1, which must not be read as format 1." },
    ];
    let mut named = base_keys(&c);
    named.extend([
        ("new-un-1", &new_un),
        ("new-chair", &new_chair),
        ("new-fmu", &new_fmu),
        ("removed", &removed),
        ("short-term", &short_term),
    ]);
    Scenario {
        dir: dir().join("authority"),
        description: "SC Desk authority-over-time vectors (docs/sync-format.md §5.10): roster version 1 pinned, then version 2 in force from 2026-11-26. Keys are test keys from fixed seeds: never use them.",
        trust,
        vectors,
        keys: key_table(&named),
        generated: false,
    }
}

/// Checks one vector from the files on disk, as an outside reader would: the scenario's
/// trust files in order, then the vector against that trust.
fn check_one(scenario: &str, file: &str) {
    let dir = match scenario {
        "authority" => dir().join("authority"),
        _ => dir(),
    };
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("vectors.json")).unwrap()).unwrap();
    let files: Vec<(&str, Vec<u8>)> = manifest["trust"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let name = f.as_str().unwrap();
            (name, std::fs::read(dir.join(name)).unwrap())
        })
        .collect();
    let trust = trust_from(&files);
    let v = manifest["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["file"] == file)
        .unwrap_or_else(|| panic!("{file} is not in the {scenario} manifest"));
    let bytes = std::fs::read(dir.join(file)).unwrap();
    match (sync::check(&bytes, &trust), v["expect"].as_str().unwrap()) {
        (Ok(verified), "valid") => {
            let signer = v["signer"].as_str().unwrap();
            assert_eq!(
                verified.signer.keyid,
                manifest["keys"][signer]["keyid"].as_str().unwrap(),
                "{file}: verified under another key than {signer}'s"
            );
        }
        (Err(e), "reject") => assert_eq!(e.code(), v["code"].as_str().unwrap(), "{file}: {e}"),
        (got, expect) => panic!("{file}: expected {expect} {}, got {got:?}", v["code"]),
    }
}

macro_rules! vector_tests {
    ($($name:ident => $scenario:ident $file:literal,)*) => {
        $(
            #[test]
            fn $name() {
                check_one(stringify!($scenario), $file);
            }
        )*
        /// Every vector with its own test, for the coverage check.
        const VECTOR_TESTS: &[(&str, &str)] = &[$((stringify!($scenario), $file)),*];
    };
}

#[test]
fn every_vector_has_its_own_test() {
    for (scenario, dir) in [("base", dir()), ("authority", dir().join("authority"))] {
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("vectors.json")).unwrap()).unwrap();
        for v in manifest["vectors"].as_array().unwrap() {
            let file = v["file"].as_str().unwrap();
            assert!(
                VECTOR_TESTS.contains(&(scenario, file)),
                "{scenario} vector {file} has no test of its own: add it to vector_tests!"
            );
        }
    }
}

// One test per vector, named for it, so a failure names the vector (the list is checked
// against the manifests by `every_vector_has_its_own_test`).
vector_tests! {
    valid_position => base "valid-position.dsse",
    valid_position_past_member => base "valid-position-past-member.dsse",
    valid_enrolment => base "valid-enrolment.dsse",
    valid_roster_v2 => base "valid-roster-v2.dsse",
    valid_decision => base "valid-decision.dsse",
    valid_decision_v3 => base "valid-decision-v3.dsse",
    reject_decision_v3_worded_record => base "reject-decision-v3-worded-record.dsse",
    reject_decision_v2_neutral_record => base "reject-decision-v2-neutral-record.dsse",
    reject_decision_v3_funds_worded => base "reject-decision-v3-funds-worded.dsse",
    valid_contributions => base "valid-contributions.dsse",
    reject_member_signs_contributions => base "reject-member-signs-contributions.dsse",
    reject_contribution_amount => base "reject-contribution-amount.dsse",
    reject_bad_signature => base "reject-bad-signature.dsse",
    reject_unknown_key => base "reject-unknown-key.dsse",
    reject_key_not_on_roster => base "reject-key-not-on-roster.dsse",
    reject_outside_term => base "reject-outside-term.dsse",
    reject_member_signs_roster => base "reject-member-signs-roster.dsse",
    reject_member_signs_decision => base "reject-member-signs-decision.dsse",
    reject_item_not_on_agenda => base "reject-item-not-on-agenda.dsse",
    reject_reason_missing => base "reject-reason-missing.dsse",
    reject_unknown_dossier_version => base "reject-unknown-dossier-version.dsse",
    reject_truncated => base "reject-truncated.dsse",
    reject_not_json => base "reject-not-json.dsse",
    reject_not_an_envelope => base "reject-not-an-envelope.dsse",
    reject_unknown_payload_type => base "reject-unknown-payload-type.dsse",
    reject_unknown_field => base "reject-unknown-field.dsse",
    reject_duplicate_key => base "reject-duplicate-key.dsse",
    reject_future_format => base "reject-future-format.dsse",
    reject_rollback => base "reject-rollback.dsse",
    reject_wrong_fund => base "reject-wrong-fund.dsse",
    authority_valid_position_new_key => authority "valid-position-new-key.dsse",
    authority_valid_position_moved_key => authority "valid-position-moved-key.dsse",
    authority_valid_position_history => authority "valid-position-history.dsse",
    authority_valid_decision_new_chair => authority "valid-decision-new-chair.dsse",
    authority_valid_decision_history => authority "valid-decision-history.dsse",
    authority_valid_meeting_new_fmu => authority "valid-meeting-new-fmu.dsse",
    authority_valid_position_with_invalid_signatures => authority "valid-position-with-invalid-signatures.dsse",
    authority_valid_roster_v3 => authority "valid-roster-v3.dsse",
    authority_reject_rotated_key => authority "reject-rotated-key.dsse",
    authority_reject_moved_key => authority "reject-moved-key.dsse",
    authority_reject_removed_key => authority "reject-removed-key.dsse",
    authority_reject_shortened_term => authority "reject-shortened-term.dsse",
    authority_reject_demoted_chair => authority "reject-demoted-chair.dsse",
    authority_reject_dropped_fmu_statement => authority "reject-dropped-fmu-statement.dsse",
    authority_reject_dropped_fmu_meeting => authority "reject-dropped-fmu-meeting.dsse",
    authority_reject_dropped_fmu_package => authority "reject-dropped-fmu-package.dsse",
    authority_reject_dropped_fmu_roster => authority "reject-dropped-fmu-roster.dsse",
    authority_reject_roster_effective_before_issue => authority "reject-roster-effective-before-issue.dsse",
    authority_reject_roster_effective_out_of_order => authority "reject-roster-effective-out-of-order.dsse",
    authority_reject_roster_format1_effective => authority "reject-roster-format1-effective.dsse",
    authority_reject_funding_not_approved => authority "reject-funding-not-approved.dsse",
    authority_reject_amount_three_decimals => authority "reject-amount-three-decimals.dsse",
    authority_reject_amount_zero => authority "reject-amount-zero.dsse",
    authority_reject_amount_too_large => authority "reject-amount-too-large.dsse",
    authority_reject_split_rounds => authority "reject-split-rounds.dsse",
    authority_reject_statement_too_large => authority "reject-statement-too-large.dsse",
    authority_reject_reason_invisible => authority "reject-reason-invisible.dsse",
    authority_reject_no_quorum_approval => authority "reject-no-quorum-approval.dsse",
    authority_valid_meeting_history => authority "valid-meeting-history.dsse",
    authority_reject_sequence_too_large => authority "reject-sequence-too-large.dsse",
    authority_reject_format_above_u32 => authority "reject-format-above-u32.dsse",
}
