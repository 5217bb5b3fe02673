//! What a member, the chair and an auditor wait for, timed on the demo workspace:
//! `make bench` (criterion). The targets below are what a 2-core laptop should meet; a
//! result above its target is a regression to look into.
//!
//! | benchmark | what the user does | target |
//! |---|---|---|
//! | `search_dossiers` | types a word in the dossier search (FTS5, notes included) | < 20 ms |
//! | `meeting_view` | opens a meeting: tally of every item, quorum, funds | < 50 ms |
//! | `verify_position_file` | a position file arrives: signature and roster checks | < 5 ms |
//! | `recount_past_meeting` | an auditor recounts a decision file from 10 position files | < 100 ms |
//! | `record_pdf` | the chair prints a meeting's decision record | < 2 s |
//! | `verify_record_pdf` | anyone verifies a record PDF by drawing it again | < 3 s |

use criterion::{criterion_group, criterion_main, Criterion};
use scdesk::desk::{Content, CreateOptions, Desk, Unlock};
use scdesk::review::DossierQuery;
use scdesk::secret::{KdfParams, Passphrase};

const PAST_MEETING: &str = "sc-2026-03";

fn demo(dir: &std::path::Path) -> Desk {
    let options = CreateOptions {
        content: Content::Demo,
        // The key derivation is not what is measured here.
        kdf: KdfParams {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        },
        ..CreateOptions::default()
    };
    let pass = Passphrase::new("a passphrase for the benchmarks".into());
    Desk::create(&dir.join("demo"), Unlock::Passphrase(pass), options).expect("the demo")
}

fn desk(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let desk = demo(dir.path());
    let files = desk.meeting_files(PAST_MEETING).expect("the demo's files");
    let of = |prefix: &str| -> Vec<Vec<u8>> {
        files
            .iter()
            .filter(|(name, _)| name.starts_with(prefix))
            .map(|(_, bytes)| bytes.clone())
            .collect()
    };
    let positions = of("position-");
    let decision = of("decision-").pop().expect("the demo's decision file");
    assert_eq!(positions.len(), 10, "the demo's ten position files");

    c.bench_function("search_dossiers", |b| {
        let query = DossierQuery {
            text: Some("recruitment".into()),
            ..DossierQuery::default()
        };
        b.iter(|| desk.list_dossiers(&query).expect("search"))
    });
    c.bench_function("meeting_view", |b| {
        b.iter(|| desk.meeting_view(PAST_MEETING).expect("the meeting"))
    });
    c.bench_function("verify_position_file", |b| {
        b.iter(|| desk.verify(&positions[0]).expect("a valid file"))
    });
    c.bench_function("recount_past_meeting", |b| {
        b.iter(|| {
            let recount = desk.recount(&decision, &positions).expect("a recount");
            assert!(recount.matches);
        })
    });

    let mut slow = c.benchmark_group("records");
    slow.sample_size(10);
    let pdf = desk
        .record_pdf(PAST_MEETING, scdesk::pdf::Paper::A4, scdesk::lang::Lang::En)
        .expect("the record");
    slow.bench_function("record_pdf", |b| {
        b.iter(|| {
            desk.record_pdf(PAST_MEETING, scdesk::pdf::Paper::A4, scdesk::lang::Lang::En)
                .expect("the record")
        })
    });
    slow.bench_function("verify_record_pdf", |b| {
        b.iter(|| scdesk::pdf::check_regenerates(&pdf).expect("a valid record"))
    });
    slow.finish();
}

criterion_group!(benches, desk);
criterion_main!(benches);
