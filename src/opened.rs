//! A file opened from outside the app (double-clicked, or given on the command line):
//! what it is and who signed it, shown before anything is imported. Reading changes
//! nothing; importing is the import screen's `Desk::import`, after the user says so.

use std::path::Path;

use serde::Serialize;

use crate::desk::Desk;
use crate::dsse::{self, Envelope};
use crate::error::Error;
use crate::lang::Words;
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
        let words = self.words();
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
                opened.problem = Some(e.for_people_in(&words).message);
                return opened;
            }
        };
        let parts = match crate::exchange::signed_parts(&bytes) {
            Ok(parts) => parts,
            Err(e) => {
                opened.problem = Some(e.for_people_in(&words).message);
                return opened;
            }
        };
        // Reading changes nothing, so one view of what is trusted serves every part.
        let trust = self.trust();
        for part in &parts {
            let part = self.preview_part(part.trim_ascii(), &trust, &words);
            opened.importable |= !part.already_held;
            opened.parts.push(part);
        }
        opened
    }

    fn preview_part(
        &self,
        bytes: &[u8],
        trust: &Result<sync::Trust, Error>,
        words: &Words,
    ) -> OpenedPart {
        let held = self
            .store
            .has_envelope(&sync::file_hash(bytes))
            .unwrap_or(false);
        let checked = match trust {
            Ok(t) => sync::check(bytes, t).map_err(|e| Error::from(e).for_people_in(words).message),
            Err(e) => Err(e.for_people_in(words).message),
        };
        match checked {
            Ok(v) => OpenedPart {
                what: what(words, &v.payload),
                signed_by: Some(self.signer_in_words_in(words, &v.signer)),
                key: Some(dsse::grouped(&v.signer.keyid)),
                problem: None,
                already_held: held,
            },
            Err(e) => OpenedPart {
                what: Envelope::parse(bytes)
                    .ok()
                    .and_then(|e| Kind::from_payload_type(&e.payload_type))
                    .map(|k| words.f("exchange-file-kind", &[("kind", kind_code(k).into())]))
                    .unwrap_or_else(|| words.t("exchange-file-unreadable")),
                signed_by: None,
                key: None,
                problem: Some(e),
                already_held: held,
            },
        }
    }
}

/// A kind of signed file as the catalogue selects it.
pub(crate) fn kind_code(kind: Kind) -> &'static str {
    match kind {
        Kind::Enrolment => "enrolment",
        Kind::Roster => "roster",
        Kind::Meeting => "meeting",
        Kind::DossierPackage => "dossier_package",
        Kind::Position => "position",
        Kind::Decision => "decision",
        Kind::Contributions => "contributions",
    }
}

/// The file in words, from its signed payload.
fn what(words: &Words, payload: &Payload) -> String {
    let one = |t: &str| crate::untrusted::quote(t, crate::untrusted::QUOTED_CHARS);
    match payload {
        Payload::Enrolment(e) => words.f(
            "exchange-what-enrolment",
            &[
                ("name", one(&e.name).into()),
                ("organisation", one(&e.organisation).into()),
            ],
        ),
        Payload::Roster(r) => words.f(
            "exchange-what-roster",
            &[
                ("version", r.version.to_string().into()),
                ("seats", r.seats.len().into()),
            ],
        ),
        Payload::Meeting(m) => words.f(
            "exchange-what-meeting",
            &[
                ("meeting", one(&m.meeting.id).into()),
                ("title", one(&m.meeting.title).into()),
                ("revision", m.revision.to_string().into()),
            ],
        ),
        Payload::DossierPackage(p) => words.f(
            "exchange-what-package",
            &[("dossiers", p.dossiers.len().into())],
        ),
        Payload::Position(p) => words.f(
            "exchange-what-position",
            &[
                ("seat", one(&p.seat).into()),
                ("meeting", one(&p.meeting).into()),
                ("positions", p.positions.len().into()),
            ],
        ),
        Payload::Decision(d) => match d.revision {
            Some(n) if n > 1 => words.f(
                "exchange-what-correction",
                &[
                    ("meeting", one(&d.meeting).into()),
                    ("revision", n.to_string().into()),
                ],
            ),
            _ => words.f(
                "exchange-what-decision",
                &[("meeting", one(&d.meeting).into())],
            ),
        },
        Payload::Contributions(c) => words.f(
            "exchange-what-statement",
            &[
                ("version", c.version.to_string().into()),
                ("date", c.as_of.to_string().into()),
            ],
        ),
    }
}
