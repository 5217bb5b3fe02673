//! SC Desk's languages: English, French and Spanish.
//!
//! Every word SC Desk shows or prints comes from a Fluent catalogue (`locales/<lang>/`,
//! the window's and the library's alike), formatted by [`Words`]; numbers, amounts and
//! dates are written by ICU4X's data for the language ([`number`], [`date`]), and
//! amounts typed by a person are read back strictly, the way their language writes them
//! ([`amount`]). No I/O, no rule of the Fund.

pub mod amount;
mod catalogue;
pub mod date;
pub mod number;

pub use catalogue::{Arg, Words, RESOURCE_NAMES, WINDOW_FILES};

use serde::{Deserialize, Serialize};

/// A language SC Desk speaks. English is the default, and the language of the command
/// line unless `--lang` says otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The language's code: `en`, `fr`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a language menu lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// A language code (`fr`) or a locale (`fr-CA`, `es_ES.UTF-8`, `en_GB@euro`), or `None`
    /// for a language SC Desk does not speak.
    pub fn from_locale(text: &str) -> Option<Lang> {
        let language = text
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a language code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("SC Desk speaks English (en), French (fr) and Spanish (es), not `{0}`.")]
pub struct UnknownLanguage(pub String);

impl std::str::FromStr for Lang {
    type Err = UnknownLanguage;
    fn from_str(s: &str) -> Result<Lang, UnknownLanguage> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLanguage(s.chars().take(40).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language() {
        let cases = [
            ("fr", Some(Lang::Fr)),
            ("fr-CA", Some(Lang::Fr)),
            ("es_ES.UTF-8", Some(Lang::Es)),
            ("en_GB@euro", Some(Lang::En)),
            ("EN-us", Some(Lang::En)),
            ("de_DE.UTF-8", None),
            ("C", None),
            ("", None),
        ];
        for (locale, lang) in cases {
            assert_eq!(Lang::from_locale(locale), lang, "{locale}");
        }
        assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
        assert!("fr-CA".parse::<Lang>().is_err(), "a code, not a locale");
    }
}
