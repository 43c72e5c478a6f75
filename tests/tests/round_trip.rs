//! For every page `check` accepts, `import` writes a JSON spec that `check`
//! accepts and that generates the same `ErrorCode`, `Category` and
//! `DocumentedStatus`.

use docspec_codegen::{Api, ExpandOptions, SourceFile, expand, load_file, load_source, write};
use userplane_tests::{crate_dir, workspace_dir};

/// The pretty-printed items about the error types.
fn error_items(api: &Api) -> String {
    let mut file: syn::File = syn::parse2(expand(api, &ExpandOptions::default())).unwrap();
    let named = |text: &str| ["ErrorCode", "Category", "DocumentedStatus"].contains(&text);
    file.items.retain(|item| match item {
        syn::Item::Enum(e) => named(&e.ident.to_string()),
        syn::Item::Impl(i) => named(&quote::ToTokens::to_token_stream(&i.self_ty).to_string()),
        _ => false,
    });
    prettyplease::unparse(&file)
}

#[test]
fn imported_pages_generate_the_same_error_types() {
    let pages = [
        workspace_dir().join("spec/docs/errors-page.md"),
        crate_dir().join("fixtures/pages/meilisearch.mdx"),
    ];
    for page in pages {
        let display = page.display().to_string();
        let api = load_file(&page, &display).unwrap_or_else(|d| panic!("{display}:\n{d}"));
        let json = write::errors_to_json(&api);
        let back = load_source(SourceFile::new("imported.json", json.clone()))
            .unwrap_or_else(|d| panic!("{display} imported:\n{d}\n{json}"));
        assert_eq!(back.name, api.name, "{display}");
        assert_eq!(error_items(&back), error_items(&api), "{display}");
    }
}
