//! A meeting run through the library between separate workspaces: positions with an
//! objection, the tally and quorum, decisions checked against the tally and the funds,
//! the signed decision file, the recount, and the audit trail.

use crate::fixture::{self, MEETING, MEMBER_SEATS};
use crate::util::workspace as workspace_with;
use chrono::NaiveDate;
use scdesk::decision::{DecisionInput, FundingInput};
use scdesk::desk::{Content, Desk};
use scdesk::exchange::Outcome as ImportOutcome;
use scdesk::ledger::Source;
use scdesk::sync::{self, Kind, Outcome, Stance};

pub struct Meeting {
    pub chair: Desk,
    pub members: Vec<Desk>,
    pub files: Vec<Vec<u8>>,
}

/// When the test meeting started: in the past, since decisions wait for the meeting.
pub const DECIDED_AT: &str = "2026-11-10T14:00:00Z";

/// FMU, chair and three member workspaces on a twelve-seat roster; the members send
/// positions (member 2 objects to item 1); the chair imports them.
pub fn meeting(root: &std::path::Path) -> Meeting {
    let mut fmu = workspace(root, "fmu");
    let mut chair = workspace(root, "chair");
    let mut members: Vec<Desk> = (1..=3)
        .map(|i| workspace(root, &format!("member-{i}")))
        .collect();
    let pk = |d: &Desk| d.identity().unwrap().public_key;
    let mut keys: Vec<String> = members.iter().map(pk).collect();
    keys.extend((10..19).map(|i| fixture::fixed_identity(i).public_hex()));
    let roster = fixture::full_roster(&pk(&fmu), &pk(&chair), &keys.try_into().unwrap());
    let roster = fmu.sign(Kind::Roster, &roster);
    let fp = fmu.identity().unwrap().fingerprint;
    let meeting = fmu.sign(
        Kind::Meeting,
        &fixture::meeting(MEETING, DECIDED_AT, 1, "2026-11-01T10:00:00Z"),
    );
    let package = fmu.sign(
        Kind::DossierPackage,
        &fixture::package("2026-10-15T08:00:00Z"),
    );
    for d in std::iter::once(&mut fmu)
        .chain(std::iter::once(&mut chair))
        .chain(members.iter_mut())
    {
        d.pin_roster(&roster, &fp).unwrap();
        for r in d.import(&sync::bundle(&[meeting.clone(), package.clone()])) {
            assert_eq!(r.outcome, ImportOutcome::Imported, "{}", r.message);
        }
    }
    let [m1, m2, m3] = &mut members[..] else {
        panic!()
    };
    for m in [&mut *m1, &mut *m3] {
        for item in 1..=3 {
            m.set_position(MEETING, item, Stance::JoinConsensus, None)
                .unwrap();
        }
    }
    m2.set_position(
        MEETING,
        1,
        Stance::Object,
        Some("Recruitment-fee monitoring has no budget line."),
    )
    .unwrap();
    m2.set_position(MEETING, 2, Stance::JoinConsensus, None)
        .unwrap();
    m2.set_position(MEETING, 3, Stance::Abstain, None).unwrap();
    let files: Vec<Vec<u8>> = members
        .iter_mut()
        .map(|m| m.export_positions(MEETING, &mut |_| Ok(())).unwrap())
        .collect();
    for r in chair.import(&sync::bundle(&files)) {
        assert_eq!(r.outcome, ImportOutcome::Imported, "{}", r.message);
    }
    let day = NaiveDate::from_ymd_opt(2024, 8, 31).unwrap();
    chair
        .record_contribution("GERMANY", "1,000,000 USD", None, None, day)
        .unwrap();
    chair
        .record_contribution("SWEDEN", "500,000", Some("600,000"), Some(4), day)
        .unwrap();
    Meeting {
        chair,
        members,
        files,
    }
}

/// Five more seats attend, so eight take part: the quorum of seven is met.
fn quorate(chair: &mut Desk) {
    for seat in [
        "un-2",
        "donors-2",
        "countries-2",
        "stakeholders-1",
        "stakeholders-2",
    ] {
        chair
            .set_attendance(MEETING, seat, scdesk::meeting::Attendance::Present)
            .unwrap();
    }
}

/// Asserts that the workspace's audit trail holds each of `expected` actions.
fn assert_logged(desk: &Desk, expected: &[&str]) {
    let actions: Vec<String> = desk
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for action in expected {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} not in {actions:?}"
        );
    }
}

/// A decision on `item` with funding from the pool, if an amount is given.
fn decide(
    item: u32,
    outcome: Outcome,
    amount: Option<&str>,
    reason: Option<&str>,
) -> DecisionInput {
    DecisionInput {
        item,
        outcome,
        conditions: None,
        funding: amount.and_then(|a| funding(a, Source::Pool)),
        override_reason: reason.map(str::to_string),
    }
}

fn funding(amount: &str, source: Source) -> Option<FundingInput> {
    Some(FundingInput {
        amount: amount.into(),
        source,
        split: vec![],
    })
}

#[test]
fn a_meeting_from_positions_to_a_signed_recountable_decision() {
    let root = tempfile::tempdir().unwrap();
    let Meeting {
        mut chair,
        mut members,
        files,
        ..
    } = meeting(root.path());

    // Without attendance only the three who answered take part: no quorum (7 of 12).
    let view = chair.meeting_view(MEETING).unwrap();
    assert!(view.is_chair);
    let mut expected = MEMBER_SEATS.to_vec();
    expected.sort();
    assert_eq!(view.answered, expected);
    assert_eq!(view.not_answered.len(), 9);
    assert!(!view.items[1].tally.quorum_met);
    // Five more seats attend: eight take part.
    for seat in [
        "un-2",
        "donors-2",
        "countries-2",
        "stakeholders-1",
        "stakeholders-2",
    ] {
        chair
            .set_attendance(MEETING, seat, scdesk::meeting::Attendance::Present)
            .unwrap();
    }
    let view = chair.meeting_view(MEETING).unwrap();
    let item1 = &view.items[0];
    assert!(
        item1.tally.quorum_met && !item1.tally.rule_holds,
        "{}",
        item1.tally.explanation
    );
    assert_eq!(
        (
            item1.tally.counts.join,
            item1.tally.counts.object,
            item1.tally.counts.no_answer
        ),
        (2, 1, 9)
    );
    assert_eq!(
        item1.tally.objections[0].reason,
        "Recruitment-fee monitoring has no budget line."
    );
    assert_eq!(item1.tally.by_constituency["donors"].object, 1);
    assert!(view.items[1].tally.rule_holds);

    // The funds: 990,000 in the pool and 495,000 earmarked to area 4, after the 1% fee.
    assert_eq!(view.funds.pool_available, "990000".parse().unwrap());
    assert_eq!(view.funds.committed, "1600000".parse().unwrap());

    // Approving a funding item needs its funding; too much is refused with the figures.
    let approve = |item, amount: &str, source| DecisionInput {
        item,
        outcome: Outcome::Approved,
        conditions: None,
        funding: funding(amount, source),
        override_reason: None,
    };
    let no_money = DecisionInput {
        funding: None,
        ..approve(2, "1", Source::Pool)
    };
    assert_eq!(
        chair
            .record_decision(MEETING, no_money)
            .unwrap_err()
            .to_string(),
        "Approving a funding item needs an amount, its source and its split by UN organisation."
    );
    let too_much = chair
        .record_decision(MEETING, approve(2, "1,000,000", Source::Pool))
        .unwrap_err();
    assert_eq!(too_much.code(), "insufficient_funds");
    assert!(too_much.to_string().contains("USD 990,000"), "{too_much}");
    let view = chair
        .record_decision(MEETING, approve(2, "900,000", Source::Pool))
        .unwrap();
    assert_eq!(view.funds.pool_available, "90000".parse().unwrap());
    let split = &view.items[1]
        .decision
        .as_ref()
        .unwrap()
        .funding
        .as_ref()
        .unwrap()
        .split;
    let split_total: rust_decimal::Decimal = split
        .iter()
        .map(|l| l.amount.parse::<rust_decimal::Decimal>().unwrap())
        .sum();
    assert_eq!(split_total, "900000".parse().unwrap());

    // Approving over an objection needs an override reason, kept in the record.
    let over = chair
        .record_decision(MEETING, approve(1, "400,000", Source::Area { area: 4 }))
        .unwrap_err();
    assert_eq!(over.code(), "override_required");
    assert!(over.to_string().contains("1 objection"), "{over}");
    let with_reason = DecisionInput {
        override_reason: Some(
            "The objection is met by condition 1: a budget line for fee monitoring.".into(),
        ),
        outcome: Outcome::ApprovedWithConditions,
        conditions: Some("1. Add a budget line for recruitment-fee monitoring.".into()),
        ..approve(1, "400,000", Source::Area { area: 4 })
    };
    let view = chair.record_decision(MEETING, with_reason).unwrap();
    let area4 = view.funds.areas.iter().find(|a| a.area == 4).unwrap();
    assert_eq!(area4.earmarked_available, "95000".parse().unwrap());
    assert_eq!(area4.allocated, "400000".parse().unwrap());
    let area5 = view.funds.areas.iter().find(|a| a.area == 5).unwrap();
    assert_eq!(area5.allocated, "900000".parse().unwrap());
    chair
        .record_decision(
            MEETING,
            DecisionInput {
                item: 3,
                outcome: Outcome::Approved,
                conditions: None,
                funding: None,
                override_reason: None,
            },
        )
        .unwrap();

    // Transfers against an allocation are recorded apart and never exceed it.
    chair.record_transfer(MEETING, 2, "600,000").unwrap();
    let err = chair.record_transfer(MEETING, 2, "300,001").unwrap_err();
    assert!(
        err.to_string().contains(
            "would exceed the allocation of USD 900,000 (USD 600,000 transferred already)"
        ),
        "{err}"
    );
    let b = chair.fund_balances().unwrap();
    assert_eq!(
        (b.allocated, b.transferred),
        ("1300000".parse().unwrap(), "600000".parse().unwrap())
    );

    // The signed decision file lists the position files counted; anyone can recount.
    let decision = chair.export_decisions(MEETING, &mut |_| Ok(())).unwrap();
    let payload: sync::DecisionFile =
        serde_json::from_slice(&scdesk::dsse::Envelope::parse(&decision).unwrap().payload).unwrap();
    // Format 2 lists them by payload hash: the same however the envelope is encoded.
    let hashes: Vec<String> = files
        .iter()
        .map(|f| sync::payload_hash(&scdesk::dsse::Envelope::parse(f).unwrap()))
        .collect();
    assert_eq!(payload.positions_counted.len(), 3);
    assert!(hashes.iter().all(|h| payload.positions_counted.contains(h)));
    assert_eq!(
        payload.decisions[0].override_reason.as_deref(),
        Some("The objection is met by condition 1: a budget line for fee monitoring.")
    );
    let recount = chair.recount(&decision, &files).unwrap();
    assert!(recount.matches, "{recount:?}");
    let partial = chair.recount(&decision, &files[..2]).unwrap();
    assert!(!partial.matches, "a missing file shows");
    assert!(
        partial
            .files
            .iter()
            .any(|f| f.problem.contains("not among the files given")),
        "{partial:?}"
    );

    // A member imports the decision: their file shows as counted, their ledger follows.
    let m1 = &mut members[0];
    assert_eq!(m1.import(&decision)[0].outcome, ImportOutcome::Imported);
    let mine = m1.my_positions(MEETING).unwrap();
    assert!(
        mine.exported.iter().all(|f| f.counted),
        "{:?}",
        mine.exported
    );
    assert_eq!(
        m1.fund_balances().unwrap().allocated,
        "1300000".parse().unwrap()
    );
    assert_eq!(m1.meeting_list().unwrap()[0].status, "decided");

    // Every change is in the hash chain; a changed entry is named.
    let report = chair.audit_verify().unwrap();
    assert!(report.first_broken.is_none(), "{report:?}");
    assert_logged(
        &chair,
        &[
            "decision recorded with override",
            "imported position file",
            "pinned roster",
        ],
    );
}

#[test]
fn the_written_procedure_needs_the_deadline_and_one_objection_blocks() {
    let root = tempfile::tempdir().unwrap();
    let Meeting { mut chair, .. } = meeting(root.path());
    let deadline = chrono::Utc::now() + chrono::Duration::days(10);
    chair.open_written_procedure(MEETING, deadline).unwrap();
    let view = chair.meeting_view(MEETING).unwrap();
    assert!(matches!(
        view.items[0].written,
        Some(scdesk::tally::WrittenState::Blocked { .. })
    ));
    assert!(matches!(
        view.items[2].written,
        Some(scdesk::tally::WrittenState::Open { .. })
    ));
    let early = chair
        .record_decision(
            MEETING,
            DecisionInput {
                item: 3,
                outcome: Outcome::Approved,
                conditions: None,
                funding: None,
                override_reason: None,
            },
        )
        .unwrap_err();
    assert!(early.to_string().contains("open until"), "{early}");
    assert_eq!(
        chair
            .open_written_procedure(MEETING, chrono::Utc::now() - chrono::Duration::days(1))
            .unwrap_err()
            .code(),
        "decision_invalid"
    );
}

#[test]
fn a_member_cannot_record_decisions_and_a_changed_audit_entry_is_named() {
    let root = tempfile::tempdir().unwrap();
    let Meeting {
        mut members,
        mut chair,
        ..
    } = meeting(root.path());
    let err = members[0]
        .record_decision(
            MEETING,
            DecisionInput {
                item: 3,
                outcome: Outcome::Approved,
                conditions: None,
                funding: None,
                override_reason: None,
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_chair");
    chair
        .set_attendance(MEETING, "un-2", scdesk::meeting::Attendance::Present)
        .unwrap();
    let n = chair.audit_log().unwrap().len();
    assert!(n >= 5);
    chair
        .tamper_audit_for_tests("UPDATE audit SET details = '{\"seat\":\"un-3\"}' WHERE seq = 3")
        .unwrap();
    let report = chair.audit_verify().unwrap();
    let broken = report.first_broken.expect("the change is found");
    assert_eq!(broken.seq, 3);
    assert!(broken.reason.contains("changed"), "{broken:?}");
}

#[test]
fn earmarks_fund_their_own_area_and_a_stale_tally_is_not_exported() {
    let root = tempfile::tempdir().unwrap();
    let Meeting {
        mut chair,
        mut members,
        ..
    } = meeting(root.path());
    quorate(&mut chair);
    // Item 2's programme is in area 5; Sweden's money is earmarked to area 4.
    let wrong = DecisionInput {
        item: 2,
        outcome: Outcome::Approved,
        conditions: None,
        funding: funding("100,000", Source::Area { area: 4 }),
        override_reason: None,
    };
    let err = chair.record_decision(MEETING, wrong).unwrap_err();
    assert!(
        err.to_string()
            .contains("earmarked to area 4 cannot fund a programme of area 5"),
        "{err}"
    );
    let bad_amount = DecisionInput {
        funding: funding("a lot", Source::Pool),
        ..DecisionInput {
            item: 2,
            outcome: Outcome::Approved,
            conditions: None,
            funding: None,
            override_reason: None,
        }
    };
    let refused = chair
        .record_decision(MEETING, bad_amount)
        .unwrap_err()
        .to_string();
    assert!(
        refused.starts_with("“a lot” is not an amount: write it like USD"),
        "{refused}"
    );

    // A decision recorded, then a member changes position: exporting would misstate it.
    chair
        .record_decision(
            MEETING,
            DecisionInput {
                item: 3,
                outcome: Outcome::Approved,
                conditions: None,
                funding: None,
                override_reason: None,
            },
        )
        .unwrap();
    let m1 = &mut members[0];
    m1.set_position(
        MEETING,
        3,
        Stance::Object,
        Some("The report omits the audit findings."),
    )
    .unwrap();
    let later = m1.export_positions(MEETING, &mut |_| Ok(())).unwrap();
    assert_eq!(chair.import(&later)[0].outcome, ImportOutcome::Replaced);
    let err = chair
        .export_decisions(MEETING, &mut |_| Ok(()))
        .unwrap_err();
    assert!(
        err.to_string().contains("Record the decision again"),
        "{err}"
    );
}

#[test]
fn a_decision_file_with_an_unreadable_amount_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let Meeting {
        mut chair,
        mut members,
        ..
    } = meeting(root.path());
    quorate(&mut chair);
    chair
        .record_decision(
            MEETING,
            DecisionInput {
                item: 3,
                outcome: Outcome::Approved,
                conditions: None,
                funding: None,
                override_reason: None,
            },
        )
        .unwrap();
    let good = chair.export_decisions(MEETING, &mut |_| Ok(())).unwrap();
    let mut payload: serde_json::Value =
        serde_json::from_slice(&scdesk::dsse::Envelope::parse(&good).unwrap().payload).unwrap();
    payload["decisions"][0]["funding"] =
        serde_json::json!({"amount": "1,000", "source": {"kind": "pool"}, "split": []});
    let bad = chair.sign(Kind::Decision, &payload);
    let r = members[0].import(&bad);
    assert_eq!(r[0].code, Some("bad_payload"), "{}", r[0].message);
    assert!(members[0].fund_balances().is_ok());
}

fn workspace(root: &std::path::Path, name: &str) -> Desk {
    workspace_with(root, name, Content::Empty)
}

#[test]
fn no_quorum_no_override_a_signed_decision_is_final_and_a_correction_reaches_the_members() {
    let root = tempfile::tempdir().unwrap();
    let Meeting {
        mut chair,
        mut members,
        ..
    } = meeting(root.path());

    // Three of the seven required take part: no reason can approve or reject.
    for (outcome, reason) in [
        (Outcome::Approved, Some("Members agreed by email")),
        (Outcome::NotApproved, Some("Urgent")),
        (Outcome::Approved, None),
    ] {
        let e = chair
            .record_decision(MEETING, decide(3, outcome, None, reason))
            .unwrap_err();
        assert_eq!(e.code(), "no_quorum", "{e}");
        assert_eq!(
            e.to_string(),
            "No quorum: 3 of the 7 members required take part; the item can only be deferred."
        );
    }
    let view = chair
        .record_decision(MEETING, decide(3, Outcome::Deferred, None, None))
        .unwrap();
    assert_eq!(view.items[2].outcomes.len(), 1, "only deferral is offered");

    // With a quorum: rejecting what consensus supports needs a reason in words; more
    // than the programme requested is refused with the figures.
    quorate(&mut chair);
    let e = chair
        .record_decision(
            MEETING,
            decide(3, Outcome::NotApproved, None, Some("\u{200b}")),
        )
        .unwrap_err();
    assert_eq!(e.code(), "override_required", "{e}");
    let e = chair
        .record_decision(
            MEETING,
            decide(2, Outcome::Approved, Some("1,754,800.01"), None),
        )
        .unwrap_err();
    assert_eq!(e.code(), "above_request", "{e}");
    assert!(
        e.to_string()
            .contains("(USD 1,754,800, direct and indirect costs)"),
        "{e}"
    );
    chair
        .record_decision(MEETING, decide(2, Outcome::Approved, Some("900,000"), None))
        .unwrap();
    chair
        .record_decision(MEETING, decide(3, Outcome::Approved, None, None))
        .unwrap();
    let first = chair.export_decisions(MEETING, &mut |_| Ok(())).unwrap();

    // Signed is final: the decision cannot change, nor be exported again as revision 1.
    let e = chair
        .record_decision(MEETING, decide(3, Outcome::Deferred, None, None))
        .unwrap_err();
    assert_eq!(e.code(), "decisions_final", "{e}");
    assert_eq!(
        chair
            .export_decisions(MEETING, &mut |_| Ok(()))
            .unwrap_err()
            .code(),
        "decisions_final"
    );
    let view = chair.meeting_view(MEETING).unwrap();
    assert!(view.decisions_final && view.revision == Some(1) && view.correction.is_none());

    // A correction is its own act, with a reason, checked by the same rules.
    let mut written = Vec::new();
    let e = chair
        .correct_decisions(
            MEETING,
            &[decide(3, Outcome::Deferred, None, None)],
            "  ",
            &mut |b| {
                written.push(b.to_vec());
                Ok(())
            },
        )
        .unwrap_err();
    assert_eq!(e.code(), "decision_invalid", "{e}");
    assert!(written.is_empty(), "nothing delivered when refused");
    let reason = "Item 2 was approved for 900,000, not the 1,754,800 first typed: corrected to the sum agreed.";
    let corrected = chair
        .correct_decisions(
            MEETING,
            &[decide(2, Outcome::Approved, Some("800,000"), None)],
            reason,
            &mut |b| {
                written.push(b.to_vec());
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(written, vec![corrected.clone()]);
    let file: sync::DecisionFile =
        serde_json::from_slice(&scdesk::dsse::Envelope::parse(&corrected).unwrap().payload)
            .unwrap();
    assert_eq!((file.format, file.revision), (3, Some(2)));
    let corrects = file.corrects.unwrap();
    assert_eq!(corrects.reason, reason);
    assert_eq!(
        corrects.file,
        sync::payload_hash(&scdesk::dsse::Envelope::parse(&first).unwrap())
    );
    let view = chair.meeting_view(MEETING).unwrap();
    assert_eq!(view.revision, Some(2));
    assert_eq!(
        view.correction.as_deref(),
        Some(format!("Corrected record, revision 2: {reason}").as_str())
    );
    assert_eq!(view.funds.allocated, "800000".parse().unwrap());
    assert!(chair
        .audit_log()
        .unwrap()
        .iter()
        .any(|e| e.action == "decision file corrected"));
    // The record is the corrected one, and shows what changed; it proves itself.
    let pdf = chair
        .record_pdf(MEETING, scdesk::pdf::Paper::A4, scdesk::lang::Lang::En)
        .unwrap();
    scdesk::pdf::check_regenerates(&pdf).unwrap();
    let path = root.path().join("corrected.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = crate::record::pdftotext(&path)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Corrected record (revision 2)."), "{text}");
    assert!(
        text.contains("Reason: Item 2 was approved for 900,000"),
        "{text}"
    );
    assert!(
        text.contains(
            "Before, the decision was: Approved. Before, the amount approved was USD 900,000, from the un-earmarked pool."
        ),
        "{text}"
    );
    assert!(text.contains("Amount approved: USD 800,000"), "{text}");

    // A member imports both, in either order: revision 2 stands, and their ledger follows.
    for (m, order) in members
        .iter_mut()
        .zip([[&first, &corrected], [&corrected, &first]])
    {
        for f in order {
            let r = m.import(f);
            assert_eq!(r[0].outcome, ImportOutcome::Imported, "{}", r[0].message);
        }
        let view = m.meeting_view(MEETING).unwrap();
        assert_eq!(view.revision, Some(2));
        assert!(view
            .correction
            .as_deref()
            .unwrap()
            .starts_with("Corrected record, revision 2"));
        assert_eq!(
            view.items[1]
                .decision
                .as_ref()
                .unwrap()
                .funding
                .as_ref()
                .unwrap()
                .amount,
            "800000"
        );
        assert_eq!(
            m.fund_balances().unwrap().allocated,
            "800000".parse().unwrap()
        );
    }
}

#[test]
fn a_declared_conflict_leaves_only_recusal() {
    let root = tempfile::tempdir().unwrap();
    let Meeting { mut members, .. } = meeting(root.path());
    let m = &mut members[0];
    m.declare_conflict(fixture::DOSSIER_1, "My organisation would implement it.")
        .unwrap();
    let e = m
        .set_position(MEETING, 1, Stance::JoinConsensus, None)
        .unwrap_err();
    assert_eq!(e.code(), "conflict_declared", "{e}");
    m.set_position(MEETING, 1, Stance::Recuse, Some("Conflict of interest."))
        .unwrap();
    m.withdraw_conflict(fixture::DOSSIER_1).unwrap();
    m.set_position(MEETING, 1, Stance::JoinConsensus, None)
        .unwrap();
    assert_logged(
        m,
        &[
            "conflict of interest declared",
            "conflict of interest withdrawn",
        ],
    );
}

#[test]
fn the_funds_and_the_statuses_tell_the_truth_on_the_demo() {
    let root = tempfile::tempdir().unwrap();
    let mut demo = crate::util::workspace(root.path(), "demo", scdesk::desk::Content::Demo);
    // Every funded programme counts as allocated, also those funded before the
    // workspace's first signed decision (Ecuador, area 1: USD 2,075,800).
    let now = demo.fund_balances().unwrap();
    let area1 = now.areas.iter().find(|a| a.area == 1).unwrap();
    assert_eq!(area1.allocated, "2075800".parse().unwrap());
    // The meeting in session is decidable at once: nine answers, a quorum.
    let session = scdesk::demo::DEMO_SESSION;
    let view = demo.meeting_view(session).unwrap();
    assert!(view
        .items
        .iter()
        .all(|i| i.tally.quorum_met && i.not_yet.is_none()));
    assert_eq!(view.items[0].requested.as_deref(), Some("1,904,600"));
    let past_before = demo
        .meeting_view(scdesk::demo::DEMO_PAST_MEETING)
        .unwrap()
        .funds;
    demo.record_decision(
        session,
        decide(1, Outcome::Approved, Some("1,904,600"), None),
    )
    .unwrap();
    demo.record_decision(
        session,
        DecisionInput {
            override_reason: Some("The plan is not ready, as the objection says.".into()),
            ..decide(2, Outcome::NotApproved, None, None)
        },
    )
    .unwrap();
    // A past meeting's funds are as of its date: later decisions are not in them.
    let past_after = demo
        .meeting_view(scdesk::demo::DEMO_PAST_MEETING)
        .unwrap()
        .funds;
    assert_eq!(past_before, past_after);
    assert_eq!(
        demo.fund_balances().unwrap().allocated,
        now.allocated + rust_decimal::Decimal::from(1_904_600)
    );
    // Dossier statuses follow the decisions.
    let status = |d: &Desk, id: &str| d.dossier_page(id).unwrap().row.status_label;
    assert_eq!(status(&demo, "jp-gulf-guinea-trafficking"), "Funded");
    assert_eq!(
        status(&demo, "jp-bangladesh-climate-mobility"),
        "Not approved"
    );
    // The upcoming meeting is upcoming, and nothing can be decided on it yet.
    let upcoming = demo.meeting_view("sc-2026-04").unwrap();
    assert!(upcoming.starts_at > chrono::Utc::now());
    let not_yet = upcoming.items[0].not_yet.clone().unwrap();
    assert!(
        not_yet.contains("decisions are recorded once it has started"),
        "{not_yet}"
    );
}
