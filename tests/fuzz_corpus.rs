//! The fuzzers' findings, replayed on every `cargo test`: each file under
//! `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` goes through its target
//! (`scdesk::fuzz`), which must return without panicking. `make fuzz` grows the corpora;
//! a crash it finds is saved under `fuzz/regressions/` and stays here once fixed.

use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for kind in ["corpus", "regressions"] {
        if let Ok(entries) = std::fs::read_dir(root.join(kind).join(target)) {
            files.extend(entries.map(|e| e.unwrap().path()));
        }
    }
    files.sort();
    files
}

#[test]
fn every_saved_fuzz_input_is_read_without_a_panic() {
    let mut replayed = 0;
    for (target, run) in scdesk::fuzz::TARGETS {
        let files = inputs(target);
        assert!(
            !files.is_empty(),
            "no saved inputs for fuzz target {target}"
        );
        for file in files {
            let bytes = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&bytes));
            assert!(outcome.is_ok(), "{target} panicked on {}", file.display());
            replayed += 1;
        }
    }
    assert!(replayed >= scdesk::fuzz::TARGETS.len());
}

#[test]
fn every_fuzz_target_has_its_harness() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/fuzz_targets");
    for (target, _) in scdesk::fuzz::TARGETS {
        let harness = std::fs::read_to_string(dir.join(format!("{target}.rs")))
            .unwrap_or_else(|_| panic!("fuzz/fuzz_targets/{target}.rs is missing"));
        assert!(
            harness.contains(&format!("scdesk::fuzz::{target}(")),
            "fuzz/fuzz_targets/{target}.rs does not call scdesk::fuzz::{target}"
        );
    }
}
