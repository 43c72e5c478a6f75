//! The Userplane API as an OpenAPI 3.1 document with its errors page
//! (`spec/userplane.openapi.json`, read through the extras in
//! `spec/userplane.from-openapi.json`) generates the same client as
//! `spec/userplane.json`.

use docspec_codegen::{Api, ExpandOptions, Loaded, expand, load_file, pretty};
use docspec_tests::workspace_dir;

// The spec's one warning (asserted below) is a compiler warning here.
#[docspec::api(spec = "../spec/userplane.from-openapi.json")]
#[allow(deprecated)]
mod from_openapi {}

fn load(relative: &str) -> Loaded {
    load_file(&workspace_dir().join(relative), relative).unwrap_or_else(|d| panic!("{d}"))
}

/// The generated code, without the compiler warnings that carry the
/// loader's (the default options carry none).
fn code(api: &Api) -> String {
    pretty(expand(api, &ExpandOptions::default())).unwrap()
}

#[test]
fn the_openapi_document_generates_the_json_specs_client() {
    let json = load("spec/userplane.json");
    let openapi = load("spec/userplane.from-openapi.json");
    let (a, b) = (code(&json.api), code(&openapi.api));
    assert!(a.lines().count() > 4000, "{}", a.lines().count());
    if a != b {
        let diff = similar::TextDiff::from_lines(&a, &b)
            .unified_diff()
            .to_string();
        panic!("the OpenAPI document generates different code:\n{diff}");
    }
    let warnings: Vec<String> = openapi.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "spec/userplane.openapi.json:18:12: /paths: no operation of the OpenAPI document names 6 of the \
          errors page's codes: `UNAUTHORIZED`, `API_KEY_ALREADY_EXISTS`, `API_KEY_NOT_FOUND`, \
          `API_KEY_CREATE_FAILED`, `API_KEY_REVOKE_FAILED`, `API_KEY_ROTATE_FAILED`"
        ]
    );
    // The document and the page are tracked for rebuilds.
    let tracked: Vec<String> = openapi
        .files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(tracked, ["errors-page.md", "userplane.openapi.json"]);
}

#[tokio::test]
async fn the_client_from_the_openapi_document_talks_to_the_mock() {
    let mock = userplane_mock::start().await.unwrap();
    let client = from_openapi::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .build()
        .unwrap();
    let me = client.get_me().await.unwrap();
    assert_eq!(me.user.id, "usr_mock");
    let links = client.list_links(userplane_mock::WORKSPACE).await.unwrap();
    assert_eq!(links.links.len(), 3);
    match client.get_link(userplane_mock::WORKSPACE, "lnk_0004").await {
        Err(docspec::Error::Api(from_openapi::GetLinkError::LinkGone(e))) => {
            assert_eq!(e.status().as_u16(), 410);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_discriminated_one_of_is_a_union_and_a_string_enum_an_enum() {
    let api = docspec_codegen::load_openapi(
        (
            &docspec_tests::crate_dir().join("fixtures/openapi/payments.json"),
            "payments.json",
        ),
        (
            &docspec_tests::crate_dir().join("fixtures/openapi/bad/errors.md"),
            "errors.md",
        ),
    )
    .unwrap_or_else(|d| panic!("{d}"));
    assert!(api.warnings.is_empty(), "{:?}", api.warnings);
    let method = api.spec.model("Method").unwrap();
    let union = method.union.as_ref().unwrap();
    assert_eq!(union.tag.value, "kind");
    let variants: Vec<(&str, &str)> = union
        .variants
        .iter()
        .map(|(tag, model)| (tag.as_str(), model.as_str()))
        .collect();
    // A mapped tag, and the schema's name where the mapping is silent.
    assert_eq!(variants, [("card", "Card"), ("BankAccount", "BankAccount")]);
    let brand = api.spec.model("CardBrand").unwrap();
    let values: Vec<&str> = brand.values.iter().map(|v| v.as_str()).collect();
    assert_eq!(values, ["visa", "mastercard"]);
    assert_eq!(api.spec.endpoints[0].response.value, "Method");
}

#[test]
fn self_referring_schemas_load_with_warnings_and_no_endless_recursion() {
    let doc = r##"{
      "openapi": "3.1.0",
      "info": { "title": "Loops", "version": "1" },
      "paths": { "/x": { "get": { "operationId": "getX", "responses": { "200": { "description": "x",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Holder" } } } } } } } },
      "components": { "schemas": {
        "Holder": { "type": "object", "properties": {
          "tree": { "$ref": "#/components/schemas/Tree" },
          "a": { "$ref": "#/components/schemas/A" },
          "maybe": { "$ref": "#/components/schemas/Maybe" },
          "wide": { "$ref": "#/components/schemas/Wide" }
        } },
        "Tree": { "type": "array", "items": { "$ref": "#/components/schemas/Tree" } },
        "A": { "$ref": "#/components/schemas/B" },
        "B": { "$ref": "#/components/schemas/A" },
        "Maybe": { "anyOf": [{ "$ref": "#/components/schemas/Maybe" }, { "type": "null" }] },
        "Wide": { "allOf": [
          { "$ref": "#/components/schemas/Wide" }, { "$ref": "#/components/schemas/Wide" },
          { "$ref": "#/components/schemas/Wide" }, { "$ref": "#/components/schemas/Wide" },
          { "$ref": "#/components/schemas/Wide" }, { "$ref": "#/components/schemas/Wide" },
          { "$ref": "#/components/schemas/Wide" }, { "$ref": "#/components/schemas/Wide" },
          { "type": "object", "properties": { "n": { "type": "integer" } } }
        ] }
      } }
    }"##;
    let page =
        std::fs::read_to_string(docspec_tests::crate_dir().join("fixtures/openapi/bad/errors.md"))
            .unwrap();
    let api = docspec_codegen::load_openapi_sources(
        docspec_codegen::SourceFile::new("loops.json", doc),
        docspec_codegen::SourceFile::new("errors.md", page),
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let holder = api.spec.model("Holder").unwrap();
    let types: Vec<String> = holder
        .fields
        .iter()
        .map(|f| format!("{:?}", f.ty.value))
        .collect();
    assert_eq!(types, ["Array(Json)", "Json", "Json", "Model(\"Wide\")"]);
    let wide = api.spec.model("Wide").unwrap();
    assert_eq!(wide.fields.len(), 1);
    let refers_back = api
        .warnings
        .iter()
        .filter(|w| w.message.contains("refers back to itself"))
        .count();
    assert_eq!(refers_back, 3, "{:#?}", api.warnings);
}

/// A key given twice is a located error naming both places, found before
/// any third-party reader sees the document (`openapiv3` panicked on this
/// one: the first `404` does not read as a response, the second does).
#[test]
fn a_key_given_twice_is_refused_where_it_is_given() {
    let doc = r#"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
 "paths": {"/a": {"get": {"operationId": "a",
   "responses": {"404": {"descrip": "x"}, "404": {"description": "Not found"}}}}}}"#;
    let page = "# Errors\n\n```json\n{\"error\": \"X\", \"message\": \"m\"}\n```\n\n## General\n\n| Code | Status | Message |\n|---|---|---|\n| `X` | 404 | Not here. |\n";
    let shown: Vec<String> = docspec_codegen::load_openapi_sources(
        docspec_codegen::SourceFile::new("api.json", doc),
        docspec_codegen::SourceFile::new("errors.md", page),
    )
    .unwrap_err()
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(
        shown,
        [
            "api.json:3:43: /paths/~1a/get/responses/404: `404` is given twice in one object\n  \
          = note: first given at line 3, column 18; a reader would keep one of them, so the \
          document says two things at once"
        ]
    );
}
