//! Amounts as a person types them, read back strictly in their language: `1,754,800.50`
//! in English, `1 754 800,50` in French (spaces of any width), `1.754.800,50` in
//! Spanish; digits grouped by three or not at all, at most two decimals, an optional
//! currency code before or after. What the language's own formatting writes
//! (`number::amount`, ICU4X) always reads back to the same amount; the other languages'
//! forms are refused rather than guessed (`1.754` is 1754 in Spanish, not in English).

use crate::{Lang, Words};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Why a typed amount was refused. Each says how the language writes amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountInputError {
    Empty,
    NotANumber {
        given: String,
    },
    BadGrouping {
        given: String,
    },
    WrongCurrency {
        given: String,
        found: String,
        expected: String,
    },
    TooPrecise {
        given: String,
    },
    Negative {
        given: String,
    },
    TooLarge {
        given: String,
        largest: Decimal,
    },
}

impl AmountInputError {
    /// The sentence for the person who typed it, in `words`' language.
    pub fn message(&self, words: &Words) -> String {
        let example = words.money(Decimal::new(175_480_050, 2), "USD");
        let q = |s: &str| crate::catalogue::Arg::Text(s.chars().take(60).collect());
        match self {
            AmountInputError::Empty => words.f("amount-empty", &[("example", example.into())]),
            AmountInputError::NotANumber { given } => words.f(
                "amount-not-a-number",
                &[("given", q(given)), ("example", example.into())],
            ),
            AmountInputError::BadGrouping { given } => words.f(
                "amount-bad-grouping",
                &[("given", q(given)), ("example", example.into())],
            ),
            AmountInputError::WrongCurrency {
                given,
                found,
                expected,
            } => words.f(
                "amount-wrong-currency",
                &[
                    ("given", q(given)),
                    ("found", q(found)),
                    ("expected", q(expected)),
                ],
            ),
            AmountInputError::TooPrecise { given } => {
                words.f("amount-too-precise", &[("given", q(given))])
            }
            AmountInputError::Negative { given } => {
                words.f("amount-negative", &[("given", q(given))])
            }
            AmountInputError::TooLarge { given, largest } => words.f(
                "amount-too-large",
                &[
                    ("given", q(given)),
                    ("largest", words.number(*largest).into()),
                ],
            ),
        }
    }
}

impl std::fmt::Display for AmountInputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&Words::new(Lang::En)))
    }
}

impl std::error::Error for AmountInputError {}

const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

struct Form {
    decimal: char,
    group: &'static [char],
}

fn form(lang: Lang) -> Form {
    match lang {
        Lang::En => Form {
            decimal: '.',
            group: &[','],
        },
        Lang::Fr => Form {
            decimal: ',',
            group: &SPACES,
        },
        Lang::Es => Form {
            decimal: ',',
            group: &['.'],
        },
    }
}

/// Reads `text` as an amount in `currency`, written the way `lang` writes numbers, at
/// most `largest`.
pub fn parse(
    lang: Lang,
    text: &str,
    currency: &str,
    largest: Decimal,
) -> Result<Decimal, AmountInputError> {
    let given = text.trim_matches(|c: char| c.is_whitespace() || SPACES.contains(&c));
    let owned = || given.to_string();
    if given.is_empty() {
        return Err(AmountInputError::Empty);
    }
    // A currency code is three letters at either end, apart from a number (so "a lot" is
    // not a number, rather than an amount in LOT).
    let is_space = |c: char| c.is_whitespace() || SPACES.contains(&c);
    let mut number = given;
    let letters = |s: &str| s.len() == 3 && s.chars().all(|c| c.is_ascii_alphabetic());
    let mut code = None;
    if let Some(i) = given.rfind(is_space) {
        let (head, tail) = given.split_at(i);
        let tail = tail.trim_start_matches(is_space);
        if letters(tail) {
            code = Some(tail);
            number = head.trim_end_matches(is_space);
        }
    }
    if code.is_none() {
        if let Some(i) = given.find(is_space) {
            let (head, tail) = given.split_at(i);
            if letters(head) {
                code = Some(head);
                number = tail.trim_start_matches(is_space);
            }
        }
    }
    if !number.chars().any(|c| c.is_ascii_digit()) {
        return Err(AmountInputError::NotANumber { given: owned() });
    }
    if let Some(code) = code {
        if !code.eq_ignore_ascii_case(currency) {
            return Err(AmountInputError::WrongCurrency {
                given: owned(),
                found: code.to_ascii_uppercase(),
                expected: currency.to_string(),
            });
        }
    }
    if number.starts_with(['-', '\u{2212}']) {
        return Err(AmountInputError::Negative { given: owned() });
    }
    let f = form(lang);
    let mut parts = number.split(f.decimal);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    if parts.next().is_some() {
        return Err(AmountInputError::NotANumber { given: owned() });
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut plain = String::with_capacity(number.len());
    if whole.contains(f.group) {
        let groups: Vec<&str> = whole.split(f.group).collect();
        if !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
            return Err(AmountInputError::NotANumber { given: owned() });
        }
        let first_ok = digits(groups[0]) && groups[0].len() <= 3;
        if !first_ok || !groups[1..].iter().all(|g| g.len() == 3) {
            return Err(AmountInputError::BadGrouping { given: owned() });
        }
        groups.iter().for_each(|g| plain.push_str(g));
    } else if digits(whole) {
        plain.push_str(whole);
    } else {
        return Err(AmountInputError::NotANumber { given: owned() });
    }
    if let Some(fraction) = fraction {
        if !digits(fraction) {
            return Err(AmountInputError::NotANumber { given: owned() });
        }
        if fraction.len() > 2 {
            return Err(AmountInputError::TooPrecise { given: owned() });
        }
        plain.push('.');
        plain.push_str(fraction);
    }
    // Leading zeros aside, more than 28 digits would not even be a Decimal.
    if plain.trim_start_matches('0').len() > 28 {
        return Err(AmountInputError::TooLarge {
            given: owned(),
            largest,
        });
    }
    let amount =
        Decimal::from_str(&plain).map_err(|_| AmountInputError::NotANumber { given: owned() })?;
    if amount > largest {
        return Err(AmountInputError::TooLarge {
            given: owned(),
            largest,
        });
    }
    Ok(amount)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number;

    const LARGEST: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0);

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// What ICU writes, in each language, reads back to the same amount, with and
    /// without the currency code.
    #[test]
    fn what_each_language_writes_reads_back() {
        let amounts = [
            "0",
            "0.07",
            "0.5",
            "1",
            "12.5",
            "999",
            "1000",
            "1754",
            "17548",
            "175480",
            "1754800.50",
            "2140000",
            "19569912",
            "123456789012.34",
            "1000000000000000",
        ];
        for lang in Lang::ALL {
            let words = Words::new(lang);
            for a in amounts {
                let a = dec(a);
                let shown = number::amount(lang, a);
                assert_eq!(parse(lang, &shown, "USD", LARGEST), Ok(a), "{lang} {shown}");
                let money = words.money(a, "USD");
                assert_eq!(parse(lang, &money, "USD", LARGEST), Ok(a), "{lang} {money}");
            }
        }
    }

    #[test]
    fn amounts_as_people_type_them() {
        let ok = [
            (Lang::En, "1,754,800.50", "1754800.50"),
            (Lang::En, "1754800.5", "1754800.5"),
            (Lang::En, "USD 19,569,912", "19569912"),
            (Lang::Fr, "1 754 800,50", "1754800.50"),
            (Lang::Fr, "1\u{a0}754\u{a0}800,50 USD", "1754800.50"),
            (Lang::Fr, "1754800,50", "1754800.50"),
            (Lang::Fr, "  12 007 usd ", "12007"),
            (Lang::Es, "1.754.800,50", "1754800.50"),
            (Lang::Es, "1.754", "1754"),
            (Lang::Es, "1754800,5 USD", "1754800.5"),
        ];
        for (lang, text, value) in ok {
            assert_eq!(
                parse(lang, text, "USD", LARGEST),
                Ok(dec(value)),
                "{lang} {text}"
            );
        }
    }

    #[test]
    fn another_languages_form_is_refused_not_guessed() {
        type Check = fn(&AmountInputError) -> bool;
        let not_a_number: Check = |e| matches!(e, AmountInputError::NotANumber { .. });
        let grouping: Check = |e| matches!(e, AmountInputError::BadGrouping { .. });
        let cases: [(Lang, &str, Check); 19] = [
            (Lang::En, "1.754.800,50", not_a_number),
            (Lang::En, "1,75", grouping),
            (Lang::En, "1 754 800", not_a_number),
            (Lang::Fr, "1,754,800.50", not_a_number),
            (Lang::Fr, "1.754,50", not_a_number),
            (Lang::Fr, "1 75 800", grouping),
            (Lang::Es, "1,754,800.50", not_a_number),
            (Lang::Es, "1.75", grouping),
            (Lang::Es, "1754.8", grouping),
            (Lang::Es, "", |e| matches!(e, AmountInputError::Empty)),
            (Lang::Fr, "12,345", |e| {
                matches!(e, AmountInputError::TooPrecise { .. })
            }),
            (Lang::Es, "-5", |e| {
                matches!(e, AmountInputError::Negative { .. })
            }),
            (Lang::En, "100 EUR", |e| {
                matches!(e, AmountInputError::WrongCurrency { .. })
            }),
            (Lang::En, "1e6", not_a_number),
            (Lang::En, "a lot", not_a_number),
            (Lang::Fr, "USD", not_a_number),
            (Lang::Es, "100 dólares", not_a_number),
            (Lang::Fr, "1 000 000 000 000 000,01", |e| {
                matches!(e, AmountInputError::TooLarge { .. })
            }),
            (Lang::En, &"9".repeat(40), |e| {
                matches!(e, AmountInputError::TooLarge { .. })
            }),
        ];
        for (lang, text, check) in cases {
            let e = parse(lang, text, "USD", LARGEST).expect_err(text);
            assert!(check(&e), "{lang} {text}: {e:?}");
            assert!(
                !e.message(&Words::new(lang)).starts_with("amount-"),
                "{e:?}"
            );
        }
    }

    #[test]
    fn a_refusal_shows_how_the_language_writes_amounts() {
        let e = parse(Lang::Es, "1,754,800.50", "USD", LARGEST).unwrap_err();
        assert!(e
            .message(&Words::new(Lang::Es))
            .contains("1.754.800,50\u{a0}USD"));
        let e = parse(Lang::En, "abc", "USD", LARGEST).unwrap_err();
        assert!(e.to_string().contains("USD 1,754,800.50"), "{e}");
    }
}
