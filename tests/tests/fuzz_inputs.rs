//! Every committed fuzz input, run through its target's property in the
//! normal suite: the seed corpus (`fuzz/seeds/<target>/`) and every input a
//! fuzzer found a failure with (`fuzz/regressions/<target>/`), so a fixed
//! crash stays fixed without a fuzzer installed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use userplane_tests::fuzzing::TARGETS;
use userplane_tests::workspace_dir;

/// The files of `dir`, sorted; none if it does not exist.
fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn run_all(kind: &str) -> usize {
    let mut failures = Vec::new();
    let mut count = 0;
    for (target, check) in TARGETS {
        let dir = workspace_dir().join("fuzz").join(kind).join(target);
        for file in inputs(&dir) {
            let data = std::fs::read(&file).unwrap();
            count += 1;
            if catch_unwind(AssertUnwindSafe(|| check(&data))).is_err() {
                failures.push(file.display().to_string());
            }
        }
    }
    assert!(failures.is_empty(), "failing inputs: {failures:#?}");
    count
}

#[test]
fn every_seed_holds() {
    let count = run_all("seeds");
    assert!(count >= TARGETS.len(), "only {count} seeds");
}

#[test]
fn every_found_input_stays_fixed() {
    run_all("regressions");
}
