//! What a record layout writes in words. Layout 2 writes English, fixed here as it was
//! released (its records verify by being drawn again, so its words never change); layout
//! 3 takes every word from its frozen catalogue (`record3.ftl`) in the record's language,
//! and numbers, amounts and dates from ICU4X's data for that language.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use scdesk_lang::{Arg, Lang, Words};

use crate::ledger::Source;
use crate::meeting::MeetingKind;
use crate::profile::DecisionRule;
use crate::sync::{
    ItemDecision, NeutralRecord, Record, RecordAttendance, RecordContext, RecordFunds, RecordItem,
    RecordSeat,
};
use crate::tally::{Outcome, Tally};

/// A layout's words.
#[derive(Debug, Clone, Copy)]
pub(super) enum Wording {
    /// Layout 2's English, as released.
    Layout2,
    /// Layout 3, in a language.
    Layout3(Words),
}

fn text(args: &[(&str, Arg)], name: &str) -> String {
    match args.iter().find(|(n, _)| *n == name).map(|(_, a)| a) {
        Some(Arg::Text(s)) => s.clone(),
        Some(Arg::Count(n)) => n.to_string(),
        None => String::new(),
    }
}

impl Wording {
    pub(super) fn layout(self) -> i64 {
        match self {
            Wording::Layout2 => 2,
            Wording::Layout3(_) => 3,
        }
    }

    pub(super) fn lang(self) -> Lang {
        match self {
            Wording::Layout2 => Lang::En,
            Wording::Layout3(w) => w.lang(),
        }
    }

    /// Message `id` (without its `record3-` prefix) with its arguments.
    pub(super) fn say(self, id: &str, args: &[(&str, Arg)]) -> String {
        if let Wording::Layout3(words) = self {
            return words.f(&format!("record3-{id}"), args);
        }
        let a = |name: &str| text(args, name);
        match id {
            "title" => "Steering Committee — Decision record".into(),
            "subject" => format!("{} — Steering Committee decision record", a("fund")),
            "document" => format!("Decision record {}", a("number")),
            "documents" => format!("Decision records {} to {}", a("first"), a("last")),
            "footer" => format!(
                "Decision record {} · page {} of {}",
                a("number"),
                a("page"),
                a("pages")
            ),
            "number" => format!("Record number {}", a("number")),
            "corrected" => format!(
                "Corrected record (revision {}). It replaces the record the chair signed earlier for this meeting; what changed is marked below.",
                a("revision")
            ),
            "reason" => format!("Reason: {}", a("reason")),
            "attendance-heading" => "Attendance and quorum".into(),
            "column-constituency" => "Constituency".into(),
            "column-member" => "Member".into(),
            "column-attendance" => "Attendance".into(),
            "rule-line" => format!("Decision rule: {}. Quorum: {}.", a("rule"), a("quorum")),
            "written" => format!(
                "Written procedure opened {}; deadline {}. Silence counted as no objection.",
                a("opened"),
                a("deadline")
            ),
            "item" => format!("Item {}: {}", a("item"), a("text")),
            "countries" => format!("Countries: {}. Thematic area {}.", a("countries"), a("area")),
            "decision" => format!("Decision: {}", a("outcome")),
            "conditions" => format!("Conditions: {}", a("conditions")),
            "column-tally" => "Tally by constituency".into(),
            "column-join" => "Join".into(),
            "column-object" => "Object".into(),
            "column-abstain" => "Abstain".into(),
            "column-recuse" => "Recuse".into(),
            "column-no-answer" => "No answer".into(),
            "all-constituencies" => "All constituencies".into(),
            "objection" => format!("Objection by {}: {}", a("member"), a("reason")),
            "override" => format!("Override by the chair: {}", a("reason")),
            "funds-heading" => "Funds after the decisions".into(),
            "column-area" => "Thematic area".into(),
            "column-allocated" => "Allocated".into(),
            "column-available" => "Available".into(),
            "signature-heading" => "Signature".into(),
            "check-heading" => "How to check this record".into(),
            "check" => "The chair's signed decision file, which these pages were made from, is attached to this PDF. Anyone can check it, with SC Desk (Verify) or with any program that checks this kind of electronic signature (DSSE, Ed25519): the signature must be valid under the chair's key, whose fingerprint is:".into(),
            "check-roster" => "Compare it with the chair's key in the Fund's published roster. SC Desk also draws these pages again from the attached file and compares them with this PDF, so a change to either is found.".into(),
            "technical" => "Technical details".into(),
            "payload-hash" => format!("SHA-256 of the signed payload: {}", a("hash")),
            "signature" => format!("Signature (Ed25519, base64): {}", a("signature")),
            "replaces" => format!(
                "Payload SHA-256 of the decision file this revision replaces: {}",
                a("hash")
            ),
            // Layout 2 has no other words; a new one belongs to layout 3 only.
            other => other.to_string(),
        }
    }

    /// A meeting's time: layout 2's English date, layout 3's long date in its language.
    pub(super) fn when(self, t: DateTime<Utc>) -> String {
        match self {
            Wording::Layout2 => format!("{} UTC", t.format("%-d %B %Y, %H:%M")),
            Wording::Layout3(w) => self.say(
                "time",
                &[
                    ("date", w.long_date(t.date_naive()).into()),
                    ("time", t.format("%H:%M").to_string().into()),
                ],
            ),
        }
    }

    /// When the chair signed, as the signature line says it.
    pub(super) fn signed_when(self, t: DateTime<Utc>) -> String {
        match self {
            Wording::Layout2 => format!("{} UTC", t.format("%-d %B %Y at %H:%M")),
            Wording::Layout3(_) => self.when(t),
        }
    }

    /// The signature line.
    pub(super) fn signed(self, chair: &str, t: DateTime<Utc>, positions: usize) -> String {
        match self {
            Wording::Layout2 => format!(
                "Signed by the chair, {chair}, on {}. The tally counts the signed positions of {positions} {}.",
                self.signed_when(t),
                if positions == 1 { "member" } else { "members" }
            ),
            Wording::Layout3(_) => self.say(
                "signed",
                &[
                    ("chair", chair.into()),
                    ("when", self.signed_when(t).into()),
                    ("count", positions.into()),
                ],
            ),
        }
    }

    pub(super) fn outcome(self, o: Outcome) -> String {
        match self {
            Wording::Layout2 => o.label().into(),
            Wording::Layout3(_) => self.say("outcome", &[("outcome", code(&o).into())]),
        }
    }

    /// Where an amount comes from, as layout 3's messages select it (`source`, `area`).
    fn source_args(s: &Source) -> [(&'static str, Arg); 2] {
        match s {
            Source::Pool => [("source", "pool".into()), ("area", "".into())],
            Source::Area { area } => [("source", "area".into()), ("area", area.to_string().into())],
        }
    }

    fn money(self, amount: &str) -> String {
        match (self, amount.parse()) {
            (Wording::Layout2, Ok(a)) => crate::money::format_money(a, "USD"),
            (Wording::Layout3(w), Ok(a)) => w.money(a, "USD"),
            (_, Err(_)) => amount.to_string(),
        }
    }

    /// The funding of one decision in words: the amount and its source, then the split.
    pub(super) fn funding(self, d: &ItemDecision) -> Vec<String> {
        let Some(f) = &d.funding else {
            return Vec::new();
        };
        let amount = self.money(&f.amount);
        let mut out = vec![match self {
            Wording::Layout2 => format!("Amount approved: {amount}, from {}.", f.source.label()),
            Wording::Layout3(_) => {
                let [source, area] = Self::source_args(&f.source);
                self.say("funding", &[("amount", amount.into()), source, area])
            }
        }];
        for line in &f.split {
            let amount = self.money(&line.amount);
            out.push(match self {
                Wording::Layout2 => format!("  {}: {amount}", line.organisation),
                Wording::Layout3(_) => format!(
                    "  {}",
                    self.say(
                        "split",
                        &[
                            ("organisation", line.organisation.as_str().into()),
                            ("amount", amount.into())
                        ]
                    )
                ),
            });
        }
        out
    }

    /// What a correction changed on an item: the decision as it was before.
    pub(super) fn corrected_item(self, before: &ItemDecision) -> String {
        match self {
            Wording::Layout2 => {
                let mut was = format!(
                    "Corrected in this revision. Before, the decision was: {}",
                    before.outcome.label()
                );
                if let Some(f) = &before.funding {
                    let amount = crate::money::format_signed_amount(&f.amount, "USD");
                    was.push_str(&format!(", {amount} from {}", f.source.label()));
                }
                if let Some(c) = &before.conditions {
                    was.push_str(&format!("; conditions: {c}"));
                }
                was.push('.');
                was
            }
            Wording::Layout3(_) => {
                let mut was = vec![self.say(
                    "corrected-outcome",
                    &[("outcome", self.outcome(before.outcome).into())],
                )];
                if let Some(f) = &before.funding {
                    let [source, area] = Self::source_args(&f.source);
                    was.push(self.say(
                        "corrected-funding",
                        &[("amount", self.money(&f.amount).into()), source, area],
                    ));
                }
                if let Some(c) = &before.conditions {
                    was.push(self.say("corrected-conditions", &[("conditions", c.into())]));
                }
                was.join(" ")
            }
        }
    }

    /// Why the tally supports what it supports: layout 2 prints the explanation signed
    /// in the file (English); layout 3 words it from the counts and the rule.
    pub(super) fn explanation(self, record: &Record, t: &Tally) -> String {
        match (self, record) {
            (Wording::Layout3(w), Record::Neutral(r)) => explain(&w, &r.decision_rule, t),
            _ => t.explanation.clone(),
        }
    }

    /// The record's context in this layout's words: a worded record as it is, a neutral
    /// one worded in the layout's language.
    pub(super) fn record(self, record: &Record) -> Cow<'_, RecordContext> {
        match record {
            Record::Worded(r) => Cow::Borrowed(r),
            Record::Neutral(r) => {
                let words = match self {
                    Wording::Layout2 => Words::new(Lang::En),
                    Wording::Layout3(w) => w,
                };
                Cow::Owned(worded(r, &words))
            }
        }
    }
}

/// A decision file's record context worded in `lang`: a worded one (formats 1 and 2) as
/// it was signed, in English; a neutral one (format 3) in `lang`.
pub fn record_in(record: &Record, lang: Lang) -> Cow<'_, RecordContext> {
    Wording::Layout3(Words::new(lang)).record(record)
}

/// A value's code as its file writes it (`approved_with_conditions`).
fn code<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Why a tally supports its outcome, in words, from its counts and the decision rule.
pub fn explain(words: &Words, rule: &DecisionRule, t: &Tally) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| words.f(&format!("record3-{id}"), args);
    let c = &t.counts;
    if !t.quorum_met {
        return say(
            "no-quorum",
            &[
                ("participating", t.participating.into()),
                ("required", t.quorum_required.into()),
            ],
        );
    }
    let holds = |h: bool| Arg::from(if h { "yes" } else { "no" });
    match rule {
        DecisionRule::Consensus if c.object == 0 => say("consensus", &[]),
        DecisionRule::Consensus => say("no-consensus", &[("count", c.object.into())]),
        DecisionRule::SimpleMajority => say(
            "simple-majority",
            &[
                ("holds", holds(t.rule_holds)),
                ("for", c.join.into()),
                ("against", c.object.into()),
            ],
        ),
        DecisionRule::QualifiedMajority {
            numerator,
            denominator,
        } => say(
            "qualified-majority",
            &[
                ("holds", holds(t.rule_holds)),
                ("numerator", numerator.to_string().into()),
                ("denominator", denominator.to_string().into()),
                ("for", c.join.into()),
                (
                    "cast",
                    u64::from(c.join).saturating_add(u64::from(c.object)).into(),
                ),
            ],
        ),
    }
}

/// A neutral record worded in `words`' language: what layouts draw.
pub fn worded(r: &NeutralRecord, words: &Words) -> RecordContext {
    let lang = words.lang();
    let say = |id: &str, args: &[(&str, Arg)]| words.f(&format!("record3-{id}"), args);
    let kind = match r.meeting_kind {
        MeetingKind::InPerson => "in_person",
        MeetingKind::Virtual => "virtual",
        MeetingKind::WrittenProcedure => "written_procedure",
    };
    let rule = match &r.decision_rule {
        DecisionRule::Consensus => say("rule", &[("rule", "consensus".into())]),
        DecisionRule::SimpleMajority => say("rule", &[("rule", "simple_majority".into())]),
        DecisionRule::QualifiedMajority {
            numerator,
            denominator,
        } => say(
            "rule",
            &[
                ("rule", "qualified_majority".into()),
                ("numerator", numerator.to_string().into()),
                ("denominator", denominator.to_string().into()),
            ],
        ),
    };
    let constituency = |id: &str| {
        r.constituencies
            .get(id)
            .map(|n| n.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let money = |amount: &str| match amount.parse() {
        Ok(a) => words.money(a, "USD"),
        Err(_) => amount.to_string(),
    };
    RecordContext {
        fund_name: r.fund.get(lang).to_string(),
        record_number: r.record_number.clone(),
        meeting_title: r.meeting_title.clone(),
        meeting_kind: say("kind", &[("kind", kind.into())]),
        starts_at: r.starts_at,
        place: r.place.clone(),
        decision_rule: rule,
        quorum: say("quorum", &[("count", r.quorum.into())]),
        chair_seat: r.chair_seat.clone(),
        chair_name: r.chair_name.clone(),
        seats: r
            .seats
            .iter()
            .map(|s| RecordSeat {
                seat: s.seat.clone(),
                constituency: constituency(&s.constituency),
                name: s.name.clone(),
                organisation: s.organisation.clone(),
                attendance: say(
                    "attendance",
                    &[(
                        "attendance",
                        match s.attendance {
                            RecordAttendance::Present => "present",
                            RecordAttendance::Represented => "represented",
                            RecordAttendance::Absent => "absent",
                            RecordAttendance::AnsweredInWriting => "answered_in_writing",
                        }
                        .into(),
                    )],
                ),
            })
            .collect(),
        constituencies: r
            .constituencies
            .iter()
            .map(|(id, n)| (id.clone(), n.get(lang).to_string()))
            .collect(),
        items: r
            .items
            .iter()
            .map(|i| RecordItem {
                item: i.item,
                text: i.text.clone(),
                dossier_reference: i.dossier_reference.clone(),
                dossier_title: i.dossier_title.clone(),
                countries: i.dossier_reference.as_ref().map(|_| i.countries.join(", ")),
                area: i.area.map(|a| r.area_name(a, lang)),
            })
            .collect(),
        funds_after: r
            .funds_after
            .iter()
            .map(|f| RecordFunds {
                area: r.area_name(f.area, lang),
                available: money(&f.available),
                allocated: money(&f.allocated),
            })
            .collect(),
    }
}
