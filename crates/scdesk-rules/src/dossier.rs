//! Joint Programme dossiers: what a programme asks for, from whom, for what, and the
//! FMU's review of it. The total budget is derived from the budget lines, never typed.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::money::{self, MoneyError};
use crate::profile::FundProfile;
use scdesk_lang::{Lang, Words};

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
    /// The total the submitters state, if they do; checked against the lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_total: Option<String>,
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
    #[error("Dossier {dossier}: the budget adds up to more than SC Desk can hold; ask the FMU for a corrected dossier.")]
    BudgetTooLarge { dossier: String },
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
            let too_large = || DossierError::BudgetTooLarge {
                dossier: self.reference.clone(),
            };
            let indirect = money::checked_percent_of(direct, profile.indirect_cost_percent)
                .ok_or_else(too_large)?;
            lines.push(BudgetLine {
                organisation: p.organisation.clone(),
                direct,
                indirect,
                total: direct.checked_add(indirect).ok_or_else(too_large)?,
            });
        }
        let total_of = |f: fn(&BudgetLine) -> Decimal| {
            money::checked_sum(lines.iter().map(f)).map_err(|_| DossierError::BudgetTooLarge {
                dossier: self.reference.clone(),
            })
        };
        let direct = total_of(|l| l.direct)?;
        let indirect = total_of(|l| l.indirect)?;
        let total = total_of(|l| l.total)?;
        Ok(Budget {
            lines,
            direct,
            indirect,
            total,
        })
    }
}

/// A consistency problem in a dossier. Flags are shown, never used to hide anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub code: &'static str,
    pub message: String,
}

/// Checks a dossier against the Fund's rules and its own figures, in English.
pub fn flags(d: &Dossier, profile: &FundProfile) -> Vec<Flag> {
    flags_in(d, profile, &Words::new(Lang::En))
}

/// Checks a dossier against the Fund's rules and its own figures; each flag's message in
/// `words`' language (the catalogue's `review-flag-*` messages).
pub fn flags_in(d: &Dossier, profile: &FundProfile, words: &Words) -> Vec<Flag> {
    let mut out = Vec::new();
    check(d, profile, words, &mut |code, message| {
        out.push(Flag {
            code,
            message: message(),
        })
    });
    out
}

/// How many flags a dossier raises, without wording them (the dossier list counts them).
pub fn flag_count(d: &Dossier, profile: &FundProfile) -> usize {
    let mut count = 0;
    check(d, profile, &Words::new(Lang::En), &mut |_, _| count += 1);
    count
}

/// What the dossier list shows of a dossier's newest version, worked out once when it is
/// stored (its budget total and flag count take the whole dossier and the fund profile),
/// so that a list or a search reads a short record per dossier, not the dossier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DossierHead {
    pub id: String,
    pub reference: String,
    pub version: u32,
    pub title: String,
    pub countries: Vec<String>,
    pub region: String,
    pub area: u32,
    /// As the dossier states it; a decision recorded since may have changed it.
    pub status: Status,
    /// `None` when a budget line does not read: the dossier's page says why.
    pub budget_total: Option<Decimal>,
    pub duration_months: u32,
    pub flags: usize,
}

impl DossierHead {
    pub fn of(d: &Dossier, profile: &FundProfile) -> DossierHead {
        DossierHead {
            id: d.id.clone(),
            reference: d.reference.clone(),
            version: d.version,
            title: d.title.clone(),
            countries: d.countries.clone(),
            region: d.region.clone(),
            area: d.area,
            status: d.status,
            budget_total: d.budget(profile).ok().map(|b| b.total),
            duration_months: d.duration_months,
            flags: flag_count(d, profile),
        }
    }
}

/// The source of the rules a [`DossierHead`] is worked out by: a head stored by other rules
/// (an older SC Desk) is worked out again, so a stored head never disagrees with the
/// dossier's page.
pub const HEAD_RULES: [&str; 3] = [
    include_str!("dossier.rs"),
    include_str!("money.rs"),
    include_str!("profile.rs"),
];

/// The checks behind the flags: `flag(code, message)` for each one raised, its message
/// worded only if asked.
fn check(
    d: &Dossier,
    profile: &FundProfile,
    words: &Words,
    flag: &mut dyn FnMut(&'static str, &dyn Fn() -> String),
) {
    let lang = words.lang();
    let money = |amount| words.money(amount, &profile.currency);
    let orgs: std::collections::BTreeSet<&str> = d
        .participants
        .iter()
        .map(|p| p.organisation.as_str())
        .collect();
    if orgs.len() < 2 {
        flag("too_few_organisations", &|| {
            words.f(
                "review-flag-too-few-organisations",
                &[("count", orgs.len().into())],
            )
        });
    }
    match d.budget(profile) {
        Err(e) => flag("bad_budget_line", &|| e.to_string()),
        Ok(budget) => {
            if let Some(stated) = &d.stated_total {
                match money::parse_amount(stated, &profile.currency) {
                    Ok(stated) if stated != budget.total => flag("total_mismatch", &|| {
                        words.f(
                            "review-flag-total-mismatch",
                            &[
                                ("total", money(budget.total).into()),
                                ("stated", money(stated).into()),
                            ],
                        )
                    }),
                    Ok(_) => {}
                    Err(e) => flag("bad_stated_total", &|| {
                        words.f(
                            "review-flag-bad-stated-total",
                            &[("error", e.to_string().into())],
                        )
                    }),
                }
            }
            if let Ok(ceiling) = profile.budget_ceiling() {
                if budget.total > ceiling {
                    flag("over_ceiling", &|| {
                        words.f(
                            "review-flag-over-ceiling",
                            &[
                                ("budget", money(budget.total).into()),
                                ("ceiling", money(ceiling).into()),
                            ],
                        )
                    });
                }
            }
        }
    }
    if profile.area(d.area).is_none() {
        flag("unknown_area", &|| {
            words.f(
                "review-flag-unknown-area",
                &[("area", d.area.to_string().into())],
            )
        });
    }
    for o in &d.objectives {
        match profile.objective(*o) {
            None => flag("unknown_objective", &|| {
                words.f(
                    "review-flag-unknown-objective",
                    &[("objective", o.to_string().into())],
                )
            }),
            Some(obj) if !obj.areas.contains(&d.area) && obj.areas.len() == 1 => {
                flag("objective_outside_area", &|| {
                    words.f(
                        "review-flag-objective-outside-area",
                        &[
                            ("objective", o.to_string().into()),
                            ("area", obj.areas[0].to_string().into()),
                            ("dossier_area", d.area.to_string().into()),
                        ],
                    )
                })
            }
            Some(_) => {}
        }
    }
    for marker in &profile.markers {
        let name = marker.name_in(lang);
        match d.review.markers.get(&marker.id) {
            None => flag("missing_marker", &|| {
                words.f("review-flag-missing-marker", &[("marker", name.into())])
            }),
            Some(code) => {
                let rank = |c: &str| marker.scale.iter().position(|l| l.code == c);
                match (rank(code), rank(&marker.minimum)) {
                    (None, _) => flag("marker_off_scale", &|| {
                        words.f(
                            "review-flag-marker-off-scale",
                            &[("marker", name.into()), ("code", code.into())],
                        )
                    }),
                    (Some(r), Some(min)) if r < min => flag("marker_below_minimum", &|| {
                        words.f(
                            "review-flag-marker-below-minimum",
                            &[
                                ("marker", name.into()),
                                ("code", code.into()),
                                ("minimum", marker.minimum.as_str().into()),
                            ],
                        )
                    }),
                    _ => {}
                }
            }
        }
    }
    let min = profile.settings.duration_min_months.value;
    let max = profile.settings.duration_max_months.value;
    if d.duration_months < min || d.duration_months > max {
        flag("duration_out_of_bounds", &|| {
            words.f(
                "review-flag-duration-out-of-bounds",
                &[
                    ("months", d.duration_months.into()),
                    ("min", min.into()),
                    ("max", max.into()),
                ],
            )
        });
    }
    let government = d
        .national_partners
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                PartnerKind::Government | PartnerKind::LocalGovernment
            )
        })
        .count();
    if government < 2 {
        flag("few_government_entities", &|| {
            words.t("review-flag-few-government-entities")
        });
    }
    if !d.national_partners.iter().any(|p| {
        matches!(
            p.kind,
            PartnerKind::CivilSociety | PartnerKind::MigrantOrganisation
        )
    }) {
        flag("no_civil_society", &|| {
            words.t("review-flag-no-civil-society")
        });
    }
}

/// One field that differs between two versions of a dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// A readable path: `title`, `participants`, `review.markers.gender`.
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields that changed from `old` to `new`, in the dossier's field order.
pub fn diff(old: &Dossier, new: &Dossier) -> Vec<Change> {
    let (a, b) = (
        serde_json::to_value(old).expect("serializes"),
        serde_json::to_value(new).expect("serializes"),
    );
    let mut out = Vec::new();
    diff_values("", &a, &b, &mut out);
    out.retain(|c| c.field != "version");
    out
}

fn diff_values(path: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<Change>) {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y))
            if path.is_empty() || path == "review" || path.starts_with("review.") =>
        {
            let mut keys: Vec<&String> = x.keys().collect();
            keys.extend(y.keys().filter(|k| !x.contains_key(*k)));
            for k in keys {
                let null = Value::Null;
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                diff_values(
                    &p,
                    x.get(k).unwrap_or(&null),
                    y.get(k).unwrap_or(&null),
                    out,
                );
            }
        }
        _ if a != b => out.push(Change {
            field: path.to_string(),
            before: show(a),
            after: show(b),
        }),
        _ => {}
    }
}

fn show(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "—".into(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
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
            stated_total: None,
        }
    }

    fn well_formed() -> Dossier {
        let mut d = sample();
        d.national_partners = vec![
            NationalPartner {
                name: "Ministry".into(),
                kind: PartnerKind::Government,
            },
            NationalPartner {
                name: "City".into(),
                kind: PartnerKind::LocalGovernment,
            },
            NationalPartner {
                name: "NGO".into(),
                kind: PartnerKind::CivilSociety,
            },
        ];
        for (m, c) in [
            ("human_rights", "2"),
            ("gender", "2"),
            ("child_sensitivity", "1"),
        ] {
            d.review.markers.insert(m.into(), c.into());
        }
        d
    }

    #[test]
    fn consistency_flags() {
        let profile = FundProfile::builtin();
        type Edit = fn(&mut Dossier);
        let cases: Vec<(&str, Edit, &[&str])> = vec![
            ("well formed", |_| {}, &[]),
            (
                "one organisation",
                |d| {
                    d.participants.pop();
                },
                &["too_few_organisations"],
            ),
            (
                "same organisation twice",
                |d| d.participants[1].organisation = "IOM".into(),
                &["too_few_organisations"],
            ),
            (
                "stated total differs",
                |d| d.stated_total = Some("1,000,000".into()),
                &["total_mismatch"],
            ),
            (
                "stated total matches",
                |d| d.stated_total = Some("1,144,900.11 USD".into()),
                &[],
            ),
            (
                "unknown area",
                |d| d.area = 9,
                &["unknown_area", "objective_outside_area"],
            ),
            (
                "unknown objective",
                |d| d.objectives.push(24),
                &["unknown_objective"],
            ),
            (
                "objective of another area",
                |d| d.objectives.push(5),
                &["objective_outside_area"],
            ),
            (
                "missing marker",
                |d| {
                    d.review.markers.remove("child_sensitivity");
                },
                &["missing_marker"],
            ),
            (
                "marker below minimum",
                |d| {
                    d.review.markers.insert("gender".into(), "1".into());
                },
                &["marker_below_minimum"],
            ),
            (
                "marker off scale",
                |d| {
                    d.review.markers.insert("gender".into(), "9".into());
                },
                &["marker_off_scale"],
            ),
            (
                "too long",
                |d| d.duration_months = 48,
                &["duration_out_of_bounds"],
            ),
            (
                "over the ceiling",
                |d| d.participants[0].direct = "3,000,000".into(),
                &["over_ceiling"],
            ),
            (
                "no civil society",
                |d| {
                    d.national_partners.pop();
                },
                &["no_civil_society"],
            ),
            (
                "one government entity",
                |d| {
                    d.national_partners.remove(0);
                },
                &["few_government_entities"],
            ),
        ];
        for (name, edit, expected) in cases {
            let mut d = well_formed();
            edit(&mut d);
            let codes: Vec<&str> = flags(&d, &profile).iter().map(|f| f.code).collect();
            assert_eq!(codes, expected, "{name}");
            // The list counts the same flags without wording them.
            assert_eq!(flag_count(&d, &profile), expected.len(), "{name}");
        }
    }

    #[test]
    fn diff_names_each_changed_field() {
        let old = well_formed();
        let mut new = old.clone();
        new.version = 2;
        new.title = "Revised programme".into();
        new.participants[0].direct = "700,000".into();
        new.review.markers.insert("gender".into(), "3".into());
        let changes = diff(&old, &new);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["title", "participants", "review.markers.gender"]);
        assert_eq!(changes[0].before, "Test programme");
        assert_eq!(changes[0].after, "Revised programme");
        assert!(diff(&old, &old).is_empty());
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
