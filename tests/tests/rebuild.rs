//! Editing a spec rebuilds the crate that uses it: a scratch crate is built
//! with cargo, its spec gains a code, and the rebuilt program prints it.

use docspec_tests::ScratchCrate;

const SPEC_V1: &str = r#"{
  "error_body": { "code": "/error", "message": "/message" },
  "categories": [{ "id": "general", "title": "Errors" }],
  "errors": [
    { "code": "NOT_FOUND", "status": 404, "category": "general", "message": "Not found." }
  ]
}"#;

const SPEC_V2: &str = r#"{
  "error_body": { "code": "/error", "message": "/message" },
  "categories": [{ "id": "general", "title": "Errors" }],
  "errors": [
    { "code": "NOT_FOUND", "status": 404, "category": "general", "message": "Not found." },
    { "code": "GONE_FOR_GOOD", "status": 410, "category": "general", "message": "It is gone." }
  ]
}"#;

const MAIN: &str = r#"
#[docspec::api(spec = "api/spec.json")]
mod api {}

fn main() {
    for code in api::ErrorCode::ALL {
        println!("{code} {} {}", code.status_u16(), code.message().unwrap_or("-"));
    }
}
"#;

fn run(krate: &ScratchCrate) -> String {
    let out = krate.cargo(&["run"]).unwrap();
    assert!(
        out.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn editing_the_spec_rebuilds_the_code() {
    let krate = ScratchCrate::new("rebuild-on-spec-change", MAIN).unwrap();
    krate.write("api/spec.json", SPEC_V1).unwrap();
    assert_eq!(run(&krate), "NOT_FOUND 404 Not found.\n");

    krate.edit("api/spec.json", SPEC_V2).unwrap();
    assert_eq!(
        run(&krate),
        "NOT_FOUND 404 Not found.\nGONE_FOR_GOOD 410 It is gone.\n"
    );
}

const DERIVE_MAIN: &str = r#"
#[docspec::api(spec = "api/spec.json")]
mod api {}

#[derive(Debug, docspec::FromApiError)]
#[api_error(module = "crate::api")]
enum AppError {
    #[api_error(code = "NOT_FOUND")]
    Missing,
    #[api_error(unknown)]
    Unexpected(api::ApiError),
}

fn main() {
    println!("{:?}", AppError::from(api::ErrorCode::NotFound));
}
"#;

#[test]
fn a_new_code_in_the_spec_fails_an_enum_that_covered_the_old_one() {
    let krate = ScratchCrate::new("derive-coverage-on-spec-change", DERIVE_MAIN).unwrap();
    krate.write("api/spec.json", SPEC_V1).unwrap();
    assert_eq!(run(&krate), "Missing\n");

    krate.edit("api/spec.json", SPEC_V2).unwrap();
    let out = krate.cargo(&["build"]).unwrap();
    assert!(!out.status.success(), "the build should fail");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "error: 1 error code of the spec is not mapped to a variant:\n         - `GONE_FOR_GOOD` (410 Gone): It is gone."
        ),
        "{stderr}"
    );
}

const PAGE_V1: &str = "## General errors\n\n| Error code | Status | Message |\n|---|---|---|\n| `NOT_FOUND` | 404 | Not found. |\n";
const PAGE_V2: &str = "## General errors\n\n| Error code | Status | Message |\n|---|---|---|\n| `NOT_FOUND` | 404 | Not found. |\n| `GONE_FOR_GOOD` | 410 | It is gone. |\n";

#[test]
fn editing_the_markdown_page_a_spec_reads_rebuilds_the_code() {
    let krate = ScratchCrate::new("rebuild-on-markdown-change", MAIN).unwrap();
    krate
        .write(
            "api/spec.json",
            r#"{ "errors_from": "../docs/errors.md", "error_body": { "code": "/error", "message": "/message" } }"#,
        )
        .unwrap();
    krate.write("docs/errors.md", PAGE_V1).unwrap();
    assert_eq!(run(&krate), "NOT_FOUND 404 Not found.\n");

    krate.edit("docs/errors.md", PAGE_V2).unwrap();
    assert_eq!(
        run(&krate),
        "NOT_FOUND 404 Not found.\nGONE_FOR_GOOD 410 It is gone.\n"
    );
}
