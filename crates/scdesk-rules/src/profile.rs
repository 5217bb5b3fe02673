//! The fund profile: areas, objectives, constituencies, seats, rules and settings of a
//! pooled fund, as data. The Migration MPTF's profile is built in; any other fund's is a
//! JSON file of the same shape. A profile that does not hold together is refused.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use crate::money::{self, MoneyError};

/// The built-in profile of the Migration Multi-Partner Trust Fund.
pub const MMPTF_PROFILE_JSON: &str = include_str!("../../../data/mmptf-profile.json");

/// The profile format this build reads and writes.
pub const PROFILE_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundProfile {
    pub format: u32,
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub currency: String,
    pub administrative_agent: AdministrativeAgent,
    pub indirect_cost_percent: Decimal,
    pub areas: Vec<Area>,
    pub objectives: Vec<Objective>,
    pub objective_mapping_note: String,
    pub principles: Vec<String>,
    pub constituencies: Vec<Constituency>,
    pub seat_count: u32,
    pub term_years: u32,
    pub rotation_per_year: u32,
    pub chair: String,
    pub decision_rule: DecisionRule,
    pub settings: Settings,
    pub markers: Vec<Marker>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdministrativeAgent {
    pub name: String,
    pub fee_percent: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub number: u32,
    /// The Fund's official name, as its Terms of Reference write it.
    pub name: String,
    /// SC Desk's few words for a narrow column or a menu (the Fund publishes none); the
    /// official name stays everywhere there is room for it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short: String,
}

impl Area {
    /// The short words, or the official name where the profile gives none.
    pub fn short_name(&self) -> &str {
        if self.short.is_empty() {
            &self.name
        } else {
            &self.short
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub number: u32,
    pub title: String,
    /// The thematic areas this objective belongs to; a cross-cutting one lists several.
    pub areas: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constituency {
    pub id: String,
    pub name: String,
    pub seats: u32,
}

/// How the committee decides. Consensus is the Fund's; other funds vote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum DecisionRule {
    Consensus,
    SimpleMajority,
    QualifiedMajority { numerator: u32, denominator: u32 },
}

/// A value the Fund has not published: it ships with a default and a note saying so,
/// and the user always sees both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting<T> {
    pub value: T,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub quorum_members: Setting<u32>,
    pub written_procedure_days: Setting<u32>,
    /// Written as people write amounts, e.g. `3,000,000`.
    pub budget_ceiling: Setting<String>,
    pub duration_min_months: Setting<u32>,
    pub duration_max_months: Setting<u32>,
    pub area_target_percent: Setting<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marker {
    pub id: String,
    pub name: String,
    pub source: String,
    /// The lowest code the Fund accepts.
    pub minimum: String,
    /// From lowest to highest.
    pub scale: Vec<MarkerLevel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerLevel {
    pub code: String,
    pub label: String,
    pub definition: String,
}

/// Why a fund profile was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProfileError {
    #[error("The fund profile is not valid JSON of the expected shape: {0}")]
    Malformed(String),
    #[error("The fund profile has format {found}; this version of SC Desk reads format {expected}. Update SC Desk or ask the FMU for a profile in format {expected}.")]
    UnsupportedFormat { found: u32, expected: u32 },
    #[error("The constituencies' seats add up to {sum}, but the profile says the committee has {seat_count} seats.")]
    SeatsDoNotAddUp { sum: u32, seat_count: u32 },
    #[error("Objective {objective} belongs to no thematic area: give it at least one area.")]
    ObjectiveInNoArea { objective: u32 },
    #[error(
        "Objective {objective} names thematic area {area}, which the profile does not define."
    )]
    UnknownArea { objective: u32, area: u32 },
    #[error("The profile defines {what} {id} twice.")]
    Duplicate { what: &'static str, id: String },
    #[error("{rotation} seats rotating a year with {term}-year terms cannot keep {seats} seats filled: rotation × term must equal the seat count.")]
    RotationDoesNotFit {
        rotation: u32,
        term: u32,
        seats: u32,
    },
    #[error("The quorum of {quorum} members is not between 1 and the {seats} seats.")]
    QuorumOutOfRange { quorum: u32, seats: u32 },
    #[error("The qualified majority {numerator}/{denominator} is not a fraction between one half and one.")]
    BadMajority { numerator: u32, denominator: u32 },
    #[error("The {marker} marker's minimum `{minimum}` is not a code on its scale.")]
    MarkerMinimumNotOnScale { marker: String, minimum: String },
    #[error("The {marker} marker has an empty scale.")]
    EmptyMarkerScale { marker: String },
    #[error("The budget ceiling setting is not an amount: {0}")]
    BadBudgetCeiling(MoneyError),
    #[error(
        "The duration bounds are reversed: {min} months minimum is more than {max} months maximum."
    )]
    DurationBoundsReversed { min: u32, max: u32 },
    #[error("The profile has no thematic areas.")]
    NoAreas,
}

impl FundProfile {
    /// The Migration MPTF's profile, shipped with SC Desk.
    pub fn builtin() -> FundProfile {
        // The built-in profile is checked by a unit test, so this cannot fail in a release.
        Self::from_json(MMPTF_PROFILE_JSON).expect("the built-in fund profile is valid")
    }

    /// Reads and validates a profile.
    pub fn from_json(text: &str) -> Result<FundProfile, ProfileError> {
        let profile: FundProfile =
            serde_json::from_str(text).map_err(|e| ProfileError::Malformed(e.to_string()))?;
        profile.validate()?;
        Ok(profile)
    }

    /// Checks that the profile holds together.
    pub fn validate(&self) -> Result<(), ProfileError> {
        if self.format != PROFILE_FORMAT {
            return Err(ProfileError::UnsupportedFormat {
                found: self.format,
                expected: PROFILE_FORMAT,
            });
        }
        if self.areas.is_empty() {
            return Err(ProfileError::NoAreas);
        }
        let mut area_numbers = BTreeSet::new();
        for area in &self.areas {
            if !area_numbers.insert(area.number) {
                return Err(ProfileError::Duplicate {
                    what: "thematic area",
                    id: area.number.to_string(),
                });
            }
        }
        let mut objective_numbers = BTreeSet::new();
        for objective in &self.objectives {
            if !objective_numbers.insert(objective.number) {
                return Err(ProfileError::Duplicate {
                    what: "objective",
                    id: objective.number.to_string(),
                });
            }
            if objective.areas.is_empty() {
                return Err(ProfileError::ObjectiveInNoArea {
                    objective: objective.number,
                });
            }
            if let Some(area) = objective.areas.iter().find(|a| !area_numbers.contains(a)) {
                return Err(ProfileError::UnknownArea {
                    objective: objective.number,
                    area: *area,
                });
            }
        }
        let mut constituency_ids = BTreeSet::new();
        for c in &self.constituencies {
            if !constituency_ids.insert(c.id.as_str()) {
                return Err(ProfileError::Duplicate {
                    what: "constituency",
                    id: c.id.clone(),
                });
            }
        }
        let sum: u32 = self.constituencies.iter().map(|c| c.seats).sum();
        if sum != self.seat_count {
            return Err(ProfileError::SeatsDoNotAddUp {
                sum,
                seat_count: self.seat_count,
            });
        }
        if self.rotation_per_year * self.term_years != self.seat_count {
            return Err(ProfileError::RotationDoesNotFit {
                rotation: self.rotation_per_year,
                term: self.term_years,
                seats: self.seat_count,
            });
        }
        let quorum = self.settings.quorum_members.value;
        if quorum == 0 || quorum > self.seat_count {
            return Err(ProfileError::QuorumOutOfRange {
                quorum,
                seats: self.seat_count,
            });
        }
        if let DecisionRule::QualifiedMajority {
            numerator,
            denominator,
        } = self.decision_rule
        {
            if denominator == 0 || 2 * numerator <= denominator || numerator > denominator {
                return Err(ProfileError::BadMajority {
                    numerator,
                    denominator,
                });
            }
        }
        for marker in &self.markers {
            if marker.scale.is_empty() {
                return Err(ProfileError::EmptyMarkerScale {
                    marker: marker.name.clone(),
                });
            }
            if !marker.scale.iter().any(|l| l.code == marker.minimum) {
                return Err(ProfileError::MarkerMinimumNotOnScale {
                    marker: marker.name.clone(),
                    minimum: marker.minimum.clone(),
                });
            }
        }
        self.budget_ceiling()?;
        let (min, max) = (
            self.settings.duration_min_months.value,
            self.settings.duration_max_months.value,
        );
        if min > max {
            return Err(ProfileError::DurationBoundsReversed { min, max });
        }
        Ok(())
    }

    pub fn budget_ceiling(&self) -> Result<Decimal, ProfileError> {
        money::parse_amount(&self.settings.budget_ceiling.value, &self.currency)
            .map_err(ProfileError::BadBudgetCeiling)
    }

    pub fn area(&self, number: u32) -> Option<&Area> {
        self.areas.iter().find(|a| a.number == number)
    }

    pub fn objective(&self, number: u32) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.number == number)
    }

    pub fn constituency(&self, id: &str) -> Option<&Constituency> {
        self.constituencies.iter().find(|c| c.id == id)
    }

    pub fn marker(&self, id: &str) -> Option<&Marker> {
        self.markers.iter().find(|m| m.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin_value() -> serde_json::Value {
        serde_json::from_str(MMPTF_PROFILE_JSON).unwrap()
    }

    #[test]
    fn builtin_profile_is_the_funds() {
        let p = FundProfile::builtin();
        assert_eq!(p.name, "Migration Multi-Partner Trust Fund");
        assert_eq!(p.areas.len(), 5);
        assert_eq!(p.objectives.len(), 23);
        assert_eq!(p.principles.len(), 10);
        assert_eq!(p.seat_count, 12);
        assert_eq!(
            p.constituencies.iter().map(|c| c.seats).collect::<Vec<_>>(),
            [3, 3, 3, 3]
        );
        assert_eq!((p.term_years, p.rotation_per_year), (3, 4));
        assert_eq!(p.decision_rule, DecisionRule::Consensus);
        assert_eq!(p.administrative_agent.fee_percent, Decimal::ONE);
        assert_eq!(p.indirect_cost_percent, Decimal::from(7));
        assert_eq!(p.objective(23).unwrap().areas, [1, 2, 3, 4, 5]);
        assert_eq!(p.marker("gender").unwrap().scale.len(), 4);
        assert_eq!(p.budget_ceiling().unwrap(), Decimal::from(3_000_000));
    }

    /// Each case breaks the built-in profile in one way and names the error expected.
    #[test]
    fn refuses_profiles_that_do_not_hold_together() {
        type Edit = fn(&mut serde_json::Value);
        type Check = fn(&ProfileError) -> bool;
        let cases: Vec<(&str, Edit, Check)> = vec![
            (
                "seats do not add up",
                |v| v["constituencies"][0]["seats"] = 4.into(),
                |e| {
                    matches!(
                        e,
                        ProfileError::SeatsDoNotAddUp {
                            sum: 13,
                            seat_count: 12
                        }
                    )
                },
            ),
            (
                "objective in no area",
                |v| v["objectives"][4]["areas"] = serde_json::json!([]),
                |e| matches!(e, ProfileError::ObjectiveInNoArea { objective: 5 }),
            ),
            (
                "unknown area",
                |v| v["objectives"][0]["areas"] = serde_json::json!([9]),
                |e| {
                    matches!(
                        e,
                        ProfileError::UnknownArea {
                            objective: 1,
                            area: 9
                        }
                    )
                },
            ),
            (
                "duplicate area",
                |v| v["areas"][1]["number"] = 1.into(),
                |e| {
                    matches!(
                        e,
                        ProfileError::Duplicate {
                            what: "thematic area",
                            ..
                        }
                    )
                },
            ),
            (
                "rotation does not fit",
                |v| v["rotation_per_year"] = 3.into(),
                |e| matches!(e, ProfileError::RotationDoesNotFit { .. }),
            ),
            (
                "quorum above seats",
                |v| v["settings"]["quorum_members"]["value"] = 13.into(),
                |e| matches!(e, ProfileError::QuorumOutOfRange { quorum: 13, .. }),
            ),
            (
                "marker minimum off scale",
                |v| v["markers"][1]["minimum"] = "9".into(),
                |e| matches!(e, ProfileError::MarkerMinimumNotOnScale { .. }),
            ),
            (
                "qualified majority below half",
                |v| v["decision_rule"] = serde_json::json!({"kind": "qualified_majority", "numerator": 1, "denominator": 3}),
                |e| matches!(e, ProfileError::BadMajority { .. }),
            ),
            (
                "unknown field",
                |v| v["surprise"] = true.into(),
                |e| matches!(e, ProfileError::Malformed(_)),
            ),
            (
                "future format",
                |v| v["format"] = 2.into(),
                |e| matches!(e, ProfileError::UnsupportedFormat { found: 2, .. }),
            ),
            (
                "bad ceiling",
                |v| v["settings"]["budget_ceiling"]["value"] = "3 million".into(),
                |e| matches!(e, ProfileError::BadBudgetCeiling(_)),
            ),
            (
                "reversed durations",
                |v| v["settings"]["duration_min_months"]["value"] = 48.into(),
                |e| matches!(e, ProfileError::DurationBoundsReversed { min: 48, max: 36 }),
            ),
        ];
        for (name, edit, check) in cases {
            let mut v = builtin_value();
            edit(&mut v);
            let err = FundProfile::from_json(&v.to_string()).expect_err(name);
            assert!(check(&err), "{name}: got {err:?}");
        }
    }

    #[test]
    fn another_funds_profile_with_majority_voting_is_accepted() {
        let mut v = builtin_value();
        v["decision_rule"] =
            serde_json::json!({"kind": "qualified_majority", "numerator": 2, "denominator": 3});
        v["constituencies"] = serde_json::json!([
            {"id": "a", "name": "A", "seats": 5},
            {"id": "b", "name": "B", "seats": 5}
        ]);
        v["seat_count"] = 10.into();
        v["term_years"] = 2.into();
        v["rotation_per_year"] = 5.into();
        let p = FundProfile::from_json(&v.to_string()).unwrap();
        assert_eq!(p.seat_count, 10);
    }
}
