//! Dates in each language's long form, by ICU4X's data (CLDR), in the Gregorian calendar:
//! `May 17, 2024`, `17 mai 2024`, `17 de mayo de 2024`.

use crate::Lang;
use chrono::Datelike;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::locale;
use std::sync::OnceLock;
use writeable::Writeable;

type Long = FixedCalendarDateTimeFormatter<Gregorian, YMD>;

fn formatter(lang: Lang) -> &'static Long {
    static FORMATTERS: OnceLock<[Long; 3]> = OnceLock::new();
    &FORMATTERS.get_or_init(|| {
        let make = |prefs| {
            Long::try_new(prefs, YMD::long())
                .expect("ICU4X's compiled data holds the three languages")
        };
        // The UN writes English dates the British way, day first ("17 May 2024"), as
        // the records always have.
        [
            make(locale!("en-GB").into()),
            make(locale!("fr").into()),
            make(locale!("es").into()),
        ]
    })[lang.index()]
}

/// `date` in the language's long form; a date ICU cannot hold (outside years −9999 to
/// 9999) is written as ISO 8601.
pub fn long(lang: Lang, date: chrono::NaiveDate) -> String {
    let Ok(month) = u8::try_from(date.month()) else {
        return date.to_string();
    };
    let Ok(day) = u8::try_from(date.day()) else {
        return date.to_string();
    };
    match Date::try_new_gregorian(date.year(), month, day) {
        Ok(d) if (-9999..=9999).contains(&date.year()) => {
            formatter(lang).format(&d).write_to_string().into_owned()
        }
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_a_date_in_full() {
        let d = chrono::NaiveDate::from_ymd_opt(2024, 5, 17).unwrap();
        assert_eq!(long(Lang::En, d), "17 May 2024");
        assert_eq!(long(Lang::Fr, d), "17 mai 2024");
        assert_eq!(long(Lang::Es, d), "17 de mayo de 2024");
    }
}
