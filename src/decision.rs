//! Meetings and decisions at the Desk: attendance, the tally of each agenda item from
//! the position files received, the chair's decisions (checked against the tally and the
//! funds available), the written procedure, the signed decision file, and the recount
//! anyone can run from a decision file and the position files it lists.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::desk::Desk;
use crate::error::Error;
use crate::exchange::Standing;
use crate::lang::{Arg, Lang, Words};
use crate::ledger::{self, Allocation, Balances, Deposit, Source};
use crate::meeting::{ItemKind, Meeting, MeetingKind};
use crate::money;
use crate::profile::{DecisionRule, FundProfile};
use crate::roster::{Role, Seat};
use crate::store::StoreError;
use crate::sync::{
    self, DecisionFile, Funding, ItemDecision, Kind, Outcome, PositionFile, SplitLine,
    WrittenProcedure,
};
use crate::tally::{self, Answer, Tally, Voter, WrittenState};

#[derive(Debug, thiserror::Error)]
pub enum DecisionError {
    #[error(
        "Only the chair records decisions: your key holds no chair seat on the pinned roster."
    )]
    NotChair,
    #[error(transparent)]
    Rule(#[from] tally::RuleError),
    #[error("The decisions of meeting {0} are signed and final: a change is a correction, a new revision of the decision file that says what it changes and why (scdesk decide --correct).")]
    Final(String),
    #[error("Meeting {0} has no signed decision file to correct yet: record the decisions and export them first.")]
    NothingToCorrect(String),
    #[error("A correction needs its reason in words; it is signed into the corrected record.")]
    CorrectionReasonMissing,
    #[error("Two different decision files with revision {revision} are held for meeting {meeting}, so none of them stands: the chair's correction (a new revision) settles it.")]
    Disputed { meeting: String, revision: u32 },
    #[error(
        "Approving a funding item needs an amount, its source and its split by UN organisation."
    )]
    FundingRequired,
    #[error("The split adds up to {split}, not to the amount of {amount}.")]
    SplitMismatch { split: String, amount: String },
    #[error("{organisation} is not a participating UN organisation of this programme.")]
    NotAParticipant { organisation: String },
    #[error(transparent)]
    Funds(#[from] ledger::FundsError),
    #[error("`approved with conditions` needs the conditions.")]
    ConditionsRequired,
    #[error("No decision is recorded for meeting {0} yet.")]
    NothingToExport(String),
    #[error("The decision file of meeting {0} carries, first, a signature that is not the one SC Desk checked, so its record would show a key nobody checked. Ask the chair for the file as SC Desk signed it.")]
    FirstSignatureUnchecked(String),
    #[error("The deadline must be after now.")]
    DeadlineInThePast,
    #[error("No meeting of {0} has a signed decision file yet.")]
    NoRecordsInYear(i32),
    #[error("Seat {0} is not on the roster.")]
    UnknownSeat(String),
    #[error("The amount is not valid: {0}")]
    BadAmount(crate::money::MoneyError),
    /// An amount typed in the language shown (`Desk::typed_amount`).
    #[error("{0}")]
    TypedAmount(crate::lang::amount::AmountInputError),
    #[error("No allocation was decided for item {item} of meeting {meeting}.")]
    NoAllocation { meeting: String, item: u32 },
    #[error("The transfers would exceed the allocation of {allocated} ({transferred} transferred already).")]
    TransferTooLarge {
        allocated: String,
        transferred: String,
    },
    #[error("Money earmarked to area {source_area} cannot fund a programme of area {dossier_area}: choose the pool or area {dossier_area}'s earmark.")]
    EarmarkMismatch { source_area: u32, dossier_area: u32 },
    #[error("Position files changed since the decision on item {item} was recorded (the tally is now: {now}). Record the decision again before exporting.")]
    TallyChanged { item: u32, now: String },
}

/// An allocation as the store keeps it: dossier, area, source (JSON) and amount.
type AllocationRow = (String, u32, String, String);

/// What the chair decides on one item.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionInput {
    pub item: u32,
    pub outcome: Outcome,
    #[serde(default)]
    pub conditions: Option<String>,
    #[serde(default)]
    pub funding: Option<FundingInput>,
    #[serde(default)]
    pub override_reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingInput {
    /// As typed: `1,754,800 USD`.
    pub amount: String,
    pub source: Source,
    /// (organisation, amount as typed); empty: split as the budget lines are.
    #[serde(default)]
    pub split: Vec<(String, String)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeatAnswer {
    pub seat: String,
    pub name: String,
    pub constituency: String,
    /// The constituency's name ("Donors").
    pub group: String,
    pub stance: Option<sync::Stance>,
    /// The answer in words ("Join consensus", "No answer").
    pub stance_label: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub item: u32,
    pub kind: ItemKind,
    pub text: String,
    pub dossier: Option<String>,
    pub dossier_title: Option<String>,
    pub area: Option<u32>,
    pub budget_display: Option<String>,
    pub answers: Vec<SeatAnswer>,
    /// The tally as shown: its explanation in the workspace's language.
    pub tally: Tally,
    /// The tally as a decision records it (its explanation in English, as signed).
    #[serde(skip)]
    pub(crate) recorded_tally: Tally,
    pub written: Option<WrittenState>,
    pub decision: Option<ItemDecision>,
    pub decision_label: Option<String>,
    /// The funding decided, in words: "USD 1,000,000 from the un-earmarked pool".
    pub funding_display: Option<String>,
    /// The outcomes the chair may record now (deferral only without a quorum).
    pub outcomes: Vec<OutcomeChoice>,
    /// What the programme requested (direct and indirect costs), as the language writes
    /// numbers (`1,904,600`, `1 904 600`).
    pub requested: Option<String>,
    /// What the form's amount starts with, as the language writes numbers, so that it
    /// reads back as typed (`Desk::typed_amount`): the amount decided, else the request.
    pub amount_input: Option<String>,
    /// Why no decision can be recorded yet (the meeting has not started, or the written
    /// procedure is open), if so.
    pub not_yet: Option<String>,
}

/// An attendance the chair may record, with its label.
#[derive(Debug, Clone, Serialize)]
pub struct AttendanceChoice {
    pub value: crate::meeting::Attendance,
    pub label: String,
}

/// A source of funding the chair may choose, with its label.
#[derive(Debug, Clone, Serialize)]
pub struct SourceChoice {
    pub value: Source,
    pub label: String,
}

/// An outcome the chair may choose, with its label.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeChoice {
    pub value: Outcome,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeetingView {
    pub id: String,
    pub title: String,
    /// The meeting's kind, as its signed record names it (in English).
    #[serde(skip)]
    pub(crate) kind: MeetingKind,
    pub kind_label: String,
    pub starts_at: DateTime<Utc>,
    /// The start in the reader's local time, in the language's words.
    pub starts_at_display: String,
    pub place: String,
    pub quorum_required: u32,
    pub quorum_note: String,
    pub rule: String,
    pub attendance: Vec<(String, String)>,
    pub answered: Vec<String>,
    pub not_answered: Vec<String>,
    pub written_procedure: Option<WrittenProcedure>,
    /// A written procedure's opening and deadline as `starts_at_display` shows a start.
    pub written_procedure_display: Option<WrittenProcedureDisplay>,
    pub items: Vec<ItemView>,
    pub funds: Balances,
    pub is_chair: bool,
    pub exported: bool,
    /// A signed decision file is held: the decisions are final (a change is a
    /// correction).
    pub decisions_final: bool,
    /// The revision of the decision file that stands, and for a correction, what it
    /// says: "Corrected record, revision 2: …".
    pub revision: Option<u32>,
    pub correction: Option<String>,
    /// A signed meeting file is held, so it can be saved and sent again.
    pub has_signed_file: bool,
    /// Where the chair may draw funding from: the pool, and each area's earmark.
    pub sources: Vec<SourceChoice>,
    /// The attendances the chair may record, with their labels.
    pub attendance_choices: Vec<AttendanceChoice>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WrittenProcedureDisplay {
    pub opened_at: String,
    pub deadline: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeetingListRow {
    pub id: String,
    pub title: String,
    pub kind: crate::meeting::MeetingKind,
    pub starts_at: DateTime<Utc>,
    /// upcoming, in session (started within a day), awaiting decisions (started
    /// earlier), open (written procedure) or decided.
    pub status: &'static str,
    pub items: usize,
    pub decided: usize,
}

/// The decision rule's name in the workspace's language.
fn rule_name_in(words: &Words, rule: &DecisionRule) -> String {
    match rule {
        DecisionRule::Consensus => words.f("decision-rule", &[("rule", "consensus".into())]),
        DecisionRule::SimpleMajority => words.f("decision-rule", &[("rule", "simple".into())]),
        DecisionRule::QualifiedMajority {
            numerator,
            denominator,
        } => words.f(
            "decision-rule",
            &[
                ("rule", "qualified".into()),
                ("numerator", numerator.to_string().into()),
                ("denominator", denominator.to_string().into()),
            ],
        ),
    }
}

/// The tally's explanation in the workspace's language, worded from its numbers: what
/// `tally::tally` writes in English into the signed record, for the screen.
pub fn tally_explanation(words: &Words, rule: &DecisionRule, t: &Tally) -> String {
    if !t.quorum_met {
        return words.f(
            "decision-tally-no-quorum",
            &[
                ("participating", t.participating.into()),
                ("required", t.quorum_required.into()),
            ],
        );
    }
    let reached = |holds: bool| if holds { "yes" } else { "no" };
    match rule {
        DecisionRule::Consensus if t.counts.object == 0 => words.t("decision-tally-consensus"),
        DecisionRule::Consensus => words.f(
            "decision-tally-no-consensus",
            &[("objections", t.counts.object.into())],
        ),
        DecisionRule::SimpleMajority => words.f(
            "decision-tally-simple-majority",
            &[
                ("reached", reached(t.rule_holds).into()),
                ("for", t.counts.join.into()),
                ("against", t.counts.object.into()),
            ],
        ),
        DecisionRule::QualifiedMajority {
            numerator,
            denominator,
        } => words.f(
            "decision-tally-qualified-majority",
            &[
                ("numerator", numerator.to_string().into()),
                ("denominator", denominator.to_string().into()),
                ("reached", reached(t.rule_holds).into()),
                ("for", t.counts.join.into()),
                (
                    "cast",
                    u64::from(t.counts.join)
                        .saturating_add(u64::from(t.counts.object))
                        .into(),
                ),
            ],
        ),
    }
}

/// A meeting's kind in words.
pub fn kind_label_in(words: &Words, kind: MeetingKind) -> String {
    let code = match kind {
        MeetingKind::InPerson => "in_person",
        MeetingKind::Virtual => "virtual",
        MeetingKind::WrittenProcedure => "written_procedure",
    };
    words.f("decision-meeting-kind", &[("kind", code.into())])
}

/// An outcome in words ("Approved with conditions").
pub fn outcome_label_in(words: &Words, outcome: Outcome) -> String {
    let code = match outcome {
        Outcome::Approved => "approved",
        Outcome::ApprovedWithConditions => "approved_with_conditions",
        Outcome::Deferred => "deferred",
        Outcome::NotApproved => "not_approved",
    };
    words.f("decision-outcome", &[("outcome", code.into())])
}

/// A member's answer in words ("Join consensus"), or "No answer".
pub fn stance_label_in(words: &Words, stance: Option<sync::Stance>) -> String {
    let code = match stance {
        Some(sync::Stance::JoinConsensus) => "join_consensus",
        Some(sync::Stance::Object) => "object",
        Some(sync::Stance::Abstain) => "abstain",
        Some(sync::Stance::Recuse) => "recuse",
        None => "none",
    };
    words.f("decision-stance", &[("stance", code.into())])
}

/// An attendance in words ("Represented").
fn attendance_label_in(words: &Words, attendance: crate::meeting::Attendance) -> String {
    words.f(
        "decision-attendance",
        &[("attendance", attendance.as_str().into())],
    )
}

/// The funding decided, in words: "USD 1,000,000 from the un-earmarked pool".
fn funding_in(words: &Words, f: &Funding, currency: &str) -> String {
    let amount = money::payload_amount(&f.amount)
        .map(|a| words.money(a, currency))
        .unwrap_or_else(|_| f.amount.clone());
    let source = match f.source {
        Source::Pool => words.f("decision-funding-source", &[("source", "pool".into())]),
        Source::Area { area } => words.f(
            "decision-funding-source",
            &[("source", "area".into()), ("area", area.to_string().into())],
        ),
    };
    words.f(
        "decision-funding",
        &[("amount", amount.into()), ("source", source.into())],
    )
}

/// The note on the quorum: the profile's own, in the workspace's language when it is the
/// note the Fund's profile ships with (its English), else as the profile writes it.
fn quorum_note_in(words: &Words, profile: &FundProfile, note: &str) -> String {
    let seats = [("seats", Arg::from(profile.seat_count))];
    let shipped = Words::new(crate::lang::Lang::En).f("decision-quorum-note-default", &seats);
    if note == shipped {
        words.f("decision-quorum-note-default", &seats)
    } else {
        note.to_string()
    }
}

/// The member seats serving on a date, as voters.
pub fn voters(seats: &[Seat], date: chrono::NaiveDate, present: &BTreeSet<String>) -> Vec<Voter> {
    seats
        .iter()
        .filter(|s| s.role == Role::Member && s.term_covers(date))
        .map(|s| Voter {
            seat: s.id.clone(),
            constituency: s.constituency.clone().unwrap_or_default(),
            present: present.contains(&s.id),
        })
        .collect()
}

/// Each seat's answer on `item` from the position files counted.
pub fn answers_for(files: &[PositionFile], item: u32) -> BTreeMap<String, Answer> {
    files
        .iter()
        .filter_map(|f| {
            f.positions.iter().find(|p| p.item == item).map(|p| {
                (
                    f.seat.clone(),
                    Answer {
                        stance: p.position,
                        reason: p.reason.clone(),
                    },
                )
            })
        })
        .collect()
}

impl Desk {
    fn am_chair(&self) -> Result<bool, Error> {
        Ok(self.identity()?.role == Some(Role::Chair))
    }

    /// The seats of the roster in force on `date` (§5.10); before any roster is held,
    /// the seats entered with the workspace.
    pub(crate) fn seats_on(&self, date: chrono::NaiveDate) -> Result<Vec<Seat>, Error> {
        let rosters = self.rosters()?;
        match crate::authority::in_force(&rosters, date) {
            Some(r) => Ok(r.seats.iter().map(sync::RosterSeat::seat).collect()),
            None => Ok(self.store.seats()?),
        }
    }

    fn meeting_by_id(&self, id: &str) -> Result<Meeting, Error> {
        self.store
            .meetings()?
            .into_iter()
            .find(|m| m.id == id)
            .ok_or_else(|| Error::UnknownMeeting(id.to_string()))
    }

    /// The fund's balances under the pooling rule, from contributions and allocations.
    pub fn fund_balances(&self) -> Result<Balances, Error> {
        self.fund_balances_as_of(None)
    }

    /// The same, as of a date (a meeting's view and record): the contributions received
    /// by then and the allocations of meetings held by then. Programmes the FMU lists as
    /// funded with no decision held here (funded before this workspace's first signed
    /// decision) count as allocated from the pool, so every funded programme is counted.
    pub fn fund_balances_as_of(&self, as_of: Option<chrono::NaiveDate>) -> Result<Balances, Error> {
        let by_then = |date: chrono::NaiveDate| as_of.is_none_or(|d| date <= d);
        let meeting_dates: BTreeMap<String, chrono::NaiveDate> = self
            .store
            .meetings()?
            .into_iter()
            .map(|m| (m.id, m.starts_at.date_naive()))
            .collect();
        let commitments = self.store.contribution_commitments()?;
        // A stored amount that cannot be read is named, never taken as zero.
        let stored = |what: &str, text: &str| -> Result<Decimal, Error> {
            text.parse()
                .map_err(|e| StoreError::Corrupt(format!("{what} `{text}`: {e}")).into())
        };
        let mut deposits = Vec::new();
        for (c, committed) in self
            .store
            .contributions()?
            .into_iter()
            .zip(commitments.into_iter().chain(std::iter::repeat(None)))
        {
            if !by_then(c.date) {
                continue;
            }
            deposits.push(Deposit {
                committed: match committed {
                    Some(text) => stored("the amount committed by a contribution", &text)?,
                    None => c.amount,
                },
                deposited: c.amount,
                contributor: c.contributor,
                earmark_area: c.earmark_area,
            });
        }
        let rows = self.store.allocations()?;
        let decided: BTreeSet<String> = rows.iter().map(|r| r.dossier.clone()).collect();
        let mut allocations = Vec::new();
        for r in rows {
            if !meeting_dates.get(&r.meeting).is_none_or(|d| by_then(*d)) {
                continue;
            }
            allocations.push(Allocation {
                source: serde_json::from_str(&r.source)
                    .map_err(|e| StoreError::Corrupt(format!("allocation source: {e}")))?,
                amount: stored("an allocation's amount", &r.amount)?,
                transferred: stored("an allocation's transfers", &r.transferred)?,
                dossier: r.dossier,
                area: r.area,
            });
        }
        for h in self.heads(None)? {
            if h.status == crate::dossier::Status::Funded && !decided.contains(&h.id) {
                allocations.push(Allocation {
                    amount: self.budget_total(&h)?,
                    dossier: h.id,
                    area: h.area,
                    source: Source::Pool,
                    transferred: Decimal::ZERO,
                });
            }
        }
        Ok(ledger::balances(&self.profile, &deposits, &allocations)?)
    }

    /// The counted position files of a meeting (newest per seat, undisputed).
    fn counted_positions(&self, meeting: &str) -> Result<Vec<(String, PositionFile)>, Error> {
        Ok(self
            .received_positions(meeting)?
            .into_iter()
            .filter_map(|s| Some((s.hash?, s.current?)))
            .collect())
    }

    /// The meeting's written procedure, if one was opened.
    fn written_procedure(&self, meeting: &str) -> Result<Option<WrittenProcedure>, Error> {
        let Some((opened_at, deadline)) = self.store.written_procedure(meeting)? else {
            return Ok(None);
        };
        let time = |t: &str| {
            t.parse()
                .map_err(|e| StoreError::Corrupt(format!("written procedure time `{t}`: {e}")))
        };
        Ok(Some(WrittenProcedure {
            opened_at: time(&opened_at)?,
            deadline: time(&deadline)?,
        }))
    }

    fn present(&self, meeting: &str) -> Result<BTreeSet<String>, Error> {
        Ok(self
            .store
            .attendance(meeting)?
            .into_iter()
            .filter(|(_, status)| status != "absent")
            .map(|(seat, _)| seat)
            .collect())
    }

    /// Everything the meeting screen shows: attendance, answers, the tally of each item,
    /// the decisions recorded, and the funds.
    pub fn meeting_view(&self, id: &str) -> Result<MeetingView, Error> {
        self.meeting_view_in(id, &self.words())
    }

    /// The same, its words in `words`' language.
    fn meeting_view_in(&self, id: &str, words: &Words) -> Result<MeetingView, Error> {
        let m = self.meeting_by_id(id)?;
        let seats = self.seats_on(m.starts_at.date_naive())?;
        let counted = self.counted_positions(id)?;
        let files: Vec<PositionFile> = counted.iter().map(|(_, f)| f.clone()).collect();
        // A member takes part by attending or by sending a position file for the meeting.
        let mut present = self.present(id)?;
        present.extend(files.iter().map(|f| f.seat.clone()));
        let v = voters(&seats, m.starts_at.date_naive(), &present);
        let written = self.written_procedure(id)?;
        let decisions: BTreeMap<u32, ItemDecision> = self
            .store
            .item_decisions(id)?
            .into_iter()
            .filter_map(|(item, json, _)| Some((item, serde_json::from_str(&json).ok()?)))
            .collect();
        let exported = self
            .store
            .item_decisions(id)?
            .iter()
            .any(|(_, _, e)| e.is_some());
        let names: BTreeMap<&str, &str> = seats
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str()))
            .collect();
        let quorum = self.profile.settings.quorum_members.clone();
        let mut items = Vec::new();
        for it in &m.agenda {
            let answers = answers_for(&files, it.item);
            let t = tally::tally(&self.profile.decision_rule, quorum.value, &v, &answers);
            let dossier = match &it.dossier {
                Some(d) => self.latest_dossier(d)?,
                None => None,
            };
            let budget = dossier
                .as_ref()
                .map(|d| d.budget(&self.profile))
                .transpose()?;
            let decision = decisions.get(&it.item).cloned();
            let written_state = written
                .as_ref()
                .map(|w| tally::written_procedure(w.deadline, Utc::now(), &v, &answers));
            let not_yet = tally::may_decide(
                Utc::now(),
                m.starts_at,
                written_state.as_ref(),
                t.counts.no_answer,
            )
            .err()
            .map(|e| {
                Error::from(DecisionError::from(e))
                    .for_people_in(words)
                    .message
            });
            let funding_display = decision
                .as_ref()
                .and_then(|d| d.funding.as_ref())
                .map(|f| funding_in(words, f, &self.profile.currency));
            let outcomes = tally::outcomes_allowed(&t, written_state.as_ref())
                .into_iter()
                .map(|o| OutcomeChoice {
                    value: o,
                    label: outcome_label_in(words, o),
                })
                .collect();
            let shown = Tally {
                explanation: tally_explanation(words, &self.profile.decision_rule, &t),
                ..t.clone()
            };
            let in_words = |a: Decimal| crate::lang::number::amount(words.lang(), a);
            let requested = budget.as_ref().map(|b| in_words(b.total));
            let decided = decision
                .as_ref()
                .and_then(|d| d.funding.as_ref())
                .and_then(|f| f.amount.parse::<Decimal>().ok())
                .map(in_words);
            items.push(ItemView {
                funding_display,
                outcomes,
                amount_input: decided.or_else(|| requested.clone()),
                requested,
                not_yet,
                item: it.item,
                kind: it.kind,
                text: it.text.clone(),
                dossier: it.dossier.clone(),
                dossier_title: dossier.as_ref().map(|d| d.title.clone()),
                area: dossier.as_ref().map(|d| d.area),
                budget_display: budget
                    .as_ref()
                    .map(|b| words.money(b.total, &self.profile.currency)),
                answers: v
                    .iter()
                    .map(|voter| {
                        let a = answers.get(&voter.seat);
                        SeatAnswer {
                            seat: voter.seat.clone(),
                            name: names.get(voter.seat.as_str()).unwrap_or(&"").to_string(),
                            constituency: voter.constituency.clone(),
                            group: self.seat_group_in(
                                words,
                                Role::Member,
                                Some(voter.constituency.as_str()),
                            ),
                            stance: a.map(|a| a.stance),
                            stance_label: stance_label_in(words, a.map(|a| a.stance)),
                            reason: a.and_then(|a| a.reason.clone()),
                        }
                    })
                    .collect(),
                written: written_state,
                decision_label: decision
                    .as_ref()
                    .map(|d| outcome_label_in(words, d.outcome)),
                decision,
                tally: shown,
                recorded_tally: t,
            });
        }
        let answered: BTreeSet<String> = files.iter().map(|f| f.seat.clone()).collect();
        let (standing, disputed) = match self.standing(id)? {
            Standing::File(_, d) => (Some(d), None),
            Standing::Disputed { revision, .. } => (
                None,
                Some(
                    Error::from(DecisionError::Disputed {
                        meeting: id.into(),
                        revision,
                    })
                    .for_people_in(words)
                    .message,
                ),
            ),
            Standing::None => (None, None),
        };
        Ok(MeetingView {
            id: m.id.clone(),
            title: m.title.clone(),
            kind: m.kind,
            kind_label: kind_label_in(words, m.kind),
            starts_at: m.starts_at,
            starts_at_display: words.local_moment(m.starts_at),
            place: m.place.clone(),
            quorum_required: quorum.value,
            quorum_note: quorum_note_in(words, &self.profile, &quorum.note),
            rule: rule_name_in(words, &self.profile.decision_rule),
            attendance: self.store.attendance(id)?,
            not_answered: v
                .iter()
                .filter(|x| !answered.contains(&x.seat))
                .map(|x| x.seat.clone())
                .collect(),
            answered: answered.into_iter().collect(),
            written_procedure_display: written.as_ref().map(|w| WrittenProcedureDisplay {
                opened_at: words.local_moment(w.opened_at),
                deadline: words.local_moment(w.deadline),
            }),
            written_procedure: written,
            items,
            funds: self.fund_balances_as_of(Some(m.starts_at.date_naive()))?,
            is_chair: self.am_chair()?,
            exported,
            decisions_final: self.decisions_signed(id)?,
            revision: standing.as_ref().and_then(|d| d.revision.or(Some(1))),
            correction: disputed.or_else(|| {
                standing.as_ref().and_then(|d| {
                    d.corrects.as_ref().map(|c| {
                        words.f(
                            "decision-correction",
                            &[
                                ("revision", d.revision.unwrap_or(1).to_string().into()),
                                ("reason", c.reason.as_str().into()),
                            ],
                        )
                    })
                })
            }),
            has_signed_file: self.store.meeting_envelope(id)?.is_some(),
            attendance_choices: crate::meeting::Attendance::ALL
                .into_iter()
                .map(|value| AttendanceChoice {
                    value,
                    label: attendance_label_in(words, value),
                })
                .collect(),
            sources: std::iter::once(SourceChoice {
                value: Source::Pool,
                label: words.f("decision-source-choice", &[("source", "pool".into())]),
            })
            .chain(self.profile.areas.iter().map(|a| SourceChoice {
                value: Source::Area { area: a.number },
                label: words.f(
                    "decision-source-choice",
                    &[
                        ("source", "area".into()),
                        ("area", a.number.to_string().into()),
                    ],
                ),
            }))
            .collect(),
        })
    }

    /// Creates a meeting (or, with `revise`, a new revision of one) as the chair or the
    /// FMU: checks it, signs it as a meeting file, hands the file to `deliver` (which
    /// writes it where the user chose), and only then keeps it here, exactly as a
    /// receiver would import it. Nothing is kept if the check or the delivery fails.
    ///
    /// A revision keeps every item of the meeting held, as it is, and adds the draft's
    /// items that are not on the agenda yet after them; title, kind, time and place are
    /// the draft's.
    pub fn publish_meeting(
        &mut self,
        draft: crate::meeting::MeetingDraft,
        revise: bool,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        use crate::meeting::{self, AgendaItem, MeetingError};
        let _writing = self.writing()?;
        if !self.identity()?.may_organise {
            return Err(MeetingError::NotOrganiser.into());
        }
        let id = draft.id.trim().to_string();
        // A new meeting starts in the future; entering a past one is its own act.
        let when = draft.starts_at.format("%Y-%m-%d %H:%M").to_string();
        match (draft.history, draft.starts_at > Utc::now()) {
            (false, false) => return Err(MeetingError::StartsInThePast(when).into()),
            (true, true) => return Err(MeetingError::HistoryInTheFuture(when).into()),
            _ => {}
        }
        let history = draft.history;
        let held_revision = self.store.meeting_revision(&id)?;
        let held = match (held_revision, revise) {
            (None, false) => None,
            (None, true) => return Err(MeetingError::NothingToRevise(id).into()),
            (Some(_), false) => return Err(MeetingError::Exists(id).into()),
            (Some(_), true) => {
                if !self.store.item_decisions(&id)?.is_empty() {
                    return Err(MeetingError::AlreadyDecided(id).into());
                }
                Some(self.meeting_by_id(&id)?)
            }
        };
        let mut agenda: Vec<AgendaItem> =
            held.as_ref().map(|m| m.agenda.clone()).unwrap_or_default();
        for it in draft.agenda {
            let dossier = it
                .dossier
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty());
            let mut text = it.text.trim().to_string();
            let already = agenda.iter().any(|a| match &dossier {
                Some(d) => a.dossier.as_ref() == Some(d),
                None => a.dossier.is_none() && a.text == text,
            });
            if held.is_some() && already {
                continue;
            }
            if let Some(id) = &dossier {
                if text.is_empty() {
                    if let Some(d) = self.latest_dossier(id)? {
                        text = format!("{} ({})", d.title, d.reference);
                    }
                }
            }
            agenda.push(AgendaItem {
                item: agenda.len() as u32 + 1,
                kind: if dossier.is_some() {
                    ItemKind::Funding
                } else {
                    ItemKind::Other
                },
                dossier,
                text,
            });
        }
        let new = Meeting {
            id,
            title: draft.title.trim().to_string(),
            kind: draft.kind,
            starts_at: draft.starts_at,
            place: draft.place.trim().to_string(),
            agenda,
        };
        let mut known = BTreeSet::new();
        for id in new.agenda.iter().filter_map(|it| it.dossier.as_deref()) {
            if !self.store.dossier_versions(id)?.is_empty() {
                known.insert(id.to_string());
            }
        }
        meeting::check(&new, |id| known.contains(id))?;
        if let Some(held) = &held {
            meeting::check_revision(held, &new)?;
        }
        let file = sync::MeetingFile {
            format: if history { 2 } else { sync::FORMAT },
            fund: self.profile.id.clone(),
            revision: held_revision.map_or(1, |r| r + 1),
            issued_at: Utc::now(),
            history: history.then_some(true),
            meeting: new,
        };
        self.publish(Kind::Meeting, &file, deliver)
    }

    /// Meetings with their id, kind, date and status.
    pub fn meeting_list(&self) -> Result<Vec<MeetingListRow>, Error> {
        let now = Utc::now();
        self.store
            .meetings()?
            .into_iter()
            .map(|m| {
                let decided = self.store.item_decisions(&m.id)?.len();
                let written = self.store.written_procedure(&m.id)?;
                let status = if decided >= m.agenda.len() && !m.agenda.is_empty() {
                    "decided"
                } else if written.is_some() {
                    "open"
                } else if m.starts_at >= now {
                    "upcoming"
                } else if now - m.starts_at < chrono::Duration::days(1) {
                    "in session"
                } else {
                    "awaiting decisions"
                };
                Ok(MeetingListRow {
                    id: m.id.clone(),
                    title: m.title.clone(),
                    kind: m.kind,
                    starts_at: m.starts_at,
                    status,
                    items: m.agenda.len(),
                    decided,
                })
            })
            .collect()
    }

    /// Records a contribution in the ledger (committed and deposited kept apart).
    pub fn record_contribution(
        &mut self,
        contributor: &str,
        deposited: &str,
        committed: Option<&str>,
        earmark_area: Option<u32>,
        date: chrono::NaiveDate,
    ) -> Result<(), Error> {
        let deposited = self.typed_amount(deposited)?;
        let committed = committed.map(|c| self.typed_amount(c)).transpose()?;
        if let Some(area) = earmark_area {
            if self.profile.area(area).is_none() {
                return Err(ledger::FundsError::UnknownArea(area).into());
            }
        }
        let c = crate::fund::Contribution {
            contributor: contributor.to_string(),
            amount: deposited,
            earmark_area,
            date,
        };
        let actor = self.signer().keyid();
        self.commit(|tx| {
            tx.insert_contribution_committed(&c, committed.map(|d| d.to_string()).as_deref())?;
            tx.set_meta(crate::exchange::ENTERED_SINCE, "true")?;
            tx.audit(&actor, "contribution recorded", &serde_json::json!({
                "contributor": contributor, "deposited": deposited.to_string(),
                "committed": committed.map(|d| d.to_string()), "earmark_area": earmark_area, "date": date.to_string()
            }))
        })?;
        Ok(())
    }

    /// Records a transfer to participating organisations against an allocation; the
    /// transfers of an allocation never exceed it.
    pub fn record_transfer(&mut self, meeting: &str, item: u32, amount: &str) -> Result<(), Error> {
        // What is allocated and transferred is read, then written: one process at a time.
        let _writing = self.writing()?;
        let currency = self.profile.currency.clone();
        let amount = self.typed_amount(amount)?;
        let (allocated, transferred) = self
            .store
            .allocations()?
            .into_iter()
            .find(|a| a.meeting == meeting && a.item == item)
            .map(|a| (a.amount, a.transferred))
            .ok_or(DecisionError::NoAllocation {
                meeting: meeting.into(),
                item,
            })?;
        let stored = |text: &str| -> Result<Decimal, Error> {
            text.parse()
                .map_err(|e| StoreError::Corrupt(format!("allocation amount `{text}`: {e}")).into())
        };
        let (allocated, transferred) = (stored(&allocated)?, stored(&transferred)?);
        let after = transferred
            .checked_add(amount)
            .ok_or(ledger::FundsError::Overflow)?;
        if after > allocated {
            return Err(DecisionError::TransferTooLarge {
                allocated: money::format_money(allocated, &currency),
                transferred: money::format_money(transferred, &currency),
            }
            .into());
        }
        let actor = self.signer().keyid();
        let total = after.to_string();
        self.commit(|tx| {
            tx.set_transferred(meeting, item, &total)?;
            tx.audit(&actor, "transfer recorded", &serde_json::json!({"meeting": meeting, "item": item, "amount": amount.to_string()}))
        })?;
        Ok(())
    }

    pub fn set_attendance(
        &mut self,
        meeting: &str,
        seat: &str,
        status: crate::meeting::Attendance,
    ) -> Result<(), Error> {
        self.meeting_by_id(meeting)?;
        if !self.store.seats()?.iter().any(|s| s.id == seat) {
            return Err(DecisionError::UnknownSeat(seat.into()).into());
        }
        let actor = self.signer().keyid();
        self.commit(|tx| {
            tx.set_attendance(meeting, seat, status.as_str())?;
            tx.audit(
                &actor,
                "attendance",
                &serde_json::json!({"meeting": meeting, "seat": seat, "status": status.as_str()}),
            )
        })?;
        Ok(())
    }

    /// Opens the written procedure on a meeting's items with a deadline.
    pub fn open_written_procedure(
        &mut self,
        meeting: &str,
        deadline: DateTime<Utc>,
    ) -> Result<(), Error> {
        if !self.am_chair()? {
            return Err(DecisionError::NotChair.into());
        }
        self.meeting_by_id(meeting)?;
        let now = Utc::now();
        if deadline <= now {
            return Err(DecisionError::DeadlineInThePast.into());
        }
        let actor = self.signer().keyid();
        self.commit(|tx| {
            tx.open_written_procedure(meeting, &now.to_rfc3339(), &deadline.to_rfc3339())?;
            tx.audit(
                &actor,
                "written procedure opened",
                &serde_json::json!({"meeting": meeting, "deadline": deadline.to_rfc3339()}),
            )
        })?;
        Ok(())
    }

    /// Records the chair's decision on an item, checked against the tally and the funds.
    pub fn record_decision(
        &mut self,
        meeting: &str,
        input: DecisionInput,
    ) -> Result<MeetingView, Error> {
        let _writing = self.writing()?;
        if !self.am_chair()? {
            return Err(DecisionError::NotChair.into());
        }
        // A signed decision is final: a change is a correction (`correct_decisions`).
        if self.decisions_signed(meeting)? {
            return Err(DecisionError::Final(meeting.into()).into());
        }
        let (decision, allocation) = self.checked_decision(meeting, &input)?;
        let json = serde_json::to_string(&decision).expect("serializes");
        let actor = self.signer().keyid();
        let overridden = decision.override_reason.is_some();
        self.commit(|tx| {
            tx.put_decision(
                meeting,
                input.item,
                &json,
                None,
                allocation.as_ref().map(|(d, a, s, m)| (d.as_str(), *a, s.as_str(), m.as_str())),
            )?;
            tx.audit(&actor, if overridden { "decision recorded with override" } else { "decision recorded" },
                &serde_json::json!({"meeting": meeting, "decision": serde_json::from_str::<serde_json::Value>(&json).unwrap_or_default()}))
        })?;
        self.meeting_view(meeting)
    }

    /// The decision file that stands for a meeting (`Desk::standing_decision`).
    pub(crate) fn standing(&self, meeting: &str) -> Result<Standing, Error> {
        let trust = self.authority_trust()?;
        self.standing_decision(&trust, meeting, None)
    }

    /// Whether a signed decision file is held for a meeting: its decisions are final.
    fn decisions_signed(&self, meeting: &str) -> Result<bool, Error> {
        Ok(!self.store.decision_envelopes(meeting)?.is_empty())
    }

    /// A decision checked against every rule of the committee (timing, quorum, the
    /// tally, the programme's request, the fund's ceiling and funds), with the
    /// allocation it makes.
    fn checked_decision(
        &self,
        meeting: &str,
        input: &DecisionInput,
    ) -> Result<(ItemDecision, Option<AllocationRow>), Error> {
        let view = self.meeting_view(meeting)?;
        let item =
            view.items
                .iter()
                .find(|i| i.item == input.item)
                .ok_or(Error::ItemNotOnAgenda {
                    meeting: meeting.into(),
                    item: input.item,
                })?;
        tally::may_decide(
            Utc::now(),
            view.starts_at,
            item.written.as_ref(),
            item.tally.counts.no_answer,
        )
        .map_err(DecisionError::from)?;
        let override_reason = input
            .override_reason
            .as_deref()
            .map(str::trim)
            .filter(|r| sync::has_words(r));
        tally::check_outcome(
            input.outcome,
            &item.tally,
            item.written.as_ref(),
            override_reason,
        )
        .map_err(DecisionError::from)?;
        let conditions = input
            .conditions
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty());
        if input.outcome == Outcome::ApprovedWithConditions && conditions.is_none() {
            return Err(DecisionError::ConditionsRequired.into());
        }
        let currency = self.profile.currency.clone();
        let mut allocation = None;
        let funding = match (item.kind, input.outcome.approves(), &input.funding) {
            (ItemKind::Funding, true, None) => return Err(DecisionError::FundingRequired.into()),
            (ItemKind::Funding, true, Some(f)) => {
                let dossier_id = item.dossier.clone().unwrap_or_default();
                let dossier = self.latest_dossier(&dossier_id)?.ok_or_else(|| {
                    crate::review::ReviewError::UnknownDossier(dossier_id.clone())
                })?;
                let amount = self.typed_amount(&f.amount)?;
                // What the programme requested, within the fund's ceiling (an override).
                let requested = dossier.budget(&self.profile)?.total;
                ledger::check_request(
                    &self.profile,
                    amount,
                    requested,
                    self.profile.budget_ceiling()?,
                    override_reason.is_some(),
                )?;
                // Earmarked money funds only programmes of its own thematic area.
                if let Source::Area { area } = f.source {
                    if area != dossier.area {
                        return Err(DecisionError::EarmarkMismatch {
                            source_area: area,
                            dossier_area: dossier.area,
                        }
                        .into());
                    }
                }
                // The balances without this item's earlier allocation, if re-recorded.
                let mut balances = self.fund_balances()?;
                if let Some(prev) = item.decision.as_ref().and_then(|d| d.funding.as_ref()) {
                    if let Ok(prev_amount) = prev.amount.parse::<Decimal>() {
                        match prev.source {
                            Source::Pool => balances.pool_available += prev_amount,
                            Source::Area { area } => {
                                if let Some(a) = balances.areas.iter_mut().find(|a| a.area == area)
                                {
                                    a.earmarked_available += prev_amount;
                                }
                            }
                        }
                    }
                }
                ledger::check_available(&self.profile, &balances, f.source, amount)?;
                let split: Vec<SplitLine> = if f.split.is_empty() {
                    // Split as the budget lines are, scaled to the amount.
                    let budget = dossier.budget(&self.profile)?;
                    let mut lines: Vec<SplitLine> = Vec::new();
                    let mut given = Decimal::ZERO;
                    for (i, l) in budget.lines.iter().enumerate() {
                        let share = if i + 1 == budget.lines.len() {
                            amount - given
                        } else {
                            money::round_cents(amount * l.total / budget.total)
                        };
                        given += share;
                        lines.push(SplitLine {
                            organisation: l.organisation.clone(),
                            amount: share.to_string(),
                        });
                    }
                    lines
                } else {
                    let mut lines = Vec::new();
                    for (org, a) in &f.split {
                        if !dossier.participants.iter().any(|p| &p.organisation == org) {
                            return Err(DecisionError::NotAParticipant {
                                organisation: org.clone(),
                            }
                            .into());
                        }
                        let a = self.typed_amount(a)?;
                        lines.push(SplitLine {
                            organisation: org.clone(),
                            amount: a.to_string(),
                        });
                    }
                    lines
                };
                let total: Decimal = split
                    .iter()
                    .filter_map(|l| l.amount.parse::<Decimal>().ok())
                    .sum();
                if total != amount {
                    return Err(DecisionError::SplitMismatch {
                        split: money::format_money(total, &currency),
                        amount: money::format_money(amount, &currency),
                    }
                    .into());
                }
                allocation = Some((
                    dossier_id,
                    dossier.area,
                    serde_json::to_string(&f.source).expect("serializes"),
                    amount.to_string(),
                ));
                Some(Funding {
                    amount: amount.to_string(),
                    source: f.source,
                    split,
                })
            }
            _ => None,
        };
        let decision = ItemDecision {
            item: input.item,
            outcome: input.outcome,
            conditions: conditions.map(str::to_string),
            funding,
            override_reason: override_reason.map(str::to_string),
            // As signed: the tally's explanation in English, whatever the screen shows.
            tally: item.recorded_tally.clone(),
        };
        Ok((decision, allocation))
    }

    /// Corrects the meeting's signed decisions: each input is checked as a new decision
    /// would be, and the whole set is signed as the next revision of the decision file,
    /// naming the file it corrects and why. The file goes to `deliver` (which writes it
    /// where the user chose) before anything is kept: nothing changes unless both
    /// succeed. The corrected file is returned, for the members.
    pub fn correct_decisions(
        &mut self,
        meeting: &str,
        inputs: &[DecisionInput],
        reason: &str,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        // The standing file and the next revision are read, then signed: one process.
        let _writing = self.writing()?;
        if !self.am_chair()? {
            return Err(DecisionError::NotChair.into());
        }
        let reason = reason.trim();
        if !sync::has_words(reason) {
            return Err(DecisionError::CorrectionReasonMissing.into());
        }
        // The file corrected: the one that stands, or while two dispute each other, the
        // first of them (the correction settles the dispute).
        let (hash, standing) = match self.standing(meeting)? {
            Standing::File(hash, d) => (hash, *d),
            Standing::Disputed { files, .. } => files
                .into_iter()
                .next()
                .ok_or_else(|| DecisionError::NothingToCorrect(meeting.into()))?,
            Standing::None => return Err(DecisionError::NothingToCorrect(meeting.into()).into()),
        };
        let mut changes = Vec::new();
        for input in inputs {
            let (decision, allocation) = self.checked_decision(meeting, input)?;
            changes.push((decision, allocation));
        }
        let corrects = sync::Correction {
            file: self.payload_hash(&hash)?.ok_or_else(|| {
                StoreError::Corrupt(format!("the decision file {hash} is not held"))
            })?,
            reason: reason.to_string(),
            previous: standing
                .decisions
                .iter()
                .filter(|d| inputs.iter().any(|i| i.item == d.item))
                .cloned()
                .collect(),
        };
        let revision = standing.revision.unwrap_or(1).saturating_add(1);
        self.sign_decisions(
            meeting,
            Utc::now(),
            changes,
            Some((revision, corrects)),
            deliver,
        )
    }

    /// Signs the meeting's decisions as one decision file that lists the position files
    /// counted by hash, hands it to `deliver` (which writes it where the chair chose) and
    /// only then keeps it: a file that could not be written was not signed off.
    pub fn export_decisions(
        &mut self,
        meeting: &str,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        self.export_decisions_at(meeting, Utc::now(), deliver)
    }

    /// The same, signed as of `signed_at` (the demo's history is dated).
    pub(crate) fn export_decisions_at(
        &mut self,
        meeting: &str,
        signed_at: DateTime<Utc>,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        let _writing = self.writing()?;
        if self.decisions_signed(meeting)? {
            return Err(DecisionError::Final(meeting.into()).into());
        }
        self.sign_decisions(meeting, signed_at, Vec::new(), None, deliver)
    }

    /// Signs the decisions recorded for a meeting, with `changes` applied over them, as
    /// one decision file (revision 1, or the correction given), and keeps it with the
    /// changed decisions in one transaction.
    fn sign_decisions(
        &mut self,
        meeting: &str,
        signed_at: DateTime<Utc>,
        changes: Vec<(ItemDecision, Option<AllocationRow>)>,
        correction: Option<(u32, sync::Correction)>,
        deliver: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    ) -> Result<Vec<u8>, Error> {
        // The caller holds the workspace lock (`writing`).
        if !self.am_chair()? {
            return Err(DecisionError::NotChair.into());
        }
        let mut decisions: BTreeMap<u32, ItemDecision> = BTreeMap::new();
        for (item, json, _) in self.store.item_decisions(meeting)? {
            let d = serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("a recorded decision: {e}")))?;
            decisions.insert(item, d);
        }
        for (d, _) in &changes {
            decisions.insert(d.item, d.clone());
        }
        let decisions: Vec<ItemDecision> = decisions.into_values().collect();
        if decisions.is_empty() {
            return Err(DecisionError::NothingToExport(meeting.into()).into());
        }
        let counted = self.counted_positions(meeting)?;
        // The file lists the positions counted now; each decision's tally must be theirs.
        let view = self.meeting_view(meeting)?;
        for d in &decisions {
            if let Some(it) = view.items.iter().find(|i| i.item == d.item) {
                if it.tally.counts != d.tally.counts || it.tally.objections != d.tally.objections {
                    return Err(DecisionError::TallyChanged {
                        item: d.item,
                        now: it.tally.explanation.clone(),
                    }
                    .into());
                }
            }
        }
        let mut positions_counted = Vec::new();
        for (hash, _) in counted {
            positions_counted.push(self.payload_hash(&hash)?.ok_or_else(|| {
                StoreError::Corrupt(format!("the counted position file {hash} is not held"))
            })?);
        }
        let (revision, corrects) = match correction {
            Some((r, c)) => (r, Some(c)),
            None => (1, None),
        };
        let file = DecisionFile {
            format: Kind::Decision.format(),
            fund: self.profile.id.clone(),
            meeting: meeting.into(),
            revision: Some(revision),
            corrects,
            signed_at,
            present: self.present(meeting)?.into_iter().collect(),
            written_procedure: self.written_procedure(meeting)?,
            decisions,
            positions_counted,
            record: sync::Record::Neutral(self.record_context(&view)?),
        };
        let bytes = self.sign(Kind::Decision, &file);
        // As every member's workspace will check it: the chair's authority at the
        // meeting's date (a correction's, now), the amounts, the quorum rule.
        sync::check(&bytes, &self.trust()?)?;
        let hash = sync::file_hash(&bytes);
        let json = serde_json::to_string(&file).expect("serializes");
        let actor = self.signer().keyid();
        let seat = self.identity()?.seat;
        let action = if revision > 1 {
            "decision file corrected"
        } else {
            "decision file exported"
        };
        deliver(&bytes)?;
        self.commit(|tx| {
            for (d, allocation) in &changes {
                let json = serde_json::to_string(d).expect("serializes");
                tx.put_decision(
                    meeting,
                    d.item,
                    &json,
                    None,
                    allocation
                        .as_ref()
                        .map(|(d, a, s, m)| (d.as_str(), *a, s.as_str(), m.as_str())),
                )?;
            }
            tx.insert_envelope(
                &hash,
                Kind::Decision.as_str(),
                &actor,
                seat.as_deref(),
                &bytes,
                "exported",
            )?;
            tx.insert_decision(&hash, meeting, &json)?;
            tx.mark_decisions_exported(meeting, &hash)?;
            tx.audit(
                &actor,
                action,
                &serde_json::json!({"meeting": meeting, "file": hash, "revision": revision}),
            )
        })?;
        Ok(bytes)
    }

    /// What the printed record shows besides the decisions.
    /// The record context a new decision file signs (format 3): in no language, with
    /// the Fund's names in each of SC Desk's languages, so the record prints in any.
    fn record_context(&self, view: &MeetingView) -> Result<sync::NeutralRecord, Error> {
        use crate::meeting::Attendance;
        use sync::{Names, RecordAttendance};
        let seats = self.seats_on(view.starts_at.date_naive())?;
        let attendance: BTreeMap<&str, &str> = view
            .attendance
            .iter()
            .map(|(s, a)| (s.as_str(), a.as_str()))
            .collect();
        let me = self.identity()?;
        let chair = seats.iter().find(|s| Some(&s.id) == me.seat.as_ref());
        let names = |name: &dyn Fn(Lang) -> String| Names {
            en: name(Lang::En),
            fr: name(Lang::Fr),
            es: name(Lang::Es),
        };
        let dossiers: Vec<_> = view
            .items
            .iter()
            .map(|it| {
                it.dossier
                    .as_ref()
                    .and_then(|id| self.latest_dossier(id).ok().flatten())
            })
            .collect();
        let mut areas = BTreeMap::new();
        let area_numbers = dossiers
            .iter()
            .flatten()
            .map(|d| d.area)
            .chain(view.funds.areas.iter().map(|a| a.area));
        for number in area_numbers {
            if let Some(a) = self.profile.area(number) {
                areas.insert(
                    number.to_string(),
                    names(&|lang| a.name_in(lang).to_string()),
                );
            }
        }
        Ok(sync::NeutralRecord {
            fund: names(&|lang| self.profile.name_in(lang).to_string()),
            // "MMPTF-SC-2026-03": the fund, the committee, the meeting (its id without "sc-").
            record_number: format!(
                "{}-SC-{}",
                self.profile.id.to_uppercase(),
                view.id
                    .strip_prefix("sc-")
                    .unwrap_or(&view.id)
                    .to_uppercase()
            ),
            meeting_title: view.title.clone(),
            meeting_kind: view.kind,
            starts_at: view.starts_at,
            place: view.place.clone(),
            decision_rule: self.profile.decision_rule.clone(),
            // The profile's note on the quorum is for the FMU's screen; the record states
            // the number the committee met.
            quorum: view.quorum_required,
            chair_seat: chair.map(|c| c.id.clone()).unwrap_or_default(),
            chair_name: chair.map(|c| c.name.clone()).unwrap_or_default(),
            seats: seats
                .iter()
                .filter(|s| s.role == Role::Member && s.term_covers(view.starts_at.date_naive()))
                .map(|s| sync::NeutralSeat {
                    seat: s.id.clone(),
                    constituency: s.constituency.clone().unwrap_or_default(),
                    name: s.name.clone(),
                    organisation: s.organisation.clone(),
                    attendance: match attendance.get(s.id.as_str()).map(|a| a.parse()) {
                        Some(Ok(Attendance::Present)) => RecordAttendance::Present,
                        Some(Ok(Attendance::Represented)) => RecordAttendance::Represented,
                        _ if view.answered.contains(&s.id) => RecordAttendance::AnsweredInWriting,
                        _ => RecordAttendance::Absent,
                    },
                })
                .collect(),
            constituencies: self
                .profile
                .constituencies
                .iter()
                .map(|c| (c.id.clone(), names(&|lang| c.name_in(lang).to_string())))
                .collect(),
            items: view
                .items
                .iter()
                .zip(&dossiers)
                .map(|(it, d)| sync::NeutralItem {
                    item: it.item,
                    text: it.text.clone(),
                    dossier_reference: d.as_ref().map(|d| d.reference.clone()),
                    dossier_title: d.as_ref().map(|d| d.title.clone()),
                    countries: d.as_ref().map(|d| d.countries.clone()).unwrap_or_default(),
                    area: d.as_ref().map(|d| d.area),
                })
                .collect(),
            areas,
            funds_after: view
                .funds
                .areas
                .iter()
                .map(|a| sync::NeutralFunds {
                    area: a.area,
                    allocated: crate::money::round_cents(a.allocated).to_string(),
                    available: crate::money::round_cents(a.available).to_string(),
                })
                .collect(),
        })
    }

    /// The decision record of a meeting as a PDF, from its newest signed decision file, in
    /// `lang` (a decision file of format 3; older files print in English, as signed).
    pub fn record_pdf(
        &self,
        meeting: &str,
        paper: crate::pdf::Paper,
        lang: Lang,
    ) -> Result<Vec<u8>, Error> {
        self.meeting_by_id(meeting)?;
        let bytes = self
            .newest_decision_file(meeting)?
            .ok_or_else(|| DecisionError::NothingToExport(meeting.into()))?;
        Ok(crate::pdf::render(&bytes, paper, lang)?)
    }

    /// The decision records of every meeting of `year` with a signed decision file, in
    /// date order, in one PDF, in `lang` when every file is format 3 (otherwise all in
    /// English). `progress(done, total)` follows the records laid out.
    pub fn year_record_pdf(
        &self,
        year: i32,
        paper: crate::pdf::Paper,
        lang: Lang,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<u8>, Error> {
        use chrono::Datelike;
        let mut meetings: Vec<Meeting> = self
            .store
            .meetings()?
            .into_iter()
            .filter(|m| m.starts_at.year() == year)
            .collect();
        meetings.sort_by_key(|m| m.starts_at);
        let mut envelopes = Vec::new();
        for m in &meetings {
            if let Some(bytes) = self.newest_decision_file(&m.id)? {
                envelopes.push(bytes);
            }
        }
        if envelopes.is_empty() {
            return Err(DecisionError::NoRecordsInYear(year).into());
        }
        Ok(crate::pdf::render_many(&envelopes, paper, lang, progress)?)
    }

    /// The bytes of the signed decision file that stands for a meeting (the highest
    /// revision, then the latest), if any.
    fn newest_decision_file(&self, meeting: &str) -> Result<Option<Vec<u8>>, Error> {
        match self.standing(meeting)? {
            Standing::File(hash, _) => {
                let Some(bytes) = self.store.envelope_bytes(&hash)? else {
                    return Ok(None);
                };
                if self
                    .checked_first_signature(meeting, &hash, &bytes)?
                    .is_none()
                {
                    return Err(DecisionError::FirstSignatureUnchecked(meeting.into()).into());
                }
                Ok(Some(bytes))
            }
            Standing::Disputed { revision, .. } => Err(DecisionError::Disputed {
                meeting: meeting.into(),
                revision,
            }
            .into()),
            Standing::None => Ok(None),
        }
    }

    /// The key id of the first signature on a decision file held (`hash`, `bytes`), if it is
    /// the key the workspace checked when the file arrived: the key its record prints.
    pub(crate) fn checked_first_signature(
        &self,
        meeting: &str,
        hash: &str,
        bytes: &[u8],
    ) -> Result<Option<String>, Error> {
        let checked = self
            .store
            .decision_files_signed(meeting)?
            .into_iter()
            .find(|(h, _, _)| h == hash)
            .map(|(_, _, signer)| signer);
        let first = crate::dsse::Envelope::parse(bytes.trim_ascii())
            .ok()
            .and_then(|e| e.signatures.first().map(|s| s.keyid.clone()));
        Ok(first.filter(|f| Some(f) == checked.as_ref()))
    }

    /// The signed file of a meeting as held here (its latest revision), to send again.
    pub fn meeting_file(&self, meeting: &str) -> Result<Vec<u8>, Error> {
        self.meeting_by_id(meeting)?;
        let bytes = match self.store.meeting_envelope(meeting)? {
            Some(hash) => self.store.envelope_bytes(&hash)?,
            None => None,
        };
        bytes.ok_or_else(|| crate::meeting::MeetingError::NoSignedFile(meeting.into()).into())
    }

    /// The signed files of a meeting held here, named for saving: its meeting file, the
    /// position files and the decision files, exact bytes.
    pub fn meeting_files(&self, meeting: &str) -> Result<Vec<(String, Vec<u8>)>, Error> {
        self.meeting_by_id(meeting)?;
        let mut out = Vec::new();
        for p in self.store.positions(meeting)? {
            if let Some(bytes) = self.store.envelope_bytes(&p.envelope)? {
                out.push((format!("position-{}-{}.dsse", p.seat, p.sequence), bytes));
            }
        }
        for (hash, _) in self.store.decision_envelopes(meeting)? {
            if let Some(bytes) = self.store.envelope_bytes(&hash)? {
                out.push((format!("decision-{meeting}-{}.dsse", &hash[..12]), bytes));
            }
        }
        if let Some(hash) = self.store.meeting_envelope(meeting)? {
            if let Some(bytes) = self.store.envelope_bytes(&hash)? {
                out.push((format!("meeting-{meeting}.dsse"), bytes));
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::demo::{DEMO_PAST_MEETING, DEMO_SESSION};
    use crate::desk::{Content, CreateOptions, Unlock};
    use crate::keyring::MemoryKeyring;
    use crate::lang::Lang;

    /// The demo workspace (its chair's), made quickly.
    pub(crate) fn demo(dir: &std::path::Path) -> Desk {
        let keyring = MemoryKeyring::default();
        let options = CreateOptions {
            content: Content::Demo,
            kdf: crate::secret::KdfParams {
                memory_kib: 1024,
                iterations: 1,
                parallelism: 1,
            },
            ..CreateOptions::default()
        };
        Desk::create(dir, Unlock::Keyring(&keyring), options).unwrap()
    }

    /// Language, kind, rule, quorum note, sources (pool, area 1), attendance, outcomes.
    type Row = (
        Lang,
        &'static str,
        &'static str,
        String,
        [&'static str; 2],
        &'static str,
        [&'static str; 4],
    );

    /// The meeting screen in each language: the words it shows, and no English word left
    /// in French or Spanish; English exactly as before, and the tally a decision records
    /// still in English.
    #[test]
    fn the_meeting_screen_speaks_the_workspace_language() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = demo(dir.path());
        let nb = '\u{a0}';
        let table: [Row; 3] = [
            (
                Lang::En,
                "Virtual",
                "Consensus",
                "Default: a majority of the 12 seats. The Fund's quorum is not public; the FMU sets it.".into(),
                ["Un-earmarked pool", "Area 1 earmarked"],
                "Present",
                ["Approved", "Approved with conditions", "Deferred (revision requested)", "Not approved"],
            ),
            (
                Lang::Fr,
                "Virtuelle",
                "Consensus",
                format!("Par défaut{nb}: la majorité des 12 sièges. Le quorum du Fonds n’est pas public{nb}; l’UGF le fixe."),
                ["Fonds non préaffectés", "Fonds préaffectés au domaine 1"],
                "Présent",
                ["Approuvé", "Approuvé sous conditions", "Reporté (révision demandée)", "Non approuvé"],
            ),
            (
                Lang::Es,
                "Virtual",
                "Consenso",
                "Por defecto: la mayoría de los 12 puestos. El quórum del Fondo no es público; lo fija la UGF.".into(),
                ["Fondos no asignados a un fin específico", "Fondos asignados al área 1"],
                "Presente",
                ["Aprobado", "Aprobado con condiciones", "Aplazado (se solicita una revisión)", "No aprobado"],
            ),
        ];
        // Words moved to the catalogue, which French and Spanish never show.
        let english = [
            "Un-earmarked pool",
            "earmarked\"",
            "Join consensus",
            "No answer",
            "Approved with conditions",
            "Deferred (revision requested)",
            "Present\"",
            "Default: a majority",
            "no member objects",
            "No consensus:",
            "from the un-earmarked pool",
        ];
        for (lang, kind, rule, note, sources, present, outcomes) in table {
            desk.set_language(lang).unwrap();
            let words = desk.words();
            let v = desk.meeting_view(DEMO_SESSION).unwrap();
            assert_eq!(v.kind_label, kind, "{lang}");
            assert_eq!(v.rule, rule, "{lang}");
            assert_eq!(v.quorum_note, note, "{lang}");
            assert_eq!(
                [v.sources[0].label.as_str(), v.sources[1].label.as_str()],
                sources,
                "{lang}"
            );
            assert_eq!(v.attendance_choices[0].label, present, "{lang}");
            let shown: Vec<&str> = v.items[0]
                .outcomes
                .iter()
                .map(|o| o.label.as_str())
                .collect();
            assert_eq!(shown, outcomes, "{lang}");
            for it in &v.items {
                // The tally as shown is worded from its numbers; as recorded, English.
                let english = tally::tally(
                    &desk.profile.decision_rule,
                    it.tally.quorum_required,
                    &voters(
                        &desk.seats_on(v.starts_at.date_naive()).unwrap(),
                        v.starts_at.date_naive(),
                        &it.answers
                            .iter()
                            .filter(|a| a.stance.is_some())
                            .map(|a| a.seat.clone())
                            .collect(),
                    ),
                    &it.answers
                        .iter()
                        .filter_map(|a| {
                            Some((
                                a.seat.clone(),
                                Answer {
                                    stance: a.stance?,
                                    reason: a.reason.clone(),
                                },
                            ))
                        })
                        .collect(),
                );
                assert_eq!(it.recorded_tally, english, "{lang}");
                assert_eq!(
                    it.tally.explanation,
                    tally_explanation(&words, &desk.profile.decision_rule, &english)
                );
                if lang == Lang::En {
                    assert_eq!(it.tally, english);
                } else {
                    assert_ne!(it.tally.explanation, english.explanation, "{lang}");
                }
            }
            let json = serde_json::to_string(&v).unwrap();
            if lang != Lang::En {
                for word in english {
                    assert!(!json.contains(word), "{lang} shows {word:?}: {json}");
                }
            }
            // A past meeting's decisions: the funding in the language's money.
            let past = desk.meeting_view(DEMO_PAST_MEETING).unwrap();
            let funded = past
                .items
                .iter()
                .find(|i| i.funding_display.is_some())
                .unwrap();
            let amount = funded
                .decision
                .as_ref()
                .unwrap()
                .funding
                .as_ref()
                .unwrap()
                .amount
                .parse()
                .unwrap();
            let expected = match lang {
                Lang::En => format!(
                    "USD {} from the un-earmarked pool",
                    money::format_amount(amount)
                ),
                Lang::Fr => format!(
                    "{} provenant des fonds non préaffectés",
                    words.money(amount, "USD")
                ),
                Lang::Es => format!(
                    "{} con cargo a los fondos no asignados a un fin específico",
                    words.money(amount, "USD")
                ),
            };
            assert_eq!(funded.funding_display.as_deref(), Some(expected.as_str()));
            assert_eq!(funded.decision_label.as_deref(), Some(outcomes[0]));
        }
    }

    /// Decisions recorded with the screen in Spanish: the chair types the amount the
    /// Spanish way (the English way is refused, in Spanish, and changes nothing), the
    /// refusal is said in Spanish, and the signed record is in no language (format 3).
    #[test]
    fn the_chair_types_spanish_amounts_and_signs_a_record_in_no_language() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = demo(dir.path());
        desk.set_language(Lang::Es).unwrap();
        let words = desk.words();
        let refused = desk
            .record_decision(
                DEMO_SESSION,
                DecisionInput {
                    item: 2,
                    outcome: Outcome::Approved,
                    conditions: None,
                    funding: None,
                    override_reason: None,
                },
            )
            .unwrap_err();
        let message = refused.for_people_in(&words).message;
        assert!(
            message.starts_with(
                "El recuento no respalda la decisión «Aprobado» (No hay consenso: 1 objeción.) "
            ),
            "{message}"
        );
        assert!(refused
            .for_people()
            .message
            .starts_with("The tally does not support “Approved” ("));
        let funded = |amount: &str| DecisionInput {
            item: 1,
            outcome: Outcome::Approved,
            conditions: None,
            funding: Some(FundingInput {
                amount: amount.into(),
                source: Source::Pool,
                split: Vec::new(),
            }),
            override_reason: None,
        };
        let english = desk
            .record_decision(DEMO_SESSION, funded("1,904,600"))
            .unwrap_err();
        let message = english.for_people_in(&words).message;
        assert!(
            message.contains("no es un importe") && message.contains("1.754.800,50"),
            "{message}"
        );
        assert!(desk.meeting_view(DEMO_SESSION).unwrap().items[0]
            .decision
            .is_none());
        let view = desk
            .record_decision(
                DEMO_SESSION,
                DecisionInput {
                    item: 1,
                    outcome: Outcome::Approved,
                    conditions: None,
                    funding: Some(FundingInput {
                        amount: "1.904.600".into(),
                        source: Source::Pool,
                        split: Vec::new(),
                    }),
                    override_reason: None,
                },
            )
            .unwrap();
        assert_eq!(view.items[0].decision_label.as_deref(), Some("Aprobado"));
        assert_eq!(
            view.items[0].funding_display.as_deref(),
            Some(
                format!(
                    "{} con cargo a los fondos no asignados a un fin específico",
                    words.money(1_904_600.into(), "USD")
                )
                .as_str()
            )
        );
        let mut signed = Vec::new();
        desk.export_decisions(DEMO_SESSION, &mut |b| {
            signed = b.to_vec();
            Ok(())
        })
        .unwrap();
        let envelope = crate::dsse::Envelope::parse(&signed).unwrap();
        let file: DecisionFile = serde_json::from_slice(&envelope.payload).unwrap();
        // Format 3: the record signs codes, not the workspace's (Spanish) words.
        assert_eq!(file.format, 3);
        let sync::Record::Neutral(record) = &file.record else {
            panic!(
                "a new decision file's record is in no language: {:?}",
                file.record
            );
        };
        assert_eq!(record.meeting_kind, MeetingKind::Virtual);
        assert_eq!(record.decision_rule, DecisionRule::Consensus);
        assert_eq!(
            record.fund.es,
            "Fondo Fiduciario de Asociados Múltiples para la Migración"
        );
        assert_eq!(file.decisions[0].tally, view.items[0].recorded_tally);
        assert!(
            file.decisions[0]
                .tally
                .explanation
                .starts_with("Consensus: no member objects"),
            "{}",
            file.decisions[0].tally.explanation
        );
        let shown = desk.meeting_view(DEMO_SESSION).unwrap();
        assert!(shown.items[0].tally.explanation.starts_with("Consenso: "));
    }
}
