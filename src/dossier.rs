//! Joint Programme dossiers: what a programme asks for, from whom, for what, and the
//! FMU's review of it. The total budget is derived from the budget lines, never typed.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::money::{self, MoneyError};
use crate::profile::FundProfile;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    ConceptNote,
    Pipeline,
    Recommended,
    Funded,
    NotApproved,
    Closed,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::ConceptNote => "Concept note",
            Status::Pipeline => "Pipeline",
            Status::Recommended => "Recommended",
            Status::Funded => "Funded",
            Status::NotApproved => "Not approved",
            Status::Closed => "Closed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    Government,
    LocalGovernment,
    CivilSociety,
    MigrantOrganisation,
}

/// A participating UN organisation and its direct costs; the indirect cost is derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub organisation: String,
    /// Direct costs, as written in the dossier (e.g. `650,000`).
    pub direct: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalPartner {
    pub name: String,
    pub kind: PartnerKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub summary: String,
    /// The FMU's assessment against each guiding principle, by the profile's names.
    pub principles: BTreeMap<String, String>,
    /// Marker id → code on that marker's scale.
    pub markers: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    pub id: String,
    pub reference: String,
    pub version: u32,
    pub title: String,
    pub countries: Vec<String>,
    pub region: String,
    pub resident_coordinator: String,
    pub area: u32,
    pub objectives: Vec<u32>,
    pub sdg_targets: Vec<String>,
    pub duration_months: u32,
    pub start_date: NaiveDate,
    pub status: Status,
    pub summary: String,
    pub participants: Vec<Participant>,
    pub national_partners: Vec<NationalPartner>,
    pub review: Review,
}

/// One participating organisation's line: direct costs, the indirect cost recovered
/// inside the line, and the line's total.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetLine {
    pub organisation: String,
    pub direct: Decimal,
    pub indirect: Decimal,
    pub total: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Budget {
    pub lines: Vec<BudgetLine>,
    pub direct: Decimal,
    pub indirect: Decimal,
    pub total: Decimal,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DossierError {
    #[error("Dossier {dossier}: the budget line of {organisation} is not an amount: {error}")]
    BadBudgetLine {
        dossier: String,
        organisation: String,
        error: MoneyError,
    },
}

impl Dossier {
    /// The budget table, derived from the lines with the profile's indirect-cost rate.
    pub fn budget(&self, profile: &FundProfile) -> Result<Budget, DossierError> {
        let mut lines = Vec::with_capacity(self.participants.len());
        for p in &self.participants {
            let direct = money::parse_amount(&p.direct, &profile.currency).map_err(|error| {
                DossierError::BadBudgetLine {
                    dossier: self.reference.clone(),
                    organisation: p.organisation.clone(),
                    error,
                }
            })?;
            let indirect = money::percent_of(direct, profile.indirect_cost_percent);
            lines.push(BudgetLine {
                organisation: p.organisation.clone(),
                direct,
                indirect,
                total: direct + indirect,
            });
        }
        let direct = lines.iter().map(|l| l.direct).sum();
        let indirect = lines.iter().map(|l| l.indirect).sum();
        let total = lines.iter().map(|l| l.total).sum();
        Ok(Budget {
            lines,
            direct,
            indirect,
            total,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> Dossier {
        Dossier {
            id: "jp-test".into(),
            reference: "MMPTF-JP-2026-99".into(),
            version: 1,
            title: "Test programme".into(),
            countries: vec!["Côte d'Ivoire".into()],
            region: "Africa".into(),
            resident_coordinator: "A. Person, UN Resident Coordinator".into(),
            area: 2,
            objectives: vec![7, 23],
            sdg_targets: vec!["10.7".into()],
            duration_months: 24,
            start_date: "2027-01-01".parse().unwrap(),
            status: Status::Pipeline,
            summary: "Summary.".into(),
            participants: vec![
                Participant {
                    organisation: "IOM".into(),
                    direct: "650,000".into(),
                },
                Participant {
                    organisation: "UNICEF".into(),
                    direct: "420,000.10".into(),
                },
            ],
            national_partners: vec![],
            review: Review {
                summary: "Review.".into(),
                principles: BTreeMap::new(),
                markers: BTreeMap::new(),
            },
        }
    }

    #[test]
    fn budget_adds_seven_percent_inside_each_line() {
        let profile = FundProfile::builtin();
        let b = sample().budget(&profile).unwrap();
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(b.lines[0].indirect, d("45500"));
        assert_eq!(b.lines[0].total, d("695500"));
        assert_eq!(b.lines[1].indirect, d("29400.01"));
        assert_eq!(b.direct, d("1070000.10"));
        assert_eq!(b.indirect, d("74900.01"));
        assert_eq!(b.total, d("1144900.11"));
    }

    #[test]
    fn a_bad_budget_line_names_the_organisation() {
        let profile = FundProfile::builtin();
        let mut dossier = sample();
        dossier.participants[1].direct = "lots".into();
        let err = dossier.budget(&profile).unwrap_err();
        assert!(err.to_string().contains("UNICEF"), "{err}");
    }
}
