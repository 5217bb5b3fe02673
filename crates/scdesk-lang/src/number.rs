//! Numbers as each language writes them, by ICU4X's data (CLDR): the digits grouped
//! (`1,754,800` in English, `1 754 800` in French with a narrow no-break space,
//! `1.754.800` in Spanish, which leaves four-digit numbers ungrouped: `1754`) and the
//! decimal separator (`.` or `,`). Never through floats.

use crate::Lang;
use icu_decimal::options::DecimalFormatterOptions;
use icu_decimal::DecimalFormatter;
use icu_locale_core::locale;
use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;
use std::sync::OnceLock;
use writeable::Writeable;

fn formatter(lang: Lang) -> &'static DecimalFormatter {
    static FORMATTERS: OnceLock<[DecimalFormatter; 3]> = OnceLock::new();
    &FORMATTERS.get_or_init(|| {
        let make = |prefs| {
            DecimalFormatter::try_new(prefs, DecimalFormatterOptions::default())
                .expect("ICU4X's compiled data holds the three languages")
        };
        [
            make(locale!("en").into()),
            make(locale!("fr").into()),
            make(locale!("es").into()),
        ]
    })[lang.index()]
}

/// `value` as the language writes it, with as many decimals as it has.
pub fn decimal(lang: Lang, value: Decimal) -> String {
    // A Decimal's text is plain digits, a sign and a point: always a valid ICU decimal.
    match fixed_decimal::Decimal::from_str(&value.to_string()) {
        Ok(d) => formatter(lang).format(&d).write_to_string().into_owned(),
        Err(_) => value.to_string(),
    }
}

/// A whole number as the language writes it.
pub fn integer(lang: Lang, value: i64) -> String {
    formatter(lang)
        .format(&fixed_decimal::Decimal::from(value))
        .write_to_string()
        .into_owned()
}

/// An amount of money without its currency: rounded to the cent (half away from zero),
/// with two decimals when there are cents and none when it is whole (`2,140,000`,
/// `12.50`), as SC Desk has always written amounts.
pub fn amount(lang: Lang, value: Decimal) -> String {
    let cents = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let shown = if cents.fract().is_zero() {
        cents.trunc()
    } else {
        let mut c = cents;
        c.rescale(2);
        c
    };
    decimal(lang, shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        let nnbsp = '\u{202f}';
        let cases = [
            (Lang::En, "1754800.5", "1,754,800.50".to_string()),
            (Lang::Fr, "1754800.5", format!("1{nnbsp}754{nnbsp}800,50")),
            (Lang::Es, "1754800.5", "1.754.800,50".to_string()),
            (Lang::En, "2140000", "2,140,000".to_string()),
            (Lang::Es, "1754", "1754".to_string()),
            (Lang::Es, "17548", "17.548".to_string()),
            (Lang::Fr, "0.07", "0,07".to_string()),
            (Lang::En, "12.005", "12.01".to_string()),
            (Lang::En, "-12.5", "-12.50".to_string()),
        ];
        for (lang, value, shown) in cases {
            assert_eq!(amount(lang, dec(value)), shown, "{lang} {value}");
        }
        assert_eq!(integer(Lang::En, 10_000), "10,000");
        assert_eq!(integer(Lang::Fr, 10_000), format!("10{nnbsp}000"));
        assert_eq!(decimal(Lang::Es, dec("0.125")), "0,125");
    }
}
