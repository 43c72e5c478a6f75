//! Every committed fuzz input, run through its target's property in the
//! normal suite: the seed corpus (`fuzz/seeds/<target>/`) and every input a
//! fuzzer found a failure with (`fuzz/regressions/<target>/`), so a fixed
//! crash stays fixed without a fuzzer installed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use docspec_tests::fuzzing::TARGETS;
use docspec_tests::workspace_dir;

/// The files of `dir`, sorted.
fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    files
}

/// Runs every input of `fuzz/<kind>/<target>/` through its target's
/// property; returns how many inputs each target had.
fn run_all(kind: &str) -> Vec<(&'static str, usize)> {
    let mut failures = Vec::new();
    let mut counts = Vec::new();
    for (target, check) in TARGETS {
        let dir = workspace_dir().join("fuzz").join(kind).join(target);
        let files = inputs(&dir);
        for file in &files {
            let data = std::fs::read(file).unwrap();
            if catch_unwind(AssertUnwindSafe(|| check(&data))).is_err() {
                failures.push(file.display().to_string());
            }
        }
        counts.push((target, files.len()));
    }
    assert!(failures.is_empty(), "failing inputs: {failures:#?}");
    counts
}

#[test]
fn every_seed_holds() {
    for (target, count) in run_all("seeds") {
        assert!(count > 0, "no seed for `{target}`");
    }
}

#[test]
fn every_found_input_stays_fixed() {
    let counts = run_all("regressions");
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    assert!(total > 0, "no regression input at all: {counts:?}");
}
