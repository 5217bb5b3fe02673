//! The fund's ledger in `Decimal`: contributions (committed and deposited, never added
//! together), the Administrative Agent's fee, allocations made by decisions and
//! transfers. Pure functions compute what is available per thematic area under the
//! pooling rule: an area's earmarked deposits plus the un-earmarked pool, less the fee and
//! what was allocated from each.
//!
//! Every sum here is checked: an impossible stored amount is an error that names it,
//! never a panic, so the views stay usable.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::money;
use crate::profile::FundProfile;

/// Where an allocation's money comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// The un-earmarked pool.
    Pool,
    /// A thematic area's earmarked balance.
    Area { area: u32 },
}

impl std::str::FromStr for Source {
    type Err = crate::choice::NotAChoice;

    /// `pool`, or `area:N` for thematic area N's earmarked balance.
    fn from_str(s: &str) -> Result<Source, Self::Err> {
        match s.trim() {
            "pool" => Ok(Source::Pool),
            other => other
                .strip_prefix("area:")
                .and_then(|n| n.parse().ok())
                .map(|area| Source::Area { area })
                .ok_or_else(|| crate::choice::NotAChoice::new(other, "a source", "pool or area:N")),
        }
    }
}

impl Source {
    pub fn label(self) -> String {
        match self {
            Source::Pool => "the un-earmarked pool".into(),
            Source::Area { area } => format!("thematic area {area}'s earmarked balance"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deposit {
    pub contributor: String,
    pub committed: Decimal,
    pub deposited: Decimal,
    pub earmark_area: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Allocation {
    pub dossier: String,
    /// The dossier's main thematic area: what the allocation counts toward.
    pub area: u32,
    pub source: Source,
    pub amount: Decimal,
    pub transferred: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaBalance {
    pub area: u32,
    pub name: String,
    /// Earmarked deposits for the area, net of the fee, less allocations from them.
    pub earmarked_available: Decimal,
    pub earmarked_display: String,
    /// What a decision in this area can draw on: its earmarked balance plus the pool.
    pub available: Decimal,
    pub available_display: String,
    /// Allocated to programmes in this area, from any source.
    pub allocated: Decimal,
    pub allocated_display: String,
    /// Share of all allocations, in percent to one decimal.
    pub share_percent: Decimal,
    /// The bar's length in a chart, in percent of the largest area's allocations.
    pub bar_percent: Decimal,
    pub target_percent: Decimal,
    /// The share and the target as the reader's language writes them (`12,5 %`).
    pub share_display: String,
    pub target_display: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Balances {
    pub committed: Decimal,
    pub deposited: Decimal,
    pub fee: Decimal,
    pub allocated: Decimal,
    pub transferred: Decimal,
    /// The un-earmarked pool still available.
    pub pool_available: Decimal,
    pub pool_available_display: String,
    pub areas: Vec<AreaBalance>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FundsError {
    #[error("{requested} exceeds what {from} has available ({available}); {shortfall} short. Choose another source or a smaller amount.")]
    Insufficient {
        from: String,
        requested: String,
        available: String,
        shortfall: String,
    },
    #[error("Thematic area {0} is not in the fund profile.")]
    UnknownArea(u32),
    #[error("The amount must be more than zero.")]
    NotPositive,
    #[error("Only the FMU signs contribution statements: your key holds no FMU seat on the pinned roster.")]
    NotFmu,
    #[error("There are no contributions to put in a statement (it would empty every ledger): record them first with `scdesk ledger contribute`.")]
    EmptyStatement,
    #[error("{amount} is more than the programme requested ({requested}, direct and indirect costs): the committee approves at most what was requested.")]
    AboveRequest { amount: String, requested: String },
    #[error("{amount} is above the fund's ceiling of {ceiling} per programme (a setting); approving it needs an override reason, which goes into the record.")]
    AboveCeiling { amount: String, ceiling: String },
    #[error("The fund's figures add up to more than SC Desk can hold, so a stored amount cannot be right; check the contributions and allocations in the audit log.")]
    Overflow,
    #[error("The contribution statement earmarks {contributor}'s contribution to thematic area {area}, which this fund's profile does not have; nothing was imported. Ask the FMU for a corrected statement.")]
    StatementArea { contributor: String, area: u32 },
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, FundsError> {
    a.checked_add(b).ok_or(FundsError::Overflow)
}

fn sub(a: Decimal, b: Decimal) -> Result<Decimal, FundsError> {
    a.checked_sub(b).ok_or(FundsError::Overflow)
}

fn sum(amounts: impl IntoIterator<Item = Decimal>) -> Result<Decimal, FundsError> {
    money::checked_sum(amounts).map_err(|_| FundsError::Overflow)
}

/// The fee is charged on deposits: what the Administrative Agent keeps of each.
fn fee_on(profile: &FundProfile, deposited: Decimal) -> Result<Decimal, FundsError> {
    money::checked_percent_of(deposited, profile.administrative_agent.fee_percent)
        .ok_or(FundsError::Overflow)
}

/// Every balance of the fund under the pooling rule.
pub fn balances(
    profile: &FundProfile,
    deposits: &[Deposit],
    allocations: &[Allocation],
) -> Result<Balances, FundsError> {
    let currency = &profile.currency;
    let committed = sum(deposits.iter().map(|d| d.committed))?;
    let deposited = sum(deposits.iter().map(|d| d.deposited))?;
    let fee = sum(deposits
        .iter()
        .map(|d| fee_on(profile, d.deposited))
        .collect::<Result<Vec<_>, _>>()?)?;
    let net_for = |earmark: Option<u32>| -> Result<Decimal, FundsError> {
        let mut net = Decimal::ZERO;
        for d in deposits.iter().filter(|d| d.earmark_area == earmark) {
            net = add(net, sub(d.deposited, fee_on(profile, d.deposited)?)?)?;
        }
        Ok(net)
    };
    let drawn_from = |source: Source| -> Result<Decimal, FundsError> {
        sum(allocations
            .iter()
            .filter(|a| a.source == source)
            .map(|a| a.amount))
    };
    let pool_available = sub(net_for(None)?, drawn_from(Source::Pool)?)?;
    let allocated = sum(allocations.iter().map(|a| a.amount))?;
    let mut by_area: BTreeMap<u32, Decimal> = BTreeMap::new();
    for a in allocations {
        let entry = by_area.entry(a.area).or_default();
        *entry = add(*entry, a.amount)?;
    }
    let mut areas = Vec::new();
    for area in &profile.areas {
        let earmarked_available = sub(
            net_for(Some(area.number))?,
            drawn_from(Source::Area { area: area.number })?,
        )?;
        let available = add(earmarked_available, pool_available)?;
        let allocated_here = by_area.get(&area.number).copied().unwrap_or_default();
        areas.push(AreaBalance {
            area: area.number,
            name: area.name.clone(),
            earmarked_available,
            earmarked_display: money::format_money(earmarked_available, currency),
            available,
            available_display: money::format_money(available, currency),
            allocated: allocated_here,
            allocated_display: money::format_money(allocated_here, currency),
            share_percent: money::share_percent(allocated_here, allocated),
            bar_percent: Decimal::ZERO,
            target_percent: profile.settings.area_target_percent.value,
            share_display: format!("{}%", money::share_percent(allocated_here, allocated)),
            target_display: format!("{}%", profile.settings.area_target_percent.value),
        });
    }
    let largest = areas.iter().map(|a| a.allocated).max().unwrap_or_default();
    for a in &mut areas {
        a.bar_percent = money::share_percent(a.allocated, largest);
    }
    Ok(Balances {
        committed,
        deposited,
        fee,
        allocated,
        transferred: sum(allocations.iter().map(|a| a.transferred))?,
        pool_available,
        pool_available_display: money::format_money(pool_available, currency),
        areas,
    })
}

/// Checks that `source` can pay `amount`; the error shows the figures.
pub fn check_available(
    profile: &FundProfile,
    balances: &Balances,
    source: Source,
    amount: Decimal,
) -> Result<(), FundsError> {
    if amount <= Decimal::ZERO {
        return Err(FundsError::NotPositive);
    }
    let available = match source {
        Source::Pool => balances.pool_available,
        Source::Area { area } => balances
            .areas
            .iter()
            .find(|a| a.area == area)
            .map(|a| a.earmarked_available)
            .ok_or(FundsError::UnknownArea(area))?,
    };
    if amount > available {
        let f = |d| money::format_money(d, &profile.currency);
        return Err(FundsError::Insufficient {
            from: source.label(),
            requested: f(amount),
            available: f(available),
            shortfall: f(sub(amount, available)?),
        });
    }
    Ok(())
}

/// Checks an amount to approve against what the programme requested (never more) and
/// the fund's ceiling per programme (only with an override, which the record shows).
/// Returns whether the amount is above the ceiling.
pub fn check_request(
    profile: &FundProfile,
    amount: Decimal,
    requested: Decimal,
    ceiling: Decimal,
    overridden: bool,
) -> Result<bool, FundsError> {
    let f = |d| money::format_money(d, &profile.currency);
    if amount <= Decimal::ZERO {
        return Err(FundsError::NotPositive);
    }
    if amount > requested {
        return Err(FundsError::AboveRequest {
            amount: f(amount),
            requested: f(requested),
        });
    }
    let above = amount > ceiling;
    if above && !overridden {
        return Err(FundsError::AboveCeiling {
            amount: f(amount),
            ceiling: f(ceiling),
        });
    }
    Ok(above)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn deposit(amount: &str, earmark: Option<u32>) -> Deposit {
        Deposit {
            contributor: "X".into(),
            committed: d(amount),
            deposited: d(amount),
            earmark_area: earmark,
        }
    }

    fn allocation(area: u32, source: Source, amount: &str) -> Allocation {
        Allocation {
            dossier: "jp".into(),
            area,
            source,
            amount: d(amount),
            transferred: Decimal::ZERO,
        }
    }

    #[test]
    fn pooling_rule_cases() {
        let p = FundProfile::builtin();
        let deposits = vec![
            deposit("1000000", None),
            deposit("500000", Some(2)),
            deposit("200000", Some(4)),
        ];
        let allocations = vec![
            allocation(1, Source::Pool, "300000"),
            allocation(2, Source::Area { area: 2 }, "100000"),
        ];
        let b = balances(&p, &deposits, &allocations).unwrap();
        assert_eq!(b.deposited, d("1700000"));
        assert_eq!(b.fee, d("17000"));
        assert_eq!(b.pool_available, d("690000")); // 990,000 net − 300,000
        let area = |n: u32| b.areas.iter().find(|a| a.area == n).unwrap().clone();
        assert_eq!(area(1).available, d("690000"));
        assert_eq!(area(2).earmarked_available, d("395000")); // 495,000 − 100,000
        assert_eq!(area(2).available, d("1085000"));
        assert_eq!(area(4).available, d("888000"));
        assert_eq!(area(1).allocated, d("300000"));
        assert_eq!(area(1).share_percent, d("75.0"));
    }

    #[test]
    fn committed_and_deposited_are_kept_apart() {
        let p = FundProfile::builtin();
        let pledge = Deposit {
            contributor: "Y".into(),
            committed: d("1000"),
            deposited: d("0"),
            earmark_area: None,
        };
        let b = balances(&p, &[pledge], &[]).unwrap();
        assert_eq!(
            (b.committed, b.deposited, b.pool_available),
            (d("1000"), d("0"), d("0"))
        );
    }

    #[test]
    fn impossible_stored_amounts_are_an_error_not_a_panic() {
        let p = FundProfile::builtin();
        let huge = Deposit {
            deposited: Decimal::MAX,
            committed: Decimal::MAX,
            ..deposit("1", None)
        };
        assert_eq!(
            balances(&p, &[huge.clone(), huge], &[]).unwrap_err(),
            FundsError::Overflow
        );
        let mut a = allocation(1, Source::Pool, "1");
        a.amount = Decimal::MAX;
        assert_eq!(
            balances(&p, &[deposit("1", None)], &[a.clone(), a]).unwrap_err(),
            FundsError::Overflow
        );
    }

    #[test]
    fn availability_cases() {
        let p = FundProfile::builtin();
        let b = balances(
            &p,
            &[deposit("1000000", None), deposit("100000", Some(3))],
            &[],
        )
        .unwrap();
        let cases: Vec<(Source, &str, Option<&str>)> = vec![
            (Source::Pool, "990000", None),
            (Source::Pool, "990000.01", Some("USD 0.01 short")),
            (Source::Area { area: 3 }, "99000", None),
            (Source::Area { area: 3 }, "150000", Some("USD 51,000 short")),
            (
                Source::Area { area: 9 },
                "1",
                Some("not in the fund profile"),
            ),
            (Source::Pool, "0", Some("more than zero")),
        ];
        for (source, amount, error) in cases {
            match (check_available(&p, &b, source, d(amount)), error) {
                (Ok(()), None) => {}
                (Err(e), Some(text)) => assert!(e.to_string().contains(text), "{amount}: {e}"),
                (got, _) => panic!("{source:?} {amount}: {got:?}"),
            }
        }
    }

    #[test]
    fn request_and_ceiling_cases() {
        let p = FundProfile::builtin();
        let (requested, ceiling) = (d("1904600"), d("3000000"));
        // (amount, requested, override, expected: Ok(above ceiling) or Err(code))
        let cases: Vec<(&str, Decimal, bool, Result<bool, &str>)> = vec![
            ("1904600", requested, false, Ok(false)),
            ("1000000", requested, false, Ok(false)),
            ("1904600.01", requested, false, Err("above_request")),
            ("5000000", requested, true, Err("above_request")),
            ("0", requested, false, Err("not_positive")),
            ("3200000", d("4000000"), false, Err("above_ceiling")),
            ("3200000", d("4000000"), true, Ok(true)),
            ("3000000", d("4000000"), false, Ok(false)),
        ];
        for (amount, requested, overridden, expected) in cases {
            let got =
                check_request(&p, d(amount), requested, ceiling, overridden).map_err(|e| match e {
                    FundsError::AboveRequest { .. } => "above_request",
                    FundsError::AboveCeiling { .. } => "above_ceiling",
                    FundsError::NotPositive => "not_positive",
                    _ => "other",
                });
            assert_eq!(got, expected, "{amount}");
        }
        let e = check_request(&p, d("5000000"), requested, ceiling, false).unwrap_err();
        assert_eq!(
            e.to_string(),
            "USD 5,000,000 is more than the programme requested (USD 1,904,600, direct and indirect costs): the committee approves at most what was requested."
        );
    }
}
