//! Strict JSON: the checks serde_json does not do by itself — a key that appears twice in
//! one object is an error (serde_json would keep the last), and an input that ends early
//! is told apart from one that is not JSON at all.

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrictError {
    /// The text ends before the JSON value does.
    Eof,
    Syntax(String),
    DuplicateKey(String),
}

/// Checks that `text` is one JSON value with no duplicate keys in any object.
pub fn check(text: &str) -> Result<(), StrictError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let result = NoDuplicates.deserialize(&mut de).and_then(|()| de.end());
    result.map_err(|e| {
        if e.is_eof() {
            StrictError::Eof
        } else if let Some(key) = e.to_string().strip_prefix(DUPLICATE_PREFIX) {
            StrictError::DuplicateKey(key.split('`').next().unwrap_or_default().to_string())
        } else {
            StrictError::Syntax(describe(&e))
        }
    })
}

/// serde_json's message without its line/column suffix when the input is one line.
pub fn describe(e: &serde_json::Error) -> String {
    format!("{e}")
}

const DUPLICATE_PREFIX: &str = "duplicate key `";

struct NoDuplicates;

impl<'de> DeserializeSeed<'de> for NoDuplicates {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(NoDuplicatesVisitor)
    }
}

struct NoDuplicatesVisitor;

impl<'de> Visitor<'de> for NoDuplicatesVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(NoDuplicates)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!(
                    "{DUPLICATE_PREFIX}{key}` in one object"
                )));
            }
            map.next_value_seed(NoDuplicates)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let table: &[(&str, Result<(), StrictError>)] = &[
            (r#"{"a":1,"b":[{"c":2}]}"#, Ok(())),
            (
                r#"{"a":1,"a":2}"#,
                Err(StrictError::DuplicateKey("a".into())),
            ),
            (
                r#"{"x":[{"k":1,"k":1}]}"#,
                Err(StrictError::DuplicateKey("k".into())),
            ),
            (r#"{"a":"#, Err(StrictError::Eof)),
            ("[1,2", Err(StrictError::Eof)),
        ];
        for (text, expected) in table {
            assert_eq!(&check(text), expected, "{text}");
        }
        assert!(matches!(check("nope"), Err(StrictError::Syntax(_))));
        assert!(matches!(check("{} {}"), Err(StrictError::Syntax(_))));
    }
}
