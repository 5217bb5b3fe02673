//! A file opened from outside the app (double-clicked, or given on the command line):
//! what it is and who signed it, shown before anything is imported. Reading changes
//! nothing; importing is the import screen's `Desk::import`, after the user says so.

use std::path::Path;

use serde::Serialize;

use crate::desk::Desk;
use crate::dsse::{self, Envelope};
use crate::error::Error;
use crate::sync::{self, Kind, Payload};

/// One opened file, as the app shows it before importing.
#[derive(Debug, Clone, Serialize)]
pub struct OpenedFile {
    /// The file's name, without its folder.
    pub name: String,
    pub path: String,
    /// The signed files in it (a bundle holds several; a record PDF carries its decision
    /// files), each in words.
    pub parts: Vec<OpenedPart>,
    /// Why nothing in it can be imported (not an SC Desk file, unreadable), in words.
    pub problem: Option<String>,
    /// Whether importing could change anything: some part is not held yet.
    pub importable: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpenedPart {
    /// "Position file of seat donors-1 for meeting sc-2026-03".
    pub what: String,
    /// "Amina Diallo (seat donors-1)", when its signature holds under this workspace's
    /// roster.
    pub signed_by: Option<String>,
    /// The signing key's fingerprint, in groups.
    pub key: Option<String>,
    /// Why this workspace would refuse it now, in words.
    pub problem: Option<String>,
    pub already_held: bool,
}

impl Desk {
    /// What the file at `path` is and who signed it, checked against what this workspace
    /// trusts, changing nothing.
    pub fn open_file_preview(&self, path: &Path) -> OpenedFile {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let mut opened = OpenedFile {
            name,
            path: path.display().to_string(),
            parts: Vec::new(),
            problem: None,
            importable: false,
        };
        let bytes = match Desk::read_input(path) {
            Ok(b) => b,
            Err(e) => {
                opened.problem = Some(e.for_people().message);
                return opened;
            }
        };
        let parts = match crate::exchange::signed_parts(&bytes) {
            Ok(parts) => parts,
            Err(e) => {
                opened.problem = Some(e.for_people().message);
                return opened;
            }
        };
        // Reading changes nothing, so one view of what is trusted serves every part.
        let trust = self.trust();
        for part in &parts {
            let part = self.preview_part(part.trim_ascii(), &trust);
            opened.importable |= !part.already_held;
            opened.parts.push(part);
        }
        opened
    }

    fn preview_part(&self, bytes: &[u8], trust: &Result<sync::Trust, Error>) -> OpenedPart {
        let held = self
            .store
            .has_envelope(&sync::file_hash(bytes))
            .unwrap_or(false);
        let checked = match trust {
            Ok(t) => sync::check(bytes, t).map_err(|e| Error::from(e).for_people().message),
            Err(e) => Err(e.for_people().message),
        };
        match checked {
            Ok(v) => OpenedPart {
                what: what(&v.payload),
                signed_by: Some(self.signer_in_words(&v.signer)),
                key: Some(dsse::grouped(&v.signer.keyid)),
                problem: None,
                already_held: held,
            },
            Err(e) => OpenedPart {
                what: Envelope::parse(bytes)
                    .ok()
                    .and_then(|e| Kind::from_payload_type(&e.payload_type))
                    .map(|k| capitalised(k.as_str()))
                    .unwrap_or_else(|| "A file SC Desk cannot read".into()),
                signed_by: None,
                key: None,
                problem: Some(e),
                already_held: held,
            },
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The file in words, from its signed payload.
fn what(payload: &Payload) -> String {
    let one = |t: &str| crate::untrusted::quote(t, crate::untrusted::QUOTED_CHARS);
    match payload {
        Payload::Enrolment(e) => format!(
            "Enrolment of {} ({}), asking the FMU for a seat",
            one(&e.name),
            one(&e.organisation)
        ),
        Payload::Roster(r) => format!(
            "Roster version {} of the committee, {} seats",
            r.version,
            r.seats.len()
        ),
        Payload::Meeting(m) => format!(
            "Meeting {}: {} (revision {})",
            one(&m.meeting.id),
            one(&m.meeting.title),
            m.revision
        ),
        Payload::DossierPackage(p) => format!(
            "Dossier package of {} {}",
            p.dossiers.len(),
            if p.dossiers.len() == 1 {
                "dossier"
            } else {
                "dossiers"
            }
        ),
        Payload::Position(p) => format!(
            "Position file of seat {} for meeting {} ({} {})",
            one(&p.seat),
            one(&p.meeting),
            p.positions.len(),
            if p.positions.len() == 1 {
                "position"
            } else {
                "positions"
            }
        ),
        Payload::Decision(d) => format!(
            "Decision file of meeting {}{}",
            one(&d.meeting),
            match d.revision {
                Some(n) if n > 1 => format!(", correction (revision {n})"),
                _ => String::new(),
            }
        ),
        Payload::Contributions(c) => format!(
            "Contribution statement version {}, as of {}",
            c.version, c.as_of
        ),
    }
}
