//! The fund-scale generators (`scdesk::scale`) that `make bench` measures with: their
//! files are what the real parties would sign, so a workspace takes every one of them.

use scdesk::desk::Content;
use scdesk::exchange::Outcome;
use scdesk::scale::{Committee, ITEMS, MEMBERS};

use crate::util;

/// A workspace (its folder kept alive with it) that pinned the roster of the committee
/// generated from `seed`.
fn committee_workspace(seed: u64) -> (tempfile::TempDir, scdesk::Desk, Committee) {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = util::workspace(dir.path(), "chair", Content::Empty);
    let committee = Committee::new(seed);
    desk.pin_roster(&committee.roster_file(), &committee.fmu.keyid())
        .unwrap();
    (dir, desk, committee)
}

#[test]
fn the_same_seed_makes_the_same_files() {
    let (a, b) = (Committee::new(7), Committee::new(7));
    assert_eq!(a.roster_file(), b.roster_file());
    assert_eq!(a.position_file(3, 5, 2), b.position_file(3, 5, 2));
    assert_ne!(a.roster_file(), Committee::new(8).roster_file());
}

#[test]
fn a_workspace_takes_every_generated_file_with_one_commit() {
    let (_dir, mut desk, committee) = committee_workspace(1);
    // Two meetings' worth: each member's first file, then a revision of it.
    let files = committee.position_files(2 * MEMBERS * 2, 2);
    assert_eq!(files.meetings.len(), 2);
    let mut given: Vec<&[u8]> = files.meetings.iter().map(Vec::as_slice).collect();
    given.extend(files.positions.iter().map(Vec::as_slice));
    let results = desk.import_files(&given);
    assert_eq!(results.len(), given.len());
    for (n, lines) in results.iter().enumerate() {
        assert_eq!(lines.len(), 1);
        assert!(
            matches!(lines[0].outcome, Outcome::Imported | Outcome::Replaced),
            "file {n}: {:?} {}",
            lines[0].outcome,
            lines[0].message
        );
    }
    // The second revision of each member stands.
    let view = desk.meeting_view(&Committee::meeting_id(1)).unwrap();
    assert_eq!(view.items.len(), ITEMS as usize);
    assert_eq!(view.answered.len(), MEMBERS);
    // Dossiers at scale, in packages.
    let packages = committee.dossier_packages(60, 25);
    assert_eq!(packages.len(), 3);
    for p in &packages {
        assert_eq!(desk.import(p)[0].outcome, Outcome::Imported);
    }
    let query = scdesk::review::DossierQuery {
        text: Some("subventions".into()),
        ..Default::default()
    };
    assert!(!desk.list_dossiers(&query).unwrap().is_empty());
}

/// `make bench BENCH_100K=1` imports 100,000 position files (three revisions per member):
/// the last meeting they need must still fall within the members' terms, or its positions
/// are refused as signed by nobody serving.
#[test]
fn the_largest_curve_point_stays_within_the_members_terms() {
    let (_dir, mut desk, committee) = committee_workspace(2026);
    let per_meeting = MEMBERS * 3;
    let last = u32::try_from(100_000usize.div_ceil(per_meeting) - 1).unwrap();
    let meeting = committee.meeting_file(last);
    let position = committee.position_file(last, MEMBERS - 1, 3);
    let results = desk.import_files(&[meeting.as_slice(), position.as_slice()]);
    for lines in &results {
        assert!(
            matches!(lines[0].outcome, Outcome::Imported),
            "meeting {last}: {:?} {}",
            lines[0].outcome,
            lines[0].message
        );
    }
}

#[test]
fn files_checked_on_every_core_come_back_in_order_as_checked_alone() {
    let (_dir, mut desk, committee) = committee_workspace(3);
    let files = committee.position_files(600, 2);
    let meetings: Vec<&[u8]> = files.meetings.iter().map(Vec::as_slice).collect();
    desk.import_files(&meetings);
    let trust = desk.trust().unwrap();
    // Good files, with refusals among them: a tampered signature, a meeting not held,
    // a line that is no envelope.
    let mut given: Vec<Vec<u8>> = files.positions.clone();
    let mut tampered = given[100].clone();
    let at = tampered.len() - 20;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    given[100] = tampered;
    given[250] = committee.position_file(9_999, 0, 1);
    given[400] = b"not a signed file".to_vec();
    let given: Vec<&[u8]> = given.iter().map(Vec::as_slice).collect();
    let alone: Vec<String> = given
        .iter()
        .map(|f| match scdesk::sync::check(f, &trust) {
            Ok(v) => v.hash,
            Err(e) => format!("refused: {e}"),
        })
        .collect();
    assert!(alone[100].starts_with("refused"), "{}", alone[100]);
    assert!(alone[250].starts_with("refused"), "{}", alone[250]);
    assert!(alone[400].starts_with("refused"), "{}", alone[400]);
    let mut together = Vec::new();
    scdesk::sync::check_each(&given, &trust, |n, checked| {
        assert_eq!(n, together.len(), "handed on in order");
        together.push(match checked {
            Ok(v) => v.hash,
            Err(e) => format!("refused: {e}"),
        });
        std::ops::ControlFlow::Continue(())
    });
    assert_eq!(together, alone);
    // Stopping hands on nothing more.
    let mut seen = 0;
    scdesk::sync::check_each(&given, &trust, |n, _| {
        seen += 1;
        if n == 299 {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    });
    assert_eq!(seen, 300);
}

#[test]
fn a_page_of_search_results_is_the_head_of_the_whole_list() {
    let (_dir, mut desk, committee) = committee_workspace(5);
    for p in committee.dossier_packages(120, 40) {
        assert_eq!(desk.import(&p)[0].outcome, Outcome::Imported);
    }
    let ids = |rows: &[scdesk::review::DossierRow]| -> Vec<String> {
        rows.iter().map(|r| r.id.clone()).collect()
    };
    for (text, sort) in [
        ("subventions", None),
        ("data", None),
        ("enfants", Some(scdesk::review::SortBy::Title)),
    ] {
        let query = scdesk::review::DossierQuery {
            text: Some(text.into()),
            sort,
            ..Default::default()
        };
        let all = desk.list_dossiers(&query).unwrap();
        assert!(all.len() > 7, "{text}: {} matches", all.len());
        let page = desk.list_dossiers_page(&query, 7).unwrap();
        assert_eq!(page.matching, all.len(), "{text}");
        assert_eq!(ids(&page.rows), ids(&all[..7]), "{text}");
    }
}

/// For profiling by hand (`perf record … flows scale::import_for_profiling --ignored`).
#[test]
#[ignore = "a workload to profile, not a test"]
fn import_for_profiling() {
    let (_dir, mut desk, committee) = committee_workspace(2026);
    let files = committee.position_files(1000, 3);
    let mut given: Vec<&[u8]> = files.meetings.iter().map(Vec::as_slice).collect();
    given.extend(files.positions.iter().map(Vec::as_slice));
    desk.import_files(&given);
}
