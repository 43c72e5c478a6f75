//! The docs' own Markdown as the spec: the errors page written as Markdown
//! generates the same `ErrorCode` and `Category` as `spec/userplane.json`.

use docspec_codegen::{ExpandOptions, expand, load_file};
use docspec_tests::{crate_dir, workspace_dir};

/// The pretty-printed items about `ErrorCode` and `Category`.
fn error_items(spec: &docspec_codegen::Api) -> String {
    let file: syn::File = syn::parse2(expand(spec, &ExpandOptions::default())).unwrap();
    let about = |ty: &syn::Type| {
        let text = quote::ToTokens::to_token_stream(ty).to_string();
        text == "ErrorCode" || text == "Category"
    };
    let mut file = file;
    file.items.retain(|item| match item {
        syn::Item::Enum(e) => e.ident == "ErrorCode" || e.ident == "Category",
        syn::Item::Impl(i) => about(&i.self_ty),
        _ => false,
    });
    prettyplease::unparse(&file)
}

#[test]
fn the_markdown_page_generates_the_same_error_code_as_the_json_spec() {
    let json = load_file(
        &workspace_dir().join("spec/userplane.json"),
        "spec/userplane.json",
    )
    .unwrap();
    let from_md = load_file(
        &crate_dir().join("fixtures/specs/userplane-from-markdown.json"),
        "fixtures/specs/userplane-from-markdown.json",
    )
    .unwrap();
    let (a, b) = (error_items(&json.api), error_items(&from_md.api));
    assert!(a.contains("pub enum ErrorCode") && a.contains("pub enum Category"));
    assert!(a.lines().count() > 500, "{}", a.lines().count());
    if a != b {
        let diff = similar::TextDiff::from_lines(&a, &b)
            .unified_diff()
            .to_string();
        panic!("the Markdown page generates different code:\n{diff}");
    }
    // The page was read, and is tracked for rebuilds.
    assert_eq!(from_md.files.len(), 1);
    assert!(from_md.files[0].ends_with("spec/docs/errors-page.md"));
}

/// A Markdown page alone is a spec.
#[docspec::api(spec = "../spec/docs/errors-page.md")]
mod page {}

/// The page plus JSON extras.
#[docspec::api(spec = "fixtures/specs/userplane-from-markdown.json")]
mod merged {}

#[test]
fn the_macro_reads_markdown() {
    let table: Vec<&str> = userplane::ErrorCode::ALL[..30]
        .iter()
        .map(|c| c.as_str())
        .collect();
    let from_page: Vec<&str> = page::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(from_page, table);
    assert_eq!(page::Category::ALL.len(), 7);
    assert_eq!(
        page::Category::ApiKeyManagement.title(),
        "API key management errors"
    );
    assert_eq!(
        page::ErrorCode::ApiKeyRequired.message(),
        Some("API key is required. Include it as Authorization: Bearer <your-api-key>.")
    );
    // Codes without backticks (the resource table) read the same.
    assert_eq!(page::ErrorCode::LinkGone.as_str(), "LINK_GONE");
    assert_eq!(merged::ErrorCode::COUNT, 31);
    assert!(merged::ErrorCode::ServiceUnavailable.is_unprocessed());
    assert!(!page::ErrorCode::ServiceUnavailable.is_unprocessed());
}

/// The example in `spec/README.md` reads as the text after it says.
#[test]
fn the_format_documentation_example_reads_as_documented() {
    let readme = std::fs::read_to_string(workspace_dir().join("spec/README.md")).unwrap();
    let start = readme.find("~~~markdown\n").unwrap() + "~~~markdown\n".len();
    let end = start + readme[start..].find("~~~\n").unwrap();
    let api = docspec_codegen::load_markdown_source(docspec_codegen::SourceFile::new(
        "example.md",
        &readme[start..end],
    ))
    .unwrap();
    assert_eq!(api.spec.name, "Acme errors");
    assert_eq!(api.api.error_body.code_pointer, "/error/code");
    assert_eq!(api.api.error_body.message_pointer, "/error/message");
    let ids: Vec<&str> = api.spec.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["acme", "client"]);
    let codes: Vec<(&str, i64, Option<&str>)> = api
        .spec
        .errors
        .iter()
        .map(|e| (e.code.as_str(), e.status.value, e.message_text()))
        .collect();
    assert_eq!(
        codes,
        [
            ("not_found", 404, Some("No such thing.")),
            ("bad_request", 400, None)
        ]
    );
    let statuses: Vec<i64> = api.spec.statuses.iter().map(|s| s.status.value).collect();
    assert_eq!(statuses, [502]);
}

/// The problem-details example in `spec/README.md` reads as documented.
#[test]
fn the_problem_details_example_reads_as_documented() {
    let readme = std::fs::read_to_string(workspace_dir().join("spec/README.md")).unwrap();
    let marker = "~~~markdown\n# Out of credit";
    let start = readme.find(marker).unwrap() + "~~~markdown\n".len();
    let end = start + readme[start..].find("~~~\n").unwrap();
    let api = docspec_codegen::load_markdown_source(docspec_codegen::SourceFile::new(
        "problem.md",
        &readme[start..end],
    ))
    .unwrap();
    assert_eq!(api.api.error_body.code_pointer, "/type");
    assert_eq!(api.api.error_body.message_pointer, "/detail");
    let code = &api.api.codes()[0];
    assert_eq!(code.code, "https://example.com/probs/out-of-credit");
    assert_eq!(code.ident, "OutOfCredit");
    assert_eq!(code.message, None);
}
