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

/// What is wrong with the JSON, in words a person can pass on to the sender: never
/// serde's own wording, which names Rust types ("expected struct ItemPosition", "u32").
/// Field names come from the file, so they are quoted (`untrusted::quote`).
pub fn describe(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let at = match e.line() {
        0 => String::new(),
        1 => format!(" (at character {})", e.column()),
        line => format!(" (at line {line}, character {})", e.column()),
    };
    let text = e.to_string();
    let field = |prefix: &str| {
        text.strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(|name| crate::untrusted::quote(name, 40))
    };
    match e.classify() {
        Category::Eof => format!("the text ends before the JSON does{at}"),
        Category::Syntax => format!("the text is not well-formed JSON{at}"),
        Category::Io => "it could not be read".to_string(),
        Category::Data => {
            if let Some(name) = field("unknown field `") {
                format!("it has a field this SC Desk does not know, \"{name}\"{at}")
            } else if let Some(name) = field("missing field `") {
                format!("the field \"{name}\" is missing{at}")
            } else if let Some(name) = field("duplicate field `") {
                format!("the field \"{name}\" appears twice{at}")
            } else if let Some(name) = field("unknown variant `") {
                format!("the value \"{name}\" is not one SC Desk knows{at}")
            } else if text.starts_with("invalid type") {
                format!("a field holds the wrong kind of value{at}")
            } else if text.starts_with("invalid value") || text.starts_with("invalid length") {
                format!("a field holds a value out of range{at}")
            } else {
                format!("a field is not as the format says{at}")
            }
        }
    }
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
mod describe_tests {
    use super::describe;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct ItemPosition {
        item: u32,
        reason: String,
    }

    #[test]
    fn says_what_is_wrong_without_rust_words() {
        let cases: &[(&str, &str)] = &[
            (
                r#"{"item": 1, "reason": "x", "extra": 2}"#,
                "it has a field this SC Desk does not know, \"extra\" (at character 34)",
            ),
            (
                r#"{"item": 1}"#,
                "the field \"reason\" is missing (at character 11)",
            ),
            (
                r#"{"item": [1], "reason": "x"}"#,
                "a field holds the wrong kind of value (at character 9)",
            ),
            (
                r#"{"item": -1, "reason": "x"}"#,
                "a field holds a value out of range (at character 11)",
            ),
            (
                "{\"item\": 1,\n \"reason\": ",
                "the text ends before the JSON does (at line 2, character 11)",
            ),
            (
                r#"{"item" 1}"#,
                "the text is not well-formed JSON (at character 9)",
            ),
            (
                "{\"item\": 1, \"reason\": \"x\", \"a\\nvalid: b\": 2}",
                "it has a field this SC Desk does not know, \"a\\nvalid: b\" (at character 40)",
            ),
        ];
        for (text, want) in cases {
            let e = serde_json::from_str::<ItemPosition>(text).unwrap_err();
            let got = describe(&e);
            assert_eq!(got, *want, "{text}");
            for word in ["struct", "u32", "`", "expected"] {
                assert!(!got.contains(word), "{got}");
            }
        }
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
