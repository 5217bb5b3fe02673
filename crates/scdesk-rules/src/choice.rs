//! Reading a word a person typed as one of a fixed set of choices (an outcome, a source of
//! funds, an attendance, a paper size), with an error that lists what may be typed.

/// A word that is none of the choices it was meant to be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{given}` is not {what}: use {choices}")]
pub struct NotAChoice {
    pub given: String,
    pub what: &'static str,
    pub choices: &'static str,
}

impl NotAChoice {
    pub fn new(given: &str, what: &'static str, choices: &'static str) -> NotAChoice {
        NotAChoice {
            given: given.to_string(),
            what,
            choices,
        }
    }
}
