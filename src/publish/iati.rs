//! The register's IATI activity file (`iati-activities.xml`, IATI Standard 2.03): one
//! activity per programme the period's decisions fund, one outgoing commitment per
//! participating UN organisation's share. Written only when the publisher gives the IATI
//! organisation identifier it reports under (SC Desk does not guess the MPTF Office's), and
//! like the tables, from the rows of `decisions.json` alone, so that `verify.py` can check
//! every transaction against the signed files. Format: `docs/register.md` §6.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use super::PublishError;

/// The file's name in the site.
pub const FILE: &str = "iati-activities.xml";
/// IATI organisation type 40, multilateral: the Administrative Agent that reports, and the
/// participating UN organisations that receive (the Fund transfers to no one else).
const MULTILATERAL: &str = "40";

/// An IATI organisation identifier as the IATI Registry gives them: a registration agency's
/// prefix and the organisation's number, joined by hyphens (`XM-DAC-41114`, `GB-CHC-202918`).
pub fn organisation(text: &str) -> Result<String, PublishError> {
    let id = text.trim();
    let mut parts = id.split('-');
    let prefix_ok = parts
        .next()
        .is_some_and(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rest: Vec<&str> = parts.collect();
    if prefix_ok
        && !rest.is_empty()
        && rest.iter().all(|p| !p.is_empty())
        && id.len() <= 100
        && id.chars().all(identifier_char)
    {
        Ok(id.to_string())
    } else {
        Err(PublishError::BadIatiOrganisation {
            given: format!(
                "“{}”",
                crate::untrusted::quote(text, crate::untrusted::QUOTED_CHARS)
            ),
        })
    }
}

/// A character an IATI identifier may carry here: letters, digits, `-`, `.`, `_`.
fn identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')
}

/// What the file is made from besides the rows.
pub struct Publisher<'a> {
    /// The IATI organisation identifier the file is reported under.
    pub organisation: &'a str,
    /// Who reports: the fund profile's Administrative Agent.
    pub reporting_name: &'a str,
    /// The fund, as its decision files name it.
    pub fund_name: &'a str,
}

/// The activity file for `rows` (as `decisions.json` holds them), or `None` with why when no
/// row funds a programme. What a programme's activity cannot say is added to `left_out`.
pub fn activities(
    publisher: &Publisher,
    rows: &[Value],
    left_out: &mut Vec<String>,
) -> Option<String> {
    let mut programmes: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for row in rows.iter().filter(|r| funded(r)) {
        let Some(programme) = row["programme"].as_str() else {
            continue;
        };
        if !programme.chars().all(identifier_char) {
            left_out.push(format!(
                "the IATI activity of programme “{}”, because its reference is not one an IATI identifier can carry (letters, digits, hyphens)",
                crate::untrusted::quote(programme, crate::untrusted::QUOTED_CHARS)
            ));
            continue;
        }
        programmes
            .entry(programme.to_string())
            .or_default()
            .push(row);
    }
    if programmes.is_empty() {
        left_out.push(
            "the IATI activity file, because no decision in the period funds a programme".into(),
        );
        return None;
    }
    let generated = rows
        .iter()
        .filter_map(|r| r["signed_at"].as_str())
        .max()
        .unwrap_or_default();
    let mut x = String::new();
    let _ = writeln!(x, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        x,
        r#"<iati-activities version="2.03" generated-datetime="{}">"#,
        markup(generated)
    );
    for (programme, rows) in &programmes {
        activity(&mut x, publisher, programme, rows, left_out);
    }
    x.push_str("</iati-activities>\n");
    Some(x)
}

/// A decision that commits money to a programme.
fn funded(row: &Value) -> bool {
    matches!(
        row["outcome"].as_str(),
        Some("approved" | "approved_with_conditions")
    ) && row["amount"].is_string()
}

fn activity(
    x: &mut String,
    p: &Publisher,
    programme: &str,
    rows: &[&Value],
    left_out: &mut Vec<String>,
) {
    // The latest decision names the programme as it now stands.
    let last = rows[rows.len() - 1];
    let first = rows[0];
    let text = |row: &Value, field: &str| row[field].as_str().unwrap_or_default().to_string();
    let updated = rows
        .iter()
        .filter_map(|r| r["signed_at"].as_str())
        .max()
        .unwrap_or_default();
    let org = markup(p.organisation);
    let _ = writeln!(
        x,
        r#"  <iati-activity last-updated-datetime="{}" xml:lang="en" default-currency="USD">"#,
        markup(updated)
    );
    let _ = writeln!(
        x,
        "    <iati-identifier>{org}-{}</iati-identifier>",
        markup(programme)
    );
    let _ = writeln!(
        x,
        r#"    <reporting-org ref="{org}" type="{MULTILATERAL}"><narrative>{}</narrative></reporting-org>"#,
        markup(p.reporting_name)
    );
    let title = text(last, "programme_title");
    let _ = writeln!(
        x,
        "    <title><narrative>{}</narrative></title>",
        markup(if title.is_empty() { programme } else { &title })
    );
    let mut description = format!(
        "Joint Programme {programme} of the {}, funded by decision of its Steering Committee",
        p.fund_name
    );
    if let Some(area) = last["thematic_area"].as_str() {
        let _ = write!(description, " under thematic area {area}");
    }
    description.push('.');
    for row in rows {
        if let Some(conditions) = row["conditions"].as_str() {
            let _ = write!(
                description,
                " Conditions set on {}: {conditions}",
                day(&text(row, "meeting_date"))
            );
        }
    }
    let _ = writeln!(
        x,
        r#"    <description type="1"><narrative>{}</narrative></description>"#,
        markup(&description)
    );
    let _ = writeln!(
        x,
        r#"    <participating-org role="1"><narrative>{}</narrative></participating-org>"#,
        markup(p.fund_name)
    );
    let mut receivers: Vec<String> = Vec::new();
    for row in rows {
        for s in row["split"].as_array().into_iter().flatten() {
            let name = s["organisation"].as_str().unwrap_or_default().to_string();
            if !name.is_empty() && !receivers.contains(&name) {
                receivers.push(name);
            }
        }
    }
    for name in &receivers {
        let _ = writeln!(
            x,
            r#"    <participating-org role="4" type="{MULTILATERAL}"><narrative>{}</narrative></participating-org>"#,
            markup(name)
        );
    }
    // Approval is the only date the signed files give; funds flow once transferred.
    let _ = writeln!(x, r#"    <activity-status code="2"/>"#);
    let _ = writeln!(
        x,
        r#"    <activity-date type="1" iso-date="{}"><narrative>{}</narrative></activity-date>"#,
        markup(&text(first, "meeting_date")),
        markup(&format!(
            "The Steering Committee approved the programme's funding on this date (decision record {}); it starts once the Administrative Agent transfers the funds.",
            text(first, "record_number")
        ))
    );
    let countries = text(last, "countries");
    match country_codes(&countries) {
        Some(codes) => {
            for (code, percent) in codes.iter().zip(shares(codes.len())) {
                let _ = writeln!(
                    x,
                    r#"    <recipient-country code="{code}" percentage="{}"/>"#,
                    percent.normalize()
                );
            }
        }
        None => left_out.push(format!(
            "the recipient countries of programme {programme} in its IATI activity, because {} does not name countries SC Desk can match to ISO 3166 codes",
            if countries.is_empty() {
                "its decision".to_string()
            } else {
                format!("“{}”", crate::untrusted::quote(&countries, crate::untrusted::QUOTED_CHARS))
            }
        )),
    }
    for row in rows {
        transactions(x, p, row);
    }
    x.push_str("  </iati-activity>\n");
}

/// One commitment per organisation's share, or one for the whole amount when the decision
/// gives no split.
fn transactions(x: &mut String, p: &Publisher, row: &Value) {
    let date = markup(row["meeting_date"].as_str().unwrap_or_default());
    let meeting = row["meeting"].as_str().unwrap_or_default();
    let item = &row["item"];
    let described = format!(
        "Funding approved by the Steering Committee on {} (decision record {}, item {item})",
        day(row["meeting_date"].as_str().unwrap_or_default()),
        row["record_number"].as_str().unwrap_or_default(),
    );
    let split: Vec<(Option<&str>, &str)> = match row["split"].as_array() {
        Some(lines) if !lines.is_empty() => lines
            .iter()
            .map(|s| {
                (
                    s["organisation"].as_str(),
                    s["amount"].as_str().unwrap_or_default(),
                )
            })
            .collect(),
        _ => vec![(None, row["amount"].as_str().unwrap_or_default())],
    };
    for (n, (receiver, amount)) in split.iter().enumerate() {
        let _ = writeln!(
            x,
            r#"    <transaction ref="{}">"#,
            markup(&format!("{meeting}/item-{item}/{}", n + 1))
        );
        let _ = writeln!(x, r#"      <transaction-type code="2"/>"#);
        let _ = writeln!(x, r#"      <transaction-date iso-date="{date}"/>"#);
        let _ = writeln!(
            x,
            r#"      <value currency="USD" value-date="{date}">{}</value>"#,
            markup(amount)
        );
        let _ = writeln!(
            x,
            "      <description><narrative>{}</narrative></description>",
            markup(&described)
        );
        let _ = writeln!(
            x,
            r#"      <provider-org type="{MULTILATERAL}"><narrative>{}</narrative></provider-org>"#,
            markup(p.fund_name)
        );
        if let Some(name) = receiver {
            let _ = writeln!(
                x,
                r#"      <receiver-org type="{MULTILATERAL}"><narrative>{}</narrative></receiver-org>"#,
                markup(name)
            );
        }
        x.push_str("    </transaction>\n");
    }
}

/// The ISO 3166-1 alpha-2 codes of a decision's countries ("Fiji, Tonga, Vanuatu"), or
/// `None` when one of them is no country's name. A name may hold a comma ("Korea, Republic
/// of"): the longest run of parts that names a country is taken.
pub fn country_codes(text: &str) -> Option<Vec<&'static str>> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    if text.trim().is_empty() {
        return None;
    }
    let mut codes = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let (code, next) = (i + 1..=parts.len())
            .rev()
            .find_map(|j| country(&parts[i..j].join(", ")).map(|c| (c, j)))?;
        if !codes.contains(&code) {
            codes.push(code);
        }
        i = next;
    }
    Some(codes)
}

fn country(name: &str) -> Option<&'static str> {
    // Letters only, accents dropped: "Côte d'Ivoire" is celes's "cotedivoire". The UN's
    // style adds a part in brackets ("Bolivia (Plurinational State of)") or a leading "the".
    let letters = |text: &str| -> String {
        text.nfd()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let key = letters(name);
    if key.len() < 4 || key.chars().all(|c| c.is_ascii_digit()) {
        return None; // codes ("FJ", "TON", "242") and fragments are not names
    }
    let short = letters(name.split('(').next().unwrap_or_default());
    let bare = key.strip_prefix("the").unwrap_or(&key).to_string();
    [key.clone(), format!("the{bare}"), bare, short]
        .iter()
        .filter(|k| k.len() >= 4)
        .find_map(|k| {
            celes::Country::from_name(k)
                .or_else(|_| celes::Country::from_alias(k))
                .ok()
        })
        .map(|c| c.alpha2)
}

/// A row's date in words ("15 September 2026").
fn day(iso: &str) -> String {
    iso.parse()
        .map(super::long_date)
        .unwrap_or_else(|_| iso.to_string())
}

/// 100 split evenly in hundredths, the rest on the last, so that the shares add up to 100.
fn shares(n: usize) -> Vec<Decimal> {
    let Ok(count) = u32::try_from(n) else {
        return Vec::new();
    };
    if count == 0 {
        return Vec::new();
    }
    let hundred = Decimal::ONE_HUNDRED;
    let each = (hundred / Decimal::from(count)).trunc_with_scale(2);
    let mut out = vec![each; n - 1];
    out.push(hundred - each * Decimal::from(count - 1));
    out
}

/// Text as XML (or HTML) character data or attribute value: markup escaped, and the
/// characters XML 1.0 cannot carry at all (most control characters) replaced, so that no
/// signed text can make the file unreadable.
pub(super) fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_in_words_become_codes() {
        let cases: &[(&str, Option<&[&str]>)] = &[
            ("Guatemala, Honduras", Some(&["GT", "HN"])),
            ("Côte d'Ivoire, Ghana", Some(&["CI", "GH"])),
            ("São Tomé and Príncipe, Cabo Verde", Some(&["ST", "CV"])),
            ("Türkiye", Some(&["TR"])),
            ("Fiji, Tonga, Vanuatu", Some(&["FJ", "TO", "VU"])),
            ("Kyrgyzstan, Tajikistan", Some(&["KG", "TJ"])),
            ("the Philippines", Some(&["PH"])),
            ("Ecuador, Ecuador", Some(&["EC"])),
            // The UN's names of countries.
            ("Bolivia (Plurinational State of)", Some(&["BO"])),
            ("Democratic Republic of the Congo", Some(&["CD"])),
            (
                "United Republic of Tanzania, Republic of Moldova",
                Some(&["TZ", "MD"]),
            ),
            ("Viet Nam", Some(&["VN"])),
            ("", None),
            ("Atlantis", None),
            ("Ghana, Atlantis", None),
            ("GH", None),
            ("Ghana,, Togo", Some(&["GH", "TG"])),
        ];
        for (text, want) in cases {
            assert_eq!(country_codes(text).as_deref(), *want, "countries {text:?}");
        }
    }

    #[test]
    fn shares_add_up_to_a_hundred() {
        for n in 1..=12 {
            let s = shares(n);
            assert_eq!(s.len(), n);
            assert_eq!(
                s.iter().sum::<Decimal>(),
                Decimal::ONE_HUNDRED,
                "{n} countries"
            );
            assert!(s.iter().all(|p| p.scale() <= 2));
        }
        assert_eq!(
            shares(3).iter().map(|d| d.to_string()).collect::<Vec<_>>(),
            ["33.33", "33.33", "33.34"]
        );
    }

    #[test]
    fn identifiers_are_checked() {
        for good in [
            "XM-DAC-41114",
            "GB-CHC-202918",
            "XI-IATI-EXAMPLE",
            " XM-DAC-1 ",
        ] {
            assert!(organisation(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "MPTF",
            "XM-",
            "X-DAC-1",
            "XM DAC 1",
            "XM-DAC-1/2",
            "XM--1",
            "12-DAC-1",
        ] {
            assert!(organisation(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn text_cannot_break_the_markup() {
        assert_eq!(
            markup("a<b>&\"c'\u{1}\u{7}d\n"),
            "a&lt;b&gt;&amp;&quot;c&apos;\u{fffd}\u{fffd}d\n"
        );
    }
}
