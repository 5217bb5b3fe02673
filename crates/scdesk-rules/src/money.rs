//! Money: amounts are `rust_decimal::Decimal`, never floats; parsing of amounts as people
//! write them (`19,569,912 USD`) and formatting them back with thousands separators.

use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// Why an amount typed or imported by a user was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("No amount was given: write it like `19,569,912 USD` or `1500000.50`.")]
    Empty,
    #[error("`{0}` is not an amount: write it like `19,569,912 USD` or `1500000.50`.")]
    NotANumber(String),
    #[error("`{0}` has misplaced thousands separators: group digits by three, like `1,500,000`.")]
    BadGrouping(String),
    #[error("`{given}` is in {found}, but this fund keeps its accounts in {expected}.")]
    WrongCurrency {
        given: String,
        found: String,
        expected: String,
    },
    #[error("`{0}` has more than two decimal places: amounts are kept to the cent.")]
    TooPrecise(String),
    #[error("`{0}` is negative: amounts here are never negative.")]
    Negative(String),
    #[error("`{0}` is above the largest amount SC Desk accepts (1,000,000,000,000,000).")]
    TooLarge(String),
}

/// The largest amount a file or an entry may carry: 10^15 (a thousand trillion) in the
/// fund's currency, far above any fund's size and far below what `Decimal` holds, so
/// that no sum of amounts can overflow.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0);

/// Why an amount in a signed file was refused (§4.8 of the sync format).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("`{0}` is not an amount: digits, with an optional `.` and one or two decimals")]
    NotPlain(String),
    #[error("`{0}` has more than two decimals: amounts are kept to the cent")]
    TooPrecise(String),
    #[error("`{0}` is above the largest amount SC Desk accepts (10^15)")]
    TooLarge(String),
    #[error("`{0}` is not more than zero")]
    NotPositive(String),
    #[error("the amounts add up to more than SC Desk can hold")]
    Overflow,
}

/// An amount as signed files write it: ASCII digits, optionally `.` and one or two more
/// digits; no sign, exponent, separator, underscore or currency; at most `MAX_AMOUNT`.
pub fn payload_amount(text: &str) -> Result<Decimal, AmountError> {
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !fraction.is_none_or(digits) {
        return Err(AmountError::NotPlain(text.into()));
    }
    if fraction.is_some_and(|f| f.len() > 2) {
        return Err(AmountError::TooPrecise(text.into()));
    }
    // 16 whole digits are already above the bound (leading zeros aside).
    if whole.trim_start_matches('0').len() > 16 {
        return Err(AmountError::TooLarge(text.into()));
    }
    let amount = Decimal::from_str(text).map_err(|_| AmountError::NotPlain(text.into()))?;
    if amount > MAX_AMOUNT {
        return Err(AmountError::TooLarge(text.into()));
    }
    Ok(amount)
}

/// The same, for amounts that must be more than zero (what a decision approves).
pub fn positive_payload_amount(text: &str) -> Result<Decimal, AmountError> {
    let amount = payload_amount(text)?;
    if amount.is_zero() {
        return Err(AmountError::NotPositive(text.into()));
    }
    Ok(amount)
}

/// The exact sum of amounts, or `Overflow`: never a rounded or wrapped total.
pub fn checked_sum(amounts: impl IntoIterator<Item = Decimal>) -> Result<Decimal, AmountError> {
    amounts.into_iter().try_fold(Decimal::ZERO, |total, a| {
        total.checked_add(a).ok_or(AmountError::Overflow)
    })
}

/// Parses an amount the way users and the Fund's documents write it: optional currency
/// code before or after (`USD 1,000`, `1,000 USD`), optional thousands commas grouped by
/// three, at most two decimals.
pub fn parse_amount(text: &str, currency: &str) -> Result<Decimal, MoneyError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(MoneyError::Empty);
    }
    let mut number = trimmed;
    let mut code: Option<&str> = None;
    if let Some((head, tail)) = trimmed.rsplit_once(char::is_whitespace) {
        if tail.chars().all(|c| c.is_ascii_alphabetic()) {
            code = Some(tail);
            number = head.trim();
        } else if let Some((head, tail)) = trimmed.split_once(char::is_whitespace) {
            if head.chars().all(|c| c.is_ascii_alphabetic()) {
                code = Some(head);
                number = tail.trim();
            }
        }
    }
    if let Some(code) = code {
        if !code.eq_ignore_ascii_case(currency) {
            return Err(MoneyError::WrongCurrency {
                given: trimmed.to_string(),
                found: code.to_ascii_uppercase(),
                expected: currency.to_string(),
            });
        }
    }
    if number.starts_with('-') {
        return Err(MoneyError::Negative(trimmed.to_string()));
    }
    let (int_part, frac_part) = match number.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (number, None),
    };
    let valid_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if int_part.contains(',') {
        let groups: Vec<&str> = int_part.split(',').collect();
        let first_ok = valid_digits(groups[0]) && groups[0].len() <= 3;
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3 && valid_digits(g));
        if !(first_ok && rest_ok) {
            return Err(MoneyError::BadGrouping(trimmed.to_string()));
        }
    } else if !valid_digits(int_part) {
        return Err(MoneyError::NotANumber(trimmed.to_string()));
    }
    if let Some(frac) = frac_part {
        if !valid_digits(frac) {
            return Err(MoneyError::NotANumber(trimmed.to_string()));
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooPrecise(trimmed.to_string()));
        }
    }
    let plain = number.replace(',', "");
    let amount =
        Decimal::from_str(&plain).map_err(|_| MoneyError::NotANumber(trimmed.to_string()))?;
    if amount > MAX_AMOUNT {
        return Err(MoneyError::TooLarge(trimmed.to_string()));
    }
    Ok(amount)
}

/// Rounds to the cent the way people expect (half away from zero), not banker's rounding.
pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `percent` of `amount`, rounded to the cent; None if it cannot be held.
pub fn checked_percent_of(amount: Decimal, percent: Decimal) -> Option<Decimal> {
    Some(round_cents(
        amount
            .checked_mul(percent)?
            .checked_div(Decimal::ONE_HUNDRED)?,
    ))
}

/// `part` as a percentage of `whole`, to one decimal (0 when the whole is 0 or the
/// share cannot be computed).
pub fn share_percent(part: Decimal, whole: Decimal) -> Decimal {
    if whole.is_zero() {
        return Decimal::ZERO;
    }
    part.checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|p| p.checked_div(whole))
        .map(|p| p.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero))
        .unwrap_or_default()
}

/// Formats an amount with thousands commas; cents are shown only when there are any.
pub fn format_amount(amount: Decimal) -> String {
    let rounded = round_cents(amount);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let abs = rounded.abs();
    let whole = abs.trunc();
    let cents = ((abs - whole) * Decimal::ONE_HUNDRED).trunc();
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if negative { "-" } else { "" };
    if cents.is_zero() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{cents:0>2}")
    }
}

/// Formats an amount with its currency code first, as the Fund's reports do.
pub fn format_money(amount: Decimal, currency: &str) -> String {
    format!("{currency} {}", format_amount(amount))
}

/// A signed amount (a payload's decimal text) as money; text that is not a valid amount is
/// shown as signed, never hidden.
pub fn format_signed_amount(text: &str, currency: &str) -> String {
    payload_amount(text)
        .map(|a| format_money(a, currency))
        .unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_amount_is_shown_as_money_or_as_signed() {
        assert_eq!(format_signed_amount("2140000", "USD"), "USD 2,140,000");
        assert_eq!(format_signed_amount("12.5", "USD"), "USD 12.50");
        assert_eq!(format_signed_amount("1.234", "USD"), "1.234");
        assert_eq!(format_signed_amount("", "USD"), "");
    }
    use rust_decimal_macros_free::dec;

    mod rust_decimal_macros_free {
        /// Test helper: a Decimal from a literal string.
        pub fn dec(s: &str) -> rust_decimal::Decimal {
            s.parse().expect("test literal")
        }
    }

    #[test]
    fn parses_amounts_as_people_write_them() {
        let cases: &[(&str, &str)] = &[
            ("19,569,912 USD", "19569912"),
            ("USD 19,569,912", "19569912"),
            ("19569912", "19569912"),
            ("5,000 usd", "5000"),
            ("1,500,000.50", "1500000.50"),
            ("0.07", "0.07"),
            ("  12,007 USD  ", "12007"),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_amount(text, "USD"), Ok(dec(expected)), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        type Check = fn(&MoneyError) -> bool;
        let cases: &[(&str, Check)] = &[
            ("", |e| matches!(e, MoneyError::Empty)),
            ("abc", |e| matches!(e, MoneyError::NotANumber(_))),
            ("1,00,000", |e| matches!(e, MoneyError::BadGrouping(_))),
            ("1,0000", |e| matches!(e, MoneyError::BadGrouping(_))),
            (",100", |e| matches!(e, MoneyError::BadGrouping(_))),
            ("100 EUR", |e| matches!(e, MoneyError::WrongCurrency { .. })),
            ("1.005", |e| matches!(e, MoneyError::TooPrecise(_))),
            ("-5", |e| matches!(e, MoneyError::Negative(_))),
            ("1e6", |e| matches!(e, MoneyError::NotANumber(_))),
            ("1.2.3", |e| matches!(e, MoneyError::NotANumber(_))),
        ];
        for (text, check) in cases {
            let err = parse_amount(text, "USD").expect_err(text);
            assert!(check(&err), "{text}: {err:?}");
        }
    }

    #[test]
    fn formats_with_thousands_and_cents() {
        let cases: &[(&str, &str)] = &[
            ("57595084", "57,595,084"),
            ("5000", "5,000"),
            ("999", "999"),
            ("1000000.5", "1,000,000.50"),
            ("0.005", "0.01"),
            ("1234.565", "1,234.57"),
            ("0", "0"),
        ];
        for (amount, expected) in cases {
            assert_eq!(format_amount(dec(amount)), *expected, "{amount}");
        }
        assert_eq!(format_money(dec("57595084"), "USD"), "USD 57,595,084");
    }

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        assert_eq!(round_cents(dec("0.125")), dec("0.13"));
        assert_eq!(round_cents(dec("0.135")), dec("0.14"));
        assert_eq!(
            checked_percent_of(dec("57595084"), dec("1")),
            Some(dec("575950.84"))
        );
        assert_eq!(
            checked_percent_of(dec("650000"), dec("7")),
            Some(dec("45500"))
        );
    }
}
