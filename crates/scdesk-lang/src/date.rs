//! Dates in each language's long form, by ICU4X's data (CLDR), in the Gregorian calendar:
//! `17 May 2024`, `17 mai 2024`, `17 de mayo de 2024`; and a moment's date and time to the
//! minute, as the window shows a meeting's start: `17 May 2024 at 14:30`.

use crate::Lang;
use chrono::Datelike;
use chrono::Timelike;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::locale;
use icu_locale_core::Locale;
use std::sync::OnceLock;
use writeable::Writeable;

type Long = FixedCalendarDateTimeFormatter<Gregorian, YMD>;
type WithTime = FixedCalendarDateTimeFormatter<Gregorian, YMDT>;

/// The locale each language's dates are written in. The UN writes English dates the
/// British way, day first ("17 May 2024"), as the records always have.
fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => locale!("en-GB"),
        Lang::Fr => locale!("fr"),
        Lang::Es => locale!("es"),
    }
}

fn formatter(lang: Lang) -> &'static Long {
    static FORMATTERS: OnceLock<[Long; 3]> = OnceLock::new();
    &FORMATTERS.get_or_init(|| {
        Lang::ALL.map(|l| {
            Long::try_new(locale(l).into(), YMD::long())
                .expect("ICU4X's compiled data holds the three languages")
        })
    })[lang.index()]
}

fn with_time(lang: Lang) -> &'static WithTime {
    static FORMATTERS: OnceLock<[WithTime; 3]> = OnceLock::new();
    &FORMATTERS.get_or_init(|| {
        Lang::ALL.map(|l| {
            WithTime::try_new(locale(l).into(), YMD::long().with_time_hm())
                .expect("ICU4X's compiled data holds the three languages")
        })
    })[lang.index()]
}

/// `date` as ICU's Gregorian date, if ICU can hold it (years −9999 to 9999).
fn gregorian(date: chrono::NaiveDate) -> Option<Date<Gregorian>> {
    if !(-9999..=9999).contains(&date.year()) {
        return None;
    }
    // chrono's month and day are below 13 and 32: the conversions cannot fail.
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Date::try_new_gregorian(date.year(), month, day).ok()
}

/// `date` in the language's long form; a date ICU cannot hold (outside years −9999 to
/// 9999) is written as ISO 8601.
pub fn long(lang: Lang, date: chrono::NaiveDate) -> String {
    match gregorian(date) {
        Some(d) => formatter(lang).format(&d).write_to_string().into_owned(),
        None => date.to_string(),
    }
}

/// `moment` (a wall-clock date and time, already in the reader's time zone) in the
/// language's long form, to the minute; outside years −9999 to 9999, ISO 8601.
pub fn with_minutes(lang: Lang, moment: chrono::NaiveDateTime) -> String {
    let time = || {
        let hour = u8::try_from(moment.hour()).ok()?;
        let minute = u8::try_from(moment.minute()).ok()?;
        icu_time::Time::try_new(hour, minute, 0, 0).ok()
    };
    match gregorian(moment.date()).zip(time()) {
        Some((date, time)) => with_time(lang)
            .format(&icu_time::DateTime { date, time })
            .write_to_string()
            .into_owned(),
        None => moment.format("%Y-%m-%d %H:%M").to_string(),
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

    #[test]
    fn each_language_writes_a_moment_to_the_minute() {
        let at = |y, mo, d, h, mi| {
            chrono::NaiveDate::from_ymd_opt(y, mo, d)
                .unwrap()
                .and_hms_opt(h, mi, 59)
                .unwrap()
        };
        let cases = [
            (Lang::En, at(2024, 5, 17, 14, 30), "17 May 2024 at 14:30"),
            (Lang::Fr, at(2024, 5, 17, 14, 30), "17 mai 2024 à 14:30"),
            (
                Lang::Es,
                at(2024, 5, 17, 14, 30),
                "17 de mayo de 2024 a las 14:30",
            ),
            (Lang::En, at(2026, 1, 2, 9, 5), "2 January 2026 at 09:05"),
            (Lang::En, at(12000, 1, 2, 9, 5), "+12000-01-02 09:05"),
        ];
        for (lang, moment, shown) in cases {
            assert_eq!(with_minutes(lang, moment), shown, "{lang:?} {moment}");
        }
    }
}
