//! The catalogues, compiled in, and the one formatter of their messages.

use crate::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/resources.rs"));

/// The catalogue files of one language, by name (the same names in every language).
pub static RESOURCE_NAMES: fn() -> Vec<&'static str> = || {
    let mut names: Vec<_> = RESOURCES
        .iter()
        .filter(|(l, _, _)| *l == "en")
        .map(|(_, n, _)| *n)
        .collect();
    names.dedup();
    names
};

/// The catalogue files of the window's own words (`ui/`); the tidy test checks that every
/// message the window's code names is in one of them.
pub const WINDOW_FILES: &[&str] = &[
    "app.ftl",
    "dashboard.ftl",
    "dossiers.ftl",
    "import.ftl",
    "meeting.ftl",
    "page.ftl",
    "positions.ftl",
    "trust.ftl",
];

/// A value given to a message: text (names, references, amounts already written) or a
/// count, which the message may use to choose its plural form.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(i32, i64, u32, u64, usize);

/// The words of one language: every message SC Desk formats goes through here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Words {
    lang: Lang,
    pseudo: bool,
}

type Bundle = FluentBundle<FluentResource>;

// Counts inside messages are written with the language's digit grouping (ICU4X), as
// every other number is; Fluent's own formatter would write 10000.
fn count_with<const L: usize>(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(crate::number::integer(Lang::ALL[L], n.value as i64))
        }
        _ => None,
    }
}

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let formatters = [count_with::<0>, count_with::<1>, count_with::<2>];
        Lang::ALL.map(|lang| {
            let id: unic_langid::LanguageIdentifier = lang
                .code()
                .parse()
                .expect("the three codes are language identifiers");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks would reach the PDF and the tests' text as stray characters.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(formatters[lang.index()]));
            for (_, _, text) in RESOURCES.iter().filter(|(l, _, _)| *l == lang.code()) {
                // A resource with an error still gives what parsed; the catalogue tests
                // refuse any error, so none ships.
                let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
    })
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words {
            lang,
            pseudo: false,
        }
    }

    /// The pseudo-language of the tests: English, every message marked `[!! … !!]`, so
    /// that text shown without the catalogue stands out.
    pub fn pseudo() -> Words {
        Words {
            lang: Lang::En,
            pseudo: true,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn is_pseudo(&self) -> bool {
        self.pseudo
    }

    /// The catalogue texts of this language that the window formats its own messages
    /// from ([`WINDOW_FILES`]); the library's own (errors, records, the command line)
    /// reach the window already worded, so it is not given them to parse at every start.
    pub fn window_resources(&self) -> Vec<&'static str> {
        RESOURCES
            .iter()
            .filter(|(l, n, _)| *l == self.lang.code() && WINDOW_FILES.contains(n))
            .map(|(_, _, t)| *t)
            .collect()
    }

    /// A message without variables.
    pub fn t(&self, id: &str) -> String {
        self.f(id, &[])
    }

    /// A message with its variables. A message missing from the catalogue gives its id
    /// (the catalogue tests make sure none is).
    pub fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, None, args)
    }

    /// One attribute of a message.
    pub fn attr(&self, id: &str, attribute: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, Some(attribute), args)
    }

    /// Whether the catalogue has this message.
    pub fn has(&self, id: &str) -> bool {
        bundles()[self.lang.index()].has_message(id)
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        let bundle = &bundles()[self.lang.index()];
        let pattern = bundle.get_message(id).and_then(|m| match attribute {
            None => m.value(),
            Some(a) => m.get_attribute(a).map(|a| a.value()),
        });
        let Some(pattern) = pattern else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if self.pseudo {
            format!("[!! {text} !!]")
        } else {
            text.into_owned()
        }
    }

    /// A number as the language writes it (`1,754,800.5`, `1 754 800,5`).
    pub fn number(&self, value: rust_decimal::Decimal) -> String {
        crate::number::decimal(self.lang, value)
    }

    /// A percentage as the language writes it: the number by ICU4X, the sign placed by
    /// the catalogue's `desk-percent` (`12.5%`, `12,5 %`).
    pub fn percent(&self, value: rust_decimal::Decimal) -> String {
        self.f("desk-percent", &[("value", self.number(value).into())])
    }

    /// An amount with its currency, as the language writes money (`USD 1,754,800.50`,
    /// `1 754 800,50 USD`): the number by ICU4X, cents shown only when there are some,
    /// and the order of number and code from the catalogue's `money` message.
    pub fn money(&self, amount: rust_decimal::Decimal, currency: &str) -> String {
        let number = crate::number::amount(self.lang, amount);
        self.f(
            "money",
            &[("amount", number.into()), ("currency", currency.into())],
        )
    }

    /// A date in the language's long form (`17 May 2024` … `17 mai 2024`).
    pub fn long_date(&self, date: chrono::NaiveDate) -> String {
        crate::date::long(self.lang, date)
    }

    /// The day a moment falls on in the reader's local time, in the long form.
    pub fn local_date(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        self.long_date(at.with_timezone(&chrono::Local).date_naive())
    }

    /// A moment in the reader's local time, to the minute (`17 May 2024 at 14:30`): how the
    /// window shows a meeting's start or a deadline, stored in UTC.
    pub fn local_moment(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        self.moment_in(at, &chrono::Local)
    }

    /// A moment in the time zone `zone`, to the minute.
    pub fn moment_in<Z: chrono::TimeZone>(
        &self,
        at: chrono::DateTime<chrono::Utc>,
        zone: &Z,
    ) -> String {
        crate::date::with_minutes(self.lang, at.with_timezone(zone).naive_local())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// A message's shape: its attributes and, for the value and each attribute, the
    /// variables it uses.
    type Shape = BTreeMap<String, BTreeSet<String>>;

    fn variables_of<S: AsRef<str>>(pattern: &ast::Pattern<S>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables<S: AsRef<str>>(e: &ast::Expression<S>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for v in variants {
                    variables_of(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline_variables(i, out),
        }
    }

    fn inline_variables<S: AsRef<str>>(e: &ast::InlineExpression<S>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.as_ref().to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_variables(a, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out)
            }
            _ => {}
        }
    }

    /// Every message of a language, by id, with its shape; and any error found.
    fn shapes(lang: Lang) -> (BTreeMap<String, Shape>, Vec<String>) {
        let mut all = BTreeMap::new();
        let mut errors = Vec::new();
        for (_, name, text) in RESOURCES.iter().filter(|(l, _, _)| *l == lang.code()) {
            let resource = match fluent_syntax::parser::parse(*text) {
                Ok(r) => r,
                Err((r, e)) => {
                    errors.push(format!("{lang}/{name}: {e:?}"));
                    r
                }
            };
            for entry in resource.body {
                let (id, value, attributes) = match entry {
                    ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                    ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                    ast::Entry::Junk { content } => {
                        errors.push(format!("{lang}/{name}: cannot read {content:?}"));
                        continue;
                    }
                    _ => continue,
                };
                let mut shape = Shape::new();
                let mut vars = BTreeSet::new();
                if let Some(v) = &value {
                    variables_of(v, &mut vars);
                    shape.insert(String::new(), vars);
                }
                for a in &attributes {
                    let mut vars = BTreeSet::new();
                    variables_of(&a.value, &mut vars);
                    shape.insert(format!(".{}", a.id.name), vars);
                }
                if all.insert(id.clone(), shape).is_some() {
                    errors.push(format!("{lang}/{name}: {id} is defined twice"));
                }
            }
        }
        (all, errors)
    }

    /// The three catalogues read without an error, hold the same files and the same
    /// messages, and each message has the same attributes and variables in each language.
    #[test]
    fn the_three_catalogues_have_the_same_messages_with_the_same_variables() {
        let files = |lang: Lang| -> BTreeSet<&str> {
            RESOURCES
                .iter()
                .filter(|(l, _, _)| *l == lang.code())
                .map(|(_, n, _)| *n)
                .collect()
        };
        let (english, mut errors) = shapes(Lang::En);
        assert!(english.len() > 5, "the English catalogue is nearly empty");
        for lang in [Lang::Fr, Lang::Es] {
            assert_eq!(
                files(lang),
                files(Lang::En),
                "{lang} has other files than en"
            );
            let (other, e) = shapes(lang);
            errors.extend(e);
            for (id, shape) in &english {
                match other.get(id) {
                    None => errors.push(format!("{id} is in en, not in {lang}")),
                    Some(s) if s != shape => {
                        errors.push(format!("{id}: en has {shape:?}, {lang} has {s:?}"))
                    }
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !english.contains_key(*id)) {
                errors.push(format!("{id} is in {lang}, not in en"));
            }
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    /// The pseudo-language marks every message, so that text not from the catalogue shows.
    #[test]
    fn a_percentage_is_written_as_each_language_writes_it() {
        let share = rust_decimal::Decimal::new(125, 1);
        for (lang, expected) in [
            (Lang::En, "12.5%"),
            (Lang::Fr, "12,5\u{202f}%"),
            (Lang::Es, "12,5\u{a0}%"),
        ] {
            assert_eq!(Words::new(lang).percent(share), expected, "{lang}");
        }
    }

    /// A moment is written in the reader's time zone: 23:30 UTC on 10 December is past
    /// midnight in Geneva and the early evening in New York.
    #[test]
    fn a_moment_is_written_in_the_readers_time_zone() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-10T23:30:00Z")
            .unwrap()
            .to_utc();
        let geneva = chrono::FixedOffset::east_opt(3600).unwrap();
        let new_york = chrono::FixedOffset::west_opt(5 * 3600).unwrap();
        let w = Words::new(Lang::En);
        assert_eq!(w.moment_in(at, &geneva), "11 December 2026 at 00:30");
        assert_eq!(w.moment_in(at, &new_york), "10 December 2026 at 18:30");
        assert_eq!(w.moment_in(at, &chrono::Utc), "10 December 2026 at 23:30");
        let fr = Words::new(Lang::Fr).moment_in(at, &geneva);
        assert_eq!(fr, "11 décembre 2026 à 00:30");
    }

    #[test]
    fn the_pseudo_language_marks_each_message() {
        assert_eq!(Words::pseudo().t("amount-empty").get(..4), Some("[!! "));
        assert!(!Words::new(Lang::En).t("amount-empty").contains("[!!"));
    }

    #[test]
    fn a_count_in_a_message_is_grouped_as_the_language_groups_digits() {
        let w = Words::new(Lang::Fr);
        let text = w.f(
            "amount-too-large",
            &[("given", "x".into()), ("largest", 10_000.into())],
        );
        assert!(text.contains("10\u{202f}000"), "{text}");
    }
}
