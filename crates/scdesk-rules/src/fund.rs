//! The fund's money as the committee sees it: contributions by contributor, the total,
//! earmarks by thematic area and the Administrative Agent's fee. Pure functions over
//! plain data, with every sum checked (an impossible stored amount is an error, never a
//! panic).
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money;
use crate::profile::FundProfile;

/// One contribution as recorded (amounts exact, in the fund's currency).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub contributor: String,
    pub amount: Decimal,
    /// The thematic area it is earmarked to, or none (un-earmarked, the default).
    pub earmark_area: Option<u32>,
    pub date: NaiveDate,
}

/// Where the contributions held come from: the FMU's signed statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementSource {
    pub version: u64,
    /// The date the statement's figures are as of.
    pub as_of: NaiveDate,
    /// Who signed it, with their seat.
    pub signer: String,
    /// The statement file's SHA-256.
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContributionRow {
    pub contributor: String,
    pub amount: Decimal,
    pub amount_display: String,
    pub earmark_area: Option<u32>,
    /// Share of all contributions, in percent to one decimal.
    pub share_percent: Decimal,
    /// The share as the reader's language writes it (`12.5%`, `12,5 %`).
    pub share_display: String,
    /// The bar's length in a chart, in percent of the largest contribution.
    pub bar_percent: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EarmarkRow {
    /// None for the un-earmarked pool.
    pub area: Option<u32>,
    pub label: String,
    pub amount: Decimal,
    pub amount_display: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundOverview {
    pub fund: String,
    pub currency: String,
    /// Contributions, largest first.
    pub contributions: Vec<ContributionRow>,
    pub contributor_count: usize,
    pub total: Decimal,
    pub total_display: String,
    pub earmarks: Vec<EarmarkRow>,
    pub administrative_agent: String,
    pub administrative_agent_fee_percent: Decimal,
    pub administrative_agent_fee: Decimal,
    pub administrative_agent_fee_display: String,
    /// The latest contribution date: "as of".
    pub as_of: Option<NaiveDate>,
    /// The signed contribution statement these figures are; none when they were entered
    /// in this workspace (also when one was typed in after the last statement).
    pub statement: Option<StatementSource>,
}

/// The fund overview: contributions sorted by amount (ties by name), their total,
/// un-earmarked and earmarked amounts per area, and the 1% fee on contributions.
pub fn overview(
    profile: &FundProfile,
    contributions: &[Contribution],
) -> Result<FundOverview, money::AmountError> {
    let currency = profile.currency.as_str();
    let total = money::checked_sum(contributions.iter().map(|c| c.amount))?;
    let mut rows: Vec<ContributionRow> = contributions
        .iter()
        .map(|c| ContributionRow {
            contributor: c.contributor.clone(),
            amount: c.amount,
            amount_display: money::format_money(c.amount, currency),
            earmark_area: c.earmark_area,
            share_percent: money::share_percent(c.amount, total),
            share_display: format!("{}%", money::share_percent(c.amount, total)),
            bar_percent: Decimal::ZERO,
        })
        .collect();
    let largest = contributions
        .iter()
        .map(|c| c.amount)
        .max()
        .unwrap_or_default();
    for r in &mut rows {
        r.bar_percent = money::share_percent(r.amount, largest);
    }
    rows.sort_by(|a, b| {
        b.amount
            .cmp(&a.amount)
            .then_with(|| a.contributor.cmp(&b.contributor))
    });
    let earmark_row = |area: Option<u32>, label: String| {
        let amount = money::checked_sum(
            contributions
                .iter()
                .filter(|c| c.earmark_area == area)
                .map(|c| c.amount),
        )?;
        Ok::<_, money::AmountError>(EarmarkRow {
            area,
            label,
            amount,
            amount_display: money::format_money(amount, currency),
        })
    };
    let mut earmarks = vec![earmark_row(None, "Un-earmarked".to_string())?];
    for area in &profile.areas {
        earmarks.push(earmark_row(
            Some(area.number),
            format!("Thematic area {}", area.number),
        )?);
    }
    let fee = money::checked_percent_of(total, profile.administrative_agent.fee_percent)
        .ok_or(money::AmountError::Overflow)?;
    Ok(FundOverview {
        fund: profile.name.clone(),
        currency: currency.to_string(),
        contributor_count: rows.len(),
        contributions: rows,
        total,
        total_display: money::format_money(total, currency),
        earmarks,
        administrative_agent: profile.administrative_agent.name.clone(),
        administrative_agent_fee_percent: profile.administrative_agent.fee_percent,
        administrative_agent_fee: fee,
        administrative_agent_fee_display: money::format_money(fee, currency),
        as_of: contributions.iter().map(|c| c.date).max(),
        statement: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(name: &str, amount: i64, area: Option<u32>) -> Contribution {
        Contribution {
            contributor: name.into(),
            amount: Decimal::from(amount),
            earmark_area: area,
            date: "2024-08-31".parse().unwrap(),
        }
    }

    #[test]
    fn sorts_largest_first_and_totals_exactly() {
        let profile = FundProfile::builtin();
        let o = overview(
            &profile,
            &[
                c("B", 100, None),
                c("A", 300, Some(2)),
                c("C", 100, Some(2)),
            ],
        )
        .unwrap();
        let names: Vec<_> = o
            .contributions
            .iter()
            .map(|r| r.contributor.as_str())
            .collect();
        assert_eq!(names, ["A", "B", "C"]);
        assert_eq!(o.total, Decimal::from(500));
        assert_eq!(o.total_display, "USD 500");
        assert_eq!(o.earmarks[0].amount, Decimal::from(100));
        assert_eq!(o.earmarks[2].area, Some(2));
        assert_eq!(o.earmarks[2].amount, Decimal::from(400));
        assert_eq!(o.earmarks[1].amount, Decimal::ZERO);
        assert_eq!(o.administrative_agent_fee, Decimal::from(5));
        assert_eq!(o.contributions[0].share_percent, Decimal::from(60));
    }

    #[test]
    fn empty_fund_has_zero_total() {
        let o = overview(&FundProfile::builtin(), &[]).unwrap();
        assert_eq!(o.total, Decimal::ZERO);
        assert_eq!(o.as_of, None);
        assert_eq!(o.earmarks.len(), 6);
    }

    #[test]
    fn an_impossible_total_is_an_error_not_a_panic() {
        let huge = Contribution {
            amount: Decimal::MAX,
            ..c("A", 0, None)
        };
        let e = overview(&FundProfile::builtin(), &[huge.clone(), huge]).unwrap_err();
        assert_eq!(e, money::AmountError::Overflow);
    }
}
