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
