//! The auditor's recount of a decision file: from every position file given, the
//! auditor's own count (for each seat, the newest valid file for the decision's meeting),
//! compared with the files the decision says it counted and with its signed tallies.
//! The rule is a pure function (`recount`); `Desk::recount` checks the files. Spec:
//! docs/sync-format.md §5.9.

use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

use crate::decision::{answers_for, voters};
use crate::desk::Desk;
use crate::error::Error;
use crate::roster::Seat;
use crate::sync::{self, DecisionFile, Payload, PositionFile};
use crate::tally;

/// One item of a recount: what was signed against what the files give.
#[derive(Debug, Clone, Serialize)]
pub struct RecountLine {
    pub item: u32,
    pub signed: tally::Counts,
    pub recounted: tally::Counts,
    pub matches: bool,
    pub detail: String,
}

/// A file the decision counts that the auditor would not, or the other way round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileFinding {
    /// The seat concerned, when the file could be read.
    pub seat: Option<String>,
    /// The file as the decision lists it (payload hash in format 2, file hash in 1).
    pub file: String,
    pub problem: String,
}

/// The whole recount: per item, and per file.
#[derive(Debug, Clone, Serialize)]
pub struct Recount {
    pub items: Vec<RecountLine>,
    pub files: Vec<FileFinding>,
    /// Every item matches and no file finding.
    pub matches: bool,
}

/// A position file given to the recount, checked against the workspace's trust.
#[derive(Debug, Clone)]
pub struct Given {
    pub file_hash: String,
    /// None when the file is not even an envelope.
    pub payload_hash: Option<String>,
    /// The file, or why it was refused.
    pub checked: Result<PositionFile, String>,
}

impl Given {
    /// How a decision of `format` names this file.
    fn id(&self, format: u32) -> Option<&str> {
        if format >= 2 {
            self.payload_hash.as_deref()
        } else {
            Some(&self.file_hash)
        }
    }
}

/// Recounts `decision` from every position file given. `seats` are the seats of the
/// roster in force on the meeting's date, `meeting_date` that date.
pub fn recount(
    decision: &DecisionFile,
    given: &[Given],
    seats: &[Seat],
    meeting_date: NaiveDate,
) -> Recount {
    let format = decision.format;
    let listed: BTreeSet<&str> = decision
        .positions_counted
        .iter()
        .map(String::as_str)
        .collect();
    // The auditor's own count: each seat's newest valid file for this meeting; two
    // different files at the top sequence dispute each other and neither counts.
    let mut by_seat: BTreeMap<&str, Vec<&Given>> = BTreeMap::new();
    for g in given {
        if let Ok(p) = &g.checked {
            if p.meeting == decision.meeting {
                by_seat.entry(&p.seat).or_default().push(g);
            }
        }
    }
    let mut newest: BTreeMap<&str, &Given> = BTreeMap::new();
    let mut files = Vec::new();
    for (seat, held) in &by_seat {
        let sequence = |g: &Given| g.checked.as_ref().map(|p| p.sequence).unwrap_or(0);
        let top = held.iter().map(|g| sequence(g)).max().unwrap_or(0);
        let mut at_top: Vec<&Given> = held
            .iter()
            .copied()
            .filter(|g| sequence(g) == top)
            .collect();
        at_top.sort_by(|a, b| a.payload_hash.cmp(&b.payload_hash));
        at_top.dedup_by(|a, b| a.payload_hash == b.payload_hash);
        match at_top.as_slice() {
            [one] => {
                newest.insert(seat, one);
                if !one.id(format).is_some_and(|id| listed.contains(id)) {
                    files.push(FileFinding {
                        seat: Some(seat.to_string()),
                        file: one.id(format).unwrap_or(&one.file_hash).to_string(),
                        problem: format!("is the seat's newest position file (sequence {top}), and the decision does not count it"),
                    });
                }
            }
            disputed => {
                if let Some(id) = disputed
                    .iter()
                    .filter_map(|g| g.id(format))
                    .find(|id| listed.contains(id))
                {
                    files.push(FileFinding {
                        seat: Some(seat.to_string()),
                        file: id.to_string(),
                        problem: format!("is counted by the decision, but the seat signed two different position files with sequence {top}, so neither counts"),
                    });
                }
            }
        }
    }
    for id in &listed {
        let mut matching: Vec<&Given> = given.iter().filter(|g| g.id(format) == Some(id)).collect();
        // A valid copy, if any was given, speaks for the file (a broken copy beside it
        // does not make it invalid).
        matching.sort_by_key(|g| g.checked.is_err());
        let Some(g) = matching.first() else {
            files.push(FileFinding {
                seat: None,
                file: id.to_string(),
                problem: "is counted by the decision but is not among the files given".into(),
            });
            continue;
        };
        let p = match &g.checked {
            Err(reason) => {
                files.push(FileFinding {
                    seat: None,
                    file: id.to_string(),
                    problem: format!("is counted by the decision but is not valid here: {reason}"),
                });
                continue;
            }
            Ok(p) => p,
        };
        let seat = Some(p.seat.clone());
        if p.meeting != decision.meeting {
            files.push(FileFinding {
                seat,
                file: id.to_string(),
                problem: format!(
                    "is counted by the decision but is a position file for meeting {}",
                    p.meeting
                ),
            });
        } else if let Some(n) = newest.get(p.seat.as_str()) {
            if n.id(format) != Some(id) {
                let later = n.checked.as_ref().map(|f| f.sequence).unwrap_or(0);
                files.push(FileFinding {
                    seat,
                    file: id.to_string(),
                    problem: format!("is counted by the decision (sequence {}) but the seat's file with sequence {later} supersedes it", p.sequence),
                });
            }
        }
    }
    let counted: Vec<PositionFile> = newest
        .values()
        .filter_map(|g| g.checked.as_ref().ok().cloned())
        .collect();
    let mut present: BTreeSet<String> = decision.present.iter().cloned().collect();
    present.extend(counted.iter().map(|f| f.seat.clone()));
    let v = voters(seats, meeting_date, &present);
    let items: Vec<RecountLine> = decision
        .decisions
        .iter()
        .map(|d| {
            let answers = answers_for(&counted, d.item);
            // Only the counts and objections are compared: the rule is not recounted.
            let t = tally::tally(
                &crate::profile::DecisionRule::Consensus,
                d.tally.quorum_required,
                &v,
                &answers,
            );
            let same_objections = t.objections == d.tally.objections;
            let matches = t.counts == d.tally.counts && same_objections;
            RecountLine {
                item: d.item,
                signed: d.tally.counts,
                recounted: t.counts,
                matches,
                detail: if matches {
                    "the position files give the signed tally".into()
                } else if !same_objections {
                    "the objections differ from the signed ones".into()
                } else {
                    "the counts differ from the signed ones".into()
                },
            }
        })
        .collect();
    let matches = files.is_empty() && items.iter().all(|l| l.matches);
    Recount {
        items,
        files,
        matches,
    }
}

impl Desk {
    /// Recounts a decision file from the position files given: every file is checked
    /// against this workspace's trust (a refused one is reported, not counted); changes
    /// nothing.
    pub fn recount(
        &self,
        decision_bytes: &[u8],
        position_files: &[Vec<u8>],
    ) -> Result<Recount, Error> {
        let verified = self.verify(decision_bytes)?;
        let Payload::Decision(decision) = verified.payload else {
            return Err(sync::SyncError::BadPayload {
                kind: "decision file",
                reason: "it is not a decision file".into(),
            }
            .into());
        };
        let trust = self.trust()?;
        let given: Vec<Given> = position_files
            .iter()
            .filter_map(|bytes| {
                let envelope = crate::dsse::Envelope::parse(bytes.trim_ascii()).ok();
                // Files given that are not position files are ignored.
                if envelope
                    .as_ref()
                    .is_some_and(|e| e.payload_type != sync::Kind::Position.payload_type())
                {
                    return None;
                }
                let checked = match sync::check(bytes, &trust) {
                    Ok(v) => match v.payload {
                        Payload::Position(p) => Ok(p),
                        _ => return None,
                    },
                    Err(e) => Err(crate::Error::from(e).for_people().message),
                };
                Some(Given {
                    file_hash: sync::file_hash(bytes),
                    payload_hash: envelope.as_ref().map(sync::payload_hash),
                    checked,
                })
            })
            .collect();
        let meeting = trust
            .meetings
            .get(&decision.meeting)
            .ok_or_else(|| Error::UnknownMeeting(decision.meeting.clone()))?;
        let date = meeting.starts_at.date_naive();
        let seats = self.seats_on(date)?;
        Ok(recount(&decision, &given, &seats, date))
    }
}
