//! The generated code for the Userplane spec and each fixture spec, pinned.
//! A change to the generator shows up here as a diff a reviewer can read.
//!
//! Update the files with `EXPECTORATE=overwrite cargo test -p docspec-tests --test snapshots`.

use docspec_codegen::{ExpandOptions, Input, InputFile, generate_file};
use docspec_tests::crate_dir;

fn check(spec: &str, snapshot: &str) {
    let path = crate_dir().join(spec);
    let input = Input::Spec(InputFile::new(path, spec));
    let code = generate_file(&input, &ExpandOptions::default())
        .unwrap_or_else(|d| panic!("{spec} does not load:\n{d}"));
    expectorate::assert_contents(crate_dir().join("snapshots").join(snapshot), &code);
}

#[test]
fn userplane() {
    check("../spec/userplane.json", "userplane.rs");
}

#[test]
fn nested_error_body() {
    check("fixtures/specs/nested.json", "nested.rs");
}

#[test]
fn dotted_codes() {
    check("fixtures/specs/dotted.json", "dotted.rs");
}

#[test]
fn documented_statuses_and_problem_details() {
    check("fixtures/specs/statuses.json", "statuses.rs");
}

#[test]
fn typed_query_parameters() {
    check("fixtures/specs/query.json", "query.rs");
}

#[test]
fn enum_models() {
    check("fixtures/specs/enums.json", "enums.rs");
}

#[test]
fn paging_styles() {
    check("fixtures/specs/paging.json", "paging.rs");
}

#[test]
fn minimal() {
    check("fixtures/specs/minimal.json", "minimal.rs");
}

/// Real vendors' error pages, as published (`fixtures/pages/`).
#[test]
fn vendor_pages() {
    for (spec, snapshot) in [
        ("fixtures/pages/appwrite.md", "pages/appwrite.rs"),
        ("fixtures/pages/meilisearch.mdx", "pages/meilisearch.rs"),
        ("fixtures/pages/ory-talos.json", "pages/ory-talos.rs"),
        (
            "fixtures/pages/smartbear-problem.md",
            "pages/smartbear-problem.rs",
        ),
        (
            "fixtures/pages/yandex-common-errors.md",
            "pages/yandex-common-errors.rs",
        ),
        (
            "fixtures/pages/yandex-putrecord.json",
            "pages/yandex-putrecord.rs",
        ),
    ] {
        check(spec, snapshot);
    }
}

/// One fixture spec per auth scheme (`fixtures/specs/auth/`).
#[test]
fn auth_schemes() {
    for scheme in ["header", "query", "basic"] {
        check(
            &format!("fixtures/specs/auth/{scheme}.json"),
            &format!("auth/{scheme}.rs"),
        );
    }
}
