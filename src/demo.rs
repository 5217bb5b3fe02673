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
