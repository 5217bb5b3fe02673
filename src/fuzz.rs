//! The readers of outside input, as the fuzzers (`fuzz/`, `make fuzz`) and the replay of
//! their corpora in `cargo test` (`tests/fuzz_corpus.rs`) call them: each takes any bytes
//! and must return, whatever they are, without panicking. Built only with the
//! `test-support` feature; nothing in the product calls it.

use std::sync::OnceLock;

use crate::dsse::Envelope;
use crate::identity::Identity;
use crate::secret::Secret;
use crate::sync::{self, Kind, Payload, Trust};

/// A reader of outside input: any bytes in, no panic.
pub type Target = fn(&[u8]);

/// Every target, by the name `fuzz/` and the corpus folders use.
pub const TARGETS: &[(&str, Target)] = &[
    ("envelope", envelope),
    ("strict_json", strict_json),
    ("signed_payload", signed_payload),
    ("amount", amount),
    ("bundle", bundle),
    ("record_pdf", record_pdf),
    ("workspace_file", workspace_file),
];

/// A DSSE envelope as a file holds it.
pub fn envelope(data: &[u8]) {
    let _ = Envelope::parse(data);
}

/// The duplicate-key and truncation checks of strict JSON.
pub fn strict_json(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::strict_json::check(text);
    }
}

/// Amounts as files and people write them.
pub fn amount(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::money::payload_amount(text);
        let _ = crate::money::parse_amount(text, "USD");
    }
}

/// What `import` does before any envelope: the first bytes, the lines of a bundle.
pub fn bundle(data: &[u8]) {
    let _ = crate::sniff::sniff(data);
    for part in sync::split_bundle(data) {
        let _ = Envelope::parse(part.trim_ascii());
    }
}

/// `verify RECORD.pdf` reads any PDF.
pub fn record_pdf(data: &[u8]) {
    if crate::pdf::extract_all(data).is_ok() {
        let _ = crate::pdf::check_regenerates(data);
    }
}

/// `workspace.json` as found on disk.
pub fn workspace_file(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::workspace::parse(text, std::path::Path::new("workspace.json"));
    }
}

/// Every payload kind's parsing and checks, past the signature: the first byte picks the
/// kind, the rest is the payload, signed by the test committee's key that may sign that
/// kind and checked against the test vectors' trust (roster, meetings, package).
pub fn signed_payload(data: &[u8]) {
    let Some((&pick, payload)) = data.split_first() else {
        return;
    };
    let kind = Kind::ALL[usize::from(pick) % Kind::ALL.len()];
    // The test vectors' fixed seeds (tests/vectors/vectors.json): FMU 1, chair 2, member 3.
    let seed = match kind {
        Kind::Decision => 2,
        Kind::Position | Kind::Enrolment => 3,
        _ => 1,
    };
    let Ok(signer) = Identity::from_seed(&Secret::from_bytes(vec![seed; 32])) else {
        return;
    };
    let bytes = signer.sign(kind.payload_type(), payload.to_vec()).to_json();
    let _ = sync::check(&bytes, trust());
}

fn trust() -> &'static Trust {
    static TRUST: OnceLock<Trust> = OnceLock::new();
    TRUST.get_or_init(|| {
        let roster = include_bytes!("../tests/vectors/roster-v1.dsse");
        let fmu = "34750f98bd59fcfc946da45aaabe933be154a4b5094e1c4abf42866505f3c97e";
        let mut trust = Trust {
            fund: "mmptf".into(),
            ..Trust::default()
        };
        if let Ok(v) = sync::check_first_roster(roster, fmu, "mmptf") {
            if let Payload::Roster(r) = v.payload {
                trust.rosters.push(r);
            }
        }
        let files: [&[u8]; 3] = [
            include_bytes!("../tests/vectors/meeting.dsse"),
            include_bytes!("../tests/vectors/meeting-past.dsse"),
            include_bytes!("../tests/vectors/package.dsse"),
        ];
        for bytes in files {
            match sync::check(bytes, &trust).map(|v| v.payload) {
                Ok(Payload::Meeting(m)) => {
                    trust.meetings.insert(m.meeting.id.clone(), m.meeting);
                }
                Ok(Payload::DossierPackage(p)) => {
                    for d in &p.dossiers {
                        trust
                            .dossier_hashes
                            .entry(d.id.clone())
                            .or_default()
                            .insert(sync::dossier_hash(d));
                    }
                }
                _ => {}
            }
        }
        trust
    })
}
