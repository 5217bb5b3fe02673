//! The contribution statement: the FMU signs the contributions it holds; every workspace's
//! ledger follows the newest statement, and a statement that is older, signed by another
//! role or malformed changes nothing.

use crate::decisions;
use crate::fixture::{self, FUND};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use scdesk::exchange::Outcome;
use scdesk::sync::{ContributionStatement, Kind, StatementLine, FORMAT};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn line(contributor: &str, committed: &str, deposited: &str, area: Option<u32>) -> StatementLine {
    StatementLine {
        contributor: contributor.into(),
        committed: committed.into(),
        deposited: deposited.into(),
        earmark_area: area,
        date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
    }
}

#[test]
fn every_ledger_follows_the_fmus_newest_contribution_statement() {
    let root = tempfile::tempdir().unwrap();
    let decisions::Meeting {
        mut chair,
        mut members,
        ..
    } = decisions::meeting(root.path());
    let mut fmu = crate::util::open_workspace(root.path(), "fmu");
    let member = &mut members[0];
    let day = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();

    // A member holds no contributions until a statement arrives.
    assert_eq!(member.fund_balances().unwrap().deposited, Decimal::ZERO);
    let err = member
        .publish_contribution_statement(day, &mut |_| Ok(()))
        .unwrap_err();
    assert_eq!(err.code(), "not_fmu", "{err}");

    // Nothing to state yet: an empty statement would empty every ledger.
    let err = fmu
        .publish_contribution_statement(day, &mut |_| Ok(()))
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("no contributions to put in a statement"),
        "{err}"
    );
    fmu.record_contribution("GERMANY", "1,000,000", None, None, day)
        .unwrap();
    fmu.record_contribution("SWEDEN", "500,000", Some("600,000"), Some(4), day)
        .unwrap();
    // A statement that could not be delivered is not kept.
    let err = fmu
        .publish_contribution_statement(day, &mut |_| {
            Err(scdesk::Error::io(
                std::path::Path::new("/nowhere"),
                std::io::Error::other("disk full"),
            ))
        })
        .unwrap_err();
    assert_eq!(err.code(), "io", "{err}");
    assert_eq!(fmu.contribution_statement_version().unwrap(), None);
    let v1 = fmu
        .publish_contribution_statement(day, &mut |_| Ok(()))
        .unwrap();
    assert_eq!(fmu.contribution_statement_version().unwrap(), Some(1));

    let r = member.import(&v1);
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    assert!(
        r[0].message.contains("contribution statement version 1")
            && r[0].message.contains("USD 1,500,000 deposited"),
        "{}",
        r[0].message
    );
    let b = member.fund_balances().unwrap();
    assert_eq!(b.deposited, dec("1500000"));
    assert_eq!(b.committed, dec("1600000"), "commitments travel apart");
    assert_eq!(b.fee, dec("15000"), "the Administrative Agent's 1%");

    // The next statement replaces the contributions held; it does not add to them.
    fmu.record_contribution("NORWAY", "250,000", None, Some(2), day)
        .unwrap();
    let v2 = fmu
        .publish_contribution_statement(day, &mut |_| Ok(()))
        .unwrap();
    let r = member.import(&v2);
    assert_eq!(r[0].outcome, Outcome::Replaced, "{}", r[0].message);
    assert_eq!(member.fund_balances().unwrap().deposited, dec("1750000"));
    let overview = member.fund_overview().unwrap();
    assert_eq!(overview.contributor_count, 3);
    let source = overview
        .statement
        .expect("the figures name their statement");
    assert_eq!((source.version, source.as_of), (2, day));
    assert_eq!(source.file, scdesk::sync::file_hash(&v2));

    // The same file again is a duplicate; an older version, re-signed, is stale.
    assert_eq!(member.import(&v1)[0].outcome, Outcome::Duplicate);
    let resigned_v1 = ContributionStatement {
        format: FORMAT,
        fund: FUND.into(),
        version: 1,
        issued_at: fixture::at("2026-11-26T09:00:00Z"),
        as_of: day,
        contributions: vec![line("GERMANY", "9", "9", None)],
    };
    let r = member.import(&fmu.sign(Kind::Contributions, &resigned_v1));
    assert_eq!(r[0].outcome, Outcome::Stale, "{}", r[0].message);
    assert_eq!(member.fund_balances().unwrap().deposited, dec("1750000"));
    // A different statement with the version held is a conflict, not silently ignored.
    let other_v2 = ContributionStatement {
        version: 2,
        ..resigned_v1.clone()
    };
    let r = member.import(&fmu.sign(Kind::Contributions, &other_v2));
    assert_eq!(r[0].outcome, Outcome::Rejected, "{}", r[0].message);
    assert_eq!(r[0].code, Some("conflicting_statement"), "{}", r[0].message);
    assert_eq!(member.fund_balances().unwrap().deposited, dec("1750000"));

    // Refused, and nothing changes: signed by the chair, an amount with a thousands
    // separator, an area the fund does not have.
    let v3 = |lines| ContributionStatement {
        version: 3,
        contributions: lines,
        ..resigned_v1.clone()
    };
    let cases = [
        (
            chair.sign(Kind::Contributions, &v3(vec![line("X", "1", "1", None)])),
            "role_may_not_sign",
        ),
        (
            fmu.sign(
                Kind::Contributions,
                &v3(vec![line("X", "1,000", "1000", None)]),
            ),
            "bad_payload",
        ),
        (
            fmu.sign(Kind::Contributions, &v3(vec![line("X", "1", "-1", None)])),
            "bad_payload",
        ),
        (
            fmu.sign(Kind::Contributions, &v3(vec![line("X", "1", "1", Some(9))])),
            "funds_invalid",
        ),
    ];
    for (bytes, code) in cases {
        let r = member.import(&bytes);
        assert_eq!(r[0].outcome, Outcome::Rejected, "{}", r[0].message);
        assert_eq!(r[0].code, Some(code), "{}", r[0].message);
    }
    let r = member.import(&fmu.sign(
        Kind::Contributions,
        &v3(vec![line("X", "1_000", "1000", None)]),
    ));
    assert_eq!(
        r[0].code,
        Some("bad_payload"),
        "underscores are not digits: {}",
        r[0].message
    );
    assert_eq!(member.fund_balances().unwrap().deposited, dec("1750000"));
    assert_eq!(member.contribution_statement_version().unwrap(), Some(2));

    // At the chair, the statement replaces the figures typed by hand; the allocations
    // decided stay and are taken from the new figures.
    let before = chair.fund_balances().unwrap();
    assert_eq!(before.deposited, dec("1500000"));
    let r = chair.import(&v2);
    assert_eq!(r[0].outcome, Outcome::Imported, "{}", r[0].message);
    let after = chair.fund_balances().unwrap();
    assert_eq!(after.deposited, dec("1750000"));
    assert_eq!(after.allocated, before.allocated);
    // A contribution typed in afterwards: the figures are no longer the statement's.
    assert!(chair.fund_overview().unwrap().statement.is_some());
    chair
        .record_contribution("IRELAND", "10,000", None, None, day)
        .unwrap();
    assert!(chair.fund_overview().unwrap().statement.is_none());
    let log = chair.audit_log().unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "imported contribution statement"),
        "{log:?}"
    );
}

#[test]
fn the_fmu_signs_a_statement_from_the_command_line() {
    let root = tempfile::tempdir().unwrap();
    drop(decisions::meeting(root.path()));
    let run = |name: &str, args: &[&str]| crate::util::scdesk_as(root.path(), name, args);
    let file = root.path().join("statement.dsse");
    let f = file.to_str().unwrap();
    let out = run(
        "member-1",
        &["ledger", "statement", "--as-of", "2026-09-30", "--out", f],
    );
    assert!(!out.status.success());
    assert!(
        crate::util::stderr(&out).contains("Only the FMU signs contribution statements"),
        "{}",
        crate::util::stderr(&out)
    );
    assert!(!file.exists());

    let out = run(
        "fmu",
        &[
            "ledger",
            "contribute",
            "--contributor",
            "GERMANY",
            "--deposited",
            "1,000,000",
            "--date",
            "2026-03-15",
        ],
    );
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    let out = run(
        "fmu",
        &["ledger", "statement", "--as-of", "2026-09-30", "--out", f],
    );
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    assert!(
        crate::util::stdout(&out)
            .contains("version 1 as of 2026-09-30: 1 contributor, USD 1,000,000 in all"),
        "{}",
        crate::util::stdout(&out)
    );
    let out = run("member-1", &["import", f]);
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    let out = run("member-1", &["ledger", "show", "--json"]);
    let ledger: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(ledger["deposited"], "1000000");
}

#[test]
fn the_demo_ledger_follows_a_signed_statement_of_the_brochures_figures() {
    let root = tempfile::tempdir().unwrap();
    let demo = crate::util::workspace(root.path(), "demo", scdesk::desk::Content::Demo);
    let overview = demo.fund_overview().unwrap();
    assert_eq!(overview.total, dec("57595084"));
    assert_eq!(overview.contributor_count, 22);
    let source = overview
        .statement
        .expect("the demo's figures come from a statement");
    assert_eq!(source.version, 1);
    assert_eq!(source.as_of, NaiveDate::from_ymd_opt(2024, 8, 31).unwrap());
    assert_eq!(source.signer, "Fund Management Unit");
}
