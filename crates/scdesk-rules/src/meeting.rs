//! Meetings of the committee and their agendas. Times are stored in UTC; the app shows
//! them in the user's local time.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    InPerson,
    Virtual,
    WrittenProcedure,
}

impl MeetingKind {
    pub fn label(self) -> &'static str {
        match self {
            MeetingKind::InPerson => "In person",
            MeetingKind::Virtual => "Virtual",
            MeetingKind::WrittenProcedure => "Written procedure",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A funding decision on a dossier.
    Funding,
    /// Any other decision, described by its text.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub item: u32,
    pub kind: ItemKind,
    /// The dossier a funding item decides on.
    pub dossier: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: String,
    pub title: String,
    pub kind: MeetingKind,
    pub starts_at: DateTime<Utc>,
    pub place: String,
    pub agenda: Vec<AgendaItem>,
}

/// What the chair (or the FMU) fills in to create a meeting; the agenda is numbered in
/// the order given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingDraft {
    pub id: String,
    pub title: String,
    pub kind: MeetingKind,
    pub starts_at: DateTime<Utc>,
    pub place: String,
    pub agenda: Vec<ItemDraft>,
    /// The meeting already took place and is entered as a record of it (its file says
    /// so); otherwise a new meeting must start in the future.
    #[serde(default)]
    pub history: bool,
}

/// A seat's attendance at a meeting, as the chair records it. Present or represented
/// seats count toward the quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Present,
    Represented,
    Absent,
}

impl Attendance {
    pub const ALL: [Attendance; 3] = [
        Attendance::Present,
        Attendance::Represented,
        Attendance::Absent,
    ];

    /// As the meeting screen shows it.
    pub fn label(self) -> &'static str {
        match self {
            Attendance::Present => "Present",
            Attendance::Represented => "Represented",
            Attendance::Absent => "Absent",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Represented => "represented",
            Attendance::Absent => "absent",
        }
    }
}

impl std::str::FromStr for Attendance {
    type Err = crate::choice::NotAChoice;

    fn from_str(s: &str) -> Result<Attendance, Self::Err> {
        match s.trim() {
            "present" => Ok(Attendance::Present),
            "represented" => Ok(Attendance::Represented),
            "absent" => Ok(Attendance::Absent),
            other => Err(crate::choice::NotAChoice::new(
                other,
                "an attendance",
                "present, absent or represented",
            )),
        }
    }
}

impl std::str::FromStr for MeetingKind {
    type Err = MeetingError;

    fn from_str(s: &str) -> Result<MeetingKind, MeetingError> {
        MeetingKind::parse(s)
    }
}

/// An agenda item to be: a funding decision on a dossier, or another decision whose text
/// says what is decided. A funding item's text defaults to the dossier's title and reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDraft {
    #[serde(default)]
    pub dossier: Option<String>,
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeetingError {
    #[error("Only the chair or the FMU creates meetings: your key holds neither seat on the pinned roster.")]
    NotOrganiser,
    #[error("`{0}` cannot be a meeting id: use 3 to 40 lowercase letters, digits and dashes, starting and ending with a letter or digit, like sc-2026-05.")]
    BadId(String),
    #[error("The meeting needs a title.")]
    NoTitle,
    #[error("The meeting needs a place (a city, \"Video conference\", or \"By e-mail\" for a written procedure).")]
    NoPlace,
    #[error("The meeting needs at least one agenda item.")]
    EmptyAgenda,
    #[error("Agenda items are numbered 1, 2, 3… in order: item {found} stands where item {expected} should.")]
    Numbering { expected: u32, found: u32 },
    #[error("Agenda item {item} is a funding decision and needs the dossier it decides on.")]
    FundingWithoutDossier { item: u32 },
    #[error("Agenda item {item} is not a funding decision, so it cannot name a dossier.")]
    OtherWithDossier { item: u32 },
    #[error("Agenda item {item} needs its text: say what the committee is asked to decide.")]
    NoText { item: u32 },
    #[error("Agenda item {item}: dossier {dossier} is not in this workspace. Import its dossier package first.")]
    UnknownDossier { item: u32, dossier: String },
    #[error("Dossier {dossier} is on the agenda twice (items {first} and {second}): one funding decision per dossier per meeting.")]
    DossierTwice {
        dossier: String,
        first: u32,
        second: u32,
    },
    #[error("A new meeting starts in the future; this one would start on {0} (UTC). To enter a meeting that already took place, say so (`scdesk meeting new --history`, or tick \"already took place\"): its file then records that it was entered afterwards.")]
    StartsInThePast(String),
    #[error("A meeting entered as history has already taken place; this one starts on {0} (UTC). Leave \"already took place\" unticked.")]
    HistoryInTheFuture(String),
    #[error("Meeting {0} already exists: choose another id, or change it with a revision (`scdesk meeting new --revise`), which keeps its agenda items and may add to them.")]
    Exists(String),
    #[error("Meeting {0} is not in this workspace, so there is nothing to revise.")]
    NothingToRevise(String),
    #[error("Meeting {0} already has recorded decisions, so it can no longer change.")]
    AlreadyDecided(String),
    #[error("A revision keeps the agenda's items as they were, because members' positions refer to them by number: item {item} differs. Add new items after the existing ones instead.")]
    ItemChanged { item: u32 },
    #[error("Meeting {0} has no signed meeting file here (it came with the demo data or was entered without one); its organiser can sign one by publishing a revision (`scdesk meeting new --revise`).")]
    NoSignedFile(String),
    #[error("`{0}` is not a kind of meeting: use in-person, virtual or written-procedure.")]
    UnknownKind(String),
}

impl MeetingKind {
    /// Reads the kind as typed on the command line (`in-person`, `virtual`,
    /// `written-procedure`).
    pub fn parse(text: &str) -> Result<MeetingKind, MeetingError> {
        match text.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "in-person" => Ok(MeetingKind::InPerson),
            "virtual" => Ok(MeetingKind::Virtual),
            "written-procedure" | "written" => Ok(MeetingKind::WrittenProcedure),
            _ => Err(MeetingError::UnknownKind(text.into())),
        }
    }
}

/// Checks a meeting as its signer is about to publish it: a usable id, a title and a
/// place, an agenda numbered from 1, funding items naming a dossier (each once), other
/// items saying what is decided. `known` answers whether a dossier is in the workspace.
pub fn check(meeting: &Meeting, known: impl Fn(&str) -> bool) -> Result<(), MeetingError> {
    let id_ok = (3..=40).contains(&meeting.id.len())
        && meeting
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !meeting.id.starts_with('-')
        && !meeting.id.ends_with('-');
    if !id_ok {
        return Err(MeetingError::BadId(meeting.id.clone()));
    }
    if meeting.title.trim().is_empty() {
        return Err(MeetingError::NoTitle);
    }
    if meeting.place.trim().is_empty() {
        return Err(MeetingError::NoPlace);
    }
    if meeting.agenda.is_empty() {
        return Err(MeetingError::EmptyAgenda);
    }
    let mut seen: std::collections::BTreeMap<&str, u32> = Default::default();
    for (i, it) in meeting.agenda.iter().enumerate() {
        let expected = i as u32 + 1;
        if it.item != expected {
            return Err(MeetingError::Numbering {
                expected,
                found: it.item,
            });
        }
        match (it.kind, it.dossier.as_deref()) {
            (ItemKind::Funding, None) => {
                return Err(MeetingError::FundingWithoutDossier { item: it.item })
            }
            (ItemKind::Other, Some(_)) => {
                return Err(MeetingError::OtherWithDossier { item: it.item })
            }
            (ItemKind::Funding, Some(d)) => {
                if !known(d) {
                    return Err(MeetingError::UnknownDossier {
                        item: it.item,
                        dossier: d.into(),
                    });
                }
                if let Some(first) = seen.insert(d, it.item) {
                    return Err(MeetingError::DossierTwice {
                        dossier: d.into(),
                        first,
                        second: it.item,
                    });
                }
            }
            (ItemKind::Other, None) => {}
        }
        if it.text.trim().is_empty() {
            return Err(MeetingError::NoText { item: it.item });
        }
    }
    Ok(())
}

/// Checks that a revision keeps every item of the held meeting unchanged (members'
/// positions name items by number); it may add items after them and change the rest.
pub fn check_revision(held: &Meeting, new: &Meeting) -> Result<(), MeetingError> {
    for old in &held.agenda {
        match new.agenda.iter().find(|it| it.item == old.item) {
            Some(it) if it == old => {}
            _ => return Err(MeetingError::ItemChanged { item: old.item }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(n: u32, dossier: Option<&str>, text: &str) -> AgendaItem {
        AgendaItem {
            item: n,
            kind: if dossier.is_some() {
                ItemKind::Funding
            } else {
                ItemKind::Other
            },
            dossier: dossier.map(Into::into),
            text: text.into(),
        }
    }

    fn meeting(id: &str, agenda: Vec<AgendaItem>) -> Meeting {
        Meeting {
            id: id.into(),
            title: "Fifth meeting".into(),
            kind: MeetingKind::Virtual,
            starts_at: "2027-01-20T14:00:00Z".parse().unwrap(),
            place: "Video conference".into(),
            agenda,
        }
    }

    #[test]
    fn a_meeting_is_checked_before_it_is_signed() {
        let known = |d: &str| d == "jp-a" || d == "jp-b";
        let good = vec![
            item(1, Some("jp-a"), "JP A"),
            item(2, None, "Annual report"),
        ];
        let mut no_title = meeting("sc-2027-01", good.clone());
        no_title.title = " ".into();
        let mut no_place = meeting("sc-2027-01", good.clone());
        no_place.place = String::new();
        let mut other_with_dossier = item(1, Some("jp-a"), "x");
        other_with_dossier.kind = ItemKind::Other;
        let mut funding_without = item(1, None, "x");
        funding_without.kind = ItemKind::Funding;
        let cases: Vec<(Meeting, Result<(), MeetingError>)> = vec![
            (meeting("sc-2027-01", good.clone()), Ok(())),
            (
                meeting("SC 2027", good.clone()),
                Err(MeetingError::BadId("SC 2027".into())),
            ),
            (
                meeting("-sc", good.clone()),
                Err(MeetingError::BadId("-sc".into())),
            ),
            (
                meeting("ab", good.clone()),
                Err(MeetingError::BadId("ab".into())),
            ),
            (no_title, Err(MeetingError::NoTitle)),
            (no_place, Err(MeetingError::NoPlace)),
            (
                meeting("sc-2027-01", vec![]),
                Err(MeetingError::EmptyAgenda),
            ),
            (
                meeting("sc-2027-01", vec![item(2, None, "x")]),
                Err(MeetingError::Numbering {
                    expected: 1,
                    found: 2,
                }),
            ),
            (
                meeting("sc-2027-01", vec![funding_without]),
                Err(MeetingError::FundingWithoutDossier { item: 1 }),
            ),
            (
                meeting("sc-2027-01", vec![other_with_dossier]),
                Err(MeetingError::OtherWithDossier { item: 1 }),
            ),
            (
                meeting("sc-2027-01", vec![item(1, None, "  ")]),
                Err(MeetingError::NoText { item: 1 }),
            ),
            (
                meeting("sc-2027-01", vec![item(1, Some("jp-z"), "Z")]),
                Err(MeetingError::UnknownDossier {
                    item: 1,
                    dossier: "jp-z".into(),
                }),
            ),
            (
                meeting(
                    "sc-2027-01",
                    vec![item(1, Some("jp-a"), "A"), item(2, Some("jp-a"), "A again")],
                ),
                Err(MeetingError::DossierTwice {
                    dossier: "jp-a".into(),
                    first: 1,
                    second: 2,
                }),
            ),
        ];
        for (m, expected) in cases {
            assert_eq!(check(&m, known), expected, "{m:?}");
        }
    }

    #[test]
    fn a_revision_keeps_the_items_members_answered() {
        let held = meeting(
            "sc-2027-01",
            vec![item(1, Some("jp-a"), "A"), item(2, None, "Report")],
        );
        let mut later = held.clone();
        later.starts_at = "2027-01-21T14:00:00Z".parse().unwrap();
        later.agenda.push(item(3, Some("jp-b"), "B"));
        assert_eq!(check_revision(&held, &later), Ok(()));

        let mut reworded = held.clone();
        reworded.agenda[1].text = "Report for 2026".into();
        assert_eq!(
            check_revision(&held, &reworded),
            Err(MeetingError::ItemChanged { item: 2 })
        );
        let mut dropped = held.clone();
        dropped.agenda.truncate(1);
        assert_eq!(
            check_revision(&held, &dropped),
            Err(MeetingError::ItemChanged { item: 2 })
        );
    }

    #[test]
    fn kinds_read_as_typed() {
        let cases = [
            ("in-person", Ok(MeetingKind::InPerson)),
            ("Virtual", Ok(MeetingKind::Virtual)),
            ("written_procedure", Ok(MeetingKind::WrittenProcedure)),
            ("hybrid", Err(MeetingError::UnknownKind("hybrid".into()))),
        ];
        for (text, expected) in cases {
            assert_eq!(MeetingKind::parse(text), expected, "{text}");
        }
    }
}
