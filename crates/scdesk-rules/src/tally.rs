//! The committee's decision rules as pure functions over plain data: who answered on an
//! item, the quorum, whether consensus (or a majority, for funds that vote) holds, and the
//! written no-objection procedure. No I/O; every rule has a table of cases below. No
//! arithmetic here can overflow: counts saturate (a roster has far fewer seats) and the
//! qualified majority is computed in u64.
#![deny(clippy::arithmetic_side_effects)]

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::profile::DecisionRule;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    JoinConsensus,
    /// Requires a reason.
    Object,
    Abstain,
    /// Requires a reason (usually a declared conflict of interest).
    Recuse,
}

impl Stance {
    pub fn label(self) -> &'static str {
        match self {
            Stance::JoinConsensus => "Join consensus",
            Stance::Object => "Object",
            Stance::Abstain => "Abstain",
            Stance::Recuse => "Recuse",
        }
    }
}

/// What the committee decided on an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Approved,
    ApprovedWithConditions,
    /// Deferred, or revision requested.
    Deferred,
    NotApproved,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Approved => "Approved",
            Outcome::ApprovedWithConditions => "Approved with conditions",
            Outcome::Deferred => "Deferred (revision requested)",
            Outcome::NotApproved => "Not approved",
        }
    }

    pub fn approves(self) -> bool {
        matches!(self, Outcome::Approved | Outcome::ApprovedWithConditions)
    }
}

impl std::str::FromStr for Outcome {
    type Err = crate::choice::NotAChoice;

    fn from_str(s: &str) -> Result<Outcome, Self::Err> {
        match s.trim() {
            "approved" => Ok(Outcome::Approved),
            "approved_with_conditions" => Ok(Outcome::ApprovedWithConditions),
            "deferred" => Ok(Outcome::Deferred),
            "not_approved" => Ok(Outcome::NotApproved),
            other => Err(crate::choice::NotAChoice::new(
                other,
                "an outcome",
                "approved, approved_with_conditions, deferred or not_approved",
            )),
        }
    }
}

/// Whether a reason is real text: at least one letter or digit (whitespace, punctuation
/// and invisible characters such as a zero-width space alone are not a reason).
pub fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// One voting seat, as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voter {
    pub seat: String,
    pub constituency: String,
    /// Present (or represented by an alternate) at the meeting.
    pub present: bool,
}

/// A member's answer on one item, from their counted position file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub stance: Stance,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub join: u32,
    pub object: u32,
    pub abstain: u32,
    pub recuse: u32,
    pub no_answer: u32,
}

impl Counts {
    fn add(&mut self, answer: Option<&Answer>) {
        match answer.map(|a| a.stance) {
            Some(Stance::JoinConsensus) => self.join = self.join.saturating_add(1),
            Some(Stance::Object) => self.object = self.object.saturating_add(1),
            Some(Stance::Abstain) => self.abstain = self.abstain.saturating_add(1),
            Some(Stance::Recuse) => self.recuse = self.recuse.saturating_add(1),
            None => self.no_answer = self.no_answer.saturating_add(1),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objection {
    pub seat: String,
    pub reason: String,
}

/// The tally of one item: what the signed decision file records and a recount checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    pub counts: Counts,
    /// Counts by constituency id.
    pub by_constituency: BTreeMap<String, Counts>,
    pub objections: Vec<Objection>,
    /// Members taking part: present, represented, or who sent a position.
    pub participating: u32,
    pub quorum_required: u32,
    pub quorum_met: bool,
    /// Whether the decision rule is satisfied (consensus holds, or the majority is there).
    pub rule_holds: bool,
    pub explanation: String,
}

/// Tallies one item under `rule` with `quorum_required` members.
pub fn tally(
    rule: &DecisionRule,
    quorum_required: u32,
    voters: &[Voter],
    answers: &BTreeMap<String, Answer>,
) -> Tally {
    let mut counts = Counts::default();
    let mut by_constituency: BTreeMap<String, Counts> = BTreeMap::new();
    let mut objections = Vec::new();
    let mut participating: u32 = 0;
    for v in voters {
        let answer = answers.get(&v.seat);
        counts.add(answer);
        by_constituency
            .entry(v.constituency.clone())
            .or_default()
            .add(answer);
        if v.present || answer.is_some() {
            participating = participating.saturating_add(1);
        }
        if let Some(Answer {
            stance: Stance::Object,
            reason,
        }) = answer
        {
            objections.push(Objection {
                seat: v.seat.clone(),
                reason: reason.clone().unwrap_or_default(),
            });
        }
    }
    let quorum_met = participating >= quorum_required;
    let (rule_holds, explanation) = if !quorum_met {
        (
            false,
            format!(
                "No quorum: {participating} of the {quorum_required} members required take part."
            ),
        )
    } else {
        decide(rule, &counts)
    };
    Tally {
        counts,
        by_constituency,
        objections,
        participating,
        quorum_required,
        quorum_met,
        rule_holds,
        explanation,
    }
}

/// Applies the decision rule to the counts of a quorate item.
fn decide(rule: &DecisionRule, c: &Counts) -> (bool, String) {
    match rule {
        DecisionRule::Consensus => {
            if c.object == 0 {
                (
                    true,
                    "Consensus: no member objects (recused members are not counted).".into(),
                )
            } else {
                let word = if c.object == 1 {
                    "objection"
                } else {
                    "objections"
                };
                (false, format!("No consensus: {} {word}.", c.object))
            }
        }
        DecisionRule::SimpleMajority => {
            let holds = c.join > c.object;
            (
                holds,
                format!(
                    "Simple majority {}: {} for, {} against (abstentions and recusals not counted).",
                    if holds { "reached" } else { "not reached" },
                    c.join,
                    c.object
                ),
            )
        }
        DecisionRule::QualifiedMajority {
            numerator,
            denominator,
        } => {
            // u32 × u32 always fits in u64.
            let cast = u64::from(c.join).saturating_add(u64::from(c.object));
            let holds = cast > 0
                && u64::from(c.join).saturating_mul(u64::from(*denominator))
                    >= u64::from(*numerator).saturating_mul(cast);
            (
                holds,
                format!(
                    "Majority of {numerator}/{denominator} {}: {} of {cast} votes cast are for.",
                    if holds { "reached" } else { "not reached" },
                    c.join
                ),
            )
        }
    }
}

/// Where a written (no-objection) procedure stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WrittenState {
    /// Before the deadline, with no objection so far.
    Open { deadline: DateTime<Utc> },
    /// The deadline passed with no objection: silence counted as consent.
    Adopted {
        deadline: DateTime<Utc>,
        silent: u32,
    },
    /// One objection blocks, whenever it arrives.
    Blocked { by: Vec<String> },
}

/// The written procedure: silence is consent once the deadline passes; one objection
/// (received before or after) blocks.
pub fn written_procedure(
    deadline: DateTime<Utc>,
    now: DateTime<Utc>,
    voters: &[Voter],
    answers: &BTreeMap<String, Answer>,
) -> WrittenState {
    let by: Vec<String> = voters
        .iter()
        .filter(|v| {
            answers
                .get(&v.seat)
                .is_some_and(|a| a.stance == Stance::Object)
        })
        .map(|v| v.seat.clone())
        .collect();
    if !by.is_empty() {
        return WrittenState::Blocked { by };
    }
    if now < deadline {
        return WrittenState::Open { deadline };
    }
    let silent = voters
        .iter()
        .filter(|v| !answers.contains_key(&v.seat))
        .count();
    let silent = u32::try_from(silent).unwrap_or(u32::MAX);
    WrittenState::Adopted { deadline, silent }
}

/// Why the chair cannot record an outcome: the committee's rules, which no typed reason
/// overrides (an override reason only departs from what the tally supports).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("The meeting starts on {starts} (UTC); decisions are recorded once it has started.")]
    NotStarted { starts: String },
    #[error("The written procedure is open until {deadline} (UTC) and {} not answered yet; decisions are recorded once the deadline has passed or every member has answered.", crate::words::count(*.silent as usize, "member has", "members have"))]
    WrittenOpen { deadline: String, silent: u32 },
    #[error("No quorum: {participating} of the {required} members required take part; the item can only be deferred.")]
    NoQuorum { participating: u32, required: u32 },
    #[error("The tally does not support `{outcome}` ({explanation}) Recording it needs an override reason in words, which goes into the record.")]
    OverrideRequired {
        outcome: &'static str,
        explanation: String,
    },
}

/// Whether decisions may be recorded yet: once the meeting has started, and for a
/// written procedure once its deadline has passed or every voter has answered.
pub fn may_decide(
    now: DateTime<Utc>,
    starts_at: DateTime<Utc>,
    written: Option<&WrittenState>,
    silent: u32,
) -> Result<(), RuleError> {
    if let Some(WrittenState::Open { deadline }) = written {
        if silent > 0 {
            return Err(RuleError::WrittenOpen {
                deadline: deadline.format("%Y-%m-%d %H:%M").to_string(),
                silent,
            });
        }
        return Ok(());
    }
    if written.is_none() && now < starts_at {
        return Err(RuleError::NotStarted {
            starts: starts_at.format("%Y-%m-%d %H:%M").to_string(),
        });
    }
    Ok(())
}

/// Checks an outcome against the item's tally (or its written procedure): without a
/// quorum only deferral; an outcome the tally does not support (approving over an
/// objection, rejecting what consensus supports) only with an override reason in words.
/// Returns whether the outcome departs from the tally.
pub fn check_outcome(
    outcome: Outcome,
    tally: &Tally,
    written: Option<&WrittenState>,
    override_reason: Option<&str>,
) -> Result<bool, RuleError> {
    // In a written procedure every voter is consulted and silence is consent: the
    // procedure, not attendance, makes the quorum.
    if written.is_none() && !tally.quorum_met && outcome != Outcome::Deferred {
        return Err(RuleError::NoQuorum {
            participating: tally.participating,
            required: tally.quorum_required,
        });
    }
    let (supports_approval, explanation) = match written {
        Some(WrittenState::Adopted { .. }) => (true, String::new()),
        Some(WrittenState::Blocked { by }) => (
            false,
            format!("The written procedure is blocked by {}.", by.join(", ")),
        ),
        _ => (tally.rule_holds, tally.explanation.clone()),
    };
    let departs = match outcome {
        Outcome::Approved | Outcome::ApprovedWithConditions => !supports_approval,
        Outcome::NotApproved => supports_approval,
        Outcome::Deferred => false,
    };
    if departs && !override_reason.is_some_and(has_words) {
        return Err(RuleError::OverrideRequired {
            outcome: outcome.label(),
            explanation: if explanation.is_empty() {
                "The written procedure adopted it.".into()
            } else {
                explanation
            },
        });
    }
    Ok(departs)
}

/// The outcomes the chair may choose for an item now (deferral always).
pub fn outcomes_allowed(tally: &Tally, written: Option<&WrittenState>) -> Vec<Outcome> {
    if written.is_none() && !tally.quorum_met {
        return vec![Outcome::Deferred];
    }
    vec![
        Outcome::Approved,
        Outcome::ApprovedWithConditions,
        Outcome::Deferred,
        Outcome::NotApproved,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voters(n: usize, present: usize) -> Vec<Voter> {
        (0..n)
            .map(|i| Voter {
                seat: format!("s{i}"),
                constituency: ["un", "donors", "countries", "stakeholders"][i % 4].into(),
                present: i < present,
            })
            .collect()
    }

    /// Answers for the first seats, in order: j join, o object, a abstain, r recuse.
    fn answers(spec: &str) -> BTreeMap<String, Answer> {
        spec.chars()
            .enumerate()
            .filter_map(|(i, c)| {
                let stance = match c {
                    'j' => Stance::JoinConsensus,
                    'o' => Stance::Object,
                    'a' => Stance::Abstain,
                    'r' => Stance::Recuse,
                    _ => return None,
                };
                Some((
                    format!("s{i}"),
                    Answer {
                        stance,
                        reason: Some(format!("reason {i}")),
                    },
                ))
            })
            .collect()
    }

    #[test]
    fn consensus_cases() {
        let rule = DecisionRule::Consensus;
        // (answers, seats present, quorum, quorum met, consensus holds)
        let cases: &[(&str, usize, u32, bool, bool)] = &[
            ("jjjjjjj", 0, 7, true, true),
            ("jjjjjjo", 0, 7, true, false),
            ("jjjjjja", 0, 7, true, true),
            ("jjjjjjr", 0, 7, true, true),
            ("rrrrrrr", 0, 7, true, true),
            ("jjjjjj", 0, 7, false, false),
            ("jjj", 7, 7, true, true),
            ("jjo", 7, 7, true, false),
            ("", 12, 7, true, true),
            ("", 0, 1, false, false),
            ("jjjjjjjjjjjj", 0, 12, true, true),
        ];
        for (spec, present, quorum, quorum_met, holds) in cases {
            let t = tally(&rule, *quorum, &voters(12, *present), &answers(spec));
            assert_eq!(
                (t.quorum_met, t.rule_holds),
                (*quorum_met, *holds),
                "{spec} present {present} quorum {quorum}: {}",
                t.explanation
            );
        }
    }

    #[test]
    fn counts_objections_and_constituencies() {
        let t = tally(
            &DecisionRule::Consensus,
            7,
            &voters(12, 0),
            &answers("jjojarjj"),
        );
        assert_eq!(
            t.counts,
            Counts {
                join: 5,
                object: 1,
                abstain: 1,
                recuse: 1,
                no_answer: 4
            }
        );
        assert_eq!(
            t.objections,
            [Objection {
                seat: "s2".into(),
                reason: "reason 2".into()
            }]
        );
        assert_eq!(t.participating, 8);
        assert_eq!(
            t.by_constituency["countries"],
            Counts {
                join: 1,
                object: 1,
                abstain: 0,
                recuse: 0,
                no_answer: 1
            }
        );
        let total: u32 = t
            .by_constituency
            .values()
            .map(|c| c.join + c.object + c.abstain + c.recuse + c.no_answer)
            .sum();
        assert_eq!(total, 12);
    }

    #[test]
    fn majority_cases() {
        let simple = DecisionRule::SimpleMajority;
        let two_thirds = DecisionRule::QualifiedMajority {
            numerator: 2,
            denominator: 3,
        };
        // (rule, answers, holds)
        let cases: Vec<(&DecisionRule, &str, bool)> = vec![
            (&simple, "jjjjooo", true),
            (&simple, "jjjoooo", false),
            (&simple, "jjjooor", false),
            (&simple, "jjjoaaa", true),
            (&two_thirds, "jjjjoo", true),
            (&two_thirds, "jjjjjooo", false),
            (&two_thirds, "aaaaaaa", false),
            (&two_thirds, "jjoaaaa", true),
        ];
        for (rule, spec, holds) in cases {
            let t = tally(rule, 6, &voters(12, 0), &answers(spec));
            assert_eq!(t.rule_holds, holds, "{rule:?} {spec}: {}", t.explanation);
        }
    }

    #[test]
    fn written_procedure_cases() {
        let deadline: DateTime<Utc> = "2026-12-01T17:00:00Z".parse().unwrap();
        let before: DateTime<Utc> = "2026-11-30T09:00:00Z".parse().unwrap();
        let after: DateTime<Utc> = "2026-12-01T17:00:01Z".parse().unwrap();
        let v = voters(12, 0);
        let cases: Vec<(&str, DateTime<Utc>, WrittenState)> = vec![
            ("", before, WrittenState::Open { deadline }),
            ("jj", before, WrittenState::Open { deadline }),
            (
                "",
                after,
                WrittenState::Adopted {
                    deadline,
                    silent: 12,
                },
            ),
            (
                "jjja",
                after,
                WrittenState::Adopted {
                    deadline,
                    silent: 8,
                },
            ),
            (
                "jo",
                before,
                WrittenState::Blocked {
                    by: vec!["s1".into()],
                },
            ),
            (
                "jjo",
                after,
                WrittenState::Blocked {
                    by: vec!["s2".into()],
                },
            ),
            (
                "",
                deadline,
                WrittenState::Adopted {
                    deadline,
                    silent: 12,
                },
            ),
        ];
        for (spec, now, expected) in cases {
            assert_eq!(
                written_procedure(deadline, now, &v, &answers(spec)),
                expected,
                "{spec} at {now}"
            );
        }
    }

    fn a_tally(quorum_met: bool, rule_holds: bool) -> Tally {
        Tally {
            counts: Counts::default(),
            by_constituency: BTreeMap::new(),
            objections: vec![],
            participating: if quorum_met { 7 } else { 3 },
            quorum_required: 7,
            quorum_met,
            rule_holds,
            explanation: if rule_holds {
                "Consensus.".into()
            } else {
                "No consensus: 1 objection.".into()
            },
        }
    }

    #[test]
    fn outcome_rules() {
        use Outcome::*;
        let reason = Some("The objection is met by condition 1.");
        let blocked = WrittenState::Blocked {
            by: vec!["un-1".into()],
        };
        let adopted = WrittenState::Adopted {
            deadline: Utc::now(),
            silent: 2,
        };
        // (quorum, rule holds, written, outcome, override, expected: Ok(departs) or Err(code))
        type Case<'a> = (
            bool,
            bool,
            Option<&'a WrittenState>,
            Outcome,
            Option<&'a str>,
            Result<bool, &'a str>,
        );
        let cases: &[Case] = &[
            (false, true, None, Approved, None, Err("no_quorum")),
            (false, true, None, Approved, reason, Err("no_quorum")),
            (false, false, None, NotApproved, reason, Err("no_quorum")),
            (false, true, None, Deferred, None, Ok(false)),
            (true, true, None, Approved, None, Ok(false)),
            (true, false, None, Approved, None, Err("override")),
            (true, false, None, Approved, Some("  "), Err("override")),
            (
                true,
                false,
                None,
                Approved,
                Some("\u{200b}"),
                Err("override"),
            ),
            (true, false, None, ApprovedWithConditions, reason, Ok(true)),
            (true, true, None, NotApproved, None, Err("override")),
            (true, true, None, NotApproved, reason, Ok(true)),
            (true, false, None, NotApproved, None, Ok(false)),
            (true, true, None, Deferred, None, Ok(false)),
            // A written procedure makes its own quorum.
            (false, false, Some(&adopted), Approved, None, Ok(false)),
            (false, true, Some(&blocked), Approved, None, Err("override")),
            (false, true, Some(&blocked), Approved, reason, Ok(true)),
        ];
        for (quorum, holds, written, outcome, reason, expected) in cases {
            let got = check_outcome(*outcome, &a_tally(*quorum, *holds), *written, *reason);
            let got = got.map_err(|e| match e {
                RuleError::NoQuorum { .. } => "no_quorum",
                RuleError::OverrideRequired { .. } => "override",
                _ => "other",
            });
            assert_eq!(
                got, *expected,
                "{quorum} {holds} {written:?} {outcome:?} {reason:?}"
            );
        }
        assert_eq!(
            outcomes_allowed(&a_tally(false, true), None),
            vec![Deferred]
        );
        assert_eq!(outcomes_allowed(&a_tally(true, false), None).len(), 4);
    }

    #[test]
    fn decisions_wait_for_the_meeting_or_the_written_procedure() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let start = at("2026-12-10T14:00:00Z");
        let open = WrittenState::Open {
            deadline: at("2026-12-20T12:00:00Z"),
        };
        let code = |r: Result<(), RuleError>| {
            r.map_err(|e| match e {
                RuleError::NotStarted { .. } => "not_started",
                RuleError::WrittenOpen { .. } => "written_open",
                _ => "other",
            })
        };
        // (now, written procedure, members who have not answered, expected)
        let cases = [
            (at("2026-12-10T13:59:00Z"), None, 3, Err("not_started")),
            (at("2026-12-10T14:00:00Z"), None, 3, Ok(())),
            (
                at("2026-12-11T09:00:00Z"),
                Some(&open),
                1,
                Err("written_open"),
            ),
            (at("2026-12-11T09:00:00Z"), Some(&open), 0, Ok(())),
            (at("2026-12-09T09:00:00Z"), Some(&open), 0, Ok(())),
        ];
        for (now, written, silent, expected) in cases {
            assert_eq!(
                code(may_decide(now, start, written, silent)),
                expected,
                "{now} {written:?}"
            );
        }
    }
}
